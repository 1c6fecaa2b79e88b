#include "cli/migrate_command.hpp"

#include <fmt/format.h>

#include "domain/identity/role.hpp"
#include "store/sql/migrations.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::cli {

namespace {

// The built-in disciplines are reference data every installation needs (DOMAIN.md §1); they
// are added here rather than in the SQL so that both dialects share one list, from the domain.
core::Result<int> SeedDisciplines(store::Database& db) {
  return db.Write([](store::Tx& tx) -> core::Result<int> {
    WP_ASSIGN_OR_RETURN(auto existing, tx.organisation().ListDisciplines());
    int added = 0;
    for (const auto& b : domain::identity::BuiltinDisciplines()) {
      bool present = false;
      for (const auto& d : existing) present = present || d.code == b.code;
      if (present) continue;
      WP_RETURN_IF_ERROR(tx.organisation().InsertDiscipline(
          {std::string(b.code), std::string(b.label), /*builtin=*/true}));
      ++added;
    }
    return added;
  });
}

int Migrate(Io io, const SettingsSource& settings_source, const core::Clock& clock) {
  auto settings = settings_source();
  if (!settings.ok()) return Fail(io, settings.error());
  auto url = store::sql::ParseDatabaseUrl(settings->url);
  if (!url.ok()) return Fail(io, url.error());
  const std::string& shown = settings->shown;

  auto report = store::sql::Migrate(*url, core::ToMillis(clock.Now()));
  if (!report.ok()) return Fail(io, report.error());

  store::sql::SqlDatabaseOptions options;
  options.read_pool_size = 1;
  auto db = store::sql::SqlDatabase::Open(*url, options);
  if (!db.ok()) return Fail(io, db.error());
  auto added = SeedDisciplines(**db);
  if (!added.ok()) return Fail(io, added.error());

  if (report->applied.empty()) {
    io.out << fmt::format("database {} is up to date (schema version {}); nothing to do\n",
                          shown, report->to_version);
  } else {
    std::string names;
    for (const auto& n : report->applied) names += (names.empty() ? "" : ", ") + n;
    io.out << fmt::format("database {} migrated from schema version {} to {} (applied {})\n",
                          shown, report->from_version, report->to_version, names);
  }
  return kExitOk;
}

}  // namespace

void AddMigrateCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings,
                       const core::Clock& clock) {
  auto* cmd = root.add_subcommand("migrate", "Create or upgrade the database schema (idempotent)");
  cmd->callback([io, &exit_code, settings = std::move(settings), &clock] {
    exit_code = Migrate(io, settings, clock);
  });
}

}  // namespace werkpad::cli
