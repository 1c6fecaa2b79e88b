#include "core/log.hpp"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <mutex>
#include <type_traits>

#include "core/json_text.hpp"

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

// stderr, with a buffer that only grows between flushes: every line but an access line is
// followed by a flush (see Write), so what is buffered is only access lines.
class StderrSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  ~StderrSink() override { flush_(); }

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t formatted;
    formatter_->format(msg, formatted);
    buffer_.append(formatted.data(), formatted.size());
    if (buffer_.size() >= kLimit) flush_();
  }
  void flush_() override {
    std::size_t done = 0;
    while (done < buffer_.size()) {
      ssize_t n = ::write(STDERR_FILENO, buffer_.data() + done, buffer_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // nowhere to log to: drop the lines rather than block the server
      done += static_cast<std::size_t>(n);
    }
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kLimit = 16 * 1024;
  std::string buffer_;
};

std::atomic<bool> g_buffer_access{false};

std::shared_ptr<spdlog::logger>& Logger() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = std::make_shared<spdlog::logger>("werkpad", std::make_shared<StderrSink>());
    spdlog::register_logger(l);
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

namespace {

void Log(Level level, std::string_view event, std::initializer_list<Field> fields, bool flush) {
  auto& logger = Logger();
  if (!logger->should_log(ToSpd(level))) return;
  // The members only: the pattern above supplies the braces around ts and level.
  JsonText members;
  members.Key("event").String(event);
  for (const auto& f : fields) {
    members.Key(f.key);
    std::visit(
        [&](const auto& v) {
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, std::int64_t>) members.Int(v);
          else if constexpr (std::is_same_v<V, double>) members.Double(v);
          else if constexpr (std::is_same_v<V, bool>) members.Bool(v);
          else members.String(v);
        },
        f.value);
  }
  std::string body = members.Take();
  logger->log(ToSpd(level), std::string_view(body));
  if (flush) logger->flush();
}

}  // namespace

void Write(Level level, std::string_view event, std::initializer_list<Field> fields) {
  Log(level, event, fields, true);
}

void Access(std::string_view event, std::initializer_list<Field> fields) {
  Log(Level::kInfo, event, fields, !g_buffer_access.load(std::memory_order_relaxed));
}

void BufferAccessLines() {
  static std::once_flag once;
  std::call_once(once, [] {
    Logger();  // registered before the flusher runs
    spdlog::flush_every(std::chrono::seconds(1));
  });
  g_buffer_access.store(true, std::memory_order_relaxed);
}

}  // namespace werkpad::core::log
