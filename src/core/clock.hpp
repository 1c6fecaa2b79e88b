#pragma once

#include <atomic>

#include "core/date.hpp"

namespace werkpad::core {

// Port for the current time. The domain never reads a clock; services receive one.
// Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
  }
};

// For tests: time moves only when told to.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(Instant start) : ms_(ToMillis(start)) {}
  Instant Now() const override { return FromMillis(ms_.load()); }
  void Advance(std::chrono::milliseconds d) { ms_ += d.count(); }
  void Set(Instant t) { ms_ = ToMillis(t); }

 private:
  std::atomic<std::int64_t> ms_;
};

}  // namespace werkpad::core
