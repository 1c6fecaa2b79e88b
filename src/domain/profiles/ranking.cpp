#include "domain/profiles/ranking.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "domain/profiles/measure_values.hpp"

namespace werkpad::domain::profiles {

namespace {

// Boolean measures (zonder_hulpmiddel, volledige_start) keep their demand twice: as a float in the
// hot columns (1 = a requirement: aid / adapted start NOT possible; NaN otherwise), so the ranking
// treats them like numbers (capacity 1 = can do without, 0 = cannot), and as a byte for
// DemandOf: 0 = not given, 1 = not possible, 2 = possible.
constexpr std::uint8_t kBoolRequired = 1;
constexpr std::uint8_t kBoolPossible = 2;

bool IsBool(Measure m) { return m == Measure::kWithoutAid || m == Measure::kFullStart; }

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
// Functions per block of the ranking kernel (long runs per column keep the hardware prefetcher
// busy; the per-block counters stay in L2).
constexpr std::size_t kBlock = 8192;
// Every column is padded to a multiple of this (NaN / 0: no demand), so the kernel only runs
// whole vectors.
constexpr std::size_t kPad = 8;

// Sort key layout (most significant first): not met 6 bits, partly 6, total shortfall in steps
// of 2^-15 22 bits, not assessed 6, index 24.
constexpr int kIndexBits = 24;
constexpr int kNotAssessedShift = 24;
constexpr int kShortfallShift = 30;
constexpr int kPartlyShift = 52;
constexpr int kNotMetShift = 58;
constexpr double kShortfallScale = 32768.0;
constexpr std::uint64_t kShortfallMax = (std::uint64_t{1} << 22) - 1;

}  // namespace

struct FunctionCatalogue::Data {
  enum class Store { kNumber, kBool, kSet };
  struct Slot {
    std::size_t item = 0;
    Measure measure = Measure::kFrequency;
    Store store = Store::kNumber;
    bool any_of = false;
    std::size_t hot = 0;   // float column (kNumber, kBool)
    std::size_t byte = 0;  // byte column (kSet: the demand bits; kBool: 0/1/2)
  };

  ItemCatalogue items;
  std::vector<Slot> slots;
  std::vector<std::pair<std::size_t, std::size_t>> item_slots;  // [first, last) per item
  std::vector<std::vector<float>> hot;                          // per number/bool slot, padded
  std::vector<std::vector<std::uint8_t>> bytes;                 // per set/bool slot, padded
  std::vector<std::uint64_t> relevant;                          // per function: item bits, padded
  std::vector<FunctionInfo> info;
  std::size_t padded = 0;  // length of every column: a multiple of kPad >= info.size()

