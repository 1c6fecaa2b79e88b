#include "domain/indication/indication.hpp"

#include <array>

namespace werkpad::domain::indication {

namespace {

constexpr std::array kExclusions = {Exclusion::kJongerDan18, Exclusion::kAowLeeftijdBereikt,
                                    Exclusion::kMetPensioen, Exclusion::kStudent,
                                    Exclusion::kComateus,    Exclusion::kWilNietAanWerkDenken};
constexpr std::array kCriteria = {Criterion::kBelastbaarheid, Criterion::kOrientatie,
                                  Criterion::kTaalbegrip, Criterion::kLeerbaarheid};

bool Before(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; }

agr::Reason NotYetReason(Criterion k) {
  switch (k) {
    case Criterion::kBelastbaarheid:
      return agr::Reason::kBelastbaarheidOnvoldoende;
    case Criterion::kOrientatie:
      return agr::Reason::kOrientatieOnvoldoende;
    case Criterion::kTaalbegrip:
      return agr::Reason::kTaalbegripOnvoldoende;
    case Criterion::kLeerbaarheid:
      return agr::Reason::kLeerbaarheidOnvoldoende;
  }
  return agr::Reason::kNogNietBelastbaarOverig;
}

}  // namespace

std::string_view ToCode(AgeStatus s) {
  switch (s) {
    case AgeStatus::kUnder18:
      return "onder_18";
    case AgeStatus::kWithinRange:
      return "binnen_leeftijdsgrens";
    case AgeStatus::kAowAgeReached:
      return "aow_leeftijd_bereikt";
  }
  return "binnen_leeftijdsgrens";
}

AgeCheck CheckAge(core::Date birth, core::Date on) {
  AgeCheck c;
  c.age_years = core::AgeInYears(birth, on);
  c.eighteenth_birthday = AddYearsMonths(birth, 18, 0);
  c.aow_age = AowAgeFor(birth);
  c.aow_date = AowDate(birth);
  if (Before(on, c.eighteenth_birthday)) {
    c.status = AgeStatus::kUnder18;
  } else if (Before(on, c.aow_date)) {
    c.status = AgeStatus::kWithinRange;
  } else {
    c.status = AgeStatus::kAowAgeReached;  // on or after the day the AOW age is reached
  }
  return c;
}

std::string_view ToCode(Exclusion e) {
  switch (e) {
    case Exclusion::kJongerDan18:
      return "jonger_dan_18";
    case Exclusion::kAowLeeftijdBereikt:
      return "aow_leeftijd_bereikt";
    case Exclusion::kMetPensioen:
      return "met_pensioen";
    case Exclusion::kStudent:
      return "student";
    case Exclusion::kComateus:
      return "comateus";
    case Exclusion::kWilNietAanWerkDenken:
      return "wil_niet_aan_werk_denken";
  }
  return "met_pensioen";
}

std::optional<Exclusion> ParseExclusion(std::string_view code) {
  for (Exclusion e : kExclusions) {
    if (ToCode(e) == code) return e;
  }
  return std::nullopt;
}

agr::Reason ReasonFor(Exclusion e) {
  switch (e) {
    case Exclusion::kJongerDan18:
    case Exclusion::kAowLeeftijdBereikt:
      return agr::Reason::kBuitenLeeftijdsgrens;
    case Exclusion::kMetPensioen:
      return agr::Reason::kMetPensioen;
    case Exclusion::kStudent:
      return agr::Reason::kStudent;
    case Exclusion::kComateus:
      return agr::Reason::kComateus;
    case Exclusion::kWilNietAanWerkDenken:
      return agr::Reason::kWilNietAanWerkDenken;
  }
  return agr::Reason::kNietRelevantOverig;
}

D1Suggestion SuggestD1(const IndicationInput& in) {
  D1Suggestion s;
  s.age = CheckAge(in.date_of_birth, in.on);
  // Handbook ch. 3: age 18..67 (real AOW age); retired, student, comatose, does not want to think
  // about work -> no referral to the RIC.
  if (s.age.status == AgeStatus::kUnder18) s.exclusions.push_back(Exclusion::kJongerDan18);
  if (s.age.status == AgeStatus::kAowAgeReached) {
    s.exclusions.push_back(Exclusion::kAowLeeftijdBereikt);
  }
  if (in.employment_status == registry::EmploymentStatus::kGepensioneerd) {
    s.exclusions.push_back(Exclusion::kMetPensioen);
  }
  if (in.employment_status == registry::EmploymentStatus::kStudent) {
    s.exclusions.push_back(Exclusion::kStudent);
  }
  if (in.comateus) s.exclusions.push_back(Exclusion::kComateus);
  if (in.wants_to_think_about_work == false) {
    s.exclusions.push_back(Exclusion::kWilNietAanWerkDenken);
  }
  if (!s.exclusions.empty()) {
    s.outcome = agr::Outcome::kNee;
    s.reason = ReasonFor(s.exclusions.front());
  }
  return s;
}

std::string_view ToCode(Criterion c) {
  switch (c) {
    case Criterion::kBelastbaarheid:
      return "belastbaarheid";
    case Criterion::kOrientatie:
      return "orientatie";
    case Criterion::kTaalbegrip:
      return "taalbegrip";
    case Criterion::kLeerbaarheid:
      return "leerbaarheid";
  }
  return "belastbaarheid";
}

std::optional<Criterion> ParseCriterion(std::string_view code) {
  for (Criterion c : kCriteria) {
    if (ToCode(c) == code) return c;
  }
  return std::nullopt;
}

std::span<const Criterion> AllCriteria() { return kCriteria; }

std::string_view ToCode(CriterionAnswer a) {
  switch (a) {
    case CriterionAnswer::kUnknown:
      return "onbekend";
    case CriterionAnswer::kMet:
      return "voldoet";
    case CriterionAnswer::kNotMet:
      return "voldoet_niet";
  }
  return "onbekend";
}

std::optional<CriterionAnswer> ParseCriterionAnswer(std::string_view code) {
  for (auto a : {CriterionAnswer::kUnknown, CriterionAnswer::kMet, CriterionAnswer::kNotMet}) {
    if (ToCode(a) == code) return a;
  }
  return std::nullopt;
}

CriterionAnswer AnswerOf(const D3Checklist& c, Criterion k) {
  switch (k) {
    case Criterion::kBelastbaarheid:
      return c.belastbaarheid;
    case Criterion::kOrientatie:
      return c.orientatie;
    case Criterion::kTaalbegrip:
      return c.taalbegrip;
    case Criterion::kLeerbaarheid:
      return c.leerbaarheid;
  }
  return CriterionAnswer::kUnknown;
}

void SetAnswer(D3Checklist& c, Criterion k, CriterionAnswer a) {
  switch (k) {
    case Criterion::kBelastbaarheid:
      c.belastbaarheid = a;
      return;
    case Criterion::kOrientatie:
      c.orientatie = a;
      return;
    case Criterion::kTaalbegrip:
      c.taalbegrip = a;
      return;
    case Criterion::kLeerbaarheid:
      c.leerbaarheid = a;
      return;
  }
}

D3Suggestion SuggestD3(const D3Checklist& checklist) {
  D3Suggestion s;
  for (Criterion k : kCriteria) {
    switch (AnswerOf(checklist, k)) {
      case CriterionAnswer::kUnknown:
        s.unknown.push_back(k);
        break;
      case CriterionAnswer::kNotMet:
        s.not_met.push_back(k);
        break;
      case CriterionAnswer::kMet:
        break;
    }
  }
  if (!s.unknown.empty()) return s;
  if (s.not_met.empty()) {
    s.outcome = agr::Outcome::kJa;
    return s;
  }
  if (!checklist.recovery_within_three_months) {
    s.prognosis_needed = true;
    return s;
  }
  if (*checklist.recovery_within_three_months) {
    // Flowchart footnote 3: "(nog) niet genoeg belastbaar voor training" -> the question returns.
    s.outcome = agr::Outcome::kNogNiet;
    s.reason = NotYetReason(s.not_met.front());
  } else {
    // Flowchart footnote 2: "de afstand naar werk is te groot of de revalidant is bijvoorbeeld
    // niet leerbaar".
    s.outcome = agr::Outcome::kNietZinvol;
    bool not_learnable = false;
    for (Criterion k : s.not_met) not_learnable = not_learnable || k == Criterion::kLeerbaarheid;
    s.reason = not_learnable ? agr::Reason::kNietLeerbaar : agr::Reason::kGeenHerstelVerwacht;
  }
  return s;
}

}  // namespace werkpad::domain::indication
