#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace werkpad::core {

// Calendar dates are std::chrono::year_month_day; instants are UTC milliseconds since the epoch.
// Local time exists only at the display edge (web UI, documents) and in DutchDate
// (core/dutch_date.hpp): the Dutch calendar date that every "today" rule uses.
using Date = std::chrono::year_month_day;
using Instant = std::chrono::sys_time<std::chrono::milliseconds>;

// Parses exactly "YYYY-MM-DD" with a real calendar date (2023-02-29 is rejected).
std::optional<Date> ParseDate(std::string_view text);

// "YYYY-MM-DD". REQUIRES: d.ok()
std::string FormatDate(Date d);

// RFC 3339 UTC with milliseconds: "2026-11-23T14:05:09.123Z".
std::string FormatInstant(Instant t);
std::optional<Instant> ParseInstant(std::string_view text);

inline std::int64_t ToMillis(Instant t) { return t.time_since_epoch().count(); }
inline Instant FromMillis(std::int64_t ms) { return Instant{std::chrono::milliseconds{ms}}; }

// The UTC calendar date of an instant.
Date UtcDate(Instant t);

// Days from `a` to `b` (negative when b is before a).
inline int DaysBetween(Date a, Date b) {
  return static_cast<int>((std::chrono::sys_days{b} - std::chrono::sys_days{a}).count());
}
inline Date AddDays(Date d, int days) {
  return Date{std::chrono::sys_days{d} + std::chrono::days{days}};
}

// Whole years of age on `on` for someone born on `birth` (a 29 February birthday counts as
// reached on 1 March in non-leap years, as in Dutch civil practice).
int AgeInYears(Date birth, Date on);

}  // namespace werkpad::core
