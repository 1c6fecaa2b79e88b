// Handlers of external access (docs/api.md "Externe toegang").
#include "http/handlers/handlers.hpp"
#include "http/json/external.hpp"

namespace werkpad::http::handlers {

namespace {

auto AnyJson = [](const auto& v) { return json::ToJson(v); };

std::string QueryParam(const Request& request, std::string_view name) {
  auto it = request.query.find(std::string(name));
  return it == request.query.end() ? std::string() : it->second;
}

}  // namespace

Response ListExternalGrants(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.external.ListGrants(call.ctx(), core::RevalidantId(id)), 200,
                   AnyJson);
  });
}

Response InviteExternal(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseGrantInput, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.external.Invite(call.ctx(), core::RevalidantId(id), in), 201,
                   AnyJson);
  });
}

Response RevokeExternalGrant(const Env& env, const Call& call) {
  return WithIds(call, "grant", [&](std::int64_t id, std::int64_t grant) -> Response {
    auto empty = json::ParseEmptyBody(call.request, "revocation");
    if (!empty.ok()) return ErrorResponse(empty.error());
    return Respond(env.services.external.Revoke(call.ctx(), core::RevalidantId(id), grant), 200,
                   AnyJson);
  });
}

Response ListExternalMessages(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.external.Messages(call.ctx(), core::RevalidantId(id)), 200,
                   AnyJson);
  });
}

Response SearchExternalAccounts(const Env& env, const Call& call) {
  return Respond(env.services.external.SearchAccounts(call.ctx(), QueryParam(call.request, "q")),
                 200, AnyJson);
}

Response ListShared(const Env& env, const Call& call) {
  return Respond(env.services.external.Shared(call.ctx()), 200, AnyJson);
}

Response GetShared(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.external.View(call.ctx(), core::RevalidantId(id)), 200, AnyJson);
  });
}

Response DownloadShared(const Env& env, const Call& call) {
  return WithIds(call, "document", [&](std::int64_t id, std::int64_t document) -> Response {
    auto r = env.services.external.Download(call.ctx(), core::RevalidantId(id), document);
    if (!r.ok()) return ErrorResponse(r.error());
    Response out;
    out.status = 200;
    out.content_type = r->document.content_type;
    out.body = std::move(r->bytes);
    out.AddHeader("Content-Disposition", "attachment; filename=\"" + r->document.filename + "\"");
    return out;
  });
}

Response SendExternalMessage(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseExternalMessage, [&](std::int64_t id, const auto& text) {
    return Respond(env.services.external.SendMessage(call.ctx(), core::RevalidantId(id), text),
                   201, AnyJson);
  });
}

}  // namespace werkpad::http::handlers
