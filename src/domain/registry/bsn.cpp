#include "domain/registry/bsn.hpp"

namespace werkpad::domain::registry {

bool PassesElfproef(std::string_view s) {
  if (s.size() != 9) return false;
  int sum = 0;
  bool all_zero = true;
  for (std::size_t i = 0; i < 9; ++i) {
    char c = s[i];
    if (c < '0' || c > '9') return false;
    int digit = c - '0';
    if (digit != 0) all_zero = false;
    int weight = i < 8 ? static_cast<int>(9 - i) : -1;
    sum += weight * digit;
  }
  return !all_zero && sum % 11 == 0;
}

std::optional<std::string> NormaliseBsn(std::string_view input) {
  std::string digits;
  for (char c : input) {
    if (c == ' ' || c == '.') continue;
    digits.push_back(c);
  }
  if (!PassesElfproef(digits)) return std::nullopt;
  return digits;
}

}  // namespace werkpad::domain::registry
