#include "domain/poortwachter/scenarios.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace werkpad::domain::poortwachter {
namespace {

using namespace std::chrono;
using S = Scenario;
using I = Intervention;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }
const core::Date kToday = D(2026, 11, 23);

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  const auto& f = s.error().fields;
  return std::any_of(f.begin(), f.end(),
                     [&](const core::FieldError& e) { return e.path == path && e.code == code; });
}

TEST(PoortwachterScenariosTest, CodesAndNumbersAreStable) {
  const std::vector<std::pair<S, std::string_view>> expected = {
      {S::kEigenWerkNu, "eigen_werk_nu"},
      {S::kEigenWerkLater, "eigen_werk_later"},
      {S::kAnderWerkEigenOrganisatie, "ander_werk_eigen_organisatie"},
      {S::kWerkAndereOrganisatie, "werk_andere_organisatie"},
      {S::kMogelijkGeenTerugkeer, "mogelijk_geen_terugkeer"},
  };
  ASSERT_EQ(AllScenarios().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(ToCode(expected[i].first), expected[i].second);
    EXPECT_EQ(ParseScenario(expected[i].second), expected[i].first);
    EXPECT_EQ(NumberOf(expected[i].first), static_cast<int>(i) + 1);
  }
  EXPECT_FALSE(ParseScenario("eigen_werk").has_value());
}

TEST(PoortwachterScenariosTest, ValidHistory) {
  std::vector<ScenarioTransition> h = {
      {D(2026, 1, 10), S::kEigenWerkNu, "start"},
      {D(2026, 2, 20), S::kEigenWerkLater, "herstel duurt langer dan 6 weken"},
      {D(2026, 2, 20), S::kAnderWerkEigenOrganisatie, "zelfde dag bijgesteld"},
      {D(2026, 10, 1), S::kEigenWerkLater, "terug naar eigen werk alsnog haalbaar"},
  };
  EXPECT_TRUE(ValidateScenarioHistory(h, kToday).ok());
  EXPECT_FALSE(ScenarioOn(h, D(2026, 1, 9)).has_value());
  EXPECT_EQ(ScenarioOn(h, D(2026, 1, 10)), S::kEigenWerkNu);
  EXPECT_EQ(ScenarioOn(h, D(2026, 2, 19)), S::kEigenWerkNu);
  EXPECT_EQ(ScenarioOn(h, D(2026, 2, 20)), S::kAnderWerkEigenOrganisatie);
  EXPECT_EQ(ScenarioOn(h, kToday), S::kEigenWerkLater);
  EXPECT_TRUE(ValidateScenarioHistory({}, kToday).ok());
}

TEST(PoortwachterScenariosTest, InvalidHistories) {
  struct Case {
    const char* name;
    std::vector<ScenarioTransition> history;
    std::string path;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"date_before_previous",
       {{D(2026, 3, 1), S::kEigenWerkNu, "a"}, {D(2026, 2, 28), S::kEigenWerkLater, "b"}},
       "history[1].date",
       "before_previous"},
      {"same_scenario",
       {{D(2026, 3, 1), S::kEigenWerkLater, "a"}, {D(2026, 4, 1), S::kEigenWerkLater, "b"}},
       "history[1].scenario",
       "same_scenario"},
      {"in_future", {{D(2026, 11, 24), S::kEigenWerkNu, "a"}}, "history[0].date", "in_future"},
      {"empty_reason", {{D(2026, 3, 1), S::kEigenWerkNu, "  "}}, "history[0].reason", "required"},
      {"long_reason",
       {{D(2026, 3, 1), S::kEigenWerkNu, std::string(501, 'x')}},
       "history[0].reason",
       "too_long"},
  };
  for (const auto& c : cases) {
    auto s = ValidateScenarioHistory(c.history, kToday);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput) << c.name;
    EXPECT_TRUE(HasField(s, c.path, c.code)) << c.name;
  }
}

TEST(PoortwachterScenariosTest, InterventionCatalogue) {
  const std::vector<std::string_view> codes = {"bedrijfsmaatschappelijk_werk",
                                               "psycholoog",
                                               "ergonoom",
                                               "arbeidshygienist",
                                               "veiligheidskundige",
                                               "bedrijfsfysiotherapeut",
                                               "leefstijlcoach",
                                               "mediator",
                                               "arbeidsdeskundige",
                                               "multidisciplinair_onderzoek",
                                               "reintegratiebureau"};
  ASSERT_EQ(AllInterventions().size(), codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(ToCode(AllInterventions()[i]), codes[i]);
    EXPECT_EQ(ParseIntervention(codes[i]), AllInterventions()[i]);
    EXPECT_FALSE(TypicalScenarios(AllInterventions()[i]).empty()) << codes[i];
  }
  EXPECT_FALSE(ParseIntervention("huisarts").has_value());
}

TEST(PoortwachterScenariosTest, TypicalScenariosFollowTheSeed) {
  auto has = [](I i, S s) {
    auto t = TypicalScenarios(i);
    return std::find(t.begin(), t.end(), s) != t.end();
  };
  // Scenario 2: mental complaints -> company social work, psychologist.
  EXPECT_TRUE(has(I::kBedrijfsmaatschappelijkWerk, S::kEigenWerkLater));
  EXPECT_TRUE(has(I::kPsycholoog, S::kEigenWerkLater));
  // Scenario 3: multidisciplinary research when medical factors combine.
  EXPECT_EQ(InterventionsFor(S::kAnderWerkEigenOrganisatie),
            (std::vector<I>{I::kMediator, I::kArbeidsdeskundige, I::kMultidisciplinairOnderzoek}));
  // Scenario 4: the arbeidsdeskundige advises on a re-integratiebureau.
  EXPECT_EQ(InterventionsFor(S::kWerkAndereOrganisatie),
            (std::vector<I>{I::kArbeidsdeskundige, I::kReintegratiebureau}));
  // Scenario 5: feasibility research by the re-integratiebureau.
  EXPECT_EQ(InterventionsFor(S::kMogelijkGeenTerugkeer), (std::vector<I>{I::kReintegratiebureau}));
  EXPECT_FALSE(has(I::kReintegratiebureau, S::kEigenWerkNu));
  EXPECT_EQ(GroupOf(I::kLeefstijlcoach), InterventionGroup::kHerstel);
  EXPECT_EQ(GroupOf(I::kMediator), InterventionGroup::kWerkomstandigheden);
  EXPECT_EQ(ToCode(GroupOf(I::kArbeidsdeskundige)), "procesbegeleiding");
}

}  // namespace
}  // namespace werkpad::domain::poortwachter
