#include "domain/consent/party.hpp"

#include <algorithm>
#include <array>

namespace werkpad::domain::consent {

namespace {
constexpr std::array<std::string_view, 5> kDefaults = {kWerkgever, kBedrijfsarts, kUwv,
                                                       kAfdelingArbeidsintegratie, kPsycholoog};
constexpr std::array<std::string_view, 6> kExtras = {
    "jobcoach", "gemeente", "verzekeraar", "reintegratiebureau", "huisarts", "medisch_specialist"};
}  // namespace

std::span<const std::string_view> DefaultParties() { return kDefaults; }

std::span<const std::string_view> SuggestedExtraParties() { return kExtras; }

bool IsValidPartyCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 40 || !(code[0] >= 'a' && code[0] <= 'z')) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace werkpad::domain::consent
