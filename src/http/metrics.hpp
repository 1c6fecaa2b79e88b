#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "store/database.hpp"

namespace werkpad::http {

// Request counters and latency histograms per (method, route pattern), rendered in the Prometheus
// text format (version 0.0.4) together with the database figures. Thread-safe.
class Metrics {
 public:
  // Upper bounds of the latency buckets, in seconds (the +Inf bucket is implicit).
  static constexpr std::array<double, 11> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5};

  // `route` is the matched pattern ("/api/v1/users/{id}"), never the raw path, so that label
  // cardinality stays bounded and ids do not end up in the metrics.
  void Record(std::string_view method, std::string_view route, int status,
              std::chrono::nanoseconds latency);

  // `audit_pending`: audit::PendingAppends(), the requests waiting for their audit entry.
  std::string Render(const store::DatabaseStats& db, std::int64_t audit_pending = 0) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // non-cumulative counts
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;
};

}  // namespace werkpad::http
