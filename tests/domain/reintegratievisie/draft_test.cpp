#include "domain/reintegratievisie/draft.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::reintegratievisie {
namespace {

using namespace std::chrono;
using agr::DecisionKind;
using agr::Outcome;

const core::Date kAdmission = year{2026} / March / 2;
const core::Instant kT0 = core::Instant{sys_days{kAdmission}} + hours{9};

agr::Decision D(DecisionKind kind, Outcome outcome, int day, agr::Step from, agr::Step to,
                std::string note = "") {
  agr::Decision d;
  d.kind = kind;
  d.outcome = outcome;
  d.from = from;
  d.to = to;
  d.decided_by = core::UserId{7};
  d.decided_at = kT0 + days{day};
  d.note = std::move(note);
  return d;
}

agr::Trajectory InTraining() {
  agr::Trajectory t;
  t.id = core::TrajectId{1};
  t.revalidant_id = core::RevalidantId{2};
  t.admission_date = kAdmission;
  t.step = agr::Step::kWerktraining;
  using S = agr::Step;
  t.history = {
      D(DecisionKind::kD1RicInzetten, Outcome::kJa, 1, S::kIntakeArts, S::kIntakeRic),
      D(DecisionKind::kD2Toestemming, Outcome::kJa, 8, S::kIntakeRic, S::kWerkbezoek),
      D(DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 20, S::kWerkbezoek,
        S::kTerugkoppeling),
      D(DecisionKind::kD3Werktraining, Outcome::kJa, 27, S::kTerugkoppeling, S::kWerktraining,
        "Interne notitie: afasie"),
      D(DecisionKind::kD4Voortzetten, Outcome::kVoortzetten, 41, S::kWerktraining,
        S::kWerktraining),
      D(DecisionKind::kD4Voortzetten, Outcome::kDoelenBijstellen, 55, S::kWerktraining,
        S::kWerktraining),
  };
  return t;
}

TEST(DraftTest, VerloopListsEveryDecisionWithItsDutchDateButNoNotes) {
  const agr::Trajectory t = InTraining();
  const Content c = BuildDraft({&t, {}, std::nullopt, std::nullopt});
  EXPECT_NE(c.verloop.find("Start revalidatie: 02-03-2026."), std::string::npos) << c.verloop;
  EXPECT_NE(c.verloop.find("29-03-2026: Start werktraining (D3) — ja"), std::string::npos)
      << c.verloop;
  EXPECT_NE(c.verloop.find("Huidige stap: Werktraining."), std::string::npos);
  EXPECT_EQ(c.verloop.find("afasie"), std::string::npos);  // notes are internal
}

TEST(DraftTest, WerktrainingSummarisesD3AndTheEvaluations) {
  const agr::Trajectory t = InTraining();
  const Content c = BuildDraft({&t, {}, std::nullopt, std::nullopt});
  EXPECT_EQ(c.werktraining,
            "Werktraining gestart op 29-03-2026. Aantal evaluaties door het team: 2; laatste op "
            "26-04-2026: voortzetten met bijgestelde doelen.");
  agr::Trajectory early = t;
  early.history.resize(3);
  EXPECT_EQ(BuildDraft({&early, {}, std::nullopt, std::nullopt}).werktraining,
            "Er is (nog) niet gestart met werktraining.");
}

TEST(DraftTest, FactsAreGroupedPerFormAndEmptyOnesSkipped) {
  const agr::Trajectory t = InTraining();
  std::vector<FormFact> facts = {{"Formulier 2", "Functie", "Monteur"},
                                 {"Formulier 2", "Uren per week", ""},
                                 {"Formulier 5", "Houding van de werkgever", "Meedenkend"}};
  const Content c = BuildDraft({&t, facts, std::nullopt, std::nullopt});
  EXPECT_EQ(c.werksituatie,
            "Formulier 2:\n- Functie: Monteur\n\nFormulier 5:\n- Houding van de werkgever: "
            "Meedenkend");
  EXPECT_EQ(BuildDraft({&t, {}, std::nullopt, std::nullopt}).werksituatie,
            "Nog geen gegevens uit formulier 2 en 5 vastgelegd.");
}

TEST(DraftTest, WithoutProfilesTheDraftSaysSoAndWithThemItCompares) {
  const agr::Trajectory t = InTraining();
  Content c = BuildDraft({&t, {}, std::nullopt, std::nullopt});
  EXPECT_EQ(c.profielvergelijking, kNoProfileData);
  EXPECT_EQ(c.behandeldoelen, kNoGoals);

  ProfileComparison p{{{"Tillen", false, "max. 10 kg"}, {"Zitten", true, ""}}};
  std::vector<TreatmentGoal> goals{{"Zelfstandig reizen", true}, {"Tempo", false}};
  c = BuildDraft({&t, {}, p, goals});
  EXPECT_EQ(c.profielvergelijking, "- Tillen: voldoet (nog) niet (max. 10 kg)\n- Zitten: voldoet");
  EXPECT_EQ(c.behandeldoelen, "- Zelfstandig reizen: behaald\n- Tempo: niet behaald");
}

TEST(DraftTest, PeopleWriteTheViewAndTheAdvice) {
  const agr::Trajectory t = InTraining();
  const Content c = BuildDraft({&t, {}, std::nullopt, std::nullopt});
  EXPECT_TRUE(c.visie_team.empty());
  EXPECT_TRUE(c.aandachtspunten.empty());
  EXPECT_TRUE(c.advies.empty());
  EXPECT_TRUE(c.middelen.empty());
  EXPECT_TRUE(ValidateContent(c).ok());
}

TEST(DraftTest, DatesAreWrittenTheDutchWay) {
  EXPECT_EQ(FormatDateNl(year{2026} / December / 7), "07-12-2026");
}

}  // namespace
}  // namespace werkpad::domain::reintegratievisie
