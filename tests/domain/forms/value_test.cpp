#include "domain/forms/value.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::forms {
namespace {

using namespace std::chrono;

TEST(ValueTest, AddDuration) {
  const core::Date start = year{2026} / January / 31;
  EXPECT_EQ(AddDuration(start, {10, DurationUnit::kDays}), core::Date{year{2026} / February / 10});
  EXPECT_EQ(AddDuration(start, {12, DurationUnit::kWeeks}), core::Date{year{2026} / April / 25});
  // Months clamp to the month's last day.
  EXPECT_EQ(AddDuration(start, {1, DurationUnit::kMonths}), core::Date{year{2026} / February / 28});
  EXPECT_EQ(AddDuration(year{2028} / January / 31, {1, DurationUnit::kMonths}),
            core::Date{year{2028} / February / 29});
  EXPECT_EQ(AddDuration(start, {3, DurationUnit::kMonths}), core::Date{year{2026} / April / 30});
  EXPECT_EQ(AddDuration(start, {12, DurationUnit::kMonths}), core::Date{year{2027} / January / 31});
}

TEST(ValueTest, IsAnswered) {
  EXPECT_FALSE(IsAnswered(Value{std::string()}));
  EXPECT_FALSE(IsAnswered(Value{std::string(" \t\n")}));
  EXPECT_TRUE(IsAnswered(Value{std::string("x")}));
  EXPECT_TRUE(IsAnswered(Value{false}));
  EXPECT_TRUE(IsAnswered(Value{0.0}));
  EXPECT_FALSE(IsAnswered(Value{std::vector<std::string>{}}));
  EXPECT_FALSE(IsAnswered(Value{std::vector<Row>{}}));
  EXPECT_TRUE(IsAnswered(Value{std::vector<Row>{Row{}}}));
  EXPECT_TRUE(IsAnswered(Value{Duration{0, DurationUnit::kDays}}));
}

TEST(ValueTest, CodesAndDescriptions) {
  for (DurationUnit u : AllDurationUnits()) EXPECT_EQ(ParseDurationUnit(ToCode(u)), u);
  EXPECT_EQ(ParseDurationUnit("weken"), std::nullopt);
  EXPECT_EQ(DescribeValue(Value{Duration{12, DurationUnit::kWeeks}}), "12 weeks");
  EXPECT_EQ(DescribeValue(Value{std::vector<std::string>{"a", "b"}}), "[a, b]");
  EXPECT_EQ(DescribeValue(Value{core::Date{year{2026} / 3 / 2}}), "2026-03-02");
  EXPECT_EQ(ValueKindName(Value{std::vector<Row>{}}), "rows");
}

}  // namespace
}  // namespace werkpad::domain::forms
