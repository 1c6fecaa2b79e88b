#pragma once

#include "http/json/common.hpp"
#include "service/verzuim_service.hpp"

namespace werkpad::http::json {

// DTOs of the verzuim endpoints (docs/api.md "Verzuim (Poortwachter)"). Readers are strict:
// wrong types and unknown fields -> kBadRequest, missing or invalid values -> kInvalidInput,
// with field paths.

// `update`: "version" required.
core::Result<service::DossierInput> ParseDossierInput(const bj::value& body, bool update);
core::Result<service::EpisodeInput> ParseEpisodeInput(const bj::value& body, bool update);

struct EndEpisodeInput {
  core::Date end{};
  std::int64_t version = 0;
};
core::Result<EndEpisodeInput> ParseEndEpisode(const bj::value& body);
// `update`: "kind" optional (must match), "version" required.
core::Result<service::DocumentInput> ParseDocumentInput(const bj::value& body, bool update);
core::Result<service::ScenarioInput> ParseScenarioInput(const bj::value& body);
core::Result<service::VerzuimSettings> ParseVerzuimSettings(const bj::value& body);
// GET /verzuim/signalen query parameters.
core::Result<service::SignalQuery> ParseSignalQuery(const Request& request);
// `?version=N` (required, positive).
core::Result<std::int64_t> ParseVersionQuery(const Request& request);

bj::object ToJson(const service::DossierView& v);
bj::object ToJson(const service::DocumentView& v);
bj::object ToJson(const service::RivView& v);
bj::object ToJson(const service::SignalList& v);
bj::object ToJson(const service::VerzuimSettings& v);
// The static catalogue: scenarios, interventions, document kinds.
bj::object VerzuimCatalogue();

// POST /api/v1/wia/schatting: euros as JSON numbers with at most two decimals, converted to cents
// exactly. Errors: wrong_type / unknown_field (400); negative, too_many_decimals, out_of_range
// (422), each naming its field ("functielonen[1]").
core::Result<domain::wia::WiaInput> ParseWiaInput(const bj::value& body);
bj::object ToJson(const domain::wia::WiaEstimate& e);
// GET /api/v1/wia/begeleiding: who guides the way back to work per benefit law (static).
bj::object BenefitGuidance();

}  // namespace werkpad::http::json
