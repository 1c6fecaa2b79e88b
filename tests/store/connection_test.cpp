#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/sql/migrations.hpp"
#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

TEST(DatabaseUrl, ParsesBothDialectsAndRefusesTheRest) {
  auto lite = sql::ParseDatabaseUrl("sqlite:/var/lib/werkpad/werkpad.db");
  ASSERT_TRUE(lite.ok());
  EXPECT_EQ(lite->dialect, sql::Dialect::kSqlite);
  EXPECT_EQ(lite->target, "/var/lib/werkpad/werkpad.db");

  for (const char* url : {"postgresql:///werkpad?host=/tmp", "postgres://u@db/werkpad"}) {
    auto pg = sql::ParseDatabaseUrl(url);
    ASSERT_TRUE(pg.ok()) << url;
    EXPECT_EQ(pg->dialect, sql::Dialect::kPostgres);
    EXPECT_EQ(pg->target, url) << "handed to libpq unchanged";
  }
  for (const char* bad : {"", "sqlite:", "mysql://x", "werkpad.db", "sqlite:/tmp/a\"b.db"}) {
    auto r = sql::ParseDatabaseUrl(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
    ASSERT_EQ(r.error().fields.size(), 1u);
    EXPECT_EQ(r.error().fields[0].path, "db");
  }
}

TEST(DatabaseUrl, RedactsPasswords) {
  EXPECT_EQ(sql::RedactUrl("postgresql://werkpad:geheim@db/werkpad"),
            "postgresql://werkpad:***@db/werkpad");
  EXPECT_EQ(sql::RedactUrl("sqlite:/tmp/x.db"), "sqlite:/tmp/x.db");
  EXPECT_EQ(sql::RedactUrl("postgresql://db/werkpad?user=w&password=geheim"),
            "postgresql://db/werkpad?user=w&password=***");
  EXPECT_EQ(sql::RedactUrl("postgresql://w:geheim@db/werkpad?password=ook&sslmode=require"),
            "postgresql://w:***@db/werkpad?password=***&sslmode=require");
  EXPECT_EQ(sql::RedactUrl("postgresql:///werkpad?host=/tmp/pg&user=postgres"),
            "postgresql:///werkpad?host=/tmp/pg&user=postgres");
}

TEST(SqliteOpen, CreatesTheFileAtExactlyThePathGivenEvenWithSpaces) {
  ScratchDatabase scratch(Backend::kSqlite);
  const std::filesystem::path dir =
      std::filesystem::path(scratch.url().target).parent_path() / "met spatie" / "sub";
  const std::string path = (dir / "werk pad.db").string();
  auto url = sql::ParseDatabaseUrl("sqlite:" + path);
  ASSERT_TRUE(url.ok());
  auto report = sql::Migrate(*url, 1000);
  ASSERT_TRUE(report.ok()) << Describe(report.error());
  EXPECT_TRUE(std::filesystem::exists(path));
  // Nothing else was created beside it (such as a file with quotes in its name).
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name.starts_with("werk pad.db")) << name;
  }
  auto db = sql::SqlDatabase::Open(*url, {});
  ASSERT_TRUE(db.ok()) << Describe(db.error());
  EXPECT_EQ((*db)->Dialect(), "sqlite");
}

TEST(SqliteOpen, TurnsOffSqliteMallocStatistics) {
  // Process-wide, before SQLite initialises: the first sql::Open does it (perf: a global mutex).
  ScratchDatabase scratch(Backend::kSqlite);
  auto s = sql::Open(scratch.url(), sql::ConnectionRole::kWriter);
  ASSERT_TRUE(s.ok());
  **s << "CREATE TABLE t (x TEXT)";
  **s << "INSERT INTO t VALUES ('some bytes to allocate')";
  EXPECT_EQ(sqlite3_memory_used(), 0) << "memory statistics are still kept";
}

}  // namespace
}  // namespace werkpad::store::testing
