#pragma once

#include <ostream>

namespace werkpad::cli {

// Where a subcommand writes. Commands never call exit(); they report an exit code instead.
struct Io {
  std::ostream& out;
  std::ostream& err;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the operation failed (database unreachable, ...)
inline constexpr int kExitUsage = 2;    // bad arguments: a clear message on err, nothing done

}  // namespace werkpad::cli
