#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/matching.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::domain::profiles {

// The data of the progress chart per item (issue 4, "werktraining"): for each relevant item of the
// job and each of its numeric measures with a demand, the demand line and the capacity at every
// assessment, oldest first, so the team and the revalidant see the gap closing. Pure.

struct ProgressPoint {
  std::size_t assessment = 0;  // index into the assessments passed in
  std::optional<core::Date> date;
  std::optional<AssessmentMoment> moment;
  std::optional<double> capacity;  // nullopt: not assessed at that moment (or "geen beperking")
  bool unrestricted = false;       // "geen beperking": above any demand
  AssessmentStatus status = AssessmentStatus::kNotAssessed;  // of the whole item then (Match)
  double severity = 0;                                       // of the whole item then

  friend bool operator==(const ProgressPoint&, const ProgressPoint&) = default;
};

struct MeasureProgress {
  std::string item;  // code
  std::size_t item_index = 0;
  Measure measure = Measure::kFrequency;  // a numeric measure (IsNumeric)
  double demand = 0;                      // the demand line, in the measure's unit
  std::vector<ProgressPoint> points;      // one per assessment, in the order given

  friend bool operator==(const MeasureProgress&, const MeasureProgress&) = default;
};

// `assessments` in time order (oldest first). Items in catalogue order, measures in the item's
// order; items not relevant, and measures without a demand, are left out. Set and yes/no
// measures (diensten, vervoerswijzen, hulpmiddel, aangepaste start) are not charted: their
// progress shows in the points' status.
std::vector<MeasureProgress> Progress(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                                      std::span<const CapacityProfile> assessments,
                                      const MatchOptions& options = {});

}  // namespace werkpad::domain::profiles
