#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace werkpad::domain::indication {

// The D3 indication criteria as plain values, without the suggestion logic (indication.hpp), so
// that the AGR decision record (domain/agr/route.hpp) can keep a checklist. Pure.

// Handbook ch. 1 "Indicatiestelling": the revalidatiearts and the team base the decision whether
// to start work training on these criteria.
enum class Criterion {
  kBelastbaarheid,  // "belastbaarheid": can sit up at least 2 dagdelen, possibly with rest
  kOrientatie,      // "orientatie": knows where he/she is and which part of the day it is
  kTaalbegrip,      // "taalbegrip": understands instructions (speech, writing, gesture, image)
  kLeerbaarheid,    // "leerbaarheid": can complete actions/procedures after (repeated)
                    //  information, possibly with aids
};

std::string_view ToCode(Criterion c);
std::optional<Criterion> ParseCriterion(std::string_view code);
std::span<const Criterion> AllCriteria();

enum class CriterionAnswer {
  kUnknown,  // "onbekend"
  kMet,      // "voldoet"
  kNotMet,   // "voldoet_niet"
};

std::string_view ToCode(CriterionAnswer a);
std::optional<CriterionAnswer> ParseCriterionAnswer(std::string_view code);

struct D3Checklist {
  CriterionAnswer belastbaarheid = CriterionAnswer::kUnknown;
  CriterionAnswer orientatie = CriterionAnswer::kUnknown;
  CriterionAnswer taalbegrip = CriterionAnswer::kUnknown;
  CriterionAnswer leerbaarheid = CriterionAnswer::kUnknown;
  // The fifth criterion, "Prognose": "Wanneer niet aan bovenstaande criteria wordt voldaan, is het
  // dan de verwachting dat binnen een termijn van drie maanden herstel plaatsvindt? Hierbij worden
  // leeftijd, tijd sinds ontstaan letsel en ernst van de beperkingen meegenomen." Only needed when
  // a criterion is not met. nullopt = not assessed.
  std::optional<bool> recovery_within_three_months;

  friend bool operator==(const D3Checklist&, const D3Checklist&) = default;
};

// The answer for one of the four criteria, and setting it.
CriterionAnswer AnswerOf(const D3Checklist& checklist, Criterion criterion);
void SetAnswer(D3Checklist& checklist, Criterion criterion, CriterionAnswer answer);

}  // namespace werkpad::domain::indication
