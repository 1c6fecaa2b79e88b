#include "domain/indication/indication.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::indication {
namespace {

using namespace std::chrono;
using registry::EmploymentStatus;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

struct AgeBoundary {
  const char* name;
  core::Date birth;
  core::Date on;
  AgeStatus status;
  int age;
};

TEST(IndicationTest, AgeBoundaries) {
  const std::vector<AgeBoundary> cases = {
      // 18th birthday: the day before is out, the day itself is in.
      {"17, day before 18", D(2008, 6, 15), D(2026, 6, 14), AgeStatus::kUnder18, 17},
      {"18 on the day", D(2008, 6, 15), D(2026, 6, 15), AgeStatus::kWithinRange, 18},
      {"17 years and a half", D(2009, 1, 1), D(2026, 7, 1), AgeStatus::kUnder18, 17},
      // Born on 29 February: 18 on 1 March in a non-leap year.
      {"leap day, 28 Feb", D(2008, 2, 29), D(2026, 2, 28), AgeStatus::kUnder18, 17},
      {"leap day, 1 Mar", D(2008, 2, 29), D(2026, 3, 1), AgeStatus::kWithinRange, 18},
      // AOW age 67 (born 1959): in up to the day before, out on the day.
      {"1959 cohort, day before", D(1959, 5, 10), D(2026, 5, 9), AgeStatus::kWithinRange, 66},
      {"1959 cohort, on the day", D(1959, 5, 10), D(2026, 5, 10), AgeStatus::kAowAgeReached, 67},
      // AOW age 67 + 3 months (born 1961): 67 is still inside the range, unlike the handbook's 67.
      {"1961 cohort, 67th birthday", D(1961, 3, 15), D(2028, 3, 15), AgeStatus::kWithinRange, 67},
      {"1961 cohort, day before", D(1961, 3, 15), D(2028, 6, 14), AgeStatus::kWithinRange, 67},
      {"1961 cohort, on the day", D(1961, 3, 15), D(2028, 6, 15), AgeStatus::kAowAgeReached, 67},
      // AOW age 66 + 10 months (born 1956): out before the 67th birthday.
      {"1956 cohort, day before", D(1956, 6, 1), D(2023, 3, 31), AgeStatus::kWithinRange, 66},
      {"1956 cohort, on the day", D(1956, 6, 1), D(2023, 4, 1), AgeStatus::kAowAgeReached, 66},
      // 67 + 3 months from 1 December 1963: the boundary is 1 March 2031 (the UI's example).
      {"1963 cohort, day before", D(1963, 12, 1), D(2031, 2, 28), AgeStatus::kWithinRange, 67},
      {"1963 cohort, on the day", D(1963, 12, 1), D(2031, 3, 1), AgeStatus::kAowAgeReached, 67},
      // Beyond the fixed table (provisional 67 + 3).
      {"1970 cohort", D(1970, 1, 20), D(2026, 11, 23), AgeStatus::kWithinRange, 56},
  };
  for (const auto& c : cases) {
    AgeCheck a = CheckAge(c.birth, c.on);
    EXPECT_EQ(a.status, c.status) << c.name;
    EXPECT_EQ(a.age_years, c.age) << c.name;
  }
}

TEST(IndicationTest, AgeCheckReportsTheBoundaries) {
  AgeCheck a = CheckAge(D(1961, 3, 15), D(2026, 11, 23));
  EXPECT_EQ(a.eighteenth_birthday, D(1979, 3, 15));
  EXPECT_EQ(a.aow_date, D(2028, 6, 15));
  EXPECT_EQ(a.aow_age, (AowAge{67, 3, true}));
  AgeCheck young = CheckAge(D(1990, 1, 1), D(2026, 11, 23));
  EXPECT_FALSE(young.aow_age.fixed);
  EXPECT_EQ(young.aow_date, D(2057, 4, 1));
  EXPECT_EQ(ToCode(AgeStatus::kAowAgeReached), "aow_leeftijd_bereikt");
}

IndicationInput Base() {
  IndicationInput in;
  in.date_of_birth = D(1980, 4, 1);
  in.on = D(2026, 11, 23);
  in.employment_status = EmploymentStatus::kLoondienst;
  in.wants_to_think_about_work = true;
  return in;
}

TEST(IndicationTest, D1SuggestsEngagingTheRicWithoutExclusions) {
  D1Suggestion s = SuggestD1(Base());
  EXPECT_EQ(s.outcome, agr::Outcome::kJa);
  EXPECT_TRUE(s.exclusions.empty());
  EXPECT_EQ(s.reason, std::nullopt);
  IndicationInput not_asked = Base();
  not_asked.wants_to_think_about_work.reset();
  EXPECT_EQ(SuggestD1(not_asked).outcome, agr::Outcome::kJa);
}

TEST(IndicationTest, D1Exclusions) {
  struct Case {
    const char* name;
    IndicationInput in;
    Exclusion exclusion;
    agr::Reason reason;
  };
  auto with = [](auto change) {
    IndicationInput in = Base();
    change(in);
    return in;
  };
  const std::vector<Case> cases = {
      {"under 18", with([](auto& i) { i.date_of_birth = D(2009, 1, 1); }), Exclusion::kJongerDan18,
       agr::Reason::kBuitenLeeftijdsgrens},
      {"AOW age", with([](auto& i) { i.date_of_birth = D(1958, 1, 1); }),
       Exclusion::kAowLeeftijdBereikt, agr::Reason::kBuitenLeeftijdsgrens},
      {"retired", with([](auto& i) { i.employment_status = EmploymentStatus::kGepensioneerd; }),
       Exclusion::kMetPensioen, agr::Reason::kMetPensioen},
      {"student", with([](auto& i) { i.employment_status = EmploymentStatus::kStudent; }),
       Exclusion::kStudent, agr::Reason::kStudent},
      {"comatose", with([](auto& i) { i.comateus = true; }), Exclusion::kComateus,
       agr::Reason::kComateus},
      {"does not want", with([](auto& i) { i.wants_to_think_about_work = false; }),
       Exclusion::kWilNietAanWerkDenken, agr::Reason::kWilNietAanWerkDenken},
  };
  for (const auto& c : cases) {
    D1Suggestion s = SuggestD1(c.in);
    EXPECT_EQ(s.outcome, agr::Outcome::kNee) << c.name;
    ASSERT_EQ(s.exclusions.size(), 1u) << c.name;
    EXPECT_EQ(s.exclusions[0], c.exclusion) << c.name;
    EXPECT_EQ(s.reason, c.reason) << c.name;
    EXPECT_EQ(agr::ClassOf(*s.reason), agr::ReasonClass::kNietRelevant) << c.name;
    EXPECT_EQ(ParseExclusion(ToCode(c.exclusion)), c.exclusion);
  }
}

TEST(IndicationTest, SeveralExclusionsAreAllListed) {
  IndicationInput in = Base();
  in.date_of_birth = D(1950, 1, 1);
  in.employment_status = EmploymentStatus::kGepensioneerd;
  in.wants_to_think_about_work = false;
  D1Suggestion s = SuggestD1(in);
  EXPECT_EQ(s.exclusions,
            (std::vector<Exclusion>{Exclusion::kAowLeeftijdBereikt, Exclusion::kMetPensioen,
                                    Exclusion::kWilNietAanWerkDenken}));
  EXPECT_EQ(s.reason, agr::Reason::kBuitenLeeftijdsgrens);
}

struct D3Case {
  const char* name;
  D3Checklist checklist;
  std::optional<agr::Outcome> outcome;
  std::optional<agr::Reason> reason;
  bool prognosis_needed;
};

TEST(IndicationTest, D3SuggestionFromTheFiveCriteria) {
  using A = CriterionAnswer;
  const D3Checklist all_met{A::kMet, A::kMet, A::kMet, A::kMet, std::nullopt};
  auto with = [&](auto change) {
    D3Checklist c = all_met;
    change(c);
    return c;
  };
  const std::vector<D3Case> cases = {
      {"all met", all_met, agr::Outcome::kJa, std::nullopt, false},
      {"all met, prognosis irrelevant",
       with([](auto& c) { c.recovery_within_three_months = false; }), agr::Outcome::kJa,
       std::nullopt, false},
      {"unknown criterion", with([](auto& c) { c.taalbegrip = A::kUnknown; }), std::nullopt,
       std::nullopt, false},
      {"not met, prognosis missing", with([](auto& c) { c.belastbaarheid = A::kNotMet; }),
       std::nullopt, std::nullopt, true},
      {"not belastbaar yet, recovery expected", with([](auto& c) {
         c.belastbaarheid = A::kNotMet;
         c.recovery_within_three_months = true;
       }),
       agr::Outcome::kNogNiet, agr::Reason::kBelastbaarheidOnvoldoende, false},
      {"orientation and language not yet", with([](auto& c) {
         c.orientatie = A::kNotMet;
         c.taalbegrip = A::kNotMet;
         c.recovery_within_three_months = true;
       }),
       agr::Outcome::kNogNiet, agr::Reason::kOrientatieOnvoldoende, false},
      {"not learnable, no recovery", with([](auto& c) {
         c.leerbaarheid = A::kNotMet;
         c.recovery_within_three_months = false;
       }),
       agr::Outcome::kNietZinvol, agr::Reason::kNietLeerbaar, false},
      {"not belastbaar, no recovery", with([](auto& c) {
         c.belastbaarheid = A::kNotMet;
         c.recovery_within_three_months = false;
       }),
       agr::Outcome::kNietZinvol, agr::Reason::kGeenHerstelVerwacht, false},
  };
  for (const auto& c : cases) {
    D3Suggestion s = SuggestD3(c.checklist);
    EXPECT_EQ(s.outcome, c.outcome) << c.name;
    EXPECT_EQ(s.reason, c.reason) << c.name;
    EXPECT_EQ(s.prognosis_needed, c.prognosis_needed) << c.name;
    if (s.reason && s.outcome == agr::Outcome::kNogNiet) {
      EXPECT_EQ(agr::ClassOf(*s.reason), agr::ReasonClass::kNogNietBelastbaar) << c.name;
    }
    if (s.reason && s.outcome == agr::Outcome::kNietZinvol) {
      EXPECT_EQ(agr::ClassOf(*s.reason), agr::ReasonClass::kNietZinvol) << c.name;
    }
  }
  D3Suggestion open = SuggestD3(D3Checklist{});
  EXPECT_EQ(open.unknown.size(), 4u);
  D3Suggestion two = SuggestD3(with([](auto& c) {
    c.orientatie = A::kNotMet;
    c.leerbaarheid = A::kNotMet;
  }));
  EXPECT_EQ(two.not_met,
            (std::vector<Criterion>{Criterion::kOrientatie, Criterion::kLeerbaarheid}));
}

TEST(IndicationTest, CriterionCodes) {
  for (Criterion c : AllCriteria()) EXPECT_EQ(ParseCriterion(ToCode(c)), c);
  for (auto a : {CriterionAnswer::kUnknown, CriterionAnswer::kMet, CriterionAnswer::kNotMet}) {
    EXPECT_EQ(ParseCriterionAnswer(ToCode(a)), a);
  }
  EXPECT_EQ(ToCode(Criterion::kOrientatie), "orientatie");
  EXPECT_EQ(ParseCriterion("prognose"), std::nullopt);
}

}  // namespace
}  // namespace werkpad::domain::indication
