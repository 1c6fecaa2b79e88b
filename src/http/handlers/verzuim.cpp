// The verzuim endpoints (docs/api.md "Verzuim (Poortwachter)"): verzuimdossier, episodes,
// documents, scenario, RIV checklist, dashboard, settings and the static catalogue.
#include "http/handlers/handlers.hpp"
#include "http/json/verzuim.hpp"
#include "service/verzuim_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto DossierJson = [](const service::DossierView& v) { return json::ToJson(v); };
auto AnyJson = [](const auto& v) { return json::ToJson(v); };

}  // namespace

Response GetRevalidantVerzuim(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto result = env.services.verzuim.DossierOf(call.ctx(), core::RevalidantId(*id));
  return Respond(result, 200, DossierJson);
}

Response CreateVerzuimDossier(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseDossierInput(*body, false);
  if (!in.ok()) return ErrorResponse(in.error());
  auto result = env.services.verzuim.CreateDossier(call.ctx(), core::RevalidantId(*id), *in);
  return Respond(result, 201, DossierJson);
}

Response GetVerzuimDossier(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  return Respond(env.services.verzuim.GetDossier(call.ctx(), *id), 200, DossierJson);
}

Response UpdateVerzuimDossier(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseDossierInput(*body, true);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.UpdateDossier(call.ctx(), *id, *in), 200, DossierJson);
}

Response AddVerzuimEpisode(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseEpisodeInput(*body, false);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.AddEpisode(call.ctx(), *id, *in), 201, DossierJson);
}

Response UpdateVerzuimEpisode(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto episode = json::ParsePathId(call.params, "episode");
  if (!episode.ok()) return ErrorResponse(episode.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseEpisodeInput(*body, true);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.UpdateEpisode(call.ctx(), *id, *episode, *in), 200,
                 DossierJson);
}

Response EndVerzuimEpisode(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto episode = json::ParsePathId(call.params, "episode");
  if (!episode.ok()) return ErrorResponse(episode.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseEndEpisode(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(
      env.services.verzuim.EndEpisode(call.ctx(), *id, *episode, in->end, in->version), 200,
      DossierJson);
}

Response DeleteVerzuimEpisode(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto episode = json::ParsePathId(call.params, "episode");
  if (!episode.ok()) return ErrorResponse(episode.error());
  auto version = json::ParseVersionQuery(call.request);
  if (!version.ok()) return ErrorResponse(version.error());
  return Respond(env.services.verzuim.DeleteEpisode(call.ctx(), *id, *episode, *version), 200,
                 DossierJson);
}

Response AddVerzuimDocument(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseDocumentInput(*body, false);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.AddDocument(call.ctx(), *id, *in), 201, AnyJson);
}

Response GetVerzuimDocument(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto document = json::ParsePathId(call.params, "document");
  if (!document.ok()) return ErrorResponse(document.error());
  return Respond(env.services.verzuim.GetDocument(call.ctx(), *id, *document), 200, AnyJson);
}

Response UpdateVerzuimDocument(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto document = json::ParsePathId(call.params, "document");
  if (!document.ok()) return ErrorResponse(document.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseDocumentInput(*body, true);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.UpdateDocument(call.ctx(), *id, *document, *in), 200,
                 AnyJson);
}

Response ChangeVerzuimScenario(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseScenarioInput(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.ChangeScenario(call.ctx(), *id, *in), 200, DossierJson);
}

Response GetVerzuimRiv(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  return Respond(env.services.verzuim.Riv(call.ctx(), *id), 200, AnyJson);
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
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseVerzuimSettings(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.verzuim.UpdateSettings(call.ctx(), *in), 200, AnyJson);
}

Response VerzuimCatalogue(const Env&, const Call&) {
  return json::JsonResponse(200, json::VerzuimCatalogue());
}

}  // namespace werkpad::http::handlers
