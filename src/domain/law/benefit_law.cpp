#include "domain/law/benefit_law.hpp"

#include <array>

namespace werkpad::domain::law {

namespace {

using L = BenefitLaw;

constexpr std::array kLaws = {
    L::kWga,  L::kWao,  L::kWaz, L::kWajong, L::kWw,        L::kZw, L::kParticipatiewet,
    L::kIoaz, L::kIoaw, L::kBbz, L::kAnw,    L::kPrivateAov};

}  // namespace

std::string_view ToCode(BenefitLaw l) {
  switch (l) {
    case L::kWga:
      return "wga";
    case L::kWao:
      return "wao";
    case L::kWaz:
      return "waz";
    case L::kWajong:
      return "wajong";
    case L::kWw:
      return "ww";
    case L::kZw:
      return "zw";
    case L::kParticipatiewet:
      return "participatiewet";
    case L::kIoaz:
      return "ioaz";
    case L::kIoaw:
      return "ioaw";
    case L::kBbz:
      return "bbz";
    case L::kAnw:
      return "anw";
    case L::kPrivateAov:
      return "private_aov";
  }
  return "wga";
}

std::optional<BenefitLaw> ParseBenefitLaw(std::string_view code) {
  for (L l : kLaws) {
    if (ToCode(l) == code) return l;
  }
  return std::nullopt;
}

std::span<const BenefitLaw> AllBenefitLaws() { return kLaws; }

std::string_view ToCode(Guide g) {
  switch (g) {
    case Guide::kUwv:
      return "uwv";
    case Guide::kGemeente:
      return "gemeente";
    case Guide::kPrivateInsurer:
      return "private_verzekeraar";
  }
  return "uwv";
}

Guide GuideFor(BenefitLaw l) {
  // Source: AGR handbook ch. 5 via DOMAIN.md section 4, checked 2026-11-23.
  switch (l) {
    case L::kWga:
    case L::kWao:
    case L::kWaz:
    case L::kWajong:
    case L::kWw:
    case L::kZw:
      return Guide::kUwv;
    case L::kParticipatiewet:
    case L::kIoaz:
    case L::kIoaw:
    case L::kBbz:
    case L::kAnw:
      return Guide::kGemeente;
    case L::kPrivateAov:
      return Guide::kPrivateInsurer;
  }
  return Guide::kUwv;
}

}  // namespace werkpad::domain::law
