#include "domain/profiles/profile.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "profile_builders.hpp"

namespace werkpad::domain::profiles {
namespace {

using namespace testing;  // NOLINT

bool HasField(const core::Status& st, std::string_view path, std::string_view code) {
  if (st.ok()) return false;
  return std::any_of(st.error().fields.begin(), st.error().fields.end(),
                     [&](const core::FieldError& f) { return f.path == path && f.code == code; });
}

FunctionProfile Fn(std::vector<ItemDemand> items) {
  FunctionProfile p;
  p.title = "Monteur";
  p.items = std::move(items);
  return p;
}

TEST(ProfileValidationTest, GoodProfilePasses) {
  EXPECT_TRUE(
      ValidateFunctionProfile(Cat(), Fn({Relevant("tillen", Lift(15, 10)), NotRelevant("klimmen"),
                                         Relevant("aandacht", Task(Frequency::kVaak, true))}))
          .ok());
}

TEST(ProfileValidationTest, FunctionProfileErrors) {
  DynamicDemand walking_with_kg;
  walking_with_kg.weight_kg = 5;  // lopen has no kg measure
  DynamicDemand empty;
  ItemDemand not_relevant_with_value = NotRelevant("tillen");
  not_relevant_with_value.value = Lift(5, 1);
  FunctionProfile p = Fn({Relevant("zitten", Lift(5, 1)),             // wrong kind
                          Relevant("lopen", walking_with_kg),         // measure not of item
                          Relevant("dragen", Lift(-1, 10)),           // out of range
                          Relevant("heffen", Lift(5, std::nan(""))),  // NaN
                          Relevant("traplopen", empty),               // no quantity
                          not_relevant_with_value,                    //
                          Relevant("vliegen", Lift(1, 1)),            // unknown item
                          Relevant("bukken", DynamicDemand{5, std::nullopt, std::nullopt}),
                          Relevant("bukken", DynamicDemand{6, std::nullopt, std::nullopt})});
  p.title.clear();
  p.hours_per_week = 200;
  p.wage_cents = -1;
  auto st = ValidateFunctionProfile(Cat(), p);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(st, "title", "required"));
  EXPECT_TRUE(HasField(st, "hours_per_week", "out_of_range"));
  EXPECT_TRUE(HasField(st, "wage_cents", "out_of_range"));
  EXPECT_TRUE(HasField(st, "items[0].demand", "wrong_kind"));
  EXPECT_TRUE(HasField(st, "items[1].demand.kg", "measure_not_of_item"));
  EXPECT_TRUE(HasField(st, "items[2].demand.kg", "out_of_range"));
  EXPECT_TRUE(HasField(st, "items[3].demand.keer", "out_of_range"));
  EXPECT_TRUE(HasField(st, "items[4].demand", "required"));
  EXPECT_TRUE(HasField(st, "items[5].demand", "not_relevant_with_value"));
  EXPECT_TRUE(HasField(st, "items[6].item", "unknown_item"));
  EXPECT_TRUE(HasField(st, "items[8].item", "duplicate"));
  EXPECT_EQ(st.error().fields.size(), 11u);
}

TEST(ProfileValidationTest, UpperLimitsPerMeasure) {
  HoursDemand h{25, 40};
  EXPECT_TRUE(HasField(ValidateFunctionProfile(Cat(), Fn({Relevant("werktijden", h)})),
                       "items[0].demand.uur_per_dag", "out_of_range"));
  h = HoursDemand{24, 168};
  EXPECT_TRUE(ValidateFunctionProfile(Cat(), Fn({Relevant("werktijden", h)})).ok());
  StaticDemand s{1441, std::nullopt};
  EXPECT_TRUE(HasField(ValidateFunctionProfile(Cat(), Fn({Relevant("zitten", s)})),
                       "items[0].demand.min_per_dag", "out_of_range"));
}

TEST(ProfileValidationTest, CapacityProfileErrors) {
  CapacityProfile c;
  ItemAssessment both = Unrestricted("tillen");
  both.value = CanLift(5, 5);
  ItemAssessment unknown_discipline = Assessed("zitten", CanHold(60, 30));
  unknown_discipline.discipline = "astrologie";
  c.items = {both,
             unknown_discipline,
             Assessed("staan", CanLift(5, 5)),
             Assessed("lopen", CanLift(5, std::nullopt)),
             VerdictOnly("geheugen", AssessmentStatus::kPartly),
             Assessed("zitten", CanHold(1, 1))};
  auto st = ValidateCapacityProfile(Cat(), c);
  EXPECT_TRUE(HasField(st, "items[0].capacity", "unrestricted_with_value"));
  EXPECT_TRUE(HasField(st, "items[1].discipline", "unknown_discipline"));
  EXPECT_TRUE(HasField(st, "items[2].capacity", "wrong_kind"));
  EXPECT_TRUE(HasField(st, "items[3].capacity.kg", "measure_not_of_item"));
  EXPECT_TRUE(HasField(st, "items[5].item", "duplicate"));
  EXPECT_EQ(st.error().fields.size(), 5u);  // a verdict alone (geheugen) is fine
}

TEST(ProfileValidationTest, CodesRoundTrip) {
  for (auto s : AllAssessmentStatuses()) EXPECT_EQ(ParseAssessmentStatus(ToCode(s)), s);
  for (auto f : AllFrequencies()) EXPECT_EQ(ParseFrequency(ToCode(f)), f);
  for (auto s : AllShifts()) EXPECT_EQ(ParseShift(ToCode(s)), s);
  for (auto m : AllModes()) EXPECT_EQ(ParseMode(ToCode(m)), m);
  for (auto m : AllMeasures()) EXPECT_EQ(ParseMeasure(ToCode(m)), m);
  for (auto k : AllItemKinds()) {
    EXPECT_EQ(ParseItemKind(ToCode(k)), k);
    EXPECT_EQ(EmptyDemand(k).index(), VariantIndex(k));
    EXPECT_EQ(EmptyCapacity(k).index(), VariantIndex(k));
  }
  EXPECT_EQ(ParseCapacitySource("fml"), CapacitySource::kFml);
  EXPECT_EQ(ParseAssessmentMoment("definitief"), AssessmentMoment::kDefinitief);
  EXPECT_FALSE(ParseAssessmentStatus("goed").has_value());
  EXPECT_EQ(DemandField(Measure::kWithoutAid), "hulpmiddel_mogelijk");
  EXPECT_EQ(CapacityField(Measure::kFullStart), "aangepaste_start_nodig");
}

}  // namespace
}  // namespace werkpad::domain::profiles
