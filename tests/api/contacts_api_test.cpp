// API tests of the contact moments and the contact log (docs/api.md "Contactmomenten"), against
// the real binary with the demo data. They run after the visie tests (link order) and before
// the coverage test. Mohamed Amrani is in the werkbezoek step (D2 ja with werkgever and
// bedrijfsarts, form 3 signed with consent for medische_informatie to the bedrijfsarts); Priya
// Ramdin is in afronding without that consent.
#include <sqlite3.h>

#include <set>

#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

std::string T(std::int64_t id) { return "/api/v1/trajectories/" + std::to_string(id); }
std::string C(std::int64_t id) { return T(id) + "/contacts"; }

std::int64_t RevalidantNamed(const std::string& family) {
  Reply r = Env().As("arts").Get("/api/v1/revalidanten?q=" + family);
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& item : r.json.at("items").as_array()) {
    if (item.at("family_name").as_string() == family) return item.at("id").as_int64();
  }
  ADD_FAILURE() << "no demo revalidant " << family;
  return 0;
}

std::int64_t TrajectoryOf(std::int64_t revalidant) {
  Reply r = Env().As("arts").Get("/api/v1/revalidanten/" + std::to_string(revalidant) +
                                 "/trajectories");
  EXPECT_EQ(r.status, 200) << r.body;
  const auto& items = r.json.at("items").as_array();
  if (items.empty()) return 0;
  return items[0].at("id").as_int64();
}

// The moment task with `key` in a GET /contacts answer (its "task" object), or null.
const bj::object* Moment(const Reply& section, std::string_view key) {
  for (const auto& m : section.json.at("moments").as_array()) {
    const auto& task = m.at("task").as_object();
    if (task.at("key").as_string() == key) return &task;
  }
  return nullptr;
}

bj::object Contact(std::string party, std::string channel) {
  return bj::object{{"date", DutchDay()},
                    {"party", party},
                    {"channel", channel},
                    {"purpose", "Werkgever informeren over AGR en functieprofiel opstellen"},
                    {"materials", bj::array{"folder_agr", "folder_reintegratie_werknemer",
                                            "formulier_4"}},
                    {"other_materials", "Visitekaartje"},
                    {"summary", "Werkplek bekeken; functie-eisen doorgenomen."}};
}

// The latest audit rows of `object_type` for the revalidant (the audit API filters by
// revalidant; the object type is filtered here).
std::vector<bj::object> AuditRows(std::int64_t revalidant, const std::string& object_type) {
  Reply audit = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(revalidant) +
                                      "&page_size=100");
  EXPECT_EQ(audit.status, 200) << audit.body;
  std::vector<bj::object> out;
  for (const auto& e : audit.json.at("items").as_array()) {
    if (e.at("object_type").as_string() == object_type) out.push_back(e.as_object());
  }
  return out;
}

std::int64_t g_traj = 0;
std::int64_t g_revalidant = 0;
std::int64_t g_contact = 0;

TEST(Contacts, MomentTasksCarryPurposeAndMaterials) {
  g_revalidant = RevalidantNamed("Amrani");
  g_traj = TrajectoryOf(g_revalidant);
  ASSERT_GT(g_traj, 0);
  Reply s = Env().As("ric").Get(C(g_traj));
  ASSERT_EQ(s.status, 200) << s.body;
  const bj::object* wb = Moment(s, "werkbezoek_werkgever");
  ASSERT_NE(wb, nullptr) << s.body;
  const auto& cm = wb->at("contact_moment").as_object();
  EXPECT_EQ(cm.at("party").as_string(), "werkgever");
  EXPECT_EQ(cm.at("timing").as_string(), "Na intake re-integratiecoördinator");
  bool form4 = false;
  for (const auto& m : cm.at("materials").as_array()) {
    if (m.at("key").as_string() == "formulier_4") form4 = true;
  }
  EXPECT_TRUE(form4);
  EXPECT_NE(Moment(s, "contact_bedrijfsarts_intake"), nullptr);
  // Not a contact moment: not in the section.
  EXPECT_EQ(Moment(s, "functieprofiel_form4"), nullptr);
  EXPECT_TRUE(s.json.at("may_log").as_bool());
  EXPECT_FALSE(s.json.at("may_log_medical").as_bool());
  EXPECT_EQ(s.json.at("channels").as_array().size(), 6u);

  // The same purpose and materials come with the task in the AGR task list; other tasks have
  // null.
  Reply tasks = Env().As("ric").Get(T(g_traj) + "/tasks");
  ASSERT_EQ(tasks.status, 200) << tasks.body;
  bool seen_moment = false, seen_other = false;
  for (const auto& t : tasks.json.at("items").as_array()) {
    if (t.at("key").as_string() == "werkbezoek_werkgever") {
      seen_moment = t.at("contact_moment").is_object();
    }
    if (t.at("key").as_string() == "functieprofiel_form4") {
      seen_other = t.at("contact_moment").is_null();
    }
  }
  EXPECT_TRUE(seen_moment);
  EXPECT_TRUE(seen_other);
}

