#include "domain/profiles/ranking.hpp"

#include <gtest/gtest.h>

#include <random>

#include "profile_builders.hpp"

namespace werkpad::domain::profiles {
namespace {

using namespace testing;  // NOLINT
using S = AssessmentStatus;

FunctionProfile Fn(std::string title, std::vector<ItemDemand> items) {
  FunctionProfile p;
  p.title = std::move(title);
  p.organisation = "Logistiek";
  p.hours_per_week = 32;
  p.wage_cents = 250000;
  p.items = std::move(items);
  return p;
}

CapacityProfile Person() {
  CapacityProfile c;
  c.source = CapacitySource::kFml;
  c.items = {Assessed("tillen", CanLift(10, 20)), Assessed("zitten", CanHold(480, 60)),
             Assessed("aandacht", CanTask(Frequency::kRegelmatig)),
             VerdictOnly("geheugen", S::kMeets),  // a verdict about another job: ignored
             Unrestricted("lopen")};
  EXPECT_TRUE(ValidateCapacityProfile(Cat(), c).ok());
  return c;
}

TEST(RankingTest, OrderByNotMetThenPartlyThenShortfallThenNotAssessedThenIndex) {
  FunctionCatalogue cat(Cat());
  // 0: one item not met (tillen 25 kg vs 10: 0.6)
  ASSERT_TRUE(cat.Add(Fn("zwaar", {Relevant("tillen", Lift(25, 10))})).ok());
  // 1: everything met
  ASSERT_TRUE(
      cat.Add(Fn("licht", {Relevant("tillen", Lift(5, 10)), Relevant("zitten", Posture(240, 30)),
                           Relevant("lopen", DynamicDemand{10, std::nullopt, 60})}))
          .ok());
  // 2: one partly, small (tillen 12 vs 10: 0.17)
  ASSERT_TRUE(cat.Add(Fn("iets zwaarder", {Relevant("tillen", Lift(12, 10))})).ok());
  // 3: one partly, larger (tillen 18 vs 10: 0.44)
  ASSERT_TRUE(cat.Add(Fn("zwaarder", {Relevant("tillen", Lift(18, 10))})).ok());
  // 4: met, but geheugen not assessed (verdict ignored)
  ASSERT_TRUE(cat.Add(Fn("onthouden", {Relevant("geheugen", Task(Frequency::kVaak))})).ok());
  // 5: same as 1: tie, later index
  ASSERT_TRUE(cat.Add(Fn("licht 2", {Relevant("tillen", Lift(5, 10))})).ok());
  // 6: one not met and one partly
  ASSERT_TRUE(cat.Add(Fn("zwaarst", {Relevant("tillen", Lift(40, 10)),
                                     Relevant("aandacht", Task(Frequency::kVoortdurend))}))
                  .ok());
  ASSERT_EQ(cat.size(), 7u);

  auto ranked = RankFunctions(cat, Person(), 10);
  std::vector<std::size_t> order;
  for (const auto& r : ranked) order.push_back(r.index);
  EXPECT_EQ(order, (std::vector<std::size_t>{1, 5, 4, 2, 3, 0, 6}));

  EXPECT_EQ(ranked[0].relevant, 3);
  EXPECT_EQ(ranked[0].met, 3);
  EXPECT_TRUE(ranked[0].unmet.empty());
  EXPECT_EQ(ranked[2].not_assessed, 1);
  ASSERT_EQ(ranked[2].not_assessed_items.size(), 1u);
  EXPECT_EQ(ranked[2].not_assessed_items[0].item, "geheugen");
  EXPECT_EQ(ranked[3].partly, 1);
  EXPECT_NEAR(ranked[3].shortfall, 2.0 / 12, 1e-4);
  ASSERT_EQ(ranked[3].unmet.size(), 1u);
  EXPECT_EQ(ranked[3].unmet[0].description, "moet 12 kg 10×/uur tillen; kan 10 kg");
  // tillen 40 vs 10 kg (0.75) not met; aandacht voortdurend vs regelmatig (0.4) partly: after 0.
  EXPECT_EQ(ranked[6].not_met, 1);
  EXPECT_EQ(ranked[6].partly, 1);
  ASSERT_EQ(ranked[6].unmet.size(), 2u);
  EXPECT_EQ(ranked[6].unmet[0].item, "tillen");  // not met before partly
  EXPECT_EQ(ranked[6].unmet[1].item, "aandacht");

  // Top N cuts the list; the first N are the same.
  auto top2 = RankFunctions(cat, Person(), 2);
  ASSERT_EQ(top2.size(), 2u);
  EXPECT_EQ(top2[0].index, 1u);
  EXPECT_EQ(top2[1].index, 5u);
  EXPECT_TRUE(RankFunctions(cat, Person(), 0).empty());
  EXPECT_TRUE(RankFunctions(FunctionCatalogue(Cat()), Person(), 5).empty());
}

TEST(RankingTest, BadProfilesAreRejectedAndNothingIsAdded) {
  FunctionCatalogue cat(Cat());
  auto st = cat.Add(Fn("", {Relevant("tillen", Lift(-1, 10))}));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(cat.size(), 0u);
  ASSERT_TRUE(cat.Add(Fn("ok", {})).ok());
  EXPECT_EQ(cat.size(), 1u);
  EXPECT_EQ(cat.Info(0).title, "ok");
}

TEST(RankingTest, ProfileRoundTripsThroughTheColumns) {
  FunctionCatalogue cat(Cat());
  ShiftsDemand shifts;
  shifts.shifts.Add(Shift::kAvond).Add(Shift::kWeekend);
  MobilityDemand reach;
  reach.modes.Add(Mode::kFiets);
  reach.travel_minutes = 25;
  FunctionProfile p =
      Fn("rond",
         {Relevant("tillen", Lift(12.5, 4)), Relevant("tempo", Task(Frequency::kSoms, true)),
          Relevant("geheugen", Task(Frequency::kVaak, false)), Relevant("ploegendienst", shifts),
          Relevant("vervoer", reach), Relevant("aangepaste_start", AdaptedStartDemand{false}),
          Relevant("werktijden", HoursDemand{std::nullopt, 24}), NotRelevant("klimmen")});
  p.code = "F-1";
  ASSERT_TRUE(cat.Add(p).ok());
  FunctionProfile back = cat.Profile(0);
  EXPECT_EQ(back.code, "F-1");
  EXPECT_EQ(back.items.size(), Cat().items.size());  // every item: relevant or not
  for (const ItemDemand& d : p.items) {
    const ItemDemand* b = back.Find(d.item);
    ASSERT_NE(b, nullptr) << d.item;
    EXPECT_EQ(b->relevant, d.relevant) << d.item;
    if (!d.relevant) continue;
    DemandValue expected = d.value;
    if (auto* t = std::get_if<TaskDemand>(&expected)) t->tasks.clear();  // free text not kept
    EXPECT_EQ(b->value, expected) << d.item;
  }
  EXPECT_GT(cat.ColumnBytes(), 0u);
}

// The fast scoring and the per-item matching agree on random profiles.
TEST(RankingTest, CountsAgreeWithMatchOnRandomProfiles) {
  std::mt19937 rng(7);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  FunctionCatalogue cat(Cat());
  std::vector<FunctionProfile> profiles;
  for (int f = 0; f < 300; ++f) {
    FunctionProfile p = Fn("f" + std::to_string(f), {});
    for (const ItemDefinition& item : Cat().items) {
      if (pick(3) == 0) continue;
      if (pick(4) == 0) {
        p.items.push_back(NotRelevant(item.code));
        continue;
      }
      DemandValue v = EmptyDemand(item.kind);
      std::visit(
          [&](auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, TaskDemand>) {
              x.frequency = static_cast<Frequency>(1 + pick(5));
              if (pick(2)) x.aid_possible = pick(2) == 0;
            } else if constexpr (std::is_same_v<T, StaticDemand>) {
              x.minutes_per_day = 30 + pick(400);
              if (pick(2)) x.minutes_continuous = 5 + pick(90);
            } else if constexpr (std::is_same_v<T, DynamicDemand>) {
              if (item.Has(Measure::kTimes)) x.times = 1 + pick(30);
              if (item.Has(Measure::kWeightKg)) x.weight_kg = 1 + pick(30);
              if (item.Has(Measure::kMinutesContinuous) && pick(2))
                x.minutes_continuous = 1 + pick(60);
            } else if constexpr (std::is_same_v<T, HoursDemand>) {
              x.hours_per_day = 4 + pick(6);
              x.hours_per_week = 16 + pick(25);
            } else if constexpr (std::is_same_v<T, ShiftsDemand>) {
              x.shifts.bits = static_cast<std::uint8_t>(1 + pick(15));
            } else if constexpr (std::is_same_v<T, AdaptedStartDemand>) {
              x.possible = pick(2) == 0;
            } else if constexpr (std::is_same_v<T, MobilityDemand>) {
              x.modes.bits = static_cast<std::uint8_t>(1 + pick(63));
              if (item.Has(Measure::kTravelMinutes)) x.travel_minutes = 10 + pick(80);
            }
          },
          v);
      p.items.push_back(Relevant(item.code, v));
    }
    ASSERT_TRUE(cat.Add(p).ok()) << f;
    profiles.push_back(p);
  }
  CapacityProfile person;
  person.source = CapacitySource::kFml;
  person.items = {Assessed("tillen", CanLift(12, 15)),
                  Assessed("dragen", DynamicCapacity{10, 8, 20}),
                  Assessed("zitten", CanHold(300, 45)),
                  Assessed("staan", CanHold(std::nullopt, 20)),
                  Assessed("aandacht", CanTask(Frequency::kRegelmatig, true)),
                  Assessed("tempo", CanTask(Frequency::kVaak, false)),
                  Assessed("werktijden", HoursCapacity{6, 30}),
                  Assessed("ploegendienst", ShiftsCapacity{ShiftSet{}.Add(Shift::kDag)}),
                  Assessed("vervoer", MobilityCapacity{ModeSet{}.Add(Mode::kFiets), 40}),
                  Assessed("aangepaste_start", AdaptedStartCapacity{true}),
                  Unrestricted("lopen")};
  ASSERT_TRUE(ValidateCapacityProfile(Cat(), person).ok());
  auto ranked = RankFunctions(cat, person, profiles.size());
  ASSERT_EQ(ranked.size(), profiles.size());
  MatchOptions no_verdicts;
  no_verdicts.use_verdicts = false;
  for (std::size_t r = 0; r < ranked.size(); ++r) {
    const auto& rf = ranked[r];
    auto m = Match(Cat(), profiles[rf.index], person, no_verdicts);
    EXPECT_EQ(rf.relevant, m.summary.relevant) << rf.index;
    EXPECT_EQ(rf.met, m.summary.met) << rf.index;
    EXPECT_EQ(rf.partly, m.summary.partly) << rf.index;
    EXPECT_EQ(rf.not_met, m.summary.not_met) << rf.index;
    EXPECT_EQ(rf.not_assessed, m.summary.not_assessed) << rf.index;
    EXPECT_EQ(rf.unmet.size(), m.discrepancies.size()) << rf.index;
    EXPECT_EQ(rf.not_assessed_items.size(), m.not_assessed.size()) << rf.index;
    for (std::size_t k = 0; k < rf.unmet.size() && k < m.discrepancies.size(); ++k) {
      EXPECT_EQ(rf.unmet[k].item, m.discrepancies[k].item) << rf.index;
      EXPECT_EQ(rf.unmet[k].description, m.discrepancies[k].description) << rf.index;
    }
    double total = 0;
    for (const auto& d : m.discrepancies) total += d.severity;
    EXPECT_NEAR(rf.shortfall, total, 1e-3) << rf.index;
    if (r > 0) {
      const auto& prev = ranked[r - 1];
      EXPECT_LE(prev.not_met, rf.not_met);
      if (prev.not_met == rf.not_met) {
        EXPECT_LE(prev.partly, rf.partly);
        if (prev.partly == rf.partly) {
          EXPECT_LE(prev.shortfall, rf.shortfall + 1e-4);
        }
      }
    }
  }
}

}  // namespace
}  // namespace werkpad::domain::profiles
