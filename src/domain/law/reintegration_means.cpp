#include "domain/law/reintegration_means.hpp"

#include <array>

namespace werkpad::domain::law {

namespace {

using M = ReintegrationMeans;

constexpr std::array kMeans = {
    M::kWerkfitMaken, M::kNaarWerk,        M::kJobcoaching,    M::kArbeidstherapeutischePlaatsing,
    M::kOutplacement, M::kDagbestedingWmo, M::kDagbestedingWlz};

}  // namespace

std::string_view ToCode(ReintegrationMeans m) {
  switch (m) {
    case M::kWerkfitMaken:
      return "werkfit_maken";
    case M::kNaarWerk:
      return "naar_werk";
    case M::kJobcoaching:
      return "jobcoaching";
    case M::kArbeidstherapeutischePlaatsing:
      return "arbeidstherapeutische_plaatsing";
    case M::kOutplacement:
      return "outplacement";
    case M::kDagbestedingWmo:
      return "dagbesteding_wmo";
    case M::kDagbestedingWlz:
      return "dagbesteding_wlz";
  }
  return "werkfit_maken";
}

std::optional<ReintegrationMeans> ParseReintegrationMeans(std::string_view code) {
  for (M m : kMeans) {
    if (ToCode(m) == code) return m;
  }
  return std::nullopt;
}

std::span<const ReintegrationMeans> AllReintegrationMeans() { return kMeans; }

std::string_view ToCode(MeansCategory c) {
  switch (c) {
    case MeansCategory::kTrajectory:
      return "traject";
    case MeansCategory::kSupport:
      return "begeleiding";
    case MeansCategory::kPlacement:
      return "plaatsing";
    case MeansCategory::kOutplacement:
      return "outplacement";
    case MeansCategory::kDaytimeActivity:
      return "dagbesteding";
  }
  return "traject";
}

std::string_view ToCode(Funder f) {
  switch (f) {
    case Funder::kUwv:
      return "uwv";
    case Funder::kEmployer:
      return "werkgever";
    case Funder::kGemeenteWmo:
      return "gemeente_wmo";
    case Funder::kWlz:
      return "wlz";
  }
  return "uwv";
}

MeansInfo InfoFor(ReintegrationMeans m) {
  // Source: AGR handbook ch. 5 via DOMAIN.md section 4, checked 2026-11-23.
  MeansInfo info;
  info.means = m;
  switch (m) {
    case M::kWerkfitMaken:
    case M::kNaarWerk:
      // "trajectories ('Werkfit maken', 'Naar werk' when UWV pays)"
      info.category = MeansCategory::kTrajectory;
      info.funder = Funder::kUwv;
      break;
    case M::kJobcoaching:
      info.category = MeansCategory::kSupport;
      break;
    case M::kArbeidstherapeutischePlaatsing:
      // "normally at most six weeks, employee stays on sick leave"
      info.category = MeansCategory::kPlacement;
      info.max_weeks = 6;
      info.employee_stays_on_sick_leave = true;
      break;
    case M::kOutplacement:
      // "paid by the employer in the first two years"
      info.category = MeansCategory::kOutplacement;
      info.funder = Funder::kEmployer;
      info.only_during_waiting_time = true;
      break;
    case M::kDagbestedingWmo:
      // "activity centre, care farm, volunteer work; via WMO at the gemeente"
      info.category = MeansCategory::kDaytimeActivity;
      info.funder = Funder::kGemeenteWmo;
      break;
    case M::kDagbestedingWlz:
      // "or Wlz with a CIZ indication"
      info.category = MeansCategory::kDaytimeActivity;
      info.funder = Funder::kWlz;
      info.requires_ciz_indication = true;
      break;
  }
  return info;
}

}  // namespace werkpad::domain::law
