#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"

namespace werkpad::domain::poortwachter {

// One stretch of (partial) incapacity for work, as reported: the first sick day, the last sick day
// (nullopt while the employee is still sick) and the percentage of incapacity (1-100).
//
// Partial, adapted, other or "arbeidstherapeutisch" work is recorded as an episode with a lower
// percentage, never as a gap: it does not stop the clock.
// Source: uwv.nl "Ik ben in loondienst en ben ziek"; DOMAIN.md section 6, checked 2026-11-23.
struct Episode {
  core::Date start{};
  std::optional<core::Date> end;  // last sick day, inclusive
  int percentage = 100;

  bool operator==(const Episode&) const = default;
};

// Episodes whose gap (the fit days strictly between one episode's last sick day and the next
// episode's first sick day) is shorter than this add up to one period; a gap of exactly this many
// days or more starts a new count. "Minder dan vier weken" = fewer than 28 calendar days.
// Source: rviregister.nl "Samenstellen van ziekteperiodes, hoe zit dat nu precies?!" ("minder dan
// vier weken"; the interruption itself does not count); randstad.nl werkpocket "Ziekmelding door de
// werkgever" ("minder dan 28 dagen tussen de verschillende verzuimperioden");
// ondernemenmetpersoneel.nl "Hoe werkt samengesteld verzuim?" ("vier weken (28 dagen)"; "vier weken
// of langer ... begint de teller weer op nul"), checked 2026-11-23. The statutory rule is art.
// 7:629 lid 10 BW (wording "onderbreking van minder dan vier weken"; article text not re-read for
// this change).
inline constexpr int kNewPeriodGapDays = 28;

inline constexpr int kMinPercentage = 1;
inline constexpr int kMaxPercentage = 100;

// Checks a list of episodes (in any order) and returns every problem at once.
// Field paths are "episodes" and "episodes[i].start" / ".end" / ".percentage" with i the index in
// `episodes` as given. Errors: kInvalidInput with field codes
//   required          no episodes at all
//   invalid_date      start or end is not a calendar date
//   end_before_start  the last sick day lies before the first
//   out_of_range      percentage outside 1..100
//   overlap           the episode starts on or before the last sick day of an earlier one (an open
//                     episode overlaps every later one)
//   in_future         start or end lies after `today` (episodes record facts, not forecasts)
core::Status ValidateEpisodes(std::span<const Episode> episodes, core::Date today);

// One gap between two episodes that add up: `days` fit days starting on `first_fit_day`.
struct Gap {
  core::Date first_fit_day{};
  int days = 0;

  bool operator==(const Gap&) const = default;
};

// Episodes that add up to one count of sickness weeks ("samengestelde ziekteperiode").
struct SicknessPeriod {
  std::vector<Episode> episodes;  // sorted by start, at least one
  std::vector<Gap> gaps;          // gaps.size() == episodes.size() - 1, each < 28 days

  core::Date first_sick_day() const { return episodes.front().start; }
  // True while the latest episode has no end (the employee is still sick).
  bool open() const { return !episodes.back().end.has_value(); }
  // Last recorded sick day. REQUIRES: !open()
  core::Date last_sick_day() const { return *episodes.back().end; }
  int total_gap_days() const;
};

// Groups episodes into periods, oldest first. REQUIRES: ValidateEpisodes(episodes, ...) is ok.
std::vector<SicknessPeriod> SplitIntoPeriods(std::span<const Episode> episodes);

// The latest period: the one every current deadline counts from.
// REQUIRES: ValidateEpisodes(episodes, ...) is ok (so episodes is not empty).
SicknessPeriod CurrentPeriod(std::span<const Episode> episodes);

// The calendar date of the n-th sick day of the period (day 1 = first sick day; gap days are
// skipped). Days beyond the last recorded sick day of a closed period are projected as if the
// sickness had continued without a further gap: this is the earliest date the deadline can fall on;
// a later relapse within four weeks moves it by the new gap's length.
// REQUIRES: n >= 1
core::Date DateOfSickDay(const SicknessPeriod& period, int n);

// Last day of sickness week n: sick day 7*n. Without gaps this is first sick day + 7*n - 1 days.
// REQUIRES: n >= 1
core::Date EndOfWeek(const SicknessPeriod& period, int n);

// Number of recorded sick days of the period on or before `date` (0 before the first sick day).
// Fit days in gaps and days after a closed period's last sick day do not count.
int SickDaysUpTo(const SicknessPeriod& period, core::Date date);

// The sickness week (1-based) that `date` falls in when projected as in DateOfSickDay: for a sick
// day, the week of that day; for a fit day, the week of the last sick day before it;
// 0 before the first sick day.
int WeekOfDate(const SicknessPeriod& period, core::Date date);

}  // namespace werkpad::domain::poortwachter
