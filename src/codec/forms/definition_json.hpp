#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/forms/definition.hpp"

namespace werkpad::codec::forms {

// JSON <-> form definitions (resources/forms/*.json, and the API's form endpoints). The format is
// documented in docs/agr-route.md ("Form definition format"). Example:
//
//   {"id": "agr-1-intake-arts", "version": 1, "title": "...", "requires_signature": false,
//    "items": [{"key": "ric_inzetten", "type": "yes_no", "label": "...", "required": true},
//              {"key": "reden", "type": "single_choice", "label": "...",
//               "options": [{"code": "student", "label": "Student"}],
//               "enable_when": {"behavior": "all", "conditions":
//                 [{"item": "ric_inzetten", "op": "equals", "value": false}]}}]}
//
// A condition's "value" has the JSON type of the referenced item's answer (see answers_json.hpp);
// a date is "YYYY-MM-DD", a duration {"amount": 12, "unit": "weeks"}.

// Reads a definition strictly: unknown keys ("unknown_field") and wrong JSON types
// ("wrong_type") give kBadRequest; unknown codes ("invalid_value") and missing fields
// ("required") give kInvalidInput. Paths name the place: "items[2].options[0].code".
// Does NOT apply the domain rules; see LoadFormDefinition.
core::Result<domain::forms::FormDefinition> ParseFormDefinition(std::string_view json);

// ParseFormDefinition followed by domain::forms::ValidateDefinition.
core::Result<domain::forms::FormDefinition> LoadFormDefinition(std::string_view json);

// The JSON form of a definition. Parsing the result gives back an equal definition.
boost::json::value FormDefinitionToJson(const domain::forms::FormDefinition& def);
std::string SerializeFormDefinition(const domain::forms::FormDefinition& def);

}  // namespace werkpad::codec::forms
