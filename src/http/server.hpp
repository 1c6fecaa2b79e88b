#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/result.hpp"

namespace werkpad::store {
class Database;
}  // namespace werkpad::store

namespace werkpad::service {
class AuthService;
class RevalidantService;
class UserService;
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

// The HTTP/1.1 server of werkpad: accepts connections on one io_context thread (async Boost.Beast),
// handles cheap reads on that thread and hands every other complete request to a worker pool
// (service calls block on the database), and writes the answer back on the I/O thread. A read's
// answer waits in memory until its audit entry is durable (docs/architecture.md). Routes: /api/v1/*
// (JSON API), /healthz, /metrics, /api/v1/openapi.json and static files with SPA fallback.
//
// Owned by src/app, which builds it once with the service objects. Thread-safe: Stop() may be
// called from any thread (e.g. the thread that waits for SIGTERM) while Run() blocks in another.
class Server {
 public:
  struct Options {
    // Address to bind, IPv4 or IPv6 literal. Tests and the default bind loopback only.
    std::string listen_address = "127.0.0.1";
    // TCP port; 0 picks a free port (read it back with port() after Listen()).
    std::uint16_t port = 8080;
    // Threads that run handlers (and so block on the database). At least 1.
    int worker_threads = 4;
    // Largest accepted request body in bytes; bigger bodies get 413 payload_too_large.
    std::size_t body_limit = 1024 * 1024;
    // A keep-alive connection with no request for this long is closed.
    std::chrono::seconds idle_timeout{30};
    // Directory with the built web UI (index.html, assets/). Empty: no static files (404 JSON).
    // Non-/api paths that name no file are answered with index.html (SPA fallback).
    std::string static_dir;
    // Set when werkpad runs behind TLS (reverse proxy): the session cookie gets `Secure`.
    bool secure_cookie = false;
  };

  // References to the service objects; they must outlive the Server.
  struct Services {
    service::AuthService& auth;
    service::RevalidantService& revalidanten;
    service::UserService& users;
    service::OrganisationService& organisation;
    service::AuditQueryService& audit;
    // For GET /healthz (a trivial read) and the DB figures in GET /metrics.
    store::Database& database;
    // The AGR route, forms and consent (docs/api.md "AGR").
    service::AgrService& agr;
    // The sickness-absence route (docs/api.md "Verzuim (Poortwachter)").
    service::VerzuimService& verzuim;
    // The re-integratievisie (form 7) and generated documents (docs/api.md).
    service::VisieService& visie;
    service::DocumentService& documents;
    // Function and person profiles, goals, work training (docs/api.md "Profielen").
    service::ProfileService& profiles;
    // External access: grants, the shared view, messages (docs/api.md "Externe toegang").
    service::ExternalAccessService& external;
  };

  Server(Options options, Services services);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Returns kUnavailable with a clear message ("cannot listen on
  // 127.0.0.1:8080: Address already in use") when the port is taken or the address is invalid;
  // the caller should print it and exit non-zero. REQUIRES: called once, before Run().
  core::Status Listen();

  // The bound port (useful with Options::port = 0). REQUIRES: Listen() succeeded.
  std::uint16_t port() const;

  // Serves until Stop(). Blocks the calling thread (it becomes the I/O thread; workers are
  // started and joined internally). REQUIRES: Listen() succeeded.
  void Run();

  // Stops accepting, lets in-flight requests finish and their answers be written (bounded by a
  // short grace period), closes idle connections, then makes Run() return. Idempotent; safe from
  // any thread, but not from inside a signal handler (use a signal-waiting thread).
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::http
