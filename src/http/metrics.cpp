#include "http/metrics.hpp"

#include <fmt/format.h>

namespace werkpad::http {
namespace {

// Label values are route patterns and method names, but escape anyway (\, " and newline).
std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Methods come from clients: anything unusual shares one label to bound the cardinality.
std::string_view MethodLabel(std::string_view method) {
  for (std::string_view known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
    if (method == known) return known;
  }
  return "OTHER";
}

}  // namespace

void Metrics::Record(std::string_view method_in, std::string_view route, int status,
                     std::chrono::nanoseconds latency) {
  std::string_view method = MethodLabel(method_in);
  double seconds = std::chrono::duration<double>(latency).count();
  std::lock_guard lock(mu_);
  ++requests_[{std::string(method), std::string(route), status}];
  Histogram& h = latency_[{std::string(method), std::string(route)}];
  ++h.count;
  h.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
}

std::string Metrics::Render(const store::DatabaseStats& db, std::int64_t audit_pending) const {
  std::string out;
  {
    std::lock_guard lock(mu_);
    out += "# HELP werkpad_http_requests_total HTTP requests by method, route and status.\n";
    out += "# TYPE werkpad_http_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
      const auto& [method, route, status] = key;
      out += fmt::format("werkpad_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                         Escape(method), Escape(route), status, n);
    }
    out += "# HELP werkpad_http_request_duration_seconds Time to answer, by method and route.\n";
    out += "# TYPE werkpad_http_request_duration_seconds histogram\n";
    for (const auto& [key, h] : latency_) {
      std::string labels = fmt::format("method=\"{}\",route=\"{}\"", Escape(key.first), Escape(key.second));
      std::uint64_t cumulative = 0;
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += h.buckets[i];
        out += fmt::format("werkpad_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                           kBuckets[i], cumulative);
      }
      out += fmt::format("werkpad_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels,
                         h.count);
      out += fmt::format("werkpad_http_request_duration_seconds_sum{{{}}} {}\n", labels, h.sum);
      out += fmt::format("werkpad_http_request_duration_seconds_count{{{}}} {}\n", labels, h.count);
    }
  }
  auto gauge = [&out](std::string_view name, std::string_view help, std::string_view type,
                      std::int64_t value) {
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", name, help, name, type, name, value);
  };
  auto seconds = [&out](std::string_view name, std::string_view help, double value) {
    out += fmt::format("# HELP {} {}\n# TYPE {} counter\n{} {:.6f}\n", name, help, name, name,
                       value);
  };
  gauge("werkpad_db_read_connections", "Pooled read connections.", "gauge", db.read_connections);
  gauge("werkpad_db_read_connections_in_use", "Read connections in use.", "gauge",
        db.read_connections_in_use);
  gauge("werkpad_db_read_waits_total", "Times a reader waited for a connection.", "counter",
        db.read_waits);
  gauge("werkpad_db_write_queue_depth", "Write units waiting for the next batch.", "gauge",
        db.write_queue_depth);
  gauge("werkpad_db_write_batches_total", "Committed write batches.", "counter", db.write_batches);
  gauge("werkpad_db_write_units_total", "Write units run.", "counter", db.write_units);
  gauge("werkpad_db_write_failures_total", "Write batches whose commit failed.", "counter",
        db.write_failures);
  gauge("werkpad_audit_pending_entries",
        "Audit entries (reads, searches, refusals) waiting to become durable; their requests "
        "are answered only after that.",
        "gauge", audit_pending);
  gauge("werkpad_audit_entries_total", "Audit log entries committed by this process.", "counter",
        db.audit_entries);
  gauge("werkpad_audit_batches_total", "Commits that carried audit log entries.", "counter",
        db.audit_batches);
  gauge("werkpad_db_wal_syncs_total",
        "SQLite: fdatasyncs of the write-ahead log by the syncer thread (each releases the batches "
        "committed before it).",
        "counter", db.wal_syncs);
  seconds("werkpad_db_wal_sync_seconds_total",
          "SQLite: time the syncer thread spent in those fdatasyncs (divided by the syncs: the "
          "disk's sync latency, part of every write's and every audited read's answer time).",
          db.wal_sync_seconds);
  gauge("werkpad_db_wal_checkpoints_total",
        "SQLite: checkpoints (WAL copied into the database file) by the checkpointer thread.",
        "counter", db.wal_checkpoints);
  seconds("werkpad_db_wal_checkpoint_seconds_total",
          "SQLite: time the checkpointer thread spent in those checkpoints.",
          db.wal_checkpoint_seconds);
  return out;
}

}  // namespace werkpad::http
