#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "app/config.hpp"
#include "cli/io.hpp"
#include "core/clock.hpp"

namespace werkpad::app {

// Produces the effective configuration once the command line is parsed (defaults < --config
// file < environment < --db), validated. kInvalidInput = configuration error.
using ConfigSource = std::function<core::Result<Config>()>;

// Registers `werkpad serve [--listen HOST:PORT] [--static-dir DIR] [--print-config]`.
//
// --print-config prints the effective configuration as TOML (secrets redacted) and exits 0
// without touching the database. Otherwise: refuses (exit 2) a database that does not exist
// or is not migrated, telling to run `werkpad migrate`; fails fast (exit 1) when the port is
// taken; logs {"event":"listening","address":…,"port":…} once ready; on SIGTERM or SIGINT
// stops accepting, lets in-flight requests finish and exits 0.
// REQUIRES: every argument outlives `root`.
void AddServeCommand(CLI::App& root, cli::Io io, int& exit_code, ConfigSource config,
                     const core::Clock& clock);

}  // namespace werkpad::app
