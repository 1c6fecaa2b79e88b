#include "domain/poortwachter/episodes.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace werkpad::domain::poortwachter {
namespace {

using namespace std::chrono;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }
const core::Date kToday = D(2026, 11, 23);

Episode Open(core::Date start, int pct = 100) { return Episode{start, std::nullopt, pct}; }
Episode Closed(core::Date start, core::Date end, int pct = 100) { return Episode{start, end, pct}; }

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  const auto& f = s.error().fields;
  return std::any_of(f.begin(), f.end(),
                     [&](const core::FieldError& e) { return e.path == path && e.code == code; });
}

// Worked examples. Expected dates were computed independently (first sick day + 7n - 1 days,
// plus the gap days) and checked against the sources cited in episodes.hpp.
struct WeekCase {
  const char* name;
  std::vector<Episode> episodes;
  int week;
  core::Date expected_end;
};

TEST(PoortwachterEpisodesTest, EndOfWeekWorkedExamples) {
  const std::vector<WeekCase> cases = {
      // DOMAIN.md section 6: Mon 5 Jan 2026 -> week 6 ends Sun 15 Feb 2026.
      {"domain_week6", {Open(D(2026, 1, 5))}, 6, D(2026, 2, 15)},
      // ... and week 104 ends Sun 2 Jan 2028.
      {"domain_week104", {Open(D(2026, 1, 5))}, 104, D(2028, 1, 2)},
      {"week1_is_seven_days", {Open(D(2026, 1, 5))}, 1, D(2026, 1, 11)},
      // rviregister.nl: sick from 3 Jan 2022 -> the 104 weeks end with 31 Dec 2023 (the day after
      // is 1 Jan 2024, the date the article quotes).
      {"rvi_without_gap", {Open(D(2022, 1, 3))}, 104, D(2023, 12, 31)},
      // rviregister.nl: sick 3 Jan-3 Jul 2022, fit 4-24 Jul (21 days), sick from 25 Jul:
      // everything after the gap moves by 21 days -> 21 Jan 2024 (the day after: 22 Jan 2024).
      {"rvi_with_gap",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))},
       104,
       D(2024, 1, 21)},
      // A week that ends before the gap does not move.
      {"rvi_before_gap",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))},
       6,
       D(2022, 2, 13)},
      // Sick day 182 = 3 Jul 2022 is the last day before the gap (week 26 ends there).
      {"rvi_week_ending_on_last_day_before_gap",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))},
       26,
       D(2022, 7, 3)},
      // Week 27 starts on the first sick day after the gap.
      {"rvi_week_after_gap",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))},
       27,
       D(2022, 7, 31)},
      // Leap year: 29 Feb 2024 counts as a day.
      {"leap_week6", {Open(D(2024, 2, 1))}, 6, D(2024, 3, 13)},
      {"leap_week104", {Open(D(2024, 2, 1))}, 104, D(2026, 1, 28)},
      // Year boundary.
      {"year_boundary_week1", {Open(D(2025, 12, 29))}, 1, D(2026, 1, 4)},
      {"year_boundary_week6", {Open(D(2025, 12, 29))}, 6, D(2026, 2, 8)},
      // Partial sickness (50%) and a switch of percentage without a gap do not move anything.
      {"partial_counts",
       {Closed(D(2026, 1, 5), D(2026, 1, 20)), Open(D(2026, 1, 21), 50)},
       6,
       D(2026, 2, 15)},
      // Gap of 27 days (just under four weeks): adds up, moves by 27 days.
      {"gap_27_adds_up",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 31))},
       104,
       D(2024, 1, 27)},
      // Gap of exactly 28 days: a new count from 1 Aug 2022.
      {"gap_28_new_count",
       {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 8, 1))},
       6,
       D(2022, 9, 11)},
  };
  for (const auto& c : cases) {
    ASSERT_TRUE(ValidateEpisodes(c.episodes, kToday).ok()) << c.name;
    SicknessPeriod p = CurrentPeriod(c.episodes);
    EXPECT_EQ(EndOfWeek(p, c.week), c.expected_end) << c.name;
  }
}

