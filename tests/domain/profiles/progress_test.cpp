#include "domain/profiles/progress.hpp"

#include <gtest/gtest.h>

#include "profile_builders.hpp"

namespace werkpad::domain::profiles {
namespace {

using namespace testing;  // NOLINT
using S = AssessmentStatus;
using std::chrono::December;
using std::chrono::November;
using std::chrono::year;

CapacityProfile At(core::Date date, AssessmentMoment moment, std::vector<ItemAssessment> items) {
  CapacityProfile c;
  c.date = date;
  c.moment = moment;
  c.items = std::move(items);
  return c;
}

TEST(ProgressTest, CapacityOverTimeAgainstTheDemandLine) {
  FunctionProfile job;
  job.title = "Magazijnmedewerker";
  job.items = {Relevant("tillen", Lift(15, 10)), Relevant("zitten", Posture(std::nullopt, 60)),
               Relevant("geheugen", Task(Frequency::kVaak)), NotRelevant("klimmen")};
  const std::vector<CapacityProfile> series = {
      At(year{2026} / November / 2, AssessmentMoment::kEersteIndruk,
         {Assessed("tillen", CanLift(5, 10)), Assessed("zitten", CanHold(std::nullopt, 20))}),
      At(year{2026} / November / 23, AssessmentMoment::kHerbeoordeling,
         {Assessed("tillen", CanLift(10, std::nullopt)), Unrestricted("zitten")}),
      At(year{2026} / December / 7, AssessmentMoment::kDefinitief,
         {Assessed("tillen", CanLift(15, 12)), Unrestricted("zitten")}),
  };
  auto p = Progress(Cat(), job, series);
  // tillen: kg and keer; zitten: min_achtereen only (no per-day demand); geheugen: its frequency.
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].item, "geheugen");
  EXPECT_EQ(p[0].measure, Measure::kFrequency);
  EXPECT_EQ(p[0].demand, 4);
  EXPECT_EQ(p[0].points[0].status, S::kNotAssessed);
  EXPECT_EQ(p[1].item, "zitten");
  EXPECT_EQ(p[1].measure, Measure::kMinutesContinuous);
  EXPECT_EQ(p[1].points[0].capacity, 20);
  EXPECT_EQ(p[1].points[0].status, S::kDoesNotMeet);
  EXPECT_FALSE(p[1].points[1].capacity.has_value());
  EXPECT_TRUE(p[1].points[1].unrestricted);
  EXPECT_EQ(p[1].points[1].status, S::kMeets);
  const MeasureProgress& kg = p[2];
  EXPECT_EQ(kg.item, "tillen");
  EXPECT_EQ(kg.measure, Measure::kWeightKg);
  EXPECT_EQ(kg.demand, 15);
  ASSERT_EQ(kg.points.size(), 3u);
  EXPECT_EQ(kg.points[0].capacity, 5);
  EXPECT_EQ(kg.points[1].capacity, 10);
  EXPECT_EQ(kg.points[2].capacity, 15);
  EXPECT_EQ(kg.points[0].status, S::kDoesNotMeet);
  EXPECT_EQ(kg.points[1].status, S::kPartly);
  EXPECT_EQ(kg.points[2].status, S::kMeets);
  EXPECT_EQ(kg.points[1].moment, AssessmentMoment::kHerbeoordeling);
  EXPECT_EQ(kg.points[2].date, year{2026} / December / 7);
  const MeasureProgress& keer = p[3];
  EXPECT_EQ(keer.measure, Measure::kTimes);
  EXPECT_EQ(keer.points[1].capacity, std::nullopt);  // not measured at the re-assessment
  EXPECT_EQ(keer.points[2].capacity, 12);

  // No assessments yet: the demand lines alone.
  auto empty = Progress(Cat(), job, {});
  ASSERT_EQ(empty.size(), 4u);
  EXPECT_TRUE(empty[2].points.empty());
  EXPECT_EQ(empty[2].demand, 15);
}

}  // namespace
}  // namespace werkpad::domain::profiles
