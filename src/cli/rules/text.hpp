#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace werkpad::cli {

// Small text helpers for the Dutch rule commands (poortwachter, wia).

// "2026-02-15 (zo)": the date with the Dutch two-letter weekday. REQUIRES: d.ok()
std::string DateWithWeekday(core::Date d);

// Pads with spaces to `width` characters (UTF-8 code points, not bytes); never truncates.
std::string PadRight(std::string_view s, std::size_t width);
std::string PadLeft(std::string_view s, std::size_t width);

// "1234.50" from 123450 cents. REQUIRES: cents >= 0
std::string FormatEuros(std::int64_t cents);

// Parses a non-negative euro amount "1234", "1234.5" or "1234.50" (at most 12 digits before the
// point, at most two after) into cents. nullopt for anything else (signs, commas, spaces, ...).
std::optional<std::int64_t> ParseEuros(std::string_view text);

}  // namespace werkpad::cli