TEST(PoortwachterEpisodesTest, GapUnderFourWeeksAddsUpAndRecordsTheGap) {
  std::vector<Episode> e = {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))};
  auto periods = SplitIntoPeriods(e);
  ASSERT_EQ(periods.size(), 1u);
  const SicknessPeriod& p = periods[0];
  EXPECT_EQ(p.first_sick_day(), D(2022, 1, 3));
  ASSERT_EQ(p.gaps.size(), 1u);
  EXPECT_EQ(p.gaps[0], (Gap{D(2022, 7, 4), 21}));
  EXPECT_EQ(p.total_gap_days(), 21);
  EXPECT_TRUE(p.open());
}

TEST(PoortwachterEpisodesTest, GapBoundaryIsTwentyEightDays) {
  // 27 fit days (4-30 Jul): one period.
  std::vector<Episode> under = {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 31))};
  EXPECT_EQ(SplitIntoPeriods(under).size(), 1u);
  EXPECT_EQ(CurrentPeriod(under).total_gap_days(), 27);
  // 28 fit days (4-31 Jul): four full weeks, a new count.
  std::vector<Episode> at = {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 8, 1))};
  auto periods = SplitIntoPeriods(at);
  ASSERT_EQ(periods.size(), 2u);
  EXPECT_EQ(CurrentPeriod(at).first_sick_day(), D(2022, 8, 1));
  EXPECT_TRUE(CurrentPeriod(at).gaps.empty());
}

TEST(PoortwachterEpisodesTest, ChainsOfShortGapsAddUpAndOrderDoesNotMatter) {
  // Given out of order; gaps 9 and 10 days.
  std::vector<Episode> e = {Open(D(2026, 3, 1)), Closed(D(2026, 1, 5), D(2026, 1, 31)),
                            Closed(D(2026, 2, 10), D(2026, 2, 18))};
  ASSERT_TRUE(ValidateEpisodes(e, kToday).ok());
  SicknessPeriod p = CurrentPeriod(e);
  EXPECT_EQ(p.first_sick_day(), D(2026, 1, 5));
  EXPECT_EQ(p.total_gap_days(), 9 + 10);
  EXPECT_EQ(EndOfWeek(p, 104), core::AddDays(D(2028, 1, 2), 19));
}

TEST(PoortwachterEpisodesTest, ConsecutiveEpisodesHaveAZeroGap) {
  std::vector<Episode> e = {Closed(D(2026, 1, 5), D(2026, 1, 20)), Open(D(2026, 1, 21), 40)};
  SicknessPeriod p = CurrentPeriod(e);
  ASSERT_EQ(p.gaps.size(), 1u);
  EXPECT_EQ(p.gaps[0].days, 0);
}

TEST(PoortwachterEpisodesTest, ClosedPeriodIsProjectedWithoutFurtherGap) {
  std::vector<Episode> e = {Closed(D(2026, 1, 5), D(2026, 1, 20))};
  SicknessPeriod p = CurrentPeriod(e);
  EXPECT_FALSE(p.open());
  EXPECT_EQ(p.last_sick_day(), D(2026, 1, 20));
  EXPECT_EQ(DateOfSickDay(p, 16), D(2026, 1, 20));
  EXPECT_EQ(DateOfSickDay(p, 17), D(2026, 1, 21));
  EXPECT_EQ(EndOfWeek(p, 6), D(2026, 2, 15));
}

