#pragma once

// Internal to domain/profiles (matching and ranking): values as numbers per measure, and the
// one definition of a measure's shortfall. Not part of the contract with other layers.

#include <optional>

#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/values.hpp"

namespace werkpad::domain::profiles::detail {

// The requirement a demand sets on one measure, as a number: nullopt when the demand sets none
// (field absent, 0, an empty set, or "aid/adapted start possible"). Frequencies are 1..5; sets
// are bitmasks; kWithoutAid and kFullStart are 1 ("must do without aid", "must start full").
// REQUIRES: value holds the alternative of item.kind.
std::optional<double> DemandMeasure(const ItemDefinition& item, const DemandValue& value,
                                    Measure m);

// What a capacity offers on one measure: nullopt when not assessed. kWithoutAid: 1 when the
// person does not need an aid, 0 when they do; kFullStart: 1 when no adapted start is needed.
std::optional<double> CapacityMeasure(const ItemDefinition& item, const CapacityValue& value,
                                      Measure m);

// Any-of semantics: vervoer's modes (one shared mode suffices).
bool IsAnyOf(const ItemDefinition& item, Measure m);

// Shortfall in [0, 1] of `capacity` against the requirement `demand` (> 0).
//   numeric: max(0, (demand - capacity) / demand)
//   all-of sets: share of demanded bits not in capacity
//   any-of sets: 0 when they share a bit, else 1
double Shortfall(bool numeric, bool any_of, double demand, double capacity);

int PopCount(unsigned bits);

}  // namespace werkpad::domain::profiles::detail
