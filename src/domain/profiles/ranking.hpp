#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/matching.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::domain::profiles {

// Alternative functions: a catalogue of functions (each a form 4 profile) kept column by column,
// and the ranking of all of them by fit for one capacity profile. Pure, single-threaded.
//
// Layout (struct of arrays, one entry per function in every column, padded to a multiple of 8):
//   - per (item, numeric measure) slot: float demand, NaN when the function sets none; yes/no
//     measures also as floats (1 = a requirement, NaN otherwise) plus a byte for DemandOf;
//   - per (item, set measure) slot: uint8 bitmask demand;
//   - per function: a uint64 bitmask of relevant items;
//   - per function: the descriptive fields (code, title, organisation, hours, wage) apart.
// Ranking prepares the capacity per slot once, then walks the columns in blocks of 8,192
// functions, 8 at a time (vector code), computing per item the shortfall exactly as Match does
// (without verdicts) and per function the counts not met / partly / not assessed and the total
// shortfall; packs them into one 64-bit sort key and keeps the top N in a bounded heap. Only the
// N returned functions get the detailed ItemMatches. docs/performance.md has the figures.

inline constexpr std::size_t kMaxFunctions = std::size_t{1} << 24;  // the key keeps 24 index bits
inline constexpr std::size_t kMaxSlots = 64;  // (item, measure) pairs (ValidateCatalogue)

struct FunctionInfo {
  std::string code;
  std::string title;
  std::string organisation;
  std::optional<double> hours_per_week;
  std::optional<std::int64_t> wage_cents;

  friend bool operator==(const FunctionInfo&, const FunctionInfo&) = default;
};

class FunctionCatalogue {
 public:
  // REQUIRES: ValidateCatalogue(items) ok and at most kMaxSlots measures in total.
  explicit FunctionCatalogue(ItemCatalogue items);
  ~FunctionCatalogue();
  FunctionCatalogue(FunctionCatalogue&&) noexcept;
  FunctionCatalogue& operator=(FunctionCatalogue&&) noexcept;

  const ItemCatalogue& items() const;

  // Validates `p` (ValidateFunctionProfile) and appends it; on error nothing is added.
  // Errors: those of ValidateFunctionProfile; kRuleViolation when kMaxFunctions is reached.
  // Free-text parts of the demands (tasks, notes) are not kept.
  core::Status Add(const FunctionProfile& p);
  void Reserve(std::size_t n);
  std::size_t size() const;

  const FunctionInfo& Info(std::size_t f) const;
  // The demand of function f on one item as kept (quantities only). REQUIRES: f < size(),
  // item_index < items().items.size()
  ItemDemand DemandOf(std::size_t f, std::size_t item_index) const;
  // The whole profile as kept (quantities only; not-relevant items listed as such).
  FunctionProfile Profile(std::size_t f) const;

  // The raw columns used by the ranking (for the benchmark's sequential-scan baseline).
  std::vector<std::span<const std::byte>> Columns() const;
  std::size_t ColumnBytes() const;

  struct Data;  // implementation detail (ranking.cpp)
  const Data& data() const { return *d_; }

 private:
  std::unique_ptr<Data> d_;
};

struct RankedFunction {
  std::size_t index = 0;  // position in the FunctionCatalogue (insertion order)
  int relevant = 0;
  int met = 0;
  int partly = 0;
  int not_met = 0;
  int not_assessed = 0;
  double shortfall = 0;  // sum of the item severities (how much is unmet)
  // The relevant items not met or partly met (most severe first), then the not-assessed ones,
  // with Dutch descriptions; only filled for the returned top N.
  std::vector<ItemMatch> unmet;
  std::vector<ItemMatch> not_assessed_items;

  friend bool operator==(const RankedFunction&, const RankedFunction&) = default;
};

// Ranks every function for `capacity` (verdicts are ignored: only values count, see
// MatchOptions::use_verdicts; `assignment` fills ItemMatch::disciplines) and returns the best
// `top_n` (fewer when the catalogue is smaller), best first. Order: fewest items not met, then
// fewest partly met, then the smallest total shortfall (compared in steps of 2^-15), then fewest
// not assessed, then catalogue order. REQUIRES: capacity validated against catalogue.items().
std::vector<RankedFunction> RankFunctions(const FunctionCatalogue& catalogue,
                                          const CapacityProfile& capacity, std::size_t top_n,
                                          const DisciplineAssignment& assignment = {});

}  // namespace werkpad::domain::profiles
