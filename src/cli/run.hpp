#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/io.hpp"

namespace werkpad::cli {

// Parses `args` (without the program name) against `app` and runs the selected subcommand's
// callback. Help output goes to io.out with exit code 0; a parse error prints CLI11's message
// and a hint to io.err and gives kExitUsage; otherwise returns `exit_code` as the callback left it.
int Run(CLI::App& app, std::vector<std::string> args, Io io, const int& exit_code);

}  // namespace werkpad::cli
