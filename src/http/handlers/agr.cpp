// The AGR endpoints (docs/api.md "AGR"): trajectories, decisions, tasks, team meeting, form
// definitions and responses, consent.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "codec/forms/definition_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json/agr.hpp"
#include "service/agr_service.hpp"

namespace werkpad::http::handlers {
namespace {

namespace bj = boost::json;

template <class T>
bj::object ItemsOf(const std::vector<T>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(json::ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

std::string PathText(const Call& call, std::string_view name) {
  const std::string* v = call.params.Find(name);
  return v != nullptr ? *v : std::string();
}

// The JSON of a service view (json::ToJson overloads).
constexpr auto kJson = [](const auto& v) { return json::ToJson(v); };
constexpr auto kItems = [](const auto& list) { return ItemsOf(list); };

// `?version=n` (n >= 0), for DELETE requests without a body. Missing: 422 like every other
// required ?version= (json::ParseRequiredVersionQuery); not a number: 400.
core::Result<std::int64_t> VersionQuery(const Request& request) {
  const std::string* version_text = request.Query("version");
  if (version_text == nullptr || version_text->empty()) {
    return core::Error::Invalid("version is required",
                                {{"version", "required", "give ?version= of the consent"}});
  }
  std::int64_t version = -1;
  try {
    std::size_t used = 0;
    version = std::stoll(*version_text, &used);
    if (used != version_text->size()) version = -1;
  } catch (const std::exception&) {
    version = -1;
  }
  if (version < 0) {
    return core::Error::BadRequest("version must be a number of 0 or more",
                                   {{"version", "wrong_type", "must be a number of 0 or more"}});
  }
  return version;
}

// `{"version": n}` bodies.
auto VersionBody(std::string_view what) {
  return [what](const bj::value& body) { return json::ParseVersionBody(body, what); };
}

}  // namespace

// --- trajectories ---

Response ListTrajectories(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.ListTrajectories(call.ctx(), core::RevalidantId(id)), 200,
                   kItems);
  });
}

Response StartTrajectory(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseStartTrajectory, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.agr.StartTrajectory(call.ctx(), core::RevalidantId(id), in), 201,
                   kJson);
  });
}

Response GetTrajectory(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.GetTrajectory(call.ctx(), core::TrajectId(id)), 200, kJson);
  });
}

Response RecordDecision(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseDecision, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.agr.RecordDecision(call.ctx(), core::TrajectId(id), in), 200,
                   kJson);
  });
}

Response ChangeTeam(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseTeamChange, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.agr.ChangeTeam(call.ctx(), core::TrajectId(id), in), 200, kJson);
  });
}

Response ChangeSetting(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseSettingChange, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.agr.ChangeSetting(call.ctx(), core::TrajectId(id), in), 200, kJson);
  });
}

// --- tasks and team meeting ---

Response TrajectoryTasks(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.TrajectoryTasks(call.ctx(), core::TrajectId(id)), 200, kItems);
  });
}

Response MyTasks(const Env& env, const Call& call) {
  // Only "mine" exists for now: mine=1 (or absent). state=open (default) or all.
  const std::string* mine = call.request.Query("mine");
  if (mine != nullptr && *mine != "1" && *mine != "true") {
    return ErrorResponse(core::Error::BadRequest(
        "mine must be 1", {{"mine", "invalid_value", "only mine=1 is supported"}}));
  }
  bool open_only = true;
  if (const std::string* state = call.request.Query("state")) {
    if (*state == "all") {
      open_only = false;
    } else if (*state != "open") {
      return ErrorResponse(core::Error::BadRequest(
          "state must be open or all", {{"state", "invalid_value", "open or all"}}));
    }
  }
  return Respond(env.services.agr.MyTasks(call.ctx(), open_only), 200, kItems);
}

Response CompleteTask(const Env& env, const Call& call) {
  return WithIdAndBody(call, VersionBody("task"), [&](std::int64_t id, std::int64_t version) {
    return Respond(env.services.agr.CompleteTask(call.ctx(), id, version), 200, kJson);
  });
}

Response TeamMeeting(const Env& env, const Call& call) {
  std::optional<core::Instant> start;
  if (const std::string* s = call.request.Query("meeting_start"); s != nullptr && !s->empty()) {
    start = core::ParseInstant(*s);
    if (!start) {
      return ErrorResponse(core::Error::BadRequest(
          "meeting_start must be an RFC 3339 UTC timestamp",
          {{"meeting_start", "invalid_value", "e.g. 2026-11-23T09:00:00Z"}}));
    }
  }
  return Respond(env.services.agr.TeamMeeting(call.ctx(), start), 200, kJson);
}

// --- form definitions ---

Response ListFormDefinitions(const Env& env, const Call& call) {
  return Respond(env.services.agr.ListFormDefinitions(call.ctx()), 200, kItems);
}

Response GetFormDefinition(const Env& env, const Call& call) {
  std::optional<std::int64_t> version;
  if (call.params.Find("version") != nullptr) {
    auto v = json::ParsePathId(call.params, "version");
    if (!v.ok()) return ErrorResponse(v.error());
    version = *v;
  }
  auto result = env.services.agr.GetFormDefinition(call.ctx(), PathText(call, "form"), version);
  return Respond(result, 200,
                 [](const auto& def) { return codec::forms::FormDefinitionToJson(def); });
}

