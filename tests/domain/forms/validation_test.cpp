#include "domain/forms/validation.hpp"

#include <gtest/gtest.h>

#include "domain/forms/sample_form.hpp"

namespace werkpad::domain::forms {
namespace {

using namespace testing;
using namespace std::chrono;

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs Problems(const core::Status& s) {
  Pairs out;
  if (s.ok()) return out;
  EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput);
  for (const auto& f : s.error().fields) out.emplace_back(f.path, f.code);
  return out;
}

Value S(const char* s) { return Value{std::string(s)}; }

// A complete, valid final response for the sample.
Answers Complete() {
  Answers a;
  a["heeft_werk"] = true;
  a["dienstverband"] = S("loondienst");
  a["werkgever_naam"] = S("Voorbeeld BV");
  a["uren"] = 32.5;
  a["verwachte_duur"] = Duration{12, DurationUnit::kWeeks};
  a["startdatum"] = core::Date{year{2026} / March / 2};
  a["hulpmiddelen"] = std::vector<std::string>{"bril"};
  a["contacten"] = std::vector<Row>{MakeRow({{"partij", S("bedrijfsarts")}, {"naam", S("Arts")}})};
  a["notitie"] = S("Afspraken gemaakt.");
  return a;
}

TEST(ValidationTest, CompleteAnswersPassBothLevels) {
  const auto def = SampleForm();
  EXPECT_EQ(Problems(ValidateAnswers(def, Complete(), ValidationMode::kDraft)), Pairs{});
  EXPECT_EQ(Problems(ValidateAnswers(def, Complete(), ValidationMode::kFinal)), Pairs{});
}

TEST(ValidationTest, DraftAcceptsPartialAnswersFinalDemandsRequiredOnes) {
  const auto def = SampleForm();
  Answers partial;
  partial["uren"] = 16.0;
  EXPECT_TRUE(ValidateAnswers(def, partial, ValidationMode::kDraft).ok());
  EXPECT_TRUE(ValidateAnswers(def, Answers{}, ValidationMode::kDraft).ok());
  // Final: heeft_werk and verwachte_duur are required; contacten needs a row; notitie is enabled
  // only when heeft_werk is answered, so it is not required yet.
  EXPECT_EQ(Problems(ValidateAnswers(def, partial, ValidationMode::kFinal)),
            (Pairs{{"items.heeft_werk", "required"},
                   {"items.verwachte_duur", "required"},
                   {"items.contacten", "too_few_rows"}}));
}

TEST(ValidationTest, RequiredItemsInsideRowsAndGroupsHaveFullPaths) {
  const auto def = SampleForm();
  Answers a = Complete();
  a.erase("werkgever_naam");
  a["contacten"] = std::vector<Row>{
      MakeRow({{"partij", S("bedrijfsarts")}, {"naam", S("Arts")}}),
      MakeRow({{"partij", S("jobcoach")}, {"telefoon", S("0612345678")}}),
  };
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kFinal)),
            (Pairs{{"items.werkgever_naam", "required"},
                   {"items.contacten[1].naam", "required"},
                   {"items.contacten[1].email", "required"}}));
}

