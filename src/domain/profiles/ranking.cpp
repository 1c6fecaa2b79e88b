#include "domain/profiles/ranking.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>

#include "domain/profiles/measure_values.hpp"

namespace werkpad::domain::profiles {

namespace {

// Boolean measures (zonder_hulpmiddel, volledige_start) are kept in their uint8 column as
// 0 = not given, 1 = a requirement (aid / adapted start NOT possible), 2 = possible.
constexpr std::uint8_t kBoolRequired = 1;
constexpr std::uint8_t kBoolPossible = 2;

bool IsBool(Measure m) { return m == Measure::kWithoutAid || m == Measure::kFullStart; }

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr std::size_t kBlock = 512;

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
  struct Slot {
    std::size_t item = 0;
    Measure measure = Measure::kFrequency;
    bool numeric = true;
    bool any_of = false;
    std::size_t column = 0;  // index into num or bits
  };

  ItemCatalogue items;
  std::vector<Slot> slots;
  std::vector<std::pair<std::size_t, std::size_t>> item_slots;  // [first, last) per item
  std::vector<std::vector<float>> num;                          // per numeric slot
  std::vector<std::vector<std::uint8_t>> bits;                  // per set/bool slot
  std::vector<std::uint64_t> relevant;                          // per function: item bits
  std::vector<std::uint64_t> present;                           // per function: slot bits
  std::vector<FunctionInfo> info;
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
      s.numeric = IsNumeric(m);
      s.any_of = detail::IsAnyOf(item, m);
      if (s.numeric) {
        s.column = d_->num.size();
        d_->num.emplace_back();
      } else {
        s.column = d_->bits.size();
        d_->bits.emplace_back();
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
  for (auto& c : d_->num) c.reserve(n);
  for (auto& c : d_->bits) c.reserve(n);
  d_->relevant.reserve(n);
  d_->present.reserve(n);
  d_->info.reserve(n);
}

core::Status FunctionCatalogue::Add(const FunctionProfile& p) {
  if (size() >= kMaxFunctions) {
    return core::Error::Rule("the function catalogue is full (at most 16,777,216 functions)");
  }
  WP_RETURN_IF_ERROR(ValidateFunctionProfile(d_->items, p));
  std::uint64_t relevant = 0;
  std::uint64_t present = 0;
  // Start every slot as "not given", then fill from the relevant demands.
  std::vector<float> num(d_->num.size(), kNaN);
  std::vector<std::uint8_t> bits(d_->bits.size(), 0);
  for (const ItemDemand& demand : p.items) {
    if (!demand.relevant) continue;
    const std::size_t i = *d_->items.IndexOf(demand.item);
    const ItemDefinition& item = d_->items.items[i];
    relevant |= std::uint64_t{1} << i;
    for (std::size_t k = d_->item_slots[i].first; k < d_->item_slots[i].second; ++k) {
      const Data::Slot& s = d_->slots[k];
      std::optional<double> raw;
      ForEachField(demand.value, [&](Measure m, std::optional<double> v) {
        if (m == s.measure) raw = v;
      });
      if (!raw) continue;
      if (s.numeric) {
        num[s.column] = static_cast<float>(*raw);
      } else if (IsBool(s.measure)) {
        // raw is "possible" (aid possible / adapted start possible): 1 true, 0 false.
        bits[s.column] = *raw != 0 ? kBoolPossible : kBoolRequired;
      } else {
        bits[s.column] = static_cast<std::uint8_t>(*raw);
      }
      if (detail::DemandMeasure(item, demand.value, s.measure)) {
        present |= std::uint64_t{1} << k;
      }
    }
  }
  for (std::size_t c = 0; c < num.size(); ++c) d_->num[c].push_back(num[c]);
  for (std::size_t c = 0; c < bits.size(); ++c) d_->bits[c].push_back(bits[c]);
  d_->relevant.push_back(relevant);
  d_->present.push_back(present);
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
    if (s.numeric) {
      const float x = d_->num[s.column][f];
      if (!std::isnan(x)) v = x;
    } else {
      b = d_->bits[s.column][f];
    }
    std::visit(
        [&](auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, TaskDemand>) {
            if (s.measure == Measure::kFrequency && v) {
              value.frequency = static_cast<Frequency>(static_cast<int>(*v));
            }
            if (s.measure == Measure::kWithoutAid && b != 0) value.aid_possible = b == kBoolPossible;
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
  std::vector<std::span<const std::byte>> out;
  for (const auto& c : d_->num) out.push_back(std::as_bytes(std::span(c)));
  for (const auto& c : d_->bits) out.push_back(std::as_bytes(std::span(c)));
  out.push_back(std::as_bytes(std::span(d_->relevant)));
  out.push_back(std::as_bytes(std::span(d_->present)));
  return out;
}

std::size_t FunctionCatalogue::ColumnBytes() const {
  std::size_t n = 0;
  for (const auto& c : Columns()) n += c.size();
  return n;
}

namespace {

// The capacity prepared per slot: for numeric slots a float (infinity when unrestricted), for
// set/bool slots a 256-entry shortfall table indexed by the demand byte.
struct PreparedSlot {
  bool known = false;
  float capacity = 0;
  std::array<float, 256> table{};
};

struct PreparedItem {
  std::vector<std::size_t> known;  // slot indices with a known capacity
  std::uint64_t unknown_mask = 0;  // slots whose capacity is unknown
};

}  // namespace

std::vector<RankedFunction> RankFunctions(const FunctionCatalogue& catalogue,
                                          const CapacityProfile& capacity, std::size_t top_n,
                                          const DisciplineAssignment& assignment) {
  const auto& d = catalogue.data();
  const std::size_t n = catalogue.size();
  const std::size_t n_items = d.items.items.size();

  // ---- prepare the capacity per slot
  std::vector<PreparedSlot> slots(d.slots.size());
  std::vector<PreparedItem> items(n_items);
  for (std::size_t i = 0; i < n_items; ++i) {
    const ItemDefinition& item = d.items.items[i];
    const ItemAssessment* a = capacity.Find(item.code);
    const bool fits = a != nullptr && a->value && a->value->index() == VariantIndex(item.kind);
    for (std::size_t k = d.item_slots[i].first; k < d.item_slots[i].second; ++k) {
      const auto& s = d.slots[k];
      PreparedSlot& p = slots[k];
      std::optional<double> cap;
      if (a != nullptr && a->unrestricted) {
        cap = s.numeric ? std::numeric_limits<double>::infinity() : 255.0;
      } else if (fits) {
        cap = detail::CapacityMeasure(item, *a->value, s.measure);
      }
      if (!cap) {
        items[i].unknown_mask |= std::uint64_t{1} << k;
        continue;
      }
      p.known = true;
      items[i].known.push_back(k);
      if (s.numeric) {
        p.capacity = static_cast<float>(*cap);
      } else {
        for (unsigned b = 0; b < 256; ++b) {
          double demand = b;
          if (IsBool(s.measure)) demand = b == kBoolRequired ? 1.0 : 0.0;
          p.table[b] = static_cast<float>(detail::Shortfall(false, s.any_of, demand, *cap));
        }
      }
    }
  }

  // ---- score every function, block by block
  std::vector<std::uint64_t> keys(n);
  std::array<float, kBlock> worst{};
  std::array<std::uint8_t, kBlock> not_met{}, partly{}, not_assessed{};
  std::array<float, kBlock> total{};
  const float threshold = static_cast<float>(kPartlyThreshold);
  for (std::size_t base = 0; base < n; base += kBlock) {
    const std::size_t len = std::min(kBlock, n - base);
    not_met.fill(0);
    partly.fill(0);
    not_assessed.fill(0);
    total.fill(0);
    const std::uint64_t* relevant = d.relevant.data() + base;
    const std::uint64_t* present = d.present.data() + base;
    for (std::size_t i = 0; i < n_items; ++i) {
      std::fill_n(worst.begin(), len, 0.0f);
      for (std::size_t k : items[i].known) {
        const auto& s = d.slots[k];
        if (s.numeric) {
          const float c = slots[k].capacity;
          const float* col = d.num[s.column].data() + base;
          for (std::size_t f = 0; f < len; ++f) {
            const float dm = col[f];
            // NaN (no demand) and dm <= c give 0.
            const float sf = dm > c ? (dm - c) / dm : 0.0f;
            worst[f] = std::max(worst[f], sf);
          }
        } else {
          const float* table = slots[k].table.data();
          const std::uint8_t* col = d.bits[s.column].data() + base;
          for (std::size_t f = 0; f < len; ++f) worst[f] = std::max(worst[f], table[col[f]]);
        }
      }
      const std::uint64_t unknown = items[i].unknown_mask;
      for (std::size_t f = 0; f < len; ++f) {
        const bool rel = (relevant[f] >> i) & 1;
        const float w = worst[f];
        const bool unk = (present[f] & unknown) != 0;
        not_met[f] += rel & (w > threshold);
        partly[f] += rel & (w > 0.0f) & (w <= threshold);
        not_assessed[f] += rel & (w == 0.0f) & unk;
        total[f] += rel ? w : 0.0f;
      }
    }
    for (std::size_t f = 0; f < len; ++f) {
      const std::uint64_t q =
          std::min<std::uint64_t>(static_cast<std::uint64_t>(total[f] * kShortfallScale + 0.5f),
                                  kShortfallMax);
      keys[base + f] = (std::uint64_t{not_met[f]} << kNotMetShift) |
                       (std::uint64_t{partly[f]} << kPartlyShift) | (q << kShortfallShift) |
                       (std::uint64_t{not_assessed[f]} << kNotAssessedShift) | (base + f);
    }
  }

  // ---- top N
  const std::size_t top = std::min(top_n, n);
  if (top < n) std::nth_element(keys.begin(), keys.begin() + top, keys.end());
  std::sort(keys.begin(), keys.begin() + top);

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
      if (!((d.relevant[rf.index] >> i) & 1)) continue;
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
