#pragma once

#include <istream>
#include <string>
#include <vector>

#include "cli/io.hpp"

namespace werkpad::app {

// The whole `werkpad` command line: global options --db and --config, and the subcommands
// serve, migrate, user, demo, backup, audit, poortwachter and wia. Builds the CLI, parses
// `args` (without the program name), runs the chosen subcommand and returns its exit code:
// 0 ok, 2 usage or configuration error, 1 runtime failure. Messages go to io.err as one line;
// `in` is read only by `user add --password-stdin`.
int RunCommandLine(std::vector<std::string> args, cli::Io io, std::istream& in);

}  // namespace werkpad::app
