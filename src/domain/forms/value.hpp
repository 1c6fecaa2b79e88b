#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"

namespace werkpad::domain::forms {

// Unit of a duration answer (for example form 1's expected rehabilitation duration).
enum class DurationUnit { kDays, kWeeks, kMonths };

// Stable codes "days", "weeks", "months".
std::string_view ToCode(DurationUnit unit);
std::optional<DurationUnit> ParseDurationUnit(std::string_view code);
std::span<const DurationUnit> AllDurationUnits();

// A whole amount of a unit: "12 weeks". Amounts are whole numbers on purpose: the forms ask for
// planning estimates, and fractions of months have no calendar meaning.
struct Duration {
  std::int64_t amount = 0;
  DurationUnit unit = DurationUnit::kWeeks;

  friend bool operator==(const Duration&, const Duration&) = default;
};

// `start` plus `d`. Months keep the day of the month and clamp to the month's last day
// (31 January + 1 month = 28/29 February), the usual reading of a planning estimate.
// REQUIRES: start.ok(); d.amount within ±100000 days' worth.
core::Date AddDuration(core::Date start, Duration d);

struct Row;

// One answer. Which alternative an item uses follows from its type (see definition.hpp):
//   std::string              text, long_text, single_choice (option code), party (party code)
//   bool                     yes_no
//   double                   number
//   std::vector<std::string> multiple_choice (option codes, in the order given)
//   Duration                 duration
//   core::Date               date
//   std::vector<Row>         repeatable (one Row per filled-in row)
using Value = std::variant<std::string, bool, double, std::vector<std::string>, Duration,
                           core::Date, std::vector<Row>>;

// Answers keyed by item key. Items inside (non-repeatable) groups answer at the level of the
// group itself, so keys are flat except inside the rows of a repeatable group.
using Answers = std::map<std::string, Value, std::less<>>;

// One row of a repeatable group: the answers to the group's child items.
struct Row {
  Answers answers;

  friend bool operator==(const Row&, const Row&) = default;
};

// False for the "empty" answers a UI sends for an untouched field: a blank or whitespace-only
// string, an empty selection, and an empty list of rows. Every other value counts as answered.
bool IsAnswered(const Value& v);

// The variant alternative's name, for messages: "string", "bool", "number", "list", "duration",
// "date", "rows".
std::string_view ValueKindName(const Value& v);

// A short, loggable rendering of a value for developer messages ("12 weeks", "2026-01-05",
// "[a, b]", "3 rows"). Never used for audit content.
std::string DescribeValue(const Value& v);

}  // namespace werkpad::domain::forms
