// API tests of the profile endpoints (docs/api.md "Profielen"): form 4 with versions, form 6
// rounds assessed per discipline (403 for another discipline), units checked (422), matching with
// the change since the previous round, progress, goals (D4-linked adjustment), FML profiles, work
// training, function catalogues with CSV import (bad rows: 422, nothing imported) and the
// ranking. Against the real binary with the demo data; every answer is validated against the
// OpenAPI document. They run after the verzuim tests (link order).
#include <set>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::int64_t UserIdOf(const std::string& username) {
  return Env().As(username).Get("/api/v1/session").at("user").at("id").as_int64();
}

std::int64_t TeamId(const std::string& name) {
  Reply teams = Env().As("admin").Get("/api/v1/teams");
  for (const auto& t : teams.at("items").as_array()) {
    if (t.at("name").as_string() == name) return t.at("id").as_int64();
  }
  ADD_FAILURE() << "no team " << name;
  return 0;
}

// A new revalidant in Team Noord (RIC "ric") with a trajectory whose team is fysio and
// psycholoog (synthetic data).
std::int64_t NewTrajectory(const std::string& family) {
  bj::object body{{"given_names", "Profi"},
                  {"family_name", family},
                  {"date_of_birth", "1979-06-07"},
                  {"bsn", nullptr},
                  {"employment_status", "loondienst"},
                  {"function_title", "Magazijnmedewerker"},
                  {"team_id", TeamId("Team Noord")},
                  {"ric_user_id", UserIdOf("ric")}};
  Reply r = Env().As("ric").Post("/api/v1/revalidanten", body);
  EXPECT_EQ(r.status, 201) << r.body;
  Reply t = Env().As("arts").Post(
      "/api/v1/revalidanten/" + std::to_string(r.Int("id")) + "/trajectories",
      bj::object{{"admission_date", "2026-11-02"},
                 {"setting", "klinisch"},
                 {"team_members", bj::array{bj::object{{"discipline", "fysiotherapie"},
                                                       {"user_id", UserIdOf("fysio")}},
                                            bj::object{{"discipline", "psychologie"},
                                                       {"user_id", UserIdOf("psycholoog")}}}}});
  EXPECT_EQ(t.status, 201) << t.body;
  return t.Int("id");
}

std::string T(std::int64_t id) { return "/api/v1/trajectories/" + std::to_string(id); }
std::string R(std::int64_t id) { return "/api/v1/persoonsprofielen/" + std::to_string(id); }

bj::object Demand() {
  return bj::object{
      {"items",
       bj::array{bj::object{{"item", "tillen"},
                            {"relevant", true},
                            {"demand", bj::object{{"kg", 15}, {"keer", 10}}}},
                 bj::object{{"item", "aandacht"},
                            {"relevant", true},
                            {"demand", bj::object{{"taken", "orderpicken"},
                                                  {"frequentie", "vaak"},
                                                  {"hulpmiddel_mogelijk", false}}}},
                 bj::object{{"item", "staan"},
                            {"relevant", true},
                            {"demand", bj::object{{"min_per_dag", 300}, {"min_achtereen", 60}}}},
                 bj::object{{"item", "klimmen"}, {"relevant", false}}}}};
}

const bj::object* Assessment(const Reply& round, const std::string& item) {
  for (const auto& a : round.at("assessments").as_array()) {
    if (a.at("item").as_string() == item) return &a.as_object();
  }
  return nullptr;
}

std::set<std::string> Items(const bj::value& list) {
  std::set<std::string> out;
  for (const auto& i : list.as_array()) out.insert(std::string(i.at("item").as_string()));
  return out;
}

std::int64_t g_trajectory = 0;
std::int64_t g_round = 0;
std::int64_t g_goal = 0;

