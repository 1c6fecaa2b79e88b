// The one implementation of withholding team text with medical terms from the werkgever
// (service/medical_text.hpp), used by the shared view and the employer's copy of form 7.
#include "service/medical_text.hpp"

#include <gtest/gtest.h>

namespace werkpad::service {
namespace {

namespace rv = domain::reintegratievisie;

TEST(MedicalText, TheEmbeddedListIsLoaded) {
  EXPECT_GT(MedicalTerms().terms.size(), 100u);
  EXPECT_EQ(&MedicalTerms(), &MedicalTerms());  // parsed once
}

TEST(MedicalText, AValueWithATermIsReplacedByTheNotice) {
  std::string text = "Sinds de beroerte is hij sneller moe.";
  EXPECT_TRUE(WithholdMedicalText(text));
  EXPECT_EQ(text, kWithheldNotice);
  EXPECT_EQ(text.find("beroerte"), std::string::npos);
}

TEST(MedicalText, AValueWithoutATermIsLeftAsWritten) {
  std::string text = "Pauzes inplannen; geen nachtdiensten. Arbeidstherapeutische plaatsing.";
  const std::string before = text;
  EXPECT_FALSE(WithholdMedicalText(text));
  EXPECT_EQ(text, before);
  std::string empty;
  EXPECT_FALSE(WithholdMedicalText(empty));
  EXPECT_TRUE(empty.empty());
}

TEST(MedicalText, TheNoticeItselfHasNoTerm) {
  std::string notice(kWithheldNotice);
  EXPECT_FALSE(WithholdMedicalText(notice));  // withholding twice changes nothing
}

rv::Content Sample() {
  rv::Content c;
  c.verloop = "Start revalidatie: 1 maart.";
  c.werksituatie = "Monteur, 38 uur per week.";
  c.profielvergelijking = "Nog geen profielgegevens.";
  c.behandeldoelen = "Afasiebehandeling: woordvinding verbeterd.";
  c.werktraining = "Drie ochtenden per week; na de hernia gaat tillen nog moeizaam.";
  c.visie_team = "Terugkeer in eigen werk is haalbaar.";
  c.aandachtspunten = "Sneller vermoeid sinds de beroerte; pauzes inplannen.";
  c.middelen = {rv::Means::kArbeidstherapeutischePlaatsing};
  c.plaatsing_weken = 4;
  c.advies = "Opbouw over acht weken.";
  c.medische_toelichting = "Herseninfarct links (CVA) met afasie.";
  return c;
}

TEST(MedicalText, TheEmployerCopyWithholdsEveryTextWithATerm) {
  const rv::Content c = Sample();
  int withheld = -1;
  const rv::Content out = WithholdForEmployer(c, &withheld);
  EXPECT_EQ(withheld, 2);
  EXPECT_EQ(out.werktraining, kWithheldNotice);
  EXPECT_EQ(out.aandachtspunten, kWithheldNotice);
  // Clean texts as written; the means are not text of the team.
  EXPECT_EQ(out.verloop, c.verloop);
  EXPECT_EQ(out.werksituatie, c.werksituatie);
  EXPECT_EQ(out.profielvergelijking, c.profielvergelijking);
  EXPECT_EQ(out.visie_team, c.visie_team);
  EXPECT_EQ(out.advies, c.advies);
  EXPECT_EQ(out.middelen, c.middelen);
  EXPECT_EQ(out.plaatsing_weken, c.plaatsing_weken);
  // The medical sections are left out altogether (rv::EmployerCopy), not replaced by a notice.
  EXPECT_TRUE(out.behandeldoelen.empty());
  EXPECT_TRUE(out.medische_toelichting.empty());
  // Without a count.
  EXPECT_EQ(WithholdForEmployer(c), out);
}

TEST(MedicalText, NothingToWithholdGivesTheEmployerCopy) {
  rv::Content c = Sample();
  c.werktraining = "Drie ochtenden per week.";
  c.aandachtspunten = "Pauzes inplannen.";
  int withheld = -1;
  EXPECT_EQ(WithholdForEmployer(c, &withheld), rv::EmployerCopy(c));
  EXPECT_EQ(withheld, 0);
  EXPECT_TRUE(EmployerMedicalTerms(c).empty());
}

TEST(MedicalText, TheTeamIsToldWhichEmployerSectionsHaveTerms) {
  const auto found = EmployerMedicalTerms(Sample());
  ASSERT_EQ(found.size(), 2u);  // the medical sections are not the employer's
  EXPECT_EQ(found[0].section, "werktraining");
  EXPECT_EQ(found[0].terms, (std::vector<std::string>{"hernia"}));
  EXPECT_EQ(found[1].section, "aandachtspunten");
  EXPECT_EQ(found[1].terms, (std::vector<std::string>{"beroerte"}));
}

TEST(MedicalText, TextWrittenToTheWerkgeverIsRefusedNamingTheTermsFound) {
  EXPECT_FALSE(MedicalContentRefusal("Drie ochtenden per week werktraining.").has_value());
  auto refusal = MedicalContentRefusal("Na de beroerte en de hernia: rustig opbouwen.");
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(*refusal, "Vul geen medische informatie in (gevonden: beroerte, hernia).");
}

}  // namespace
}  // namespace werkpad::service
