#pragma once

#include <functional>
#include <memory>

#include "core/error.hpp"
#include "http/message.hpp"
#include "http/server.hpp"

namespace werkpad::http {

// Everything between the socket and the services, without any Beast type: request id, routing,
// session resolution and CSRF check, handler call, error mapping, security headers, metrics.
// Built once by Server::Impl; thread-safe (Handle runs concurrently on the worker pool).
class Api {
 public:
  Api(const Server::Options& options, const Server::Services& services);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Receives the answer of Handle; called exactly once, on any thread. An answer that comes
  // from the database writer's thread is not built yet: `Response::deferred` is set, and the
  // receiver calls it (once, on its own thread; it does not throw) for the answer to send.
  using Reply = std::function<void(Response)>;

  // Answers one request. Never throws; an unexpected exception becomes a 500 internal error.
  // API GET and HEAD requests, and requests of routes that run on the I/O thread
  // (RouteSpec::on_io_thread), run with a store::WriteDeferral: their audit entries (and the
  // session touch, and reads or changes done in a write unit: service::Pending) are queued
  // instead of waited for, and the answer is held until those are durable -- then `reply` runs
  // on the thread that completed them (the database writer's, or on SQLite files the syncer's
  // after its fsync) with the unbuilt answer (the error answer instead if one of them failed,
  // e.g. a stale version's 409).
  // Otherwise `reply` runs on the calling thread before Handle returns, with a built answer.
  // REQUIRES: request.request_id set; the Api outlives every pending reply.
  void Handle(const Request& request, Reply reply);

  // Whether `request` may be handled on the I/O thread (RouteSpec::on_io_thread, GET /healthz).
  bool RunsOnIoThread(const Request& request) const;

  // The answer for a request the server could not even read (413 body too large, 400 malformed),
  // with the same headers as every other answer.
  Response Reject(const core::Error& error, const Request& request);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::http
