// /teams, /disciplines, /institution.
#include "http/json/organisation.hpp"

#include "http/handlers/handlers.hpp"

namespace werkpad::http::handlers {
namespace {

auto OneJson = [](const auto& v) { return json::ToJson(v); };

template <class T>
json::bj::object Items(const std::vector<T>& list) {
  json::bj::array items;
  for (const auto& v : list) items.push_back(json::ToJson(v));
  return json::bj::object{{"items", std::move(items)}};
}

}  // namespace

Response ListTeams(const Env& env, const Call& call) {
  return Respond(env.services.organisation.ListTeams(call.ctx()), 200,
                 [](const auto& l) { return Items(l); });
}

Response CreateTeam(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto name = json::ParseTeamName(*body);
  if (!name.ok()) return ErrorResponse(name.error());
  return Respond(env.services.organisation.CreateTeam(call.ctx(), *name), 201, OneJson);
}

Response ListDisciplines(const Env& env, const Call& call) {
  return Respond(env.services.organisation.ListDisciplines(call.ctx()), 200,
                 [](const auto& l) { return Items(l); });
}

Response CreateDiscipline(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseDiscipline(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.organisation.CreateDiscipline(call.ctx(), in->code, in->label), 201,
                 OneJson);
}

Response GetInstitution(const Env& env, const Call& call) {
  return Respond(env.services.organisation.GetInstitution(call.ctx()), 200, OneJson);
}

Response UpdateInstitution(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseInstitution(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.organisation.UpdateInstitution(call.ctx(), *in), 200, OneJson);
}

}  // namespace werkpad::http::handlers
