// Benchmark of the alternative-function ranking (issue 4, docs/performance.md):
//
//   werkpad_bench_profiles [--functions N] [--runs R] [--top K] [--seed S]
//
// Generates a synthetic function catalogue of N functions (default 100,000) on the built-in item
// catalogue with realistic item counts (8 to 20 of the 25 form 4 items relevant per function, the
// others marked not relevant; demands in plausible ranges), ranks one person profile (an FML-like
// capacity profile with 18 assessed items, 2 "geen beperking", 5 not assessed) R times (default
// 15) for the top K (default 50), and measures in the same run a plain sequential scan over the
// same bytes (the catalogue's columns, summed as 64-bit words). Single-threaded. Prints
//
//   BENCH profiles_rank functions=N relevant_avg=.. column_bytes=.. build_ms=.. runs=R top=K
//         rank_median_ms=.. rank_min_ms=.. rank_max_ms=.. scan_median_ms=.. ratio=..
//
// (ratio = rank median / scan median). Checks the result each run (K results, best first by the
// documented order, the same as the first run) and the top result against Match; exit status 1
// when a check fails, 2 on bad usage.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "codec/profiles/catalogue_json.hpp"
#include "domain/profiles/matching.hpp"
#include "domain/profiles/ranking.hpp"

namespace {

namespace dp = werkpad::domain::profiles;
using Clock = std::chrono::steady_clock;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// CPU time of this thread: on a loaded machine the wall time includes waiting for a core, this
// does not.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

class Gen {
 public:
  explicit Gen(std::uint64_t seed) : rng_(seed) {}
  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool Chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  template <class T>
  void Shuffle(std::vector<T>& v) {
    std::shuffle(v.begin(), v.end(), rng_);
  }

 private:
  std::mt19937_64 rng_;
};

dp::DemandValue RandomDemand(Gen& g, const dp::ItemDefinition& item) {
  dp::DemandValue v = dp::EmptyDemand(item.kind);
  std::visit(
      [&](auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, dp::TaskDemand>) {
          x.frequency = static_cast<dp::Frequency>(g.Int(1, 5));
          if (g.Chance(0.5)) x.aid_possible = g.Chance(0.6);
        } else if constexpr (std::is_same_v<T, dp::StaticDemand>) {
          x.minutes_per_day = g.Int(1, 16) * 30;
          if (g.Chance(0.7)) x.minutes_continuous = g.Int(1, 12) * 10;
        } else if constexpr (std::is_same_v<T, dp::DynamicDemand>) {
          if (item.Has(dp::Measure::kTimes)) x.times = g.Int(1, 40);
          if (item.Has(dp::Measure::kWeightKg)) x.weight_kg = g.Int(1, 35);
          if (item.Has(dp::Measure::kMinutesContinuous) && g.Chance(0.6)) {
            x.minutes_continuous = g.Int(1, 60);
          }
        } else if constexpr (std::is_same_v<T, dp::HoursDemand>) {
          x.hours_per_day = g.Int(4, 10);
          x.hours_per_week = g.Int(12, 40);
        } else if constexpr (std::is_same_v<T, dp::ShiftsDemand>) {
          x.shifts.bits = static_cast<std::uint8_t>(g.Int(1, 15));
        } else if constexpr (std::is_same_v<T, dp::AdaptedStartDemand>) {
          x.possible = g.Chance(0.7);
        } else if constexpr (std::is_same_v<T, dp::MobilityDemand>) {
          x.modes.bits = static_cast<std::uint8_t>(g.Int(1, 63));
          if (item.Has(dp::Measure::kTravelMinutes)) x.travel_minutes = g.Int(10, 90);
        }
      },
      v);
  return v;
}

