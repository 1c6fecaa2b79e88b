#include "cli/demo_context.hpp"

namespace werkpad::cli {

core::Result<service::RequestContext> DemoContext(
    store::Database& db, const core::Clock& clock,
    const std::map<std::string, core::UserId>& users, const std::string& username) {
  auto id = users.find(username);
  if (id == users.end()) return core::Error::Internal("demo user missing: " + username);
  WP_ASSIGN_OR_RETURN(store::UserRecord u,
                      db.Read([&](store::Tx& tx) { return tx.users().Get(id->second); }));
  service::RequestContext ctx;
  ctx.actor.user_id = u.id;
  ctx.actor.username = u.username;
  ctx.actor.display_name = u.display_name;
  ctx.actor.role = u.role;
  ctx.actor.discipline = u.discipline;
  ctx.actor.team_ids = u.team_ids;
  ctx.actor.revalidant_id = u.revalidant_id;
  ctx.source_address = "local";
  ctx.request_id = "demo";
  ctx.now = clock.Now();
  return ctx;
}

}  // namespace werkpad::cli
