// Loads every form definition in resources/forms through the codec and the domain validation,
// and checks that the AGR forms line up with the route, the reasons and the consent model.
// This test reads files (the codec itself only takes strings).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "codec/forms/answers_json.hpp"
#include "codec/forms/definition_json.hpp"
#include "domain/agr/reasons.hpp"
#include "domain/consent/consent.hpp"
#include "domain/consent/form3.hpp"
#include "domain/consent/policy.hpp"
#include "domain/forms/response.hpp"
#include "domain/forms/validation.hpp"

#ifndef WERKPAD_FORMS_DIR
#error "WERKPAD_FORMS_DIR must name resources/forms"
#endif

namespace werkpad::codec::forms {
namespace {

namespace df = domain::forms;
namespace fs = std::filesystem;
using namespace std::chrono;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, df::FormDefinition> LoadAll() {
  std::map<std::string, df::FormDefinition> out;
  for (const auto& entry : fs::directory_iterator(WERKPAD_FORMS_DIR)) {
    if (entry.path().extension() != ".json") continue;
    auto def = LoadFormDefinition(ReadFile(entry.path()));
    EXPECT_TRUE(def.ok()) << entry.path() << ": " << (def.ok() ? "" : def.error().message);
    if (def.ok()) out.emplace(entry.path().filename().string(), *def);
  }
  return out;
}

const df::FormDefinition& Form(const std::string& id) {
  static const auto all = LoadAll();
  for (const auto& [file, def] : all) {
    if (def.id == id) return def;
  }
  ADD_FAILURE() << "no form " << id;
  static const df::FormDefinition kNone;
  return kNone;
}

TEST(ResourceFormsTest, EveryFileLoadsAndIsNamedAfterItsIdAndVersion) {
  auto all = LoadAll();
  std::set<std::string> ids;
  for (const auto& [file, def] : all) {
    EXPECT_EQ(file, def.id + ".v" + std::to_string(def.version) + ".json");
    EXPECT_TRUE(ids.insert(def.id + "/" + std::to_string(def.version)).second) << file;
    // The serialized form parses back to the same definition.
    auto again = ParseFormDefinition(SerializeFormDefinition(def));
    ASSERT_TRUE(again.ok()) << file;
    EXPECT_EQ(*again, def) << file;
  }
  for (const char* id : {"agr-1-intake-arts/1", "agr-2-intake-ric/1", "agr-3-toestemming/1",
                         "agr-5-terugkoppeling-werkbezoek/1"}) {
    EXPECT_EQ(ids.count(id), 1u) << id;
  }
}

TEST(ResourceFormsTest, Form1ReasonsAreTheClassOneReasons) {
  const df::Item* reden = df::FindItem(Form("agr-1-intake-arts"), "reden_niet_inzetten");
  ASSERT_NE(reden, nullptr);
  std::set<std::string> options;
  for (const auto& o : reden->options) options.insert(o.code);
  std::set<std::string> reasons;
  for (auto r : domain::agr::ReasonsIn(domain::agr::ReasonClass::kNietRelevant)) {
    reasons.insert(std::string(domain::agr::ToCode(r)));
  }
  EXPECT_EQ(options, reasons);
}

TEST(ResourceFormsTest, Form1GivesTheExpectedDischarge) {
  const auto& def = Form("agr-1-intake-arts");
  auto yes = ParseAnswers(R"({"arbeidsstatus":"loondienst","ric_inzetten":true,
      "verwachte_revalidatieduur":{"amount":12,"unit":"weeks"},
      "aanvullende_informatie":"Revalidant wil graag terug naar eigen werk."})",
                          def);
  ASSERT_TRUE(yes.ok()) << yes.error().message;
  ASSERT_TRUE(df::ValidateAnswers(def, *yes, df::ValidationMode::kFinal).ok());
  const auto& duur = std::get<df::Duration>(yes->at("verwachte_revalidatieduur"));
  EXPECT_EQ(df::AddDuration(year{2026} / March / 2, duur), core::Date{year{2026} / May / 25});

  auto no = ParseAnswers(R"({"arbeidsstatus":"gepensioneerd","ric_inzetten":false,
      "verwachte_revalidatieduur":{"amount":6,"unit":"weeks"}})",
                         def);
  ASSERT_TRUE(no.ok());
  auto s = df::ValidateAnswers(def, *no, df::ValidationMode::kFinal);
  ASSERT_FALSE(s.ok());
  std::vector<std::string> paths;
  for (const auto& f : s.error().fields) paths.push_back(f.path);
  EXPECT_EQ(paths,
            (std::vector<std::string>{"items.reden_niet_inzetten", "items.folder_meegegeven"}));
}

TEST(ResourceFormsTest, Form2SkipsTheEmployerForAZzper) {
  const auto& def = Form("agr-2-intake-ric");
  auto zzp = ParseAnswers(R"({"dienstverband":"zzp","functie":"Schilder",
      "vraag_revalidant":"Weer zelf opdrachten kunnen doen.","bedrijfsarts_betrokken":false,
      "overige_contacten":[{"partij":"verzekeraar","naam":"AOV-verzekeraar"}]})",
                          def);
  ASSERT_TRUE(zzp.ok()) << zzp.error().message;
  EXPECT_TRUE(df::ValidateAnswers(def, *zzp, df::ValidationMode::kFinal).ok());
  auto employee = *zzp;
  employee["dienstverband"] = df::Value{std::string("loondienst")};
  auto s = df::ValidateAnswers(def, employee, df::ValidationMode::kFinal);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at(0).path, "items.werkgever_naam");
  auto bad_row = *zzp;
  bad_row["overige_contacten"] =
      df::Value{std::vector<df::Row>{df::Row{{{"partij", df::Value{std::string("jobcoach")}}}}}};
  auto r = df::ValidateAnswers(def, bad_row, df::ValidationMode::kFinal);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).path, "items.overige_contacten[0].naam");
}

