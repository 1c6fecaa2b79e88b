#include "domain/poortwachter/scenarios.hpp"

#include <algorithm>
#include <array>

namespace werkpad::domain::poortwachter {

namespace {

using S = Scenario;
using I = Intervention;

constexpr std::array kScenarios = {S::kEigenWerkNu, S::kEigenWerkLater,
                                   S::kAnderWerkEigenOrganisatie, S::kWerkAndereOrganisatie,
                                   S::kMogelijkGeenTerugkeer};

constexpr std::array kInterventions = {
    I::kBedrijfsmaatschappelijkWerk,
    I::kPsycholoog,
    I::kErgonoom,
    I::kArbeidshygienist,
    I::kVeiligheidskundige,
    I::kBedrijfsfysiotherapeut,
    I::kLeefstijlcoach,
    I::kMediator,
    I::kArbeidsdeskundige,
    I::kMultidisciplinairOnderzoek,
    I::kReintegratiebureau,
};

// Source for every list below: shared/seeds/vooruitzicht-arbo-unie.txt, checked 2026-11-23.
// Scenario 1: "Zo nodig wordt ... een werkgerelateerde interventie geadviseerd" - the seed groups
//   the work-related ones under "Verbetering werkomstandigheden" (ergonoom, veiligheidskundige,
//   arbeidshygiënist, mediator).
// Scenario 2: "bij mentale klachten ... bedrijfsmaatschappelijk werk of een bedrijfspsycholoog";
//   "bij fysieke klachten ... een ergonoom, een arbeidshygiënist of een veiligheidskundige";
//   "bedrijfsfysiotherapeut of lifestylecoach"; "Als structurele taakaanpassingen ... nodig zijn,
//   kan een arbeidsdeskundige betrokken worden".
// Scenario 3: inzetbaarheidsprofiel "en adviseert hij om een arbeidsdeskundige in te schakelen";
//   "combinatie van medische factoren ... multidisciplinair onderzoek"; the mediator is listed
//   under working conditions and is kept to scenarios inside the own organisation (1-3).
// Scenario 4: "De arbeidsdeskundige adviseert ... over passende re-integratiebureaus";
//   "Het re-integratiebureau stelt een plan met je op".
// Scenario 5: "Het re-integratiebureau verricht zo nodig een haalbaarheidsonderzoek".
constexpr std::array kBmw = {S::kEigenWerkLater};
constexpr std::array kPsycholoog = {S::kEigenWerkLater};
constexpr std::array kErgonoom = {S::kEigenWerkNu, S::kEigenWerkLater};
constexpr std::array kArbeidshygienist = {S::kEigenWerkNu, S::kEigenWerkLater};
constexpr std::array kVeiligheidskundige = {S::kEigenWerkNu, S::kEigenWerkLater};
constexpr std::array kFysio = {S::kEigenWerkLater};
constexpr std::array kLeefstijl = {S::kEigenWerkLater};
constexpr std::array kMediator = {S::kEigenWerkNu, S::kEigenWerkLater,
                                  S::kAnderWerkEigenOrganisatie};
constexpr std::array kArbeidsdeskundige = {S::kEigenWerkLater, S::kAnderWerkEigenOrganisatie,
                                           S::kWerkAndereOrganisatie};
constexpr std::array kMdo = {S::kAnderWerkEigenOrganisatie};
constexpr std::array kBureau = {S::kWerkAndereOrganisatie, S::kMogelijkGeenTerugkeer};

bool Before(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; }

}  // namespace

std::string_view ToCode(Scenario s) {
  switch (s) {
    case S::kEigenWerkNu:
      return "eigen_werk_nu";
    case S::kEigenWerkLater:
      return "eigen_werk_later";
    case S::kAnderWerkEigenOrganisatie:
      return "ander_werk_eigen_organisatie";
    case S::kWerkAndereOrganisatie:
      return "werk_andere_organisatie";
    case S::kMogelijkGeenTerugkeer:
      return "mogelijk_geen_terugkeer";
  }
  return "eigen_werk_nu";
}

std::optional<Scenario> ParseScenario(std::string_view code) {
  for (S s : kScenarios) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::span<const Scenario> AllScenarios() { return kScenarios; }

core::Status ValidateScenarioHistory(std::span<const ScenarioTransition> history,
                                     core::Date today) {
  std::vector<core::FieldError> errors;
  auto path = [](std::size_t i, const char* field) {
    return "history[" + std::to_string(i) + "]." + field;
  };
  for (std::size_t i = 0; i < history.size(); ++i) {
    const ScenarioTransition& t = history[i];
    if (!t.date.ok()) {
      errors.push_back({path(i, "date"), "invalid_date", "is not a calendar date"});
    } else if (Before(today, t.date)) {
      errors.push_back({path(i, "date"), "in_future", "lies after today"});
    } else if (i > 0 && history[i - 1].date.ok() && Before(t.date, history[i - 1].date)) {
      errors.push_back({path(i, "date"), "before_previous", "lies before the previous transition"});
    }
    if (i > 0 && t.scenario == history[i - 1].scenario) {
      errors.push_back({path(i, "scenario"), "same_scenario",
                        "is the scenario already in force; a transition must change it"});
    }
    if (t.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
      errors.push_back({path(i, "reason"), "required", "is required"});
    } else if (t.reason.size() > kMaxReasonLength) {
      errors.push_back({path(i, "reason"), "too_long", "is longer than 500"});
    }
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("the scenario history is invalid", std::move(errors));
}

std::optional<Scenario> ScenarioOn(std::span<const ScenarioTransition> history, core::Date on) {
  std::optional<Scenario> current;
  for (const ScenarioTransition& t : history) {
    if (Before(on, t.date)) break;
    current = t.scenario;
  }
  return current;
}

std::string_view ToCode(Intervention i) {
  switch (i) {
    case I::kBedrijfsmaatschappelijkWerk:
      return "bedrijfsmaatschappelijk_werk";
    case I::kPsycholoog:
      return "psycholoog";
    case I::kErgonoom:
      return "ergonoom";
    case I::kArbeidshygienist:
      return "arbeidshygienist";
    case I::kVeiligheidskundige:
      return "veiligheidskundige";
    case I::kBedrijfsfysiotherapeut:
      return "bedrijfsfysiotherapeut";
    case I::kLeefstijlcoach:
      return "leefstijlcoach";
    case I::kMediator:
      return "mediator";
    case I::kArbeidsdeskundige:
      return "arbeidsdeskundige";
    case I::kMultidisciplinairOnderzoek:
      return "multidisciplinair_onderzoek";
    case I::kReintegratiebureau:
      return "reintegratiebureau";
  }
  return "psycholoog";
}

std::optional<Intervention> ParseIntervention(std::string_view code) {
  for (I i : kInterventions) {
    if (ToCode(i) == code) return i;
  }
  return std::nullopt;
}

std::span<const Intervention> AllInterventions() { return kInterventions; }

std::string_view ToCode(InterventionGroup g) {
  switch (g) {
    case InterventionGroup::kHerstel:
      return "herstel";
    case InterventionGroup::kWerkomstandigheden:
      return "werkomstandigheden";
    case InterventionGroup::kProcesbegeleiding:
      return "procesbegeleiding";
    case InterventionGroup::kOnderzoek:
      return "onderzoek";
    case InterventionGroup::kAnderWerk:
      return "ander_werk";
  }
  return "herstel";
}

InterventionGroup GroupOf(Intervention i) {
  // Source: the seed's sidebar "Interventies gericht op herstel" / "Verbetering
  // werkomstandigheden" / "Procesbegeleiding bij verzuim", checked 2026-11-23.
  switch (i) {
    case I::kBedrijfsmaatschappelijkWerk:
    case I::kPsycholoog:
    case I::kBedrijfsfysiotherapeut:
    case I::kLeefstijlcoach:
      return InterventionGroup::kHerstel;
    case I::kErgonoom:
    case I::kArbeidshygienist:
    case I::kVeiligheidskundige:
    case I::kMediator:
      return InterventionGroup::kWerkomstandigheden;
    case I::kArbeidsdeskundige:
      return InterventionGroup::kProcesbegeleiding;
    case I::kMultidisciplinairOnderzoek:
      return InterventionGroup::kOnderzoek;
    case I::kReintegratiebureau:
      return InterventionGroup::kAnderWerk;
  }
  return InterventionGroup::kHerstel;
}

std::span<const Scenario> TypicalScenarios(Intervention i) {
  switch (i) {
    case I::kBedrijfsmaatschappelijkWerk:
      return kBmw;
    case I::kPsycholoog:
      return kPsycholoog;
    case I::kErgonoom:
      return kErgonoom;
    case I::kArbeidshygienist:
      return kArbeidshygienist;
    case I::kVeiligheidskundige:
      return kVeiligheidskundige;
    case I::kBedrijfsfysiotherapeut:
      return kFysio;
    case I::kLeefstijlcoach:
      return kLeefstijl;
    case I::kMediator:
      return kMediator;
    case I::kArbeidsdeskundige:
      return kArbeidsdeskundige;
    case I::kMultidisciplinairOnderzoek:
      return kMdo;
    case I::kReintegratiebureau:
      return kBureau;
  }
  return {};
}

std::vector<Intervention> InterventionsFor(Scenario s) {
  std::vector<Intervention> out;
  for (I i : kInterventions) {
    auto typical = TypicalScenarios(i);
    if (std::find(typical.begin(), typical.end(), s) != typical.end()) out.push_back(i);
  }
  return out;
}

}  // namespace werkpad::domain::poortwachter
