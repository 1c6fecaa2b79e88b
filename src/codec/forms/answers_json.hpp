#pragma once

#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/result.hpp"
#include "domain/forms/definition.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::codec::forms {

// JSON <-> response values. The answers are one object keyed by item key; items inside
// (non-repeatable) groups sit at the same level; a repeatable is an array of row objects:
//
//   {"functie": "Monteur", "uren": 32.5, "heeft_werk": true, "startdatum": "2026-03-02",
//    "hulpmiddelen": ["bril"], "verwachte_duur": {"amount": 12, "unit": "weeks"},
//    "contacten": [{"partij": "jobcoach", "naam": "...", "telefoon": "..."}]}
//
// JSON types per item type: text, long_text, single_choice, party -> string; yes_no -> boolean;
// number -> number; date -> "YYYY-MM-DD"; multiple_choice -> array of strings; duration ->
// {"amount": whole number, "unit": "days"|"weeks"|"months"}; repeatable -> array of objects.
// null means "no answer".

// Reads answers strictly against `def`: keys the definition does not have at that level
// ("unknown_field") and JSON types that do not fit ("wrong_type") are errors; paths match the
// domain validation: "items.functie", "items.contacten[1].telefoon". Values are NOT checked
// against limits or options here; call domain::forms::ValidateAnswers after.
// Errors: as ErrorsToStatus (kBadRequest for wrong_type / unknown_field, else kInvalidInput).
core::Result<domain::forms::Answers> ParseAnswers(std::string_view json,
                                                  const domain::forms::FormDefinition& def);

// The same for an already parsed value (e.g. the "answers" member of a request body); problems
// are appended to `errors` with paths under `path` (normally "items").
domain::forms::Answers ReadAnswers(const boost::json::value& value,
                                   const domain::forms::FormDefinition& def, std::string path,
                                   std::vector<core::FieldError>& errors);

boost::json::value ValueToJson(const domain::forms::Value& value);
boost::json::value AnswersToJson(const domain::forms::Answers& answers);
std::string SerializeAnswers(const domain::forms::Answers& answers);

}  // namespace werkpad::codec::forms