dp::CapacityProfile Person(const dp::ItemCatalogue& cat) {
  auto assessed = [&](const char* item, dp::CapacityValue v) {
    dp::ItemAssessment a;
    a.item = item;
    a.value = std::move(v);
    return a;
  };
  auto unrestricted = [](const char* item) {
    dp::ItemAssessment a;
    a.item = item;
    a.unrestricted = true;
    return a;
  };
  using F = dp::Frequency;
  dp::CapacityProfile p;
  p.source = dp::CapacitySource::kFml;
  p.items = {
      assessed("tempo", dp::TaskCapacity{F::kRegelmatig, false}),
      assessed("aandacht", dp::TaskCapacity{F::kVaak, true}),
      assessed("geheugen", dp::TaskCapacity{F::kVaak, false}),
      assessed("werkdruk", dp::TaskCapacity{F::kSoms, true}),
      assessed("communicatie_sociaal", dp::TaskCapacity{F::kVoortdurend, false}),
      assessed("zitten", dp::StaticCapacity{360, 60}),
      assessed("staan", dp::StaticCapacity{120, 30}),
      assessed("laag_werken", dp::StaticCapacity{30, 5}),
      assessed("traplopen", dp::DynamicCapacity{6, std::nullopt, std::nullopt}),
      assessed("lopen", dp::DynamicCapacity{8, std::nullopt, 30}),
      assessed("bukken", dp::DynamicCapacity{10, std::nullopt, std::nullopt}),
      assessed("dragen", dp::DynamicCapacity{10, 10, 5}),
      assessed("tillen", dp::DynamicCapacity{15, 10, std::nullopt}),
      assessed("heffen", dp::DynamicCapacity{5, 5, std::nullopt}),
      assessed("werktijden", dp::HoursCapacity{6, 24}),
      assessed("ploegendienst",
               dp::ShiftsCapacity{dp::ShiftSet{}.Add(dp::Shift::kDag).Add(dp::Shift::kAvond)}),
      assessed("aangepaste_start", dp::AdaptedStartCapacity{true}),
      assessed("vervoer",
               dp::MobilityCapacity{
                   dp::ModeSet{}.Add(dp::Mode::kOpenbaarVervoer).Add(dp::Mode::kFiets), 45}),
      unrestricted("hand_vinger"),
      unrestricted("communicatie_fysiek"),
  };
  auto st = dp::ValidateCapacityProfile(cat, p);
  if (!st.ok()) {
    std::fprintf(stderr, "bench person profile invalid: %s\n",
                 st.error().fields.at(0).path.c_str());
    std::exit(1);
  }
  return p;
}

std::uint64_t Scan(const std::vector<std::span<const std::byte>>& columns) {
  std::uint64_t sum = 0;
  for (const auto& c : columns) {
    const std::size_t words = c.size() / 8;
    const std::byte* p = c.data();
    std::uint64_t s = 0;
    for (std::size_t i = 0; i < words; ++i) {
      std::uint64_t w;
      std::memcpy(&w, p + i * 8, 8);
      s += w;
    }
    for (std::size_t i = words * 8; i < c.size(); ++i) s += static_cast<std::uint8_t>(p[i]);
    sum += s;
  }
  return sum;
}

bool SameOrder(const std::vector<dp::RankedFunction>& a, const std::vector<dp::RankedFunction>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].index != b[i].index) return false;
  }
  return true;
}

