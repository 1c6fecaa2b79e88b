#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "app/config.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"

namespace werkpad::store::sql {
class SqlDatabase;
}
namespace werkpad::service {
class AuthService;
class UserService;
class RevalidantService;
class OrganisationService;
class AuditQueryService;
class AgrService;
class VerzuimService;
class VisieService;
class DocumentService;
class ProfileService;
class ExternalAccessService;
}  // namespace werkpad::service
namespace werkpad::http {
class Server;
}

namespace werkpad::app {

// The object graph of one `werkpad serve` process, built explicitly from a Config: the
// database, the services over it and the HTTP server over those. Owns every object and
// destroys them in reverse order (server first, database last, so in-flight writes drain).
// Also runs the periodic session sweep. No globals: tests may build several.
// Thread-safe: Stop() may be called from any thread while Run() blocks in another.
class Application {
 public:
  // Opens the database (REQUIRES: migrated; the caller checks) and wires everything.
  // Errors: kUnavailable when the database cannot be opened, kInvalidInput for a bad listen
  // address. `clock` must outlive the Application.
  static core::Result<std::unique_ptr<Application>> Open(const Config& config,
                                                         const core::Clock& clock);
  ~Application();
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  // Binds the listen address. kUnavailable with the server's message when the port is taken.
  core::Status Listen();
  // The bound port. REQUIRES: Listen() succeeded.
  std::uint16_t port() const;
  // Serves until Stop(); then stops the sweeper. REQUIRES: Listen() succeeded.
  void Run();
  // Stops accepting, drains in-flight requests, makes Run() return. Idempotent, any thread
  // (not a signal handler).
  void Stop();

 private:
  Application(const Config& config, const core::Clock& clock);
  void SweepLoop();

  Config config_;
  const core::Clock& clock_;
  std::unique_ptr<store::sql::SqlDatabase> database_;
  std::unique_ptr<service::AuthService> auth_;
  std::unique_ptr<service::UserService> users_;
  std::unique_ptr<service::RevalidantService> revalidanten_;
  std::unique_ptr<service::OrganisationService> organisation_;
  std::unique_ptr<service::AuditQueryService> audit_;
  std::unique_ptr<service::AgrService> agr_;
  std::unique_ptr<service::VerzuimService> verzuim_;
  std::unique_ptr<service::VisieService> visie_;
  std::unique_ptr<service::DocumentService> documents_;
  std::unique_ptr<service::ProfileService> profiles_;
  std::unique_ptr<service::ExternalAccessService> external_;
  std::unique_ptr<http::Server> server_;

  std::mutex sweep_mu_;
  std::condition_variable sweep_cv_;
  bool stopping_ = false;
  std::thread sweeper_;
};

}  // namespace werkpad::app
