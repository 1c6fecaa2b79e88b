#include "codec/profiles/profile_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <algorithm>

#include "codec/profiles/catalogue_json.hpp"

namespace werkpad::codec::profiles {
namespace {

namespace dp = domain::profiles;

const dp::ItemCatalogue& Cat() { return BuiltinItemCatalogue(); }

bool HasField(const core::Error& e, std::string_view path, std::string_view code) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const core::FieldError& f) { return f.path == path && f.code == code; });
}

TEST(ProfileJsonTest, FunctionProfileRoundTrip) {
  auto p = ParseFunctionProfile(Cat(), R"({
    "code": "MW-01", "title": "Magazijnmedewerker", "organisation": "Logistiek",
    "hours_per_week": 36, "wage_cents": 245000,
    "items": [
      {"item": "tillen", "relevant": true, "demand": {"kg": 15, "keer": 10}, "note": "dozen"},
      {"item": "aandacht", "relevant": true,
       "demand": {"taken": "orderpicken", "frequentie": "vaak", "hulpmiddel_mogelijk": false}},
      {"item": "ploegendienst", "relevant": true, "demand": {"diensten": ["nacht", "dag"]}},
      {"item": "vervoer", "relevant": true,
       "demand": {"vervoerswijzen": ["fiets", "auto"], "reistijd_min": 35.5}},
      {"item": "aangepaste_start", "relevant": true, "demand": {"aangepaste_start_mogelijk": true}},
      {"item": "klimmen", "relevant": false}]})");
  ASSERT_TRUE(p.ok()) << p.error().message;
  EXPECT_EQ(p->title, "Magazijnmedewerker");
  EXPECT_EQ(p->wage_cents, 245000);
  ASSERT_EQ(p->items.size(), 6u);
  const auto& lift = std::get<dp::DynamicDemand>(p->items[0].value);
  EXPECT_EQ(lift.weight_kg, 15);
  EXPECT_EQ(lift.times, 10);
  EXPECT_FALSE(lift.minutes_continuous.has_value());
  const auto& task = std::get<dp::TaskDemand>(p->items[1].value);
  EXPECT_EQ(task.tasks, "orderpicken");
  EXPECT_EQ(task.frequency, dp::Frequency::kVaak);
  EXPECT_EQ(task.aid_possible, false);
  const auto& shifts = std::get<dp::ShiftsDemand>(p->items[2].value);
  EXPECT_TRUE(shifts.shifts.Has(dp::Shift::kNacht));
  EXPECT_FALSE(shifts.shifts.Has(dp::Shift::kAvond));
  EXPECT_FALSE(p->items[5].relevant);

  const std::string text = boost::json::serialize(FunctionProfileToJson(Cat(), *p));
  // Sets come out in catalogue order.
  EXPECT_NE(text.find(R"("diensten":["dag","nacht"])"), std::string::npos) << text;
  auto again = ParseFunctionProfile(Cat(), text);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(*again, *p);
}

TEST(ProfileJsonTest, FunctionProfileErrors) {
  // Malformed: a measure the item does not have is an unknown field; wrong types.
  auto bad = ParseFunctionProfile(Cat(), R"({"title": "X", "items": [
      {"item": "lopen", "relevant": true, "demand": {"kg": 5}},
      {"item": "tillen", "relevant": "ja", "demand": {"kg": "zwaar"}}]})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kBadRequest);
  EXPECT_TRUE(HasField(bad.error(), "items[0].demand.kg", "unknown_field"));
  EXPECT_TRUE(HasField(bad.error(), "items[1].relevant", "wrong_type"));
  EXPECT_TRUE(HasField(bad.error(), "items[1].demand.kg", "wrong_type"));

  // Well-formed but invalid: the domain rules, with the same paths.
  auto invalid = ParseFunctionProfile(Cat(), R"({"title": "X", "items": [
      {"item": "tillen", "relevant": true, "demand": {"kg": -3}},
      {"item": "zitten", "relevant": true},
      {"item": "aandacht", "relevant": true, "demand": {"frequentie": "altijd"}},
      {"item": "vliegen", "relevant": false, "demand": {"kg": 1}},
      {"item": "bukken", "relevant": false, "demand": {"keer": 3}}]})");
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(invalid.error(), "items[2].demand.frequentie", "invalid_value"));
  // Codec errors come first; the domain rules run once the shape is right.
  auto invalid2 = ParseFunctionProfile(Cat(), R"({"title": "X", "items": [
      {"item": "tillen", "relevant": true, "demand": {"kg": -3}},
      {"item": "zitten", "relevant": true},
      {"item": "vliegen", "relevant": false, "demand": {"kg": 1}},
      {"item": "bukken", "relevant": false, "demand": {"keer": 3}}]})");
  ASSERT_FALSE(invalid2.ok());
  EXPECT_EQ(invalid2.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(invalid2.error(), "items[0].demand.kg", "out_of_range"));
  EXPECT_TRUE(HasField(invalid2.error(), "items[1].demand", "required"));
  EXPECT_TRUE(HasField(invalid2.error(), "items[2].item", "unknown_item"));
  EXPECT_TRUE(HasField(invalid2.error(), "items[3].demand", "not_relevant_with_value"));
  EXPECT_FALSE(ParseFunctionProfile(Cat(), "[1]").ok());
  EXPECT_TRUE(HasField(ParseFunctionProfile(Cat(), "{}").error(), "title", "required"));
}

