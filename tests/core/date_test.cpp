#include "core/date.hpp"

#include <gtest/gtest.h>

namespace werkpad::core {
namespace {

using namespace std::chrono;

TEST(DateTest, ParsesValidDates) {
  auto d = ParseDate("2024-02-29");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, year{2024} / February / 29);
  EXPECT_EQ(FormatDate(*d), "2024-02-29");
}

TEST(DateTest, RejectsInvalidDates) {
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01",
                          "2024/01/01", "2024-01-32", "", "abcd-ef-gh", "2024-01-01x",
                          " 2024-01-01", "1700-01-01", "2024-+1-01"}) {
    EXPECT_FALSE(ParseDate(bad).has_value()) << bad;
  }
}

TEST(DateTest, InstantRoundTrip) {
  auto t = ParseInstant("2026-11-23T14:05:09.123Z");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(FormatInstant(*t), "2026-11-23T14:05:09.123Z");
  EXPECT_EQ(UtcDate(*t), year{2026} / November / 23);
  EXPECT_FALSE(ParseInstant("2026-11-23T24:00:00Z").has_value());
  EXPECT_FALSE(ParseInstant("2026-11-23 14:05:09Z").has_value());
  EXPECT_EQ(FormatInstant(*ParseInstant("2026-11-23T00:00:00Z")), "2026-11-23T00:00:00.000Z");
  // Before the epoch, the last millisecond of a day, and a year below 1000.
  EXPECT_EQ(FormatInstant(FromMillis(-1)), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(FormatDate(year{987} / March / 4), "0987-03-04");
  EXPECT_EQ(FormatInstant(FromMillis(-30610310400000)), "0999-12-31T00:00:00.000Z");
}

TEST(DateTest, AgeCountsWholeYears) {
  Date birth = year{2008} / March / 15;
  EXPECT_EQ(AgeInYears(birth, year{2026} / March / 14), 17);
  EXPECT_EQ(AgeInYears(birth, year{2026} / March / 15), 18);
  Date leap = year{2008} / February / 29;
  EXPECT_EQ(AgeInYears(leap, year{2026} / February / 28), 17);
  EXPECT_EQ(AgeInYears(leap, year{2026} / March / 1), 18);
}

TEST(DateTest, DayArithmetic) {
  Date a = year{2022} / January / 3;
  EXPECT_EQ(AddDays(a, 728), year{2024} / January / 1);
  EXPECT_EQ(DaysBetween(a, year{2024} / January / 1), 728);
  EXPECT_EQ(DaysBetween(year{2024} / January / 1, a), -728);
}

}  // namespace
}  // namespace werkpad::core
