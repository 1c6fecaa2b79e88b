#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "http/error_mapping.hpp"
#include "http/json/common.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "service/auth_service.hpp"
#include "service/pending.hpp"

namespace werkpad::http::handlers {

// What every handler gets: the services, the server options, and the request with its route
// parameters and (for routes that need one) the authenticated session.
struct Env {
  const Server::Services& services;
  const Server::Options& options;
};

struct Call {
  const Request& request;
  const PathParams& params;
  std::string token;                              // werkpad_session cookie value, may be empty
  const service::Authenticated* auth = nullptr;   // set for routes behind a session
  const service::RequestContext& ctx() const { return auth->context; }
};

using Handler = Response (*)(const Env&, const Call&);

// Maps a service result: error -> the one error shape; value -> `status` with to_json(value)
// (a JSON value, or json::Serialized text).
template <class T, class F>
Response Respond(const core::Result<T>& result, int status, F&& to_json) {
  if (!result.ok()) return ErrorResponse(result.error());
  if constexpr (std::is_same_v<std::invoke_result_t<F&, const T&>, json::Serialized>) {
    return json::JsonTextResponse(status, to_json(result.value()).text);
  } else {
    return json::JsonResponse(status, to_json(result.value()));
  }
}

// Respond for a result that exists only once the request's deferred writes completed
// (service::Pending): the answer is built then (Response::deferred).
template <class T, class F>
Response RespondLater(service::Pending<T> pending, int status, F to_json) {
  Response r;
  r.deferred = [pending = std::move(pending), status, to_json]() mutable {
    return Respond(pending.Take(), status, to_json);
  };
  return r;
}

// The shape most resource handlers share: the path id, then `invoke(id)`. A bad id is answered
// as an error before anything else is read.
template <class Invoke>
Response WithId(const Call& call, Invoke&& invoke) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  return invoke(*id);
}

// The path id and a second path id named `sub` (e.g. "episode"), then `invoke(id, sub_id)`.
template <class Invoke>
Response WithIds(const Call& call, std::string_view sub, Invoke&& invoke) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto sub_id = json::ParsePathId(call.params, sub);
    if (!sub_id.ok()) return ErrorResponse(sub_id.error());
    return invoke(id, *sub_id);
  });
}

// The JSON body read by `parse` (a json::Parse… function of a boost::json::value), then
// `invoke(input)`.
template <class Parse, class Invoke>
Response WithBody(const Call& call, Parse&& parse, Invoke&& invoke) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = parse(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return invoke(*in);
}

// The path id, then the body: `invoke(id, input)`. Errors of each stage, in this order, become
// the error response.
template <class Parse, class Invoke>
Response WithIdAndBody(const Call& call, Parse&& parse, Invoke&& invoke) {
  return WithId(call, [&](std::int64_t id) -> Response {
    return WithBody(call, parse, [&](const auto& in) -> Response { return invoke(id, in); });
  });
}

// Both path ids, then the body: `invoke(id, sub_id, input)`.
template <class Parse, class Invoke>
Response WithIdsAndBody(const Call& call, std::string_view sub, Parse&& parse, Invoke&& invoke) {
  return WithIds(call, sub, [&](std::int64_t id, std::int64_t sub_id) -> Response {
    return WithBody(call, parse, [&](const auto& in) -> Response { return invoke(id, sub_id, in); });
  });
}

// Set-Cookie values for the session cookie (HttpOnly, SameSite=Strict, Path=/, Secure if set).
std::string SessionCookie(std::string_view token, bool secure);
std::string ClearedSessionCookie(bool secure);
inline constexpr std::string_view kSessionCookie = "werkpad_session";

