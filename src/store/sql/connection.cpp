#include "store/sql/connection.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace werkpad::store::sql {

core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  if (url.starts_with("sqlite:")) {
    std::string path(url.substr(7));
    if (path.empty()) {
      return core::Error::Invalid("database URL sqlite: needs a file path",
                                  {{"db", "invalid_value", "sqlite:PATH"}});
    }
    if (path.find('"') != std::string::npos) {
      return core::Error::Invalid("database URL sqlite: path must not contain a double quote",
                                  {{"db", "invalid_value", "sqlite:PATH without '\"'"}});
    }
    return DatabaseUrl{Dialect::kSqlite, path};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return DatabaseUrl{Dialect::kPostgres, std::string(url)};
  }
  return core::Error::Invalid(
      "database URL must be sqlite:PATH or postgresql://...",
      {{"db", "invalid_value", "must start with sqlite: or postgresql://"}});
}

namespace {

std::string QuoteSociValue(const std::string& v) {
  // SOCI 4.0.3's SQLite connection string parser accepts a double-quoted value containing
  // spaces; it has no escape, so ParseDatabaseUrl refuses paths with a double quote.
  return "\"" + v + "\"";
}

}  // namespace

core::Result<std::unique_ptr<soci::session>> Open(const DatabaseUrl& url, ConnectionRole role) {
  if (url.dialect == Dialect::kSqlite) {
    // SQLite's malloc statistics take one process-wide mutex on every allocation, contended
    // between the readers and the writer (measured by the benchmarks). Only effective before
    // SQLite initialises, i.e. before the first connection; a later call is refused harmlessly.
    static std::once_flag memstatus_off;
    std::call_once(memstatus_off,
                   [] { sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  }
  try {
    auto session = std::make_unique<soci::session>();
    if (url.dialect == Dialect::kSqlite) {
      std::filesystem::path p(url.target);
      if (p.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(p.parent_path(), ec);
      }
      session->open(*soci::factory_sqlite3(), "db=" + QuoteSociValue(url.target) + " timeout=5");
      // Switching a new file to WAL needs an exclusive lock, and SQLite can answer SQLITE_BUSY at
      // once (without the busy handler) when several processes or threads open the same new
      // database together (concurrent `migrate`): retry briefly before giving up.
      for (int attempt = 1;; ++attempt) {
        try {
          *session << "PRAGMA journal_mode=WAL";
          break;
        } catch (const soci::soci_error&) {
          if (attempt >= 100) throw;
          std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
      }
      *session << "PRAGMA synchronous=FULL";
      *session << "PRAGMA busy_timeout=5000";
      *session << "PRAGMA foreign_keys=ON";
      if (role == ConnectionRole::kReader) *session << "PRAGMA query_only=1";
    } else {
      session->open(*soci::factory_postgresql(), url.target);
      *session << "SET client_min_messages TO WARNING";
      *session << "SET TIME ZONE 'UTC'";
      // As SQLite's query_only: a read unit cannot change data by mistake.
      if (role == ConnectionRole::kReader) *session << "SET default_transaction_read_only = on";
    }
    return session;
  } catch (const std::exception&) {
    // The driver message may contain the connection string; keep it out of errors and logs.
    return core::Error::Unavailable("cannot open the database " + RedactUrl(
        url.dialect == Dialect::kSqlite ? "sqlite:" + url.target : url.target));
  }
}

void ExecScript(soci::session& session, Dialect dialect, const std::string& script) {
  if (dialect == Dialect::kSqlite) {
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    char* err = nullptr;
    int rc = sqlite_api::sqlite3_exec(backend->conn_, script.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err != nullptr ? err : "sqlite3_exec failed";
      sqlite_api::sqlite3_free(err);
      throw std::runtime_error(msg);
    }
  } else {
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    PGresult* res = PQexec(backend->conn_, script.c_str());
    auto status = PQresultStatus(res);
    std::string msg = PQresultErrorMessage(res);
    PQclear(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw std::runtime_error(msg);
  }
}

std::string RedactUrl(std::string_view url) {
  std::string s(url);
  auto scheme = s.find("://");
  if (scheme == std::string::npos) return s;
  // user:password@ in the authority
  auto at = s.find('@', scheme + 3);
  auto slash = s.find('/', scheme + 3);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    auto colon = s.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) s.replace(colon + 1, at - colon - 1, "***");
  }
  // password=... in the query string
  auto pw = s.find("password=");
  if (pw != std::string::npos) {
    auto end = s.find('&', pw);
    s.replace(pw + 9, (end == std::string::npos ? s.size() : end) - pw - 9, "***");
  }
  return s;
}

}  // namespace werkpad::store::sql
