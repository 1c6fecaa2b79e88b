#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::domain::profiles {

// Demand (form 4) against capacity (form 6 or FML), item by item. Pure.
//
// Per relevant item and per measure the demand is compared with the capacity:
//   numeric measures: met when capacity >= demand; otherwise the shortfall is
//     (demand - capacity) / demand, in (0, 1].
//   sets (diensten, verplaatsen): shortfall = share of the demanded elements the person lacks;
//     vervoer: 0 when the person can use at least one of the modes, else 1;
//     zonder_hulpmiddel / volledige_start: 1 when the demand forbids what the person needs.
// The item's severity is its largest shortfall. Computed status: met (0), partly (severity <=
// kPartlyThreshold), does not meet (above). A measure the demand has but the capacity lacks makes
// the item "not assessed" unless another measure already shows a shortfall; "unrestricted"
// capacity meets everything.
// The item's status is the assessor's verdict when there is one (form 6), else the computed
// status; both are reported, and `inconsistent` flags a verdict "voldoet" against values that
// show a shortfall, or "voldoet niet" against values that show none.

inline constexpr double kPartlyThreshold = 0.5;

// The comparison of one measure.
struct MeasureGap {
  Measure measure = Measure::kFrequency;
  // Numeric measures: the numbers (Frequency as 1..5; minutes, kg, hours, times as given).
  // Sets: the bitmasks (ShiftSet / ModeSet bits; 1/0 for zonder_hulpmiddel and volledige_start).
  double demand = 0;
  std::optional<double> capacity;  // nullopt: not assessed
  double shortfall = 0;            // 0 = met, up to 1

  friend bool operator==(const MeasureGap&, const MeasureGap&) = default;
};

struct ItemMatch {
  std::string item;                                          // code
  std::size_t item_index = 0;                                // position in the catalogue
  AssessmentStatus status = AssessmentStatus::kNotAssessed;  // verdict if any, else computed
  std::optional<AssessmentStatus> verdict;  // the assessor's, when given (not kNotAssessed)
  AssessmentStatus computed = AssessmentStatus::kNotAssessed;  // from the values
  bool inconsistent = false;
  double severity = 0;  // largest shortfall, 0..1 (a verdict "voldoet niet" without values: 1;
                        // "voldoet deels" without values: kPartlyThreshold)
  bool unrestricted = false;     // the capacity says "geen beperking"
  std::vector<MeasureGap> gaps;  // every measure the demand sets a requirement on, in catalogue
                                 // order (a demand of 0, or "aid possible", is no requirement)
  // Dutch, for people: "moet 15 kg 10×/uur tillen; kan 5 kg" or "voldoet" or "niet beoordeeld".
  std::string description;
  std::vector<std::string> disciplines;  // who assesses it (assignment), first = primary
  std::string assessed_by;               // the discipline that assessed it, if known

  friend bool operator==(const ItemMatch&, const ItemMatch&) = default;
};

struct MatchSummary {
  int relevant = 0;  // = met + partly + not_met + not_assessed
  int met = 0;
  int partly = 0;
  int not_met = 0;
  int not_assessed = 0;
  int not_relevant = 0;
  int unanswered = 0;  // catalogue items form 4 does not mention
  int inconsistent = 0;

  friend bool operator==(const MatchSummary&, const MatchSummary&) = default;
};

struct DisciplineGroup {
  std::string discipline;          // code
  std::vector<std::string> items;  // codes of the discrepancies it assesses, in severity order

  friend bool operator==(const DisciplineGroup&, const DisciplineGroup&) = default;
};

struct MatchResult {
  // Partly and not met, most severe first: status (voldoet niet before voldoet deels), then
  // severity descending, then catalogue order.
  std::vector<ItemMatch> discrepancies;
  std::vector<ItemMatch> met;             // catalogue order
  std::vector<ItemMatch> not_assessed;    // relevant but no verdict and no comparable values
  std::vector<std::string> not_relevant;  // codes, catalogue order
  std::vector<std::string> unanswered;    // codes, catalogue order
  // Assessments of items the demand does not mark relevant (or not at all): kept, not compared.
  std::vector<std::string> assessed_but_not_relevant;
  // Per discipline (catalogue order of disciplines, then any others by code), the discrepancy
  // items it assesses; an item with several disciplines appears in each. Disciplines without
  // discrepancies are left out.
  std::vector<DisciplineGroup> by_discipline;
  MatchSummary summary;
};

struct MatchOptions {
  DisciplineAssignment assignment;  // default: the catalogue's disciplines
  // Use the assessor's verdicts. True for the revalidant's own job (form 6 judges against its
  // form 4). False when comparing with other functions (ranking): a verdict about one job says
  // nothing about another, so only the values count and an item with a verdict but no values is
  // "not assessed".
  bool use_verdicts = true;
};

// REQUIRES: demand and capacity validated against `catalogue` (ValidateFunctionProfile,
// ValidateCapacityProfile); entries for unknown item codes are ignored.
MatchResult Match(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                  const CapacityProfile& capacity, const MatchOptions& options = {});

// One relevant item alone (used by Match and the ranking's detail). `capacity` may be null (not
// assessed). REQUIRES: item_index < catalogue.items.size(), demand.item is that item.
ItemMatch MatchItem(const ItemCatalogue& catalogue, std::size_t item_index,
                    const ItemDemand& demand, const ItemAssessment* capacity,
                    const MatchOptions& options = {});

// ---------------------------------------------------------------- change between assessments

// Codes "gesloten" (gap closed: was partly/not met, now met), "kleiner" (narrowed: smaller
// severity or better status), "groter" (widened: larger severity or worse status, including met
// -> not met), "nieuw_beoordeeld" (not assessed before, now assessed), "niet_meer_beoordeeld"
// (assessed before, not now), "ongewijzigd".
enum class ChangeKind {
  kClosed,
  kNarrowed,
  kWidened,
  kNewlyAssessed,
  kNoLongerAssessed,
  kUnchanged
};
std::string_view ToCode(ChangeKind k);
std::string_view DutchLabel(ChangeKind k);

struct ItemChange {
  std::string item;
  ChangeKind kind = ChangeKind::kUnchanged;
  AssessmentStatus before = AssessmentStatus::kNotAssessed;
  AssessmentStatus after = AssessmentStatus::kNotAssessed;
  double severity_before = 0;
  double severity_after = 0;
  std::string description;  // Dutch: "tillen: van 'kan 5 kg' naar 'kan 10 kg' (moet 15 kg)"

  friend bool operator==(const ItemChange&, const ItemChange&) = default;
};

struct ChangeSummary {
  int closed = 0, narrowed = 0, widened = 0, newly_assessed = 0, no_longer_assessed = 0,
      unchanged = 0;
  friend bool operator==(const ChangeSummary&, const ChangeSummary&) = default;
};

struct AssessmentChanges {
  std::vector<ItemChange> changes;  // every relevant item except unchanged ones, catalogue order
  ChangeSummary summary;
};

// What changed for the relevant items of `demand` from `previous` to `current`.
AssessmentChanges CompareAssessments(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                                     const CapacityProfile& previous,
                                     const CapacityProfile& current,
                                     const MatchOptions& options = {});

}  // namespace werkpad::domain::profiles