  void Grow(std::size_t to) {
    for (auto& c : hot) c.resize(to, kNaN);
    for (auto& c : bytes) c.resize(to, 0);
    relevant.resize(to, 0);
    padded = to;
  }
};

FunctionCatalogue::FunctionCatalogue(ItemCatalogue items) : d_(std::make_unique<Data>()) {
  d_->items = std::move(items);
  for (std::size_t i = 0; i < d_->items.items.size(); ++i) {
    const ItemDefinition& item = d_->items.items[i];
    const std::size_t first = d_->slots.size();
    for (Measure m : item.measures) {
      Data::Slot s;
      s.item = i;
      s.measure = m;
      s.any_of = detail::IsAnyOf(item, m);
      s.store = IsNumeric(m) ? Data::Store::kNumber
                             : (IsBool(m) ? Data::Store::kBool : Data::Store::kSet);
      if (s.store != Data::Store::kSet) {
        s.hot = d_->hot.size();
        d_->hot.emplace_back();
      }
      if (s.store != Data::Store::kNumber) {
        s.byte = d_->bytes.size();
        d_->bytes.emplace_back();
      }
      d_->slots.push_back(s);
    }
    d_->item_slots.emplace_back(first, d_->slots.size());
  }
}

FunctionCatalogue::~FunctionCatalogue() = default;
FunctionCatalogue::FunctionCatalogue(FunctionCatalogue&&) noexcept = default;
FunctionCatalogue& FunctionCatalogue::operator=(FunctionCatalogue&&) noexcept = default;

const ItemCatalogue& FunctionCatalogue::items() const { return d_->items; }
std::size_t FunctionCatalogue::size() const { return d_->info.size(); }
const FunctionInfo& FunctionCatalogue::Info(std::size_t f) const { return d_->info[f]; }

void FunctionCatalogue::Reserve(std::size_t n) {
  const std::size_t padded = (n + kPad - 1) / kPad * kPad;
  for (auto& c : d_->hot) c.reserve(padded);
  for (auto& c : d_->bytes) c.reserve(padded);
  d_->relevant.reserve(padded);
  d_->info.reserve(n);
}

core::Status FunctionCatalogue::Add(const FunctionProfile& p) {
  if (size() >= kMaxFunctions) {
    return core::Error::Rule("the function catalogue is full (at most 16,777,216 functions)");
  }
  WP_RETURN_IF_ERROR(ValidateFunctionProfile(d_->items, p));
  const std::size_t f = size();
  if (f == d_->padded) d_->Grow(d_->padded + kPad);
  std::uint64_t relevant = 0;
  for (const ItemDemand& demand : p.items) {
    if (!demand.relevant) continue;
    const std::size_t i = *d_->items.IndexOf(demand.item);
    relevant |= std::uint64_t{1} << i;
    std::vector<std::pair<Measure, std::optional<double>>> fields;
    ForEachField(demand.value,
                 [&](Measure m, std::optional<double> v) { fields.emplace_back(m, v); });
    for (std::size_t k = d_->item_slots[i].first; k < d_->item_slots[i].second; ++k) {
      const Data::Slot& s = d_->slots[k];
      std::optional<double> raw;
      for (const auto& [m, v] : fields) {
        if (m == s.measure) raw = v;
      }
      if (!raw) continue;
      switch (s.store) {
        case Data::Store::kNumber:
          d_->hot[s.hot][f] = static_cast<float>(*raw);
          break;
        case Data::Store::kBool:
          // raw is "possible" (aid possible / adapted start possible): 1 true, 0 false.
          d_->bytes[s.byte][f] = *raw != 0 ? kBoolPossible : kBoolRequired;
          if (*raw == 0) d_->hot[s.hot][f] = 1.0f;
          break;
        case Data::Store::kSet:
          d_->bytes[s.byte][f] = static_cast<std::uint8_t>(*raw);
          break;
      }
    }
  }
  d_->relevant[f] = relevant;
  d_->info.push_back({p.code, p.title, p.organisation, p.hours_per_week, p.wage_cents});
  return core::Ok();
}

ItemDemand FunctionCatalogue::DemandOf(std::size_t f, std::size_t item_index) const {
  const ItemDefinition& item = d_->items.items[item_index];
  ItemDemand out;
  out.item = item.code;
  out.relevant = (d_->relevant[f] >> item_index) & 1;
  if (!out.relevant) return out;
  out.value = EmptyDemand(item.kind);
  for (std::size_t k = d_->item_slots[item_index].first; k < d_->item_slots[item_index].second;
       ++k) {
    const Data::Slot& s = d_->slots[k];
    std::optional<double> v;
    std::uint8_t b = 0;
    if (s.store == Data::Store::kNumber) {
      const float x = d_->hot[s.hot][f];
      if (!std::isnan(x)) v = x;
    } else {
      b = d_->bytes[s.byte][f];
    }
    std::visit(
        [&](auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, TaskDemand>) {
            if (s.measure == Measure::kFrequency && v) {
              value.frequency = static_cast<Frequency>(static_cast<int>(*v));
            }
            if (s.measure == Measure::kWithoutAid && b != 0)
              value.aid_possible = b == kBoolPossible;
          } else if constexpr (std::is_same_v<T, StaticDemand>) {
            if (s.measure == Measure::kMinutesPerDay) value.minutes_per_day = v;
            if (s.measure == Measure::kMinutesContinuous) value.minutes_continuous = v;
          } else if constexpr (std::is_same_v<T, DynamicDemand>) {
            if (s.measure == Measure::kTimes) value.times = v;
            if (s.measure == Measure::kWeightKg) value.weight_kg = v;
            if (s.measure == Measure::kMinutesContinuous) value.minutes_continuous = v;
          } else if constexpr (std::is_same_v<T, HoursDemand>) {
            if (s.measure == Measure::kHoursPerDay) value.hours_per_day = v;
            if (s.measure == Measure::kHoursPerWeek) value.hours_per_week = v;
          } else if constexpr (std::is_same_v<T, ShiftsDemand>) {
            value.shifts.bits = b;
          } else if constexpr (std::is_same_v<T, AdaptedStartDemand>) {
            if (b != 0) value.possible = b == kBoolPossible;
          } else if constexpr (std::is_same_v<T, MobilityDemand>) {
            if (s.measure == Measure::kModes) value.modes.bits = b;
            if (s.measure == Measure::kTravelMinutes) value.travel_minutes = v;
          }
        },
        out.value);
  }
  return out;
}

