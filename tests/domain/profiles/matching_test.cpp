#include "domain/profiles/matching.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "profile_builders.hpp"

namespace werkpad::domain::profiles {
namespace {

using namespace testing;  // NOLINT
using S = AssessmentStatus;

const ItemMatch* Find(const std::vector<ItemMatch>& v, std::string_view item) {
  auto it = std::find_if(v.begin(), v.end(), [&](const ItemMatch& m) { return m.item == item; });
  return it == v.end() ? nullptr : &*it;
}

FunctionProfile Job(std::vector<ItemDemand> items) {
  FunctionProfile p;
  p.title = "Magazijnmedewerker";
  p.items = std::move(items);
  EXPECT_TRUE(ValidateFunctionProfile(Cat(), p).ok());
  return p;
}

CapacityProfile Person(std::vector<ItemAssessment> items) {
  CapacityProfile c;
  c.items = std::move(items);
  auto st = ValidateCapacityProfile(Cat(), c);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().fields.at(0).path);
  return c;
}

TEST(MatchingTest, LiftingShortfallInKgWithDutchDescription) {
  auto r = Match(Cat(), Job({Relevant("tillen", Lift(15, 10))}),
                 Person({Assessed("tillen", CanLift(5, 10))}));
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const ItemMatch& m = r.discrepancies[0];
  EXPECT_EQ(m.status, S::kDoesNotMeet);
  EXPECT_EQ(m.computed, S::kDoesNotMeet);
  EXPECT_FALSE(m.verdict.has_value());
  EXPECT_NEAR(m.severity, 10.0 / 15.0, 1e-12);
  ASSERT_EQ(m.gaps.size(), 2u);  // catalogue order: kg, keer
  EXPECT_EQ(m.gaps[0].measure, Measure::kWeightKg);
  EXPECT_EQ(m.gaps[0].demand, 15);
  EXPECT_EQ(m.gaps[0].capacity, 5);
  EXPECT_EQ(m.gaps[1].measure, Measure::kTimes);
  EXPECT_EQ(m.gaps[1].shortfall, 0);
  EXPECT_EQ(m.description, "moet 15 kg 10×/uur tillen; kan 5 kg");
  EXPECT_EQ(r.summary.relevant, 1);
  EXPECT_EQ(r.summary.not_met, 1);
}

TEST(MatchingTest, PartlyMetUpToHalfTheDemandAndBoundary) {
  // 15 kg asked, 10 kg possible: one third short -> partly.
  auto r = Match(Cat(), Job({Relevant("tillen", Lift(15, 10))}),
                 Person({Assessed("tillen", CanLift(10, 10))}));
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].status, S::kPartly);
  EXPECT_EQ(r.summary.partly, 1);
  // Exactly half short is still partly; a hair more is not met.
  const ItemAssessment five = Assessed("tillen", CanLift(5, 10));
  auto half = MatchItem(Cat(), *Cat().IndexOf("tillen"), Relevant("tillen", Lift(10, 10)), &five);
  EXPECT_EQ(half.computed, S::kPartly);
  EXPECT_DOUBLE_EQ(half.severity, 0.5);
  const ItemAssessment below = Assessed("tillen", CanLift(4.9, 10));
  auto more = MatchItem(Cat(), *Cat().IndexOf("tillen"), Relevant("tillen", Lift(10, 10)), &below);
  EXPECT_EQ(more.computed, S::kDoesNotMeet);
}

TEST(MatchingTest, StaticItemComparesPerDayAndContinuouslySeparately) {
  auto r = Match(Cat(), Job({Relevant("zitten", Posture(240, 60))}),
                 Person({Assessed("zitten", CanHold(300, 30))}));
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const ItemMatch& m = r.discrepancies[0];
  EXPECT_EQ(m.status, S::kPartly);  // 30 of 60 minutes: half short
  EXPECT_EQ(m.gaps[0].shortfall, 0);
  EXPECT_DOUBLE_EQ(m.gaps[1].shortfall, 0.5);
  EXPECT_EQ(m.description, "moet 240 min per dag en 60 min achtereen zitten; kan 30 min achtereen");
}

