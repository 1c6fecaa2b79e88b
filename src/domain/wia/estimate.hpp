#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace werkpad::domain::wia {

// Money in euro cents. Whether the amounts are hourly, monthly or yearly wages does not matter as
// long as all amounts of one estimate use the same unit (UWV compares like with like).
using Cents = std::int64_t;

// Upper bound of any amount: 100 million euro. Keeps every intermediate product far from overflow.
inline constexpr Cents kMaxCents = 10'000'000'000;
inline constexpr std::size_t kMinSuitableFunctions = 3;

// What the estimate needs. Give exactly one of `restverdiencapaciteit` (the remaining earning
// capacity, known) or `functielonen` (the wages of the suitable functions the arbeidsdeskundige
// selected, at least three).
struct WiaInput {
  Cents maatmanloon = 0;  // wage before the sickness ("wage of the healthy comparable person")
  std::optional<Cents> restverdiencapaciteit;
  std::vector<Cents> functielonen;
  bool duurzaam = false;  // the incapacity is lasting (no reasonable chance of recovery)
};

// Codes "geen_wia", "wga", "iva".
enum class WiaOutcome { kGeenWia, kWga, kIva };
std::string_view ToCode(WiaOutcome o);

struct WiaEstimate {
  Cents restverdiencapaciteit = 0;
  // The loss of earning capacity in hundredths of a percent, truncated: 3499 = 34.99%.
  int ao_hundredths = 0;
  WiaOutcome outcome = WiaOutcome::kGeenWia;
  // When computed from functions: the three highest wages, descending; the middle one is used.
  std::vector<Cents> functions_used;

  double ao_percentage() const { return ao_hundredths / 100.0; }
};

// Thresholds in hundredths of a percent.
// Source: uwv.nl "Arbeidsongeschiktheidspercentage bij WIA" (35% or more for a WIA benefit);
// DOMAIN.md sections 5 and 7 (35-80% WGA; 80% or more and durable IVA; 80% or more not durable
// WGA), checked 2026-11-23.
inline constexpr int kWiaThresholdHundredths = 3500;
inline constexpr int kFullyDisabledHundredths = 8000;

// The remaining earning capacity from suitable functions: the middle wage of the three
// highest-paid ones (the second highest).
// Source: uwv.nl "Arbeidsongeschiktheidspercentage bij WIA" ("De arbeidsdeskundige neemt 3 banen
// ... Van de 3 banen neemt de arbeidsdeskundige het middelste loon"); leanz.nl ("minimaal 3
// functies"), checked 2026-11-23.
// Errors: kInvalidInput, path "functielonen": "too_few_functions" (fewer than three),
// "functielonen[i]": "not_positive", "out_of_range".
core::Result<Cents> RemainingEarningCapacity(std::span<const Cents> function_wages);

// AO% = (maatmanloon - restverdiencapaciteit) / maatmanloon, in hundredths of a percent, rounded
// down (truncated) to two decimals; 0 when the remaining capacity is at least the old wage.
// Source: UWV decisions state the percentage with two decimals (48,33% in ECLI:NL:CRVB:2025:891;
// 75,92% in ECLI:NL:RBZWB:2023:6554; 69,92% and 70,09% in ECLI:NL:RBMNE:2022:2756), checked
// 2026-11-23. None of the sources consulted states the rounding direction; we round down so that a
// loss below a threshold never reaches it by rounding (34.996% stays 34.99%: geen_wia). See
// docs/poortwachter-rules.md.
// REQUIRES: 0 < maatmanloon <= kMaxCents, 0 <= restverdiencapaciteit <= kMaxCents
int LossOfEarningCapacityHundredths(Cents maatmanloon, Cents restverdiencapaciteit);

// Outcome for a percentage: < 35.00% geen_wia; 35.00% up to 79.99% wga; 80.00% or more: iva when
// durable, else wga.
WiaOutcome OutcomeFor(int ao_hundredths, bool duurzaam);

// The whole estimate. Errors: kInvalidInput with field codes
//   maatmanloon: "not_positive", "out_of_range"
//   restverdiencapaciteit: "negative", "out_of_range"
//   restverdiencapaciteit + functielonen: "exactly_one_required" (both or neither given)
//   functielonen...: as RemainingEarningCapacity
core::Result<WiaEstimate> EstimateWia(const WiaInput& input);

}  // namespace werkpad::domain::wia
