// The built-in item catalogue (resources/profiles/items.v1.json): it loads, every item of the
// handbook's form 4 is there with kind, units and disciplines, codes are unique, and the FML
// mapping only uses valid codes in the right rubriek. Also the catalogue codec's strictness.

#include "codec/profiles/catalogue_json.hpp"
#include "domain/identity/role.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#ifndef WERKPAD_PROFILES_DIR
#error "WERKPAD_PROFILES_DIR must name resources/profiles"
#endif

namespace werkpad::codec::profiles {
namespace {

namespace dp = domain::profiles;

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool HasField(const core::Error& e, std::string_view path, std::string_view code) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const core::FieldError& f) { return f.path == path && f.code == code; });
}

TEST(ItemCatalogueTest, BuiltinIsTheResourceFileAndValid) {
  EXPECT_EQ(BuiltinItemCatalogueJson(),
            ReadFile(std::filesystem::path(WERKPAD_PROFILES_DIR) / "items.v1.json"));
  auto cat = LoadItemCatalogue(BuiltinItemCatalogueJson());
  ASSERT_TRUE(cat.ok()) << cat.error().message;
  EXPECT_EQ(*cat, BuiltinItemCatalogue());
  EXPECT_EQ(cat->version, 1);
  // Serialising and reading back gives the same catalogue.
  auto again = LoadItemCatalogue(SerializeItemCatalogue(*cat));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *cat);
}

TEST(ItemCatalogueTest, EveryForm4ItemOfTheHandbookInItsSection) {
  const auto& cat = BuiltinItemCatalogue();
  // AGR handbook, formulier 4 (seeds/agr-methode.txt): the items per part.
  const std::map<dp::Section, std::vector<std::string>> expected = {
      {dp::Section::kPersoonlijk, {"tempo", "aandacht", "geheugen", "inzicht", "werkdruk"}},
      {dp::Section::kSociaal, {"communicatie_fysiek", "communicatie_sociaal"}},
      {dp::Section::kFysiekStatisch, {"zitten", "staan", "laag_werken", "boven_hoofd"}},
      {dp::Section::kFysiekDynamisch,
       {"traplopen", "lopen", "klimmen", "hurken_knielen", "bukken", "hand_vinger", "dragen",
        "tillen", "heffen"}},
      {dp::Section::kWerktijdenVervoer,
       {"werktijden", "ploegendienst", "aangepaste_start", "vervoer", "verplaatsen"}},
  };
  std::size_t total = 0;
  for (const auto& [section, codes] : expected) {
    std::vector<std::string> got;
    for (const auto& item : cat.items) {
      if (item.section == section) got.push_back(item.code);
    }
    EXPECT_EQ(got, codes) << dp::ToCode(section);
    total += codes.size();
  }
  EXPECT_EQ(cat.items.size(), total);
}

