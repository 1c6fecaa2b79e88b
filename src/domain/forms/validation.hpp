#pragma once

#include "core/result.hpp"
#include "domain/forms/definition.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::domain::forms {

// Two levels of checking, because team members fill a form one after another (handbook ch. 2,
// "ICT": "met meerdere personen na elkaar in hetzelfde formulier kunnen werken"):
//   kDraft  types and limits only; a partial response is fine.
//   kFinal  additionally every required item that is enabled must be answered and every
//           repeatable must have at least min_rows rows.
enum class ValidationMode { kDraft, kFinal };

// Checks `answers` against `def`. Every problem becomes one FieldError whose path names the item:
// "items.werkgever_naam", "items.contacten[1].telefoon" (row indices count from 0).
// Errors: kInvalidInput with field codes
//   unknown_item     a key the definition does not have (at that level)
//   not_answerable   an answer for a group or display item
//   wrong_type       the value's kind does not fit the item's type
//   too_long         text longer than the item's max_length
//   out_of_range     number / duration amount outside min..max
//   too_many_decimals
//   invalid_option   choice code not among the options (or party code not allowed)
//   duplicate_option a multiple-choice code selected twice
//   invalid_unit     duration unit not allowed for the item
//   too_many_rows / too_few_rows (too_few_rows only in kFinal)
//   required         (kFinal only) an enabled required item is unanswered
// In kFinal, answers of DISABLED items are not checked at all: FinalAnswers removes them.
// In kDraft they are checked for type and limits and kept, so that toggling the condition back
// does not lose work.
// REQUIRES: ValidateDefinition(def).ok()
core::Status ValidateAnswers(const FormDefinition& def, const Answers& answers,
                             ValidationMode mode);

// The answers that a final response stores: answers of disabled items (and of items inside
// disabled groups) are removed, and so are empty answers (IsAnswered() false), recursively inside
// rows. Answers of disabled items are cleared rather than kept because they no longer apply and
// data that does not apply should not be kept (data minimisation, AVG art. 5(1)(c)).
// Does not validate; call ValidateAnswers(kFinal) first.
// REQUIRES: ValidateDefinition(def).ok()
Answers FinalAnswers(const FormDefinition& def, const Answers& answers);

// Whether item `key` is enabled given `answers` (for a top-level item; items inside a repeatable
// depend on their row and are not covered). Unknown keys are reported as not enabled.
// REQUIRES: ValidateDefinition(def).ok()
bool IsEnabled(const FormDefinition& def, const Answers& answers, std::string_view key);

}  // namespace werkpad::domain::forms
