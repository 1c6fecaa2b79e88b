#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "domain/agr/reasons.hpp"
#include "domain/agr/route.hpp"
#include "domain/indication/aow.hpp"
#include "domain/indication/criteria.hpp"
#include "domain/registry/revalidant.hpp"

namespace werkpad::domain::indication {

// Indication for AGR (handbook ch. 1 "Indicatiestelling" and ch. 3). The system computes
// suggestions; people decide (the revalidatiearts at D1, the team at D3). Pure.

// ---- Age (D1) ----

// "In principe wordt bij iedere revalidant met een leeftijd tussen de 18 en 67 jaar AGR opgestart"
// (ch. 3), read as: from the 18th birthday up to (not including) the day the AOW age is reached,
// with the real AOW age for the birth date (aow.hpp) instead of the handbook's 67.
enum class AgeStatus {
  kUnder18,        // "onder_18"
  kWithinRange,    // "binnen_leeftijdsgrens"
  kAowAgeReached,  // "aow_leeftijd_bereikt"
};

std::string_view ToCode(AgeStatus s);

struct AgeCheck {
  int age_years = 0;                 // whole years on the checked date (core::AgeInYears)
  core::Date eighteenth_birthday{};  // first day inside the range
  AowAge aow_age;                    // the statutory age for this birth date
  core::Date aow_date{};             // the boundary: the first day at AOW age (outside the range)
  AgeStatus status = AgeStatus::kWithinRange;

  friend bool operator==(const AgeCheck&, const AgeCheck&) = default;
};

// REQUIRES: birth.ok() && on.ok()
AgeCheck CheckAge(core::Date birth, core::Date on);

// Reasons not to engage the RIC at D1 that the system can see (class 1 of the flowchart).
enum class Exclusion {
  kJongerDan18,           // "jonger_dan_18"
  kAowLeeftijdBereikt,    // "aow_leeftijd_bereikt"
  kMetPensioen,           // "met_pensioen" (employment status gepensioneerd)
  kStudent,               // "student" (employment status student)
  kComateus,              // "comateus"
  kWilNietAanWerkDenken,  // "wil_niet_aan_werk_denken"
};

std::string_view ToCode(Exclusion e);
std::optional<Exclusion> ParseExclusion(std::string_view code);
// The class-1 reason to record at D1 for this exclusion (kBuitenLeeftijdsgrens for both ages).
agr::Reason ReasonFor(Exclusion e);

struct IndicationInput {
  core::Date date_of_birth{};
  core::Date on{};  // the intake date
  registry::EmploymentStatus employment_status = registry::EmploymentStatus::kAnders;
  bool comateus = false;
  // "Ook wanneer de revalidant absoluut niet aan werk wil denken, vindt doorverwijzing niet
  // plaats" (ch. 3). nullopt = not asked yet.
  std::optional<bool> wants_to_think_about_work;
};

struct D1Suggestion {
  AgeCheck age;
  std::vector<Exclusion> exclusions;         // in the order of the enum
  agr::Outcome outcome = agr::Outcome::kJa;  // kNee when there is any exclusion
  std::optional<agr::Reason> reason;         // for kNee: the reason of the first exclusion

  friend bool operator==(const D1Suggestion&, const D1Suggestion&) = default;
};

// REQUIRES: input.date_of_birth.ok() && input.on.ok()
D1Suggestion SuggestD1(const IndicationInput& input);

// ---- The five criteria (D3) ----

// Criterion, CriterionAnswer and D3Checklist are in criteria.hpp (the AGR decision record keeps
// a checklist, so they must not depend on this header).

struct D3Suggestion {
  // nullopt when the checklist is incomplete (see `unknown` and `prognosis_needed`).
  std::optional<agr::Outcome> outcome;
  std::optional<agr::Reason> reason;  // for nog_niet (class 3) and niet_zinvol (class 2)
  std::vector<Criterion> not_met;
  std::vector<Criterion> unknown;
  bool prognosis_needed = false;  // a criterion is not met and the prognosis is missing

  friend bool operator==(const D3Suggestion&, const D3Suggestion&) = default;
};

// The suggested D3 outcome:
//   any criterion unknown                       -> no suggestion (unknown listed)
//   all four met                                -> ja
//   some not met, prognosis missing             -> no suggestion (prognosis_needed)
//   some not met, recovery within three months  -> nog_niet, class 3 reason of the first unmet
//                                                  criterion (flowchart footnote 3)
//   some not met, no recovery expected          -> niet_zinvol, class 2: niet_leerbaar when
//                                                  leerbaarheid is not met, else
//                                                  geen_herstel_verwacht (footnote 2)
// The criteria cannot see "too good, does not need training" or "distance to work too large";
// the team records those itself.
D3Suggestion SuggestD3(const D3Checklist& checklist);

}  // namespace werkpad::domain::indication