TEST(MatchingTest, MetItemsShowWhatThePersonCan) {
  auto r = Match(Cat(), Job({Relevant("staan", Posture(120, std::nullopt))}),
                 Person({Assessed("staan", CanHold(180, 20))}));
  ASSERT_EQ(r.met.size(), 1u);
  EXPECT_EQ(r.met[0].status, S::kMeets);
  EXPECT_EQ(r.met[0].gaps.size(), 1u);  // only the measure the demand sets
  EXPECT_EQ(r.met[0].description, "moet 120 min per dag staan; kan 180 min per dag");
  EXPECT_EQ(r.summary.met, 1);
}

TEST(MatchingTest, MissingAssessmentsAreListedNotDropped) {
  auto r =
      Match(Cat(), Job({Relevant("tillen", Lift(15, 10)), Relevant("zitten", Posture(240, 60))}),
            Person({Assessed("zitten", CanHold(480, 120))}));
  EXPECT_EQ(r.summary.relevant, 2);
  EXPECT_EQ(r.summary.met, 1);
  EXPECT_EQ(r.summary.not_assessed, 1);
  ASSERT_EQ(r.not_assessed.size(), 1u);
  EXPECT_EQ(r.not_assessed[0].item, "tillen");
  EXPECT_EQ(r.not_assessed[0].severity, 0);
  EXPECT_EQ(r.not_assessed[0].description, "moet 15 kg 10×/uur tillen; niet beoordeeld");
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(MatchingTest, PartlyAssessedItemIsNotAssessedUnlessAShortfallShows) {
  // Only the weight was measured: 20 kg covers 15 kg, the frequency is unknown.
  auto r = Match(Cat(), Job({Relevant("tillen", Lift(15, 10))}),
                 Person({Assessed("tillen", CanLift(20, std::nullopt))}));
  ASSERT_EQ(r.not_assessed.size(), 1u);
  EXPECT_EQ(r.not_assessed[0].description,
            "moet 15 kg 10×/uur tillen; kan 20 kg, niet beoordeeld: aantal keer");
  // A known shortfall on the weight decides, even with the frequency unknown.
  auto r2 = Match(Cat(), Job({Relevant("tillen", Lift(15, 10))}),
                  Person({Assessed("tillen", CanLift(5, std::nullopt))}));
  ASSERT_EQ(r2.discrepancies.size(), 1u);
  EXPECT_EQ(r2.discrepancies[0].status, S::kDoesNotMeet);
}

TEST(MatchingTest, NotRelevantUnansweredAndAssessedButNotRelevant) {
  auto r = Match(Cat(), Job({Relevant("tillen", Lift(15, 10)), NotRelevant("klimmen")}),
                 Person({Assessed("tillen", CanLift(20, 20)), Unrestricted("klimmen"),
                         Assessed("zitten", CanHold(60, 30))}));
  EXPECT_EQ(r.not_relevant, std::vector<std::string>{"klimmen"});
  EXPECT_EQ(r.summary.not_relevant, 1);
  EXPECT_EQ(r.summary.unanswered, static_cast<int>(Cat().items.size()) - 2);
  EXPECT_EQ(std::count(r.unanswered.begin(), r.unanswered.end(), "zitten"), 1);
  EXPECT_EQ(r.assessed_but_not_relevant, (std::vector<std::string>{"zitten", "klimmen"}));
  EXPECT_EQ(r.summary.relevant, 1);
  EXPECT_EQ(r.summary.met, 1);
}

TEST(MatchingTest, VerdictWinsAndInconsistenciesAreFlagged) {
  // Verdict only, no values.
  auto r =
      Match(Cat(),
            Job({Relevant("aandacht", Task(Frequency::kVaak)),
                 Relevant("geheugen", Task(Frequency::kVaak)), Relevant("tillen", Lift(15, 10)),
                 Relevant("zitten", Posture(240, 60))}),
            Person({VerdictOnly("aandacht", S::kPartly), VerdictOnly("geheugen", S::kDoesNotMeet),
                    Assessed("tillen", CanLift(5, 10), S::kMeets),
                    Assessed("zitten", CanHold(480, 120), S::kDoesNotMeet)}));
  EXPECT_EQ(r.summary.relevant, 4);
  EXPECT_EQ(r.summary.met, 1);      // tillen: verdict voldoet
  EXPECT_EQ(r.summary.partly, 1);   // aandacht
  EXPECT_EQ(r.summary.not_met, 2);  // geheugen, zitten
  EXPECT_EQ(r.summary.inconsistent, 2);
  const ItemMatch* tillen = Find(r.met, "tillen");
  ASSERT_NE(tillen, nullptr);
  EXPECT_TRUE(tillen->inconsistent);
  EXPECT_EQ(tillen->computed, S::kDoesNotMeet);
  EXPECT_EQ(tillen->description, "moet 15 kg 10×/uur tillen; kan 5 kg (oordeel: voldoet)");
  const ItemMatch* aandacht = Find(r.discrepancies, "aandacht");
  ASSERT_NE(aandacht, nullptr);
  EXPECT_DOUBLE_EQ(aandacht->severity, kPartlyThreshold);
  EXPECT_EQ(aandacht->computed, S::kNotAssessed);
  EXPECT_FALSE(aandacht->inconsistent);
  EXPECT_EQ(aandacht->description,
            "moet vaak de aandacht vasthouden of verdelen; oordeel: voldoet deels");
  const ItemMatch* zitten = Find(r.discrepancies, "zitten");
  ASSERT_NE(zitten, nullptr);
  EXPECT_TRUE(zitten->inconsistent);
  EXPECT_DOUBLE_EQ(zitten->severity, 1.0);
  // Without verdicts (comparing with another job) only the values count.
  MatchOptions no_verdicts;
  no_verdicts.use_verdicts = false;
  auto values_only = Match(
      Cat(), Job({Relevant("aandacht", Task(Frequency::kVaak)), Relevant("tillen", Lift(15, 10))}),
      Person({VerdictOnly("aandacht", S::kPartly), Assessed("tillen", CanLift(5, 10), S::kMeets)}),
      no_verdicts);
  EXPECT_EQ(values_only.summary.not_assessed, 1);
  EXPECT_EQ(values_only.summary.not_met, 1);
  EXPECT_EQ(values_only.summary.inconsistent, 0);
}

TEST(MatchingTest, UnrestrictedMeetsEverything) {
  auto r = Match(Cat(), Job({Relevant("tillen", Lift(25, 60))}), Person({Unrestricted("tillen")}));
  ASSERT_EQ(r.met.size(), 1u);
  EXPECT_TRUE(r.met[0].unrestricted);
  EXPECT_EQ(r.met[0].description, "moet 25 kg 60×/uur tillen; geen beperking");
}

TEST(MatchingTest, TaskItemsFrequencyAndAid) {
  auto r = Match(Cat(),
                 Job({Relevant("geheugen", Task(Frequency::kVaak)),
                      Relevant("tempo", Task(Frequency::kRegelmatig, false)),
                      Relevant("werkdruk", Task(Frequency::kSoms, true))}),
                 Person({Assessed("geheugen", CanTask(Frequency::kSoms)),
                         Assessed("tempo", CanTask(Frequency::kVoortdurend, true)),
                         Assessed("werkdruk", CanTask(Frequency::kRegelmatig, true))}));
  const ItemMatch* geheugen = Find(r.discrepancies, "geheugen");
  ASSERT_NE(geheugen, nullptr);
  EXPECT_EQ(geheugen->status, S::kPartly);  // level 2 of 4: half short
  EXPECT_EQ(geheugen->description, "moet vaak dingen onthouden; kan soms");
  // Needs an aid where none is possible: not met.
  const ItemMatch* tempo = Find(r.discrepancies, "tempo");
  ASSERT_NE(tempo, nullptr);
  EXPECT_EQ(tempo->status, S::kDoesNotMeet);
  EXPECT_EQ(tempo->description,
            "moet regelmatig informatie snel verwerken, zonder hulpmiddel of strategie; "
            "kan alleen met hulpmiddel of strategie");
  // Needs an aid and the job allows one: met.
  EXPECT_NE(Find(r.met, "werkdruk"), nullptr);
}

TEST(MatchingTest, ShiftsTransportAndMovingAround) {
  ShiftsDemand shifts;
  shifts.shifts.Add(Shift::kDag).Add(Shift::kNacht);
  ShiftsCapacity can_shifts;
  can_shifts.shifts = ShiftSet{}.Add(Shift::kDag).Add(Shift::kAvond);
  MobilityDemand reach;
  reach.modes.Add(Mode::kAuto).Add(Mode::kOpenbaarVervoer);
  reach.travel_minutes = 45;
  MobilityCapacity can_reach;
  can_reach.modes = ModeSet{}.Add(Mode::kOpenbaarVervoer);
  can_reach.travel_minutes = 60;
  MobilityDemand move;
  move.modes.Add(Mode::kAuto).Add(Mode::kLopen);
  MobilityCapacity can_move;
  can_move.modes = ModeSet{}.Add(Mode::kLopen);
  auto r = Match(Cat(),
                 Job({Relevant("ploegendienst", shifts), Relevant("vervoer", reach),
                      Relevant("verplaatsen", move)}),
                 Person({Assessed("ploegendienst", can_shifts), Assessed("vervoer", can_reach),
                         Assessed("verplaatsen", can_move)}));
  const ItemMatch* p = Find(r.discrepancies, "ploegendienst");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->status, S::kPartly);  // one of two shifts missing
  EXPECT_EQ(p->description, "moet dagdienst en nachtdienst draaien; kan geen nachtdienst");
  const ItemMatch* v = Find(r.met, "vervoer");  // any one mode suffices
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->description,
            "moet naar het werk reizen, met zelf autorijden of openbaar vervoer, 45 min reistijd; "
            "kan met openbaar vervoer, 60 min reistijd");
  const ItemMatch* m = Find(r.discrepancies, "verplaatsen");  // all modes needed
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->status, S::kPartly);
  EXPECT_EQ(m->description,
            "moet zich verplaatsen tijdens het werk, met zelf autorijden en lopen; "
            "kan niet met zelf autorijden");
  // No shared transport mode at all: not met.
  can_reach.modes = ModeSet{}.Add(Mode::kFiets);
  auto r2 =
      Match(Cat(), Job({Relevant("vervoer", reach)}), Person({Assessed("vervoer", can_reach)}));
  ASSERT_EQ(r2.discrepancies.size(), 1u);
  EXPECT_EQ(r2.discrepancies[0].status, S::kDoesNotMeet);
}