FunctionProfile FunctionCatalogue::Profile(std::size_t f) const {
  const FunctionInfo& info = d_->info[f];
  FunctionProfile p;
  p.code = info.code;
  p.title = info.title;
  p.organisation = info.organisation;
  p.hours_per_week = info.hours_per_week;
  p.wage_cents = info.wage_cents;
  for (std::size_t i = 0; i < d_->items.items.size(); ++i) p.items.push_back(DemandOf(f, i));
  return p;
}

std::vector<std::span<const std::byte>> FunctionCatalogue::Columns() const {
  // The columns RankFunctions reads for every function: the float columns and the set bytes.
  std::vector<std::span<const std::byte>> out;
  for (const auto& c : d_->hot) out.push_back(std::as_bytes(std::span(c)));
  for (const auto& s : d_->slots) {
    if (s.store == Data::Store::kSet) out.push_back(std::as_bytes(std::span(d_->bytes[s.byte])));
  }
  return out;
}

std::size_t FunctionCatalogue::ColumnBytes() const {
  std::size_t n = 0;
  for (const auto& c : Columns()) n += c.size();
  return n;
}

namespace {

// Eight floats. GCC and Clang map the arithmetic to SSE on any x86-64 (two registers per
// vector) and to one AVX register in the AVX2 clone of the kernel below.
// The helpers taking and returning V8 are internal and inlined: the psabi note (the calling
// convention of 32-byte vectors differs with and without AVX) does not apply to them.
#pragma GCC diagnostic ignored "-Wpsabi"
using V8 = float __attribute__((vector_size(32)));
constexpr std::size_t kLanes = 8;
static_assert(kPad % kLanes == 0 && kBlock % kPad == 0);

inline V8 Load(const float* p) {
  V8 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline void Put(float* p, V8 v) { std::memcpy(p, &v, sizeof v); }
inline V8 Splat(float x) { return V8{x, x, x, x, x, x, x, x}; }

using V8i = std::int32_t __attribute__((vector_size(32)));
using V8b = std::uint8_t __attribute__((vector_size(8)));
// Eight bytes widened to eight int32 lanes.
inline V8i Bytes(const std::uint8_t* p) {
  V8b b;
  std::memcpy(&b, p, sizeof b);
  return __builtin_convertvector(b, V8i);
}
// Bits set per lane, for values below 256.
inline V8i PopCount8(V8i x) {
  x = x - ((x >> 1) & 0x55);
  x = (x & 0x33) + ((x >> 2) & 0x33);
  return (x + (x >> 4)) & 0x0f;
}

// The capacity prepared for one item.
struct PreparedItem {
  struct Number {
    const float* column;  // the demand column (whole catalogue)
    float capacity;       // +inf when unrestricted
  };
  struct Set {
    const std::uint8_t* column;
    std::int32_t capacity;  // bitmask (255 when unrestricted)
    bool any_of;
  };
  std::vector<Number> numbers;                // known number/bool slots
  std::vector<Set> sets;                      // known set slots
  std::vector<const float*> unknown_numbers;  // slots without a capacity
  std::vector<const std::uint8_t*> unknown_sets;
};

// Whether one function may miss on one item: a shortfall on a known slot, or a demand on a slot
// without capacity. Scalar, for the few functions returned (false means the item is met, so the
// detailed matching with its descriptions can be skipped).
bool MayMiss(const PreparedItem& it, std::size_t f) {
  for (const auto& num : it.numbers) {
    if (num.column[f] > num.capacity) return true;  // NaN compares false
  }
  for (const auto& set : it.sets) {
    const std::int32_t dm = set.column[f];
    if (dm == 0) continue;
    if (set.any_of ? (dm & set.capacity) == 0 : (dm & ~set.capacity) != 0) return true;
  }
  for (const float* column : it.unknown_numbers) {
    if (column[f] > 0) return true;
  }
  for (const std::uint8_t* column : it.unknown_sets) {
    if (column[f] != 0) return true;
  }
  return false;
}

// Per-block scratch: the accumulated counts and total shortfall per function.
struct Scratch {
  alignas(32) std::array<float, kBlock> counts, total;
};

// Scores functions [base, base + count), count a multiple of kLanes and at most kBlock: per item
// and 8 functions at a time the worst shortfall over the item's slots (in registers), then the
// function's counts, packed into one float (not met x 4096 + partly x 64 + not assessed; exact,
// each count is <= 64), and its total shortfall. Compiled twice on x86-64 GCC (AVX2 and baseline),
// chosen once at load time.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void ScoreBlock(const std::vector<PreparedItem>& items, std::size_t base, std::size_t count,
                Scratch& s) {
  const V8 zero = Splat(0.0f);
  const V8 one = Splat(1.0f);
  const V8 threshold = Splat(static_cast<float>(kPartlyThreshold));
  const V8 k_not_met = Splat(4096.0f);
  const V8 k_partly = Splat(64.0f);
  std::fill_n(s.counts.begin(), count, 0.0f);
  std::fill_n(s.total.begin(), count, 0.0f);
  for (const PreparedItem& it : items) {
    const bool has_unknown = !it.unknown_numbers.empty() || !it.unknown_sets.empty();
    for (std::size_t f = 0; f < count; f += kLanes) {
      V8 w = zero;
      for (const auto& num : it.numbers) {
        // shortfall = max(demand - capacity, 0) / demand. No demand (NaN) or a demand of 0
        // gives NaN, which the comparison ignores; capacity +inf gives 0.
        const V8 dm = Load(num.column + base + f);
        const V8 diff = dm - num.capacity;  // the scalar is broadcast
        const V8 sf = (diff > zero ? diff : zero) / dm;
        w = sf > w ? sf : w;
      }
      for (const auto& set : it.sets) {
        // all of: share of the demanded bits the capacity lacks (0/0 = NaN when no demand);
        // any of: 1 when demanded and no bit shared.
        const V8i dm = Bytes(set.column + base + f);
        V8 sf;
        if (set.any_of) {
          sf = ((dm & set.capacity) == 0) & (dm != 0) ? one : zero;
        } else {
          sf = __builtin_convertvector(PopCount8(dm & ~set.capacity), V8) /
               __builtin_convertvector(PopCount8(dm), V8);
        }
        w = sf > w ? sf : w;
      }
      V8 add = w > threshold ? k_not_met : (w > zero ? k_partly : zero);
      if (has_unknown) {
        V8 u = zero;
        for (const float* column : it.unknown_numbers) {
          u = Load(column + base + f) > zero ? one : u;
        }
        for (const std::uint8_t* column : it.unknown_sets) {
          u = Bytes(column + base + f) != 0 ? one : u;
        }
        add += w == zero ? u : zero;
      }
      Put(s.counts.data() + f, Load(s.counts.data() + f) + add);
      Put(s.total.data() + f, Load(s.total.data() + f) + w);
    }
  }
}

}  // namespace