TEST(ItemCatalogueTest, KindsUnitsAndDisciplinesFollowTheHandbook) {
  const auto& cat = BuiltinItemCatalogue();
  // Handbook, formulier 6: suggested split of the items over the disciplines.
  const std::map<dp::Section, std::vector<std::string>> disciplines = {
      {dp::Section::kPersoonlijk,
       {"psychologie", "verpleging", "ergotherapie", "maatschappelijk_werk"}},
      {dp::Section::kSociaal,
       {"psychologie", "verpleging", "ergotherapie", "maatschappelijk_werk", "logopedie"}},
      {dp::Section::kFysiekStatisch, {"verpleging", "fysiotherapie", "ergotherapie"}},
      {dp::Section::kFysiekDynamisch, {"verpleging", "fysiotherapie", "ergotherapie"}},
      {dp::Section::kWerktijdenVervoer, {"psychologie", "fysiotherapie", "ergotherapie"}},
  };
  std::set<std::string> codes;
  for (const auto& item : cat.items) {
    SCOPED_TRACE(item.code);
    EXPECT_TRUE(codes.insert(item.code).second);
    EXPECT_FALSE(item.label.empty());
    EXPECT_FALSE(item.help.empty());
    EXPECT_FALSE(item.activity.empty());
    EXPECT_FALSE(item.measures.empty());
    EXPECT_EQ(item.disciplines, disciplines.at(item.section));
    for (const auto& d : item.disciplines) EXPECT_NE(cat.FindDiscipline(d), nullptr);
    const auto allowed = dp::MeasuresOfKind(item.kind);
    for (auto m : item.measures) {
      EXPECT_NE(std::find(allowed.begin(), allowed.end(), m), allowed.end());
    }
    EXPECT_EQ(item.Has(dp::Measure::kTimes), item.frequency_unit != dp::FrequencyUnit::kNone);
    switch (item.section) {
      case dp::Section::kPersoonlijk:
      case dp::Section::kSociaal:
        // in which tasks, how often, aid/strategy possible
        EXPECT_EQ(item.kind, dp::ItemKind::kTask);
        EXPECT_TRUE(item.Has(dp::Measure::kFrequency));
        EXPECT_TRUE(item.Has(dp::Measure::kWithoutAid));
        break;
      case dp::Section::kFysiekStatisch:
        // maximum per day and continuously
        EXPECT_EQ(item.kind, dp::ItemKind::kStatic);
        EXPECT_TRUE(item.Has(dp::Measure::kMinutesPerDay));
        EXPECT_TRUE(item.Has(dp::Measure::kMinutesContinuous));
        break;
      case dp::Section::kFysiekDynamisch:
        // how often, how heavy and/or how long
        EXPECT_EQ(item.kind, dp::ItemKind::kDynamic);
        break;
      case dp::Section::kWerktijdenVervoer:
        EXPECT_NE(item.kind, dp::ItemKind::kTask);
        break;
    }
  }
  // The load-carrying items have a weight, per hour.
  for (const char* code : {"tillen", "dragen", "heffen"}) {
    const auto* item = cat.Find(code);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->Has(dp::Measure::kWeightKg)) << code;
    EXPECT_EQ(item->frequency_unit, dp::FrequencyUnit::kPerHour) << code;
  }
  EXPECT_EQ(cat.Find("werktijden")->kind, dp::ItemKind::kHours);
  EXPECT_EQ(cat.Find("ploegendienst")->kind, dp::ItemKind::kShifts);
  EXPECT_EQ(cat.Find("aangepaste_start")->kind, dp::ItemKind::kAdaptedStart);
  EXPECT_EQ(cat.Find("vervoer")->kind, dp::ItemKind::kTransport);
  EXPECT_EQ(cat.Find("verplaatsen")->kind, dp::ItemKind::kMovingAround);
}

TEST(ItemCatalogueTest, EveryBuiltinStaffDisciplineCanAssess) {
  // A therapist's discipline (domain/identity) must be a discipline of the item catalogue, or
  // their form 6 assessments could not name it.
  const auto& cat = BuiltinItemCatalogue();
  for (const auto& d : domain::identity::BuiltinDisciplines()) {
    const dp::Discipline* found = cat.FindDiscipline(d.code);
    ASSERT_NE(found, nullptr) << d.code;
    EXPECT_EQ(found->label, d.label) << d.code;
  }
}

TEST(ItemCatalogueTest, FmlMappingUsesValidCodesInTheRightRubriek) {
  const auto& cat = BuiltinItemCatalogue();
  std::set<std::string> used;
  for (const auto& f : cat.fml_items) EXPECT_TRUE(dp::IsValidFmlCode(f.code)) << f.code;
  for (const auto& item : cat.items) {
    for (const auto& ref : item.fml) {
      SCOPED_TRACE(item.code + " -> " + ref.code);
      ASSERT_NE(cat.FindFml(ref.code), nullptr);
      used.insert(ref.code);
      const int rubriek = dp::FmlRubriek(ref.code);
      switch (item.section) {
        case dp::Section::kPersoonlijk:
          EXPECT_EQ(rubriek, 1);
          break;
        case dp::Section::kSociaal:
          EXPECT_EQ(rubriek, 2);
          break;
        case dp::Section::kFysiekStatisch:
          EXPECT_EQ(rubriek, 5);
          break;
        case dp::Section::kFysiekDynamisch:
          EXPECT_EQ(rubriek, 4);
          break;
        case dp::Section::kWerktijdenVervoer:
          EXPECT_TRUE(rubriek == 6 || rubriek == 2 || rubriek == 4);
          break;
      }
      // An approximate correspondence says why.
      if (ref.confidence == dp::FmlConfidence::kApproximate) {
        EXPECT_FALSE(ref.note.empty());
      }
    }
  }
  // The correspondences our sources state (DOMAIN.md section 7) are marked documented.
  auto confidence = [&](std::string_view item, std::string_view code) {
    for (const auto& ref : cat.Find(item)->fml) {
      if (ref.code == code) return ref.confidence;
    }
    ADD_FAILURE() << item << " has no " << code;
    return dp::FmlConfidence::kUnverified;
  };
  EXPECT_EQ(confidence("tillen", "IV.13"), dp::FmlConfidence::kDocumented);
  EXPECT_EQ(confidence("dragen", "IV.14"), dp::FmlConfidence::kDocumented);
  EXPECT_EQ(confidence("zitten", "V.1"), dp::FmlConfidence::kDocumented);
  EXPECT_EQ(confidence("staan", "V.3"), dp::FmlConfidence::kDocumented);
  EXPECT_EQ(confidence("werktijden", "VI.2"), dp::FmlConfidence::kDocumented);
  EXPECT_EQ(confidence("werktijden", "VI.3"), dp::FmlConfidence::kDocumented);
  // No FML item is listed without being used.
  for (const auto& f : cat.fml_items) EXPECT_EQ(used.count(f.code), 1u) << f.code;
}

