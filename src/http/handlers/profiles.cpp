// The profile endpoints (docs/api.md "Profielen"): item catalogue and assignment, form 4,
// form 6 rounds and assessments, capacity profiles, matching, progress, goals, work training,
// function catalogues with CSV import, and the ranking of alternative functions.
#include "http/json/profiles.hpp"
#include "http/handlers/handlers.hpp"
#include "service/profile_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto AnyJson = [](const auto& v) { return json::ToJson(v); };
auto ListJson = [](const auto& list) {
  boost::json::array items;
  for (const auto& v : list) items.push_back(json::ToJson(v));
  return boost::json::object{{"items", std::move(items)}};
};

template <auto Reader>
constexpr auto kNew = [](const boost::json::value& body) { return Reader(body, false); };
template <auto Reader>
constexpr auto kUpdate = [](const boost::json::value& body) { return Reader(body, true); };

service::ProfileService& P(const Env& env) { return env.services.profiles; }
core::TrajectId T(std::int64_t id) { return core::TrajectId(id); }

Response Deleted(const core::Status& s) {
  if (!s.ok()) return ErrorResponse(s.error());
  return json::NoContent();
}

}  // namespace

Response ProfileItems(const Env& env, const Call& call) {
  return Respond(P(env).Items(call.ctx()), 200, AnyJson);
}

Response SetProfileAssignment(const Env& env, const Call& call) {
  return WithBody(call, json::ParseAssignment, [&](const auto& in) {
    return Respond(P(env).SetAssignment(call.ctx(), in), 200, AnyJson);
  });
}

Response GetDemandProfile(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).GetDemand(call.ctx(), T(id)), 200, AnyJson);
  });
}

Response SaveDemandProfile(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseDemandInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).SaveDemand(call.ctx(), T(id), in), 200, AnyJson);
  });
}

Response DemandProfileHistory(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).DemandHistory(call.ctx(), T(id)), 200, ListJson);
  });
}

Response ListAssessmentRounds(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).ListRounds(call.ctx(), T(id)), 200, ListJson);
  });
}

Response CreateAssessmentRound(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseRoundInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).CreateRound(call.ctx(), T(id), in), 201, AnyJson);
  });
}

Response GetAssessmentRound(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).GetRound(call.ctx(), id), 200, AnyJson);
  });
}

Response UpdateAssessmentRound(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseRoundInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).UpdateRound(call.ctx(), id, in), 200, AnyJson);
  });
}

Response AssessItem(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseAssessmentInput, [&](std::int64_t id, const auto& in) {
    const std::string* item = call.params.Find("item");
    const std::string code = item == nullptr ? std::string() : *item;
    return Respond(P(env).Assess(call.ctx(), id, code, in), 200, AnyJson);
  });
}

Response ListCapacityProfiles(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).ListCapacities(call.ctx(), T(id)), 200, ListJson);
  });
}

Response AddCapacityProfile(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseCapacityInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).AddCapacity(call.ctx(), T(id), in), 201, AnyJson);
  });
}

Response ProfileMatching(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto q = json::ParseMatchQuery(call.request);
    if (!q.ok()) return ErrorResponse(q.error());
    return Respond(P(env).Match(call.ctx(), T(id), *q), 200, AnyJson);
  });
}

Response ProfileProgress(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).Progress(call.ctx(), T(id)), 200, AnyJson);
  });
}

Response ListGoals(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).ListGoals(call.ctx(), T(id)), 200, ListJson);
  });
}

Response CreateGoal(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseGoalInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).CreateGoal(call.ctx(), T(id), in), 201, AnyJson);
  });
}

Response EvaluateGoal(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseEvaluationInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).EvaluateGoal(call.ctx(), id, in), 200, AnyJson);
  });
}

Response AdjustGoal(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseAdjustmentInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).AdjustGoal(call.ctx(), id, in), 200, AnyJson);
  });
}

Response ListWorksamples(const Env& env, const Call& call) {
  return Respond(P(env).ListWorksamples(call.ctx()), 200, ListJson);
}

Response CreateWorksample(const Env& env, const Call& call) {
  return WithBody(call, kNew<json::ParseWorksampleInput>, [&](const auto& in) {
    return Respond(P(env).CreateWorksample(call.ctx(), in), 201, AnyJson);
  });
}

Response UpdateWorksample(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseWorksampleInput>,
                       [&](std::int64_t id, const auto& in) {
                         return Respond(P(env).UpdateWorksample(call.ctx(), id, in), 200, AnyJson);
                       });
}

Response GetWorkTraining(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).Training(call.ctx(), T(id)), 200, AnyJson);
  });
}

Response AddTrainingSession(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseSessionInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).AddSession(call.ctx(), T(id), in), 201, AnyJson);
  });
}

Response UpdateTrainingSession(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseSessionInput>,
                       [&](std::int64_t id, const auto& in) {
                         return Respond(P(env).UpdateSession(call.ctx(), id, in), 200, AnyJson);
                       });
}

Response AddTrainingReport(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseReportInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).AddReport(call.ctx(), T(id), in), 201, AnyJson);
  });
}

Response UpdateTrainingReport(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseReportInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).UpdateReport(call.ctx(), id, in), 200, AnyJson);
  });
}

Response ListFunctionCatalogues(const Env& env, const Call& call) {
  return Respond(P(env).ListCatalogues(call.ctx()), 200, ListJson);
}

Response CreateFunctionCatalogue(const Env& env, const Call& call) {
  return WithBody(call, kNew<json::ParseCatalogueInput>, [&](const auto& in) {
    return Respond(P(env).CreateCatalogue(call.ctx(), in), 201, AnyJson);
  });
}

Response UpdateFunctionCatalogue(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseCatalogueInput>,
                       [&](std::int64_t id, const auto& in) {
                         return Respond(P(env).UpdateCatalogue(call.ctx(), id, in), 200, AnyJson);
                       });
}

Response DeleteFunctionCatalogue(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto version = json::ParseRequiredVersionQuery(call.request);
    if (!version.ok()) return ErrorResponse(version.error());
    return Deleted(P(env).DeleteCatalogue(call.ctx(), id, *version));
  });
}

Response ListFunctions(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).ListFunctions(call.ctx(), id), 200, ListJson);
  });
}

Response CreateFunction(const Env& env, const Call& call) {
  return WithIdAndBody(call, kNew<json::ParseFunctionInput>, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).CreateFunction(call.ctx(), id, in), 201, AnyJson);
  });
}

Response ImportFunctions(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseImportInput, [&](std::int64_t id, const auto& in) {
    return Respond(P(env).ImportFunctions(call.ctx(), id, in), in.dry_run ? 200 : 201, AnyJson);
  });
}

Response GetFunction(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(P(env).GetFunction(call.ctx(), id), 200, AnyJson);
  });
}

Response UpdateFunction(const Env& env, const Call& call) {
  return WithIdAndBody(call, kUpdate<json::ParseFunctionInput>,
                       [&](std::int64_t id, const auto& in) {
                         return Respond(P(env).UpdateFunction(call.ctx(), id, in), 200, AnyJson);
                       });
}

Response DeleteFunction(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto version = json::ParseRequiredVersionQuery(call.request);
    if (!version.ok()) return ErrorResponse(version.error());
    return Deleted(P(env).DeleteFunction(call.ctx(), id, *version));
  });
}

Response RankAlternativeFunctions(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto q = json::ParseRankingQuery(call.request);
    if (!q.ok()) return ErrorResponse(q.error());
    return Respond(P(env).Rank(call.ctx(), T(id), *q), 200, AnyJson);
  });
}

}  // namespace werkpad::http::handlers
