// API tests of network partners, handover moments, the matrix for the current phase, the AGR
// handover record and closing AGR (docs/api.md "Netwerkpartners en overdracht"), against the real
// binary with the demo data. They run after the visie tests (link order), which leave Henk de
// Vries' re-integratievisie signed and shared with werkgever and bedrijfsarts, and before the
// coverage test.
#include <set>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::string R(std::int64_t id) { return "/api/v1/revalidanten/" + std::to_string(id); }
std::string T(std::int64_t id) { return "/api/v1/trajectories/" + std::to_string(id); }

std::int64_t g_revalidant = 0;  // Henk de Vries
std::int64_t g_trajectory = 0;
std::int64_t g_partner = 0;  // the jobcoach added here

// Audit rows of the revalidant (newest first).
bj::array AuditOf(std::int64_t revalidant) {
  Reply a = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(revalidant) +
                                  "&page_size=100");
  EXPECT_EQ(a.status, 200) << a.body;
  return a.json.at("items").as_array();
}

int CountAudit(const bj::array& rows, const std::string& object_type, const std::string& action,
               const std::string& outcome) {
  int n = 0;
  for (const auto& e : rows) {
    if (e.at("object_type").as_string() == object_type && e.at("action").as_string() == action &&
        e.at("outcome").as_string() == outcome) {
      ++n;
    }
  }
  return n;
}

const bj::object* RowOf(const Reply& matrix, std::int64_t partner) {
  for (const auto& row : matrix.json.at("rows").as_array()) {
    if (row.at("partner").at("id").as_int64() == partner) return &row.as_object();
  }
  return nullptr;
}