// handlers/session.cpp
Response Login(const Env&, const Call&);
Response GetSession(const Env&, const Call&);
Response Logout(const Env&, const Call&);
Response VerifyTotp(const Env&, const Call&);
Response StartEnrolment(const Env&, const Call&);
Response ConfirmEnrolment(const Env&, const Call&);
Response ChangePassword(const Env&, const Call&);
// handlers/revalidanten.cpp
Response SearchRevalidanten(const Env&, const Call&);
Response CreateRevalidant(const Env&, const Call&);
Response GetRevalidant(const Env&, const Call&);
Response UpdateRevalidant(const Env&, const Call&);
// handlers/users.cpp
Response ListUsers(const Env&, const Call&);
Response CreateUser(const Env&, const Call&);
Response GetUser(const Env&, const Call&);
Response UpdateUser(const Env&, const Call&);
Response DisableUser(const Env&, const Call&);
Response EnableUser(const Env&, const Call&);
Response ResetUserPassword(const Env&, const Call&);
Response ResetUserTotp(const Env&, const Call&);
Response StaffDirectory(const Env&, const Call&);
// handlers/organisation.cpp
Response ListTeams(const Env&, const Call&);
Response CreateTeam(const Env&, const Call&);
Response ListDisciplines(const Env&, const Call&);
Response CreateDiscipline(const Env&, const Call&);
Response GetInstitution(const Env&, const Call&);
Response UpdateInstitution(const Env&, const Call&);
// handlers/audit.cpp
Response ListAudit(const Env&, const Call&);
// handlers/agr.cpp
Response ListTrajectories(const Env&, const Call&);
Response StartTrajectory(const Env&, const Call&);
Response GetTrajectory(const Env&, const Call&);
Response RecordDecision(const Env&, const Call&);
Response ChangeTeam(const Env&, const Call&);
Response ChangeSetting(const Env&, const Call&);
Response TrajectoryTasks(const Env&, const Call&);
Response MyTasks(const Env&, const Call&);
Response CompleteTask(const Env&, const Call&);
Response TeamMeeting(const Env&, const Call&);
Response ListFormDefinitions(const Env&, const Call&);
Response GetFormDefinition(const Env&, const Call&);
Response ImportFormDefinition(const Env&, const Call&);
Response ExportFormDefinitions(const Env&, const Call&);
Response ListForms(const Env&, const Call&);
Response GetFormResponse(const Env&, const Call&);
Response CreateFormResponse(const Env&, const Call&);
Response SaveFormResponse(const Env&, const Call&);
Response FinaliseFormResponse(const Env&, const Call&);
Response SignFormResponse(const Env&, const Call&);
Response ReopenFormResponse(const Env&, const Call&);
Response FormResponseHistory(const Env&, const Call&);
Response GetConsent(const Env&, const Call&);
Response SetConsentCell(const Env&, const Call&);
Response WithdrawConsent(const Env&, const Call&);
Response AddConsentParty(const Env&, const Call&);
Response RemoveConsentParty(const Env&, const Call&);
Response SignConsent(const Env&, const Call&);
Response ConsentHistory(const Env&, const Call&);
Response CheckConsent(const Env&, const Call&);
// handlers/verzuim.cpp
Response GetRevalidantVerzuim(const Env&, const Call&);
Response CreateVerzuimDossier(const Env&, const Call&);
Response GetVerzuimDossier(const Env&, const Call&);
Response UpdateVerzuimDossier(const Env&, const Call&);
Response AddVerzuimEpisode(const Env&, const Call&);
Response UpdateVerzuimEpisode(const Env&, const Call&);
Response EndVerzuimEpisode(const Env&, const Call&);
Response DeleteVerzuimEpisode(const Env&, const Call&);
Response AddVerzuimDocument(const Env&, const Call&);
Response GetVerzuimDocument(const Env&, const Call&);
Response UpdateVerzuimDocument(const Env&, const Call&);
Response ChangeVerzuimScenario(const Env&, const Call&);
Response GetVerzuimRiv(const Env&, const Call&);
Response VerzuimSignals(const Env&, const Call&);
Response GetVerzuimSettings(const Env&, const Call&);
Response UpdateVerzuimSettings(const Env&, const Call&);
Response VerzuimCatalogue(const Env&, const Call&);
Response EstimateWia(const Env&, const Call&);
Response WiaGuidance(const Env&, const Call&);
// handlers/visie.cpp
Response GetVisie(const Env&, const Call&);
Response CreateVisie(const Env&, const Call&);
Response SaveVisie(const Env&, const Call&);
Response ChangeVisieStatus(const Env&, const Call&);
Response AddVisieComment(const Env&, const Call&);
Response ListVisieVersions(const Env&, const Call&);
Response GetVisieVersion(const Env&, const Call&);
Response SignVisie(const Env&, const Call&);
Response ListDocuments(const Env&, const Call&);
Response GenerateDocument(const Env&, const Call&);
Response DownloadDocument(const Env&, const Call&);
Response GetInstitutionLogo(const Env&, const Call&);
Response PutInstitutionLogo(const Env&, const Call&);
Response DeleteInstitutionLogo(const Env&, const Call&);
// handlers/profiles.cpp
Response ProfileItems(const Env&, const Call&);
Response SetProfileAssignment(const Env&, const Call&);
Response GetDemandProfile(const Env&, const Call&);
Response SaveDemandProfile(const Env&, const Call&);
Response DemandProfileHistory(const Env&, const Call&);
Response ListAssessmentRounds(const Env&, const Call&);
Response CreateAssessmentRound(const Env&, const Call&);
Response GetAssessmentRound(const Env&, const Call&);
Response UpdateAssessmentRound(const Env&, const Call&);
Response AssessItem(const Env&, const Call&);
Response ListCapacityProfiles(const Env&, const Call&);
Response AddCapacityProfile(const Env&, const Call&);
Response ProfileMatching(const Env&, const Call&);
Response ProfileProgress(const Env&, const Call&);
Response ListGoals(const Env&, const Call&);
Response CreateGoal(const Env&, const Call&);
Response EvaluateGoal(const Env&, const Call&);
Response AdjustGoal(const Env&, const Call&);
Response ListWorksamples(const Env&, const Call&);
Response CreateWorksample(const Env&, const Call&);
Response UpdateWorksample(const Env&, const Call&);
Response GetWorkTraining(const Env&, const Call&);
Response AddTrainingSession(const Env&, const Call&);
Response AddTrainingReport(const Env&, const Call&);
Response UpdateTrainingSession(const Env&, const Call&);
Response UpdateTrainingReport(const Env&, const Call&);
Response ListFunctionCatalogues(const Env&, const Call&);
Response CreateFunctionCatalogue(const Env&, const Call&);
Response UpdateFunctionCatalogue(const Env&, const Call&);
Response DeleteFunctionCatalogue(const Env&, const Call&);
Response ListFunctions(const Env&, const Call&);
Response CreateFunction(const Env&, const Call&);
Response ImportFunctions(const Env&, const Call&);
Response GetFunction(const Env&, const Call&);
Response UpdateFunction(const Env&, const Call&);
Response DeleteFunction(const Env&, const Call&);
Response RankAlternativeFunctions(const Env&, const Call&);
// handlers/external.cpp
Response ListExternalGrants(const Env&, const Call&);
Response InviteExternal(const Env&, const Call&);
Response RevokeExternalGrant(const Env&, const Call&);
Response ListExternalMessages(const Env&, const Call&);
Response SearchExternalAccounts(const Env&, const Call&);
Response ListShared(const Env&, const Call&);
Response GetShared(const Env&, const Call&);
Response DownloadShared(const Env&, const Call&);
Response SendExternalMessage(const Env&, const Call&);
// handlers/operations.cpp
Response OpenApi(const Env&, const Call&);
// handlers/contacts.cpp
Response GetContacts(const Env&, const Call&);
Response LogContact(const Env&, const Call&);
Response EditContact(const Env&, const Call&);
Response ContactVersions(const Env&, const Call&);
Response ContactSignals(const Env&, const Call&);

// handlers/partners.cpp
Response ListPartners(const Env&, const Call&);
Response CreatePartner(const Env&, const Call&);
Response UpdatePartner(const Env&, const Call&);
Response EndPartner(const Env&, const Call&);
Response PartnerMatrix(const Env&, const Call&);
Response ListHandoverMoments(const Env&, const Call&);
Response CreateHandoverMoment(const Env&, const Call&);
Response UpdateHandoverMoment(const Env&, const Call&);
Response DeleteHandoverMoment(const Env&, const Call&);
Response GetHandoverOverview(const Env&, const Call&);
Response RecordHandover(const Env&, const Call&);

}  // namespace werkpad::http::handlers
