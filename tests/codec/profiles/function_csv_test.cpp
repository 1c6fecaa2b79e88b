#include "codec/profiles/function_csv.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <fstream>
#include <sstream>

#include "codec/profiles/catalogue_json.hpp"

#ifndef WERKPAD_PROFILES_DIR
#error "WERKPAD_PROFILES_DIR must name resources/profiles"
#endif

namespace werkpad::codec::profiles {
namespace {

namespace dp = domain::profiles;

const dp::ItemCatalogue& Cat() { return BuiltinItemCatalogue(); }

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Dump(const FunctionCsvImport& r) {
  std::string s;
  for (const auto& e : r.errors) s += e.message + " [" + e.code + "]\n";
  return s;
}

TEST(FunctionCsvTest, ExampleFileImportsWithoutErrors) {
  const std::string csv =
      ReadFile(std::filesystem::path(WERKPAD_PROFILES_DIR) / "functiecatalogus-voorbeeld.csv");
  auto r = ParseFunctionCsv(Cat(), csv);
  EXPECT_TRUE(r.errors.empty()) << Dump(r);
  ASSERT_EQ(r.functions.size(), 4u);
  EXPECT_EQ(r.rows, 4u);
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{2, 3, 4, 5}));
  const dp::FunctionProfile& mag = r.functions[0];
  EXPECT_EQ(mag.code, "MAG-01");
  EXPECT_EQ(mag.title, "Magazijnmedewerker orderpicken");
  EXPECT_EQ(mag.organisation, "Logistiek");
  EXPECT_EQ(mag.hours_per_week, 38);
  EXPECT_EQ(mag.wage_cents, 265000);
  const dp::ItemDemand* tillen = mag.Find("tillen");
  ASSERT_NE(tillen, nullptr);
  EXPECT_TRUE(tillen->relevant);
  EXPECT_EQ(std::get<dp::DynamicDemand>(tillen->value).weight_kg, 15);
  EXPECT_EQ(std::get<dp::DynamicDemand>(tillen->value).times, 10);
  EXPECT_EQ(mag.Find("zitten"), nullptr);  // empty columns: nothing said about it
  const dp::ItemDemand* klimmen = mag.Find("klimmen");
  ASSERT_NE(klimmen, nullptr);
  EXPECT_FALSE(klimmen->relevant);
  const auto& aandacht = std::get<dp::TaskDemand>(mag.Find("aandacht")->value);
  EXPECT_EQ(aandacht.frequency, dp::Frequency::kVoortdurend);
  EXPECT_EQ(aandacht.aid_possible, true);
  EXPECT_EQ(aandacht.tasks, "orders verzamelen met handscanner");
  const auto& shifts = std::get<dp::ShiftsDemand>(mag.Find("ploegendienst")->value);
  EXPECT_TRUE(shifts.shifts.Has(dp::Shift::kAvond));
  EXPECT_FALSE(shifts.shifts.Has(dp::Shift::kNacht));
  EXPECT_EQ(r.functions[2].wage_cents, 245050);
  // Quoted fields, with the delimiter inside.
  EXPECT_EQ(r.functions[3].code, "MNT-04");
  EXPECT_EQ(std::get<dp::TaskDemand>(r.functions[3].Find("aandacht")->value).tasks,
            "storingen analyseren; klanten te woord staan");
  EXPECT_TRUE(r.functions[3].Find("klimmen")->relevant);
  for (const auto& f : r.functions) EXPECT_TRUE(dp::ValidateFunctionProfile(Cat(), f).ok());
}

