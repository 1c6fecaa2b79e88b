#include "codec/forms/definition_json.hpp"

#include <gtest/gtest.h>

#include "domain/forms/sample_form.hpp"

namespace werkpad::codec::forms {
namespace {

namespace df = domain::forms;
using namespace std::chrono;
using df::testing::Make;
using df::testing::SampleForm;
using df::testing::When;

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs Problems(const core::Error& e) {
  Pairs out;
  for (const auto& f : e.fields) out.emplace_back(f.path, f.code);
  return out;
}

// The sample plus conditions whose values are a date, a duration and a number.
df::FormDefinition Rich() {
  df::FormDefinition d = SampleForm();
  df::Item a = Make("na_start", df::ItemType::kText, "Na de start");
  a.enable_when = df::EnableWhen{
      df::EnableBehavior::kAny,
      {When("startdatum", df::ConditionOp::kEquals, df::Value{core::Date{year{2026} / 3 / 2}}),
       When("verwachte_duur", df::ConditionOp::kNotEquals,
            df::Value{df::Duration{12, df::DurationUnit::kWeeks}}),
       When("uren", df::ConditionOp::kEquals, df::Value{32.5}),
       When("uren", df::ConditionOp::kEquals, df::Value{40.0})}};
  a.help = "Hulptekst met ë en \"aanhalingstekens\"";
  d.items.push_back(a);
  d.description = "Beschrijving";
  return d;
}

TEST(DefinitionJsonTest, RoundTripsEveryFeature) {
  const df::FormDefinition def = Rich();
  ASSERT_TRUE(df::ValidateDefinition(def).ok());
  const std::string text = SerializeFormDefinition(def);
  auto back = ParseFormDefinition(text);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back, def);
  auto loaded = LoadFormDefinition(text);
  ASSERT_TRUE(loaded.ok());
  // Whole numbers are written as integers (Boost.JSON would write 80.0 as "8E1"); fractions keep
  // Boost.JSON's exponent form ("3.25E1"), which is valid JSON and parses back exactly.
  EXPECT_NE(text.find("\"max\":80"), std::string::npos) << text;
  EXPECT_NE(text.find("\"value\":\"2026-03-02\""), std::string::npos);
}

TEST(DefinitionJsonTest, MinimalDocumentGetsDefaults) {
  auto d = ParseFormDefinition(
      R"({"id":"mini","version":1,"title":"Mini","items":[{"key":"a","type":"text","label":"A"}]})");
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_FALSE(d->requires_signature);
  ASSERT_EQ(d->items.size(), 1u);
  EXPECT_FALSE(d->items[0].required);
  EXPECT_FALSE(d->items[0].enable_when.has_value());
}

TEST(DefinitionJsonTest, UnknownKeysAreRejectedWithPaths) {
  auto d = ParseFormDefinition(R"({
    "id":"x","version":1,"title":"X","colour":"red",
    "items":[
      {"key":"a","type":"single_choice","label":"A","placeholder":"?",
       "options":[{"code":"b","label":"B","score":3}]},
      {"key":"c","type":"text","label":"C",
       "enable_when":{"behavior":"all","mode":"x",
         "conditions":[{"item":"a","op":"equals","value":"b","negate":true}]}}
    ]})");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, core::ErrorCode::kBadRequest);
  Pairs want = {{"items[0].options[0].score", "unknown_field"},
                {"items[0].placeholder", "unknown_field"},
                {"items[1].enable_when.conditions[0].negate", "unknown_field"},
                {"items[1].enable_when.mode", "unknown_field"},
                {"colour", "unknown_field"}};
  EXPECT_EQ(Problems(d.error()), want);
}

TEST(DefinitionJsonTest, WrongTypesAndCodes) {
  struct Case {
    const char* json;
    std::string path;
    std::string code;
    core::ErrorCode error;
  };
  const std::vector<Case> cases = {
      {R"({"id":"x","version":"1","title":"X","items":[]})", "version", "wrong_type",
       core::ErrorCode::kBadRequest},
      {R"({"id":"x","version":1,"title":"X"})", "items", "required",
       core::ErrorCode::kInvalidInput},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"a","type":"checkbox","label":"A"}]})",
       "items[0].type", "invalid_value", core::ErrorCode::kInvalidInput},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"a","type":"text","label":"A","required":"yes"}]})",
       "items[0].required", "wrong_type", core::ErrorCode::kBadRequest},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"d","type":"duration","label":"D","units":["weeks","fortnights"]}]})",
       "items[0].units[1]", "invalid_value", core::ErrorCode::kInvalidInput},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"a","type":"group","label":"A","items":{}}]})",
       "items[0].items", "wrong_type", core::ErrorCode::kBadRequest},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"a","type":"text","label":"A","enable_when":{"conditions":[{"item":"z","op":"contains"}]}}]})",
       "items[0].enable_when.conditions[0].op", "invalid_value", core::ErrorCode::kInvalidInput},
      // The condition's value is read with the referenced item's type.
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"d","type":"date","label":"D"},
          {"key":"e","type":"text","label":"E","enable_when":{"conditions":[{"item":"d","op":"equals","value":"2026-13-01"}]}}]})",
       "items[1].enable_when.conditions[0].value", "invalid_date", core::ErrorCode::kInvalidInput},
      {R"({"id":"x","version":1,"title":"X","items":[{"key":"j","type":"yes_no","label":"J"},
          {"key":"e","type":"text","label":"E","enable_when":{"conditions":[{"item":"j","op":"equals","value":"true"}]}}]})",
       "items[1].enable_when.conditions[0].value", "wrong_type", core::ErrorCode::kBadRequest},
      {"[1]", "", "wrong_type", core::ErrorCode::kBadRequest},
  };
  for (const auto& c : cases) {
    auto d = ParseFormDefinition(c.json);
    ASSERT_FALSE(d.ok()) << c.json;
    EXPECT_EQ(d.error().code, c.error) << c.json;
    ASSERT_FALSE(d.error().fields.empty()) << c.json;
    EXPECT_EQ(d.error().fields[0].path, c.path) << c.json;
    EXPECT_EQ(d.error().fields[0].code, c.code) << c.json;
  }
}

TEST(DefinitionJsonTest, NullConditionValueIsNoValue) {
  auto d = ParseFormDefinition(R"({"id":"x","version":1,"title":"X","items":[
      {"key":"a","type":"text","label":"A"},
      {"key":"b","type":"text","label":"B","enable_when":{"conditions":[{"item":"a","op":"answered","value":null}]}}]})");
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_FALSE(d->items[1].enable_when->conditions[0].value.has_value());
  EXPECT_TRUE(df::ValidateDefinition(*d).ok());
}

TEST(DefinitionJsonTest, LoadAppliesTheDomainRules) {
  auto d = LoadFormDefinition(R"({"id":"x","version":1,"title":"X","items":[
      {"key":"a","type":"text","label":"A"},{"key":"a","type":"text","label":"Nog eens A"}]})");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(Problems(d.error()), (Pairs{{"items[1].key", "duplicate_key"}}));
  auto forward = LoadFormDefinition(R"({"id":"x","version":1,"title":"X","items":[
      {"key":"a","type":"text","label":"A","enable_when":{"conditions":[{"item":"b","op":"equals","value":true}]}},
      {"key":"b","type":"yes_no","label":"B"}]})");
  ASSERT_FALSE(forward.ok());
  EXPECT_EQ(Problems(forward.error()),
            (Pairs{{"items[0].enable_when.conditions[0].item", "forward_reference"}}));
}

}  // namespace
}  // namespace werkpad::codec::forms