TEST(Profiles, ItemCatalogueAndAssignment) {
  HttpClient& ric = Env().As("ric");
  Reply items = ric.Get("/api/v1/profiel/items");
  ASSERT_EQ(items.status, 200) << items.body;
  EXPECT_GE(items.at("assignment").as_array().size(), 20u);
  EXPECT_EQ(Env().As("werkgever").Get("/api/v1/profiel/items").status, 403);

  HttpClient& admin = Env().As("admin");
  const std::int64_t version = items.Int("version");
  bj::object change{
      {"version", version},
      {"overrides",
       bj::array{bj::object{{"item", "heffen"}, {"disciplines", bj::array{"fysiotherapie"}}}}}};
  EXPECT_EQ(ric.Put("/api/v1/profiel/toewijzing", change).status, 403);
  Reply set = admin.Put("/api/v1/profiel/toewijzing", change);
  ASSERT_EQ(set.status, 200) << set.body;
  bool overridden = false;
  for (const auto& a : set.at("assignment").as_array()) {
    if (a.at("item").as_string() == "heffen") {
      overridden = a.at("overridden").as_bool();
      EXPECT_EQ(a.at("disciplines").as_array().size(), 1u);
    }
  }
  EXPECT_TRUE(overridden);
  EXPECT_EQ(admin.Put("/api/v1/profiel/toewijzing", change).status, 409);  // stale
  Reply bad = admin.Put(
      "/api/v1/profiel/toewijzing",
      bj::object{
          {"version", set.Int("version")},
          {"overrides", bj::array{bj::object{{"item", "vliegen"},
                                             {"disciplines", bj::array{"fysiotherapie"}}}}}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(bad.HasFieldError("overrides[0].item", "unknown_item")) << bad.body;
  // Back to the handbook's defaults.
  Reply reset = admin.Put("/api/v1/profiel/toewijzing",
                          bj::object{{"version", set.Int("version")}, {"overrides", bj::array{}}});
  ASSERT_EQ(reset.status, 200) << reset.body;
}

TEST(Profiles, Form4IsVersionedAndOnlyTheRicWritesIt) {
  g_trajectory = NewTrajectory("Vormvier");
  HttpClient& ric = Env().As("ric");
  const std::string path = T(g_trajectory) + "/functieprofiel";
  EXPECT_EQ(ric.Get(path).status, 404);
  bj::object body{{"profile", Demand()},
                  {"visit_date", "2026-11-20"},
                  {"filled_with", "Leidinggevende (fictief)"}};
  EXPECT_EQ(Env().As("fysio").Put(path, body).status, 403);
  EXPECT_EQ(Env().As("werkgever").Put(path, body).status, 403);

  // Bad units: a negative weight and a measure tillen does not have.
  bj::object bad = body;
  bad["profile"].as_object()["items"].as_array()[0].as_object()["demand"] =
      bj::object{{"kg", -5}, {"keer", 10}};
  Reply negative = ric.Put(path, bad);
  EXPECT_EQ(negative.status, 422) << negative.body;

  Reply created = ric.Put(path, body);
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_EQ(created.Int("version"), 1);
  EXPECT_EQ(created.at("profile").at("title").as_string(), "Magazijnmedewerker");
  EXPECT_TRUE(created.at("may_edit").as_bool());
  EXPECT_EQ(ric.Put(path, body).status, 409);  // exists: send the version

  body["version"] = 1;
  body["note"] = "Na overleg bijgesteld";
  Reply changed = ric.Put(path, body);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Int("version"), 2);
  Reply stale = ric.Put(path, body);
  EXPECT_EQ(stale.status, 409) << stale.body;

  Reply history = Env().As("fysio").Get(path + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  EXPECT_EQ(history.at("items").as_array().size(), 2u);
  Reply read = Env().As("psycholoog").Get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_FALSE(read.at("may_edit").as_bool());
  // Not on the team: ergo (same team Noord, but not on this trajectory).
  EXPECT_EQ(Env().As("ergo").Get(path).status, 403);
}

TEST(Profiles, Form6IsAssessedPerDisciplineWithUnitsAndVersions) {
  ASSERT_GT(g_trajectory, 0);
  HttpClient& fysio = Env().As("fysio");
  HttpClient& psy = Env().As("psycholoog");
  Reply round = fysio.Post(T(g_trajectory) + "/persoonsprofielen",
                           bj::object{{"kind", "eerste_indruk"}, {"date", "2026-11-25"}});
  ASSERT_EQ(round.status, 201) << round.body;
  g_round = round.Int("id");
  const std::string item = R(g_round) + "/items/";

  Reply tillen = fysio.Put(
      item + "tillen",
      bj::object{{"status", "voldoet_niet"}, {"capacity", bj::object{{"kg", 5}, {"keer", 10}}}});
  ASSERT_EQ(tillen.status, 200) << tillen.body;
  const bj::object* a = Assessment(tillen, "tillen");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->at("discipline").as_string(), "fysiotherapie");
  EXPECT_EQ(a->at("version").as_int64(), 1);

  // Another discipline may not assess a physical item; the fysio may not assess a cognitive one.
  EXPECT_EQ(psy.Put(item + "tillen", bj::object{{"status", "voldoet"}}).status, 403);
  EXPECT_EQ(fysio.Put(item + "aandacht", bj::object{{"status", "voldoet"}}).status, 403);
  // Not relevant in form 4; bad units; already assessed (no version); stale version.
  Reply klimmen = fysio.Put(item + "klimmen", bj::object{{"status", "voldoet"}});
  EXPECT_EQ(klimmen.status, 409) << klimmen.body;
  Reply units = fysio.Put(
      item + "staan",
      bj::object{{"status", "voldoet_deels"}, {"capacity", bj::object{{"min_per_dag", -10}}}});
  EXPECT_EQ(units.status, 422) << units.body;
  EXPECT_EQ(fysio.Put(item + "tillen", bj::object{{"status", "voldoet"}}).status, 409);
  Reply updated =
      fysio.Put(item + "tillen", bj::object{{"status", "voldoet_niet"},
                                            {"capacity", bj::object{{"kg", 5}, {"keer", 8}}},
                                            {"version", 1}});
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(Assessment(updated, "tillen")->at("version").as_int64(), 2);
  EXPECT_EQ(fysio.Put(item + "tillen", bj::object{{"status", "voldoet"}, {"version", 1}}).status,
            409);

  Reply aandacht = psy.Put(item + "aandacht",
                           bj::object{{"status", "voldoet_deels"},
                                      {"capacity", bj::object{{"frequentie", "regelmatig"}}}});
  ASSERT_EQ(aandacht.status, 200) << aandacht.body;
  // The psychologist sees only the items of psychologie; the RIC sees everything.
  EXPECT_TRUE(aandacht.at("filtered").as_bool());
  EXPECT_EQ(Items(aandacht.at("assessments")), (std::set<std::string>{"aandacht"}));
  Reply as_ric = Env().As("ric").Get(R(g_round));
  ASSERT_EQ(as_ric.status, 200) << as_ric.body;
  EXPECT_FALSE(as_ric.at("filtered").as_bool());
  EXPECT_EQ(Items(as_ric.at("assessments")), (std::set<std::string>{"aandacht", "tillen"}));
  Reply list = fysio.Get(T(g_trajectory) + "/persoonsprofielen");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.at("items").as_array().size(), 1u);
  EXPECT_EQ(Env().As("werkgever").Get(R(g_round)).status, 403);
}

