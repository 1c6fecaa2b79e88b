#pragma once

// JSON of the profile endpoints (docs/api.md "Profielen"): forms 4 and 6, capacity profiles,
// matching, progress, goals, work training, function catalogues and ranking. Profile documents
// themselves use the codec/profiles JSON format.

#include <boost/json/value.hpp>

#include "core/result.hpp"
#include "http/json/common.hpp"
#include "service/profile_service.hpp"

namespace werkpad::http::json {

core::Result<service::AssignmentInput> ParseAssignment(const bj::value& body);
core::Result<service::DemandInput> ParseDemandInput(const bj::value& body);
core::Result<service::RoundInput> ParseRoundInput(const bj::value& body, bool update);
core::Result<service::AssessmentInput> ParseAssessmentInput(const bj::value& body);
core::Result<service::CapacityInput> ParseCapacityInput(const bj::value& body);
core::Result<service::GoalInput> ParseGoalInput(const bj::value& body);
core::Result<service::EvaluationInput> ParseEvaluationInput(const bj::value& body);
core::Result<service::AdjustmentInput> ParseAdjustmentInput(const bj::value& body);
core::Result<service::WorksampleInput> ParseWorksampleInput(const bj::value& body, bool update);
// `update`: a correction, which must carry the stored "version".
core::Result<service::SessionInput> ParseSessionInput(const bj::value& body, bool update);
core::Result<service::ReportInput> ParseReportInput(const bj::value& body, bool update);
core::Result<service::CatalogueInput> ParseCatalogueInput(const bj::value& body, bool update);
core::Result<service::FunctionInput> ParseFunctionInput(const bj::value& body, bool update);
core::Result<service::ImportInput> ParseImportInput(const bj::value& body);
// ?round=&capacity=
core::Result<service::MatchQuery> ParseMatchQuery(const Request& request);
// ?catalogue=&round=&capacity=&top=
core::Result<service::RankingQuery> ParseRankingQuery(const Request& request);
// ?version= (required)
core::Result<std::int64_t> ParseRequiredVersionQuery(const Request& request);

bj::object ToJson(const service::ItemCatalogueView& v);
bj::object ToJson(const service::DemandView& v);
bj::object ToJson(const service::DemandRevisionView& v);
bj::object ToJson(const service::RoundView& v);
bj::object ToJson(const service::CapacityView& v);
bj::object ToJson(const service::MatchView& v);
bj::object ToJson(const service::ProgressView& v);
bj::object ToJson(const service::GoalView& v);
bj::object ToJson(const store::WorksampleRecord& v);
bj::object ToJson(const store::TrainingSessionRecord& v);
bj::object ToJson(const store::TrainingReportRecord& v);
bj::object ToJson(const service::TrainingView& v);
bj::object ToJson(const store::CatalogueRecord& v);
bj::object ToJson(const service::FunctionView& v);
bj::object ToJson(const service::ImportResultView& v);
bj::object ToJson(const service::RankingView& v);

}  // namespace werkpad::http::json
