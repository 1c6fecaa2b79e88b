#pragma once

// A synthetic definition that uses every item type, limits, enable-when in all forms, a group and
// a repeatable with conditions on its own row and on the top level. Shared by the forms tests.

#include "domain/forms/definition.hpp"

namespace werkpad::domain::forms::testing {

inline Item Make(std::string key, ItemType type, std::string label = "Label") {
  Item i;
  i.key = std::move(key);
  i.type = type;
  i.label = std::move(label);
  return i;
}

inline Condition When(std::string item, ConditionOp op, std::optional<Value> value = {}) {
  return Condition{std::move(item), op, std::move(value)};
}

inline EnableWhen All(std::vector<Condition> c) { return {EnableBehavior::kAll, std::move(c)}; }
inline EnableWhen Any(std::vector<Condition> c) { return {EnableBehavior::kAny, std::move(c)}; }

inline FormDefinition SampleForm() {
  FormDefinition def;
  def.id = "test-intake";
  def.version = 2;
  def.title = "Testformulier";
  def.requires_signature = true;

  Item heeft_werk = Make("heeft_werk", ItemType::kYesNo);
  heeft_werk.required = true;

  Item dienstverband = Make("dienstverband", ItemType::kSingleChoice);
  dienstverband.required = true;
  dienstverband.options = {{"loondienst", "Loondienst"}, {"zzp", "ZZP"}, {"anders", "Anders"}};
  dienstverband.enable_when = All({When("heeft_werk", ConditionOp::kEquals, Value{true})});

  Item werkgever = Make("werkgever", ItemType::kGroup);
  werkgever.enable_when =
      All({When("dienstverband", ConditionOp::kNotEquals, Value{std::string("zzp")})});
  Item naam = Make("werkgever_naam", ItemType::kText);
  naam.required = true;
  naam.max_length = 20;
  werkgever.items = {naam, Make("werkgever_email", ItemType::kText)};

  Item uren = Make("uren", ItemType::kNumber);
  uren.unit = "uur";
  uren.min = 0;
  uren.max = 80;
  uren.decimals = 1;

  Item duur = Make("verwachte_duur", ItemType::kDuration);
  duur.units = {DurationUnit::kWeeks, DurationUnit::kMonths};
  duur.min = 1;
  duur.max = 104;
  duur.required = true;

  Item hulp = Make("hulpmiddelen", ItemType::kMultipleChoice);
  hulp.options = {{"bril", "Bril"}, {"rolstoel", "Rolstoel"}, {"laptop", "Laptop"}};

  Item rolstoel = Make("toelichting_rolstoel", ItemType::kLongText);
  rolstoel.max_length = 50;
  rolstoel.required = true;
  rolstoel.enable_when =
      All({When("hulpmiddelen", ConditionOp::kEquals, Value{std::string("rolstoel")})});

  Item contacten = Make("contacten", ItemType::kRepeatable);
  contacten.min_rows = 1;
  contacten.max_rows = 3;
  Item partij = Make("partij", ItemType::kParty);
  partij.required = true;
  Item cnaam = Make("naam", ItemType::kText);
  cnaam.required = true;
  Item email = Make("email", ItemType::kText);
  email.required = true;
  email.enable_when = Any({When("partij", ConditionOp::kEquals, Value{std::string("jobcoach")}),
                           When("heeft_werk", ConditionOp::kEquals, Value{false})});
  contacten.items = {partij, cnaam, Make("telefoon", ItemType::kText), email};

  Item notitie = Make("notitie", ItemType::kLongText);
  notitie.required = true;
  notitie.enable_when =
      All({When("heeft_werk", ConditionOp::kAnswered), When("uren", ConditionOp::kAnswered)});
  Item geen_uren = Make("reden_geen_uren", ItemType::kText);
  geen_uren.enable_when = All({When("uren", ConditionOp::kNotAnswered)});

  def.items = {heeft_werk, dienstverband,
               werkgever,  uren,
               duur,       Make("startdatum", ItemType::kDate),
               hulp,       rolstoel,
               contacten,  Make("uitleg", ItemType::kDisplay, "Lees dit eerst."),
               notitie,    geen_uren};
  return def;
}

inline Row MakeRow(std::initializer_list<std::pair<const std::string, Value>> values) {
  return Row{Answers(values.begin(), values.end())};
}

}  // namespace werkpad::domain::forms::testing