TEST(PoortwachterEpisodesTest, SickDaysAndWeeks) {
  std::vector<Episode> e = {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))};
  SicknessPeriod p = CurrentPeriod(e);
  EXPECT_EQ(SickDaysUpTo(p, D(2022, 1, 2)), 0);
  EXPECT_EQ(SickDaysUpTo(p, D(2022, 1, 3)), 1);
  EXPECT_EQ(SickDaysUpTo(p, D(2022, 7, 3)), 182);
  EXPECT_EQ(SickDaysUpTo(p, D(2022, 7, 20)), 182);  // in the gap
  EXPECT_EQ(SickDaysUpTo(p, D(2022, 7, 25)), 183);
  EXPECT_EQ(WeekOfDate(p, D(2022, 1, 2)), 0);
  EXPECT_EQ(WeekOfDate(p, D(2022, 1, 3)), 1);
  EXPECT_EQ(WeekOfDate(p, D(2022, 1, 9)), 1);
  EXPECT_EQ(WeekOfDate(p, D(2022, 1, 10)), 2);
  EXPECT_EQ(WeekOfDate(p, D(2022, 7, 10)), 26);  // a fit day: week of the last sick day
  EXPECT_EQ(WeekOfDate(p, D(2022, 7, 25)), 27);
  EXPECT_EQ(WeekOfDate(p, D(2024, 1, 21)), 104);
  EXPECT_EQ(WeekOfDate(p, D(2024, 1, 22)), 105);

  std::vector<Episode> closed = {Closed(D(2026, 1, 5), D(2026, 1, 20))};
  SicknessPeriod c = CurrentPeriod(closed);
  EXPECT_EQ(SickDaysUpTo(c, D(2026, 3, 1)), 16);  // recorded days only
  EXPECT_EQ(WeekOfDate(c, D(2026, 2, 15)), 6);    // projected
}

TEST(PoortwachterEpisodesTest, ValidEpisodesPass) {
  std::vector<Episode> e = {Closed(D(2026, 1, 5), D(2026, 1, 5), 1), Open(D(2026, 1, 6), 100)};
  EXPECT_TRUE(ValidateEpisodes(e, kToday).ok());
  // Start and end on today are allowed.
  std::vector<Episode> today = {Closed(kToday, kToday)};
  EXPECT_TRUE(ValidateEpisodes(today, kToday).ok());
}

TEST(PoortwachterEpisodesTest, ValidationReportsEveryProblem) {
  struct Case {
    const char* name;
    std::vector<Episode> episodes;
    std::string path;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"empty", {}, "episodes", "required"},
      {"end_before_start",
       {Closed(D(2026, 2, 1), D(2026, 1, 31))},
       "episodes[0].end",
       "end_before_start"},
      {"percentage_zero", {Open(D(2026, 1, 5), 0)}, "episodes[0].percentage", "out_of_range"},
      {"percentage_101", {Open(D(2026, 1, 5), 101)}, "episodes[0].percentage", "out_of_range"},
      {"start_in_future", {Open(D(2026, 11, 24))}, "episodes[0].start", "in_future"},
      {"end_in_future", {Closed(D(2026, 11, 1), D(2026, 11, 24))}, "episodes[0].end", "in_future"},
      {"invalid_date", {Open(year{2026} / February / 30)}, "episodes[0].start", "invalid_date"},
      {"overlap",
       {Closed(D(2026, 1, 5), D(2026, 1, 31)), Closed(D(2026, 1, 31), D(2026, 2, 5))},
       "episodes[1].start",
       "overlap"},
      {"overlap_reported_on_later_one_even_when_given_first",
       {Closed(D(2026, 1, 20), D(2026, 2, 5)), Closed(D(2026, 1, 5), D(2026, 1, 25))},
       "episodes[0].start",
       "overlap"},
      {"open_episode_before_another",
       {Open(D(2026, 1, 5)), Closed(D(2026, 3, 1), D(2026, 3, 5))},
       "episodes[1].start",
       "overlap"},
      {"two_open", {Open(D(2026, 1, 5)), Open(D(2026, 2, 5))}, "episodes[1].start", "overlap"},
  };
  for (const auto& c : cases) {
    auto s = ValidateEpisodes(c.episodes, kToday);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput) << c.name;
    EXPECT_TRUE(HasField(s, c.path, c.code)) << c.name;
  }
}

}  // namespace
}  // namespace werkpad::domain::poortwachter
