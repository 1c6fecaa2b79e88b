#pragma once

#include <CLI/CLI.hpp>

#include "cli/io.hpp"
#include "core/clock.hpp"

namespace werkpad::cli {

// Registers `werkpad poortwachter`: prints the Poortwachter timeline for sickness episodes.
//
//   werkpad poortwachter --ziek START[:END] [--ziek START[:END] ...] [--vandaag YYYY-MM-DD]
//                        [--gedaan KEY=YYYY-MM-DD ...] [--interne-terugkeer-verwacht]
//                        [--signaal DAGEN] [--json]
//
// END is the last sick day of an episode (omitted: still sick). --gedaan records a step as done
// (KEY is a milestone key such as probleemanalyse, plan_van_aanpak, evaluatie). Without --json a
// Dutch table goes to io.out; with --json one object:
//   {"first_sick_day", "today", "current_week", "recovered", "gap_days", "einde_wachttijd",
//    "wia_ingangsdatum", "milestones": [{"key", "sequence"?, "week", "due", "opens"?, "kind",
//    "responsible": [...], "document", "status", "done_on"?, "late"}]}
// Bad arguments (invalid dates, END before START, overlapping episodes, unknown steps, ...) set
// exit_code to kExitUsage with a message on io.err and print nothing on io.out.
//
// `clock` gives "today" when --vandaag is absent (its UTC date). REQUIRES: `clock` and
// `exit_code` outlive `root`.
void AddPoortwachterCommand(CLI::App& root, Io io, int& exit_code, const core::Clock& clock);

// As above with the system clock.
void AddPoortwachterCommand(CLI::App& root, Io io, int& exit_code);

}  // namespace werkpad::cli
