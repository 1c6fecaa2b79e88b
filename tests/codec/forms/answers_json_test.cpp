#include "codec/forms/answers_json.hpp"
#include "codec/json_reader.hpp"

#include <gtest/gtest.h>

#include "domain/forms/sample_form.hpp"
#include "domain/forms/validation.hpp"

namespace werkpad::codec::forms {
namespace {

namespace df = domain::forms;
using namespace std::chrono;
using df::testing::MakeRow;
using df::testing::SampleForm;

using Pairs = std::vector<std::pair<std::string, std::string>>;

df::Value S(const char* s) { return df::Value{std::string(s)}; }

df::Answers Full() {
  df::Answers a;
  a["heeft_werk"] = true;
  a["dienstverband"] = S("loondienst");
  a["werkgever_naam"] = S("Café Voorbeeld");
  a["werkgever_email"] = S("info@voorbeeld.nl");
  a["uren"] = 32.5;
  a["verwachte_duur"] = df::Duration{3, df::DurationUnit::kMonths};
  a["startdatum"] = core::Date{year{2026} / March / 2};
  a["hulpmiddelen"] = std::vector<std::string>{"rolstoel", "bril"};
  a["toelichting_rolstoel"] = S("Elektrisch");
  a["contacten"] = std::vector<df::Row>{
      MakeRow({{"partij", S("jobcoach")}, {"naam", S("Coach")}, {"email", S("c@x.nl")}}),
      MakeRow({{"partij", S("uwv")}, {"naam", S("UWV")}, {"telefoon", S("088")}}),
  };
  a["notitie"] = S("Regel 1\nRegel 2");
  return a;
}

TEST(AnswersJsonTest, RoundTripsEveryValueKind) {
  const auto def = SampleForm();
  const df::Answers a = Full();
  ASSERT_TRUE(df::ValidateAnswers(def, a, df::ValidationMode::kFinal).ok());
  const std::string text = SerializeAnswers(a);
  auto back = ParseAnswers(text, def);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, a);
  EXPECT_NE(text.find(R"("verwachte_duur":{"amount":3,"unit":"months"})"), std::string::npos)
      << text;
  EXPECT_NE(text.find(R"("startdatum":"2026-03-02")"), std::string::npos);
}

TEST(AnswersJsonTest, NullMeansNoAnswerAndWholeNumbersStayNumbers) {
  const auto def = SampleForm();
  auto a = ParseAnswers(R"({"uren": 32, "notitie": null, "contacten": []})", def);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->at("uren"), df::Value{32.0});
  EXPECT_EQ(a->count("notitie"), 0u);
  EXPECT_EQ(a->at("contacten"), df::Value{std::vector<df::Row>{}});
  EXPECT_EQ(SerializeAnswers(*a), R"({"contacten":[],"uren":32})");
}

TEST(AnswersJsonTest, UnknownKeysAndWrongTypesHavePaths) {
  const auto def = SampleForm();
  auto a = ParseAnswers(R"({
      "heeft_werk": "ja",
      "uren": "32",
      "startdatum": "2026-02-30",
      "hulpmiddelen": ["bril", 3],
      "verwachte_duur": {"amount": 12},
      "contacten": [{"partij": "uwv", "fax": "010"}, "geen rij"],
      "uitleg": "gelezen",
      "werkgever": {"naam": "x"},
      "onbekend": 1})",
                        def);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code, core::ErrorCode::kBadRequest);
  Pairs got;
  for (const auto& f : a.error().fields) got.emplace_back(f.path, f.code);
  Pairs want = {
      {"items.heeft_werk", "wrong_type"},        {"items.uren", "wrong_type"},
      {"items.verwachte_duur.unit", "required"}, {"items.startdatum", "invalid_date"},
      {"items.hulpmiddelen[1]", "wrong_type"},   {"items.contacten[0].fax", "unknown_field"},
      {"items.contacten[1]", "wrong_type"},      {"items.uitleg", "unknown_field"},
      {"items.werkgever", "unknown_field"},      {"items.onbekend", "unknown_field"}};
  EXPECT_EQ(got, want);
}

TEST(AnswersJsonTest, LimitsAreLeftToTheDomain) {
  const auto def = SampleForm();
  auto a = ParseAnswers(R"({"uren": 1000, "dienstverband": "onbekend"})", def);
  ASSERT_TRUE(a.ok());
  auto s = df::ValidateAnswers(def, *a, df::ValidationMode::kDraft);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.size(), 2u);
}

TEST(AnswersJsonTest, ReadsAnswersInsideALargerDocument) {
  const auto def = SampleForm();
  auto body = codec::ParseJson(R"({"version": 3, "answers": {"uren": 8, "extra": true}})");
  ASSERT_TRUE(body.ok());
  std::vector<core::FieldError> errors;
  df::Answers a = ReadAnswers(body->as_object().at("answers"), def, "answers", errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "answers.extra");
  EXPECT_EQ(a.at("uren"), df::Value{8.0});
}

}  // namespace
}  // namespace werkpad::codec::forms