// `werkpad demo` logs two contacts for Henk de Vries (werktraining), through ContactService as
// the RIC: they are in his log, not linked to a task, and audited as creations.
TEST(Contacts, TheDemoHasALogForHenkDeVries) {
  std::int64_t henk = 0;
  Reply found = Env().As("arts").Get("/api/v1/revalidanten?q=Vries");
  ASSERT_EQ(found.status, 200) << found.body;
  for (const auto& item : found.json.at("items").as_array()) {
    if (item.at("given_names").as_string() == "Henk") henk = item.at("id").as_int64();
  }
  ASSERT_GT(henk, 0) << found.body;
  const std::int64_t traj = TrajectoryOf(henk);
  ASSERT_GT(traj, 0);
  Reply s = Env().As("ric").Get(C(traj));
  ASSERT_EQ(s.status, 200) << s.body;
  std::set<std::string> parties;
  for (const auto& c : s.json.at("contacts").as_array()) {
    parties.insert(std::string(c.at("party").as_string()));
    EXPECT_TRUE(c.at("task_id").is_null()) << c;
  }
  EXPECT_TRUE(parties.count("werkgever")) << s.body;
  EXPECT_TRUE(parties.count("jobcoach")) << s.body;
  EXPECT_GE(AuditRows(henk, "contact").size(), 2u);
}

TEST(Contacts, OutsidersAreRefusedAndAudited) {
  EXPECT_EQ(Env().As("admin").Get(C(g_traj)).status, 403);
  EXPECT_EQ(Env().As("werkgever").Get(C(g_traj)).status, 403);
  EXPECT_EQ(Env().As("revalidant").Get(C(g_traj)).status, 403);
  // A therapist of the team reads but does not log (not the trajectory's RIC).
  EXPECT_EQ(Env().As("fysio").Get(C(g_traj)).status, 200);
  Reply fysio = Env().As("fysio").Post(C(g_traj), Contact("werkgever", "telefoon"));
  EXPECT_EQ(fysio.status, 403) << fysio.body;
  EXPECT_EQ(Env().As("ric").Get(C(999999)).status, 404);
  EXPECT_EQ(Env().As("admin").Get("/api/v1/contact-moments/signals").status, 403);
}

