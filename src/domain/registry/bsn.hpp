#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace werkpad::domain::registry {

// Burgerservicenummer (BSN): nine digits that pass the elfproef
// 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros.
// Source: Besluit BSN / Logius "Elfproef BSN" (checked 2026-11-23).
bool PassesElfproef(std::string_view nine_digits);

// Removes spaces and dots ("123.456.782" -> "123456782") and checks the result; returns the
// normalised BSN, or nullopt when it is not nine digits or fails the elfproef.
std::optional<std::string> NormaliseBsn(std::string_view input);

}  // namespace werkpad::domain::registry
