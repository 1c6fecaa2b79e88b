// API tests of the AGR endpoints (docs/api.md "AGR"), against the real binary with the demo data.
// They run after the platform tests of api_test.cpp (link order: api_test.cpp, this file,
// coverage_test.cpp) and share their server; every answer is validated against the OpenAPI
// document like all others.
#include <set>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::int64_t IdOf(const std::string& username) {
  return Env().As(username).Get("/api/v1/session").at("user").at("id").as_int64();
}

std::int64_t TeamNamed(const std::string& name) {
  Reply teams = Env().As("admin").Get("/api/v1/teams");
  for (const auto& t : teams.at("items").as_array()) {
    if (t.at("name").as_string() == name) return t.at("id").as_int64();
  }
  ADD_FAILURE() << "no team " << name;
  return 0;
}

// A new revalidant in Team Noord with the RIC "ric" (synthetic data).
std::int64_t NewRevalidant(const std::string& family, const std::string& status = "loondienst",
                           const std::string& born = "1977-02-03") {
  bj::object body{{"given_names", "Agra"},
                  {"family_name", family},
                  {"date_of_birth", born},
                  {"bsn", nullptr},
                  {"employment_status", status},
                  {"function_title", "Monteur"},
                  {"team_id", TeamNamed("Team Noord")},
                  {"ric_user_id", IdOf("ric")}};
  Reply r = Env().As("ric").Post("/api/v1/revalidanten", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.Int("id");
}

std::int64_t StartTrajectory(std::int64_t revalidant) {
  Reply r = Env().As("arts").Post(
      "/api/v1/revalidanten/" + std::to_string(revalidant) + "/trajectories",
      bj::object{{"admission_date", "2026-11-02"},
                 {"setting", "klinisch"},
                 {"team_members", bj::array{bj::object{{"discipline", "fysiotherapie"},
                                                       {"user_id", IdOf("fysio")}}}}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.Int("id");
}

std::string T(std::int64_t id) { return "/api/v1/trajectories/" + std::to_string(id); }

Reply Decide(const std::string& who, std::int64_t trajectory, bj::object body) {
  HttpClient& c = Env().As(who);
  body["version"] = c.Get(T(trajectory)).Int("version");
  return c.Post(T(trajectory) + "/decisions", body);
}

// Creates, saves and finalises a response; returns the final response.
Reply FillForm(const std::string& who, std::int64_t trajectory, const std::string& form,
               const bj::object& answers) {
  HttpClient& c = Env().As(who);
  const std::string path = T(trajectory) + "/forms/" + form + "/response";
  Reply created = c.Post(path, bj::object{});
  EXPECT_EQ(created.status, 201) << created.body;
  Reply saved = c.Put(path, bj::object{{"answers", answers}, {"version", created.Int("version")}});
  EXPECT_EQ(saved.status, 200) << saved.body;
  Reply final = c.Post(path + "/finalise", bj::object{{"version", saved.Int("version")}});
  EXPECT_EQ(final.status, 200) << final.body;
  return final;
}

bj::object Form3Answers() {
  return bj::object{
      {"ric_inzet_vervolgen", true},
      {"betrokkenen",
       bj::array{bj::object{{"partij", "werkgever"},
                            {"contact_toegestaan", true},
                            {"werksituatie_functieprofiel", true},
                            {"mogelijkheden_beperkingen", true},
                            {"voortgang_werktraining", true},
                            {"reintegratievisie", false}},
                 bj::object{{"partij", "bedrijfsarts"},
                            {"contact_toegestaan", true},
                            {"werksituatie_functieprofiel", true},
                            {"mogelijkheden_beperkingen", true},
                            {"voortgang_werktraining", true},
                            {"reintegratievisie", true},
                            {"medische_informatie", true}}}}};
}

std::string StatusOf(const Reply& trajectory, const std::string& step) {
  for (const auto& s : trajectory.at("route").as_array()) {
    if (s.at("step").as_string() == step) return std::string(s.at("status").as_string());
  }
  return "";
}

// Shared between the tests below (they run in order).
std::int64_t g_revalidant = 0;
std::int64_t g_trajectory = 0;

TEST(Agr, RouteHappyPathFromIntakeToWerktraining) {
  g_revalidant = NewRevalidant("Agrroute");
  g_trajectory = StartTrajectory(g_revalidant);
  HttpClient& arts = Env().As("arts");
  HttpClient& ric = Env().As("ric");

  Reply t = arts.Get(T(g_trajectory));
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_EQ(t.Str("step"), "intake_arts");
  EXPECT_EQ(StatusOf(t, "intake_arts"), "current");
  EXPECT_EQ(StatusOf(t, "intake_ric"), "next");
  EXPECT_EQ(t.at("arts").at("id").as_int64(), IdOf("arts"));
  EXPECT_EQ(t.at("ric").at("id").as_int64(), IdOf("ric"));
  EXPECT_FALSE(t.at("allowed_decisions").as_array().empty());
  // The RIC may not take D1: the list for the RIC is empty in this step.
  EXPECT_TRUE(ric.Get(T(g_trajectory)).at("allowed_decisions").as_array().empty());

  // A second active trajectory is refused.
  Reply second = arts.Post("/api/v1/revalidanten/" + std::to_string(g_revalidant) + "/trajectories",
                           bj::object{{"admission_date", "2026-11-03"}, {"setting", "klinisch"}});
  EXPECT_EQ(second.status, 409);
  EXPECT_TRUE(second.HasFieldError("revalidant_id", "active_trajectory_exists")) << second.body;

  // Form 1 gives the expected discharge date.
  FillForm("arts", g_trajectory, "agr-1-intake-arts",
           bj::object{{"arbeidsstatus", "loondienst"},
                      {"ric_inzetten", true},
                      {"verwachte_revalidatieduur", bj::object{{"amount", 12}, {"unit", "weeks"}}}});
  t = arts.Get(T(g_trajectory));
  EXPECT_EQ(t.at("expected_discharge_date").as_string(), "2027-01-25");
  EXPECT_EQ(t.at("expected_duration").at("amount").as_int64(), 12);

  // The RIC may not take D1 (role), the arts may.
  Reply by_ric = Decide("ric", g_trajectory, {{"kind", "d1_ric_inzetten"}, {"outcome", "ja"}});
  EXPECT_EQ(by_ric.status, 403);
  Reply d1 = Decide("arts", g_trajectory, {{"kind", "d1_ric_inzetten"}, {"outcome", "ja"}});
  ASSERT_EQ(d1.status, 200) << d1.body;
  EXPECT_EQ(d1.Str("step"), "intake_ric");
  EXPECT_EQ(StatusOf(d1, "intake_arts"), "done");
  ASSERT_EQ(d1.at("decisions").as_array().size(), 1u);
  EXPECT_EQ(d1.at("decisions").as_array()[0].at("decided_by").at("id").as_int64(), IdOf("arts"));

  // Tasks of the step plan: intake_ric for the RIC, with a due date.
  Reply tasks = ric.Get(T(g_trajectory) + "/tasks");
  ASSERT_EQ(tasks.status, 200) << tasks.body;
  std::set<std::string> keys;
  std::int64_t intake_task = 0, intake_version = 0;
  for (const auto& task : tasks.at("items").as_array()) {
    keys.insert(std::string(task.at("key").as_string()));
    if (task.at("key").as_string() == "intake_ric") {
      intake_task = task.at("id").as_int64();
      intake_version = task.at("version").as_int64();
      EXPECT_EQ(task.at("assignee").at("id").as_int64(), IdOf("ric"));
    }
  }
  EXPECT_TRUE(keys.count("intake_arts")) << tasks.body;
  EXPECT_TRUE(keys.count("toestemming_form3")) << tasks.body;
  ASSERT_GT(intake_task, 0);
  Reply mine = ric.Get("/api/v1/tasks?mine=1");
  ASSERT_EQ(mine.status, 200) << mine.body;
  bool listed = false;
  for (const auto& task : mine.at("items").as_array()) {
    listed |= task.at("id").as_int64() == intake_task;
    EXPECT_NE(task.at("state").as_string(), "done");
  }
  EXPECT_TRUE(listed) << "intake_ric is in the RIC's tasks";
  Reply done = ric.Post("/api/v1/tasks/" + std::to_string(intake_task) + "/complete",
                        bj::object{{"version", intake_version}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Str("state"), "done");
  EXPECT_EQ(ric.Post("/api/v1/tasks/" + std::to_string(intake_task) + "/complete",
                     bj::object{{"version", done.Int("version")}}).ErrorCode(),
            "rule_violation");
  Reply all = ric.Get("/api/v1/tasks?mine=1&state=all");
  ASSERT_EQ(all.status, 200);
  bool done_listed = false;
  for (const auto& task : all.at("items").as_array()) {
    done_listed |= task.at("id").as_int64() == intake_task && task.at("state").as_string() == "done";
  }
  EXPECT_TRUE(done_listed) << "state=all includes done tasks";

  // Forms 2 and 3; D2 needs the signed form 3.
  FillForm("ric", g_trajectory, "agr-2-intake-ric",
           bj::object{{"dienstverband", "loondienst"},
                      {"functie", "Monteur"},
                      {"vraag_revalidant", "Terug naar eigen werk."},
                      {"werkgever_naam", "Voorbeeld BV"},
                      {"werkgever_contactpersoon", "J. Voorbeeld"},
                      {"bedrijfsarts_betrokken", false}});
  Reply form3 = FillForm("ric", g_trajectory, "agr-3-toestemming", Form3Answers());
  bj::object d2{{"kind", "d2_toestemming"},
                {"outcome", "ja"},
                {"contacts", bj::object{{"werkgever", true}, {"bedrijfsarts", true}}}};
  Reply unsigned_d2 = Decide("ric", g_trajectory, d2);
  EXPECT_EQ(unsigned_d2.status, 409);
  EXPECT_EQ(unsigned_d2.ErrorCode(), "rule_violation");
  EXPECT_TRUE(unsigned_d2.HasFieldError("consent_form", "not_signed")) << unsigned_d2.body;
  // Paper signature recorded by the RIC with the date on the paper.
  Reply no_date = ric.Post(T(g_trajectory) + "/forms/agr-3-toestemming/response/sign",
                           bj::object{{"method", "paper"}, {"version", form3.Int("version")}});
  EXPECT_EQ(no_date.status, 422);
  EXPECT_TRUE(no_date.HasFieldError("signed_on", "required")) << no_date.body;
  Reply signed_form = ric.Post(T(g_trajectory) + "/forms/agr-3-toestemming/response/sign",
                               bj::object{{"method", "paper"},
                                          {"signed_on", "2026-11-05"},
                                          {"version", form3.Int("version")}});
  ASSERT_EQ(signed_form.status, 200) << signed_form.body;
  EXPECT_EQ(signed_form.Str("status"), "signed");
  EXPECT_EQ(signed_form.at("signature").at("method").as_string(), "paper");
  Reply d2_ok = Decide("ric", g_trajectory, d2);
  ASSERT_EQ(d2_ok.status, 200) << d2_ok.body;
  EXPECT_EQ(d2_ok.Str("step"), "werkbezoek");
  EXPECT_TRUE(d2_ok.at("consent_form_signed").as_bool());

  Reply wb = Decide("ric", g_trajectory, {{"kind", "werkbezoek_afgerond"}, {"outcome", "gereed"}});
  ASSERT_EQ(wb.status, 200) << wb.body;
  EXPECT_EQ(wb.Str("step"), "terugkoppeling");

  // D3 "nog niet" parks the trajectory; the question comes back at the next team meeting.
  Reply no_reason = Decide("arts", g_trajectory, {{"kind", "d3_werktraining"}, {"outcome", "nog_niet"}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_TRUE(no_reason.HasFieldError("reason", "required")) << no_reason.body;
  // The five criteria go with D3; a bad answer code is 422 with the path.
  Reply bad_answer = Decide("arts", g_trajectory,
                            {{"kind", "d3_werktraining"},
                             {"outcome", "nog_niet"},
                             {"reason", "belastbaarheid_onvoldoende"},
                             {"checklist", bj::object{{"belastbaarheid", "misschien"},
                                                      {"orientatie", "voldoet"},
                                                      {"taalbegrip", "voldoet"},
                                                      {"leerbaarheid", "voldoet"}}}});
  EXPECT_EQ(bad_answer.status, 422) << bad_answer.body;
  EXPECT_TRUE(bad_answer.HasFieldError("checklist.belastbaarheid", "invalid_value"))
      << bad_answer.body;
  // All four met: werkpad suggests ja; the team decides nog niet. Both are kept.
  Reply parked = Decide("arts", g_trajectory,
                        {{"kind", "d3_werktraining"},
                         {"outcome", "nog_niet"},
                         {"reason", "belastbaarheid_onvoldoende"},
                         {"checklist", bj::object{{"belastbaarheid", "voldoet"},
                                                  {"orientatie", "voldoet"},
                                                  {"taalbegrip", "voldoet"},
                                                  {"leerbaarheid", "voldoet"},
                                                  {"herstel_binnen_drie_maanden", nullptr}}},
                         {"note", "Over twee weken opnieuw."}});
  ASSERT_EQ(parked.status, 200) << parked.body;
  EXPECT_EQ(parked.Str("step"), "terugkoppeling");
  {
    const auto& last = parked.at("decisions").as_array().back();
    ASSERT_TRUE(last.at("checklist").is_object()) << parked.body;
    EXPECT_EQ(last.at("checklist").at("belastbaarheid").as_string(), "voldoet");
    EXPECT_EQ(last.at("checklist").at("suggested_outcome").as_string(), "ja");
    EXPECT_TRUE(last.at("checklist").at("differs_from_suggestion").as_bool());
    EXPECT_EQ(last.at("outcome").as_string(), "nog_niet");
    EXPECT_TRUE(last.at("folder_handed_out").is_null());
  }
  Reply meeting = arts.Get("/api/v1/team-meeting?meeting_start=2099-01-05T09:00:00Z");
  ASSERT_EQ(meeting.status, 200) << meeting.body;
  bool found = false;
  for (const auto& item : meeting.at("items").as_array()) {
    if (item.at("trajectory_id").as_int64() != g_trajectory) continue;
    found = true;
    EXPECT_EQ(item.at("question").as_string(), "d3_werktraining");
    EXPECT_TRUE(item.at("parked").as_bool());
  }
  EXPECT_TRUE(found) << "the parked D3 question comes back";
  EXPECT_EQ(arts.Get("/api/v1/team-meeting").status, 200);

  Reply d3 = Decide("arts", g_trajectory, {{"kind", "d3_werktraining"}, {"outcome", "ja"}});
  ASSERT_EQ(d3.status, 200) << d3.body;
  EXPECT_EQ(d3.Str("step"), "werktraining");
  EXPECT_EQ(StatusOf(d3, "terugkoppeling"), "done");
  EXPECT_EQ(StatusOf(d3, "werktraining"), "current");
  EXPECT_EQ(d3.at("decisions").as_array().size(), 5u);  // D1, D2, werkbezoek, D3 nog niet, D3 ja

  // Team and setting.
  Reply team = ric.Put(T(g_trajectory) + "/team",
                       bj::object{{"ric_user_id", IdOf("ric")},
                                  {"arts_user_id", IdOf("arts")},
                                  {"team_members", bj::array{bj::object{{"discipline", "ergotherapie"},
                                                                        {"user_id", IdOf("ergo")}}}},
                                  {"version", d3.Int("version")}});
  ASSERT_EQ(team.status, 200) << team.body;
  EXPECT_EQ(team.at("team_members").as_array()[0].at("discipline").as_string(), "ergotherapie");
  Reply same = ric.Post(T(g_trajectory) + "/setting",
                        bj::object{{"setting", "klinisch"}, {"handover_note", "x"},
                                   {"version", team.Int("version")}});
  EXPECT_TRUE(same.HasFieldError("setting", "unchanged")) << same.body;
  Reply setting = ric.Post(T(g_trajectory) + "/setting",
                           bj::object{{"setting", "poliklinisch"},
                                      {"handover_note", "Overdracht aan het poliklinische team."},
                                      {"version", team.Int("version")}});
  ASSERT_EQ(setting.status, 200) << setting.body;
  EXPECT_EQ(setting.Str("setting"), "poliklinisch");
  EXPECT_EQ(setting.at("settings").as_array().size(), 2u);

  Reply list = ric.Get("/api/v1/revalidanten/" + std::to_string(g_revalidant) + "/trajectories");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.at("items").as_array().size(), 1u);
  Reply forms = ric.Get(T(g_trajectory) + "/forms");
  ASSERT_EQ(forms.status, 200) << forms.body;
  std::map<std::string, std::string> status;
  for (const auto& f : forms.at("items").as_array()) {
    status[std::string(f.at("form_id").as_string())] = std::string(f.at("status").as_string());
  }
  EXPECT_EQ(status["agr-1-intake-arts"], "final");
  EXPECT_EQ(status["agr-3-toestemming"], "signed");
  EXPECT_EQ(status["agr-5-terugkoppeling-werkbezoek"], "none");
}

TEST(Agr, InvalidTransitionIs409NamingTheStepAndTheAllowedDecisions) {
  ASSERT_GT(g_trajectory, 0);
  Reply wrong = Decide("arts", g_trajectory, {{"kind", "d1_ric_inzetten"}, {"outcome", "ja"}});
  EXPECT_EQ(wrong.status, 409);
  EXPECT_EQ(wrong.ErrorCode(), "rule_violation");
  const std::string message(wrong.at("error").at("message").as_string());
  EXPECT_NE(message.find("current step is 'werktraining'"), std::string::npos) << message;
  EXPECT_NE(message.find("d4_voortzetten=voortzetten"), std::string::npos) << message;
  // A stale version is a conflict, not a rule violation.
  bj::object stale{{"kind", "d4_voortzetten"}, {"outcome", "voortzetten"}, {"version", 1}};
  Reply conflict = Env().As("arts").Post(T(g_trajectory) + "/decisions", stale);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(conflict.ErrorCode(), "conflict");
  Reply bad = Decide("arts", g_trajectory, {{"kind", "d9"}, {"outcome", "ja"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(bad.HasFieldError("kind", "invalid_value")) << bad.body;
}

TEST(Agr, StaleFormSaveIs409WithTheOtherPersonsValuesAndNothingIsLost) {
  ASSERT_GT(g_trajectory, 0);
  // Two people (the RIC and the fysiotherapeut of the team) work in form 5 one after another.
  HttpClient& ric = Env().As("ric");
  HttpClient& fysio = Env().As("fysio");
  const std::string path = T(g_trajectory) + "/forms/agr-5-terugkoppeling-werkbezoek/response";
  EXPECT_EQ(ric.Get(path).status, 404);
  Reply created = ric.Post(path, bj::object{});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::int64_t v1 = created.Int("version");
  // Both load version v1.
  EXPECT_EQ(fysio.Get(path).Int("version"), v1);

  Reply a = ric.Put(path, bj::object{{"answers", bj::object{{"werkomgeving", "Werkplaats"}}},
                                     {"version", v1}});
  ASSERT_EQ(a.status, 200) << a.body;
  Reply b = fysio.Put(path, bj::object{{"answers", bj::object{{"absolute_voorwaarden", "Niet tillen"}}},
                                       {"version", v1}});
  ASSERT_EQ(b.status, 409) << b.body;
  EXPECT_EQ(b.ErrorCode(), "conflict");
  const auto& current = b.at("error").at("details").at("current");
  EXPECT_EQ(current.at("version").as_int64(), a.Int("version"));
  EXPECT_EQ(current.at("answers").at("werkomgeving").as_string(), "Werkplaats");
  // Nothing was written by the stale save.
  Reply stored = ric.Get(path);
  EXPECT_FALSE(stored.at("answers").as_object().contains("absolute_voorwaarden"));

  // The second person merges and saves on the current version: both values are kept.
  Reply merged = fysio.Put(path, bj::object{{"answers", bj::object{{"werkomgeving", "Werkplaats"},
                                                                   {"absolute_voorwaarden", "Niet tillen"}}},
                                            {"version", current.at("version").as_int64()}});
  ASSERT_EQ(merged.status, 200) << merged.body;
  EXPECT_EQ(merged.at("answers").at("werkomgeving").as_string(), "Werkplaats");
  EXPECT_EQ(merged.at("updated_by").at("id").as_int64(), IdOf("fysio"));

  // Field history: who changed what, old and new.
  Reply history = ric.Get(path + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  std::map<std::string, std::int64_t> changed_by;
  for (const auto& c : history.at("changes").as_array()) {
    changed_by[std::string(c.at("path").as_string())] = c.at("by").at("id").as_int64();
    EXPECT_TRUE(c.at("old").is_null());
  }
  EXPECT_EQ(changed_by["items.werkomgeving"], IdOf("ric"));
  EXPECT_EQ(changed_by["items.absolute_voorwaarden"], IdOf("fysio"));
  EXPECT_EQ(history.at("events").as_array().size(), 3u);  // created, saved, saved

  // Finalising names every missing required item.
  Reply incomplete = ric.Post(path + "/finalise", bj::object{{"version", merged.Int("version")}});
  EXPECT_EQ(incomplete.status, 422) << incomplete.body;
  EXPECT_TRUE(incomplete.HasFieldError("items.datum_werkbezoek", "required")) << incomplete.body;
  EXPECT_TRUE(incomplete.HasFieldError("items.bezoek_bij", "required")) << incomplete.body;
  EXPECT_TRUE(incomplete.HasFieldError("items.aanwezigen", "required")) << incomplete.body;
  EXPECT_TRUE(incomplete.HasFieldError("items.functieprofiel_ingevuld", "required"));
  // A wrong JSON type for an item is 400, an unknown item too.
  Reply typed = ric.Put(path, bj::object{{"answers", bj::object{{"functieprofiel_ingevuld", "ja"}}},
                                         {"version", merged.Int("version")}});
  EXPECT_EQ(typed.status, 400);
  EXPECT_TRUE(typed.HasFieldError("items.functieprofiel_ingevuld", "wrong_type")) << typed.body;
}

std::string Check(std::int64_t revalidant, const std::string& kind, const std::string& party) {
  Reply r = Env().As("ric").Get("/api/v1/revalidanten/" + std::to_string(revalidant) +
                                "/consent/check?kind=" + kind + "&party=" + party);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? r.Str("reason") : "";
}

TEST(Agr, ConsentIsEnforcedWithdrawalBlocksAndMedicalNeverGoesToTheEmployer) {
  ASSERT_GT(g_revalidant, 0);
  HttpClient& ric = Env().As("ric");
  const std::string base = "/api/v1/revalidanten/" + std::to_string(g_revalidant) + "/consent";
  Reply consent = ric.Get(base);
  ASSERT_EQ(consent.status, 200) << consent.body;
  ASSERT_FALSE(consent.at("signature").is_null()) << consent.body;
  EXPECT_EQ(Check(g_revalidant, "voortgang_werktraining", "werkgever"), "allowed");
  EXPECT_EQ(Check(g_revalidant, "medische_informatie", "bedrijfsarts"), "allowed");
  EXPECT_EQ(Check(g_revalidant, "reintegratievisie", "werkgever"), "no_consent");
  // Medical information never goes to the employer, whatever is asked.
  EXPECT_EQ(Check(g_revalidant, "medische_informatie", "werkgever"), "never_allowed");
  Reply medical = ric.Put(base + "/cells", bj::object{{"party", "werkgever"},
                                                      {"kind", "medische_informatie"},
                                                      {"granted", true},
                                                      {"version", consent.Int("version")}});
  EXPECT_EQ(medical.status, 409) << medical.body;
  EXPECT_EQ(medical.ErrorCode(), "rule_violation");

  // A withdrawal blocks the very next request.
  Reply withdrawn = ric.Post(base + "/withdrawals", bj::object{{"party", "werkgever"},
                                                               {"kind", "voortgang_werktraining"},
                                                               {"version", consent.Int("version")}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(Check(g_revalidant, "voortgang_werktraining", "werkgever"), "withdrawn");
  // A stale consent write is a conflict.
  Reply stale = ric.Post(base + "/withdrawals", bj::object{{"party", "werkgever"},
                                                           {"kind", "mogelijkheden_beperkingen"},
                                                           {"version", consent.Int("version")}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.ErrorCode(), "conflict");

  // A new "yes" needs a new signature before it allows anything.
  Reply yes = ric.Put(base + "/cells", bj::object{{"party", "werkgever"},
                                                  {"kind", "reintegratievisie"},
                                                  {"granted", true},
                                                  {"version", withdrawn.Int("version")}});
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_EQ(Check(g_revalidant, "reintegratievisie", "werkgever"), "not_signed");
  Reply paper = ric.Post(base + "/signature", bj::object{{"method", "paper"},
                                                         {"signed_on", "2026-11-20"},
                                                         {"version", yes.Int("version")}});
  ASSERT_EQ(paper.status, 200) << paper.body;
  EXPECT_EQ(Check(g_revalidant, "reintegratievisie", "werkgever"), "allowed");

  // Parties per revalidant.
  Reply added = ric.Post(base + "/parties", bj::object{{"party", "jobcoach"}, {"version", paper.Int("version")}});
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(Check(g_revalidant, "werksituatie_functieprofiel", "jobcoach"), "no_consent");
  Reply bad_party = ric.Post(base + "/parties", bj::object{{"party", "Job Coach"}, {"version", added.Int("version")}});
  EXPECT_EQ(bad_party.status, 422);
  EXPECT_TRUE(bad_party.HasFieldError("party", "invalid_code")) << bad_party.body;
  // ?version= is required (422 when missing, as on every other DELETE) and a number (400).
  Reply no_version = ric.Delete(base + "/parties/jobcoach");
  EXPECT_EQ(no_version.status, 422) << no_version.body;
  EXPECT_TRUE(no_version.HasFieldError("version", "required")) << no_version.body;
  Reply bad_version = ric.Delete(base + "/parties/jobcoach?version=abc");
  EXPECT_EQ(bad_version.status, 400) << bad_version.body;
  EXPECT_TRUE(bad_version.HasFieldError("version", "wrong_type")) << bad_version.body;
  Reply removed = ric.Delete(base + "/parties/jobcoach?version=" + std::to_string(added.Int("version")));
  ASSERT_EQ(removed.status, 200) << removed.body;
  Reply history = ric.Get(base + "/history");
  ASSERT_EQ(history.status, 200);
  EXPECT_GE(history.at("items").as_array().size(), 10u);

  // Every policy decision is in the audit log (action share), refusals as denied.
  Reply audit = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(g_revalidant) +
                                      "&page_size=100");
  int shares = 0, denied = 0;
  for (const auto& e : audit.at("items").as_array()) {
    if (e.at("action").as_string() != "share") continue;
    ++shares;
    denied += e.at("outcome").as_string() == "denied";
  }
  EXPECT_GE(shares, 8);
  EXPECT_GE(denied, 4);
}

TEST(Agr, RevalidantPortalSignsForm3AndManagesOwnConsentOnly) {
  // The demo revalidant account belongs to the first demo revalidant, whose form 3 is signed.
  HttpClient& ric = Env().As("ric");
  Reply search = ric.Get("/api/v1/revalidanten?q=de%20vries");
  ASSERT_EQ(search.status, 200);
  ASSERT_GE(search.Int("total"), 1);
  const std::int64_t henk = search.at("items").as_array()[0].at("id").as_int64();
  Reply trajectories = ric.Get("/api/v1/revalidanten/" + std::to_string(henk) + "/trajectories");
  ASSERT_EQ(trajectories.status, 200);
  const std::int64_t traj = trajectories.at("items").as_array()[0].at("id").as_int64();
  const std::string form3 = T(traj) + "/forms/agr-3-toestemming/response";

  Reply current = ric.Get(form3);
  ASSERT_EQ(current.status, 200) << current.body;
  EXPECT_EQ(current.Str("status"), "signed");
  // Reopen (with a reason), finalise again, and let the revalidant sign in the portal.
  Reply reopened = ric.Post(form3 + "/reopen", bj::object{{"reason", "Nieuwe betrokkene"},
                                                          {"version", current.Int("version")}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.Str("status"), "draft");
  EXPECT_TRUE(reopened.at("signature").is_null());
  Reply final = ric.Post(form3 + "/finalise", bj::object{{"version", reopened.Int("version")}});
  ASSERT_EQ(final.status, 200) << final.body;

  auto portal = Env().Fresh("revalidant", kDemoPassword);
  Reply own = portal->Get(T(traj));
  ASSERT_EQ(own.status, 200) << own.body;
  for (const auto& d : own.at("decisions").as_array()) EXPECT_EQ(d.at("note").as_string(), "");
  EXPECT_TRUE(own.at("allowed_decisions").as_array().empty());
  // Only the form the revalidant signs is visible in the portal.
  EXPECT_EQ(portal->Get(T(traj) + "/forms/agr-1-intake-arts/response").status, 403);
  // The RIC cannot sign "in the portal" for the revalidant.
  EXPECT_EQ(ric.Post(form3 + "/sign", bj::object{{"method", "portal"}, {"version", final.Int("version")}}).status,
            403);
  Reply signed_form = portal->Post(form3 + "/sign", bj::object{{"method", "portal"}, {"version", final.Int("version")}});
  ASSERT_EQ(signed_form.status, 200) << signed_form.body;
  EXPECT_EQ(signed_form.at("signature").at("method").as_string(), "portal");

  const std::string consent = "/api/v1/revalidanten/" + std::to_string(henk) + "/consent";
  Reply matrix = portal->Get(consent);
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  // The revalidant withdraws a "yes" and signs the matrix again in the portal.
  std::string party, kind;
  for (const auto& c : matrix.at("cells").as_array()) {
    if (c.at("status").as_string() == "granted" && party.empty()) {
      party = std::string(c.at("party").as_string());
      kind = std::string(c.at("kind").as_string());
    }
  }
  ASSERT_FALSE(party.empty()) << matrix.body;
  Reply withdrawn = portal->Post(consent + "/withdrawals", bj::object{{"party", party}, {"kind", kind},
                                                                      {"version", matrix.Int("version")}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(Check(henk, kind, party), "withdrawn");
  Reply resigned = portal->Post(consent + "/signature", bj::object{{"method", "portal"},
                                                                   {"version", withdrawn.Int("version")}});
  ASSERT_EQ(resigned.status, 200) << resigned.body;
  // Recording cells is staff work; other revalidanten are out of reach.
  EXPECT_EQ(portal->Put(consent + "/cells", bj::object{{"party", "uwv"}, {"kind", "reintegratievisie"},
                                                       {"granted", true}, {"version", resigned.Int("version")}})
                .status,
            403);
  ASSERT_GT(g_revalidant, 0);
  EXPECT_EQ(portal->Get("/api/v1/revalidanten/" + std::to_string(g_revalidant) + "/consent").status, 403);
  EXPECT_EQ(portal->Get(T(g_trajectory)).status, 403);
}

TEST(Agr, NeedToKnowAndRolesAreEnforced) {
  ASSERT_GT(g_trajectory, 0);
  // ric.zuid works in Team Zuid only; the trajectory is in Team Noord.
  HttpClient& zuid = Env().As("ric.zuid");
  EXPECT_EQ(zuid.Get(T(g_trajectory)).status, 403);
  EXPECT_EQ(zuid.Get(T(g_trajectory) + "/tasks").status, 403);
  EXPECT_EQ(zuid.Get("/api/v1/revalidanten/" + std::to_string(g_revalidant) + "/consent").status, 403);
  EXPECT_EQ(zuid.Get("/api/v1/revalidanten/" + std::to_string(g_revalidant) +
                     "/consent/check?kind=reintegratievisie&party=werkgever").status,
            403);
  Reply zuid_tasks = zuid.Get("/api/v1/tasks?mine=1&state=all");
  ASSERT_EQ(zuid_tasks.status, 200);
  for (const auto& t : zuid_tasks.at("items").as_array()) {
    EXPECT_NE(t.at("trajectory_id").as_int64(), g_trajectory);
  }
  // A therapist of the team reads but does not decide.
  HttpClient& fysio = Env().As("fysio");
  EXPECT_EQ(fysio.Get(T(g_trajectory)).status, 200);
  EXPECT_EQ(Decide("fysio", g_trajectory, {{"kind", "d4_voortzetten"}, {"outcome", "voortzetten"}}).status,
            403);
  // External roles and the admin see no AGR data.
  auto werkgever = Env().Fresh("werkgever", kDemoPassword);
  EXPECT_EQ(werkgever->Get(T(g_trajectory)).status, 403);
  EXPECT_EQ(werkgever->Get("/api/v1/tasks?mine=1").status, 403);
  EXPECT_EQ(werkgever->Get("/api/v1/team-meeting").status, 403);
  EXPECT_EQ(Env().As("admin").Get(T(g_trajectory)).status, 403);
  EXPECT_EQ(Env().As("ric").Get(T(99999999)).status, 404);
  // The denials are audited.
  Reply audit = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(g_revalidant) +
                                      "&page_size=100");
  bool zuid_denied = false;
  for (const auto& e : audit.at("items").as_array()) {
    zuid_denied |= e.at("outcome").as_string() == "denied" && e.at("user").is_object() &&
                   e.at("user").at("username").as_string() == "ric.zuid";
  }
  EXPECT_TRUE(zuid_denied);
}

TEST(Agr, FormDefinitionsImportExportAndPublishedVersionsNeverChange) {
  HttpClient& ric = Env().As("ric");
  HttpClient& admin = Env().As("admin");
  Reply list = ric.Get("/api/v1/form-definitions");
  ASSERT_EQ(list.status, 200) << list.body;
  std::set<std::string> ids;
  for (const auto& d : list.at("items").as_array()) ids.insert(std::string(d.at("id").as_string()));
  for (const char* id : {"agr-1-intake-arts", "agr-2-intake-ric", "agr-3-toestemming",
                         "agr-5-terugkoppeling-werkbezoek"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
  Reply form1 = ric.Get("/api/v1/form-definitions/agr-1-intake-arts");
  ASSERT_EQ(form1.status, 200) << form1.body;
  EXPECT_EQ(form1.Int("version"), 1);
  EXPECT_EQ(ric.Get("/api/v1/form-definitions/agr-1-intake-arts/versions/1").status, 200);
  EXPECT_EQ(ric.Get("/api/v1/form-definitions/agr-9-onbekend").status, 404);

  // Only the admin imports and exports.
  bj::object v2 = form1.json.as_object();
  v2["version"] = 2;
  v2["title"] = "Intake revalidatiearts (versie 2, test)";
  EXPECT_EQ(ric.Post("/api/v1/form-definitions/import", v2).status, 403);
  EXPECT_EQ(ric.Get("/api/v1/form-definitions/export").status, 403);
  Reply imported = admin.Post("/api/v1/form-definitions/import", v2);
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.Str("source"), "imported");
  EXPECT_TRUE(imported.at("latest").as_bool());
  Reply again = admin.Post("/api/v1/form-definitions/import", v2);
  EXPECT_EQ(again.status, 200) << again.body;
  // The published version 1 (built-in) cannot be replaced by other content.
  bj::object changed = form1.json.as_object();
  changed["title"] = "Andere titel";
  Reply refused = admin.Post("/api/v1/form-definitions/import", changed);
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_TRUE(refused.HasFieldError("version", "published")) << refused.body;
  bj::object broken = v2;
  broken["version"] = 3;
  broken["items"] = bj::array{bj::object{{"key", "Fout"}, {"type", "text"}, {"label", "x"}}};
  Reply invalid = admin.Post("/api/v1/form-definitions/import", broken);
  EXPECT_EQ(invalid.status, 422) << invalid.body;

  EXPECT_EQ(ric.Get("/api/v1/form-definitions/agr-1-intake-arts").Int("version"), 2);
  EXPECT_EQ(ric.Get("/api/v1/form-definitions/agr-1-intake-arts/versions/1").Str("title"),
            form1.Str("title"));
  Reply exported = admin.Get("/api/v1/form-definitions/export");
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(exported.at("definitions").as_array().size(), 5u);
  // A stored response keeps the version it was made with.
  ASSERT_GT(g_trajectory, 0);
  Reply response = ric.Get(T(g_trajectory) + "/forms/agr-1-intake-arts/response");
  EXPECT_EQ(response.Int("form_version"), 1);
}

std::string BoundaryOf(const Reply& t) { return std::string(t.at("age").at("status").as_string()); }

TEST(Agr, AgeAgainst18AndTheAowAgeOnTheIntakeDate) {
  // Admission 2026-11-02 (StartTrajectory).
  Reply young =
      Env().As("arts").Get(T(StartTrajectory(NewRevalidant("Agrjong", "student", "2009-03-10"))));
  ASSERT_EQ(young.status, 200) << young.body;
  EXPECT_EQ(BoundaryOf(young), "onder_18");
  EXPECT_TRUE(young.at("age").at("under_18").as_bool());
  EXPECT_EQ(young.at("age").at("age_years").as_int64(), 17);
  EXPECT_EQ(young.at("age").at("on").as_string(), "2026-11-02");
  EXPECT_EQ(young.at("age").at("eighteenth_birthday").as_string(), "2027-03-10");

  // Born 1959: AOW age 67, reached on 2026-05-10, before the intake.
  Reply old =
      Env().As("arts").Get(T(StartTrajectory(NewRevalidant("Agroud", "loondienst", "1959-05-10"))));
  ASSERT_EQ(old.status, 200) << old.body;
  EXPECT_EQ(BoundaryOf(old), "aow_leeftijd_bereikt");
  EXPECT_TRUE(old.at("age").at("aow_age_reached").as_bool());
  EXPECT_EQ(old.at("age").at("aow_age").at("years").as_int64(), 67);
  EXPECT_EQ(old.at("age").at("aow_age").at("months").as_int64(), 0);
  EXPECT_EQ(old.at("age").at("aow_date").as_string(), "2026-05-10");

  // Born 1963: 67 years and 3 months (fixed), reached 2031-03-01 for a birthday on 1 December.
  Reply within = Env().As("arts").Get(
      T(StartTrajectory(NewRevalidant("Agrmidden", "loondienst", "1963-12-01"))));
  ASSERT_EQ(within.status, 200) << within.body;
  EXPECT_EQ(BoundaryOf(within), "binnen_leeftijdsgrens");
  EXPECT_EQ(within.at("age").at("aow_age").at("months").as_int64(), 3);
  EXPECT_TRUE(within.at("age").at("aow_age").at("fixed").as_bool());
  EXPECT_EQ(within.at("age").at("aow_date").as_string(), "2031-03-01");
  EXPECT_FALSE(std::string(within.at("age").at("source").as_string()).empty());
}

TEST(Agr, D1NoRecordsTheFolderAndKeepsATaskOpenUntilItIsHandedOut) {
  HttpClient& arts = Env().As("arts");
  // D1 ja takes no folder; D3 fields do not belong to D1.
  std::int64_t given = StartTrajectory(NewRevalidant("Agrfolder"));
  Reply wrong = Decide("arts", given,
                       {{"kind", "d1_ric_inzetten"},
                        {"outcome", "ja"},
                        {"folder_handed_out", true},
                        {"checklist", bj::object{{"belastbaarheid", "voldoet"},
                                                 {"orientatie", "voldoet"},
                                                 {"taalbegrip", "voldoet"},
                                                 {"leerbaarheid", "voldoet"}}}});
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_TRUE(wrong.HasFieldError("folder_handed_out", "not_applicable")) << wrong.body;
  EXPECT_TRUE(wrong.HasFieldError("checklist", "not_applicable")) << wrong.body;
  EXPECT_EQ(arts.Get(T(given)).Str("folder"), "niet_van_toepassing");

  Reply stopped = Decide("arts", given,
                         {{"kind", "d1_ric_inzetten"},
                          {"outcome", "nee"},
                          {"reason", "wil_niet_aan_werk_denken"},
                          {"folder_handed_out", true}});
  ASSERT_EQ(stopped.status, 200) << stopped.body;
  EXPECT_EQ(stopped.Str("step"), "gestopt");
  EXPECT_EQ(stopped.Str("folder"), "uitgereikt");
  EXPECT_TRUE(stopped.at("decisions").as_array().back().at("folder_handed_out").as_bool());
  Reply given_tasks = arts.Get(T(given) + "/tasks");
  ASSERT_EQ(given_tasks.status, 200) << given_tasks.body;
  for (const auto& task : given_tasks.at("items").as_array()) {
    EXPECT_NE(task.at("key").as_string(), "folder_agr_meegeven");
  }

  // Not handed out yet: the open point is the task; completing it marks the folder.
  std::int64_t open = StartTrajectory(NewRevalidant("Agrfolderopen"));
  Reply later = Decide("arts", open,
                       {{"kind", "d1_ric_inzetten"},
                        {"outcome", "nee"},
                        {"reason", "comateus"},
                        {"folder_handed_out", false}});
  ASSERT_EQ(later.status, 200) << later.body;
  EXPECT_EQ(later.Str("folder"), "open");
  EXPECT_FALSE(later.at("decisions").as_array().back().at("folder_handed_out").as_bool());
  std::int64_t task_id = 0, task_version = 0;
  Reply open_tasks = arts.Get(T(open) + "/tasks");
  ASSERT_EQ(open_tasks.status, 200) << open_tasks.body;
  for (const auto& task : open_tasks.at("items").as_array()) {
    if (task.at("key").as_string() == "folder_agr_meegeven") {
      task_id = task.at("id").as_int64();
      task_version = task.at("version").as_int64();
    }
  }
  ASSERT_GT(task_id, 0) << "the folder task is open";
  Reply done = arts.Post("/api/v1/tasks/" + std::to_string(task_id) + "/complete",
                         bj::object{{"version", task_version}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(arts.Get(T(open)).Str("folder"), "uitgereikt");
}

TEST(Agr, TeamChangeIsVersionedAuditedAndFollowsTheRicModel) {
  HttpClient& ric = Env().As("ric");
  std::int64_t id = StartTrajectory(NewRevalidant("Agrteam"));
  Reply t = ric.Get(T(id));
  const std::int64_t v = t.Int("version");
  // Model 1 ("vast", the demo institution): a therapist cannot be the RIC.
  Reply therapist = ric.Put(
      T(id) + "/team",
      bj::object{{"ric_user_id", IdOf("fysio")}, {"arts_user_id", IdOf("arts")}, {"version", v}});
  EXPECT_EQ(therapist.status, 422) << therapist.body;
  EXPECT_TRUE(therapist.HasFieldError("ric_user_id", "not_ric")) << therapist.body;
  EXPECT_EQ(t.Str("ric_model"), "vast");
  Reply changed = ric.Put(
      T(id) + "/team",
      bj::object{{"ric_user_id", IdOf("ric")},
                 {"arts_user_id", IdOf("arts")},
                 {"team_members",
                  bj::array{bj::object{{"discipline", "fysiotherapie"}, {"user_id", IdOf("fysio")}},
                            bj::object{{"discipline", "ergotherapie"}, {"user_id", IdOf("ergo")}}}},
                 {"version", v}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Int("version"), v + 1);
  EXPECT_EQ(changed.at("team_members").as_array().size(), 2u);
  // The same version again: stale, nothing changed.
  Reply stale = ric.Put(T(id) + "/team", bj::object{{"ric_user_id", IdOf("ric")}, {"version", v}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.ErrorCode(), "conflict");
  EXPECT_EQ(ric.Get(T(id)).at("team_members").as_array().size(), 2u);
  // Audited: an update of this trajectory by the RIC.
  Reply audit = Env().As("admin").Get(
      "/api/v1/audit?revalidant_id=" + std::to_string(changed.Int("revalidant_id")) +
      "&page_size=100");
  ASSERT_EQ(audit.status, 200) << audit.body;
  bool logged = false;
  for (const auto& e : audit.at("items").as_array()) {
    logged = logged || (e.at("action").as_string() == "update" &&
                        e.at("object_type").as_string() == "agr_trajectory" &&
                        e.at("object_id").as_string() == std::to_string(id) &&
                        e.at("outcome").as_string() == "success");
  }
  EXPECT_TRUE(logged) << audit.body;
  // A closed trajectory keeps its team.
  Reply stop =
      Decide("arts", id, {{"kind", "d1_ric_inzetten"}, {"outcome", "nee"}, {"reason", "student"}});
  ASSERT_EQ(stop.status, 200) << stop.body;
  Reply closed = ric.Put(
      T(id) + "/team", bj::object{{"ric_user_id", IdOf("ric")}, {"version", stop.Int("version")}});
  EXPECT_EQ(closed.status, 409) << closed.body;
  EXPECT_EQ(closed.ErrorCode(), "rule_violation");
}

TEST(Agr, DemoDataHasEveryStateOfTheRoute) {
  HttpClient& arts = Env().As("arts");  // member of both teams
  Reply all = arts.Get("/api/v1/revalidanten?page_size=100");
  ASSERT_EQ(all.status, 200);
  std::set<std::string> steps, folders;
  int without = 0, checklists = 0, differing = 0;
  for (const auto& r : all.at("items").as_array()) {
    Reply list = arts.Get("/api/v1/revalidanten/" + std::to_string(r.at("id").as_int64()) + "/trajectories");
    ASSERT_EQ(list.status, 200);
    if (list.at("items").as_array().empty()) ++without;
    for (const auto& t : list.at("items").as_array()) {
      steps.insert(std::string(t.at("step").as_string()));
      folders.insert(std::string(t.at("folder").as_string()));
      for (const auto& d : t.at("decisions").as_array()) {
        if (!d.at("checklist").is_object()) continue;
        ++checklists;
        differing += d.at("checklist").at("differs_from_suggestion").as_bool();
      }
    }
  }
  // The demo shows the D3 checklist (one decision deviating from the suggestion) and the
  // folder after D1 nee, handed out and still open.
  EXPECT_GE(checklists, 3);
  EXPECT_GE(differing, 1);
  EXPECT_TRUE(folders.count("uitgereikt"));
  EXPECT_TRUE(folders.count("open"));
  for (const char* step : {"intake_arts", "intake_ric", "werkbezoek", "terugkoppeling",
                           "werktraining", "afronding", "afgerond", "gestopt"}) {
    EXPECT_TRUE(steps.count(step)) << "no demo trajectory in " << step;
  }
  EXPECT_GE(without, 1) << "one demo revalidant has no trajectory yet";
  Reply meeting = arts.Get("/api/v1/team-meeting");
  ASSERT_EQ(meeting.status, 200);
  EXPECT_GE(meeting.at("items").as_array().size(), 4u);
}

}  // namespace
}  // namespace werkpad::api_test