TEST(Partners, AddEditAndTheMatrixForTheCurrentPhase) {
  g_revalidant =
      Env().As("revalidant").Get("/api/v1/session").json.at("user").at("revalidant_id").as_int64();
  HttpClient& ric = Env().As("ric");
  const std::string base = R(g_revalidant) + "/netwerkpartners";

  // Bad input: 4xx with the field named, nothing stored.
  Reply kind = ric.Post(base, bj::object{{"kind", "werkgever"}, {"name", "X"}});
  EXPECT_EQ(kind.status, 422) << kind.body;
  Reply label = ric.Post(base, bj::object{{"kind", "overig"}, {"name", "X"}});
  EXPECT_EQ(label.status, 422) << label.body;
  EXPECT_TRUE(label.HasFieldError("label", "required")) << label.body;
  Reply email = ric.Post(base, bj::object{{"kind", "jobcoach"}, {"name", "X"}, {"email", "geen"}});
  EXPECT_TRUE(email.HasFieldError("email", "invalid_email")) << email.body;
  Reply nameless = ric.Post(base, bj::object{{"kind", "jobcoach"}});
  EXPECT_TRUE(nameless.HasFieldError("name", "required")) << nameless.body;
  Reply phase = ric.Post(
      base,
      bj::object{{"kind", "jobcoach"},
                 {"name", "X"},
                 {"roles", bj::array{bj::object{{"phase", "afgerond"}, {"role", "active"}}}}});
  EXPECT_EQ(phase.status / 100, 4) << phase.body;
  Reply unknown = ric.Post(base, bj::object{{"kind", "jobcoach"}, {"name", "X"}, {"bsn", "1"}});
  EXPECT_EQ(unknown.status, 400) << unknown.body;
  Reply before = ric.Get(base);
  ASSERT_EQ(before.status, 200) << before.body;
  const std::size_t count = before.json.at("items").as_array().size();

  Reply created = ric.Post(
      base,
      bj::object{{"kind", "jobcoach"},
                 {"name", "Jet Jobcoach"},
                 {"organisation", "Werkfit Midden"},
                 {"phone", "06-11122233"},
                 {"email", "jet@werkfit.example"},
                 {"roles", bj::array{bj::object{{"phase", "werktraining"}, {"role", "active"}}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  g_partner = created.Int("id");
  EXPECT_EQ(created.Int("version"), 1);
  const auto& roles = created.json.at("roles").as_array();
  ASSERT_EQ(roles.size(), 6u);
  EXPECT_EQ(roles[4].at("phase").as_string(), "werktraining");
  EXPECT_EQ(roles[4].at("role").as_string(), "active");
  EXPECT_FALSE(roles[4].at("is_default").as_bool());
  EXPECT_EQ(roles[5].at("role").as_string(), "active");  // the handbook default at afronding
  EXPECT_TRUE(roles[5].at("is_default").as_bool());
  EXPECT_EQ(roles[0].at("role").as_string(), "not_involved");
  EXPECT_EQ(ric.Get(base).json.at("items").as_array().size(), count + 1);

  // The matrix: Henk is in werktraining; the jobcoach is active there.
  Reply matrix = ric.Get(base + "/matrix");
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  EXPECT_EQ(matrix.Str("current_phase"), "werktraining");
  EXPECT_EQ(matrix.json.at("phases").as_array().size(), 6u);
  const bj::object* row = RowOf(matrix, g_partner);
  ASSERT_NE(row, nullptr) << matrix.body;
  EXPECT_EQ(row->at("current_role").as_string(), "active");
  bool listed = false;
  for (const auto& c : matrix.json.at("current").as_array()) {
    listed |= c.at("partner_id").as_int64() == g_partner && c.at("role").as_string() == "active";
  }
  EXPECT_TRUE(listed) << matrix.body;

  // Edit: stale version 409, then the override back to the default.
  bj::object edit{
      {"kind", "jobcoach"},         {"name", "Jet Jobcoach"}, {"organisation", "Werkfit Midden"},
      {"note", "Start na ontslag"}, {"roles", bj::array{}},   {"version", 1}};
  Reply ok = Env().As("fysio").Put("/api/v1/netwerkpartners/" + std::to_string(g_partner), edit);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Int("version"), 2);
  EXPECT_EQ(ok.json.at("roles").as_array()[4].at("role").as_string(), "recommended");
  Reply stale = ric.Put("/api/v1/netwerkpartners/" + std::to_string(g_partner), edit);
  EXPECT_EQ(stale.status, 409) << stale.body;
  Reply missing = ric.Put("/api/v1/netwerkpartners/999999", edit);
  EXPECT_EQ(missing.status, 404) << missing.body;

  // Need-to-know: another team's RIC, the admin, the revalidant and an employer are refused.
  EXPECT_EQ(Env().As("ric.zuid").Get(base + "/matrix").status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Get(base).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Post(base, bj::object{{"kind", "huisarts"}, {"name", "X"}}).status,
            403);
  edit["version"] = 2;
  EXPECT_EQ(
      Env().As("ric.zuid").Put("/api/v1/netwerkpartners/" + std::to_string(g_partner), edit).status,
      403);
  EXPECT_EQ(Env().As("admin").Get(base + "/matrix").status, 403);
  EXPECT_EQ(Env().As("revalidant").Get(base + "/matrix").status, 403);

  const bj::array audit = AuditOf(g_revalidant);
  EXPECT_GE(CountAudit(audit, "network_partner", "create", "success"), 1);
  EXPECT_GE(CountAudit(audit, "network_partner", "update", "success"), 1);
  EXPECT_GE(CountAudit(audit, "network_partner", "read", "success"), 2);
  EXPECT_GE(CountAudit(audit, "network_partner", "read", "denied"), 2);
}

TEST(Partners, HandoverMomentsBetweenPartners) {
  ASSERT_GT(g_partner, 0);
  HttpClient& ric = Env().As("ric");
  const std::string base = R(g_revalidant) + "/overdrachtsmomenten";
  bj::object m{{"from", bj::object{{"party", "ric"}}},
               {"to", bj::object{{"partner_id", g_partner}}},
               {"phase", "afronding"},
               {"planned_on", DutchDay(10)},
               {"note", "Bevindingen werktraining overdragen"}};
  Reply same = ric.Post(base, bj::object{{"from", bj::object{{"party", "ric"}}},
                                         {"to", bj::object{{"party", "ric"}}},
                                         {"phase", "afronding"},
                                         {"planned_on", DutchDay(10)}});
  EXPECT_TRUE(same.HasFieldError("to", "same_as_from")) << same.body;
  Reply undated = ric.Post(base, bj::object{{"from", bj::object{{"party", "ric"}}},
                                            {"to", bj::object{{"partner_id", g_partner}}},
                                            {"phase", "afronding"}});
  EXPECT_TRUE(undated.HasFieldError("planned_on", "required")) << undated.body;
  Reply future = ric.Post(base, bj::object{{"from", bj::object{{"party", "ric"}}},
                                           {"to", bj::object{{"partner_id", g_partner}}},
                                           {"phase", "afronding"},
                                           {"done_on", DutchDay(3)}});
  EXPECT_TRUE(future.HasFieldError("done_on", "in_future")) << future.body;
  // A partner of another revalidant is not a partner here.
  Reply foreign = ric.Post(base, bj::object{{"from", bj::object{{"party", "ric"}}},
                                            {"to", bj::object{{"partner_id", 999999}}},
                                            {"phase", "afronding"},
                                            {"planned_on", DutchDay(10)}});
  EXPECT_TRUE(foreign.HasFieldError("to.partner_id", "unknown_partner")) << foreign.body;

  Reply created = ric.Post(base, m);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json.at("to").at("partner_id").as_int64(), g_partner);
  EXPECT_TRUE(created.json.at("from").at("partner_id").is_null());
  EXPECT_TRUE(created.json.at("done_on").is_null());
  const std::string one = "/api/v1/overdrachtsmomenten/" + std::to_string(created.Int("id"));
  m["done_on"] = DutchDay(0);
  m["version"] = 1;
  Reply done = ric.Put(one, m);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.Str("done_on"), DutchDay(0));
  EXPECT_EQ(ric.Put(one, m).status, 409);
  Reply list = ric.Get(base);
  ASSERT_EQ(list.status, 200) << list.body;
  bool found = false;
  for (const auto& item : list.json.at("items").as_array()) {
    found |= item.at("id").as_int64() == created.Int("id");
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(Env().As("ric.zuid").Get(base).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Delete(one + "?version=2").status, 403);
  EXPECT_EQ(ric.Delete(one + "?version=1").status, 409);
  EXPECT_EQ(ric.Delete(one).status, 422);  // ?version= is required
  EXPECT_EQ(ric.Delete(one + "?version=2").status, 204);
  EXPECT_EQ(ric.Delete(one + "?version=2").status, 404);
  const bj::array audit = AuditOf(g_revalidant);
  EXPECT_GE(CountAudit(audit, "partner_handover_moment", "create", "success"), 1);
  EXPECT_GE(CountAudit(audit, "partner_handover_moment", "delete", "success"), 1);
}

TEST(Partners, HandoverNeedsTheSignedVisieSharedWithTheParty) {
  HttpClient& ric = Env().As("ric");
  Reply trajs = ric.Get(R(g_revalidant) + "/trajectories");
  ASSERT_EQ(trajs.status, 200);
  g_trajectory = trajs.json.at("items").as_array()[0].at("id").as_int64();
  const std::string url = T(g_trajectory) + "/overdracht";

  Reply overview = ric.Get(url);
  ASSERT_EQ(overview.status, 200) << overview.body;
  ASSERT_FALSE(overview.json.at("visie_signed_version").is_null()) << overview.body;
  const std::int64_t signed_version = overview.Int("visie_signed_version");
  EXPECT_TRUE(overview.json.at("handovers").as_array().empty());
  EXPECT_TRUE(overview.json.at("handover_allowed").as_bool());
  EXPECT_FALSE(overview.json.at("may_close").as_bool());  // werktraining: afronding first

  auto handover = [&](const std::string& party, std::int64_t version) {
    return bj::object{
        {"held_on", DutchDay(0)},
        {"attendees", bj::array{bj::object{{"name", "Marloes Bakker"}, {"role", "RIC"}},
                                bj::object{{"name", "Henk de Vries"}, {"role", "revalidant"}},
                                bj::object{{"name", "J. Smit"}, {"role", "werkgever"}}}},
        {"warm", true},
        {"visie_version", version},
        {"party", party},
        {"note", "Warme overdracht op de werkplek"}};
  };

  // Bad input.
  Reply missing = ric.Post(url, bj::object{{"held_on", DutchDay(0)}, {"party", "werkgever"}});
  EXPECT_EQ(missing.status, 422) << missing.body;
  EXPECT_TRUE(missing.HasFieldError("attendees", "required")) << missing.body;
  EXPECT_TRUE(missing.HasFieldError("warm", "required")) << missing.body;
  bj::object future = handover("werkgever", signed_version);
  future["held_on"] = DutchDay(5);
  EXPECT_TRUE(ric.Post(url, future).HasFieldError("held_on", "in_future"));
  bj::object wrong_type = handover("werkgever", signed_version);
  wrong_type["warm"] = "ja";
  EXPECT_EQ(ric.Post(url, wrong_type).status, 400);
  bj::object no_name = handover("werkgever", signed_version);
  no_name["attendees"] = bj::array{bj::object{{"name", " "}}};
  EXPECT_TRUE(ric.Post(url, no_name).HasFieldError("attendees[0].name", "required"));

  // A version of form 7 that does not exist.
  Reply nonexistent = ric.Post(url, handover("werkgever", 9999));
  EXPECT_EQ(nonexistent.status, 422) << nonexistent.body;
  EXPECT_TRUE(nonexistent.HasFieldError("visie_version", "not_found")) << nonexistent.body;
  // An existing version that is not the signed content (the first draft).
  Reply draft = ric.Post(url, handover("werkgever", 1));
  EXPECT_EQ(draft.status, 409) << draft.body;
  // A party the revalidant did not choose when signing: refused, and the refusal is audited as a
  // denied share of the consent.
  const int denied_before = CountAudit(AuditOf(g_revalidant), "consent", "share", "denied");
  Reply unshared = ric.Post(url, handover("uwv", signed_version));
  EXPECT_EQ(unshared.status, 409) << unshared.body;
  EXPECT_EQ(CountAudit(AuditOf(g_revalidant), "consent", "share", "denied"), denied_before + 1);
  // Therapists do not record the handover; another team's RIC has no need to know.
  EXPECT_EQ(Env().As("fysio").Post(url, handover("werkgever", signed_version)).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Post(url, handover("werkgever", signed_version)).status, 403);
  EXPECT_EQ(Env().As("ric.zuid").Get(url).status, 403);
  EXPECT_TRUE(ric.Get(url).json.at("handovers").as_array().empty());  // nothing half-written
}

TEST(Partners, HandoverCompletesTheTaskAndAgrIsClosedWithAnEndReason) {
  ASSERT_GT(g_trajectory, 0);
  HttpClient& ric = Env().As("ric");
  const std::string url = T(g_trajectory) + "/overdracht";
  // A first handover to the employer while still in werktraining: there is no overdracht_* task
  // yet (task_id null); "afronding starten" will create that task already done.
  Reply early_view = ric.Get(url);
  ASSERT_EQ(early_view.status, 200) << early_view.body;
  Reply early = ric.Post(
      url, bj::object{{"held_on", DutchDay(0)},
                      {"attendees", bj::array{bj::object{{"name", "Marloes Bakker"}, {"role", "RIC"}}}},
                      {"warm", false},
                      {"visie_version", early_view.Int("visie_signed_version")},
                      {"party", "werkgever"},
                      {"note", "Telefonisch vooroverleg over de terugkeer"}});
  ASSERT_EQ(early.status, 201) << early.body;
  EXPECT_TRUE(early.json.at("task_id").is_null()) << early.body;
  // Discharge approaches: afronding starts and creates the overdracht_* tasks.
  Reply traj = ric.Get(T(g_trajectory));
  ASSERT_EQ(traj.status, 200);
  Reply start =
      ric.Post(T(g_trajectory) + "/decisions", bj::object{{"kind", "afronding_starten"},
                                                          {"outcome", "gereed"},
                                                          {"version", traj.Int("version")}});
  ASSERT_EQ(start.status, 200) << start.body;
  Reply matrix = ric.Get(R(g_revalidant) + "/netwerkpartners/matrix");
  EXPECT_EQ(matrix.Str("current_phase"), "afronding");

  Reply overview = ric.Get(url);
  ASSERT_EQ(overview.status, 200) << overview.body;
  const std::int64_t signed_version = overview.Int("visie_signed_version");
  std::set<std::string> expected;
  for (const auto& e : overview.json.at("expected").as_array()) {
    expected.insert(std::string(e.at("party").as_string()));
    EXPECT_EQ(e.at("done").as_bool(), e.at("party").as_string() == "werkgever") << overview.body;
  }
  ASSERT_TRUE(expected.count("werkgever")) << overview.body;
  std::set<std::string> open;
  for (const auto& t : overview.json.at("open_tasks").as_array()) {
    open.insert(std::string(t.at("key").as_string()));
  }
  // The employer's handover task was created done by the earlier handover.
  EXPECT_FALSE(open.count("overdracht_werkgever")) << overview.body;

  bj::object body{{"held_on", DutchDay(0)},
                  {"attendees", bj::array{bj::object{{"name", "Marloes Bakker"}, {"role", "RIC"}},
                                          bj::object{{"name", "J. Smit"}, {"role", "werkgever"}}}},
                  {"warm", true},
                  {"visie_version", signed_version},
                  {"party", "werkgever"}};
  Reply warm = ric.Post(url, body);
  ASSERT_EQ(warm.status, 201) << warm.body;
  EXPECT_TRUE(warm.json.at("warm").as_bool());
  EXPECT_EQ(warm.Int("visie_version"), signed_version);
  EXPECT_TRUE(warm.json.at("task_id").is_null()) << warm.body;  // already done by the first one
  EXPECT_EQ(warm.json.at("attendees").as_array().size(), 2u);

  // The task is done.
  Reply tasks = ric.Get(T(g_trajectory) + "/tasks");
  ASSERT_EQ(tasks.status, 200);
  bool task_done = false;
  for (const auto& t : tasks.json.at("items").as_array()) {
    if (t.at("key").as_string() == "overdracht_werkgever") {
      task_done = t.at("state").as_string() == "done";
    }
  }
  EXPECT_TRUE(task_done) << tasks.body;

  if (expected.count("bedrijfsarts")) {
    body["party"] = "bedrijfsarts";
    body["warm"] = false;
    body["attendees"] =
        bj::array{bj::object{{"name", "Arbodienst Midden"}, {"role", "bedrijfsarts"}}};
    Reply cold = ric.Post(url, body);
    ASSERT_EQ(cold.status, 201) << cold.body;
    EXPECT_FALSE(cold.json.at("task_id").is_null()) << cold.body;  // completes its task now
  }
  Reply after = ric.Get(url);
  ASSERT_EQ(after.status, 200);
  EXPECT_TRUE(after.json.at("all_required_done").as_bool()) << after.body;
  EXPECT_TRUE(after.json.at("may_close").as_bool()) << after.body;
  for (const auto& e : after.json.at("expected").as_array()) {
    if (e.at("party").as_string() == "werkgever") {
      EXPECT_TRUE(e.at("done").as_bool());
      EXPECT_TRUE(e.at("task_done").as_bool());
    }
  }
  // A therapist reads the overview but may not close.
  Reply fysio = Env().As("fysio").Get(url);
  ASSERT_EQ(fysio.status, 200);
  EXPECT_FALSE(fysio.json.at("may_close").as_bool());
  EXPECT_FALSE(fysio.json.at("handover_allowed").as_bool());

  // Closing AGR with an end reason (the existing decision API).
  Reply no_reason = ric.Post(T(g_trajectory) + "/decisions",
                             bj::object{{"kind", "afsluiten"},
                                        {"outcome", "gereed"},
                                        {"version", after.Int("trajectory_version")}});
  EXPECT_EQ(no_reason.status, 422) << no_reason.body;
  Reply closed = ric.Post(T(g_trajectory) + "/decisions",
                          bj::object{{"kind", "afsluiten"},
                                     {"outcome", "gereed"},
                                     {"end_reason", "ontslag_revalidatie"},
                                     {"version", after.Int("trajectory_version")}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.Str("step"), "afgerond");
  Reply final_matrix = ric.Get(R(g_revalidant) + "/netwerkpartners/matrix");
  EXPECT_EQ(final_matrix.Str("route_step"), "afgerond");
  EXPECT_EQ(final_matrix.Str("current_phase"), "afronding");
  // No more handovers once AGR is finished.
  EXPECT_EQ(ric.Post(url, body).status, 409);

  const bj::array audit = AuditOf(g_revalidant);
  EXPECT_GE(CountAudit(audit, "agr_handover", "create", "success"), 1);
  EXPECT_GE(CountAudit(audit, "agr_handover", "read", "success"), 1);
  EXPECT_GE(CountAudit(audit, "agr_handover", "create", "denied"), 1);
}

TEST(Partners, EndingAPartnerTakesItOutOfTheMatrix) {
  ASSERT_GT(g_partner, 0);
  HttpClient& ric = Env().As("ric");
  const std::string one = "/api/v1/netwerkpartners/" + std::to_string(g_partner);
  EXPECT_TRUE(ric.Post(one + "/beeindigen", bj::object{{"ended_on", DutchDay(2)}, {"version", 2}})
                  .HasFieldError("ended_on", "in_future"));
  EXPECT_EQ(ric.Post(one + "/beeindigen", bj::object{{"version", 1}}).status, 409);
  Reply ended = ric.Post(one + "/beeindigen", bj::object{{"version", 2}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(ended.Str("ended_on"), DutchDay(0));
  EXPECT_EQ(ric.Post(one + "/beeindigen", bj::object{{"version", 3}}).status, 409);
  Reply matrix = ric.Get(R(g_revalidant) + "/netwerkpartners/matrix");
  EXPECT_EQ(RowOf(matrix, g_partner), nullptr);
  bool listed = false;
  Reply all = ric.Get(R(g_revalidant) + "/netwerkpartners");
  for (const auto& p : all.json.at("items").as_array())
    listed |= p.at("id").as_int64() == g_partner;
  EXPECT_TRUE(listed);  // kept for the history
}

}  // namespace
}  // namespace werkpad::api_test
