#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::domain::forms {

// Forms are data, not code: an institution may replace the AGR forms by its own ("het verzamelen
// van de benodigde gegevens is belangrijker dan de exacte wijze", handbook ch. 4). The model
// follows HL7 FHIR R4 Questionnaire loosely (DOMAIN.md §9): an item's `key` plays the role of
// linkId.
//
// A published definition (id + version) is never edited; a change makes a new version, and stored
// responses keep the version they were made with (ARCHITECTURE.md, "A new form").

enum class ItemType {
  kText,            // one line of text
  kLongText,        // free text over several lines
  kYesNo,           // true / false
  kSingleChoice,    // one option code
  kMultipleChoice,  // a list of distinct option codes
  kNumber,          // a number with unit, min, max and allowed decimals
  kDuration,        // whole amount + unit (days, weeks, months)
  kDate,            // a calendar date
  kParty,           // a consent party code (consent::IsValidPartyCode), e.g. "werkgever"
  kGroup,           // a heading with child items; children answer at the group's own level
  kRepeatable,      // a group whose answer is a list of rows, each answering the child items
  kDisplay,         // text shown to the reader; never answered
};

// Codes "text", "long_text", "yes_no", "single_choice", "multiple_choice", "number", "duration",
// "date", "party", "group", "repeatable", "display".
std::string_view ToCode(ItemType type);
std::optional<ItemType> ParseItemType(std::string_view code);
std::span<const ItemType> AllItemTypes();

// Whether an item of this type carries an answer (everything except group and display).
bool IsAnswerable(ItemType type);

// How an enable-when condition compares the referenced item's answer. As in FHIR R4 enableWhen,
// an unanswered (or disabled) item makes kEquals and kNotEquals false; use kNotAnswered for "is
// empty". For multiple_choice, kEquals means "the option is among the selected ones" and
// kNotEquals "it is answered and the option is not selected".
enum class ConditionOp { kEquals, kNotEquals, kAnswered, kNotAnswered };

// Codes "equals", "not_equals", "answered", "not_answered".
std::string_view ToCode(ConditionOp op);
std::optional<ConditionOp> ParseConditionOp(std::string_view code);

enum class EnableBehavior { kAll, kAny };

// Codes "all", "any".
std::string_view ToCode(EnableBehavior b);
std::optional<EnableBehavior> ParseEnableBehavior(std::string_view code);

struct Condition {
  std::string item;  // key of an earlier item in the same row or an enclosing scope
  ConditionOp op = ConditionOp::kEquals;
  std::optional<Value> value;  // required for equals / not_equals, absent otherwise; its
                               // alternative matches the referenced item's type (an option code
                               // for choices, bool for yes_no, Date for date, ...)

  friend bool operator==(const Condition&, const Condition&) = default;
};

struct EnableWhen {
  EnableBehavior behavior = EnableBehavior::kAll;
  std::vector<Condition> conditions;

  friend bool operator==(const EnableWhen&, const EnableWhen&) = default;
};

struct ChoiceOption {
  std::string code;   // stable snake_case code stored in answers
  std::string label;  // Dutch label (data)

  friend bool operator==(const ChoiceOption&, const ChoiceOption&) = default;
};

// One question (or heading, or displayed text). Fields that do not apply to the item's type must
// stay empty; ValidateDefinition reports them as "not_applicable".
struct Item {
  std::string key;  // [a-z][a-z0-9_]*, at most 64 characters, unique in the whole definition
  ItemType type = ItemType::kText;
  std::string label;      // Dutch (data); for display items the text shown
  std::string help;       // optional help text
  bool required = false;  // answerable types only; checked on finalise, when the item is enabled

  std::optional<std::int64_t> max_length;  // text, long_text; default kDefaultTextMax / LongText
  std::vector<ChoiceOption> options;       // single_choice, multiple_choice (required); party
                                           // (optional: restricts the allowed party codes)
  std::string unit;                        // number: unit shown after the value ("uur", "kg")
  std::optional<double> min;               // number: value; duration: amount
  std::optional<double> max;               // number: value; duration: amount
  std::optional<std::int64_t> decimals;    // number: allowed decimals (0..6, default 0)
  std::vector<DurationUnit> units;         // duration: allowed units (required, distinct)
  std::optional<std::int64_t> min_rows;    // repeatable (default 0)
  std::optional<std::int64_t> max_rows;    // repeatable (default kDefaultMaxRows)
  std::vector<Item> items;                 // group, repeatable: child items (required)
  std::optional<EnableWhen> enable_when;   // absent = always enabled

  friend bool operator==(const Item&, const Item&) = default;
};

struct FormDefinition {
  std::string id;                   // [a-z0-9]+(-[a-z0-9]+)*, at most 64: "agr-1-intake-arts"
  std::int64_t version = 1;         // >= 1
  std::string title;                // Dutch (data)
  std::string description;          // optional
  bool requires_signature = false;  // final responses must then be signed to be complete
  std::vector<Item> items;

  friend bool operator==(const FormDefinition&, const FormDefinition&) = default;
};

inline constexpr std::int64_t kDefaultTextMax = 500;
inline constexpr std::int64_t kDefaultLongTextMax = 10000;
inline constexpr std::int64_t kMaxTextLimit = 100000;
inline constexpr std::int64_t kDefaultMaxRows = 50;
inline constexpr std::int64_t kMaxRowsLimit = 1000;
inline constexpr std::int64_t kMaxDecimals = 6;
inline constexpr std::size_t kMaxKeyLength = 64;
inline constexpr std::size_t kMaxNesting = 8;

// The maximum text length that applies to a text or long_text item.
std::int64_t EffectiveMaxLength(const Item& item);
// The maximum number of rows of a repeatable item.
std::int64_t EffectiveMaxRows(const Item& item);

// Checks a definition and returns every problem at once. Paths name the item by position, e.g.
// "items[3].items[0].key", "items[2].enable_when.conditions[0].item".
// Errors: kInvalidInput with field codes
//   invalid_id, out_of_range, required, invalid_key, duplicate_key, not_applicable, invalid_code,
//   duplicate_option, invalid_limits, unknown_item, forward_reference, not_answerable,
//   out_of_scope, wrong_type, invalid_option, too_deep.
// Rules: keys unique across the definition; choice items have options with distinct codes;
// groups and repeatables have children; limits are consistent (min <= max, decimals 0..6,
// 0 <= min_rows <= max_rows <= 1000); an enable-when condition references an answerable item
// that comes EARLIER in document order, in the same row scope or an enclosing one, with a value
// of the referenced item's type (and an existing option code for choices).
core::Status ValidateDefinition(const FormDefinition& def);

// The item with `key` anywhere in the definition, or nullptr.
const Item* FindItem(const FormDefinition& def, std::string_view key);

}  // namespace werkpad::domain::forms
