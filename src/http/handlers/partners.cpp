// Network partners, handover moments and the AGR handover record (docs/api.md "Netwerkpartners en
// overdracht").
#include "http/json/partners.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json/profiles.hpp"
#include "service/partner_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto AnyJson = [](const auto& v) { return json::ToJson(v); };

service::PartnerService& P(const Env& env) { return env.services.partners; }
core::RevalidantId R(std::int64_t id) { return core::RevalidantId(id); }

}  // namespace

Response ListPartners(const Env& env, const Call& call) {
  return WithId(
      call, [&](std::int64_t id) { return Respond(P(env).List(call.ctx(), R(id)), 200, AnyJson); });
}

Response CreatePartner(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, [](const auto& b) { return json::ParsePartner(b, false); },
      [&](std::int64_t id, const auto& in) {
        return Respond(P(env).Create(call.ctx(), R(id), in), 201, AnyJson);
      });
}

Response UpdatePartner(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, [](const auto& b) { return json::ParsePartner(b, true); },
      [&](std::int64_t id, const auto& in) {
        return Respond(P(env).Update(call.ctx(), id, in), 200, AnyJson);
      });
}

Response EndPartner(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParsePartnerEnd, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).End(call.ctx(), id, in), 200, AnyJson);
  });
}

Response PartnerMatrix(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).Matrix(call.ctx(), R(id)), 200, AnyJson);
  });
}

Response ListHandoverMoments(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).Moments(call.ctx(), R(id)), 200, AnyJson);
  });
}

Response CreateHandoverMoment(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, [](const auto& b) { return json::ParseMoment(b, false); },
      [&](std::int64_t id, const auto& in) {
        return Respond(P(env).AddMoment(call.ctx(), R(id), in), 201, AnyJson);
      });
}

Response UpdateHandoverMoment(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, [](const auto& b) { return json::ParseMoment(b, true); },
      [&](std::int64_t id, const auto& in) {
        return Respond(P(env).UpdateMoment(call.ctx(), id, in), 200, AnyJson);
      });
}

Response DeleteHandoverMoment(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto version = json::ParseRequiredVersionQuery(call.request);
    if (!version.ok()) return ErrorResponse(version.error());
    auto s = P(env).DeleteMoment(call.ctx(), id, *version);
    if (!s.ok()) return ErrorResponse(s.error());
    return json::NoContent();
  });
}

Response GetHandoverOverview(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).Closing(call.ctx(), core::TrajectId(id)), 200, AnyJson);
  });
}

Response RecordHandover(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseHandover, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).RecordHandover(call.ctx(), core::TrajectId(id), in), 201, AnyJson);
  });
}

}  // namespace werkpad::http::handlers
