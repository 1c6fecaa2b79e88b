#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace soci {
class session;
}

namespace werkpad::store::sql {

enum class Dialect { kSqlite, kPostgres };

// A parsed database URL: "sqlite:PATH" or "postgresql://…" (also "postgres://…").
struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  std::string target;  // file path for SQLite, libpq connection URI for PostgreSQL
};

// kInvalidInput (field "db") for anything else.
core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

// What a connection is used for; decides the SQLite pragmas.
enum class ConnectionRole { kReader, kWriter };

// Opens and configures one connection. SQLite: WAL, synchronous=FULL (a commit is durable when
// acknowledged), busy_timeout 5 s, foreign keys on; readers are query_only. Creates the parent
// directory of a SQLite file. kUnavailable when the database cannot be opened.
core::Result<std::unique_ptr<soci::session>> Open(const DatabaseUrl& url, ConnectionRole role);

// Executes a script of several statements (migrations) through the native driver.
// Throws soci::soci_error-compatible std::runtime_error on failure.
void ExecScript(soci::session& session, Dialect dialect, const std::string& script);

// The same URL with any password replaced by "***", for logs and --print-config.
std::string RedactUrl(std::string_view url);

}  // namespace werkpad::store::sql