TEST(MatchingTest, HoursAndAdaptedStart) {
  HoursDemand hours{8, 40};
  HoursCapacity can_hours{4, 20};
  auto r = Match(
      Cat(),
      Job({Relevant("werktijden", hours), Relevant("aangepaste_start", AdaptedStartDemand{false})}),
      Person({Assessed("werktijden", can_hours),
              Assessed("aangepaste_start", AdaptedStartCapacity{true})}));
  const ItemMatch* w = Find(r.discrepancies, "werktijden");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->status, S::kPartly);
  EXPECT_EQ(w->description,
            "moet 8 uur per dag en 40 uur per week werken; kan 4 uur per dag, 20 uur per week");
  const ItemMatch* a = Find(r.discrepancies, "aangepaste_start");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->status, S::kDoesNotMeet);
  EXPECT_EQ(a->description,
            "starten met aangepaste uren is niet mogelijk; heeft een aangepaste start nodig");
  // When the employer allows an adapted start there is nothing to fail.
  auto ok = Match(Cat(), Job({Relevant("aangepaste_start", AdaptedStartDemand{true})}),
                  Person({Assessed("aangepaste_start", AdaptedStartCapacity{true})}));
  EXPECT_EQ(ok.summary.met, 1);
}

TEST(MatchingTest, DecimalsUseADutchComma) {
  HoursDemand hours{7.5, std::nullopt};
  HoursCapacity can{6.25, std::nullopt};
  auto r =
      Match(Cat(), Job({Relevant("werktijden", hours)}), Person({Assessed("werktijden", can)}));
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].description, "moet 7,5 uur per dag werken; kan 6,3 uur per dag");
}

