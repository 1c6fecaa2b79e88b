#include "core/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <boost/json.hpp>

namespace werkpad::core::log {

namespace {

spdlog::level::level_enum ToSpd(Level l) {
  switch (l) {
    case Level::kDebug: return spdlog::level::debug;
    case Level::kInfo: return spdlog::level::info;
    case Level::kWarn: return spdlog::level::warn;
    case Level::kError: return spdlog::level::err;
  }
  return spdlog::level::info;
}

std::shared_ptr<spdlog::logger>& Logger() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = spdlog::stderr_logger_mt("werkpad");
    // Each line is one JSON object; the message part is an already-serialised JSON fragment.
    l->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})", spdlog::pattern_time_type::utc);
    l->set_level(spdlog::level::info);
    return l;
  }();
  return logger;
}

}  // namespace

void Init(Level level) { Logger()->set_level(ToSpd(level)); }

bool ParseLevel(std::string_view text, Level& out) {
  if (text == "debug") out = Level::kDebug;
  else if (text == "info") out = Level::kInfo;
  else if (text == "warn") out = Level::kWarn;
  else if (text == "error") out = Level::kError;
  else return false;
  return true;
}

void Write(Level level, std::string_view event, std::initializer_list<Field> fields) {
  auto& logger = Logger();
  if (!logger->should_log(ToSpd(level))) return;
  boost::json::object o;
  o["event"] = event;
  for (const auto& f : fields) {
    std::visit([&](const auto& v) { o[f.key] = v; }, f.value);
  }
  std::string body = boost::json::serialize(o);
  // Strip the braces: the pattern above supplies them around ts/level.
  logger->log(ToSpd(level), std::string_view(body).substr(1, body.size() - 2));
}

}  // namespace werkpad::core::log