TEST(Profiles, MatchingGoalsAndReassessment) {
  ASSERT_GT(g_round, 0);
  HttpClient& ric = Env().As("ric");
  HttpClient& fysio = Env().As("fysio");
  Reply match = ric.Get(T(g_trajectory) + "/matching");
  ASSERT_EQ(match.status, 200) << match.body;
  EXPECT_EQ(match.at("against").as_string(), "persoonsprofiel");
  EXPECT_EQ(match.at("summary").at("relevant").as_int64(), 3);
  EXPECT_EQ(match.at("summary").at("not_met").as_int64(), 1);
  EXPECT_EQ(match.at("summary").at("partly").as_int64(), 1);
  EXPECT_EQ(match.at("summary").at("not_assessed").as_int64(), 1);  // staan
  ASSERT_FALSE(match.at("discrepancies").as_array().empty());
  EXPECT_EQ(match.at("discrepancies").as_array()[0].at("item").as_string(), "tillen");
  EXPECT_TRUE(match.at("changes").is_null());
  // The fysio sees only the physical items.
  Reply mine = fysio.Get(T(g_trajectory) + "/matching");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_TRUE(mine.at("filtered").as_bool());
  EXPECT_EQ(Items(mine.at("discrepancies")), (std::set<std::string>{"tillen"}));

  // A goal from the discrepancy, by the fysio for fysiotherapie only.
  bj::object goal{{"discipline", "fysiotherapie"},
                  {"item", "tillen"},
                  {"round_id", g_round},
                  {"description", "15 kg tillen, 10 keer per uur"},
                  {"target", bj::object{{"kg", 15}, {"keer", 10}}},
                  {"target_date", "2027-01-31"}};
  Reply created = fysio.Post(T(g_trajectory) + "/doelen", goal);
  ASSERT_EQ(created.status, 201) << created.body;
  g_goal = created.Int("id");
  EXPECT_EQ(created.Str("status"), "actief");
  bj::object other = goal;
  other["discipline"] = "psychologie";
  EXPECT_EQ(fysio.Post(T(g_trajectory) + "/doelen", other).status, 403);
  bj::object not_discrepancy = goal;
  not_discrepancy["item"] = "staan";
  not_discrepancy["target"] = nullptr;
  Reply nd = fysio.Post(T(g_trajectory) + "/doelen", not_discrepancy);
  EXPECT_EQ(nd.status, 409) << nd.body;
  EXPECT_TRUE(nd.HasFieldError("item", "not_a_discrepancy")) << nd.body;
  bj::object bad_target = goal;
  bad_target["target"] = bj::object{{"kg", -1}};
  EXPECT_EQ(fysio.Post(T(g_trajectory) + "/doelen", bad_target).status, 422);

  // Evaluation with versions; an adjustment needs a D4 "doelen bijstellen".
  const std::string g = "/api/v1/doelen/" + std::to_string(g_goal);
  Reply eval =
      fysio.Post(g + "/evaluaties",
                 bj::object{{"date", "2026-12-01"}, {"note", "Tilt nu 8 kg"}, {"version", 1}});
  ASSERT_EQ(eval.status, 200) << eval.body;
  EXPECT_EQ(eval.at("events").as_array().size(), 2u);
  EXPECT_EQ(fysio
                .Post(g + "/evaluaties",
                      bj::object{{"date", "2026-12-01"}, {"note", "x"}, {"version", 1}})
                .status,
            409);
  Reply no_d4 = fysio.Post(
      g + "/bijstellingen",
      bj::object{
          {"d4_seq", 1}, {"date", "2026-12-02"}, {"target_date", "2027-02-28"}, {"version", 2}});
  EXPECT_EQ(no_d4.status, 409) << no_d4.body;
  EXPECT_TRUE(no_d4.HasFieldError("d4_seq", "not_d4_bijstellen")) << no_d4.body;

  // A training session on the goal, then a re-assessment that closes the gap.
  HttpClient& admin = Env().As("admin");
  Reply ws = admin.Post("/api/v1/werksamples", bj::object{{"name", "API-test: kratten tillen"},
                                                          {"kind", "fysiek"},
                                                          {"employer_material", true}});
  ASSERT_EQ(ws.status, 201) << ws.body;
  EXPECT_EQ(ric.Post("/api/v1/werksamples", bj::object{{"name", "x"}, {"kind", "fysiek"}}).status,
            403);
  Reply ws2 = admin.Put("/api/v1/werksamples/" + std::to_string(ws.Int("id")),
                        bj::object{{"name", "API-test: kratten tillen en stapelen"},
                                   {"kind", "fysiek"},
                                   {"employer_material", true},
                                   {"version", 1}});
  ASSERT_EQ(ws2.status, 200) << ws2.body;
  Reply samples = fysio.Get("/api/v1/werksamples");
  ASSERT_EQ(samples.status, 200);
  EXPECT_GE(samples.at("items").as_array().size(), 1u);
  Reply session = fysio.Post(T(g_trajectory) + "/werktraining/sessies",
                             bj::object{{"kind", "werksample"},
                                        {"date", "2026-12-03"},
                                        {"worksample_id", ws.Int("id")},
                                        {"duration_minutes", 45},
                                        {"disciplines", bj::array{"fysiotherapie"}},
                                        {"observations", "Tilt 10 kg met goede techniek."},
                                        {"goal_ids", bj::array{g_goal}}});
  ASSERT_EQ(session.status, 201) << session.body;
  Reply bad_session = fysio.Post(T(g_trajectory) + "/werktraining/sessies",
                                 bj::object{{"kind", "werkplek"},
                                            {"date", "2026-12-04"},
                                            {"duration_minutes", 60},
                                            {"disciplines", bj::array{"fysiotherapie"}},
                                            {"goal_ids", bj::array{999999}}});
  EXPECT_EQ(bad_session.status, 422) << bad_session.body;
  Reply report = ric.Post(T(g_trajectory) + "/werktraining/verslagen",
                          bj::object{{"date", "2026-12-05"},
                                     {"period_from", "2026-12-01"},
                                     {"period_to", "2026-12-05"},
                                     {"text", "Eerste week werktraining."}});
  ASSERT_EQ(report.status, 201) << report.body;

  // Corrections: version required and checked, the same validation as recording.
  const std::string session_path =
      "/api/v1/werktraining/sessies/" + std::to_string(session.Int("id"));
  bj::object fix{{"kind", "werksample"},
                 {"date", "2026-12-03"},
                 {"worksample_id", ws.Int("id")},
                 {"duration_minutes", 40},
                 {"disciplines", bj::array{"fysiotherapie"}},
                 {"observations", "Tilt 10 kg met goede techniek; na 40 minuten gestopt."},
                 {"goal_ids", bj::array{g_goal}},
                 {"version", session.Int("version")}};
  Reply fixed = fysio.Put(session_path, fix);
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  EXPECT_EQ(fixed.Int("duration_minutes"), 40);
  EXPECT_EQ(fixed.Int("version"), session.Int("version") + 1);
  EXPECT_EQ(fysio.Put(session_path, fix).status, 409);  // stale version
  bj::object no_version = fix;
  no_version.erase("version");
  EXPECT_EQ(fysio.Put(session_path, no_version).status, 422);
  bj::object bad_duration = fix;
  bad_duration["duration_minutes"] = 0;
  bad_duration["version"] = fixed.Int("version");
  EXPECT_EQ(fysio.Put(session_path, bad_duration).status, 422);
  EXPECT_EQ(fysio.Put("/api/v1/werktraining/sessies/999999", fix).status, 404);
  EXPECT_EQ(Env().As("werkgever").Put(session_path, fix).status, 403);
  const std::string report_path =
      "/api/v1/werktraining/verslagen/" + std::to_string(report.Int("id"));
  Reply report_fixed =
      ric.Put(report_path, bj::object{{"date", "2026-12-05"},
                                      {"period_from", "2026-12-01"},
                                      {"period_to", "2026-12-05"},
                                      {"text", "Eerste week werktraining (aangevuld)."},
                                      {"version", report.Int("version")}});
  ASSERT_EQ(report_fixed.status, 200) << report_fixed.body;
  EXPECT_EQ(report_fixed.at("text").as_string(), "Eerste week werktraining (aangevuld).");
  Reply report_backwards =
      ric.Put(report_path, bj::object{{"date", "2026-12-05"},
                                      {"period_from", "2026-12-05"},
                                      {"period_to", "2026-12-01"},
                                      {"text", "x"},
                                      {"version", report_fixed.Int("version")}});
  EXPECT_EQ(report_backwards.status, 422) << report_backwards.body;

  Reply training = ric.Get(T(g_trajectory) + "/werktraining");
  ASSERT_EQ(training.status, 200) << training.body;
  EXPECT_EQ(training.at("sessions").as_array().size(), 1u);
  EXPECT_EQ(training.at("sessions").as_array()[0].as_object().at("duration_minutes").as_int64(),
            40);
  EXPECT_EQ(training.at("reports").as_array().size(), 1u);
  EXPECT_EQ(training.at("worksamples").as_array().size(), 1u);

  Reply second = fysio.Post(T(g_trajectory) + "/persoonsprofielen",
                            bj::object{{"kind", "herbeoordeling"}, {"date", "2026-12-06"}});
  ASSERT_EQ(second.status, 201) << second.body;
  Reply closed = fysio.Put(
      R(second.Int("id")) + "/items/tillen",
      bj::object{{"status", "voldoet"}, {"capacity", bj::object{{"kg", 15}, {"keer", 10}}}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  Reply after = ric.Get(T(g_trajectory) + "/matching");
  ASSERT_EQ(after.status, 200) << after.body;
  EXPECT_EQ(after.at("previous_round_id").as_int64(), g_round);
  ASSERT_TRUE(after.at("changes").is_object()) << after.body;
  bool tillen_closed = false;
  for (const auto& c : after.at("changes").at("items").as_array()) {
    if (c.at("item").as_string() == "tillen")
      tillen_closed = c.at("kind").as_string() == "gesloten";
  }
  EXPECT_TRUE(tillen_closed) << after.body;
  // An older round can be chosen explicitly.
  Reply older = ric.Get(T(g_trajectory) + "/matching?round=" + std::to_string(g_round));
  ASSERT_EQ(older.status, 200);
  EXPECT_EQ(older.Int("source_id"), g_round);

  Reply progress = ric.Get(T(g_trajectory) + "/voortgang");
  ASSERT_EQ(progress.status, 200) << progress.body;
  bool two_points = false;
  for (const auto& i : progress.at("items").as_array()) {
    if (i.at("item").as_string() == "tillen") two_points = i.at("points").as_array().size() == 2;
  }
  EXPECT_TRUE(two_points) << progress.body;

  Reply goals = ric.Get(T(g_trajectory) + "/doelen");
  ASSERT_EQ(goals.status, 200) << goals.body;
  ASSERT_EQ(goals.at("items").as_array().size(), 1u);
  EXPECT_EQ(goals.at("items").as_array()[0].at("session_ids").as_array().size(), 1u);
  // Closing the round (definitief) stops further assessments in it.
  Reply fin = ric.Put(R(second.Int("id")), bj::object{{"kind", "definitief"},
                                                      {"date", "2026-12-06"},
                                                      {"closed", true},
                                                      {"version", second.Int("version")}});
  ASSERT_EQ(fin.status, 200) << fin.body;
  EXPECT_EQ(fysio
                .Put(R(second.Int("id")) + "/items/tillen",
                     bj::object{{"status", "voldoet"}, {"version", 1}})
                .status,
            409);
}

TEST(Profiles, FmlCapacityProfilesCompareWithForm4) {
  ASSERT_GT(g_trajectory, 0);
  HttpClient& ric = Env().As("ric");
  bj::object fml{
      {"source", "uwv"},
      {"author", "Verzekeringsarts (fictief)"},
      {"profile",
       bj::object{{"source", "fml"},
                  {"date", "2026-10-01"},
                  {"items", bj::array{bj::object{{"item", "tillen"},
                                                 {"capacity", bj::object{{"kg", 10}}}}}}}}};
  EXPECT_EQ(Env().As("fysio").Post(T(g_trajectory) + "/capaciteitsprofielen", fml).status, 403);
  Reply created = ric.Post(T(g_trajectory) + "/capaciteitsprofielen", fml);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Str("instrument"), "fml");
  Reply list = ric.Get(T(g_trajectory) + "/capaciteitsprofielen");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.at("items").as_array().size(), 1u);
  Reply match =
      ric.Get(T(g_trajectory) + "/matching?capacity=" + std::to_string(created.Int("id")));
  ASSERT_EQ(match.status, 200) << match.body;
  EXPECT_EQ(match.at("against").as_string(), "capaciteitsprofiel");
  EXPECT_EQ(Items(match.at("discrepancies")).count("tillen"), 1u) << match.body;
}

