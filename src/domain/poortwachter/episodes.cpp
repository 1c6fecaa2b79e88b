#include "domain/poortwachter/episodes.hpp"

#include <algorithm>
#include <numeric>
#include <string>

namespace werkpad::domain::poortwachter {

namespace {

std::string Path(std::size_t i, const char* field) {
  return "episodes[" + std::to_string(i) + "]." + field;
}

// Indices of `episodes` ordered by start date (stable for equal starts).
std::vector<std::size_t> ByStart(std::span<const Episode> episodes) {
  std::vector<std::size_t> order(episodes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::chrono::sys_days{episodes[a].start} < std::chrono::sys_days{episodes[b].start};
  });
  return order;
}

// Days in an episode; only for closed episodes.
int Length(const Episode& e) { return core::DaysBetween(e.start, *e.end) + 1; }

// Sick-day number of `date` with days after a closed period projected as sick; a fit day in a gap
// gets the number of the last sick day before it.
int ProjectedSickDayNumber(const SicknessPeriod& period, core::Date date) {
  int count = 0;
  for (const Episode& e : period.episodes) {
    if (core::DaysBetween(e.start, date) < 0) return count;  // before this episode: in a gap
    if (!e.end || core::DaysBetween(*e.end, date) <= 0) {
      return count + core::DaysBetween(e.start, date) + 1;  // inside this episode
    }
    count += Length(e);
  }
  // After the last sick day of a closed period: projected as continued sickness.
  return count + core::DaysBetween(period.last_sick_day(), date);
}

}  // namespace

int SicknessPeriod::total_gap_days() const {
  int total = 0;
  for (const Gap& g : gaps) total += g.days;
  return total;
}

core::Status ValidateEpisodes(std::span<const Episode> episodes, core::Date today) {
  std::vector<core::FieldError> errors;
  auto add = [&](std::string path, std::string code, std::string message) {
    errors.push_back({std::move(path), std::move(code), std::move(message)});
  };
  if (episodes.empty()) {
    add("episodes", "required", "at least one sickness episode is required");
  }
  std::vector<bool> usable(episodes.size(), false);
  for (std::size_t i = 0; i < episodes.size(); ++i) {
    const Episode& e = episodes[i];
    bool ok = true;
    if (!e.start.ok()) {
      add(Path(i, "start"), "invalid_date", "is not a calendar date");
      ok = false;
    } else if (core::DaysBetween(today, e.start) > 0) {
      add(Path(i, "start"), "in_future", "lies after today");
    }
    if (e.end) {
      if (!e.end->ok()) {
        add(Path(i, "end"), "invalid_date", "is not a calendar date");
        ok = false;
      } else if (e.start.ok() && core::DaysBetween(e.start, *e.end) < 0) {
        add(Path(i, "end"), "end_before_start", "the last sick day lies before the first sick day");
        ok = false;
      } else if (core::DaysBetween(today, *e.end) > 0) {
        add(Path(i, "end"), "in_future", "lies after today");
      }
    }
    if (e.percentage < kMinPercentage || e.percentage > kMaxPercentage) {
      add(Path(i, "percentage"), "out_of_range", "must be between 1 and 100");
    }
    usable[i] = ok;
  }
  // Overlaps, checked between episodes whose own dates are sound.
  std::vector<std::size_t> order;
  for (std::size_t i : ByStart(episodes)) {
    if (usable[i]) order.push_back(i);
  }
  for (std::size_t k = 1; k < order.size(); ++k) {
    const Episode& prev = episodes[order[k - 1]];
    const Episode& next = episodes[order[k]];
    if (!prev.end || core::DaysBetween(*prev.end, next.start) <= 0) {
      add(Path(order[k], "start"), "overlap",
          "overlaps episode " + std::to_string(order[k - 1]) +
              (prev.end ? "" : ", which has no end"));
    }
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("the sickness episodes are invalid", std::move(errors));
}

std::vector<SicknessPeriod> SplitIntoPeriods(std::span<const Episode> episodes) {
  std::vector<SicknessPeriod> periods;
  for (std::size_t i : ByStart(episodes)) {
    const Episode& e = episodes[i];
    if (!periods.empty()) {
      SicknessPeriod& current = periods.back();
      const Episode& prev = current.episodes.back();
      int gap = core::DaysBetween(*prev.end, e.start) - 1;
      if (gap < kNewPeriodGapDays) {
        current.gaps.push_back({core::AddDays(*prev.end, 1), gap});  // gap 0: consecutive
        current.episodes.push_back(e);
        continue;
      }
    }
    periods.push_back(SicknessPeriod{{e}, {}});
  }
  return periods;
}

SicknessPeriod CurrentPeriod(std::span<const Episode> episodes) {
  return SplitIntoPeriods(episodes).back();
}

core::Date DateOfSickDay(const SicknessPeriod& period, int n) {
  int remaining = n;
  for (const Episode& e : period.episodes) {
    if (!e.end || remaining <= Length(e)) return core::AddDays(e.start, remaining - 1);
    remaining -= Length(e);
  }
  return core::AddDays(period.last_sick_day(), remaining);
}

core::Date EndOfWeek(const SicknessPeriod& period, int n) { return DateOfSickDay(period, 7 * n); }

int SickDaysUpTo(const SicknessPeriod& period, core::Date date) {
  int count = 0;
  for (const Episode& e : period.episodes) {
    if (core::DaysBetween(e.start, date) < 0) break;
    core::Date last = (e.end && core::DaysBetween(*e.end, date) > 0) ? *e.end : date;
    count += core::DaysBetween(e.start, last) + 1;
  }
  return count;
}

int WeekOfDate(const SicknessPeriod& period, core::Date date) {
  int n = ProjectedSickDayNumber(period, date);
  return n <= 0 ? 0 : (n + 6) / 7;
}

}  // namespace werkpad::domain::poortwachter