std::vector<RankedFunction> RankFunctions(const FunctionCatalogue& catalogue,
                                          const CapacityProfile& capacity, std::size_t top_n,
                                          const DisciplineAssignment& assignment) {
  using Store = FunctionCatalogue::Data::Store;
  const auto& d = catalogue.data();
  const std::size_t n = catalogue.size();
  const std::size_t n_items = d.items.items.size();

  // ---- prepare the capacity per item and slot
  std::vector<PreparedItem> items(n_items);
  for (std::size_t i = 0; i < n_items; ++i) {
    const ItemDefinition& item = d.items.items[i];
    const ItemAssessment* a = capacity.Find(item.code);
    const bool fits = a != nullptr && a->value && a->value->index() == VariantIndex(item.kind);
    for (std::size_t k = d.item_slots[i].first; k < d.item_slots[i].second; ++k) {
      const auto& s = d.slots[k];
      std::optional<double> cap;
      if (a != nullptr && a->unrestricted) {
        cap = s.store == Store::kSet ? 255.0 : std::numeric_limits<double>::infinity();
      } else if (fits) {
        cap = detail::CapacityMeasure(item, *a->value, s.measure);
      }
      if (s.store == Store::kSet) {
        if (!cap) {
          items[i].unknown_sets.push_back(d.bytes[s.byte].data());
          continue;
        }
        items[i].sets.push_back(
            {d.bytes[s.byte].data(), static_cast<std::int32_t>(*cap), s.any_of});
      } else if (!cap) {
        items[i].unknown_numbers.push_back(d.hot[s.hot].data());
      } else {
        items[i].numbers.push_back({d.hot[s.hot].data(), static_cast<float>(*cap)});
      }
    }
  }

  // ---- score every function, block by block, keeping the best `top` keys in a max-heap (most
  // functions are rejected with one comparison against the heap's worst key)
  const std::size_t top = std::min(top_n, n);
  std::vector<std::uint64_t> keys;
  keys.reserve(top);
  auto scratch = std::make_unique_for_overwrite<Scratch>();
  const auto& counts = scratch->counts;
  const auto& total = scratch->total;
  for (std::size_t base = 0; base < n && top > 0; base += kBlock) {
    ScoreBlock(items, base, std::min(kBlock, d.padded - base), *scratch);
    const std::size_t len = std::min(kBlock, n - base);
    for (std::size_t f = 0; f < len; ++f) {
      const auto c = static_cast<std::uint64_t>(counts[f]);
      const std::uint64_t not_met = c >> 12;
      const std::uint64_t partly = (c >> 6) & 63;
      const std::uint64_t not_assessed = c & 63;
      const std::uint64_t q = std::min<std::uint64_t>(
          static_cast<std::uint64_t>(static_cast<double>(total[f]) * kShortfallScale + 0.5),
          kShortfallMax);
      const std::uint64_t key = (not_met << kNotMetShift) | (partly << kPartlyShift) |
                                (q << kShortfallShift) | (not_assessed << kNotAssessedShift) |
                                (base + f);
      if (keys.size() < top) {
        keys.push_back(key);
        std::push_heap(keys.begin(), keys.end());
      } else if (key < keys.front()) {
        std::pop_heap(keys.begin(), keys.end());
        keys.back() = key;
        std::push_heap(keys.begin(), keys.end());
      }
    }
  }
  std::sort_heap(keys.begin(), keys.end());

  std::vector<RankedFunction> out;
  out.reserve(top);
  MatchOptions options;
  options.assignment = assignment;
  options.use_verdicts = false;
  for (std::size_t r = 0; r < top; ++r) {
    const std::uint64_t key = keys[r];
    RankedFunction rf;
    rf.index = static_cast<std::size_t>(key & ((std::uint64_t{1} << kIndexBits) - 1));
    rf.not_met = static_cast<int>(key >> kNotMetShift);
    rf.partly = static_cast<int>((key >> kPartlyShift) & 63);
    rf.shortfall = static_cast<double>((key >> kShortfallShift) & kShortfallMax) / kShortfallScale;
    rf.not_assessed = static_cast<int>((key >> kNotAssessedShift) & 63);
    rf.relevant = std::popcount(d.relevant[rf.index]);
    rf.met = rf.relevant - rf.not_met - rf.partly - rf.not_assessed;
    for (std::size_t i = 0; i < n_items; ++i) {
      if (!((d.relevant[rf.index] >> i) & 1) || !MayMiss(items[i], rf.index)) continue;
      const ItemDemand demand = catalogue.DemandOf(rf.index, i);
      ItemMatch m = MatchItem(d.items, i, demand, capacity.Find(d.items.items[i].code), options);
      if (m.status == AssessmentStatus::kPartly || m.status == AssessmentStatus::kDoesNotMeet) {
        rf.unmet.push_back(std::move(m));
      } else if (m.status == AssessmentStatus::kNotAssessed) {
        rf.not_assessed_items.push_back(std::move(m));
      }
    }
    std::stable_sort(rf.unmet.begin(), rf.unmet.end(), [](const ItemMatch& a, const ItemMatch& b) {
      const bool an = a.status == AssessmentStatus::kDoesNotMeet;
      const bool bn = b.status == AssessmentStatus::kDoesNotMeet;
      if (an != bn) return an;
      if (a.severity != b.severity) return a.severity > b.severity;
      return a.item_index < b.item_index;
    });
    out.push_back(std::move(rf));
  }
  return out;
}

}  // namespace werkpad::domain::profiles
