// API tests of external access (docs/api.md "Externe toegang"), against the real binary with
// the demo data. They run after the visie tests (link order: Henk de Vries's visie is signed and
// shared with werkgever and bedrijfsarts, and documents are generated) and before the coverage
// test. The walk test requests every GET operation of resources/openapi.json as the employer and
// asserts that no medical field or diagnosis text appears in any 2xx answer.
#include <chrono>
#include <iostream>
#include <regex>
#include <set>

#include "api/api_fixture.hpp"
#include "core/date.hpp"
#include "http/openapi.hpp"

namespace werkpad::api_test {
namespace {

std::string R(std::int64_t id) { return "/api/v1/revalidanten/" + std::to_string(id); }
std::string S(std::int64_t id) { return "/api/v1/shared/" + std::to_string(id); }

std::int64_t RevalidantNamed(const std::string& given, const std::string& family) {
  Reply r = Env().As("ric").Get("/api/v1/revalidanten?q=" + family);
  EXPECT_EQ(r.status, 200) << r.body;
  for (const auto& item : r.json.at("items").as_array()) {
    if (item.at("family_name").as_string() == std::regex_replace(family, std::regex("%20"), " ") &&
        item.at("given_names").as_string() == given) {
      return item.at("id").as_int64();
    }
  }
  ADD_FAILURE() << "no demo revalidant " << given << " " << family;
  return 0;
}

std::int64_t Henk() {
  static std::int64_t id = RevalidantNamed("Henk", "de%20Vries");
  return id;
}

// Another revalidant in the RIC's caseload (no grants).
std::int64_t Other() {
  static std::int64_t id = [] {
    Reply r = Env().As("ric").Get("/api/v1/revalidanten");
    EXPECT_EQ(r.status, 200);
    for (const auto& item : r.json.at("items").as_array()) {
      if (item.at("id").as_int64() != Henk()) return item.at("id").as_int64();
    }
    return std::int64_t{0};
  }();
  return id;
}

std::string CheckReason(std::int64_t revalidant, const std::string& kind,
                        const std::string& party) {
  Reply r = Env().As("ric").Get(R(revalidant) + "/consent/check?kind=" + kind + "&party=" + party);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? r.Str("reason") : "";
}

const bj::object* GrantOf(const Reply& list, const std::string& username) {
  for (const auto& g : list.json.at("items").as_array()) {
    if (g.at("user").at("username").as_string() == username &&
        g.at("status").as_string() == "active") {
      return &g.as_object();
    }
  }
  return nullptr;
}

const bj::object* KindIn(const Reply& view, const std::string& kind) {
  for (const auto& k : view.json.at("kinds").as_array()) {
    if (k.at("kind").as_string() == kind) return &k.as_object();
  }
  return nullptr;
}

bool HasSection(const Reply& view, const std::string& kind) {
  for (const auto& s : view.json.at("sections").as_array()) {
    if (s.at("kind").as_string() == kind) return true;
  }
  return false;
}

std::vector<std::string> DocKinds(const Reply& view) {
  std::vector<std::string> out;
  for (const auto& d : view.json.at("documents").as_array()) {
    out.emplace_back(d.at("kind").as_string());
  }
  return out;
}

// An RFC 3339 time a few seconds ago: audit rows from then on belong to the current test.
std::string Since() {
  auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return core::FormatInstant(now - std::chrono::seconds(2));
}

// Audit rows of the revalidant since `since`, newest first, as the admin sees them.
bj::array AuditOf(std::int64_t revalidant, const std::string& since) {
  Reply r = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(revalidant) +
                                  "&from=" + since + "&page_size=100");
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? r.json.at("items").as_array() : bj::array{};
}

int CountAudit(std::int64_t revalidant, const std::string& since, const std::string& object_type,
               const std::string& outcome, const std::string& action = "") {
  int n = 0;
  for (const auto& e : AuditOf(revalidant, since)) {
    if (e.at("object_type").as_string() == object_type && e.at("outcome").as_string() == outcome &&
        (action.empty() || e.at("action").as_string() == action)) {
      ++n;
    }
  }
  return n;
}

std::string g_uwv_password;
std::unique_ptr<HttpClient> g_ba;  // the second bedrijfsarts account (see below)

TEST(External, DemoGrantsAreListedForStaffOnly) {
  ASSERT_GT(Henk(), 0);
  Reply list = Env().As("ric").Get(R(Henk()) + "/external-access");
  ASSERT_EQ(list.status, 200) << list.body;
  const bj::object* wg = GrantOf(list, "werkgever");
  const bj::object* ba = GrantOf(list, "bedrijfsarts");
  ASSERT_NE(wg, nullptr) << list.body;
  ASSERT_NE(ba, nullptr) << list.body;
  EXPECT_EQ(wg->at("party").as_string(), "werkgever");
  EXPECT_EQ(wg->at("user").at("role").as_string(), "werkgever");
  EXPECT_EQ(ba->at("party").as_string(), "bedrijfsarts");
  // The arts of the team may manage them too; everyone else is refused.
  EXPECT_EQ(Env().As("arts").Get(R(Henk()) + "/external-access").status, 200);
  for (const char* who : {"admin", "fysio", "werkgever", "revalidant"}) {
    Reply r = Env().As(who).Get(R(Henk()) + "/external-access");
    EXPECT_EQ(r.status, 403) << who << " " << r.body;
    EXPECT_EQ(Env()
                  .As(who)
                  .Post(R(Henk()) + "/external-access", bj::object{{"party", "uwv"},
                                                                   {"username", "x.y.z"},
                                                                   {"display_name", "X"},
                                                                   {"email", "x@y.example"}})
                  .status,
              403)
        << who;
  }
  // Need-to-know: ric.zuid has no access to Henk (Team Noord).
  EXPECT_EQ(Env().As("ric.zuid").Get(R(Henk()) + "/external-access").status, 403);
  EXPECT_EQ(Env().As("ric").Get(R(999999) + "/external-access").status, 404);
  // The picker finds external accounts only.
  Reply accounts = Env().As("ric").Get("/api/v1/external-accounts?q=verm");
  ASSERT_EQ(accounts.status, 200) << accounts.body;
  ASSERT_EQ(accounts.json.at("items").as_array().size(), 1u) << accounts.body;
  EXPECT_EQ(accounts.json.at("items").as_array()[0].at("username").as_string(), "werkgever");
  Reply all = Env().As("ric").Get("/api/v1/external-accounts");
  ASSERT_EQ(all.status, 200);
  for (const auto& a : all.json.at("items").as_array()) {
    const std::string role(a.at("role").as_string());
    EXPECT_TRUE(role == "werkgever" || role == "bedrijfsarts" || role == "partner") << role;
  }
  EXPECT_EQ(Env().As("fysio").Get("/api/v1/external-accounts").status, 403);
  EXPECT_EQ(Env().As("werkgever").Get("/api/v1/external-accounts").status, 403);
}

TEST(External, InviteValidatesAndCreatesAnAccountWithAPasswordShownOnce) {
  const std::string since = Since();
  HttpClient& ric = Env().As("ric");
  const std::string base = R(Henk()) + "/external-access";
  auto post = [&](bj::object body) { return ric.Post(base, body); };
  Reply bad_code = post({{"party", "Werk Gever"},
                         {"username", "a.b"},
                         {"display_name", "A"},
                         {"email", "a@b.example"}});
  EXPECT_EQ(bad_code.status, 422) << bad_code.body;
  EXPECT_TRUE(bad_code.HasFieldError("party", "invalid_code")) << bad_code.body;
  Reply not_on_form = post({{"party", "jobcoach"},
                            {"username", "j.coach"},
                            {"display_name", "J"},
                            {"email", "j@c.example"}});
  EXPECT_EQ(not_on_form.status, 422);
  EXPECT_TRUE(not_on_form.HasFieldError("party", "not_on_form")) << not_on_form.body;
  Reply missing = post({{"party", "uwv"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.HasFieldError("username", "required")) << missing.body;
  EXPECT_TRUE(missing.HasFieldError("display_name", "required")) << missing.body;
  EXPECT_TRUE(missing.HasFieldError("email", "required")) << missing.body;
  Reply bad_email = post(
      {{"party", "uwv"}, {"username", "Bad Name!"}, {"display_name", "U"}, {"email", "geen-mail"}});
  EXPECT_EQ(bad_email.status, 422);
  EXPECT_TRUE(bad_email.HasFieldError("username", "invalid_value")) << bad_email.body;
  EXPECT_TRUE(bad_email.HasFieldError("email", "invalid_value")) << bad_email.body;
  Reply wrong_type = post({{"party", "uwv"}, {"user_id", "twaalf"}});
  EXPECT_EQ(wrong_type.status, 400) << wrong_type.body;
  Reply unknown_field = post({{"party", "uwv"}, {"role", "admin"}});
  EXPECT_EQ(unknown_field.status, 400) << unknown_field.body;
  Reply taken_name = post(
      {{"party", "uwv"}, {"username", "ric"}, {"display_name", "R"}, {"email", "r@x.example"}});
  EXPECT_EQ(taken_name.status, 409) << taken_name.body;
  EXPECT_TRUE(taken_name.HasFieldError("username", "taken")) << taken_name.body;

  // Existing accounts: must be external and fit the party; one active grant per revalidant.
  Reply list = ric.Get(base);
  const bj::object* wg = GrantOf(list, "werkgever");
  ASSERT_NE(wg, nullptr);
  const std::int64_t wg_user = wg->at("user").at("id").as_int64();
  Reply staff = Env().As("admin").Get("/api/v1/users?q=fysio");
  ASSERT_EQ(staff.status, 200);
  const std::int64_t fysio_id = staff.json.at("items").as_array()[0].at("id").as_int64();
  Reply not_external = post({{"party", "werkgever"}, {"user_id", fysio_id}});
  EXPECT_EQ(not_external.status, 422);
  EXPECT_TRUE(not_external.HasFieldError("user_id", "invalid_value")) << not_external.body;
  Reply wrong_party = post({{"party", "bedrijfsarts"}, {"user_id", wg_user}});
  EXPECT_EQ(wrong_party.status, 422);
  EXPECT_TRUE(wrong_party.HasFieldError("user_id", "invalid_value")) << wrong_party.body;
  Reply no_user = post({{"party", "werkgever"}, {"user_id", 999999}});
  EXPECT_EQ(no_user.status, 422);
  Reply twice = post({{"party", "werkgever"}, {"user_id", wg_user}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_TRUE(twice.HasFieldError("user_id", "taken")) << twice.body;

  // A new partner account for the UWV (a default party of form 3).
  Reply created = post({{"party", "uwv"},
                        {"username", "UWV.Arbeidsdeskundige"},
                        {"display_name", "Arbeidsdeskundige UWV"},
                        {"email", "ad@uwv.example"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto& grant = created.json.at("grant");
  EXPECT_EQ(grant.at("party").as_string(), "uwv");
  EXPECT_EQ(grant.at("status").as_string(), "active");
  EXPECT_EQ(grant.at("user").at("username").as_string(), "uwv.arbeidsdeskundige");
  EXPECT_EQ(grant.at("user").at("role").as_string(), "partner");
  EXPECT_TRUE(grant.at("revoked_at").is_null());
  EXPECT_TRUE(grant.at("last_viewed_at").is_null());
  ASSERT_TRUE(created.json.at("initial_password").is_string());
  g_uwv_password = std::string(created.json.at("initial_password").as_string());
  EXPECT_GE(g_uwv_password.size(), 12u);
  // The account logs in with it and sees the revalidant in "shared with me".
  auto uwv = Env().Fresh("uwv.arbeidsdeskundige", g_uwv_password);
  Reply shared = uwv->Get("/api/v1/shared");
  ASSERT_EQ(shared.status, 200) << shared.body;
  ASSERT_EQ(shared.json.at("items").as_array().size(), 1u);
  EXPECT_EQ(shared.json.at("items").as_array()[0].at("revalidant_id").as_int64(), Henk());
  Reply view = uwv->Get(S(Henk()));
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.Str("party"), "uwv");
  for (const auto& k : view.json.at("kinds").as_array()) {
    EXPECT_NE(k.at("kind").as_string(), "medische_informatie");
    EXPECT_EQ(k.at("reason").as_string(),
              CheckReason(Henk(), std::string(k.at("kind").as_string()), "uwv"));
  }
  // The invitation, its grant and the account creation are audited.
  EXPECT_GE(CountAudit(Henk(), since, "external_grant", "success", "create"), 1);
}

TEST(External, RevocationEndsAccessOnTheNextRequest) {
  const std::string since = Since();
  HttpClient& ric = Env().As("ric");
  const std::string base = R(Henk()) + "/external-access";
  Reply list = ric.Get(base);
  const bj::object* g = GrantOf(list, "uwv.arbeidsdeskundige");
  ASSERT_NE(g, nullptr);
  const std::int64_t grant = g->at("id").as_int64();
  auto uwv = Env().Fresh("uwv.arbeidsdeskundige", g_uwv_password);
  ASSERT_EQ(uwv->Get(S(Henk())).status, 200);
  Reply with_body =
      ric.Post(base + "/" + std::to_string(grant) + "/revoke", bj::object{{"reason", "x"}});
  EXPECT_EQ(with_body.status, 400) << with_body.body;
  EXPECT_EQ(
      Env().As("fysio").Post(base + "/" + std::to_string(grant) + "/revoke", bj::object{}).status,
      403);
  EXPECT_EQ(
      ric.Post(R(Other()) + "/external-access/" + std::to_string(grant) + "/revoke", bj::object{})
          .status,
      404);
  Reply revoked = ric.Post(base + "/" + std::to_string(grant) + "/revoke", bj::object{});
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_EQ(revoked.Str("status"), "revoked");
  EXPECT_FALSE(revoked.at("revoked_at").is_null());
  EXPECT_TRUE(revoked.at("allowed_kinds").as_array().empty());
  EXPECT_EQ(ric.Post(base + "/" + std::to_string(grant) + "/revoke", bj::object{}).status, 409);
  EXPECT_EQ(ric.Post(base + "/999999/revoke", bj::object{}).status, 404);
  // The very next request of the (still logged in) account: nothing.
  Reply after = uwv->Get(S(Henk()));
  EXPECT_EQ(after.status, 404) << after.body;
  Reply shared = uwv->Get("/api/v1/shared");
  ASSERT_EQ(shared.status, 200);
  EXPECT_TRUE(shared.json.at("items").as_array().empty());
  EXPECT_EQ(uwv->Post(S(Henk()) + "/messages", bj::object{{"text", "Vraag"}}).status, 404);
  // Revoked grants stay listed after the active ones.
  Reply again = ric.Get(base);
  const auto& items = again.json.at("items").as_array();
  bool seen_revoked = false;
  for (const auto& item : items) {
    if (item.at("status").as_string() == "revoked") {
      seen_revoked = true;
    } else {
      EXPECT_FALSE(seen_revoked) << "active after revoked: " << again.body;
    }
  }
  EXPECT_TRUE(seen_revoked);
  // The refused view is audited as denied.
  EXPECT_GE(CountAudit(Henk(), since, "external_view", "denied"), 1);
}

TEST(External, EmployerSeesExactlyTheConsentedKindsNeverMedical) {
  const std::string since = Since();
  HttpClient& wg = Env().As("werkgever");
  Reply shared = wg.Get("/api/v1/shared");
  ASSERT_EQ(shared.status, 200) << shared.body;
  ASSERT_EQ(shared.json.at("items").as_array().size(), 1u) << shared.body;
  EXPECT_EQ(shared.json.at("items").as_array()[0].at("revalidant_name").as_string(),
            "Henk de Vries");
  Reply view = wg.Get(S(Henk()));
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.Str("party"), "werkgever");
  EXPECT_EQ(view.at("revalidant").at("name").as_string(), "Henk de Vries");
  EXPECT_EQ(KindIn(view, "medische_informatie"), nullptr) << "never even listed for the employer";
  EXPECT_FALSE(HasSection(view, "medische_informatie"));
  for (const auto& k : view.json.at("kinds").as_array()) {
    const std::string kind(k.at("kind").as_string());
    const std::string reason = CheckReason(Henk(), kind, "werkgever");
    EXPECT_EQ(k.at("reason").as_string(), reason) << kind;
    EXPECT_EQ(k.at("allowed").as_bool(), reason == "allowed") << kind;
    if (reason != "allowed") {
      EXPECT_FALSE(HasSection(view, kind)) << kind;
    }
  }
  // The visie was signed and shared with the werkgever (visie tests): the employer's copy.
  ASSERT_EQ(KindIn(view, "reintegratievisie")->at("allowed").as_bool(), true) << view.body;
  EXPECT_TRUE(HasSection(view, "reintegratievisie"));
  const auto kinds = DocKinds(view);
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "formulier_7_werkgever"), kinds.end());
  EXPECT_EQ(std::find(kinds.begin(), kinds.end(), "formulier_7"), kinds.end());
  for (const char* medical : {"Herseninfarct", "CVA", "afasie", "Afasie", "behandeldoelen",
                              "medische_toelichting", "Behandeldoelen"}) {
    EXPECT_EQ(view.body.find(medical), std::string::npos) << medical;
  }
  // Download of the employer's copy; anything else (the full form 7) is not found.
  for (const auto& d : view.json.at("documents").as_array()) {
    Reply pdf = wg.Get(S(Henk()) + "/documents/" + std::to_string(d.at("id").as_int64()));
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
    ASSERT_NE(pdf.Header("content-disposition"), nullptr);
    EXPECT_NE(pdf.Header("content-disposition")->find("attachment"), std::string::npos);
  }
  Reply docs = Env().As("ric").Get("/api/v1/trajectories/" +
                                   std::to_string(Env()
                                                      .As("ric")
                                                      .Get(R(Henk()) + "/trajectories")
                                                      .json.at("items")
                                                      .as_array()[0]
                                                      .at("id")
                                                      .as_int64()) +
                                   "/documents");
  ASSERT_EQ(docs.status, 200);
  for (const auto& d : docs.json.at("items").as_array()) {
    if (d.at("kind").as_string() == "formulier_7") {
      EXPECT_EQ(wg.Get(S(Henk()) + "/documents/" + std::to_string(d.at("id").as_int64())).status,
                404);
    }
  }
  // Other revalidanten: not found (not even whether they exist), and audited as denied.
  EXPECT_EQ(wg.Get(S(Other())).status, 404);
  EXPECT_EQ(wg.Get(S(999999)).status, 404);
  EXPECT_EQ(wg.Get(S(Other()) + "/documents/1").status, 404);
  EXPECT_GE(CountAudit(Other(), since, "external_view", "denied"), 1);
  // Every view is audited, and the grant shows when it was last used.
  EXPECT_GE(CountAudit(Henk(), since, "external_view", "success"), 2);  // list + view
  EXPECT_GE(CountAudit(Henk(), since, "document", "success", "export"), 1);
  Reply grants = Env().As("ric").Get(R(Henk()) + "/external-access");
  const bj::object* g = GrantOf(grants, "werkgever");
  ASSERT_NE(g, nullptr);
  EXPECT_FALSE(g->at("last_viewed_at").is_null());
  // Staff have no shared view.
  EXPECT_EQ(Env().As("ric").Get("/api/v1/shared").status, 403);
  EXPECT_EQ(Env().As("ric").Get(S(Henk())).status, 403);
  EXPECT_EQ(Env().As("revalidant").Get(S(Henk())).status, 403);
}

TEST(External, BedrijfsartsGetsMedicalInformationOnlyWithConsent) {
  // The demo "bedrijfsarts" account is throttled by the platform's login-throttling test, so a
  // second bedrijfsarts account is invited for Henk (one active grant per account).
  Reply created = Env().As("ric").Post(R(Henk()) + "/external-access",
                                       bj::object{{"party", "bedrijfsarts"},
                                                  {"username", "ba.tweede"},
                                                  {"display_name", "Tweede Bedrijfsarts"},
                                                  {"email", "ba2@arbo.example"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.at("grant").at("user").at("role").as_string(), "bedrijfsarts");
  g_ba = Env().Fresh("ba.tweede", std::string(created.at("initial_password").as_string()));
  HttpClient& ba = *g_ba;
  Reply view = ba.Get(S(Henk()));
  ASSERT_EQ(view.status, 200) << view.body;
  const bj::object* med = KindIn(view, "medische_informatie");
  ASSERT_NE(med, nullptr);
  const bool medical = med->at("allowed").as_bool();
  EXPECT_EQ(medical, CheckReason(Henk(), "medische_informatie", "bedrijfsarts") == "allowed");
  const bool visie = KindIn(view, "reintegratievisie")->at("allowed").as_bool();
  const auto kinds = DocKinds(view);
  if (visie && medical) {
    EXPECT_TRUE(HasSection(view, "medische_informatie")) << view.body;
    EXPECT_NE(view.body.find("Herseninfarct"), std::string::npos);
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "formulier_7"), kinds.end()) << view.body;
    EXPECT_EQ(std::find(kinds.begin(), kinds.end(), "formulier_7_werkgever"), kinds.end());
  } else {
    EXPECT_FALSE(HasSection(view, "medische_informatie"));
    EXPECT_EQ(view.body.find("Herseninfarct"), std::string::npos);
  }
}

TEST(External, MessagesAreCheckedForMedicalContent) {
  const std::string since = Since();
  HttpClient& wg = Env().As("werkgever");
  const std::string url = S(Henk()) + "/messages";
  Reply medical = wg.Post(url, bj::object{{"text", "Hij heeft een Hernia en slikt oxazepam."}});
  EXPECT_EQ(medical.status, 422) << medical.body;
  EXPECT_TRUE(medical.HasFieldError("text", "medical_content")) << medical.body;
  EXPECT_NE(medical.body.find("Vul geen medische informatie in (gevonden: Hernia, oxazepam)."),
            std::string::npos)
      << medical.body;
  Reply empty = wg.Post(url, bj::object{{"text", "   "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.HasFieldError("text", "required")) << empty.body;
  Reply too_long = wg.Post(url, bj::object{{"text", std::string(2001, 'a')}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(too_long.HasFieldError("text", "too_long")) << too_long.body;
  EXPECT_EQ(wg.Post(url, bj::object{{"text", 12}}).status, 400);
  EXPECT_EQ(wg.Post(url, bj::object{}).status, 422);
  EXPECT_EQ(wg.Post(S(Other()) + "/messages", bj::object{{"text", "Vraag"}}).status, 404);
  EXPECT_EQ(Env().As("ric").Post(url, bj::object{{"text", "Vraag"}}).status, 403);

  const std::string text = "Hij kan maandag starten met 4 uur per dag; de werkplek is aangepast.";
  Reply sent = wg.Post(url, bj::object{{"text", text}});
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.Str("text"), text);
  EXPECT_EQ(sent.Str("party"), "werkgever");
  EXPECT_EQ(sent.at("by").at("display_name").as_string(), "Hans Vermeulen");
  Reply view = wg.Get(S(Henk()));
  ASSERT_EQ(view.status, 200);
  ASSERT_FALSE(view.json.at("messages").as_array().empty());
  EXPECT_EQ(view.json.at("messages").as_array()[0].at("text").as_string(), text);
  // The bedrijfsarts does not see the employer's messages in the shared view.
  // Another account's shared view does not show the employer's messages.
  ASSERT_NE(g_ba, nullptr);
  Reply ba = g_ba->Get(S(Henk()));
  ASSERT_EQ(ba.status, 200);
  for (const auto& m : ba.json.at("messages").as_array()) {
    EXPECT_NE(m.at("text").as_string(), text);
  }
  // The team sees them.
  Reply staff = Env().As("ric").Get(R(Henk()) + "/external-messages");
  ASSERT_EQ(staff.status, 200) << staff.body;
  ASSERT_FALSE(staff.json.at("items").as_array().empty());
  EXPECT_EQ(staff.json.at("items").as_array()[0].at("text").as_string(), text);
  EXPECT_EQ(Env().As("fysio").Get(R(Henk()) + "/external-messages").status, 403);
  EXPECT_EQ(Env().As("werkgever").Get(R(Henk()) + "/external-messages").status, 403);
  EXPECT_GE(CountAudit(Henk(), since, "external_message", "success", "create"), 1);
}

// ----------------------------------------------------------------------------- the walk test

// Medical field names: no 2xx answer to the employer may carry them as a key (nor as a section
// kind or a label).
const std::vector<std::string> kMedicalNames = {"diagnose",
                                                "diagnosis",
                                                "diagnoses",
                                                "medisch",
                                                "medische",
                                                "medical",
                                                "medicatie",
                                                "medication",
                                                "behandeling",
                                                "behandeldoelen",
                                                "medische_toelichting",
                                                "medische_informatie",
                                                "hoofddiagnose",
                                                "nevendiagnose",
                                                "treatment"};
// Diagnosis texts of the fixtures (the visie tests' medical sections).
const std::vector<std::string> kDiagnosisTexts = {"Herseninfarct", "CVA", "afasie", "Afasie"};

void CollectKeys(const bj::value& v, std::set<std::string>& keys) {
  if (v.is_object()) {
    for (const auto& kv : v.as_object()) {
      keys.insert(std::string(kv.key()));
      CollectKeys(kv.value(), keys);
    }
  } else if (v.is_array()) {
    for (const auto& x : v.as_array()) CollectKeys(x, keys);
  }
}

bool ContainsMedicalName(const std::string& key) {
  std::string k = key;
  for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& m : kMedicalNames) {
    if (k.find(m) != std::string::npos) return true;
  }
  return false;
}

TEST(External, WalkEveryGetOperationAsTheEmployerAndFindNothingMedical) {
  // Every allowed kind granted: the werkgever's four kinds "yes" and signed (paper, by the RIC).
  HttpClient& ric = Env().As("ric");
  const std::string consent = R(Henk()) + "/consent";
  Reply matrix = ric.Get(consent);
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  std::int64_t version = matrix.Int("version");
  bool changed = false;
  for (const char* kind : {"werksituatie_functieprofiel", "mogelijkheden_beperkingen",
                           "voortgang_werktraining", "reintegratievisie"}) {
    if (CheckReason(Henk(), kind, "werkgever") == "allowed") continue;
    Reply yes = ric.Put(
        consent + "/cells",
        bj::object{
            {"party", "werkgever"}, {"kind", kind}, {"granted", true}, {"version", version}});
    ASSERT_EQ(yes.status, 200) << yes.body;
    version = yes.Int("version");
    changed = true;
  }
  if (changed) {
    Reply sig =
        ric.Post(consent + "/signature",
                 bj::object{{"method", "paper"}, {"signed_on", DutchDay()}, {"version", version}});
    ASSERT_EQ(sig.status, 200) << sig.body;
  }
  HttpClient& wg = Env().As("werkgever");
  Reply view = wg.Get(S(Henk()));
  ASSERT_EQ(view.status, 200);
  for (const auto& k : view.json.at("kinds").as_array()) {
    EXPECT_TRUE(k.at("allowed").as_bool()) << k.at("kind").as_string();
  }

  // Ids to fill in: what the employer can see, plus known ids of other records (to prove
  // refusal): the revalidanten, Henk's trajectory, documents, users, the first records of each
  // table.
  std::set<std::string> ids = {std::to_string(Henk()), std::to_string(Other()), "1", "2", "3"};
  Reply trajs = ric.Get(R(Henk()) + "/trajectories");
  for (const auto& t : trajs.json.at("items").as_array()) {
    ids.insert(std::to_string(t.at("id").as_int64()));
    Reply docs =
        ric.Get("/api/v1/trajectories/" + std::to_string(t.at("id").as_int64()) + "/documents");
    for (const auto& d : docs.json.at("items").as_array()) {
      ids.insert(std::to_string(d.at("id").as_int64()));
    }
  }
  for (const auto& d : view.json.at("documents").as_array()) {
    ids.insert(std::to_string(d.at("id").as_int64()));
  }
  const std::map<std::string, std::vector<std::string>> named = {
      {"form", {"agr-1-intake-arts", "agr-3-toestemming"}},
      {"version", {"1"}},
      {"item", {"tillen"}},
      {"party", {"werkgever"}},
  };

  const bj::value spec = bj::parse(http::OpenApiDocument());
  const std::regex param("\\{([a-z_]+)\\}");
  int requests = 0, ok_answers = 0;
  std::string reached;
  for (const auto& [path_key, item] : spec.at("paths").as_object()) {
    if (!item.as_object().contains("get")) continue;
    const std::string path(path_key);
    // The API description itself is public text about the API, not client data.
    if (path == "/api/v1/openapi.json") continue;
    // Expand every {param} with its candidates.
    std::vector<std::string> targets = {path};
    for (;;) {
      std::vector<std::string> next;
      bool expanded = false;
      for (const auto& t : targets) {
        std::smatch m;
        if (!std::regex_search(t, m, param)) {
          next.push_back(t);
          continue;
        }
        expanded = true;
        auto it = named.find(m[1].str());
        const std::vector<std::string> values =
            it != named.end() ? it->second : std::vector<std::string>(ids.begin(), ids.end());
        for (const auto& v : values) {
          next.push_back(m.prefix().str() + v + m.suffix().str());
        }
      }
      targets = std::move(next);
      if (!expanded) break;
    }
    for (const auto& target : targets) {
      Reply r = wg.Get(target);
      ++requests;
      EXPECT_LT(r.status, 500) << target << " " << r.body;
      if (r.status < 200 || r.status >= 300) continue;
      ++ok_answers;
      reached += " " + target;
      const std::string type = r.Header("content-type") ? *r.Header("content-type") : "";
      if (type.find("application/json") != std::string::npos) {
        std::set<std::string> keys;
        CollectKeys(r.json, keys);
        for (const auto& k : keys) {
          EXPECT_FALSE(ContainsMedicalName(k)) << "medical key '" << k << "' in " << target;
        }
        if (target.rfind("/api/v1/shared/", 0) == 0) {
          for (const auto& s : r.json.at("sections").as_array()) {
            EXPECT_FALSE(ContainsMedicalName(std::string(s.at("kind").as_string()))) << target;
            for (const auto& f : s.at("fields").as_array()) {
              EXPECT_FALSE(ContainsMedicalName(std::string(f.at("label").as_string())))
                  << f.at("label").as_string() << " in " << target;
            }
          }
        }
      }
      for (const auto& text : kDiagnosisTexts) {
        EXPECT_EQ(r.body.find(text), std::string::npos) << text << " in " << target;
      }
    }
  }
  std::cout << "[ walk     ] " << requests << " GET requests as the employer, " << ok_answers
            << " answered 2xx:" << reached << "\n";
  EXPECT_GT(requests, 100);
  // At least the session, the list, the view and a document were reachable.
  EXPECT_GE(ok_answers, 4);
}

TEST(External, WithdrawingAConsentCellTakesEffectOnTheNextRequest) {
  const std::string since = Since();
  HttpClient& wg = Env().As("werkgever");
  Reply before = wg.Get(S(Henk()));
  ASSERT_EQ(before.status, 200);
  ASSERT_TRUE(KindIn(before, "reintegratievisie")->at("allowed").as_bool());
  std::vector<std::int64_t> copies;
  for (const auto& d : before.json.at("documents").as_array()) {
    if (d.at("kind").as_string() == "formulier_7_werkgever")
      copies.push_back(d.at("id").as_int64());
  }
  ASSERT_FALSE(copies.empty());
  HttpClient& ric = Env().As("ric");
  Reply matrix = ric.Get(R(Henk()) + "/consent");
  Reply withdrawn =
      ric.Post(R(Henk()) + "/consent/withdrawals", bj::object{{"party", "werkgever"},
                                                              {"kind", "reintegratievisie"},
                                                              {"version", matrix.Int("version")}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  Reply after = wg.Get(S(Henk()));
  ASSERT_EQ(after.status, 200);
  const bj::object* k = KindIn(after, "reintegratievisie");
  EXPECT_FALSE(k->at("allowed").as_bool());
  EXPECT_EQ(k->at("reason").as_string(), "withdrawn");
  EXPECT_FALSE(HasSection(after, "reintegratievisie"));
  const auto after_kinds = DocKinds(after);
  EXPECT_EQ(std::find(after_kinds.begin(), after_kinds.end(), "formulier_7_werkgever"),
            after_kinds.end());
  EXPECT_EQ(wg.Get(S(Henk()) + "/documents/" + std::to_string(copies[0])).status, 404);
  // The staff list shows what is shared now.
  Reply grants = ric.Get(R(Henk()) + "/external-access");
  const bj::object* g = GrantOf(grants, "werkgever");
  ASSERT_NE(g, nullptr);
  for (const auto& kind : g->at("allowed_kinds").as_array()) {
    EXPECT_NE(kind.as_string(), "reintegratievisie");
  }
  EXPECT_GE(CountAudit(Henk(), since, "document", "denied", "export"), 1);

  // Revoking the werkgever's grant and inviting the existing account again (no new password).
  const std::int64_t grant = g->at("id").as_int64();
  const std::int64_t user = g->at("user").at("id").as_int64();
  ASSERT_EQ(
      ric.Post(R(Henk()) + "/external-access/" + std::to_string(grant) + "/revoke", bj::object{})
          .status,
      200);
  EXPECT_EQ(wg.Get(S(Henk())).status, 404);
  Reply again = ric.Post(R(Henk()) + "/external-access",
                         bj::object{{"party", "werkgever"}, {"user_id", user}});
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_TRUE(again.at("initial_password").is_null());
  EXPECT_EQ(wg.Get(S(Henk())).status, 200);
}

// Team-written text reaches the werkgever only without medical terms: a training report that
// names a diagnosis is withheld from the employer's view (with a notice), a clean one is shown,
// and the team still reads both. Ahmet Yilmaz (Team Zuid) has an open trajectory in werktraining.
TEST(External, TeamTextWithMedicalTermsIsWithheldFromTheEmployer) {
  HttpClient& ric = Env().As("ric.zuid");
  std::int64_t ahmet = 0;
  Reply found = ric.Get("/api/v1/revalidanten?q=Yilmaz");
  ASSERT_EQ(found.status, 200) << found.body;
  for (const auto& item : found.json.at("items").as_array()) {
    if (item.at("given_names").as_string() == "Ahmet") ahmet = item.at("id").as_int64();
  }
  ASSERT_GT(ahmet, 0) << found.body;
  // Consent: progress of the work training to the werkgever, signed on paper.
  const std::string consent = R(ahmet) + "/consent";
  Reply matrix = ric.Get(consent);
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  Reply yes = ric.Put(consent + "/cells", bj::object{{"party", "werkgever"},
                                                     {"kind", "voortgang_werktraining"},
                                                     {"granted", true},
                                                     {"version", matrix.Int("version")}});
  ASSERT_EQ(yes.status, 200) << yes.body;
  Reply sig = ric.Post(
      consent + "/signature",
      bj::object{{"method", "paper"}, {"signed_on", DutchDay()}, {"version", yes.Int("version")}});
  ASSERT_EQ(sig.status, 200) << sig.body;
  // A new employer account for Ahmet.
  Reply invited =
      ric.Post(R(ahmet) + "/external-access", bj::object{{"party", "werkgever"},
                                                         {"username", "hr.yilmaz"},
                                                         {"display_name", "HR Transport Yilmaz"},
                                                         {"email", "hr@transport-yilmaz.example"}});
  ASSERT_EQ(invited.status, 201) << invited.body;
  // Two training reports: one names a diagnosis and a medicine, one does not.
  Reply trajs = ric.Get(R(ahmet) + "/trajectories");
  ASSERT_EQ(trajs.status, 200) << trajs.body;
  const std::string training =
      "/api/v1/trajectories/" +
      std::to_string(trajs.json.at("items").as_array()[0].at("id").as_int64()) +
      "/werktraining/verslagen";
  const std::string medical = "Na de hernia en met oxazepam gaat het tillen nog moeizaam.";
  const std::string clean = "Ahmet laadt nu drie uur per dag kratten van 10 kg.";
  for (const std::string& text : {medical, clean}) {
    Reply report = ric.Post(training, bj::object{{"date", DutchDay()},
                                                 {"period_from", DutchDay()},
                                                 {"period_to", DutchDay()},
                                                 {"text", text}});
    ASSERT_EQ(report.status, 201) << report.body;
  }
  auto wg = Env().Fresh("hr.yilmaz", std::string(invited.json.at("initial_password").as_string()));
  Reply view = wg->Get(S(ahmet));
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_TRUE(HasSection(view, "voortgang_werktraining")) << view.body;
  EXPECT_EQ(view.body.find("hernia"), std::string::npos) << view.body;
  EXPECT_EQ(view.body.find("oxazepam"), std::string::npos) << view.body;
  EXPECT_NE(view.body.find("Niet getoond: deze tekst bevat mogelijk medische informatie"),
            std::string::npos)
      << view.body;
  EXPECT_NE(view.body.find(clean), std::string::npos) << view.body;
  // The team's own view is unchanged.
  Reply team = ric.Get(training.substr(0, training.size() - std::string("/verslagen").size()));
  ASSERT_EQ(team.status, 200) << team.body;
  EXPECT_NE(team.body.find("hernia"), std::string::npos);
}

}  // namespace
}  // namespace werkpad::api_test
