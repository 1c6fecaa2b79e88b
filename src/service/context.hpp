#pragma once

#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "core/date.hpp"
#include "core/ids.hpp"
#include "domain/identity/role.hpp"

namespace werkpad::service {

// The authenticated user behind a request, as loaded by AuthService::Authenticate.
struct Actor {
  core::UserId user_id;
  std::string username;
  std::string display_name;
  domain::identity::Role role = domain::identity::Role::kTherapeut;
  std::string discipline;  // empty when none
  std::vector<core::TeamId> team_ids;
  core::RevalidantId revalidant_id;  // set for the revalidant role (own portal)
  // True only for the CLI/system context (migrations, demo data, `werkpad user ...`): the policy
  // allows everything and audit rows carry user 0 and role "system". Never set from HTTP.
  bool system = false;
};

// Who asks, from where, and when. Built by AuthService::Authenticate (HTTP) or SystemContext
// (CLI). `now` is read once from the core::Clock per request, so one request sees one time.
// Plain value; copy freely.
struct RequestContext {
  Actor actor;
  std::string source_address;  // client IP as text, e.g. "127.0.0.1"
  std::string request_id;      // the X-Request-Id value, recorded in audit rows
  core::Instant now{};
};

// A context for command-line tools and start-up jobs (demo data, user administration).
RequestContext SystemContext(core::Instant now, std::string request_id = "cli");

// Audit event pre-filled with the actor, address and request id of `ctx` (role = "system" for a
// system context). The caller fills the rest.
audit::AuditEvent EventFor(const RequestContext& ctx, audit::Action action, std::string object_type,
                           std::string object_id, core::RevalidantId revalidant = {},
                           audit::Outcome outcome = audit::Outcome::kSuccess);

}  // namespace werkpad::service