TEST(FunctionCsvTest, BadRowsGiveDutchErrorsPerLineAndGoodRowsAreKept) {
  const std::string csv =
      "code,titel,tillen.kg,tillen.keer,aandacht.frequentie,ploegendienst.diensten,loon,"
      "klimmen.relevant,klimmen.keer\n"
      "A1,Goed,10,5,vaak,dag,\"2000,50\",,\n"       // 2: good
      "A2,Geen getal,veel,5,,,,,\n"                 // 3: kg not a number
      "A3,Te zwaar,2000,5,,,,,\n"                   // 4: out of range (domain)
      "A4,Rare frequentie,,,altijd,,,,\n"           // 5: frequency code
      "A5,Rare dienst,,,,dag+ochtend,,,\n"          // 6: shift code
      "A6,Te weinig kolommen,1\n"                   // 7: column count
      ",,1,1,,,,,\n"                                // 8: no title
      "A8,Nee maar waarde,,,,,,nee,3\n"             // 9: not relevant with value
      "A9,Ja zonder eis,,,,,,ja,\n"                 // 10: relevant without demand
      "A1,Dubbele code,1,1,,,,,\n"                  // 11: duplicate code
      "A10,Raar bedrag,,,,,2.450.00,,\n"            // 12: amount
      "\n"                                          // 13: empty line: skipped
      ",,,,,,,,\n"                                  // 14: empty row: skipped
      "A11,Ook goed,,,,nacht+weekend,3100,nee,\n";  // 15: good
  auto r = ParseFunctionCsv(Cat(), csv);
  ASSERT_EQ(r.functions.size(), 2u) << Dump(r);
  EXPECT_EQ(r.functions[0].code, "A1");
  EXPECT_EQ(r.functions[0].wage_cents, 200050);
  EXPECT_EQ(r.functions[1].code, "A11");
  EXPECT_EQ(r.lines, (std::vector<std::size_t>{2, 15}));
  EXPECT_EQ(r.rows, 12u);
  struct Expected {
    std::size_t line;
    std::string column;
    std::string code;
    std::string message;
  };
  const std::vector<Expected> expected = {
      {3, "tillen.kg", "invalid_number", "regel 3, kolom tillen.kg: 'veel' is geen getal"},
      {4, "tillen.kg", "out_of_range",
       "regel 4, kolom tillen.kg: de waarde valt buiten het toegestane bereik (0 tot 1000)"},
      {5, "aandacht.frequentie", "invalid_frequency",
       "regel 5, kolom aandacht.frequentie: 'altijd' is geen frequentie (kies zelden, soms, "
       "regelmatig, vaak of voortdurend)"},
      {6, "ploegendienst.diensten", "invalid_code",
       "regel 6, kolom ploegendienst.diensten: 'ochtend' is geen dienst (kies uit dag, avond, "
       "nacht of weekend, gescheiden door +)"},
      {7, "", "column_count", "regel 7: 3 kolommen, de kopregel heeft er 9"},
      {8, "titel", "required", "regel 8, kolom titel: de titel ontbreekt"},
      {9, "klimmen.relevant", "not_relevant_with_value",
       "regel 9, kolom klimmen.relevant: het item is als niet relevant ('nee') aangegeven maar "
       "er zijn waarden ingevuld"},
      {10, "klimmen.relevant", "required",
       "regel 10, kolom klimmen.relevant: 'Klimmen' is relevant maar zonder eis: vul minstens "
       "één waarde in (hoe vaak, hoe lang, hoe zwaar)"},
      {11, "code", "duplicate_code", "regel 11, kolom code: code 'A1' staat al op regel 2"},
      {12, "loon", "invalid_amount",
       "regel 12, kolom loon: '2.450.00' is geen bedrag in euro (bijvoorbeeld 2450 of 2450,50)"},
  };
  ASSERT_EQ(r.errors.size(), expected.size()) << Dump(r);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r.errors[i].line, expected[i].line) << i;
    EXPECT_EQ(r.errors[i].column, expected[i].column) << i;
    EXPECT_EQ(r.errors[i].code, expected[i].code) << i;
    EXPECT_EQ(r.errors[i].message, expected[i].message) << i;
  }
}

TEST(FunctionCsvTest, HeaderProblemsStopTheImport) {
  auto r =
      ParseFunctionCsv(Cat(), "code;naam;tillen.kg;tilen.kg;lopen.kg;tillen.kg\nA;B;1;2;3;4\n");
  EXPECT_TRUE(r.functions.empty());
  EXPECT_EQ(r.rows, 0u);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : r.errors) {
    EXPECT_EQ(e.line, 1u);
    got.emplace_back(e.column, e.code);
  }
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"naam", "unknown_column"},
                     {"tilen.kg", "unknown_column"},
                     {"lopen.kg", "unknown_column"},  // lopen has no weight
                     {"tillen.kg", "duplicate_column"},
                     {"titel", "required"}}));
  auto empty = ParseFunctionCsv(Cat(), "");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].code, "empty");
  auto only_header = ParseFunctionCsv(Cat(), "titel,tillen.kg\n");
  ASSERT_EQ(only_header.errors.size(), 1u);
  EXPECT_EQ(only_header.errors[0].message, "regel 1: er staan geen functies onder de kopregel");
}