TEST(ValidationTest, TypesAndLimitsAreCheckedInDrafts) {
  const auto def = SampleForm();
  struct Case {
    const char* key;
    Value value;
    std::string path;
    std::string code;
  };
  const std::vector<Case> cases = {
      {"heeft_werk", S("ja"), "items.heeft_werk", "wrong_type"},
      {"uren", S("32"), "items.uren", "wrong_type"},
      {"uren", 81.0, "items.uren", "out_of_range"},
      {"uren", -1.0, "items.uren", "out_of_range"},
      {"uren", 32.25, "items.uren", "too_many_decimals"},
      {"werkgever_naam", S("Een veel te lange bedrijfsnaam"), "items.werkgever_naam", "too_long"},
      {"dienstverband", S("uitzendkracht"), "items.dienstverband", "invalid_option"},
      {"dienstverband", Value{true}, "items.dienstverband", "wrong_type"},
      {"hulpmiddelen", Value{std::vector<std::string>{"bril", "krukken"}}, "items.hulpmiddelen[1]",
       "invalid_option"},
      {"hulpmiddelen", Value{std::vector<std::string>{"bril", "bril"}}, "items.hulpmiddelen[1]",
       "duplicate_option"},
      {"hulpmiddelen", S("bril"), "items.hulpmiddelen", "wrong_type"},
      {"verwachte_duur", Value{Duration{3, DurationUnit::kDays}}, "items.verwachte_duur",
       "invalid_unit"},
      {"verwachte_duur", Value{Duration{0, DurationUnit::kWeeks}}, "items.verwachte_duur",
       "out_of_range"},
      {"verwachte_duur", Value{Duration{105, DurationUnit::kWeeks}}, "items.verwachte_duur",
       "out_of_range"},
      {"startdatum", S("2026-03-02"), "items.startdatum", "wrong_type"},
      {"uitleg", S("tekst"), "items.uitleg", "not_answerable"},
      {"werkgever", S("tekst"), "items.werkgever", "unknown_item"},
      {"bestaat_niet", S("x"), "items.bestaat_niet", "unknown_item"},
      {"contacten", S("x"), "items.contacten", "wrong_type"},
      {"contacten", Value{std::vector<Row>(4, MakeRow({{"partij", S("uwv")}, {"naam", S("X")}}))},
       "items.contacten", "too_many_rows"},
      {"contacten", Value{std::vector<Row>{MakeRow({{"partij", S("Werk Gever")}})}},
       "items.contacten[0].partij", "invalid_option"},
      {"contacten", Value{std::vector<Row>{MakeRow({{"heeft_werk", Value{true}}})}},
       "items.contacten[0].heeft_werk", "unknown_item"},
  };
  for (const auto& c : cases) {
    Answers a;
    a[c.key] = c.value;
    for (auto mode : {ValidationMode::kDraft, ValidationMode::kFinal}) {
      if (mode == ValidationMode::kFinal) {
        a = Complete();
        a[c.key] = c.value;
      }
      auto problems = Problems(ValidateAnswers(def, a, mode));
      bool found = false;
      for (const auto& p : problems) found = found || (p.first == c.path && p.second == c.code);
      EXPECT_TRUE(found) << c.key << " " << c.code
                         << (mode == ValidationMode::kFinal ? " (final)" : " (draft)");
    }
  }
}

TEST(ValidationTest, TextLimitsCountCharactersNotBytes) {
  const auto def = SampleForm();
  Answers a;
  a["werkgever_naam"] = S("Café Zoë en Chloë Éé");  // 20 characters, 25 bytes
  EXPECT_TRUE(ValidateAnswers(def, a, ValidationMode::kDraft).ok());
}

TEST(ValidationTest, EnableWhenEqualsNotEqualsAndChains) {
  const auto def = SampleForm();
  // heeft_werk = false: dienstverband disabled, so werkgever (dienstverband != zzp) sees no answer
  // and is disabled as well: neither is required, even with an answer lying around.
  Answers a = Complete();
  a["heeft_werk"] = false;
  a.erase("werkgever_naam");
  a["contacten"] = std::vector<Row>{
      MakeRow({{"partij", S("bedrijfsarts")}, {"naam", S("Arts")}, {"email", S("a@b.nl")}})};
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kFinal)), Pairs{});
  EXPECT_FALSE(IsEnabled(def, a, "dienstverband"));
  EXPECT_FALSE(IsEnabled(def, a, "werkgever_naam"));

  // ZZP: the employer group is disabled; loondienst: enabled and required.
  Answers zzp = Complete();
  zzp["dienstverband"] = S("zzp");
  zzp.erase("werkgever_naam");
  EXPECT_EQ(Problems(ValidateAnswers(def, zzp, ValidationMode::kFinal)), Pairs{});
  EXPECT_FALSE(IsEnabled(def, zzp, "werkgever"));
  EXPECT_TRUE(IsEnabled(def, Complete(), "werkgever_email"));
  // not_equals with an unanswered source is false (FHIR semantics).
  Answers none;
  none["heeft_werk"] = true;
  EXPECT_FALSE(IsEnabled(def, none, "werkgever_naam"));
  EXPECT_TRUE(IsEnabled(def, none, "dienstverband"));
  EXPECT_FALSE(IsEnabled(def, none, "bestaat_niet"));
}

