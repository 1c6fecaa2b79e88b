#include "domain/forms/definition.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <stdexcept>

#include "domain/forms/sample_form.hpp"

namespace werkpad::domain::forms {
namespace {

using namespace testing;

TEST(DefinitionTest, SampleFormIsValid) {
  auto s = ValidateDefinition(SampleForm());
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
}

struct BrokenCase {
  const char* name;
  std::function<void(FormDefinition&)> change;
  std::string path;
  std::string code;
};

// Index of the sample's items, for readable mutations.
Item& At(FormDefinition& d, std::string_view key) {
  for (Item& i : d.items) {
    if (i.key == key) return i;
  }
  throw std::logic_error("no such item in the sample");
}

TEST(DefinitionTest, EveryRuleReportsItsProblemWithAPath) {
  const std::vector<BrokenCase> cases = {
      {"bad id", [](auto& d) { d.id = "Intake Arts"; }, "id", "invalid_id"},
      {"version 0", [](auto& d) { d.version = 0; }, "version", "out_of_range"},
      {"no title", [](auto& d) { d.title.clear(); }, "title", "required"},
      {"no items", [](auto& d) { d.items.clear(); }, "items", "required"},
      {"bad key", [](auto& d) { d.items[0].key = "HeeftWerk"; }, "items[0].key", "invalid_key"},
      {"duplicate key", [](auto& d) { d.items[3].key = "heeft_werk"; }, "items[3].key",
       "duplicate_key"},
      {"duplicate key in a group", [](auto& d) { At(d, "werkgever").items[1].key = "startdatum"; },
       "items[5].key", "duplicate_key"},
      {"no label", [](auto& d) { d.items[0].label.clear(); }, "items[0].label", "required"},
      {"choice without options", [](auto& d) { At(d, "dienstverband").options.clear(); },
       "items[1].options", "required"},
      {"duplicate option",
       [](auto& d) {
         At(d, "hulpmiddelen").options.push_back({"bril", "Nog een bril"});
       },
       "items[6].options[3].code", "duplicate_option"},
      {"bad option code", [](auto& d) { At(d, "hulpmiddelen").options[0].code = "Bril"; },
       "items[6].options[0].code", "invalid_code"},
      {"options on text",
       [](auto& d) {
         d.items[5].options = {{"a", "A"}};
       },
       "items[5].options", "not_applicable"},
      {"min above max", [](auto& d) { At(d, "uren").min = 90; }, "items[3].max", "invalid_limits"},
      {"too many decimals", [](auto& d) { At(d, "uren").decimals = 7; }, "items[3].decimals",
       "out_of_range"},
      {"unit on a date", [](auto& d) { d.items[5].unit = "dag"; }, "items[5].unit",
       "not_applicable"},
      {"min on a date", [](auto& d) { d.items[5].min = 1; }, "items[5].min", "not_applicable"},
      {"duration without units", [](auto& d) { At(d, "verwachte_duur").units.clear(); },
       "items[4].units", "required"},
      {"duration unit twice",
       [](auto& d) { At(d, "verwachte_duur").units.push_back(DurationUnit::kWeeks); },
       "items[4].units[2]", "duplicate_option"},
      {"fractional duration limit", [](auto& d) { At(d, "verwachte_duur").max = 1.5; },
       "items[4].max", "invalid_limits"},
      {"rows min above max", [](auto& d) { At(d, "contacten").min_rows = 5; }, "items[8].max_rows",
       "invalid_limits"},
      {"zero max rows", [](auto& d) { At(d, "contacten").max_rows = 0; }, "items[8].max_rows",
       "out_of_range"},
      {"rows on a group", [](auto& d) { At(d, "werkgever").max_rows = 3; }, "items[2].max_rows",
       "not_applicable"},
      {"empty group", [](auto& d) { At(d, "werkgever").items.clear(); }, "items[2].items",
       "required"},
      {"children on text", [](auto& d) { d.items[5].items = {Make("kind", ItemType::kText)}; },
       "items[5].items", "not_applicable"},
      {"required display", [](auto& d) { At(d, "uitleg").required = true; }, "items[9].required",
       "not_applicable"},
      {"zero max length", [](auto& d) { At(d, "toelichting_rolstoel").max_length = 0; },
       "items[7].max_length", "out_of_range"},
      {"max length on a number", [](auto& d) { At(d, "uren").max_length = 5; },
       "items[3].max_length", "not_applicable"},
      {"condition on unknown item",
       [](auto& d) { At(d, "notitie").enable_when->conditions[0].item = "bestaat_niet"; },
       "items[10].enable_when.conditions[0].item", "unknown_item"},
      {"condition on a later item",
       [](auto& d) { d.items[0].enable_when = All({When("uren", ConditionOp::kAnswered)}); },
       "items[0].enable_when.conditions[0].item", "forward_reference"},
      {"condition on itself",
       [](auto& d) { At(d, "uren").enable_when = All({When("uren", ConditionOp::kAnswered)}); },
       "items[3].enable_when.conditions[0].item", "forward_reference"},
      {"condition on a group",
       [](auto& d) {
         At(d, "uren").enable_when = All({When("werkgever", ConditionOp::kAnswered)});
       },
       "items[3].enable_when.conditions[0].item", "not_answerable"},
      {"condition on a repeatable",
       [](auto& d) {
         At(d, "notitie").enable_when = All({When("contacten", ConditionOp::kAnswered)});
       },
       "items[10].enable_when.conditions[0].item", "not_answerable"},
      {"condition into a row from outside",
       [](auto& d) {
         At(d, "notitie").enable_when = All({When("partij", ConditionOp::kAnswered)});
       },
       "items[10].enable_when.conditions[0].item", "out_of_scope"},
      {"equals without value",
       [](auto& d) { At(d, "dienstverband").enable_when->conditions[0].value.reset(); },
       "items[1].enable_when.conditions[0].value", "required"},
      {"answered with value",
       [](auto& d) { At(d, "notitie").enable_when->conditions[0].value = Value{true}; },
       "items[10].enable_when.conditions[0].value", "not_applicable"},
      {"value of the wrong type",
       [](auto& d) { At(d, "dienstverband").enable_when->conditions[0].value = Value{1.0}; },
       "items[1].enable_when.conditions[0].value", "wrong_type"},
      {"unknown option in condition",
       [](auto& d) {
         At(d, "toelichting_rolstoel").enable_when->conditions[0].value =
             Value{std::string("krukken")};
       },
       "items[7].enable_when.conditions[0].value", "invalid_option"},
      {"no conditions", [](auto& d) { At(d, "notitie").enable_when->conditions.clear(); },
       "items[10].enable_when.conditions", "required"},
  };
  for (const auto& c : cases) {
    FormDefinition d = SampleForm();
    c.change(d);
    auto s = ValidateDefinition(d);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput) << c.name;
    bool found = false;
    for (const auto& f : s.error().fields) {
      found = found || (f.path == c.path && f.code == c.code);
    }
    EXPECT_TRUE(found) << c.name << ": want " << c.path << " " << c.code << ", got "
                       << s.error().fields.front().path << " " << s.error().fields.front().code;
  }
}

TEST(DefinitionTest, ConditionsInsideRowsMayLookAtTheRowAndOutward) {
  // The sample's contacten.email depends on its own row (partij) and on the top level
  // (heeft_werk): valid. A second repeatable may not look into the first one's rows.
  FormDefinition d = SampleForm();
  Item other = Make("andere_rij", ItemType::kRepeatable);
  Item x = Make("x", ItemType::kText);
  x.enable_when = All({When("naam", ConditionOp::kAnswered)});
  other.items = {x};
  d.items.push_back(other);
  auto s = ValidateDefinition(d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at(0).path, "items[12].items[0].enable_when.conditions[0].item");
  EXPECT_EQ(s.error().fields.at(0).code, "out_of_scope");
}

TEST(DefinitionTest, ReportsAllProblemsAtOnce) {
  FormDefinition d = SampleForm();
  d.id = "";
  d.items[0].label.clear();
  At(d, "uren").decimals = -1;
  auto s = ValidateDefinition(d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.size(), 3u);
}

TEST(DefinitionTest, TooDeepNestingIsRejected) {
  FormDefinition d;
  d.id = "diep";
  d.title = "Diep";
  Item leaf = Make("blad", ItemType::kText);
  Item current = leaf;
  for (int i = 0; i < 9; ++i) {
    Item g = Make("groep_" + std::to_string(i), ItemType::kGroup);
    g.items = {current};
    current = g;
  }
  d.items = {current};
  auto s = ValidateDefinition(d);
  ASSERT_FALSE(s.ok());
  bool too_deep = false;
  for (const auto& f : s.error().fields) too_deep = too_deep || f.code == "too_deep";
  EXPECT_TRUE(too_deep);
}

TEST(DefinitionTest, FindsNestedItemsAndKnowsTheirLimits) {
  FormDefinition d = SampleForm();
  const Item* naam = FindItem(d, "werkgever_naam");
  ASSERT_NE(naam, nullptr);
  EXPECT_EQ(EffectiveMaxLength(*naam), 20);
  ASSERT_NE(FindItem(d, "telefoon"), nullptr);
  EXPECT_EQ(EffectiveMaxLength(*FindItem(d, "telefoon")), kDefaultTextMax);
  EXPECT_EQ(EffectiveMaxLength(Make("x", ItemType::kLongText)), kDefaultLongTextMax);
  EXPECT_EQ(EffectiveMaxRows(*FindItem(d, "contacten")), 3);
  EXPECT_EQ(FindItem(d, "bestaat_niet"), nullptr);
}

TEST(DefinitionTest, Codes) {
  for (ItemType t : AllItemTypes()) EXPECT_EQ(ParseItemType(ToCode(t)), t);
  EXPECT_EQ(AllItemTypes().size(), 12u);
  EXPECT_EQ(ParseItemType("checkbox"), std::nullopt);
  for (auto op : {ConditionOp::kEquals, ConditionOp::kNotEquals, ConditionOp::kAnswered,
                  ConditionOp::kNotAnswered}) {
    EXPECT_EQ(ParseConditionOp(ToCode(op)), op);
  }
  EXPECT_EQ(ParseEnableBehavior("any"), EnableBehavior::kAny);
  EXPECT_EQ(ParseEnableBehavior("none"), std::nullopt);
  EXPECT_FALSE(IsAnswerable(ItemType::kGroup));
  EXPECT_TRUE(IsAnswerable(ItemType::kRepeatable));
}

}  // namespace
}  // namespace werkpad::domain::forms
