// API tests of the verzuim endpoints (docs/api.md "Verzuim (Poortwachter)"), against the real
// binary with the demo data. They run after the AGR tests (link order) and share their server;
// every answer is validated against the OpenAPI document like all others.
#include <chrono>
#include <map>
#include <set>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::int64_t UserId(const std::string& username) {
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

// A new revalidant in Team Noord with the RIC "ric" (synthetic data).
std::int64_t NewRevalidant(const std::string& family) {
  bj::object body{{"given_names", "Verza"},
                  {"family_name", family},
                  {"date_of_birth", "1975-04-05"},
                  {"bsn", nullptr},
                  {"employment_status", "loondienst"},
                  {"function_title", "Magazijnmedewerker"},
                  {"team_id", TeamId("Team Noord")},
                  {"ric_user_id", UserId("ric")}};
  Reply r = Env().As("ric").Post("/api/v1/revalidanten", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.Int("id");
}

std::string R(std::int64_t revalidant) {
  return "/api/v1/revalidanten/" + std::to_string(revalidant) + "/verzuimdossier";
}
std::string V(std::int64_t dossier) { return "/api/v1/verzuimdossiers/" + std::to_string(dossier); }

const bj::object* Milestone(const Reply& dossier, const std::string& key, int sequence = 0) {
  const bj::object* last = nullptr;
  for (const auto& m : dossier.at("timeline").at("milestones").as_array()) {
    const auto& o = m.as_object();
    if (o.at("key").as_string() != key) continue;
    if (sequence != 0 && o.at("sequence").as_int64() == sequence) return &o;
    last = &o;
  }
  return sequence == 0 ? last : nullptr;
}

std::string Str(const bj::object* o, std::string_view key) {
  if (o == nullptr) return "(missing)";
  const bj::value& v = o->at(key);
  return v.is_string() ? std::string(v.as_string()) : bj::serialize(v);
}

std::int64_t EpisodeIdStarting(const Reply& dossier, const std::string& start) {
  for (const auto& e : dossier.at("episodes").as_array()) {
    if (e.at("start").as_string() == start) return e.at("id").as_int64();
  }
  ADD_FAILURE() << "no episode starting " << start;
  return 0;
}

std::int64_t EpisodeVersion(const Reply& dossier, std::int64_t id) {
  for (const auto& e : dossier.at("episodes").as_array()) {
    if (e.at("id").as_int64() == id) return e.at("version").as_int64();
  }
  return 0;
}

// Shared between the tests below (they run in order).
std::int64_t g_revalidant = 0;
std::int64_t g_dossier = 0;

TEST(Verzuim, DossierAndEpisodesWithTheAddUpRule) {
  HttpClient& ric = Env().As("ric");
  g_revalidant = NewRevalidant("Verzuimroute");
  EXPECT_EQ(ric.Get(R(g_revalidant)).status, 404);

  Reply missing = ric.Post(R(g_revalidant), bj::object{});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.HasFieldError("employer", "required")) << missing.body;
  Reply unknown = ric.Post(R(g_revalidant), bj::object{{"employer", "X"}, {"salary", 1}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(unknown.HasFieldError("salary", "unknown_field")) << unknown.body;
  Reply bad_cm = ric.Post(R(g_revalidant), bj::object{{"employer", "X"},
                                                      {"casemanager_user_id", UserId("admin")}});
  EXPECT_EQ(bad_cm.status, 422);
  EXPECT_TRUE(bad_cm.HasFieldError("casemanager_user_id", "unknown_user")) << bad_cm.body;

  Reply created = ric.Post(R(g_revalidant), bj::object{{"employer", "Transport Test BV"},
                                                       {"bedrijfsarts", "Arbodienst Fictief"},
                                                       {"casemanager_user_id", UserId("ric")}});
  ASSERT_EQ(created.status, 201) << created.body;
  g_dossier = created.Int("id");
  EXPECT_TRUE(created.at("timeline").is_null());
  EXPECT_TRUE(created.at("episodes").as_array().empty());
  EXPECT_EQ(created.at("casemanager").at("id").as_int64(), UserId("ric"));
  EXPECT_TRUE(created.at("medical_visible").as_bool());

  Reply twice = ric.Post(R(g_revalidant), bj::object{{"employer", "Ander BV"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(twice.HasFieldError("revalidant_id", "taken")) << twice.body;
  EXPECT_EQ(ric.Get(R(g_revalidant)).Int("id"), g_dossier);

  // Bad episodes: every problem names its field.
  const std::string eps = V(g_dossier) + "/episodes";
  Reply bad_date = ric.Post(eps, bj::object{{"start", "2026-02-30"}, {"percentage", 100}});
  EXPECT_EQ(bad_date.status, 422);
  EXPECT_TRUE(bad_date.HasFieldError("start", "invalid_date")) << bad_date.body;
  Reply reversed = ric.Post(
      eps, bj::object{{"start", "2026-03-10"}, {"end", "2026-03-01"}, {"percentage", 100}});
  EXPECT_EQ(reversed.status, 422);
  EXPECT_TRUE(reversed.HasFieldError("end", "end_before_start")) << reversed.body;
  Reply zero = ric.Post(eps, bj::object{{"start", "2026-01-03"}, {"percentage", 0}});
  EXPECT_EQ(zero.status, 422);
  EXPECT_TRUE(zero.HasFieldError("percentage", "out_of_range")) << zero.body;
  Reply over = ric.Post(eps, bj::object{{"start", "2026-01-03"}, {"percentage", 101}});
  EXPECT_EQ(over.status, 422);
  EXPECT_TRUE(over.HasFieldError("percentage", "out_of_range")) << over.body;
  Reply text = ric.Post(eps, bj::object{{"start", "2026-01-03"}, {"percentage", "veel"}});
  EXPECT_EQ(text.status, 400);
  EXPECT_TRUE(text.HasFieldError("percentage", "wrong_type")) << text.body;
  Reply extra = ric.Post(eps, bj::object{{"start", "2026-01-03"}, {"percentage", 100},
                                         {"diagnose", "x"}});
  EXPECT_EQ(extra.status, 400);
  EXPECT_TRUE(extra.HasFieldError("diagnose", "unknown_field")) << extra.body;
  Reply future = ric.Post(eps, bj::object{{"start", DutchDay(3)}, {"percentage", 100}});
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(future.HasFieldError("start", "in_future")) << future.body;

  // The published example shifted to 2026: sick 3 Jan - 3 Jul, fit 4-24 Jul (21 days), sick
  // again from 25 Jul: one period; the end of the waiting time moves by 21 days.
  Reply first = ric.Post(
      eps, bj::object{{"start", "2026-01-03"}, {"end", "2026-07-03"}, {"percentage", 100}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.at("timeline").at("einde_wachttijd").as_string(), "2027-12-31");
  Reply second = ric.Post(eps, bj::object{{"start", "2026-07-25"}, {"percentage", 50}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.at("timeline").at("einde_wachttijd").as_string(), "2028-01-21");
  EXPECT_EQ(second.at("timeline").at("wia_ingangsdatum").as_string(), "2028-01-22");
  EXPECT_EQ(second.at("timeline").at("total_gap_days").as_int64(), 21);
  ASSERT_EQ(second.at("periods").as_array().size(), 1u);
  const auto& period = second.at("periods").as_array()[0];
  EXPECT_EQ(period.at("first_sick_day").as_string(), "2026-01-03");
  EXPECT_TRUE(period.at("open").as_bool());
  ASSERT_EQ(period.at("gaps").as_array().size(), 1u);
  EXPECT_EQ(period.at("gaps").as_array()[0].at("first_fit_day").as_string(), "2026-07-04");
  EXPECT_EQ(period.at("gaps").as_array()[0].at("days").as_int64(), 21);
  EXPECT_EQ(period.at("episode_ids").as_array().size(), 2u);

  // Deadlines: the probleemanalyse was due at the end of week 6 and is overdue.
  const bj::object* pa = Milestone(second, "probleemanalyse");
  EXPECT_EQ(Str(pa, "due"), "2026-02-13");
  EXPECT_EQ(Str(pa, "status"), "overdue");
  EXPECT_EQ(Str(pa, "document"), "probleemanalyse");
  EXPECT_EQ(Str(Milestone(second, "plan_van_aanpak"), "due"), "2026-02-27");
  EXPECT_EQ(Str(Milestone(second, "einde_wachttijd"), "due"), "2028-01-21");
  EXPECT_FALSE(second.at("next_due").is_null());

  // Overlap names the start.
  Reply overlap = ric.Post(eps, bj::object{{"start", "2026-07-01"}, {"percentage", 100}});
  EXPECT_EQ(overlap.status, 422);
  EXPECT_TRUE(overlap.HasFieldError("start", "overlap")) << overlap.body;

  // Edit with versions: stale -> 409; a gap of 28 days or more starts a new period.
  const std::int64_t open_id = EpisodeIdStarting(second, "2026-07-25");
  const std::int64_t open_version = EpisodeVersion(second, open_id);
  const std::string open_path = eps + "/" + std::to_string(open_id);
  Reply moved = ric.Put(open_path, bj::object{{"start", "2026-08-01"},
                                              {"percentage", 50},
                                              {"version", open_version}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.at("periods").as_array().size(), 2u);
  EXPECT_EQ(moved.at("timeline").at("first_sick_day").as_string(), "2026-08-01");
  Reply stale = ric.Put(open_path, bj::object{{"start", "2026-07-25"},
                                              {"percentage", 50},
                                              {"version", open_version}});
  EXPECT_EQ(stale.status, 409);
  Reply back = ric.Put(open_path, bj::object{{"start", "2026-07-25"},
                                             {"percentage", 50},
                                             {"version", open_version + 1}});
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.at("periods").as_array().size(), 1u);

  // End an episode, then open it again (PUT without end).
  Reply ended = ric.Post(open_path + "/end",
                         bj::object{{"end", "2026-09-30"}, {"version", open_version + 2}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_TRUE(ended.at("timeline").at("recovered").as_bool());
  Reply bad_end = ric.Post(open_path + "/end",
                           bj::object{{"end", "2026-07-01"}, {"version", open_version + 3}});
  EXPECT_EQ(bad_end.status, 422);
  EXPECT_TRUE(bad_end.HasFieldError("end", "end_before_start")) << bad_end.body;
  Reply reopened = ric.Put(open_path, bj::object{{"start", "2026-07-25"},
                                                 {"end", nullptr},
                                                 {"percentage", 50},
                                                 {"version", open_version + 3}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_FALSE(reopened.at("timeline").at("recovered").as_bool());

  // Delete an episode recorded in error (with its version).
  Reply wrong = ric.Post(eps, bj::object{{"start", "2025-06-01"},
                                         {"end", "2025-06-05"},
                                         {"percentage", 100}});
  ASSERT_EQ(wrong.status, 201) << wrong.body;
  const std::int64_t wrong_id = EpisodeIdStarting(wrong, "2025-06-01");
  EXPECT_EQ(wrong.at("periods").as_array().size(), 2u);  // a period of its own
  Reply no_version = ric.Delete(eps + "/" + std::to_string(wrong_id));
  EXPECT_EQ(no_version.status, 422);
  EXPECT_TRUE(no_version.HasFieldError("version", "required")) << no_version.body;
  EXPECT_EQ(ric.Delete(eps + "/" + std::to_string(wrong_id) + "?version=7").status, 409);
  Reply deleted = ric.Delete(eps + "/" + std::to_string(wrong_id) + "?version=1");
  ASSERT_EQ(deleted.status, 200) << deleted.body;
  EXPECT_EQ(deleted.at("episodes").as_array().size(), 2u);
  EXPECT_EQ(ric.Delete(eps + "/" + std::to_string(wrong_id) + "?version=1").status, 404);

  // Dossier fields with a version.
  Reply dossier = ric.Get(V(g_dossier));
  ASSERT_EQ(dossier.status, 200);
  Reply changed = ric.Put(V(g_dossier), bj::object{{"employer", "Transport Test Groep BV"},
                                                   {"bedrijfsarts", "Arbodienst Fictief"},
                                                   {"casemanager_user_id", UserId("ric")},
                                                   {"version", dossier.Int("version")}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Str("employer"), "Transport Test Groep BV");
  EXPECT_EQ(changed.Int("version"), dossier.Int("version") + 1);
  EXPECT_EQ(ric.Put(V(g_dossier), bj::object{{"employer", "Oud"},
                                              {"version", dossier.Int("version")}})
                .status,
            409);
}

TEST(Verzuim, StepsAsDocumentsMarkTheirMilestones) {
  HttpClient& ric = Env().As("ric");
  ASSERT_GT(g_dossier, 0);
  const std::string docs = V(g_dossier) + "/documents";

  Reply no_kind = ric.Post(docs, bj::object{{"kind", "brief"}, {"date", "2026-02-10"}});
  EXPECT_EQ(no_kind.status, 422);
  EXPECT_TRUE(no_kind.HasFieldError("kind", "invalid_value")) << no_kind.body;
  Reply required = ric.Post(docs, bj::object{{"kind", "probleemanalyse"},
                                             {"date", "2026-02-10"},
                                             {"content", bj::object{}}});
  EXPECT_EQ(required.status, 422);
  EXPECT_TRUE(required.HasFieldError("content.inzetbaarheid", "required")) << required.body;
  Reply unknown = ric.Post(docs, bj::object{{"kind", "probleemanalyse"},
                                            {"date", "2026-02-10"},
                                            {"content", bj::object{{"inzetbaarheid", "onzeker"},
                                                                   {"diagnose", "x"}}}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(unknown.HasFieldError("content.diagnose", "unknown_field")) << unknown.body;
  Reply future = ric.Post(docs, bj::object{{"kind", "ziekmelding"}, {"date", DutchDay(2)}});
  EXPECT_EQ(future.status, 422);
  EXPECT_TRUE(future.HasFieldError("date", "in_future")) << future.body;
  Reply early = ric.Post(docs, bj::object{{"kind", "ziekmelding"}, {"date", "2025-12-31"}});
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(early.HasFieldError("date", "before_first_sick_day")) << early.body;

  Reply pa = ric.Post(
      docs, bj::object{{"kind", "probleemanalyse"},
                       {"date", "2026-02-10"},
                       {"content", bj::object{{"inzetbaarheid", "nog_niet_inzetbaar"},
                                              {"advies", "Opbouw in eigen werk na herstel"}}},
                       {"medisch", bj::object{{"toelichting", "fictieve medische notitie"}}}});
  ASSERT_EQ(pa.status, 201) << pa.body;
  const std::int64_t pa_id = pa.Int("id");
  EXPECT_EQ(pa.at("medisch").at("toelichting").as_string(), "fictieve medische notitie");

  Reply d = ric.Get(V(g_dossier));
  const bj::object* pam = Milestone(d, "probleemanalyse");
  EXPECT_EQ(Str(pam, "status"), "done");
  EXPECT_EQ(Str(pam, "done_on"), "2026-02-10");
  EXPECT_EQ(Str(pam, "document_id"), std::to_string(pa_id));
  // The plan is due 2 weeks after the probleemanalyse (before the end of week 8).
  EXPECT_EQ(Str(Milestone(d, "plan_van_aanpak"), "due"), "2026-02-24");

  Reply before_pa = ric.Post(docs, bj::object{{"kind", "plan_van_aanpak"},
                                              {"date", "2026-02-05"},
                                              {"content", bj::object{{"doel", "Terugkeer"}}}});
  EXPECT_EQ(before_pa.status, 422);
  EXPECT_TRUE(before_pa.HasFieldError("date", "before_probleemanalyse")) << before_pa.body;
  Reply bad_owner = ric.Post(
      docs, bj::object{{"kind", "plan_van_aanpak"},
                       {"date", "2026-02-20"},
                       {"content", bj::object{{"doel", "Terugkeer"},
                                              {"acties", bj::array{bj::object{
                                                             {"omschrijving", "Gesprek"},
                                                             {"eigenaar", "buurman"}}}}}}});
  EXPECT_EQ(bad_owner.status, 422);
  EXPECT_TRUE(bad_owner.HasFieldError("content.acties[0].eigenaar", "invalid_value"))
      << bad_owner.body;

  bj::object plan_content{
      {"doel", "Terugkeer in eigen werk als chauffeur"},
      {"acties", bj::array{bj::object{{"omschrijving", "Aangepast rooster"},
                                      {"eigenaar", "werkgever"},
                                      {"datum", "2026-03-01"},
                                      {"gereed", false}},
                           bj::object{{"omschrijving", "Fysiotherapie"},
                                      {"eigenaar", "werknemer"},
                                      {"datum", "2026-03-15"}}}}};
  Reply plan = ric.Post(docs, bj::object{{"kind", "plan_van_aanpak"},
                                         {"date", "2026-02-20"},
                                         {"content", plan_content}});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const std::int64_t plan_id = plan.Int("id");
  d = ric.Get(V(g_dossier));
  EXPECT_EQ(Str(Milestone(d, "plan_van_aanpak"), "status"), "done");
  EXPECT_EQ(Str(Milestone(d, "evaluatie", 1), "due"), "2026-04-03");

  Reply eval = ric.Post(docs, bj::object{{"kind", "evaluatie"},
                                         {"date", "2026-03-30"},
                                         {"content", bj::object{{"verslag", "Opbouw loopt"},
                                                                {"bijstelling", true}}}});
  ASSERT_EQ(eval.status, 201) << eval.body;
  d = ric.Get(V(g_dossier));
  EXPECT_EQ(Str(Milestone(d, "evaluatie", 1), "status"), "done");
  EXPECT_EQ(Str(Milestone(d, "evaluatie", 1), "document_id"), std::to_string(eval.Int("id")));
  EXPECT_EQ(Str(Milestone(d, "evaluatie", 2), "due"), "2026-05-11");

  // A bijstelling of the plan keeps its history.
  const std::string plan_path = docs + "/" + std::to_string(plan_id);
  plan_content["doel"] = "Terugkeer in eigen werk, eerst als planner";
  Reply revised = ric.Put(plan_path, bj::object{{"date", "2026-02-20"},
                                                {"content", plan_content},
                                                {"version", 1}});
  ASSERT_EQ(revised.status, 200) << revised.body;
  EXPECT_EQ(revised.Int("version"), 2);
  EXPECT_EQ(ric.Put(plan_path, bj::object{{"date", "2026-02-20"},
                                          {"content", plan_content},
                                          {"version", 1}})
                .status,
            409);
  Reply other_kind = ric.Put(plan_path, bj::object{{"kind", "evaluatie"},
                                                   {"date", "2026-02-20"},
                                                   {"content", plan_content},
                                                   {"version", 2}});
  EXPECT_EQ(other_kind.status, 422);
  EXPECT_TRUE(other_kind.HasFieldError("kind", "immutable")) << other_kind.body;
  Reply history = ric.Get(plan_path);
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.at("revisions").as_array().size(), 2u);
  EXPECT_EQ(history.at("revisions").as_array()[0].at("content").at("doel").as_string(),
            "Terugkeer in eigen werk als chauffeur");

  // Deskundigenoordeel and loonsanctie are recorded too; their own fields are checked.
  Reply oordeel = ric.Post(docs, bj::object{{"kind", "deskundigenoordeel"},
                                            {"date", "2026-05-01"},
                                            {"content", bj::object{{"aangevraagd_door", "werknemer"},
                                                                   {"vraag", "Passend werk?"}}}});
  EXPECT_EQ(oordeel.status, 201) << oordeel.body;
  Reply sanction = ric.Post(docs, bj::object{{"kind", "loonsanctie"},
                                             {"date", "2026-05-02"},
                                             {"content", bj::object{{"van", "2026-06-01"},
                                                                    {"tot", "2026-05-01"},
                                                                    {"reden", "te laat"}}}});
  EXPECT_EQ(sanction.status, 422);
  EXPECT_TRUE(sanction.HasFieldError("content.tot", "end_before_start")) << sanction.body;

  // The RIV checklist shows what exists and what is missing; staff see the medical part.
  Reply riv = ric.Get(V(g_dossier) + "/riv");
  ASSERT_EQ(riv.status, 200) << riv.body;
  EXPECT_FALSE(riv.at("complete").as_bool());
  bool plan_present = false;
  for (const auto& i : riv.at("employer_part").as_array()) {
    if (i.at("kind").as_string() == "plan_van_aanpak") {
      plan_present = i.at("status").as_string() == "present";
    }
  }
  EXPECT_TRUE(plan_present) << riv.body;
  ASSERT_TRUE(riv.at("medical_part").is_array());
  std::set<std::string> not_recorded;
  for (const auto& k : riv.at("not_recorded").as_array()) not_recorded.insert(std::string(k.as_string()));
  EXPECT_TRUE(not_recorded.count("ziekmelding"));
  EXPECT_FALSE(not_recorded.count("plan_van_aanpak"));
}

TEST(Verzuim, ScenarioTransitionsWithDateAndReason) {
  HttpClient& ric = Env().As("ric");
  ASSERT_GT(g_dossier, 0);
  const std::string path = V(g_dossier) + "/scenario";
  std::int64_t version = ric.Get(V(g_dossier)).Int("version");
  Reply first = ric.Post(path, bj::object{{"scenario", "eigen_werk_later"},
                                          {"date", "2026-02-20"},
                                          {"reason", "Plan van aanpak"},
                                          {"version", version}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.at("scenario").at("current").at("number").as_int64(), 2);
  Reply same = ric.Post(path, bj::object{{"scenario", "eigen_werk_later"},
                                         {"date", "2026-03-20"},
                                         {"reason", "Nog steeds"},
                                         {"version", first.Int("version")}});
  EXPECT_EQ(same.status, 422);
  EXPECT_TRUE(same.HasFieldError("scenario", "same_scenario")) << same.body;
  Reply earlier = ric.Post(path, bj::object{{"scenario", "ander_werk_eigen_organisatie"},
                                            {"date", "2026-02-01"},
                                            {"reason", "Terug in de tijd"},
                                            {"version", first.Int("version")}});
  EXPECT_EQ(earlier.status, 422);
  EXPECT_TRUE(earlier.HasFieldError("date", "before_previous")) << earlier.body;
  Reply empty = ric.Post(path, bj::object{{"scenario", "ander_werk_eigen_organisatie"},
                                          {"date", "2026-06-01"},
                                          {"reason", "  "},
                                          {"version", first.Int("version")}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.HasFieldError("reason", "required")) << empty.body;
  Reply unknown = ric.Post(path, bj::object{{"scenario", "zes"},
                                            {"date", "2026-06-01"},
                                            {"reason", "x"},
                                            {"version", first.Int("version")}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.HasFieldError("scenario", "invalid_value")) << unknown.body;
  Reply stale = ric.Post(path, bj::object{{"scenario", "ander_werk_eigen_organisatie"},
                                          {"date", "2026-06-01"},
                                          {"reason", "Eigen werk blijft te zwaar"},
                                          {"version", version}});
  EXPECT_EQ(stale.status, 409);
  Reply third = ric.Post(path, bj::object{{"scenario", "ander_werk_eigen_organisatie"},
                                          {"date", "2026-06-01"},
                                          {"reason", "Eigen werk blijft te zwaar"},
                                          {"version", first.Int("version")}});
  ASSERT_EQ(third.status, 200) << third.body;
  EXPECT_EQ(third.at("scenario").at("current").at("code").as_string(),
            "ander_werk_eigen_organisatie");
  ASSERT_EQ(third.at("scenario").at("history").as_array().size(), 2u);
  EXPECT_EQ(third.at("scenario").at("history").as_array()[1].at("reason").as_string(),
            "Eigen werk blijft te zwaar");

  // Interventions of the catalogue are proposed and tracked as documents.
  Reply proposed = ric.Post(V(g_dossier) + "/documents",
                            bj::object{{"kind", "interventie"},
                                       {"date", "2026-06-02"},
                                       {"content", bj::object{{"interventie", "arbeidsdeskundige"},
                                                              {"status", "voorgesteld"},
                                                              {"scenario",
                                                               "ander_werk_eigen_organisatie"}}}});
  EXPECT_EQ(proposed.status, 201) << proposed.body;
  Reply bogus = ric.Post(V(g_dossier) + "/documents",
                         bj::object{{"kind", "interventie"},
                                    {"date", "2026-06-02"},
                                    {"content", bj::object{{"interventie", "astroloog"},
                                                           {"status", "voorgesteld"}}}});
  EXPECT_EQ(bogus.status, 422);
  EXPECT_TRUE(bogus.HasFieldError("content.interventie", "invalid_value")) << bogus.body;

  Reply catalogue = ric.Get("/api/v1/verzuim/catalogus");
  ASSERT_EQ(catalogue.status, 200) << catalogue.body;
  EXPECT_EQ(catalogue.at("scenarios").as_array().size(), 5u);
  EXPECT_EQ(catalogue.at("interventions").as_array().size(), 11u);
}

TEST(Verzuim, NeedToKnowAndTheMedicalPart) {
  ASSERT_GT(g_dossier, 0);
  // Staff of another team, the admin and the external roles are refused.
  EXPECT_EQ(Env().As("ric.zuid").Get(V(g_dossier)).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Get(R(g_revalidant)).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Post(V(g_dossier) + "/episodes",
                                      bj::object{{"start", "2026-11-01"}, {"percentage", 10}})
                .status,
            403);
  EXPECT_EQ(Env().As("admin").Get(V(g_dossier)).status, 403);
  auto werkgever = Env().Fresh("werkgever", kDemoPassword);
  EXPECT_EQ(werkgever->Get(V(g_dossier)).status, 403);
  EXPECT_EQ(werkgever->Get(V(g_dossier) + "/riv").status, 403);
  EXPECT_EQ(werkgever->Get("/api/v1/verzuim/signalen").status, 403);
  // The team's therapist may read and write.
  EXPECT_EQ(Env().As("fysio").Get(V(g_dossier)).status, 200);
  EXPECT_EQ(Env().As("ric").Get(V(g_dossier) + "/documents/999999").status, 404);
  EXPECT_EQ(Env().As("ric").Get("/api/v1/verzuimdossiers/999999").status, 404);

  // The revalidant portal reads the own dossier (from the demo data) without medical parts and
  // cannot change anything.
  auto portal = Env().Fresh("revalidant", kDemoPassword);
  Reply session = portal->Get("/api/v1/session");
  const std::int64_t own = session.at("user").at("revalidant_id").as_int64();
  Reply mine = portal->Get(R(own));
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_FALSE(mine.at("medical_visible").as_bool());
  for (const auto& doc : mine.at("documents").as_array()) {
    EXPECT_TRUE(doc.at("medisch").is_null()) << doc;
  }
  Reply riv = portal->Get(V(mine.Int("id")) + "/riv");
  ASSERT_EQ(riv.status, 200) << riv.body;
  EXPECT_TRUE(riv.at("medical_part").is_null());
  EXPECT_EQ(portal->Post(V(mine.Int("id")) + "/episodes",
                         bj::object{{"start", "2026-11-01"}, {"percentage", 10}})
                .status,
            403);
  EXPECT_EQ(portal->Get(V(g_dossier)).status, 403);

  // Every read is in the audit log.
  Reply audit = Env().As("admin").Get("/api/v1/audit?revalidant_id=" +
                                       std::to_string(g_revalidant) + "&page_size=100");
  ASSERT_EQ(audit.status, 200) << audit.body;
  std::set<std::string> outcomes;
  for (const auto& e : audit.at("items").as_array()) {
    if (e.at("object_type").as_string() != "verzuimdossier") continue;
    outcomes.insert(std::string(e.at("action").as_string()) + "/" +
                    std::string(e.at("outcome").as_string()));
  }
  EXPECT_TRUE(outcomes.count("read/success")) << audit.body;
  EXPECT_TRUE(outcomes.count("update/success")) << audit.body;
  EXPECT_TRUE(outcomes.count("read/denied")) << audit.body;
}

TEST(Verzuim, DashboardOfDueAndOverdueStepsAndSettings) {
  HttpClient& ric = Env().As("ric");
  // A fresh case: sick since 30 days ago, so the ziekmelding is overdue and the
  // probleemanalyse (end of week 6, day 42) is due in 11 days.
  const std::int64_t revalidant = NewRevalidant("Verzuimsignaal");
  Reply created = ric.Post(R(revalidant), bj::object{{"employer", "Signaal BV"},
                                                     {"casemanager_user_id", UserId("ric")}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::int64_t dossier = created.Int("id");
  ASSERT_EQ(ric.Post(V(dossier) + "/episodes",
                     bj::object{{"start", DutchDay(-30)}, {"percentage", 100}})
                .status,
            201);

  auto keys_of = [&](const Reply& list) {
    std::set<std::string> out;
    for (const auto& i : list.at("items").as_array()) {
      if (i.at("dossier_id").as_int64() != dossier) continue;
      out.insert(std::string(i.at("milestone").at("key").as_string()) + "/" +
                 std::string(i.at("milestone").at("status").as_string()));
    }
    return out;
  };
  Reply all = ric.Get("/api/v1/verzuim/signalen");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.Int("days"), 14);
  auto keys = keys_of(all);
  EXPECT_TRUE(keys.count("ziekmelding/overdue")) << all.body;
  EXPECT_TRUE(keys.count("probleemanalyse/due")) << all.body;
  EXPECT_FALSE(keys.count("plan_van_aanpak/due")) << all.body;

  Reply overdue = ric.Get("/api/v1/verzuim/signalen?status=overdue&scope=mine&sort=revalidant");
  ASSERT_EQ(overdue.status, 200) << overdue.body;
  keys = keys_of(overdue);
  EXPECT_TRUE(keys.count("ziekmelding/overdue"));
  EXPECT_FALSE(keys.count("probleemanalyse/due"));
  Reply employer = ric.Get("/api/v1/verzuim/signalen?party=bedrijfsarts");
  ASSERT_EQ(employer.status, 200) << employer.body;
  keys = keys_of(employer);
  EXPECT_TRUE(keys.count("probleemanalyse/due"));
  EXPECT_FALSE(keys.count("ziekmelding/overdue"));
  // A longer look-ahead includes the plan van aanpak (end of week 8).
  EXPECT_TRUE(keys_of(ric.Get("/api/v1/verzuim/signalen?days=30")).count("plan_van_aanpak/due"));
  // The other team's RIC does not see this case.
  EXPECT_TRUE(keys_of(Env().As("ric.zuid").Get("/api/v1/verzuim/signalen")).empty());
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?days=400").status, 422);
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?days=veel").status, 400);
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?status=later").status, 400);
  // Paging: the default page is 100; limit 1..500, offset 0..100000.
  EXPECT_EQ(all.Int("limit"), 100);
  EXPECT_EQ(all.Int("offset"), 0);
  Reply first = ric.Get("/api/v1/verzuim/signalen?limit=1");
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.at("items").as_array().size(), 1u);
  EXPECT_EQ(first.Int("limit"), 1);
  EXPECT_TRUE(first.at("truncated").as_bool()) << first.body;  // two signals of this case alone
  Reply second = ric.Get("/api/v1/verzuim/signalen?limit=1&offset=1");
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.Int("offset"), 1);
  ASSERT_EQ(second.at("items").as_array().size(), 1u);
  EXPECT_NE(bj::serialize(first.at("items").as_array()[0]),
            bj::serialize(second.at("items").as_array()[0]));
  EXPECT_LE(std::string(first.at("items").as_array()[0].at("milestone").at("due").as_string()),
            std::string(second.at("items").as_array()[0].at("milestone").at("due").as_string()));
  Reply too_small = ric.Get("/api/v1/verzuim/signalen?limit=0");
  EXPECT_EQ(too_small.status, 422);
  EXPECT_TRUE(too_small.HasFieldError("limit", "out_of_range")) << too_small.body;
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?limit=501").status, 422);
  Reply negative = ric.Get("/api/v1/verzuim/signalen?offset=-1");
  EXPECT_EQ(negative.status, 422);
  EXPECT_TRUE(negative.HasFieldError("offset", "out_of_range")) << negative.body;
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?offset=100001").status, 422);
  EXPECT_EQ(ric.Get("/api/v1/verzuim/signalen?limit=veel").status, 400);
  EXPECT_EQ(Env().As("admin").Get("/api/v1/verzuim/signalen").status, 403);

  // Recording the ziekmelding takes it off the list.
  ASSERT_EQ(ric.Post(V(dossier) + "/documents",
                     bj::object{{"kind", "ziekmelding"}, {"date", DutchDay(-29)}})
                .status,
            201);
  EXPECT_FALSE(keys_of(ric.Get("/api/v1/verzuim/signalen")).count("ziekmelding/overdue"));

  // The signal window is the institution's setting (admin).
  Reply settings = ric.Get("/api/v1/verzuim/settings");
  ASSERT_EQ(settings.status, 200) << settings.body;
  EXPECT_EQ(settings.Int("signal_days"), 14);
  EXPECT_EQ(ric.Put("/api/v1/verzuim/settings", bj::object{{"signal_days", 30}}).status, 403);
  HttpClient& admin = Env().As("admin");
  Reply too_far = admin.Put("/api/v1/verzuim/settings", bj::object{{"signal_days", 999}});
  EXPECT_EQ(too_far.status, 422);
  EXPECT_TRUE(too_far.HasFieldError("signal_days", "out_of_range")) << too_far.body;
  Reply wider = admin.Put("/api/v1/verzuim/settings", bj::object{{"signal_days", 30}});
  ASSERT_EQ(wider.status, 200) << wider.body;
  Reply with_30 = ric.Get("/api/v1/verzuim/signalen");
  EXPECT_EQ(with_30.Int("days"), 30);
  EXPECT_TRUE(keys_of(with_30).count("plan_van_aanpak/due"));
  EXPECT_EQ(ric.Get(V(dossier)).at("timeline").at("signal_days").as_int64(), 30);
  ASSERT_EQ(admin.Put("/api/v1/verzuim/settings", bj::object{{"signal_days", 14}}).status, 200);
}

// WIA estimate (issue 5): a pure calculation for staff, at the 35% and 80% boundaries.
TEST(Verzuim, WiaEstimateAtTheBoundaries) {
  const std::string kPath = "/api/v1/wia/schatting";
  auto estimate = [&](HttpClient& c, const bj::value& rvc, bool duurzaam,
                      bj::array functielonen = {}) {
    bj::object body{{"maatmanloon", 3000.00}, {"restverdiencapaciteit", rvc},
                    {"duurzaam", duurzaam}};
    if (!functielonen.empty()) body["functielonen"] = std::move(functielonen);
    return c.Post(kPath, body);
  };
  HttpClient& ric = Env().As("ric");
  // 1049.97 / 3000 = 34.999%: truncated to 34.99, below the threshold.
  Reply below = estimate(ric, 1950.03, true);
  ASSERT_EQ(below.status, 200) << below.body;
  EXPECT_EQ(below.Str("uitkomst"), "geen_wia");
  EXPECT_DOUBLE_EQ(below.at("ao_percentage").to_number<double>(), 34.99);
  EXPECT_DOUBLE_EQ(below.at("restverdiencapaciteit").to_number<double>(), 1950.03);
  EXPECT_TRUE(below.at("gebruikte_functielonen").as_array().empty());
  // Plain decimals on the wire, never the exponent form ("3.499E1").
  EXPECT_NE(below.body.find("\"ao_percentage\":34.99,"), std::string::npos) << below.body;
  EXPECT_NE(below.body.find("\"restverdiencapaciteit\":1950.03"), std::string::npos) << below.body;
  EXPECT_EQ(below.body.find('E'), std::string::npos) << below.body;
  Reply at35 = estimate(Env().As("arts"), 1950, false);
  ASSERT_EQ(at35.status, 200) << at35.body;
  EXPECT_EQ(at35.Str("uitkomst"), "wga");
  EXPECT_DOUBLE_EQ(at35.at("ao_percentage").to_number<double>(), 35.0);
  Reply below80 = estimate(ric, 600.03, true);
  EXPECT_EQ(below80.Str("uitkomst"), "wga") << below80.body;
  EXPECT_DOUBLE_EQ(below80.at("ao_percentage").to_number<double>(), 79.99);
  Reply iva = estimate(Env().As("fysio"), 600, true);
  ASSERT_EQ(iva.status, 200) << iva.body;
  EXPECT_EQ(iva.Str("uitkomst"), "iva");
  EXPECT_DOUBLE_EQ(iva.at("ao_percentage").to_number<double>(), 80.0);
  Reply not_durable = estimate(ric, 600, false);
  EXPECT_EQ(not_durable.Str("uitkomst"), "wga") << not_durable.body;
  // From functions: the middle of the three best paid (1950.00) is the remaining capacity.
  Reply functions = estimate(ric, nullptr, false, bj::array{1800, 1950.00, 2100.5, 1000});
  ASSERT_EQ(functions.status, 200) << functions.body;
  EXPECT_EQ(functions.Str("uitkomst"), "wga");
  EXPECT_DOUBLE_EQ(functions.at("restverdiencapaciteit").to_number<double>(), 1950.0);
  const auto& used = functions.at("gebruikte_functielonen").as_array();
  ASSERT_EQ(used.size(), 3u);
  EXPECT_DOUBLE_EQ(used[0].to_number<double>(), 2100.5);
  EXPECT_DOUBLE_EQ(used[2].to_number<double>(), 1800.0);

  // Bad input: named fields, 422 for values, 400 for types.
  Reply cents = ric.Send("POST", kPath,
                         R"({"maatmanloon": 3000.005, "restverdiencapaciteit": -1,
                             "functielonen": null, "duurzaam": true})");
  EXPECT_EQ(cents.status, 422) << cents.body;
  EXPECT_TRUE(cents.HasFieldError("maatmanloon", "too_many_decimals")) << cents.body;
  EXPECT_TRUE(cents.HasFieldError("restverdiencapaciteit", "negative")) << cents.body;
  Reply few = estimate(ric, nullptr, true, bj::array{2000, 2100});
  EXPECT_EQ(few.status, 422);
  EXPECT_TRUE(few.HasFieldError("functielonen", "too_few_functions")) << few.body;
  Reply both = estimate(ric, 1000, true, bj::array{2000, 2100, 2200});
  EXPECT_TRUE(both.HasFieldError("restverdiencapaciteit", "exactly_one_required") ||
              both.HasFieldError("functielonen", "exactly_one_required"))
      << both.body;
  Reply type = ric.Post(kPath, bj::object{{"maatmanloon", "3000"}, {"duurzaam", "ja"},
                                          {"restverdiencapaciteit", 10}});
  EXPECT_EQ(type.status, 400) << type.body;
  EXPECT_TRUE(type.HasFieldError("maatmanloon", "wrong_type")) << type.body;
  EXPECT_TRUE(type.HasFieldError("duurzaam", "wrong_type")) << type.body;

  // Staff only, and a session is needed.
  EXPECT_EQ(estimate(Env().As("admin"), 1950, false).status, 403);
  auto anonymous = Env().NewClient();
  EXPECT_EQ(estimate(*anonymous, 1950, false).status, 401);
}

// Who guides the way back per benefit law: static reference data of src/domain/law.
TEST(Verzuim, WiaGuidancePerBenefitLaw) {
  Reply r = Env().As("ric").Get("/api/v1/wia/begeleiding");
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<std::string, std::string> guide;
  for (const auto& item : r.at("items").as_array()) {
    guide[std::string(item.at("wet").as_string())] = std::string(item.at("begeleider").as_string());
  }
  EXPECT_EQ(guide.size(), 12u);
  EXPECT_EQ(guide["wga"], "uwv");
  EXPECT_EQ(guide["participatiewet"], "gemeente");
  EXPECT_EQ(guide["private_aov"], "private_verzekeraar");
  EXPECT_EQ(r.Str("bij_letselschade"), "aansprakelijkheidsverzekeraar");
  // The catalogue of reintegration means with what the handbook says about each.
  std::map<std::string, bj::object> means;
  for (const auto& m : r.at("middelen").as_array()) {
    means[std::string(m.at("code").as_string())] = m.as_object();
  }
  EXPECT_EQ(means.size(), 7u);
  EXPECT_EQ(means["arbeidstherapeutische_plaatsing"].at("max_weken").as_int64(), 6);
  EXPECT_TRUE(means["arbeidstherapeutische_plaatsing"].at("blijft_ziekgemeld").as_bool());
  EXPECT_EQ(means["outplacement"].at("financier").as_string(), "werkgever");
  EXPECT_TRUE(means["outplacement"].at("alleen_in_wachttijd").as_bool());
  EXPECT_EQ(means["dagbesteding_wlz"].at("financier").as_string(), "wlz");
  EXPECT_TRUE(means["dagbesteding_wlz"].at("ciz_indicatie_nodig").as_bool());
  EXPECT_TRUE(means["jobcoaching"].at("financier").is_null());
  EXPECT_EQ(Env().NewClient()->Get("/api/v1/wia/begeleiding").status, 401);
}

}  // namespace
}  // namespace werkpad::api_test
