#pragma once

#include "http/json/common.hpp"
#include "service/agr_service.hpp"

namespace werkpad::http::json {

// DTOs of the AGR endpoints (docs/api.md "AGR"). Readers are strict: wrong types and unknown
// fields -> kBadRequest, missing or invalid values -> kInvalidInput, with field paths.

core::Result<service::StartTrajectoryInput> ParseStartTrajectory(const bj::value& body);
core::Result<service::DecisionRequest> ParseDecision(const bj::value& body);
core::Result<service::TeamChange> ParseTeamChange(const bj::value& body);
core::Result<service::SettingChangeInput> ParseSettingChange(const bj::value& body);
// {"version": n} and nothing else.
core::Result<std::int64_t> ParseVersionBody(const bj::value& body, std::string_view what);
core::Result<service::SignRequest> ParseSign(const bj::value& body);

struct ReopenInput {
  std::string reason;
  std::int64_t version = 0;
};
core::Result<ReopenInput> ParseReopen(const bj::value& body);

struct SaveInput {
  bj::value answers;
  std::int64_t version = 0;
};
core::Result<SaveInput> ParseSave(const bj::value& body);

struct ConsentCellInput {
  std::string party;
  domain::consent::InfoKind kind = domain::consent::InfoKind::kWerksituatieFunctieprofiel;
  bool granted = false;
  std::int64_t version = 0;
};
// `with_granted`: PUT cells (granted required); withdrawals have no "granted".
core::Result<ConsentCellInput> ParseConsentCell(const bj::value& body, bool with_granted);

struct PartyInput {
  std::string party;
  std::int64_t version = 0;
};
core::Result<PartyInput> ParsePartyInput(const bj::value& body);

// A query parameter that must be an InfoKind code (kInvalidInput "kind" invalid_value).
core::Result<domain::consent::InfoKind> ParseKindQuery(const Request& request);

bj::object ToJson(const service::TrajectoryView& v);
bj::object ToJson(const service::TaskView& v);
bj::object ToJson(const service::TeamMeetingView& v);
bj::object ToJson(const service::FormDefinitionSummary& v);
bj::object ToJson(const service::FormStatusView& v);
bj::object ToJson(const service::FormResponseView& v);
bj::object ToJson(const service::FormHistoryView& v);
bj::object ToJson(const service::ConsentView& v);
bj::object ToJson(const service::ConsentEventView& v);
bj::object ToJson(const domain::consent::PolicyDecision& v);

}  // namespace werkpad::http::json
