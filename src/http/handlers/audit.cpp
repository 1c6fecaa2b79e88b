// GET /audit (admin).
#include "http/json/audit.hpp"

#include "http/handlers/handlers.hpp"

namespace werkpad::http::handlers {

Response ListAudit(const Env& env, const Call& call) {
  auto query = json::ParseAuditQuery(call.request);
  if (!query.ok()) return ErrorResponse(query.error());
  auto result = env.services.audit.List(call.ctx(), *query);
  return Respond(result, 200, [](const auto& p) {
    json::bj::array items;
    for (const auto& e : p.items) items.push_back(json::ToJson(e));
    return json::PageEnvelope(std::move(items), p.page, p.page_size, p.total);
  });
}

}  // namespace werkpad::http::handlers
