#pragma once

#include <CLI/CLI.hpp>

#include "cli/database.hpp"
#include "cli/io.hpp"
#include "core/clock.hpp"

namespace werkpad::cli {

// Registers `werkpad migrate`: applies every pending schema migration (each in its own
// transaction) and makes sure the built-in disciplines exist. Idempotent: on an up-to-date
// database it changes nothing and says so. Creates the SQLite file and its directory when
// needed. Prints one summary line on io.out; errors on io.err, exit_code 2 (configuration) or
// 1 (database failure). REQUIRES: every argument outlives `root`.
void AddMigrateCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings,
                       const core::Clock& clock);

}  // namespace werkpad::cli