TEST(ValidationTest, EnableWhenOnMultipleChoiceAndAnsweredOperators) {
  const auto def = SampleForm();
  Answers a = Complete();
  a["hulpmiddelen"] = std::vector<std::string>{"bril", "rolstoel"};
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kFinal)),
            (Pairs{{"items.toelichting_rolstoel", "required"}}));
  // answered / not_answered.
  Answers b = Complete();
  b.erase("uren");
  b.erase("notitie");
  EXPECT_EQ(Problems(ValidateAnswers(def, b, ValidationMode::kFinal)), Pairs{});
  EXPECT_TRUE(IsEnabled(def, b, "reden_geen_uren"));
  EXPECT_FALSE(IsEnabled(def, b, "notitie"));
  EXPECT_FALSE(IsEnabled(def, Complete(), "reden_geen_uren"));
  // An empty string counts as unanswered.
  b["uren"] = 10.0;
  b["notitie"] = S("   ");
  EXPECT_EQ(Problems(ValidateAnswers(def, b, ValidationMode::kFinal)),
            (Pairs{{"items.notitie", "required"}}));
}

TEST(ValidationTest, RowConditionsSeeTheirOwnRowAndTheTopLevel) {
  const auto def = SampleForm();
  Answers a = Complete();
  a["contacten"] = std::vector<Row>{
      MakeRow({{"partij", S("jobcoach")}, {"naam", S("Coach")}}),  // email required (row)
      MakeRow({{"partij", S("werkgever")}, {"naam", S("Baas")}}),  // email not required
  };
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kFinal)),
            (Pairs{{"items.contacten[0].email", "required"}}));
}

TEST(ValidationTest, DisabledAnswersAreCheckedInDraftsButIgnoredOnFinalise) {
  const auto def = SampleForm();
  Answers a = Complete();
  a["dienstverband"] = S("zzp");
  a["werkgever_naam"] = S("Een veel te lange bedrijfsnaam");  // disabled now
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kDraft)),
            (Pairs{{"items.werkgever_naam", "too_long"}}));
  EXPECT_EQ(Problems(ValidateAnswers(def, a, ValidationMode::kFinal)), Pairs{});
}

TEST(ValidationTest, FinalAnswersDropDisabledAndEmptyAnswersEvenInRows) {
  const auto def = SampleForm();
  Answers a = Complete();
  a["dienstverband"] = S("zzp");
  a["werkgever_email"] = S("info@voorbeeld.nl");
  a["reden_geen_uren"] = S("staat er niet");  // disabled: uren is answered
  a["startdatum"] = core::Date{year{2026} / March / 2};
  a["hulpmiddelen"] = std::vector<std::string>{};
  a["contacten"] = std::vector<Row>{MakeRow({{"partij", S("uwv")},
                                             {"naam", S("UWV")},
                                             {"telefoon", S("")},
                                             {"email", S("disabled@uwv.nl")}})};
  Answers f = FinalAnswers(def, a);
  EXPECT_EQ(f.count("werkgever_naam"), 0u);
  EXPECT_EQ(f.count("werkgever_email"), 0u);
  EXPECT_EQ(f.count("reden_geen_uren"), 0u);
  EXPECT_EQ(f.count("hulpmiddelen"), 0u);
  EXPECT_EQ(f.count("startdatum"), 1u);
  const auto& rows = std::get<std::vector<Row>>(f.at("contacten"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].answers.size(), 2u);  // partij and naam; empty telefoon, disabled email gone
  EXPECT_EQ(rows[0].answers.count("email"), 0u);
}

TEST(ValidationTest, ErrorMessagesSayWhatFailed) {
  auto s = ValidateAnswers(SampleForm(), Answers{}, ValidationMode::kFinal);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("cannot finalise form 'test-intake'"), std::string::npos);
}

}  // namespace
}  // namespace werkpad::domain::forms
