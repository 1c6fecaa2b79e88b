#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"

namespace werkpad::domain::poortwachter {

// The five return-to-work scenarios of the seed "Vooruit.zicht" (Arbo Unie); the plan can move
// between them at every follow-up. Source: shared/seeds/vooruitzicht-arbo-unie.txt, checked
// 2026-11-23. Codes are stable; user-facing Dutch text lives in the web UI catalogue.
enum class Scenario {
  kEigenWerkNu = 1,                // "eigen_werk_nu": own work, now
  kEigenWerkLater = 2,             // "eigen_werk_later": own work, later
  kAnderWerkEigenOrganisatie = 3,  // "ander_werk_eigen_organisatie"
  kWerkAndereOrganisatie = 4,      // "werk_andere_organisatie"
  kMogelijkGeenTerugkeer = 5,      // "mogelijk_geen_terugkeer"
};
std::string_view ToCode(Scenario s);
std::optional<Scenario> ParseScenario(std::string_view code);
// The seed's number, 1..5.
inline int NumberOf(Scenario s) { return static_cast<int>(s); }
std::span<const Scenario> AllScenarios();

// One move of the plan into `scenario` (the first entry is the initial choice).
struct ScenarioTransition {
  core::Date date{};
  Scenario scenario = Scenario::kEigenWerkNu;
  std::string reason;  // why; must not contain medical details (it may be shown to the employer)

  bool operator==(const ScenarioTransition&) const = default;
};

inline constexpr std::size_t kMaxReasonLength = 500;

// Checks a history given in chronological order. Paths "history[i].date" / ".reason" /
// ".scenario". Errors: kInvalidInput with codes "invalid_date", "in_future", "before_previous"
// (date before the previous transition; the same day is allowed), "same_scenario" (no move),
// "required" (empty reason), "too_long" (reason over 500 characters).
core::Status ValidateScenarioHistory(std::span<const ScenarioTransition> history, core::Date today);

// The scenario in force on `on`: the last transition dated on or before it; nullopt before the
// first. REQUIRES: ValidateScenarioHistory(history, ...) is ok.
std::optional<Scenario> ScenarioOn(std::span<const ScenarioTransition> history, core::Date on);

// Interventions and professionals the seed names. Codes: "bedrijfsmaatschappelijk_werk",
// "psycholoog", "ergonoom", "arbeidshygienist", "veiligheidskundige", "bedrijfsfysiotherapeut",
// "leefstijlcoach", "mediator", "arbeidsdeskundige", "multidisciplinair_onderzoek",
// "reintegratiebureau".
enum class Intervention {
  kBedrijfsmaatschappelijkWerk,
  kPsycholoog,
  kErgonoom,
  kArbeidshygienist,
  kVeiligheidskundige,
  kBedrijfsfysiotherapeut,
  kLeefstijlcoach,
  kMediator,
  kArbeidsdeskundige,
  kMultidisciplinairOnderzoek,
  kReintegratiebureau,
};
std::string_view ToCode(Intervention i);
std::optional<Intervention> ParseIntervention(std::string_view code);
std::span<const Intervention> AllInterventions();

// The seed's grouping. Codes "herstel" (interventions aimed at recovery), "werkomstandigheden"
// (improving working conditions), "procesbegeleiding" (guidance of the process), "onderzoek"
// (assessment), "ander_werk" (towards work elsewhere).
enum class InterventionGroup {
  kHerstel,
  kWerkomstandigheden,
  kProcesbegeleiding,
  kOnderzoek,
  kAnderWerk
};
std::string_view ToCode(InterventionGroup g);
InterventionGroup GroupOf(Intervention i);

// The scenarios an intervention is typical for, ascending. Derived from the seed; see the
// comments in scenarios.cpp for each mapping.
std::span<const Scenario> TypicalScenarios(Intervention i);

// The interventions typical for a scenario, in the order of Intervention.
std::vector<Intervention> InterventionsFor(Scenario s);

}  // namespace werkpad::domain::poortwachter
