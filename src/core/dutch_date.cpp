#include "core/dutch_date.hpp"

#include <boost/date_time/local_time/local_time.hpp>

namespace werkpad::core {

namespace {

// Europe/Amsterdam as a POSIX-style rule, so no tz database is needed at run time. Boost's
// posix_time_zone writes the offset east of UTC as positive ("CET+1"), unlike glibc's TZ.
// Summer time: last Sunday of March 02:00 CET to last Sunday of October 03:00 CEST, i.e. 01:00
// UTC both ways (EU Directive 2000/84/EC, art. 2 and 3; in force in the Netherlands since 1996).
const boost::local_time::time_zone_ptr& Amsterdam() {
  static const boost::local_time::time_zone_ptr zone(
      new boost::local_time::posix_time_zone("CET+01CEST+01,M3.5.0/02:00,M10.5.0/03:00"));
  return zone;
}

}  // namespace

Date DutchDate(Instant t) {
  namespace pt = boost::posix_time;
  const std::int64_t ms = ToMillis(t);
  std::int64_t seconds = ms / 1000;
  if (ms % 1000 < 0) --seconds;  // floor for instants before the epoch
  const pt::ptime utc = pt::from_time_t(0) + pt::seconds(static_cast<long>(seconds));
  const boost::local_time::local_date_time local(utc, Amsterdam());
  const auto d = local.local_time().date();
  return Date{std::chrono::year{static_cast<int>(d.year())},
              std::chrono::month{static_cast<unsigned>(d.month())},
              std::chrono::day{static_cast<unsigned>(d.day())}};
}

}  // namespace werkpad::core