TEST(ItemCatalogueTest, FmlCodeSyntax) {
  for (const char* ok : {"I.1", "IV.13", "VI.3", "II.10", "IV.13.1"}) {
    EXPECT_TRUE(dp::IsValidFmlCode(ok)) << ok;
  }
  for (const char* bad : {"", "IV", "VII.1", "IV.0", "IV.01", "iv.13", "IV.13.", "IV.1a", "X.1"}) {
    EXPECT_FALSE(dp::IsValidFmlCode(bad)) << bad;
  }
  EXPECT_EQ(dp::FmlRubriek("IV.13"), 4);
  EXPECT_EQ(dp::FmlRubriek("VI.2"), 6);
}

TEST(ItemCatalogueTest, InvalidCataloguesAreRejectedWithPaths) {
  // Unknown key and wrong type: malformed.
  auto bad = ParseItemCatalogue(R"({"version": 1, "disciplines": [], "fml_items": [],
      "items": [{"code": "x", "label": "X", "activity": "x", "section": "sociaal", "kind": "taak",
                 "measures": "frequentie", "disciplines": [], "colour": "red"}]})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kBadRequest);
  EXPECT_TRUE(HasField(bad.error(), "items[0].measures", "wrong_type"));
  EXPECT_TRUE(HasField(bad.error(), "items[0].colour", "unknown_field"));

  // Well-formed but inconsistent: the domain rules.
  dp::ItemCatalogue cat = BuiltinItemCatalogue();
  cat.items[1].code = cat.items[0].code;                               // duplicate
  cat.items[2].measures.push_back(dp::Measure::kWeightKg);             // not a task measure
  cat.items[3].disciplines = {"astrologie"};                           // unknown discipline
  cat.items[4].fml = {{"IV.13", dp::FmlConfidence::kUnverified, ""}};  // persoonlijk -> IV
  cat.items[5].fml = {{"I.99", dp::FmlConfidence::kUnverified, ""}};   // not listed
  auto tillen = *cat.IndexOf("tillen");
  cat.items[tillen].frequency_unit = dp::FrequencyUnit::kNone;  // keer without unit
  cat.items[6].activity.clear();
  auto st = dp::ValidateCatalogue(cat);
  ASSERT_FALSE(st.ok());
  const auto& e = st.error();
  EXPECT_TRUE(HasField(e, "items[1].code", "duplicate"));
  EXPECT_TRUE(HasField(e, "items[2].measures[2]", "measure_not_of_kind"));
  EXPECT_TRUE(HasField(e, "items[3].disciplines[0]", "unknown_discipline"));
  EXPECT_TRUE(HasField(e, "items[4].fml[0].code", "fml_rubriek"));
  EXPECT_TRUE(HasField(e, "items[5].fml[0].code", "unknown_fml_item"));
  EXPECT_TRUE(
      HasField(e, "items[" + std::to_string(tillen) + "].frequency_unit", "frequency_unit"));
  EXPECT_TRUE(HasField(e, "items[6].activity", "required"));
  EXPECT_EQ(e.fields.size(), 7u);
}

}  // namespace
}  // namespace werkpad::codec::profiles
