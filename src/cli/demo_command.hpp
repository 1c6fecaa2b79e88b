#pragma once

#include <CLI/CLI.hpp>

#include "cli/database.hpp"
#include "cli/io.hpp"
#include "core/clock.hpp"

namespace werkpad::cli {

// The password of every demo account (also used by the web e2e harness).
inline constexpr const char* kDemoPassword = "werkpad-demo-2026";

// Registers `werkpad demo`: fills an empty, migrated database with a fictitious institution
// ("Revalidatiecentrum De Hoogte (fictief)"), teams Noord and Zuid, one user per role
// (admin, arts, ric, ric.zuid, fysio, ergo, psycholoog, maatschappelijk, revalidant,
// werkgever, bedrijfsarts; password kDemoPassword; staff enrol TOTP at first login) and 20
// fictitious revalidanten with BSNs from the test range 99999xxxx. Everything goes through the
// services in a system context, so validation and the audit log apply.
// A database that already has users is refused (exit 2, nothing changed).
// REQUIRES: every argument outlives `root`.
void AddDemoCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings,
                    const core::Clock& clock);

}  // namespace werkpad::cli
