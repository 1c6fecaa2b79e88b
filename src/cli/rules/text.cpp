#include "cli/rules/text.hpp"

#include <array>

namespace werkpad::cli {

namespace {

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

std::string DateWithWeekday(core::Date d) {
  static constexpr std::array<std::string_view, 7> kDays = {"zo", "ma", "di", "wo",
                                                            "do", "vr", "za"};
  std::chrono::weekday wd{std::chrono::sys_days{d}};
  return core::FormatDate(d) + " (" + std::string(kDays[wd.c_encoding()]) + ")";
}

std::string PadRight(std::string_view s, std::size_t width) {
  std::string out(s);
  for (std::size_t n = CodePoints(s); n < width; ++n) out += ' ';
  return out;
}

std::string PadLeft(std::string_view s, std::size_t width) {
  std::string out;
  for (std::size_t n = CodePoints(s); n < width; ++n) out += ' ';
  return out + std::string(s);
}

std::string FormatEuros(std::int64_t cents) {
  std::string frac = std::to_string(cents % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return std::to_string(cents / 100) + "." + frac;
}

std::optional<std::int64_t> ParseEuros(std::string_view text) {
  auto point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view frac =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || whole.size() > 12) return std::nullopt;
  if (point != std::string_view::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  std::int64_t cents = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    cents = cents * 10 + (c - '0');
  }
  cents *= 100;
  std::int64_t scale = 10;
  for (char c : frac) {
    if (c < '0' || c > '9') return std::nullopt;
    cents += (c - '0') * scale;
    scale /= 10;
  }
  return cents;
}

}  // namespace werkpad::cli