TEST(Contacts, BadInputIsRejectedWithFieldErrors) {
  HttpClient& ric = Env().As("ric");
  bj::object bad{{"date", DutchDay(2)}, {"party", "Werk gever"}, {"channel", "fax"},
                 {"purpose", ""},        {"summary", std::string(4001, 'x')},
                 {"materials", bj::array{"folder_agr", "folder_agr", "nope"}}};
  Reply r = ric.Post(C(g_traj), bad);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(r.HasFieldError("date", "in_future")) << r.body;
  EXPECT_TRUE(r.HasFieldError("party", "invalid_code")) << r.body;
  EXPECT_TRUE(r.HasFieldError("purpose", "required")) << r.body;
  EXPECT_TRUE(r.HasFieldError("summary", "too_long")) << r.body;
  EXPECT_TRUE(r.HasFieldError("materials[1]", "duplicate")) << r.body;
  EXPECT_TRUE(r.HasFieldError("materials[2]", "invalid_value")) << r.body;
  // The channel is an enum in the API description; a wrong value is still answered 422.
  EXPECT_TRUE(r.HasFieldError("channel", "invalid_value")) << r.body;

  Reply unknown = ric.Post(C(g_traj), bj::object{{"datum", DutchDay()}});
  EXPECT_EQ(unknown.status, 400) << unknown.body;
  Reply wrong_type = ric.Post(C(g_traj), bj::object{{"medical", "ja"}});
  EXPECT_EQ(wrong_type.status, 400) << wrong_type.body;

  // A task of this trajectory that is not a contact moment, and a party that does not fit.
  Reply tasks = ric.Get(T(g_traj) + "/tasks");
  std::int64_t form4_task = 0, wb_task = 0;
  for (const auto& t : tasks.json.at("items").as_array()) {
    if (t.at("key").as_string() == "functieprofiel_form4") form4_task = t.at("id").as_int64();
    if (t.at("key").as_string() == "werkbezoek_werkgever") wb_task = t.at("id").as_int64();
  }
  bj::object not_moment = Contact("werkgever", "telefoon");
  not_moment["task_id"] = form4_task;
  Reply nm = ric.Post(C(g_traj), not_moment);
  EXPECT_EQ(nm.status, 422) << nm.body;
  EXPECT_TRUE(nm.HasFieldError("task_id", "not_contact_moment")) << nm.body;
  bj::object mismatch = Contact("bedrijfsarts", "telefoon");
  mismatch["task_id"] = wb_task;
  Reply mm = ric.Post(C(g_traj), mismatch);
  EXPECT_EQ(mm.status, 422) << mm.body;
  EXPECT_TRUE(mm.HasFieldError("party", "party_mismatch")) << mm.body;
  // Nothing was written by the refused requests.
  Reply s = ric.Get(C(g_traj));
  EXPECT_TRUE(s.json.at("contacts").as_array().empty()) << s.body;
}

TEST(Contacts, LoggingAgainstTheWerkbezoekTaskMarksItDoneInOneTransaction) {
  HttpClient& ric = Env().As("ric");
  Reply before = ric.Get(C(g_traj));
  const bj::object* wb = Moment(before, "werkbezoek_werkgever");
  ASSERT_NE(wb, nullptr);
  const std::int64_t task_id = wb->at("id").as_int64();
  EXPECT_NE(wb->at("state").as_string(), "done");

  bj::object in = Contact("werkgever", "bezoek_werkplek");
  in["task_id"] = task_id;
  Reply logged = ric.Post(C(g_traj), in);
  ASSERT_EQ(logged.status, 201) << logged.body;
  g_contact = logged.Int("id");
  EXPECT_EQ(logged.Int("version"), 1);
  EXPECT_EQ(logged.Str("task_key"), "werkbezoek_werkgever");
  EXPECT_EQ(logged.json.at("materials").as_array().size(), 3u);
  EXPECT_EQ(logged.Str("summary"), "Werkplek bekeken; functie-eisen doorgenomen.");

  Reply after = ric.Get(C(g_traj));
  const bj::object* done = Moment(after, "werkbezoek_werkgever");
  ASSERT_NE(done, nullptr);
  EXPECT_EQ(done->at("state").as_string(), "done");
  EXPECT_EQ(after.json.at("contacts").as_array().size(), 1u);
  for (const auto& m : after.json.at("moments").as_array()) {
    if (m.at("task").at("id").as_int64() == task_id) {
      EXPECT_EQ(m.at("contact_id").as_int64(), g_contact);
    }
  }

  // A second contact for the same (done) task is refused; a contact without a task is fine.
  Reply again = ric.Post(C(g_traj), in);
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.ErrorCode(), "rule_violation") << again.body;
  Reply free = ric.Post(C(g_traj), Contact("uwv", "telefoon"));
  EXPECT_EQ(free.status, 201) << free.body;

  // Audit: the contact's creation and the task's completion, by the same request.
  std::string create_request;
  for (const auto& e : AuditRows(g_revalidant, "contact")) {
    if (e.at("action").as_string() == "create" &&
        e.at("object_id").as_string() == std::to_string(g_contact)) {
      create_request = std::string(e.at("request_id").as_string());
    }
  }
  ASSERT_FALSE(create_request.empty());
  bool completed = false;
  for (const auto& e : AuditRows(g_revalidant, "agr_task")) {
    if (e.at("action").as_string() == "update" &&
        e.at("object_id").as_string() == std::to_string(task_id) &&
        e.at("request_id").as_string() == create_request) {
      completed = true;
    }
  }
  EXPECT_TRUE(completed);
}