Response ImportFormDefinition(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto result =
      env.services.agr.ImportFormDefinition(call.ctx(), bj::serialize(body.value()));
  if (!result.ok()) return ErrorResponse(result.error());
  return json::JsonResponse(result->created ? 201 : 200, json::ToJson(result->summary));
}

Response ExportFormDefinitions(const Env& env, const Call& call) {
  return Respond(env.services.agr.ExportFormDefinitions(call.ctx()), 200, [](const auto& list) {
    bj::array defs;
    for (const auto& d : list) defs.push_back(codec::forms::FormDefinitionToJson(d));
    return bj::object{{"definitions", std::move(defs)}};
  });
}

// --- form responses ---

Response ListForms(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.ListForms(call.ctx(), core::TrajectId(id)), 200, kItems);
  });
}

Response GetFormResponse(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(
        env.services.agr.GetResponse(call.ctx(), core::TrajectId(id), PathText(call, "form")), 200,
        kJson);
  });
}

Response CreateFormResponse(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    if (auto s = json::ParseEmptyBody(call.request, "form response"); !s.ok()) {
      return ErrorResponse(s.error());
    }
    return Respond(
        env.services.agr.CreateResponse(call.ctx(), core::TrajectId(id), PathText(call, "form")),
        201, kJson);
  });
}

Response SaveFormResponse(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseSave, [&](std::int64_t id, const json::SaveInput& in) {
    service::FormResponseView current;
    current.record.version = 0;
    auto result = env.services.agr.SaveResponse(
        call.ctx(), core::TrajectId(id), PathText(call, "form"), in.answers, in.version, &current);
    if (!result.ok() && result.error().code == core::ErrorCode::kConflict &&
        current.record.version > 0) {
      // Stale save: the other person's saved values go back, so nothing is lost (docs/api.md).
      bj::value error = bj::parse(ErrorBody(result.error()));
      error.as_object()["error"].as_object()["details"] =
          bj::object{{"current", json::ToJson(current)}};
      return json::JsonResponse(409, error);
    }
    return Respond(result, 200, kJson);
  });
}

Response FinaliseFormResponse(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, VersionBody("form response"), [&](std::int64_t id, std::int64_t version) {
        return Respond(env.services.agr.FinaliseResponse(call.ctx(), core::TrajectId(id),
                                                         PathText(call, "form"), version),
                       200, kJson);
      });
}

Response SignFormResponse(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseSign, [&](std::int64_t id, const auto& in) {
    return Respond(
        env.services.agr.SignResponse(call.ctx(), core::TrajectId(id), PathText(call, "form"), in),
        200, kJson);
  });
}

Response ReopenFormResponse(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseReopen, [&](std::int64_t id, const json::ReopenInput& in) {
    return Respond(env.services.agr.ReopenResponse(call.ctx(), core::TrajectId(id),
                                                   PathText(call, "form"), in.reason, in.version),
                   200, kJson);
  });
}

Response FormResponseHistory(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(
        env.services.agr.ResponseHistory(call.ctx(), core::TrajectId(id), PathText(call, "form")),
        200, kJson);
  });
}

// --- consent ---

Response GetConsent(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.GetConsent(call.ctx(), core::RevalidantId(id)), 200, kJson);
  });
}

Response SetConsentCell(const Env& env, const Call& call) {
  auto parse = [](const bj::value& body) {
    return json::ParseConsentCell(body, /*with_granted=*/true);
  };
  return WithIdAndBody(call, parse, [&](std::int64_t id, const json::ConsentCellInput& in) {
    return Respond(env.services.agr.SetConsentCell(call.ctx(), core::RevalidantId(id), in.party,
                                                   in.kind, in.granted, in.version),
                   200, kJson);
  });
}

Response WithdrawConsent(const Env& env, const Call& call) {
  auto parse = [](const bj::value& body) {
    return json::ParseConsentCell(body, /*with_granted=*/false);
  };
  return WithIdAndBody(call, parse, [&](std::int64_t id, const json::ConsentCellInput& in) {
    return Respond(env.services.agr.WithdrawConsentCell(call.ctx(), core::RevalidantId(id),
                                                        in.party, in.kind, in.version),
                   200, kJson);
  });
}

Response AddConsentParty(const Env& env, const Call& call) {
  return WithIdAndBody(
      call, json::ParsePartyInput, [&](std::int64_t id, const json::PartyInput& in) {
        return Respond(env.services.agr.AddConsentParty(call.ctx(), core::RevalidantId(id),
                                                        in.party, in.version),
                       200, kJson);
      });
}

Response RemoveConsentParty(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    auto version = VersionQuery(call.request);
    if (!version.ok()) return ErrorResponse(version.error());
    return Respond(env.services.agr.RemoveConsentParty(call.ctx(), core::RevalidantId(id),
                                                       PathText(call, "party"), *version),
                   200, kJson);
  });
}

Response SignConsent(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseSign, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.agr.SignConsent(call.ctx(), core::RevalidantId(id), in), 200,
                   kJson);
  });
}

Response ConsentHistory(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.agr.ConsentHistory(call.ctx(), core::RevalidantId(id)), 200,
                   kItems);
  });
}

Response CheckConsent(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    auto kind = json::ParseKindQuery(call.request);
    if (!kind.ok()) return ErrorResponse(kind.error());
    const std::string* party = call.request.Query("party");
    return Respond(env.services.agr.MayShare(call.ctx(), core::RevalidantId(id), *kind,
                                             party != nullptr ? *party : std::string()),
                   200, kJson);
  });
}

}  // namespace werkpad::http::handlers
