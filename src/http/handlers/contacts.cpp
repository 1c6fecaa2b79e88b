// Contact moments and the contact log (docs/api.md "Contactmomenten").
#include "http/json/contacts.hpp"
#include "http/handlers/handlers.hpp"
#include "service/contact_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto AnyJson = [](const auto& v) { return json::ToJson(v); };

}  // namespace

Response GetContacts(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.contacts.Section(call.ctx(), core::TrajectId(id)), 200, AnyJson);
  });
}

Response LogContact(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseContactCreate, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.contacts.Log(call.ctx(), core::TrajectId(id), in), 201, AnyJson);
  });
}

Response EditContact(const Env& env, const Call& call) {
  return WithIdsAndBody(
      call, "contact", json::ParseContactUpdate,
      [&](std::int64_t id, std::int64_t contact, const auto& in) {
        return Respond(env.services.contacts.Edit(call.ctx(), core::TrajectId(id), contact, in),
                       200, AnyJson);
      });
}

Response ContactVersions(const Env& env, const Call& call) {
  return WithIds(call, "contact", [&](std::int64_t id, std::int64_t contact) {
    return Respond(env.services.contacts.Versions(call.ctx(), core::TrajectId(id), contact), 200,
                   AnyJson);
  });
}

Response ContactSignals(const Env& env, const Call& call) {
  auto days = json::ParseSignalDays(call.request);
  if (!days.ok()) return ErrorResponse(days.error());
  return Respond(env.services.contacts.Signals(call.ctx(), *days), 200, AnyJson);
}

}  // namespace werkpad::http::handlers
