#pragma once

// The store contract fixture: every TEST_P(StoreTest, ...) runs once against SQLite (a temporary
// file) and once against PostgreSQL (a fresh schema in the cluster of the CTest fixture
// "postgres", whose URL is in the file named by WERKPAD_TEST_PG_URL_FILE).

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <memory>
#include <string>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/registry/revalidant.hpp"
#include "store/database.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::store::testing {

enum class Backend { kSqlite, kPostgres };

inline void PrintTo(Backend b, std::ostream* os) {
  *os << (b == Backend::kSqlite ? "sqlite" : "postgresql");
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info);

// The PostgreSQL base URL from WERKPAD_TEST_PG_URL_FILE; empty when the variable is not set
// (the test is then skipped: it runs under CTest, which always sets it). Fails the test when
// the variable is set but the file cannot be read.
std::string PostgresBaseUrl();

// A fresh, empty database of one backend: a temporary SQLite file, or a new PostgreSQL schema
// (selected through search_path in the URL). Removed on destruction.
class ScratchDatabase {
 public:
  explicit ScratchDatabase(Backend backend);
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  bool skipped() const { return skipped_; }
  const std::string& url_text() const { return url_text_; }
  const sql::DatabaseUrl& url() const { return url_; }
  // For PostgreSQL, the application_name of this database's connections (the schema name).
  const std::string& name() const { return name_; }

 private:
  Backend backend_;
  bool skipped_ = false;
  std::string dir_;        // SQLite: temporary directory
  std::string admin_url_;  // PostgreSQL: base URL
  std::string name_;       // PostgreSQL: schema name
  std::string url_text_;
  sql::DatabaseUrl url_;
};

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Opens (another) SqlDatabase on the scratch database.
  std::unique_ptr<sql::SqlDatabase> OpenDatabase(sql::SqlDatabaseOptions options = {});
  // A raw connection with the writer's settings, for what the ports cannot do.
  std::unique_ptr<soci::session> RawSession();

  Database& db() { return *db_; }

  std::unique_ptr<ScratchDatabase> scratch_;
  std::unique_ptr<sql::SqlDatabase> db_;
};

// Test data: synthetic and visibly fake.
core::Instant At(std::int64_t seconds_after_base);
UserRecord MakeUser(const std::string& username,
                    domain::identity::Role role = domain::identity::Role::kTherapeut);
domain::registry::RevalidantData MakeRevalidant(const std::string& given, const std::string& family,
                                                const std::string& date_of_birth,
                                                std::optional<std::string> bsn = std::nullopt);
// A clinical ("klinisch") AGR trajectory of `revalidant`, admitted 2026-11-02, started at `at`
// by `ric`, who is its coordinator.
TrajectoryRecord MakeTrajectory(core::RevalidantId revalidant, core::UserId ric, core::Instant at);

// Unwraps a Result in a test, failing with the error's message.
#define WP_ASSERT_OK_AND_ASSIGN(lhs, expr) \
  WP_ASSERT_OK_AND_ASSIGN_IMPL(WP_CONCAT(wp_test_result_, __LINE__), lhs, expr)
#define WP_ASSERT_OK_AND_ASSIGN_IMPL(tmp, lhs, expr)                         \
  auto tmp = (expr);                                                         \
  ASSERT_TRUE(tmp.ok()) << ::werkpad::store::testing::Describe(tmp.error()); \
  lhs = std::move(tmp).value()

#define WP_EXPECT_OK(expr)                                                       \
  do {                                                                           \
    auto wp_s = (expr);                                                          \
    EXPECT_TRUE(wp_s.ok()) << ::werkpad::store::testing::Describe(wp_s.error()); \
  } while (0)
#define WP_ASSERT_OK(expr)                                                       \
  do {                                                                           \
    auto wp_s = (expr);                                                          \
    ASSERT_TRUE(wp_s.ok()) << ::werkpad::store::testing::Describe(wp_s.error()); \
  } while (0)

std::string Describe(const core::Error& e);

}  // namespace werkpad::store::testing
