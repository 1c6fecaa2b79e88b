#include "http/metrics.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "http/openapi.hpp"

namespace werkpad::http {
namespace {

bool Contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

TEST(HttpMetrics, CountsAndCumulativeBuckets) {
  Metrics m;
  m.Record("GET", "/api/v1/users/{id}", 200, std::chrono::microseconds(700));
  m.Record("GET", "/api/v1/users/{id}", 404, std::chrono::milliseconds(30));
  m.Record("POST", "/api/v1/session", 401, std::chrono::seconds(5));
  store::DatabaseStats db;
  db.read_connections = 4;
  db.write_batches = 9;
  db.audit_entries = 31;
  db.audit_batches = 4;
  db.wal_syncs = 40;
  db.wal_sync_seconds = 0.0125;
  std::string text = m.Render(db, 3);
  EXPECT_TRUE(Contains(text, R"(werkpad_http_requests_total{method="GET",route="/api/v1/users/{id}",status="200"} 1)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_requests_total{method="GET",route="/api/v1/users/{id}",status="404"} 1)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_bucket{method="GET",route="/api/v1/users/{id}",le="0.001"} 1)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_bucket{method="GET",route="/api/v1/users/{id}",le="0.025"} 1)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_bucket{method="GET",route="/api/v1/users/{id}",le="0.05"} 2)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_count{method="GET",route="/api/v1/users/{id}"} 2)"));
  // 5 s is beyond the last bucket: only +Inf counts it.
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_bucket{method="POST",route="/api/v1/session",le="2.5"} 0)"));
  EXPECT_TRUE(Contains(text, R"(werkpad_http_request_duration_seconds_bucket{method="POST",route="/api/v1/session",le="+Inf"} 1)"));
  EXPECT_TRUE(Contains(text, "werkpad_db_read_connections 4\n"));
  EXPECT_TRUE(Contains(text, "werkpad_db_write_batches_total 9\n"));
  EXPECT_TRUE(Contains(text, "werkpad_audit_pending_entries 3\n"));
  EXPECT_TRUE(Contains(text, "# TYPE werkpad_audit_pending_entries gauge\n"));
  EXPECT_TRUE(Contains(text, "werkpad_audit_entries_total 31\n"));
  EXPECT_TRUE(Contains(text, "werkpad_audit_batches_total 4\n"));
  EXPECT_TRUE(Contains(text, "# TYPE werkpad_http_request_duration_seconds histogram\n"));
  EXPECT_TRUE(Contains(text, "werkpad_db_wal_syncs_total 40\n"));
  EXPECT_TRUE(Contains(text, "# TYPE werkpad_db_wal_sync_seconds_total counter\n"));
  EXPECT_TRUE(Contains(text, "werkpad_db_wal_sync_seconds_total 0.012500\n"));
  EXPECT_TRUE(Contains(text, "werkpad_db_wal_checkpoint_seconds_total 0.000000\n"));
}

TEST(HttpMetrics, UnknownMethodsShareOneLabel) {
  Metrics m;
  m.Record("BREW", "unmatched", 404, std::chrono::milliseconds(1));
  std::string text = m.Render({});
  EXPECT_FALSE(Contains(text, "BREW"));
  EXPECT_TRUE(Contains(text, R"(method="OTHER")"));
}

TEST(HttpOpenApi, EmbeddedDocumentIsTheResourceAndParses) {
  std::string_view doc = OpenApiDocument();
  ASSERT_FALSE(doc.empty());
  boost::system::error_code ec;
  auto v = boost::json::parse(doc, ec);
  ASSERT_FALSE(ec) << ec.message();
  EXPECT_EQ(v.at("openapi").as_string().subview().substr(0, 2), "3.");
  EXPECT_TRUE(v.at("paths").as_object().contains("/api/v1/session"));
}

}  // namespace
}  // namespace werkpad::http