TEST(ProfileJsonTest, CapacityProfileRoundTrip) {
  auto c = ParseCapacityProfile(Cat(), R"({
    "source": "formulier6", "moment": "herbeoordeling", "date": "2026-12-07", "assessor": "A. Fysio",
    "items": [
      {"item": "tillen", "status": "voldoet_deels", "capacity": {"kg": 5, "keer": 10},
       "discipline": "fysiotherapie", "assessor": "A. Fysio", "date": "2026-12-07", "note": "rug"},
      {"item": "aandacht", "status": "voldoet", "capacity": {"frequentie": "regelmatig",
       "hulpmiddel_nodig": true}},
      {"item": "ploegendienst", "capacity": {"diensten": []}},
      {"item": "zitten", "unrestricted": true},
      {"item": "geheugen", "status": "voldoet_niet"}]})");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->source, dp::CapacitySource::kForm6);
  EXPECT_EQ(c->moment, dp::AssessmentMoment::kHerbeoordeling);
  ASSERT_EQ(c->items.size(), 5u);
  EXPECT_EQ(c->items[0].status, dp::AssessmentStatus::kPartly);
  EXPECT_EQ(std::get<dp::DynamicCapacity>(*c->items[0].value).weight_kg, 5);
  EXPECT_EQ(std::get<dp::TaskCapacity>(*c->items[1].value).needs_aid, true);
  // An empty set is "assessed: none", not "not assessed".
  const auto& shifts = std::get<dp::ShiftsCapacity>(*c->items[2].value);
  ASSERT_TRUE(shifts.shifts.has_value());
  EXPECT_TRUE(shifts.shifts->empty());
  EXPECT_TRUE(c->items[3].unrestricted);
  EXPECT_FALSE(c->items[4].value.has_value());
  EXPECT_EQ(c->items[2].status, dp::AssessmentStatus::kNotAssessed);

  auto again =
      ParseCapacityProfile(Cat(), boost::json::serialize(CapacityProfileToJson(Cat(), *c)));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(*again, *c);
}

TEST(ProfileJsonTest, CapacityProfileErrors) {
  auto bad = ParseCapacityProfile(Cat(), R"({"source": "uwv", "items": [
      {"item": "tillen", "status": "goed", "capacity": {"kg": 5}, "date": "2026-02-30"}]})");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasField(bad.error(), "source", "invalid_value"));
  EXPECT_TRUE(HasField(bad.error(), "items[0].status", "invalid_value"));
  EXPECT_TRUE(HasField(bad.error(), "items[0].date", "invalid_date"));
  auto invalid = ParseCapacityProfile(Cat(), R"({"items": [
      {"item": "tillen", "unrestricted": true, "capacity": {"kg": 5}},
      {"item": "zitten", "discipline": "astrologie"}]})");
  ASSERT_FALSE(invalid.ok());
  EXPECT_TRUE(HasField(invalid.error(), "items[0].capacity", "unrestricted_with_value"));
  EXPECT_TRUE(HasField(invalid.error(), "items[1].discipline", "unknown_discipline"));
  EXPECT_EQ(DemandKey(dp::Measure::kWeightKg), "kg");
  EXPECT_EQ(CapacityKey(dp::Measure::kWithoutAid), "hulpmiddel_nodig");
}

}  // namespace
}  // namespace werkpad::codec::profiles
