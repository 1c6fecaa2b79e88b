#include "app/application.hpp"

#include <thread>

#include "core/log.hpp"
#include "http/server.hpp"
#include "service/agr_service.hpp"
#include "service/profile_service.hpp"
#include "service/verzuim_service.hpp"
#include "service/visie_service.hpp"
#include "service/document_service.hpp"
#include "service/external_access_service.hpp"
#include "service/audit_query_service.hpp"
#include "service/auth_service.hpp"
#include "service/organisation_service.hpp"
#include "service/revalidant_service.hpp"
#include "service/user_service.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::app {

namespace {

// How often expired sessions and old login-throttle records are removed.
constexpr std::chrono::minutes kSweepInterval{5};

}  // namespace

Application::Application(const Config& config, const core::Clock& clock)
    : config_(config), clock_(clock) {}

core::Result<std::unique_ptr<Application>> Application::Open(const Config& config,
                                                             const core::Clock& clock) {
  WP_ASSIGN_OR_RETURN(auto listen, ParseListen(config.server.listen));
  WP_ASSIGN_OR_RETURN(auto url, store::sql::ParseDatabaseUrl(config.database.url));

  std::unique_ptr<Application> app(new Application(config, clock));
  store::sql::SqlDatabaseOptions db_options;
  db_options.read_pool_size = config.database.pool_size;
  WP_ASSIGN_OR_RETURN(app->database_, store::sql::SqlDatabase::Open(url, db_options));
  store::Database& db = *app->database_;

  service::AuthOptions auth_options;
  auth_options.idle_timeout = std::chrono::minutes(config.session.idle_minutes);
  auth_options.absolute_timeout = std::chrono::hours(config.session.absolute_hours);
  app->auth_ = std::make_unique<service::AuthService>(db, clock, auth_options);
  // One argon2id concurrency limit for logins and user administration together.
  app->users_ = std::make_unique<service::UserService>(db, clock, app->auth_->hasher());
  app->revalidanten_ = std::make_unique<service::RevalidantService>(db, clock);
  app->organisation_ = std::make_unique<service::OrganisationService>(db, clock);
  app->audit_ = std::make_unique<service::AuditQueryService>(db, clock);
  app->agr_ = std::make_unique<service::AgrService>(db, clock);
  app->verzuim_ = std::make_unique<service::VerzuimService>(db, clock);
  app->visie_ = std::make_unique<service::VisieService>(db, clock);
  app->documents_ = std::make_unique<service::DocumentService>(db, clock);
  app->profiles_ = std::make_unique<service::ProfileService>(db, clock);
  app->external_ =
      std::make_unique<service::ExternalAccessService>(db, clock, app->auth_->hasher());

  // The dashboard's stored open deadlines follow the deadline rules of this build: dossiers
  // derived with other rules (or none: a database from before migration 0007) are recomputed.
  WP_ASSIGN_OR_RETURN(
      service::DeadlineRefresh refresh,
      app->verzuim_->RefreshDeadlines(service::SystemContext(clock.Now(), "startup")));
  if (refresh.refreshed > 0 || refresh.failed > 0) {
    core::log::Info("verzuim_deadlines_refreshed", {{"dossiers", std::int64_t{refresh.refreshed}},
                                                    {"failed", std::int64_t{refresh.failed}}});
  }

  http::Server::Options options;
  options.listen_address = listen.host;
  options.port = listen.port;
  options.worker_threads = config.server.workers;
  options.body_limit = static_cast<std::size_t>(config.server.body_limit);
  options.static_dir = config.server.static_dir;
  options.secure_cookie = config.server.secure_cookies;
  app->server_ = std::make_unique<http::Server>(
      options, http::Server::Services{*app->auth_, *app->revalidanten_, *app->users_,
                                      *app->organisation_, *app->audit_, db, *app->agr_,
                                      *app->verzuim_, *app->visie_, *app->documents_,
                                      *app->profiles_, *app->external_});
  return app;
}

Application::~Application() {
  Stop();
  if (sweeper_.joinable()) sweeper_.join();
  // Members are destroyed in reverse order: server, services, then the database (which drains
  // its write queue).
}

core::Status Application::Listen() { return server_->Listen(); }

std::uint16_t Application::port() const { return server_->port(); }

void Application::Run() {
  sweeper_ = std::thread([this] { SweepLoop(); });
  server_->Run();
  {
    std::lock_guard lock(sweep_mu_);
    stopping_ = true;
  }
  sweep_cv_.notify_all();
  sweeper_.join();
}

void Application::Stop() {
  {
    std::lock_guard lock(sweep_mu_);
    stopping_ = true;
  }
  sweep_cv_.notify_all();
  if (server_) server_->Stop();
}

void Application::SweepLoop() {
  std::unique_lock lock(sweep_mu_);
  while (!stopping_) {
    if (sweep_cv_.wait_for(lock, kSweepInterval, [this] { return stopping_; })) break;
    lock.unlock();
    auto st = auth_->Sweep();
    if (!st.ok()) core::log::Warn("session_sweep_failed", {{"code", core::ToString(st.error().code)}});
    lock.lock();
  }
}

}  // namespace werkpad::app
