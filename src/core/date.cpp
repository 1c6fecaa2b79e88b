#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace werkpad::core {

namespace {

bool ParseDigits(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && p == s.data() + s.size();
}

}  // namespace

std::optional<Date> ParseDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(t.substr(0, 4), y) || !ParseDigits(t.substr(5, 2), m) ||
      !ParseDigits(t.substr(8, 2), d)) {
    return std::nullopt;
  }
  Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
            std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok() || y < 1800) return std::nullopt;
  return date;
}

std::string FormatDate(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string FormatInstant(Instant t) {
  auto days = std::chrono::floor<std::chrono::days>(t);
  Date d{days};
  auto ms = (t - days).count();
  long long secs = ms / 1000;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%03lldZ", FormatDate(d).c_str(),
                secs / 3600, (secs / 60) % 60, secs % 60, static_cast<long long>(ms % 1000));
  return buf;
}

std::optional<Instant> ParseInstant(std::string_view t) {
  // Accepts "YYYY-MM-DDTHH:MM:SS[.fff]Z".
  if (t.size() < 20 || t.back() != 'Z' || t[10] != 'T' || t[13] != ':' || t[16] != ':') {
    return std::nullopt;
  }
  auto date = ParseDate(t.substr(0, 10));
  int hh = 0, mm = 0, ss = 0, frac = 0;
  if (!date || !ParseDigits(t.substr(11, 2), hh) || !ParseDigits(t.substr(14, 2), mm) ||
      !ParseDigits(t.substr(17, 2), ss) || hh > 23 || mm > 59 || ss > 59) {
    return std::nullopt;
  }
  std::string_view rest = t.substr(19, t.size() - 20);
  if (!rest.empty()) {
    if (rest[0] != '.' || rest.size() != 4 || !ParseDigits(rest.substr(1), frac)) {
      return std::nullopt;
    }
  }
  return Instant{std::chrono::sys_days{*date}} + std::chrono::hours{hh} +
         std::chrono::minutes{mm} + std::chrono::seconds{ss} + std::chrono::milliseconds{frac};
}

Date UtcDate(Instant t) { return Date{std::chrono::floor<std::chrono::days>(t)}; }

int AgeInYears(Date birth, Date on) {
  int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  auto bm = static_cast<unsigned>(birth.month());
  auto bd = static_cast<unsigned>(birth.day());
  auto om = static_cast<unsigned>(on.month());
  auto od = static_cast<unsigned>(on.day());
  if (om < bm || (om == bm && od < bd)) --age;
  return age;
}

}  // namespace werkpad::core
