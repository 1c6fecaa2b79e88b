#include "app/command_line.hpp"

#include <memory>

#include "app/config.hpp"
#include "app/serve_command.hpp"
#include "cli/audit_command.hpp"
#include "cli/backup_command.hpp"
#include "cli/demo_command.hpp"
#include "cli/migrate_command.hpp"
#include "cli/rules/poortwachter_command.hpp"
#include "cli/rules/wia_command.hpp"
#include "cli/run.hpp"
#include "cli/user_command.hpp"
#include "core/clock.hpp"
#include "core/log.hpp"

namespace werkpad::app {

namespace {

// The global options, filled by CLI11 before any subcommand callback runs.
struct GlobalOptions {
  std::string db;
  std::string config_path;
  CLI::Option* db_option = nullptr;
};

// Default configuration < --config file < WERKPAD_* environment < --db. Subcommands apply
// their own flags on top and validate.
core::Result<Config> ResolveConfig(const GlobalOptions& g) {
  Config config;
  if (!g.config_path.empty()) WP_RETURN_IF_ERROR(ApplyTomlFile(g.config_path, config));
  WP_RETURN_IF_ERROR(ApplyEnvironment(ProcessEnvironment(), config));
  if (g.db_option != nullptr && g.db_option->count() > 0) {
    WP_RETURN_IF_ERROR(SetValue("database", "url", g.db, "--db", config));
  }
  return config;
}

}  // namespace

int RunCommandLine(std::vector<std::string> args, cli::Io io, std::istream& in) {
  core::SystemClock clock;
  int exit_code = cli::kExitOk;
  auto globals = std::make_shared<GlobalOptions>();

  CLI::App root{"werkpad: return-to-work case management for rehabilitation centres"};
  root.require_subcommand(1);
  // Global options may also follow the subcommand: `werkpad migrate --db sqlite:x.db`.
  root.fallthrough();
  globals->db_option =
      root.add_option("--db", globals->db,
                      "Database: sqlite:PATH or postgresql://USER@HOST/DB "
                      "[default: sqlite:data/werkpad.db, or database.url from the config]");
  root.add_option("--config", globals->config_path,
                  "TOML configuration file (settings: see `werkpad serve --print-config`)");

  ConfigSource config_source = [globals]() -> core::Result<Config> {
    WP_ASSIGN_OR_RETURN(Config config, ResolveConfig(*globals));
    WP_RETURN_IF_ERROR(Validate(config));
    core::log::Level level = core::log::Level::kInfo;
    core::log::ParseLevel(config.log.level, level);
    core::log::Init(level);
    return config;
  };
  cli::SettingsSource settings_source = [config_source]() -> core::Result<cli::DatabaseSettings> {
    WP_ASSIGN_OR_RETURN(Config config, config_source());
    return cli::DatabaseSettings{config.database.url, RedactDatabaseUrl(config.database.url),
                                 config.database.pool_size};
  };

  AddServeCommand(root, io, exit_code, config_source, clock);
  cli::AddMigrateCommand(root, io, exit_code, settings_source, clock);
  cli::AddUserCommand(root, io, in, exit_code, settings_source, clock);
  cli::AddDemoCommand(root, io, exit_code, settings_source, clock);
  cli::AddBackupCommand(root, io, exit_code, settings_source);
  cli::AddAuditCommand(root, io, exit_code, settings_source);
  cli::AddPoortwachterCommand(root, io, exit_code, clock);
  cli::AddWiaCommand(root, io, exit_code);

  return cli::Run(root, std::move(args), io, exit_code);
}

}  // namespace werkpad::app
