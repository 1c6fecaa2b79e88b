// The verzuim endpoints (docs/api.md "Verzuim (Poortwachter)"): verzuimdossier, episodes,
// documents, scenario, RIV checklist, dashboard, settings and the static catalogue.
#include "http/handlers/handlers.hpp"
#include "http/json/verzuim.hpp"
#include "service/verzuim_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto DossierJson = [](const service::DossierView& v) { return json::ToJson(v); };
auto AnyJson = [](const auto& v) { return json::ToJson(v); };

// json::Parse… readers whose second argument says whether the body is an update (with version).
template <auto Reader>
constexpr auto kNew = [](const boost::json::value& body) { return Reader(body, false); };
template <auto Reader>
constexpr auto kUpdate = [](const boost::json::value& body) { return Reader(body, true); };

}  // namespace

Response GetRevalidantVerzuim(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.verzuim.DossierOf(call.ctx(), core::RevalidantId(id)), 200,
                   DossierJson);
  });
}

Response CreateVerzuimDossier(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseDossierInput>, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.verzuim.CreateDossier(call.ctx(), core::RevalidantId(id), in), 201,
                   DossierJson);
  });
}

Response GetVerzuimDossier(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.verzuim.GetDossier(call.ctx(), id), 200, DossierJson);
  });
}

Response UpdateVerzuimDossier(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseDossierInput>, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.verzuim.UpdateDossier(call.ctx(), id, in), 200, DossierJson);
  });
}

Response AddVerzuimEpisode(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseEpisodeInput>, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.verzuim.AddEpisode(call.ctx(), id, in), 201, DossierJson);
  });
}

Response UpdateVerzuimEpisode(const Env& env, const Call& call) {
  return WithIdsAndBody(call, "episode", kUpdate<json::ParseEpisodeInput>,
                        [&](std::int64_t id, std::int64_t episode, const auto& in) {
                          return Respond(
                              env.services.verzuim.UpdateEpisode(call.ctx(), id, episode, in), 200,
                              DossierJson);
                        });
}

Response EndVerzuimEpisode(const Env& env, const Call& call) {
  return WithIdsAndBody(call, "episode", json::ParseEndEpisode,
                        [&](std::int64_t id, std::int64_t episode, const auto& in) {
                          return Respond(env.services.verzuim.EndEpisode(call.ctx(), id, episode,
                                                                         in.end, in.version),
                                         200, DossierJson);
                        });
}

Response DeleteVerzuimEpisode(const Env& env, const Call& call) {
  return WithIds(call, "episode", [&](std::int64_t id, std::int64_t episode) -> Response {
    auto version = json::ParseVersionQuery(call.request);
    if (!version.ok()) return ErrorResponse(version.error());
    return Respond(env.services.verzuim.DeleteEpisode(call.ctx(), id, episode, *version), 200,
                   DossierJson);
  });
}

Response AddVerzuimDocument(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseDocumentInput>, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.verzuim.AddDocument(call.ctx(), id, in), 201, AnyJson);
  });
}

Response GetVerzuimDocument(const Env& env, const Call& call) {
  return WithIds(call, "document", [&](std::int64_t id, std::int64_t document) {
    return Respond(env.services.verzuim.GetDocument(call.ctx(), id, document), 200, AnyJson);
  });
}

Response UpdateVerzuimDocument(const Env& env, const Call& call) {
  return WithIdsAndBody(call, "document", kUpdate<json::ParseDocumentInput>,
                        [&](std::int64_t id, std::int64_t document, const auto& in) {
                          return Respond(
                              env.services.verzuim.UpdateDocument(call.ctx(), id, document, in),
                              200, AnyJson);
                        });
}

Response ChangeVerzuimScenario(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseScenarioInput, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.verzuim.ChangeScenario(call.ctx(), id, in), 200, DossierJson);
  });
}

Response GetVerzuimRiv(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.verzuim.Riv(call.ctx(), id), 200, AnyJson);
  });
}

Response VerzuimSignals(const Env& env, const Call& call) {
  auto q = json::ParseSignalQuery(call.request);
  if (!q.ok()) return ErrorResponse(q.error());
  return Respond(env.services.verzuim.Signals(call.ctx(), *q), 200, AnyJson);
}

Response GetVerzuimSettings(const Env& env, const Call& call) {
  return Respond(env.services.verzuim.Settings(call.ctx()), 200, AnyJson);
}

Response UpdateVerzuimSettings(const Env& env, const Call& call) {
  return WithBody(call, json::ParseVerzuimSettings, [&](const auto& in) {
    return Respond(env.services.verzuim.UpdateSettings(call.ctx(), in), 200, AnyJson);
  });
}

Response VerzuimCatalogue(const Env&, const Call&) {
  return json::JsonResponse(200, json::VerzuimCatalogue());
}

// No client data: nothing to audit on success (docs/api.md "WIA-schatting").
Response EstimateWia(const Env& env, const Call& call) {
  return WithBody(call, json::ParseWiaInput, [&](const domain::wia::WiaInput& in) {
    return Respond(env.services.verzuim.EstimateWia(call.ctx(), in), 200, AnyJson);
  });
}

// Static reference data of the benefit laws (any active session, like the catalogue).
Response WiaGuidance(const Env&, const Call&) {
  return json::JsonResponse(200, json::BenefitGuidance());
}

}  // namespace werkpad::http::handlers
