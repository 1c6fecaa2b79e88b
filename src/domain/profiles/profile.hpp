#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/values.hpp"

namespace werkpad::domain::profiles {

// ---------------------------------------------------------------- form 4: function-demand profile

// One form 4 item: relevant for the job or not, and if relevant the demand in the item's units.
struct ItemDemand {
  std::string item;  // ItemDefinition::code
  bool relevant = false;
  DemandValue value;  // alternative of the item's kind; ignored (and should be empty) if !relevant
  std::string note;   // free text (Dutch), e.g. what the employer said

  friend bool operator==(const ItemDemand&, const ItemDemand&) = default;
};

// A form 4 profile: the demands of one function. For a revalidant's own job the store keeps it as
// the form 4 of the case; for the alternative-function catalogue each function is one of these.
// Items absent from `items` are "not answered" (form 4 asks every item to be marked relevant or
// not; matching lists unanswered items explicitly).
struct FunctionProfile {
  std::string code;          // external reference (CSV "code"), may be empty
  std::string title;         // "Magazijnmedewerker"
  std::string organisation;  // employer or department
  std::optional<double> hours_per_week;
  std::optional<std::int64_t> wage_cents;  // gross wage in euro cents (per month unless stated)
  std::vector<ItemDemand> items;

  const ItemDemand* Find(std::string_view item_code) const;
  friend bool operator==(const FunctionProfile&, const FunctionProfile&) = default;
};

// ---------------------------------------------------------------- form 6 / FML: capacity profile

// The assessor's verdict on one item (form 6). Codes "voldoet", "voldoet_deels", "voldoet_niet",
// "niet_beoordeeld". Also the status of an item in a match (matching.hpp).
enum class AssessmentStatus { kMeets, kPartly, kDoesNotMeet, kNotAssessed };
std::string_view ToCode(AssessmentStatus s);
std::optional<AssessmentStatus> ParseAssessmentStatus(std::string_view code);
std::span<const AssessmentStatus> AllAssessmentStatuses();
std::string_view DutchLabel(AssessmentStatus s);  // "voldoet", "voldoet deels", ...

// Where a capacity profile comes from. Codes "formulier6" (AGR form 6 by the team's
// disciplines), "fml" (UWV/bedrijfsarts Functionele Mogelijkhedenlijst), "izp"
// (inzetbaarheidsprofiel), "bar" (Belastbaarheidsprofiel, ICF based). All use the catalogue's item
// codes: an FML is entered item by item in the same units.
enum class CapacitySource { kForm6, kFml, kIzp, kBar };
std::string_view ToCode(CapacitySource s);
std::optional<CapacitySource> ParseCapacitySource(std::string_view code);

// Moment of a form 6 assessment in the AGR route. Codes "eerste_indruk", "herbeoordeling",
// "definitief".
enum class AssessmentMoment { kEersteIndruk, kHerbeoordeling, kDefinitief };
std::string_view ToCode(AssessmentMoment m);
std::optional<AssessmentMoment> ParseAssessmentMoment(std::string_view code);

// One item of a capacity profile.
struct ItemAssessment {
  std::string item;  // ItemDefinition::code
  // The assessor's verdict. For FML/IZP/BAR profiles usually kNotAssessed: then the matching
  // computes the status from the values.
  AssessmentStatus status = AssessmentStatus::kNotAssessed;
  // What the person can do, in the item's units (alternative of the item's kind). nullopt when
  // only a verdict was given.
  std::optional<CapacityValue> value;
  // "Geen beperking" (FML level 0, "normaal"): meets any demand on this item.
  bool unrestricted = false;
  std::string discipline;  // who assessed (discipline code); may be empty for FML
  std::string assessor;    // name or user reference, as the store keeps it
  std::optional<core::Date> date;
  std::string note;

  friend bool operator==(const ItemAssessment&, const ItemAssessment&) = default;
};

// A person profile at one moment: a form 6 assessment (one of a series kept over time) or an FML.
struct CapacityProfile {
  CapacitySource source = CapacitySource::kForm6;
  std::optional<AssessmentMoment> moment;  // form 6 only
  std::optional<core::Date> date;
  std::string assessor;  // for FML: the verzekeringsarts / bedrijfsarts
  std::vector<ItemAssessment> items;

  const ItemAssessment* Find(std::string_view item_code) const;
  friend bool operator==(const CapacityProfile&, const CapacityProfile&) = default;
};

// ---------------------------------------------------------------- validation

// Limits on free text.
inline constexpr std::size_t kMaxTextLength = 2000;
inline constexpr std::size_t kMaxTitleLength = 200;
inline constexpr double kMaxHoursPerWeek = 168;
inline constexpr std::int64_t kMaxWageCents = 10'000'000'00;  // 10 million euro

// Checks a form 4 profile against the catalogue. kInvalidInput with field errors, paths
// "items[2].value.weight_kg" etc.:
//   "unknown_item", "duplicate" (an item twice), "wrong_kind" (value alternative not of the
//   item's kind), "measure_not_of_item" (a quantity the item does not measure, e.g. kg for
//   lopen), "out_of_range" (negative, above MaxValue, NaN), "required" (a relevant item without
//   any quantity: form 4 needs at least one, e.g. the frequency of a task item; empty title),
//   "not_relevant_with_value" (quantities on an item marked not relevant), "too_long".
core::Status ValidateFunctionProfile(const ItemCatalogue& catalogue, const FunctionProfile& p);

// Checks a capacity profile. Same codes (a verdict without values is fine, and so are values
// without a verdict), plus "unknown_discipline" (discipline not in the catalogue) and
// "unrestricted_with_value" (both "geen beperking" and values).
core::Status ValidateCapacityProfile(const ItemCatalogue& catalogue, const CapacityProfile& p);

}  // namespace werkpad::domain::profiles