bool Ordered(const std::vector<dp::RankedFunction>& r) {
  for (std::size_t i = 1; i < r.size(); ++i) {
    const auto& p = r[i - 1];
    const auto& c = r[i];
    auto key = [](const dp::RankedFunction& x) {
      return std::make_tuple(x.not_met, x.partly, x.shortfall, x.not_assessed, x.index);
    };
    if (!(key(p) < key(c))) return false;
  }
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: werkpad_bench_profiles [--functions N] [--runs R] [--top K] [--seed S]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t functions = 100000;
  int runs = 15;
  std::size_t top = 50;
  std::uint64_t seed = 20261207;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (i + 1 >= argc) return Usage();
    const long long v = std::atoll(argv[++i]);
    if (v <= 0) return Usage();
    if (a == "--functions") {
      functions = static_cast<std::size_t>(v);
    } else if (a == "--runs") {
      runs = static_cast<int>(v);
    } else if (a == "--top") {
      top = static_cast<std::size_t>(v);
    } else if (a == "--seed") {
      seed = static_cast<std::uint64_t>(v);
    } else {
      return Usage();
    }
  }

  const dp::ItemCatalogue& items = werkpad::codec::profiles::BuiltinItemCatalogue();
  Gen g(seed);
  dp::FunctionCatalogue cat(items);
  cat.Reserve(functions);
  std::vector<std::size_t> order(items.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::size_t relevant_total = 0;
  const auto build0 = Clock::now();
  for (std::size_t f = 0; f < functions; ++f) {
    dp::FunctionProfile p;
    p.code = "F" + std::to_string(f);
    p.title = "Functie " + std::to_string(f);
    p.organisation = "Organisatie " + std::to_string(f % 97);
    p.hours_per_week = g.Int(12, 40);
    p.wage_cents = g.Int(2000, 5000) * 100;
    g.Shuffle(order);
    const int relevant = g.Int(8, 20);
    for (std::size_t k = 0; k < order.size(); ++k) {
      const dp::ItemDefinition& item = items.items[order[k]];
      dp::ItemDemand d;
      d.item = item.code;
      d.relevant = static_cast<int>(k) < relevant;
      d.value = d.relevant ? RandomDemand(g, item) : dp::EmptyDemand(item.kind);
      p.items.push_back(std::move(d));
    }
    relevant_total += static_cast<std::size_t>(relevant);
    auto st = cat.Add(p);
    if (!st.ok()) {
      std::fprintf(stderr, "synthetic function %zu invalid: %s %s\n", f,
                   st.error().fields.empty() ? "" : st.error().fields[0].path.c_str(),
                   st.error().fields.empty() ? "" : st.error().fields[0].code.c_str());
      return 1;
    }
  }
  const double build_ms = Ms(Clock::now() - build0);
  const dp::CapacityProfile person = Person(items);
  const auto columns = cat.Columns();

  std::vector<double> rank_ms, scan_ms, rank_cpu_ms, scan_cpu_ms;
  std::vector<dp::RankedFunction> first;
  volatile std::uint64_t sink = 0;
  for (int r = 0; r < runs; ++r) {
    // Alternate the order so neither side always runs with a warmer cache.
    const bool scan_first = r % 2 == 1;
    auto scan = [&] {
      const double c0 = ThreadCpuMs();
      const auto t0 = Clock::now();
      sink = sink + Scan(columns);
      scan_ms.push_back(Ms(Clock::now() - t0));
      scan_cpu_ms.push_back(ThreadCpuMs() - c0);
    };
    if (scan_first) scan();
    const double c0 = ThreadCpuMs();
    const auto t0 = Clock::now();
    auto ranked = dp::RankFunctions(cat, person, top);
    rank_ms.push_back(Ms(Clock::now() - t0));
    rank_cpu_ms.push_back(ThreadCpuMs() - c0);
    if (!scan_first) scan();
    if (ranked.size() != std::min(top, functions) || !Ordered(ranked)) {
      std::fprintf(stderr, "run %d: ranking is not %zu results in order\n", r, top);
      return 1;
    }
    if (r == 0) {
      first = std::move(ranked);
    } else if (!SameOrder(first, ranked)) {
      std::fprintf(stderr, "run %d: ranking differs from the first run\n", r);
      return 1;
    }
  }
  // The best function, checked against the item-by-item matching.
  if (!first.empty()) {
    dp::MatchOptions options;
    options.use_verdicts = false;
    const auto m = dp::Match(items, cat.Profile(first[0].index), person, options);
    if (m.summary.met != first[0].met || m.summary.not_met != first[0].not_met ||
        m.summary.partly != first[0].partly || m.summary.not_assessed != first[0].not_assessed) {
      std::fprintf(stderr, "top function %zu: ranking counts differ from Match\n", first[0].index);
      return 1;
    }
  }

  const double rank_median = Median(rank_ms);
  const double scan_median = Median(scan_ms);
  std::printf(
      "BENCH profiles_rank functions=%zu relevant_avg=%.1f column_bytes=%zu build_ms=%.0f runs=%d "
      "top=%zu rank_median_ms=%.3f rank_min_ms=%.3f rank_max_ms=%.3f scan_median_ms=%.3f "
      "ratio=%.2f rank_cpu_median_ms=%.3f scan_cpu_median_ms=%.3f cpu_ratio=%.2f "
      "best_not_met=%d best_partly=%d\n",
      functions, static_cast<double>(relevant_total) / static_cast<double>(functions),
      cat.ColumnBytes(), build_ms, runs, top, rank_median,
      *std::min_element(rank_ms.begin(), rank_ms.end()),
      *std::max_element(rank_ms.begin(), rank_ms.end()), scan_median,
      scan_median > 0 ? rank_median / scan_median : 0.0, Median(rank_cpu_ms), Median(scan_cpu_ms),
      Median(scan_cpu_ms) > 0 ? Median(rank_cpu_ms) / Median(scan_cpu_ms) : 0.0,
      first.empty() ? -1 : first[0].not_met, first.empty() ? -1 : first[0].partly);
  return 0;
}
