#pragma once

#include <span>
#include <string_view>

#include "http/handlers/handlers.hpp"

namespace werkpad::http {

// Which session a route needs before its handler runs.
enum class Access {
  kPublic,           // no session looked at (login)
  kOptionalSession,  // session used when valid, otherwise none (logout)
  kAnySession,       // a valid session in any state (GET /session, the TOTP steps)
  kActive,           // an active session (second factor passed): everything else
};

struct RouteSpec {
  std::string_view method;
  std::string_view pattern;
  Access access;
  handlers::Handler handler;
  // Runs on the HTTP I/O thread (instead of being handed to the worker pool) with a
  // store::WriteDeferral installed, the answer held until the request's deferred units are
  // durable. Set only for routes whose handler does a few point reads and otherwise only
  // deferred writes (audit::Append, the session touch, Database::WriteOrDefer, a service's
  // ...Later returning service::Pending): cheap GETs, and changes made entirely in one deferred
  // unit (PUT /revalidanten/{id}). Never a blocking write unit, a long list or other slow work,
  // which would hold up every connection.
  bool on_io_thread = false;
};

// The one route table of the JSON API (docs/api.md); resources/openapi.json lists the same.
std::span<const RouteSpec> ApiRoutes();

}  // namespace werkpad::http
