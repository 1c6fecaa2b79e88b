#include "core/dutch_date.hpp"

#include <gtest/gtest.h>

namespace werkpad::core {
namespace {

using namespace std::chrono;

Instant At(const char* rfc3339) {
  auto t = ParseInstant(rfc3339);
  EXPECT_TRUE(t.has_value()) << rfc3339;
  return t.value_or(Instant{});
}

TEST(DutchDateTest, WinterIsOneHourAheadOfUtc) {
  EXPECT_EQ(DutchDate(At("2026-12-06T22:59:59.999Z")), year{2026} / December / 6);
  EXPECT_EQ(DutchDate(At("2026-12-06T23:00:00.000Z")), year{2026} / December / 7);
  EXPECT_EQ(DutchDate(At("2026-12-31T23:30:00.000Z")), year{2027} / January / 1);
}

TEST(DutchDateTest, SummerIsTwoHoursAheadOfUtc) {
  EXPECT_EQ(DutchDate(At("2026-07-14T21:59:59.000Z")), year{2026} / July / 14);
  EXPECT_EQ(DutchDate(At("2026-07-14T22:00:00.000Z")), year{2026} / July / 15);
}

// 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
TEST(DutchDateTest, FollowsTheEuSwitchDates) {
  // The evening before the March switch is still winter time (+1).
  EXPECT_EQ(DutchDate(At("2026-03-28T22:30:00.000Z")), year{2026} / March / 28);
  EXPECT_EQ(DutchDate(At("2026-03-28T23:00:00.000Z")), year{2026} / March / 29);
  // The evening after it is summer time (+2).
  EXPECT_EQ(DutchDate(At("2026-03-29T22:00:00.000Z")), year{2026} / March / 30);
  // The evening of the October switch is winter time again (+1).
  EXPECT_EQ(DutchDate(At("2026-10-24T22:00:00.000Z")), year{2026} / October / 25);
  EXPECT_EQ(DutchDate(At("2026-10-25T22:30:00.000Z")), year{2026} / October / 25);
  EXPECT_EQ(DutchDate(At("2026-10-25T23:00:00.000Z")), year{2026} / October / 26);
}

TEST(DutchDateTest, MatchesUtcDuringTheDay) {
  EXPECT_EQ(DutchDate(At("2024-02-29T12:00:00.000Z")), UtcDate(At("2024-02-29T12:00:00.000Z")));
}

}  // namespace
}  // namespace werkpad::core
