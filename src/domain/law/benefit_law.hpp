#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace werkpad::domain::law {

// Benefit laws (and the private arrangement of the self-employed) that decide who guides the
// search for work after AGR. Source: AGR handbook ch. 5 as summarised in DOMAIN.md section 4,
// checked 2026-11-23.
// Codes: "wga", "wao", "waz", "wajong", "ww", "zw", "participatiewet", "ioaz", "ioaw", "bbz",
// "anw", "private_aov" (a private disability insurance of a self-employed person).
enum class BenefitLaw {
  kWga,
  kWao,
  kWaz,
  kWajong,  // the handbook notes "status before 2015" for the Wajong
  kWw,
  kZw,
  kParticipatiewet,
  kIoaz,
  kIoaw,
  kBbz,
  kAnw,
  kPrivateAov,
};
std::string_view ToCode(BenefitLaw l);
std::optional<BenefitLaw> ParseBenefitLaw(std::string_view code);
std::span<const BenefitLaw> AllBenefitLaws();

// Who guides the search for work. Codes "uwv", "gemeente", "private_verzekeraar".
enum class Guide { kUwv, kGemeente, kPrivateInsurer };
std::string_view ToCode(Guide g);

// UWV for WGA, WAO, WAZ, Wajong, WW and ZW; the gemeente for the Participatiewet, IOAZ, IOAW, Bbz
// and Anw; the private disability insurer for the self-employed.
Guide GuideFor(BenefitLaw l);

// A liability insurer may also be involved when the sickness follows an injury caused by
// someone else (letselschade); this is independent of the benefit law. Source: DOMAIN.md
// section 4. Code "aansprakelijkheidsverzekeraar".
inline constexpr std::string_view kLiabilityInsurerCode = "aansprakelijkheidsverzekeraar";

}  // namespace werkpad::domain::law
