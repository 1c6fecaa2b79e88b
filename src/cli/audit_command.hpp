#pragma once

#include <CLI/CLI.hpp>

#include "cli/database.hpp"
#include "cli/io.hpp"

namespace werkpad::cli {

// Registers `werkpad audit verify`: checks the whole NEN 7513 hash chain (seq continuity,
// prev_hash links, every row's hash, the stored head). Intact: a summary on io.out, exit 0.
// Broken: "error: audit log broken at seq N (problem)" on io.err, exit 1. Database problems:
// exit 1; unmigrated database: exit 2. REQUIRES: every argument outlives `root`.
void AddAuditCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings);

}  // namespace werkpad::cli