TEST(MatchingTest, DiscrepanciesOrderedBySeverityAndGroupedPerDiscipline) {
  auto r = Match(
      Cat(),
      Job({Relevant("aandacht", Task(Frequency::kVoortdurend)), Relevant("tillen", Lift(20, 10)),
           Relevant("dragen", Lift(10, 10)), Relevant("zitten", Posture(240, 60))}),
      Person({Assessed("aandacht", CanTask(Frequency::kRegelmatig)),  // 0.4 partly
              Assessed("tillen", CanLift(2, 10)),                     // 0.9 not
              Assessed("dragen", CanLift(4, 10)),                     // 0.6 not
              Assessed("zitten", CanHold(240, 50))}));                // 0.17 partly
  std::vector<std::string> order;
  for (const auto& m : r.discrepancies) order.push_back(m.item);
  EXPECT_EQ(order, (std::vector<std::string>{"tillen", "dragen", "aandacht", "zitten"}));
  // psychologie assesses aandacht; fysiotherapie the physical items.
  auto group = [&](std::string_view d) -> std::vector<std::string> {
    for (const auto& g : r.by_discipline) {
      if (g.discipline == d) return g.items;
    }
    return {};
  };
  EXPECT_EQ(group("psychologie"), std::vector<std::string>{"aandacht"});
  EXPECT_EQ(group("fysiotherapie"), (std::vector<std::string>{"tillen", "dragen", "zitten"}));
  EXPECT_EQ(group("verpleging"),
            (std::vector<std::string>{"tillen", "dragen", "aandacht", "zitten"}));
  EXPECT_TRUE(group("logopedie").empty());
  // The institution assigns tillen to fysiotherapie alone.
  MatchOptions options;
  options.assignment.overrides.push_back({"tillen", {"fysiotherapie"}});
  options.assignment.overrides.push_back({"zitten", {"bedrijfsfysiotherapie"}});
  auto r2 = Match(
      Cat(), Job({Relevant("tillen", Lift(20, 10)), Relevant("zitten", Posture(240, 60))}),
      Person({Assessed("tillen", CanLift(2, 10)), Assessed("zitten", CanHold(240, 50))}), options);
  ASSERT_EQ(r2.by_discipline.size(), 2u);
  EXPECT_EQ(r2.by_discipline[0].discipline, "fysiotherapie");
  EXPECT_EQ(r2.by_discipline[0].items, std::vector<std::string>{"tillen"});
  EXPECT_EQ(r2.by_discipline[1].discipline, "bedrijfsfysiotherapie");  // unknown code: after
}