TEST(Profiles, FunctionCataloguesCsvImportAndRanking) {
  ASSERT_GT(g_trajectory, 0);
  HttpClient& ric = Env().As("ric");
  EXPECT_EQ(Env()
                .As("fysio")
                .Post("/api/v1/functiecatalogi", bj::object{{"name", "x"}, {"kind", "instelling"}})
                .status,
            403);
  Reply cat =
      ric.Post("/api/v1/functiecatalogi", bj::object{{"name", "API-test catalogus"},
                                                     {"kind", "werkgever"},
                                                     {"employer", "Testbedrijf BV (fictief)"}});
  ASSERT_EQ(cat.status, 201) << cat.body;
  const std::string c = "/api/v1/functiecatalogi/" + std::to_string(cat.Int("id"));
  Reply renamed = ric.Put(c, bj::object{{"name", "API-test catalogus (werkgever)"},
                                        {"kind", "werkgever"},
                                        {"employer", "Testbedrijf BV (fictief)"},
                                        {"version", 1}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(ric.Put(c, bj::object{{"name", "x"}, {"kind", "instelling"}, {"version", 1}}).status,
            409);

  bj::object fn{
      {"profile", bj::object{{"code", "T-01"},
                             {"title", "Orderverzamelaar licht"},
                             {"organisation", "Magazijn"},
                             {"hours_per_week", 24},
                             {"wage_cents", 240000},
                             {"items", bj::array{bj::object{{"item", "tillen"},
                                                            {"relevant", true},
                                                            {"demand", bj::object{{"kg", 5}}}}}}}}};
  Reply f = ric.Post(c + "/functies", fn);
  ASSERT_EQ(f.status, 201) << f.body;
  EXPECT_EQ(ric.Post(c + "/functies", fn).status, 409);  // code taken
  const std::string fpath = "/api/v1/functies/" + std::to_string(f.Int("id"));
  ASSERT_EQ(Env().As("fysio").Get(fpath).status, 200);
  fn["version"] = 1;
  fn["profile"].as_object()["title"] = "Orderverzamelaar (licht)";
  Reply fu = ric.Put(fpath, fn);
  ASSERT_EQ(fu.status, 200) << fu.body;
  EXPECT_EQ(fu.Str("title"), "Orderverzamelaar (licht)");

  // CSV with two bad rows: 422 with both lines, nothing imported.
  const std::string bad_csv =
      "code;titel;organisatie;uren_per_week;loon;tillen.kg;tillen.keer\n"
      "C-01;Heftruckchauffeur;Logistiek;38;2600;10;5\n"
      "C-02;Inpakker;Logistiek;32;2300;veel;5\n"
      "C-03;;Logistiek;32;2300;5;5\n";
  Reply bad = ric.Post(c + "/import", bj::object{{"csv", bad_csv}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::set<std::string> lines;
  for (const auto& e : bad.at("error").at("fields").as_array()) {
    const std::string path(e.at("path").as_string());
    lines.insert(path.substr(0, path.find('.')));
    EXPECT_FALSE(e.at("message").as_string().empty());
  }
  EXPECT_TRUE(lines.count("regel 3")) << bad.body;
  EXPECT_TRUE(lines.count("regel 4")) << bad.body;
  // The message counts the errors it lists.
  const std::string bad_count =
      "bevat " + std::to_string(bad.at("error").at("fields").as_array().size()) + " fout(en)";
  EXPECT_NE(std::string(bad.at("error").at("message").as_string()).find(bad_count),
            std::string::npos)
      << bad.body;
  EXPECT_FALSE(lines.count("regel 2")) << bad.body;
  Reply functions = ric.Get(c + "/functies");
  ASSERT_EQ(functions.status, 200);
  EXPECT_EQ(functions.at("items").as_array().size(), 1u);  // nothing imported

  const std::string good_csv =
      "code;titel;organisatie;uren_per_week;loon;tillen.kg;tillen.keer\n"
      "C-01;Heftruckchauffeur;Logistiek;38;2600;10;5\n"
      "C-02;Inpakker;Logistiek;32;2300;20;10\n";
  Reply dry = ric.Post(c + "/import", bj::object{{"csv", good_csv}, {"dry_run", true}});
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.Int("valid"), 2);
  EXPECT_EQ(dry.Int("imported"), 0);
  EXPECT_EQ(dry.at("preview").as_array().size(), 2u);
  Reply imported = ric.Post(c + "/import", bj::object{{"csv", good_csv}});
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.Int("imported"), 2);
  Reply again = ric.Post(c + "/import", bj::object{{"csv", good_csv}});
  EXPECT_EQ(again.status, 422) << again.body;  // codes exist already
  EXPECT_NE(again.body.find("bevat 2 fout(en)"), std::string::npos) << again.body;
  Reply catalogues = ric.Get("/api/v1/functiecatalogi");
  ASSERT_EQ(catalogues.status, 200);
  bool counted = false;
  for (const auto& k : catalogues.at("items").as_array()) {
    if (k.at("id").as_int64() == cat.Int("id")) counted = k.at("function_count").as_int64() == 3;
  }
  EXPECT_TRUE(counted) << catalogues.body;

  // Ranking against the latest person profile (tillen 15 kg met).
  Reply rank =
      ric.Get(T(g_trajectory) + "/alternatieven?top=2&catalogue=" + std::to_string(cat.Int("id")));
  ASSERT_EQ(rank.status, 200) << rank.body;
  EXPECT_EQ(rank.Int("functions"), 3);
  EXPECT_EQ(rank.at("top").as_array().size(), 2u);
  EXPECT_EQ(Env().As("fysio").Get(T(g_trajectory) + "/alternatieven").status, 403);
  EXPECT_EQ(ric.Get(T(g_trajectory) + "/alternatieven?top=0").status, 400);
  EXPECT_EQ(ric.Get(T(g_trajectory) + "/alternatieven?top=500").status, 422);

  // The server keeps the built catalogue between rankings; every change of a function is seen by
  // the next ranking (the catalogue's function_revision moves with it).
  const std::string rank_all =
      T(g_trajectory) + "/alternatieven?top=3&catalogue=" + std::to_string(cat.Int("id"));
  auto titles = [&]() {
    Reply r = ric.Get(rank_all);
    EXPECT_EQ(r.status, 200) << r.body;
    std::set<std::string> out;
    for (const auto& t : r.at("top").as_array()) {
      out.insert(std::string(t.at("function").at("title").as_string()));
    }
    return out;
  };
  EXPECT_TRUE(titles().count("Orderverzamelaar (licht)"));
  fn["version"] = 2;
  fn["profile"].as_object()["title"] = "Orderverzamelaar (licht, tweede versie)";
  ASSERT_EQ(ric.Put(fpath, fn).status, 200);
  auto after_update = titles();
  EXPECT_TRUE(after_update.count("Orderverzamelaar (licht, tweede versie)"));
  EXPECT_FALSE(after_update.count("Orderverzamelaar (licht)"));
  const std::string more_csv =
      "code;titel;organisatie;uren_per_week;loon;tillen.kg;tillen.keer\n"
      "C-09;Balie-medewerker;Logistiek;24;2300;2;1\n";
  ASSERT_EQ(ric.Post(c + "/import", bj::object{{"csv", more_csv}}).status, 201);
  Reply four = ric.Get(rank_all);
  EXPECT_EQ(four.Int("functions"), 4) << four.body;

  EXPECT_EQ(ric.Delete(fpath + "?version=2").status, 409);  // stale
  EXPECT_EQ(ric.Delete(fpath + "?version=3").status, 204);
  EXPECT_EQ(ric.Get(rank_all).Int("functions"), 3);
  EXPECT_EQ(ric.Delete(c + "?version=1").status, 409);
  EXPECT_EQ(ric.Delete(c + "?version=2").status, 204);
  EXPECT_EQ(ric.Get(c + "/functies").status, 404);
}

TEST(Profiles, DemoD4AdjustmentAndPortalReadsOwnGoals) {
  // Ahmet Yilmaz (demo, Team Zuid): work training after D4 "doelen bijstellen".
  HttpClient& ric = Env().As("ric.zuid");
  Reply search = ric.Get("/api/v1/revalidanten?q=yilmaz");
  ASSERT_EQ(search.status, 200);
  ASSERT_GE(search.Int("total"), 1);
  const std::int64_t ahmet = search.at("items").as_array()[0].at("id").as_int64();
  Reply trajectories = ric.Get("/api/v1/revalidanten/" + std::to_string(ahmet) + "/trajectories");
  ASSERT_EQ(trajectories.status, 200);
  const std::int64_t traj = trajectories.at("items").as_array()[0].at("id").as_int64();
  std::int64_t d4 = 0;
  for (const auto& d : trajectories.at("items").as_array()[0].at("decisions").as_array()) {
    if (d.at("kind").as_string() == "d4_voortzetten") d4 = d.at("seq").as_int64();
  }
  ASSERT_GT(d4, 0);
  Reply goals = ric.Get(T(traj) + "/doelen");
  ASSERT_EQ(goals.status, 200) << goals.body;
  ASSERT_FALSE(goals.at("items").as_array().empty());
  bool linked = false;
  for (const auto& g : goals.at("items").as_array()) {
    for (const auto& e : g.at("events").as_array()) {
      if (e.at("kind").as_string() == "bijgesteld") linked = e.at("d4_seq").as_int64() == d4;
    }
  }
  EXPECT_TRUE(linked) << goals.body;
  const auto& last = goals.at("items").as_array().back();
  Reply adjusted =
      ric.Post("/api/v1/doelen/" + std::to_string(last.at("id").as_int64()) + "/bijstellingen",
               bj::object{{"d4_seq", d4},
                          {"date", "2026-12-07"},
                          {"description", "Doel kleiner gemaakt"},
                          {"note", "Besloten in de patiëntenbespreking"},
                          {"version", last.at("version").as_int64()}});
  ASSERT_EQ(adjusted.status, 200) << adjusted.body;
  EXPECT_EQ(adjusted.Str("status"), "bijgesteld");
  EXPECT_EQ(adjusted.at("events").as_array().back().at("d4_seq").as_int64(), d4);

  // Henk de Vries (demo, portal account): reads his own goals and progress, nothing else.
  Reply henk_search = Env().As("ric").Get("/api/v1/revalidanten?q=de%20vries");
  const std::int64_t henk = henk_search.at("items").as_array()[0].at("id").as_int64();
  Reply henk_traj =
      Env().As("ric").Get("/api/v1/revalidanten/" + std::to_string(henk) + "/trajectories");
  const std::int64_t ht = henk_traj.at("items").as_array()[0].at("id").as_int64();
  auto portal = Env().Fresh("revalidant", kDemoPassword);
  Reply own_goals = portal->Get(T(ht) + "/doelen");
  ASSERT_EQ(own_goals.status, 200) << own_goals.body;
  EXPECT_FALSE(own_goals.at("items").as_array().empty());
  Reply own_progress = portal->Get(T(ht) + "/voortgang");
  ASSERT_EQ(own_progress.status, 200) << own_progress.body;
  EXPECT_FALSE(own_progress.at("items").as_array().empty());
  EXPECT_EQ(portal->Get("/api/v1/profiel/items").status, 200);  // the words of the portal view
  EXPECT_EQ(portal->Get("/api/v1/werksamples").status, 403);
  EXPECT_EQ(portal->Get(T(ht) + "/matching").status, 403);
  EXPECT_EQ(portal->Get(T(ht) + "/functieprofiel").status, 403);
  EXPECT_EQ(portal->Get(T(traj) + "/doelen").status, 403);  // not his
  EXPECT_EQ(Env().As("werkgever").Get(T(ht) + "/doelen").status, 403);
  // Demo catalogues rank for Henk.
  Reply rank = Env().As("ric").Get(T(ht) + "/alternatieven");
  ASSERT_EQ(rank.status, 200) << rank.body;
  EXPECT_GE(rank.Int("functions"), 8);
}

}  // namespace
}  // namespace werkpad::api_test
