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

namespace {

// Writes `v` (>= 0) as exactly `width` decimal digits.
void Digits(char* p, long long v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

// "YYYY-MM-DD" into p[0..10) for years 0..9999.
void WriteDate(char* p, Date d) {
  Digits(p, static_cast<int>(d.year()), 4);
  p[4] = '-';
  Digits(p + 5, static_cast<unsigned>(d.month()), 2);
  p[7] = '-';
  Digits(p + 8, static_cast<unsigned>(d.day()), 2);
}

bool FourDigitYear(Date d) {
  const int year = static_cast<int>(d.year());
  return year >= 0 && year <= 9999;
}

}  // namespace

// Both run for every date in every answer: digits are written directly (snprintf was a
// noticeable share of building a revalidant's JSON); other years keep printf's form.
std::string FormatDate(Date d) {
  if (FourDigitYear(d)) {
    char buf[10];
    WriteDate(buf, d);
    return std::string(buf, sizeof buf);
  }
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
  if (FourDigitYear(d)) {
    char buf[24];  // YYYY-MM-DDTHH:MM:SS.mmmZ
    WriteDate(buf, d);
    buf[10] = 'T';
    Digits(buf + 11, secs / 3600, 2);
    buf[13] = ':';
    Digits(buf + 14, (secs / 60) % 60, 2);
    buf[16] = ':';
    Digits(buf + 17, secs % 60, 2);
    buf[19] = '.';
    Digits(buf + 20, static_cast<long long>(ms % 1000), 3);
    buf[23] = 'Z';
    return std::string(buf, sizeof buf);
  }
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