TEST(MatchingTest, ChangesBetweenAssessments) {
  const FunctionProfile job =
      Job({Relevant("tillen", Lift(15, 10)), Relevant("dragen", Lift(10, 10)),
           Relevant("zitten", Posture(240, 60)), Relevant("staan", Posture(120, 30)),
           Relevant("lopen", DynamicDemand{2, std::nullopt, 30}),
           Relevant("geheugen", Task(Frequency::kVaak)), NotRelevant("klimmen")});
  const CapacityProfile before = Person({
      Assessed("tillen", CanLift(5, 10)),                       // not met
      Assessed("dragen", CanLift(6, 10)),                       // partly (0.4)
      Assessed("zitten", CanHold(240, 60)),                     // met
      Assessed("lopen", DynamicCapacity{2, std::nullopt, 10}),  // not met
      Assessed("geheugen", CanTask(Frequency::kVaak)),
  });
  const CapacityProfile after = Person({
      Assessed("tillen", CanLift(10, 10)),                      // partly: narrowed
      Assessed("dragen", CanLift(10, 10)),                      // met: closed
      Assessed("zitten", CanHold(240, 20)),                     // not met: widened
      Assessed("staan", CanHold(120, 30)),                      // newly assessed
      Assessed("lopen", DynamicCapacity{2, std::nullopt, 10}),  // unchanged
      Unrestricted("klimmen"),                                  // not relevant: ignored
  });                                                           // geheugen: no longer assessed
  auto c = CompareAssessments(Cat(), job, before, after);
  EXPECT_EQ(c.summary, (ChangeSummary{.closed = 1,
                                      .narrowed = 1,
                                      .widened = 1,
                                      .newly_assessed = 1,
                                      .no_longer_assessed = 1,
                                      .unchanged = 1}));
  std::vector<std::pair<std::string, ChangeKind>> got;
  for (const auto& ch : c.changes) got.emplace_back(ch.item, ch.kind);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, ChangeKind>>{
                     {"geheugen", ChangeKind::kNoLongerAssessed},
                     {"zitten", ChangeKind::kWidened},
                     {"staan", ChangeKind::kNewlyAssessed},
                     {"dragen", ChangeKind::kClosed},
                     {"tillen", ChangeKind::kNarrowed}}));  // catalogue order; lopen unchanged
  auto kind_of = [&](std::string_view item) {
    for (const auto& ch : c.changes) {
      if (ch.item == item) return ch.kind;
    }
    return ChangeKind::kUnchanged;
  };
  EXPECT_EQ(kind_of("tillen"), ChangeKind::kNarrowed);
  EXPECT_EQ(kind_of("dragen"), ChangeKind::kClosed);
  EXPECT_EQ(kind_of("zitten"), ChangeKind::kWidened);
  EXPECT_EQ(kind_of("staan"), ChangeKind::kNewlyAssessed);
  EXPECT_EQ(kind_of("geheugen"), ChangeKind::kNoLongerAssessed);
  EXPECT_EQ(c.changes.size(), 5u);  // lopen unchanged: not listed
  for (const auto& ch : c.changes) {
    if (ch.item == "tillen") {
      EXPECT_EQ(ch.before, S::kDoesNotMeet);
      EXPECT_EQ(ch.after, S::kPartly);
      EXPECT_NEAR(ch.severity_before, 10.0 / 15, 1e-12);
      EXPECT_NEAR(ch.severity_after, 5.0 / 15, 1e-12);
      EXPECT_EQ(ch.description,
                "Tillen: verschil kleiner, van voldoet niet (kan 5 kg) naar voldoet deels "
                "(kan 10 kg); moet 15 kg 10×/uur tillen");
    }
  }
  // Same status, smaller gap: narrowed too.
  auto c2 = CompareAssessments(Cat(), Job({Relevant("tillen", Lift(15, 10))}),
                               Person({Assessed("tillen", CanLift(2, 10))}),
                               Person({Assessed("tillen", CanLift(4, 10))}));
  ASSERT_EQ(c2.changes.size(), 1u);
  EXPECT_EQ(c2.changes[0].kind, ChangeKind::kNarrowed);
  EXPECT_EQ(ToCode(ChangeKind::kNarrowed), "kleiner");
}

}  // namespace
}  // namespace werkpad::domain::profiles
