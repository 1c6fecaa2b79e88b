#include "domain/indication/aow.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::indication {
namespace {

using namespace std::chrono;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

TEST(AowTest, TableIsContiguousAndNeverGoesDown) {
  auto table = AowTable();
  ASSERT_FALSE(table.empty());
  EXPECT_EQ(table.front().born_from, D(1948, 1, 1));
  EXPECT_EQ(table.back().born_to, D(1964, 9, 30));
  EXPECT_EQ(LastFixedBirthDate(), D(1964, 9, 30));
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_TRUE(table[i].age.fixed);
    EXPECT_LE(core::DaysBetween(table[i].born_from, table[i].born_to), 366) << i;
    EXPECT_GE(core::DaysBetween(table[i].born_from, table[i].born_to), 0) << i;
    if (i == 0) continue;
    EXPECT_EQ(table[i].born_from, core::AddDays(table[i - 1].born_to, 1)) << i;
    EXPECT_EQ(table[i].year, table[i - 1].year + 1) << i;
    int prev = table[i - 1].age.years * 12 + table[i - 1].age.months;
    int cur = table[i].age.years * 12 + table[i].age.months;
    EXPECT_GE(cur, prev) << i;
  }
}

// Each row says in which year its cohort reaches the AOW age; check the first and last birth date
// of every row against that year (this is how Rijksoverheid publishes the table).
TEST(AowTest, EveryCohortReachesItsAgeInTheTablesYear) {
  for (const AowRow& row : AowTable()) {
    for (core::Date birth : {row.born_from, row.born_to}) {
      core::Date reached = AowDate(birth);
      EXPECT_EQ(static_cast<int>(reached.year()), row.year)
          << core::FormatDate(birth) << " -> " << core::FormatDate(reached);
    }
  }
}

struct AgeCase {
  core::Date birth;
  int years;
  int months;
  bool fixed;
};

TEST(AowTest, AgeByBirthDateAtTheCohortBoundaries) {
  const std::vector<AgeCase> cases = {
      {D(1940, 5, 5), 65, 0, true},
      {D(1947, 12, 31), 65, 0, true},
      {D(1948, 1, 1), 65, 1, true},
      {D(1950, 9, 30), 65, 3, true},
      {D(1950, 10, 1), 65, 6, true},
      {D(1952, 12, 31), 66, 0, true},
      {D(1953, 1, 1), 66, 4, true},
      {D(1955, 8, 31), 66, 4, true},
      {D(1955, 9, 1), 66, 7, true},
      {D(1956, 5, 31), 66, 7, true},
      {D(1956, 6, 1), 66, 10, true},
      {D(1957, 2, 28), 66, 10, true},
      {D(1957, 3, 1), 67, 0, true},
      {D(1960, 12, 31), 67, 0, true},
      {D(1961, 1, 1), 67, 3, true},
      {D(1964, 9, 30), 67, 3, true},
      // Beyond the fixed table: provisional lower bound.
      {D(1964, 10, 1), 67, 3, false},
      {D(1990, 7, 1), 67, 3, false},
  };
  for (const auto& c : cases) {
    AowAge a = AowAgeFor(c.birth);
    EXPECT_EQ(a.years, c.years) << core::FormatDate(c.birth);
    EXPECT_EQ(a.months, c.months) << core::FormatDate(c.birth);
    EXPECT_EQ(a.fixed, c.fixed) << core::FormatDate(c.birth);
  }
}

TEST(AowTest, AowDates) {
  // Published examples: born 31 August 1950 reaches 65 years 3 months on 1 December 2015 (there is
  // no 31 November), born 30 September 1950 on 30 December 2015.
  EXPECT_EQ(AowDate(D(1950, 8, 31)), D(2015, 12, 1));
  EXPECT_EQ(AowDate(D(1950, 9, 30)), D(2015, 12, 30));
  EXPECT_EQ(AowDate(D(1961, 1, 1)), D(2028, 4, 1));     // 67 + 3
  EXPECT_EQ(AowDate(D(1960, 6, 15)), D(2027, 6, 15));   // 67
  EXPECT_EQ(AowDate(D(1956, 2, 29)), D(2022, 9, 29));   // 66 + 7 from a leap day
  EXPECT_EQ(AowDate(D(1953, 10, 31)), D(2020, 3, 1));   // 66 + 4: 31 February -> 1 March
  EXPECT_EQ(AowDate(D(1957, 2, 28)), D(2023, 12, 28));  // 66 + 10, last of the 2023 cohort
}

TEST(AowTest, AddYearsMonthsRollsOverMissingDays) {
  EXPECT_EQ(AddYearsMonths(D(2008, 2, 29), 18, 0), D(2026, 3, 1));
  EXPECT_EQ(AddYearsMonths(D(2008, 2, 29), 16, 0), D(2024, 2, 29));
  EXPECT_EQ(AddYearsMonths(D(2000, 1, 31), 0, 1), D(2000, 3, 1));
  EXPECT_EQ(AddYearsMonths(D(2000, 5, 15), 1, 11), D(2002, 4, 15));
  EXPECT_FALSE(kAowSource.empty());
}

}  // namespace
}  // namespace werkpad::domain::indication
