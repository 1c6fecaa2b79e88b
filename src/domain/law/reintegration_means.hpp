#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace werkpad::domain::law {

// Reintegration means (instruments) named in the AGR handbook. Source: AGR handbook ch. 5 as
// summarised in DOMAIN.md section 4, checked 2026-11-23.
// Codes: "werkfit_maken", "naar_werk", "jobcoaching", "arbeidstherapeutische_plaatsing",
// "outplacement", "dagbesteding_wmo", "dagbesteding_wlz".
enum class ReintegrationMeans {
  kWerkfitMaken,
  kNaarWerk,
  kJobcoaching,
  kArbeidstherapeutischePlaatsing,
  kOutplacement,
  kDagbestedingWmo,
  kDagbestedingWlz,
};
std::string_view ToCode(ReintegrationMeans m);
std::optional<ReintegrationMeans> ParseReintegrationMeans(std::string_view code);
std::span<const ReintegrationMeans> AllReintegrationMeans();

// Codes "traject", "begeleiding", "plaatsing", "outplacement", "dagbesteding".
enum class MeansCategory { kTrajectory, kSupport, kPlacement, kOutplacement, kDaytimeActivity };
std::string_view ToCode(MeansCategory c);

// Who pays or arranges it, when the handbook says so. Codes "uwv", "werkgever", "gemeente_wmo",
// "wlz".
enum class Funder { kUwv, kEmployer, kGemeenteWmo, kWlz };
std::string_view ToCode(Funder f);

// The attributes of one means; unknown attributes are empty rather than guessed.
struct MeansInfo {
  ReintegrationMeans means = ReintegrationMeans::kWerkfitMaken;
  MeansCategory category = MeansCategory::kTrajectory;
  std::optional<Funder> funder;  // nullopt: the handbook names none
  std::optional<int> max_weeks;  // normal maximum duration
  bool employee_stays_on_sick_leave = false;
  bool only_during_waiting_time = false;  // e.g. outplacement paid by the employer: first 2 years
  bool requires_ciz_indication = false;
};

// The catalogue entry of one means.
MeansInfo InfoFor(ReintegrationMeans m);

}  // namespace werkpad::domain::law
