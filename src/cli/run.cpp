#include "cli/run.hpp"

#include <algorithm>

namespace werkpad::cli {

int Run(CLI::App& app, std::vector<std::string> args, Io io, const int& exit_code) {
  // CLI11 parses a reversed vector (it pops from the back).
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    io.out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    io.out << e.what() << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    io.err << "error: " << e.what() << "\n"
           << "Run with --help for the usage.\n";
    return kExitUsage;
  }
  return exit_code;
}

}  // namespace werkpad::cli
