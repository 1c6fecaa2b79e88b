#pragma once

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

  // Answers one request. Never throws; an unexpected exception becomes a 500 internal error.
  // REQUIRES: request.request_id set.
  Response Handle(const Request& request);

  // The answer for a request the server could not even read (413 body too large, 400 malformed),
  // with the same headers as every other answer.
  Response Reject(const core::Error& error, const Request& request);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::http