TEST(FunctionCsvTest, MalformedQuotingStopsAtThatRowAndKeepsEarlierRows) {
  // A quoted field spanning lines is fine; a stray quote is not.
  const std::string csv =
      "titel,aandacht.taken,aandacht.frequentie\r\n"
      "Eerste,\"twee\r\nregels\",vaak\r\n"
      "Tweede,\"kapot\"x,soms\r\n"
      "Derde,,\r\n";
  auto r = ParseFunctionCsv(Cat(), csv);
  ASSERT_EQ(r.functions.size(), 1u) << Dump(r);
  EXPECT_EQ(std::get<dp::TaskDemand>(r.functions[0].Find("aandacht")->value).tasks,
            "twee\r\nregels");
  EXPECT_EQ(r.lines, std::vector<std::size_t>{2});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 4u);
  EXPECT_EQ(r.errors[0].code, "malformed_csv");
  EXPECT_NE(r.errors[0].message.find("de rest van het bestand is niet gelezen"), std::string::npos);

  auto open = ParseFunctionCsv(Cat(), "titel\nEen\n\"Twee\n");
  ASSERT_EQ(open.functions.size(), 1u);
  ASSERT_EQ(open.errors.size(), 1u);
  EXPECT_EQ(open.errors[0].line, 3u);
  EXPECT_EQ(open.errors[0].message,
            "regel 3: een waarde tussen aanhalingstekens wordt niet afgesloten");
}

TEST(FunctionCsvTest, ByteOrderMarkCaseSpacesAndCommaDelimiter) {
  auto r = ParseFunctionCsv(Cat(),
                            "\xEF\xBB\xBF Titel , Werktijden.Uur_per_dag ,vervoer.vervoerswijzen\n"
                            "  Kantoor  , 7.5 ,Openbaar_vervoer fiets\n");
  ASSERT_TRUE(r.errors.empty()) << Dump(r);
  ASSERT_EQ(r.functions.size(), 1u);
  EXPECT_EQ(r.functions[0].title, "Kantoor");
  EXPECT_EQ(std::get<dp::HoursDemand>(r.functions[0].Find("werktijden")->value).hours_per_day, 7.5);
  const auto modes = std::get<dp::MobilityDemand>(r.functions[0].Find("vervoer")->value).modes;
  EXPECT_TRUE(modes.Has(dp::Mode::kOpenbaarVervoer));
  EXPECT_TRUE(modes.Has(dp::Mode::kFiets));
}

TEST(FunctionCsvTest, TooManyErrorsAreCounted) {
  std::string csv = "titel,tillen.kg\n";
  for (int i = 0; i < 1200; ++i) csv += "F,zwaar\n";
  auto r = ParseFunctionCsv(Cat(), csv);
  EXPECT_EQ(r.rows, 1200u);
  ASSERT_EQ(r.errors.size(), kMaxCsvErrors + 1);
  EXPECT_EQ(r.errors.back().code, "too_many_errors");
  EXPECT_EQ(r.errors.back().message, "nog 200 fouten niet getoond");
}

// Random input: no crash, and whatever is returned is consistent (valid profiles, ascending
// lines, every error with a message).
TEST(FunctionCsvTest, RandomInputNeverBreaksTheInvariants) {
  std::mt19937 rng(4);
  const std::string alphabet = "titel,;\"\r\n tillen.kg 12,5 ja nee dag+nacht\xEF\xBB\xBF";
  const std::string header = "titel;tillen.kg;tillen.keer;ploegendienst.diensten;klimmen.relevant\n";
  for (int i = 0; i < 3000; ++i) {
    std::string csv = (i % 2 == 0) ? header : "";
    const int len = static_cast<int>(rng() % 200);
    for (int k = 0; k < len; ++k) csv += alphabet[rng() % alphabet.size()];
    auto r = ParseFunctionCsv(Cat(), csv);
    ASSERT_EQ(r.functions.size(), r.lines.size());
    for (std::size_t k = 0; k < r.functions.size(); ++k) {
      EXPECT_TRUE(dp::ValidateFunctionProfile(Cat(), r.functions[k]).ok()) << csv;
      if (k > 0) {
        EXPECT_LT(r.lines[k - 1], r.lines[k]) << csv;
      }
    }
    EXPECT_LE(r.functions.size(), r.rows);
    for (const auto& e : r.errors) EXPECT_FALSE(e.message.empty());
  }
}

TEST(FunctionCsvTest, TemplateHeaderParses) {
  const std::string header = FunctionCsvTemplateHeader(Cat());
  auto r = ParseFunctionCsv(Cat(), header + "\n");
  // Every column is known: the only complaint is that no function follows.
  ASSERT_EQ(r.errors.size(), 1u) << Dump(r);
  EXPECT_EQ(r.errors[0].code, "empty");
  EXPECT_NE(header.find("tillen.kg"), std::string::npos);
  EXPECT_NE(header.find("aandacht.hulpmiddel_mogelijk"), std::string::npos);
  EXPECT_NE(header.find("aangepaste_start.aangepaste_start_mogelijk"), std::string::npos);
}

}  // namespace
}  // namespace werkpad::codec::profiles