TEST(ResourceFormsTest, Form3MatchesTheConsentModel) {
  const auto& def = Form("agr-3-toestemming");
  EXPECT_TRUE(def.requires_signature);
  const df::Item* rows = df::FindItem(def, "betrokkenen");
  ASSERT_NE(rows, nullptr);
  std::set<std::string> kinds;
  for (const auto& item : rows->items) {
    if (item.type == df::ItemType::kYesNo && item.key != "contact_toegestaan") {
      kinds.insert(item.key);
    }
  }
  std::set<std::string> model;
  for (auto k : domain::consent::AllInfoKinds())
    model.insert(std::string(domain::consent::ToCode(k)));
  EXPECT_EQ(kinds, model);

  // Default parties filled in; medical information only for the bedrijfsarts.
  std::string json = R"({"ric_inzet_vervolgen":true,"betrokkenen":[)";
  bool first = true;
  for (auto party : domain::consent::DefaultParties()) {
    if (!first) json += ",";
    first = false;
    json +=
        R"({"partij":")" + std::string(party) + R"(","contact_toegestaan":true,)" +
        R"("werksituatie_functieprofiel":true,"mogelijkheden_beperkingen":true,)" +
        R"("voortgang_werktraining":false,"reintegratievisie":true,"medische_informatie":true})";
  }
  json += "]}";
  auto answers = ParseAnswers(json, def);
  ASSERT_TRUE(answers.ok()) << answers.error().message;
  ASSERT_TRUE(df::ValidateAnswers(def, *answers, df::ValidationMode::kFinal).ok());
  df::Answers final_answers = df::FinalAnswers(def, *answers);
  const auto& final_rows = std::get<std::vector<df::Row>>(final_answers.at("betrokkenen"));
  for (const auto& row : final_rows) {
    const auto& party = std::get<std::string>(row.answers.at("partij"));
    EXPECT_EQ(row.answers.count("medische_informatie"), party == "bedrijfsarts" ? 1u : 0u) << party;
  }
  // Signed form 3 -> consent events -> the policy.
  const core::Instant at = core::Instant{sys_days{year{2026} / March / 9}} + hours{10};
  namespace dc = domain::consent;
  auto events = dc::EventsFromForm3(
      dc::ConsentRecord{core::RevalidantId{1}, {}}, final_answers, core::UserId{11}, at,
      df::Signature{df::SignatureMethod::kPortal, core::UserId{20}, at + minutes{3}, {}});
  ASSERT_TRUE(events.ok()) << events.error().message;
  dc::ConsentRecord record{core::RevalidantId{1}, {}};
  for (const auto& e : *events) {
    auto next = dc::Append(record, e);
    ASSERT_TRUE(next.ok()) << next.error().message;
    record = *next;
  }
  const core::Instant later = at + hours{1};
  EXPECT_TRUE(
      dc::MayShare(record, dc::InfoKind::kMedischeInformatie, "bedrijfsarts", later).allowed);
  EXPECT_EQ(dc::MayShare(record, dc::InfoKind::kMedischeInformatie, "werkgever", later).reason,
            dc::PolicyReason::kNeverAllowed);
  EXPECT_TRUE(dc::MayShare(record, dc::InfoKind::kReIntegratievisie, "uwv", later).allowed);
  EXPECT_EQ(dc::MayShare(record, dc::InfoKind::kVoortgangWerktraining, "uwv", later).reason,
            dc::PolicyReason::kNoConsent);
  EXPECT_EQ(dc::Form3ContactAllowed(final_answers, "werkgever"), true);

  // The bedrijfsarts row without an answer on medical information cannot be finalised.
  auto missing = *answers;
  auto& r = std::get<std::vector<df::Row>>(missing.at("betrokkenen"));
  r[1].answers.erase("medische_informatie");
  auto s = df::ValidateAnswers(def, missing, df::ValidationMode::kFinal);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at(0).path, "items.betrokkenen[1].medische_informatie");
  // No consent to continue: no rows needed.
  auto stop = ParseAnswers(R"({"ric_inzet_vervolgen":false})", def);
  ASSERT_TRUE(stop.ok());
  EXPECT_TRUE(df::ValidateAnswers(def, *stop, df::ValidationMode::kFinal).ok());
}

TEST(ResourceFormsTest, Form5WithoutEmployerForAZzper) {
  const auto& def = Form("agr-5-terugkoppeling-werkbezoek");
  auto a = ParseAnswers(R"({"datum_werkbezoek":"2026-03-20","bezoek_bij":"eigen_bedrijf",
      "aanwezigen":["revalidant","behandelaar"],"werkomgeving":"Werkplaats aan huis.",
      "absolute_voorwaarden":"Veilig kunnen werken op een ladder.","functieprofiel_ingevuld":true})",
                        def);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_TRUE(df::ValidateAnswers(def, *a, df::ValidationMode::kFinal).ok());
  EXPECT_TRUE(df::IsEnabled(def, *a, "bedrijfsarts_telefonisch"));
  (*a)["bezoek_bij"] = df::Value{std::string("werkgever")};
  auto s = df::ValidateAnswers(def, *a, df::ValidationMode::kFinal);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at(0).path, "items.houding_werkgever");
}

}  // namespace
}  // namespace werkpad::codec::forms
