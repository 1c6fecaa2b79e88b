#include "cli/database.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "store/sql/migrations.hpp"

namespace werkpad::cli {

int ExitCodeFor(const core::Error& error) {
  switch (error.code) {
    case core::ErrorCode::kBadRequest:
    case core::ErrorCode::kInvalidInput:
    case core::ErrorCode::kRuleViolation:
    case core::ErrorCode::kNotFound:
    case core::ErrorCode::kConflict:
    case core::ErrorCode::kForbidden:
      return kExitUsage;
    default:
      return kExitFailure;
  }
}

int Fail(Io io, const core::Error& error) {
  std::string message = error.message;
  for (const auto& f : error.fields) {
    message += fmt::format("{} {}: {}", message.empty() ? "" : ";", f.path,
                           f.message.empty() ? f.code : f.message);
  }
  io.err << "error: " << message << "\n";
  return ExitCodeFor(error);
}

int LatestSchemaVersion(store::sql::Dialect dialect) {
  auto all = store::sql::MigrationsFor(dialect);
  return all.empty() ? 0 : all.back().version;
}

core::Status RequireMigrated(const store::sql::DatabaseUrl& url, const std::string& shown) {
  // Quoted for the shell when needed (a PostgreSQL URL may contain '?' and '&').
  bool plain = std::all_of(shown.begin(), shown.end(), [](unsigned char c) {
    return std::isalnum(c) || std::string_view(":/._@-+=,").find(static_cast<char>(c)) !=
                                  std::string_view::npos;
  });
  std::string hint =
      fmt::format("run `werkpad --db {} migrate` first", plain ? shown : "'" + shown + "'");
  if (url.dialect == store::sql::Dialect::kSqlite) {
    std::error_code ec;
    if (!std::filesystem::exists(url.target, ec)) {
      return core::Error::Invalid(
          fmt::format("database {} does not exist; {}", shown, hint));
    }
  }
  auto version = store::sql::CurrentVersion(url);
  if (!version.ok()) return std::move(version).error();
  int latest = LatestSchemaVersion(url.dialect);
  if (*version < latest) {
    return core::Error::Invalid(fmt::format(
        "database {} is not migrated (schema version {}, this werkpad needs {}); {}", shown,
        *version, latest, hint));
  }
  if (*version > latest) {
    return core::Error::Invalid(fmt::format(
        "database {} has schema version {}, newer than this werkpad knows ({}); use a newer "
        "werkpad binary",
        shown, *version, latest));
  }
  return core::Ok();
}

core::Result<std::unique_ptr<store::sql::SqlDatabase>> OpenMigrated(
    const DatabaseSettings& settings) {
  WP_ASSIGN_OR_RETURN(auto url, store::sql::ParseDatabaseUrl(settings.url));
  WP_RETURN_IF_ERROR(RequireMigrated(url, settings.shown));
  store::sql::SqlDatabaseOptions options;
  options.read_pool_size = settings.pool_size;
  return store::sql::SqlDatabase::Open(url, options);
}

}  // namespace werkpad::cli
