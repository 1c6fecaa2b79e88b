#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>

namespace werkpad::core::log {

// Logging facade: JSON lines on stderr through spdlog. Callers pass an event name and fields that
// are ids, codes and durations only — never names, BSNs, form content or other personal data.
// Thread-safe.

enum class Level { kDebug, kInfo, kWarn, kError };

struct Field {
  std::string_view key;
  std::variant<std::int64_t, double, std::string_view, bool> value;
};

// Configures the process-wide sink once, at start-up, from the app layer.
void Init(Level level);
// Parses "debug", "info", "warn", "error".
bool ParseLevel(std::string_view text, Level& out);

// Writes one line and flushes it (together with any buffered access lines before it).
void Write(Level level, std::string_view event, std::initializer_list<Field> fields = {});

// One line per answered HTTP request (level info). Once BufferAccessLines() was called, these
// lines are collected in memory and written out together: when 16 KiB have accumulated, when any
// other line is written (so the order is kept; the server's "stopped" line is the last), at least
// once a second, and at exit. Before that call they are written at once like any other line.
void Access(std::string_view event, std::initializer_list<Field> fields = {});
// Turns on the buffering of access lines (the server, at start-up). The cost it saves is one
// write(2) per request, measured by the read benchmark (docs/performance.md).
void BufferAccessLines();

inline void Debug(std::string_view e, std::initializer_list<Field> f = {}) {
  Write(Level::kDebug, e, f);
}
inline void Info(std::string_view e, std::initializer_list<Field> f = {}) {
  Write(Level::kInfo, e, f);
}
inline void Warn(std::string_view e, std::initializer_list<Field> f = {}) {
  Write(Level::kWarn, e, f);
}
inline void Error(std::string_view e, std::initializer_list<Field> f = {}) {
  Write(Level::kError, e, f);
}

}  // namespace werkpad::core::log
