#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/forms/value.hpp"

namespace werkpad::domain::forms {

// One changed field, for the field history of a response (who changed what is recorded by the
// caller around it). An absent old_value means the field was added, an absent new_value that it
// was cleared.
struct FieldChange {
  std::string path;  // "items.functie", "items.contacten[1].telefoon" (row indices from 0)
  std::optional<Value> old_value;
  std::optional<Value> new_value;

  friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

// The differences between two sets of answers, ordered by path (keys sorted, rows by index).
// Repeatable answers are compared row by row, field by field: a changed phone number in row 1
// gives "items.contacten[1].telefoon"; a removed row gives one change per field it had.
// Unanswered values (IsAnswered() false) count as absent, so "" -> absent is no change.
// Pure; needs no definition.
std::vector<FieldChange> DiffAnswers(const Answers& before, const Answers& after);

}  // namespace werkpad::domain::forms
