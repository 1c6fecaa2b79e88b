#include "domain/privacy/medical_terms.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace werkpad::domain::privacy {
namespace {

// The shipped list (resources/privacy/medische-termen.txt), as the server embeds it.
const MedicalTermList& Shipped() {
  static const MedicalTermList list = [] {
    std::ifstream in(std::string(WERKPAD_PRIVACY_DIR) + "/medische-termen.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    auto parsed = ParseMedicalTermList(ss.str());
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().fields.front().path);
    return parsed.ok() ? *parsed : MedicalTermList{};
  }();
  return list;
}

std::vector<std::string> Find(std::string_view text) { return FindMedicalTerms(Shipped(), text); }

TEST(MedicalTerms, ShippedListParsesWithThreeCategories) {
  const auto& list = Shipped();
  ASSERT_GT(list.terms.size(), 100u);
  std::set<std::string> cats;
  for (const auto& t : list.terms) cats.insert(t.category);
  EXPECT_EQ(cats, (std::set<std::string>{"diagnosen", "medicatie", "behandeling"}));
}

TEST(MedicalTerms, FindsDiagnosesMedicationAndTreatmentAsWritten) {
  EXPECT_EQ(Find("Hij heeft een Hernia en slikt oxazepam."),
            (std::vector<std::string>{"Hernia", "oxazepam"}));
  EXPECT_EQ(Find("Sinds de burn-out gaat het beter"), (std::vector<std::string>{"burn-out"}));
  EXPECT_EQ(Find("na zijn burnout"), (std::vector<std::string>{"burnout"}));
  EXPECT_EQ(Find("na zijn burn out"), (std::vector<std::string>{"burn out"}));
  EXPECT_EQ(Find("Ze gaat twee keer per week naar de fysiotherapie."),
            (std::vector<std::string>{"fysiotherapie"}));
  EXPECT_EQ(Find("een depressieve periode"), (std::vector<std::string>{"depressieve"}));
  EXPECT_EQ(Find("De medicatie is aangepast"), (std::vector<std::string>{"medicatie"}));
  EXPECT_EQ(Find("Hij is geopereerd aan zijn knie"), (std::vector<std::string>{"geopereerd"}));
  EXPECT_EQ(Find("een knieoperatie"), (std::vector<std::string>{"knieoperatie"}));
}

TEST(MedicalTerms, StemsAndCompoundsWithLeadingStar) {
  EXPECT_EQ(Find("Een rughernia, daarna een nekhernia."),
            (std::vector<std::string>{"rughernia", "nekhernia"}));
  EXPECT_EQ(Find("pijnstillers"), (std::vector<std::string>{"pijnstillers"}));
  EXPECT_EQ(Find("antidepressiva"), (std::vector<std::string>{"antidepressiva"}));
}

TEST(MedicalTerms, CaseAndDiacriticsAreNormalised) {
  EXPECT_EQ(Find("DEPRESSIE"), (std::vector<std::string>{"DEPRESSIE"}));
  EXPECT_EQ(Find("codeïne"), (std::vector<std::string>{"codeïne"}));
  EXPECT_EQ(Find("diagnosé gesteld"), (std::vector<std::string>{"diagnosé"}));
  EXPECT_EQ(Normalise("Één Ĳsselmeer-café"), "een ijsselmeer cafe");
}

TEST(MedicalTerms, EachTermOnceInOrderOfAppearance) {
  EXPECT_EQ(Find("oxazepam, hernia, Oxazepam en HERNIA"),
            (std::vector<std::string>{"oxazepam", "hernia"}));
}

// False positives the list is tuned to avoid: everyday work language must pass.
TEST(MedicalTerms, EverydayWorkLanguageIsNotFlagged) {
  for (const char* ok : {
           "Hij komt volgende week terug op de afdeling.",
           "Achter de rug: de eerste twee weken werktraining.",
           "Schouder aan schouder met een vaste collega als buddy.",
           "De arbeidstherapeutische plaatsing van zes weken loopt goed.",
           "De psychische belasting van de functie is hoog (deadlines).",
           "Gesprek gehad met de ergotherapeut over de werkplekaanpassingen.",
           "Tia van HR neemt contact op.",
           "De operationele planning is rond; hij start maandag om 8 uur.",
           "Het tillen van zware platen is nog lastig; we passen de taken aan.",
           "Hij werkt weer 4 uur per dag, opbouw volgens afspraak.",
           "Vragen over de klachtenregeling en de klantklachten.",
           "Zwangerschapsverlof van een collega: hij valt in.",
       }) {
    EXPECT_TRUE(Find(ok).empty()) << ok << " flagged: " << (Find(ok).empty() ? "" : Find(ok)[0]);
  }
}

TEST(MedicalTerms, WholeWordsOnly) {
  // "chemo" must not match inside "chemokaart"... but "chemokuur" is listed on purpose.
  EXPECT_TRUE(Find("de chemische fabriek").empty());
  EXPECT_TRUE(Find("hivmo").empty());
  EXPECT_EQ(Find("een chemokuur"), (std::vector<std::string>{"chemokuur"}));
}

TEST(MedicalTerms, ListFormatErrorsNameTheLine) {
  auto no_section = ParseMedicalTermList("hernia\n");
  ASSERT_FALSE(no_section.ok());
  EXPECT_EQ(no_section.error().fields.front().path, "line 1");
  auto inner_star = ParseMedicalTermList("[diagnosen]\n# comment\nher*nia\n");
  ASSERT_FALSE(inner_star.ok());
  EXPECT_EQ(inner_star.error().fields.front().path, "line 3");
  auto short_stem = ParseMedicalTermList("[diagnosen]\nab*\n");
  ASSERT_FALSE(short_stem.ok());
  auto no_letters = ParseMedicalTermList("[medicatie]\n--\n");
  ASSERT_FALSE(no_letters.ok());
  auto fine = ParseMedicalTermList("[behandeling]\r\n  fysiotherapie  # comment\r\n\r\n");
  ASSERT_TRUE(fine.ok());
  ASSERT_EQ(fine->terms.size(), 1u);
  EXPECT_EQ(fine->terms[0].category, "behandeling");
  EXPECT_EQ(fine->terms[0].tokens, (std::vector<std::string>{"fysiotherapie"}));
}

TEST(MedicalTerms, InvalidUtf8IsASeparatorNotACrash) {
  const std::string text = std::string("her\xff") + "nia oxa\xc3" + "zepam";
  EXPECT_TRUE(Find(text).empty());
  EXPECT_EQ(Find(std::string("\xff") + "hernia"), (std::vector<std::string>{"hernia"}));
}

}  // namespace
}  // namespace werkpad::domain::privacy
