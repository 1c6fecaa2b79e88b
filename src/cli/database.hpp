#pragma once

#include <functional>
#include <memory>
#include <string>

#include "cli/io.hpp"
#include "core/result.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::cli {

// What the database commands need from the effective configuration.
struct DatabaseSettings {
  std::string url;     // "sqlite:PATH" or "postgresql://..."
  std::string shown;   // the same with any password replaced by "***", for messages
  int pool_size = 2;   // read connections to open
};

// Produces the effective settings once the command line is parsed (config file < environment
// < --db). The app layer supplies it; kInvalidInput means a configuration error (exit 2).
using SettingsSource = std::function<core::Result<DatabaseSettings>()>;

// The exit code for an error: kExitUsage for errors in what the user asked (bad input, bad
// configuration, not migrated, conflicts), kExitFailure for everything else.
int ExitCodeFor(const core::Error& error);

// Prints "error: MESSAGE" (one line) on io.err and returns ExitCodeFor(error).
int Fail(Io io, const core::Error& error);

// The schema version this binary's migrations lead to for `dialect`.
int LatestSchemaVersion(store::sql::Dialect dialect);

// Checks that the database exists and is migrated to LatestSchemaVersion(). Does not create
// a SQLite file. Errors: kInvalidInput "… is not migrated …; run `werkpad migrate`" (telling
// the exact command), kUnavailable when the database cannot be reached.
// `shown` is the redacted URL used in messages.
core::Status RequireMigrated(const store::sql::DatabaseUrl& url, const std::string& shown);

// ParseDatabaseUrl + RequireMigrated + SqlDatabase::Open.
core::Result<std::unique_ptr<store::sql::SqlDatabase>> OpenMigrated(
    const DatabaseSettings& settings);

}  // namespace werkpad::cli
