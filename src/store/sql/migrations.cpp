#include "store/sql/migrations.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <cstdlib>

namespace werkpad::store::sql {

std::vector<Migration> MigrationsFor(Dialect dialect) {
  const char* want = dialect == Dialect::kSqlite ? "sqlite" : "postgres";
  std::vector<Migration> out;
  for (const auto& f : EmbeddedMigrations()) {
    if (std::string_view(f.dialect) != want) continue;
    out.push_back({std::atoi(f.name), f.name, f.sql});
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

namespace {

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migration ("
    " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_ms BIGINT NOT NULL)";

int ReadVersion(soci::session& s) {
  long long v = 0;
  soci::indicator ind = soci::i_null;
  s << "SELECT MAX(version) FROM schema_migration", soci::into(v, ind);
  return ind == soci::i_ok ? static_cast<int>(v) : 0;
}

}  // namespace

core::Result<int> CurrentVersion(const DatabaseUrl& url) {
  WP_ASSIGN_OR_RETURN(auto session, Open(url, ConnectionRole::kWriter));
  try {
    *session << kCreateTable;
    return ReadVersion(*session);
  } catch (const std::exception&) {
    return core::Error::Unavailable("cannot read the schema version");
  }
}

core::Result<MigrationReport> Migrate(const DatabaseUrl& url, std::int64_t now_ms) {
  WP_ASSIGN_OR_RETURN(auto session, Open(url, ConnectionRole::kWriter));
  soci::session& s = *session;
  MigrationReport report;
  std::string current = "(start)";
  try {
    if (url.dialect == Dialect::kPostgres) {
      // Serialise concurrent migrators (several nodes starting at once). Taken before the
      // CREATE TABLE: concurrent CREATE TABLE IF NOT EXISTS fails on PostgreSQL.
      s << "SELECT pg_advisory_lock(727001)";
    }
    s << kCreateTable;
    report.from_version = ReadVersion(s);
    report.to_version = report.from_version;
    for (const auto& m : MigrationsFor(url.dialect)) {
      if (m.version <= report.to_version) continue;
      current = m.name;
      ExecScript(s, url.dialect, url.dialect == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
      // SQLite has no advisory lock: another migrator may have applied it before this
      // transaction took the write lock.
      if (url.dialect == Dialect::kSqlite) {
        int now_version = 0;
        try {
          now_version = ReadVersion(s);
        } catch (...) {
          ExecScript(s, url.dialect, "ROLLBACK");
          throw;
        }
        if (m.version <= now_version) {
          ExecScript(s, url.dialect, "ROLLBACK");
          report.to_version = now_version;
          continue;
        }
      }
      try {
        ExecScript(s, url.dialect, m.sql);
        long long version = m.version;
        long long at = now_ms;
        std::string name = m.name;
        s << "INSERT INTO schema_migration (version, name, applied_ms) VALUES (:v, :n, :a)",
            soci::use(version), soci::use(name), soci::use(at);
        ExecScript(s, url.dialect, "COMMIT");
      } catch (...) {
        try {
          ExecScript(s, url.dialect, "ROLLBACK");
        } catch (...) {
        }
        throw;
      }
      report.applied.push_back(m.name);
      report.to_version = m.version;
    }
    if (url.dialect == Dialect::kPostgres) s << "SELECT pg_advisory_unlock(727001)";
  } catch (const std::exception& e) {
    return core::Error::Unavailable("migration " + current + " failed: " + e.what());
  }
  return report;
}

}  // namespace werkpad::store::sql