TEST(Contacts, EditKeepsVersionsAndStaleEditsConflict) {
  HttpClient& ric = Env().As("ric");
  bj::object in = Contact("werkgever", "bezoek_werkplek");
  in["summary"] = "Werkplek bekeken; tilbelasting besproken.";
  in["version"] = 1;
  Reply edited = ric.Put(C(g_traj) + "/" + std::to_string(g_contact), in);
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.Int("version"), 2);
  Reply stale = ric.Put(C(g_traj) + "/" + std::to_string(g_contact), in);
  EXPECT_EQ(stale.status, 409) << stale.body;
  // The party of a contact that fulfils a werkgever moment stays the werkgever.
  bj::object other = in;
  other["party"] = "bedrijfsarts";
  other["version"] = 2;
  Reply mm = ric.Put(C(g_traj) + "/" + std::to_string(g_contact), other);
  EXPECT_EQ(mm.status, 422) << mm.body;

  Reply versions = ric.Get(C(g_traj) + "/" + std::to_string(g_contact) + "/versions");
  ASSERT_EQ(versions.status, 200) << versions.body;
  const auto& items = versions.json.at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("summary").as_string(), "Werkplek bekeken; functie-eisen doorgenomen.");
  EXPECT_EQ(items[1].at("summary").as_string(), "Werkplek bekeken; tilbelasting besproken.");
  EXPECT_EQ(ric.Put(C(g_traj) + "/999999", in).status, 404);

  bool updated = false, read_versions = false;
  for (const auto& e : AuditRows(g_revalidant, "contact")) {
    if (e.at("action").as_string() == "update") updated = true;
    if (e.at("action").as_string() == "read" &&
        e.at("object_id").as_string() == std::to_string(g_contact)) {
      read_versions = true;
    }
  }
  EXPECT_TRUE(updated);
  EXPECT_TRUE(read_versions);
}

