#include "app/serve_command.hpp"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <memory>
#include <thread>

#include "app/application.hpp"
#include "cli/database.hpp"
#include "core/log.hpp"

namespace werkpad::app {

namespace {

struct ServeFlags {
  std::string listen;
  std::string static_dir;
  bool print_config = false;
  CLI::Option* listen_option = nullptr;
  CLI::Option* static_dir_option = nullptr;
};

// Signals handled by the waiter thread. SIGUSR1 only wakes it when Run() ends on its own.
sigset_t ShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGUSR1);
  return set;
}

int Serve(cli::Io io, const ServeFlags& flags, const ConfigSource& config_source,
          const core::Clock& clock) {
  auto resolved = config_source();
  if (!resolved.ok()) return cli::Fail(io, resolved.error());
  Config config = std::move(resolved).value();
  // Flags beat file and environment.
  if (flags.listen_option->count() > 0) {
    auto st = SetValue("server", "listen", flags.listen, "--listen", config);
    if (!st.ok()) return cli::Fail(io, st.error());
  }
  if (flags.static_dir_option->count() > 0) {
    auto st = SetValue("server", "static_dir", flags.static_dir, "--static-dir", config);
    if (!st.ok()) return cli::Fail(io, st.error());
  }
  if (auto st = Validate(config); !st.ok()) return cli::Fail(io, st.error());
  if (flags.print_config) {
    io.out << ToToml(config);
    return cli::kExitOk;
  }

  auto url = store::sql::ParseDatabaseUrl(config.database.url);
  if (!url.ok()) return cli::Fail(io, url.error());
  if (auto st = cli::RequireMigrated(*url, RedactDatabaseUrl(config.database.url)); !st.ok()) {
    return cli::Fail(io, st.error());
  }

  // Block the shutdown signals before any thread starts, so every thread inherits the mask and
  // only the waiter below receives them (sigwait): Stop() is not async-signal-safe.
  sigset_t signals = ShutdownSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto app = Application::Open(config, clock);
  if (!app.ok()) return cli::Fail(io, app.error());
  if (auto st = (*app)->Listen(); !st.ok()) {
    core::log::Error("listen_failed", {{"address", config.server.listen}});
    return cli::Fail(io, st.error());
  }
  // After the signal mask: the periodic flusher thread inherits it.
  core::log::BufferAccessLines();
  auto listen = ParseListen(config.server.listen);
  core::log::Info("listening", {{"address", listen.ok() ? listen->host : config.server.listen},
                                {"port", std::int64_t{(*app)->port()}},
                                {"database", url->dialect == store::sql::Dialect::kSqlite
                                                 ? std::string_view("sqlite")
                                                 : std::string_view("postgresql")}});

  Application& application = **app;
  std::atomic<bool> signalled{false};
  std::thread waiter([&application, &signalled, signals] {
    int sig = 0;
    sigwait(&signals, &sig);
    signalled = true;  // before Stop(), so Run() cannot return before this is visible
    if (sig != SIGUSR1) core::log::Info("shutdown_requested", {{"signal", std::int64_t{sig}}});
    application.Stop();
  });
  application.Run();
  // Run() may also end without a signal; wake the waiter in that case (harmless otherwise).
  if (!signalled) pthread_kill(waiter.native_handle(), SIGUSR1);
  waiter.join();
  app->reset();  // drains the database writer before saying so
  core::log::Info("stopped");
  return cli::kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& root, cli::Io io, int& exit_code, ConfigSource config,
                     const core::Clock& clock) {
  auto* cmd = root.add_subcommand("serve", "Serve the web UI and the HTTP API");
  auto flags = std::make_shared<ServeFlags>();
  flags->listen_option =
      cmd->add_option("--listen", flags->listen,
                      "HOST:PORT to listen on [default: 127.0.0.1:8080, or server.listen]");
  flags->static_dir_option = cmd->add_option(
      "--static-dir", flags->static_dir, "Directory of the built web UI (web/dist) to serve");
  cmd->add_flag("--print-config", flags->print_config,
                "Print the effective configuration as TOML (secrets redacted) and exit");
  cmd->callback([io, &exit_code, flags, config = std::move(config), &clock] {
    exit_code = Serve(io, *flags, config, clock);
  });
}

}  // namespace werkpad::app
