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
};

// The one route table of the JSON API (docs/api.md); resources/openapi.json lists the same.
std::span<const RouteSpec> ApiRoutes();

}  // namespace werkpad::http
