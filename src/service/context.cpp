#include "service/context.hpp"

#include <string>

namespace werkpad::service {

RequestContext SystemContext(core::Instant now, std::string request_id) {
  RequestContext ctx;
  ctx.actor.username = "system";
  ctx.actor.display_name = "system";
  ctx.actor.role = domain::identity::Role::kAdmin;
  ctx.actor.system = true;
  ctx.source_address = "local";
  ctx.request_id = std::move(request_id);
  ctx.now = now;
  return ctx;
}

audit::AuditEvent EventFor(const RequestContext& ctx, audit::Action action, std::string object_type,
                           std::string object_id, core::RevalidantId revalidant,
                           audit::Outcome outcome) {
  audit::AuditEvent e;
  e.user_id = ctx.actor.user_id;
  e.role = ctx.actor.system ? std::string("system")
                            : std::string(domain::identity::ToCode(ctx.actor.role));
  e.revalidant_id = revalidant;
  e.action = action;
  e.object_type = std::move(object_type);
  e.object_id = std::move(object_id);
  e.outcome = outcome;
  e.source_address = ctx.source_address;
  e.request_id = ctx.request_id;
  return e;
}

}  // namespace werkpad::service