TEST(Contacts, MedicalInformationOnlyToTheBedrijfsartsViaTheArtsWithConsent) {
  bj::object med = Contact("bedrijfsarts", "telefoon");
  med["medical"] = true;
  med["materials"] = bj::array{};
  med["summary"] = "Specifieke medische gegevens besproken met de bedrijfsarts.";
  // The RIC may not pass on medical information.
  Reply by_ric = Env().As("ric").Post(C(g_traj), med);
  EXPECT_EQ(by_ric.status, 422) << by_ric.body;
  EXPECT_TRUE(by_ric.HasFieldError("medical", "medical_author")) << by_ric.body;
  // Not to the werkgever, not even by the arts.
  bj::object to_employer = Contact("werkgever", "telefoon");
  to_employer["medical"] = true;
  Reply emp = Env().As("arts").Post(C(g_traj), to_employer);
  EXPECT_EQ(emp.status, 422) << emp.body;
  EXPECT_TRUE(emp.HasFieldError("medical", "medical_party")) << emp.body;
  // The arts, to the bedrijfsarts, with consent (form 3 of Amrani): allowed.
  Reply ok = Env().As("arts").Post(C(g_traj), med);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_TRUE(ok.json.at("medical").as_bool());
  EXPECT_FALSE(ok.json.at("summary_hidden").as_bool());
  const std::int64_t medical_id = ok.Int("id");

  // The RIC sees that it happened, not what was said, and cannot edit it.
  Reply ric_view = Env().As("ric").Get(C(g_traj));
  ASSERT_EQ(ric_view.status, 200);
  bool hidden = false;
  for (const auto& c : ric_view.json.at("contacts").as_array()) {
    if (c.at("id").as_int64() == medical_id) {
      hidden = c.at("summary_hidden").as_bool() && c.at("summary").is_null() &&
               !c.at("may_edit").as_bool();
    }
  }
  EXPECT_TRUE(hidden) << ric_view.body;
  EXPECT_EQ(ric_view.body.find("Specifieke medische gegevens"), std::string::npos);
  Reply ric_versions =
      Env().As("ric").Get(C(g_traj) + "/" + std::to_string(medical_id) + "/versions");
  EXPECT_EQ(ric_versions.body.find("Specifieke medische gegevens"), std::string::npos);
  bj::object edit = med;
  edit["version"] = 1;
  EXPECT_EQ(Env().As("ric").Put(C(g_traj) + "/" + std::to_string(medical_id), edit).status, 403);
  // The arts sees it whole.
  Reply arts_view = Env().As("arts").Get(C(g_traj));
  EXPECT_NE(arts_view.body.find("Specifieke medische gegevens"), std::string::npos);

  // Without consent (Ramdin: no medische_informatie for the bedrijfsarts): refused.
  const std::int64_t ramdin = TrajectoryOf(RevalidantNamed("Ramdin"));
  Reply refused = Env().As("arts").Post(C(ramdin), med);
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(refused.HasFieldError("medical", "medical_no_consent")) << refused.body;

  // Every sharing decision is in the audit log (allowed and refused).
  int allowed = 0, denied = 0;
  for (const auto& e : AuditRows(g_revalidant, "contact")) {
    if (e.at("action").as_string() != "share") continue;
    if (e.at("outcome").as_string() == "success") ++allowed;
    if (e.at("outcome").as_string() == "denied") ++denied;
  }
  EXPECT_GE(allowed, 1);
  EXPECT_GE(denied, 2);  // the RIC's and the one to the werkgever
}

TEST(Contacts, OverdueMomentsAreSignalled) {
  // Age the bedrijfsarts intake moment of Amrani as if it had been due three days ago.
  Reply s = Env().As("ric").Get(C(g_traj));
  const bj::object* ba = Moment(s, "contact_bedrijfsarts_intake");
  ASSERT_NE(ba, nullptr);
  const std::int64_t task_id = ba->at("id").as_int64();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Env().server().database_path().c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  const std::string sql = "UPDATE agr_task SET due_date = '" + DutchDay(-3) +
                          "' WHERE id = " + std::to_string(task_id);
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);

  Reply section = Env().As("ric").Get(C(g_traj));
  ASSERT_EQ(section.status, 200);
  EXPECT_EQ(Moment(section, "contact_bedrijfsarts_intake")->at("state").as_string(), "overdue");
  EXPECT_GE(section.json.at("overdue").as_int64(), 1);

  Reply signals = Env().As("ric").Get("/api/v1/contact-moments/signals");
  ASSERT_EQ(signals.status, 200) << signals.body;
  bool found = false;
  for (const auto& item : signals.json.at("items").as_array()) {
    if (item.at("task").at("id").as_int64() == task_id) {
      found = item.at("state").as_string() == "overdue";
    }
    // Done moments are never signalled.
    EXPECT_NE(item.at("task").at("state").as_string(), "done");
  }
  EXPECT_TRUE(found) << signals.body;
  EXPECT_GE(signals.json.at("overdue").as_int64(), 1);
  // Need-to-know: ric.zuid (Team Zuid) does not see Amrani (Team Noord).
  Reply zuid = Env().As("ric.zuid").Get("/api/v1/contact-moments/signals?days=30");
  ASSERT_EQ(zuid.status, 200) << zuid.body;
  for (const auto& item : zuid.json.at("items").as_array()) {
    EXPECT_NE(item.at("task").at("revalidant").at("id").as_int64(), g_revalidant);
  }
  EXPECT_EQ(Env().As("ric").Get("/api/v1/contact-moments/signals?days=999").status, 422);
  EXPECT_EQ(Env().As("ric").Get("/api/v1/contact-moments/signals?days=x").status, 400);
}

}  // namespace
}  // namespace werkpad::api_test
