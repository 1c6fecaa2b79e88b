// API tests against the real `werkpad serve` (see api_fixture.hpp). Every answer is checked
// against resources/openapi.json by the environment's observer; a 5xx fails the test.
// The tests run in this order in one process; the coverage test is the last one.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <thread>

#include "api/api_fixture.hpp"
#include "api/totp.hpp"
#include "core/crypto.hpp"
#include "http/openapi.hpp"

namespace werkpad::api_test {
namespace {

// A valid, visibly fake BSN (elfproef) from a small number.
std::string FakeBsn(int n) {
  std::string digits = std::to_string(10000000 + n * 7919 % 89999999).substr(0, 8);
  digits[0] = '9';
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (digits[static_cast<std::size_t>(i)] - '0') * (9 - i);
  for (int last = 0; last <= 9; ++last) {
    if ((sum - last) % 11 == 0) return digits + std::to_string(last);
  }
  return FakeBsn(n + 1);
}

bj::object RevalidantBody(const std::string& family, std::int64_t team_id, std::int64_t ric_id,
                          int bsn_seed) {
  return bj::object{
      {"given_names", "Testa"},
      {"family_name", family},
      {"date_of_birth", "1979-05-17"},
      {"bsn", FakeBsn(bsn_seed)},
      {"contact", bj::object{{"email", "testa@voorbeeld.invalid"}, {"phone", "0600000000"},
                             {"street", "Teststraat 1"}, {"postal_code", "1234 AB"}, {"city", "Utrecht"}}},
      {"naaste", nullptr},
      {"employment_status", "loondienst"},
      {"employer", bj::object{{"organisation", "Voorbeeld BV"}, {"contact_name", ""}, {"contact_phone", ""},
                              {"contact_email", ""}, {"address", ""}}},
      {"function_title", "Monteur"},
      {"hours_per_week", 32},
      {"bedrijfsarts", nullptr},
      {"team_id", team_id},
      {"ric_user_id", ric_id},
  };
}

std::int64_t TeamId(const std::string& name) {
  Reply teams = Env().As("admin").Get("/api/v1/teams");
  for (const auto& t : teams.at("items").as_array()) {
    if (t.at("name").as_string() == name) return t.at("id").as_int64();
  }
  ADD_FAILURE() << "no team " << name;
  return 0;
}

std::int64_t UserId(const std::string& username) {
  Reply users = Env().As("admin").Get("/api/v1/users?q=" + username + "&page_size=100");
  for (const auto& u : users.at("items").as_array()) {
    if (u.at("username").as_string() == username) return u.at("id").as_int64();
  }
  ADD_FAILURE() << "no user " << username;
  return 0;
}

// Shared between tests (they run in order in one process).
std::int64_t g_revalidant_id = 0;  // created by ric in Team Noord

// ---------------------------------------------------------------------------------------------
// Operations

TEST(Api, HealthMetricsAndOpenApi) {
  auto c = Env().NewClient();
  Reply health = c->Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.Str("status"), "ok");
  Reply doc = c->Get("/api/v1/openapi.json");
  EXPECT_EQ(doc.status, 200);
  EXPECT_EQ(doc.at("openapi").as_string(), "3.0.3");
  Reply metrics = c->Get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("werkpad_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}"),
            std::string::npos)
      << metrics.body.substr(0, 500);
  EXPECT_NE(metrics.body.find("werkpad_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(metrics.body.find("werkpad_db_write_batches_total"), std::string::npos);
  EXPECT_NE(health.Header("x-request-id"), nullptr);
  EXPECT_NE(*health.Header("x-request-id"), *doc.Header("x-request-id"));
}

// The checker itself must be able to fail, or every other test proves nothing.
TEST(Api, OpenApiCheckerRejectsNonConformingAnswers) {
  OpenApiChecker checker(http::OpenApiDocument());  // own instance: no effect on coverage
  bj::value good = bj::parse(R"({"state":"active","csrf_token":"0123456789abcdef0123","expires_at":"2026-11-23T22:00:00.000Z",
    "user":{"id":3,"username":"ric","display_name":"R","role":"ric","discipline":null,"revalidant_id":null}})");
  EXPECT_TRUE(checker.ValidateAgainst("Session", good).empty());
  bj::value extra = good;
  extra.as_object()["password"] = "x";
  EXPECT_FALSE(checker.ValidateAgainst("Session", extra).empty()) << "additional property";
  bj::value missing = good;
  missing.as_object().erase("csrf_token");
  EXPECT_FALSE(checker.ValidateAgainst("Session", missing).empty()) << "required property";
  bj::value typed = good;
  typed.as_object()["user"].as_object()["id"] = "3";
  EXPECT_FALSE(checker.ValidateAgainst("Session", typed).empty()) << "wrong type";
  bj::value null_role = good;
  null_role.as_object()["user"].as_object()["role"] = nullptr;
  EXPECT_FALSE(checker.ValidateAgainst("Session", null_role).empty()) << "null where not nullable";
  bj::value bad_time = good;
  bad_time.as_object()["expires_at"] = "23-11-2026";
  EXPECT_FALSE(checker.ValidateAgainst("Session", bad_time).empty()) << "pattern";
  EXPECT_FALSE(checker.ValidateAgainst("Error", bj::parse(R"({"error":{"message":"x"}})")).empty());

  Reply reply;
  reply.status = 418;
  reply.headers = {{"x-request-id", "abc"}, {"content-type", "application/json"}, {"cache-control", "no-store"},
                   {"x-content-type-options", "nosniff"}, {"content-security-policy", "default-src 'self'"},
                   {"referrer-policy", "no-referrer"}};
  reply.body = R"({"error":{"code":"internal","message":"x"}})";
  reply.json = bj::parse(reply.body);
  EXPECT_FALSE(checker.Check("GET", "/api/v1/teams", reply).empty()) << "undocumented status";
  reply.status = 503;
  EXPECT_FALSE(checker.Check("GET", "/api/v1/teams", reply).empty()) << "5xx";
  reply.status = 401;
  reply.headers.erase("x-request-id");
  EXPECT_FALSE(checker.Check("GET", "/api/v1/teams", reply).empty()) << "no request id";
  EXPECT_FALSE(checker.UncoveredSuccesses().empty());
  EXPECT_EQ(checker.TemplateFor("/api/v1/users/12/reset-2fa"), "/api/v1/users/{id}/reset-2fa");
  EXPECT_EQ(checker.TemplateFor("/api/v1/session/totp"), "/api/v1/session/totp");
}

TEST(Api, KeepAliveServesSeveralRequestsOnOneConnection) {
  // Left open on purpose: the final SIGTERM must still stop the server promptly (idle close).
  static int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(Env().server().port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  std::string two = "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\nGET /api/v1/openapi.json HTTP/1.1\r\nHost: t\r\n\r\n";
  ASSERT_EQ(::send(fd, two.data(), two.size(), 0), static_cast<ssize_t>(two.size()));
  std::string received;
  char buf[65536];
  while (received.find("\"paths\"") == std::string::npos) {
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    received.append(buf, static_cast<std::size_t>(n));
  }
  EXPECT_EQ(received.rfind("HTTP/1.1 200", 0), 0u);
  EXPECT_NE(received.find("HTTP/1.1 200", 10), std::string::npos) << "second answer on the same connection";
}

TEST(Api, UnknownApiPathIs404AndWrongMethodIs405) {
  auto c = Env().NewClient();
  Reply missing = c->Get("/api/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.ErrorCode(), "not_found");
  Reply wrong = c->Send("PATCH", "/api/v1/teams", std::string("{}"));
  EXPECT_EQ(wrong.status, 405);
  ASSERT_NE(wrong.Header("allow"), nullptr);
  EXPECT_EQ(*wrong.Header("allow"), "GET, POST");
}

TEST(Api, StaticFilesWithSpaFallbackAndNoTraversal) {
  auto c = Env().NewClient();
  Reply index = c->Get("/revalidanten/12");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.body, "<!doctype html><title>werkpad test</title>");
  EXPECT_EQ(*index.Header("content-type"), "text/html; charset=utf-8");
  Reply js = c->Get("/assets/app.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(*js.Header("content-type"), "text/javascript; charset=utf-8");
  Reply head = c->Send("HEAD", "/assets/app.js", std::nullopt);
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  ASSERT_NE(head.Header("content-length"), nullptr);
  EXPECT_EQ(*head.Header("content-length"), std::to_string(std::string("console.log('werkpad')").size()));
  for (std::string evil : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fetc/passwd"}) {
    Reply r = c->Get(evil);
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << evil;
    EXPECT_NE(r.status, 200) << evil;
  }
}

TEST(Api, BodyOverTheLimitIs413) {
  auto c = Env().NewClient();
  std::string big = "{\"username\":\"" + std::string(2 * 1024 * 1024, 'a') + "\",\"password\":\"x\"}";
  Reply r = c->Send("POST", "/api/v1/session", big);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.ErrorCode(), "payload_too_large");
}

// ---------------------------------------------------------------------------------------------
// Session, TOTP, CSRF

TEST(Api, LoginFailuresAndMissingSession) {
  auto c = Env().NewClient();
  EXPECT_EQ(c->Get("/api/v1/session").status, 401);
  Reply wrong = c->Post("/api/v1/session", bj::object{{"username", "ric"}, {"password", "wrong-password"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.ErrorCode(), "unauthenticated");
  Reply missing = c->Post("/api/v1/session", bj::object{{"username", "ric"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.HasFieldError("password", "required"));
  Reply unknown = c->Post("/api/v1/session", bj::object{{"username", "ric"}, {"password", "x"}, {"remember", true}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.ErrorCode(), "bad_request");
  Reply not_json = c->Send("POST", "/api/v1/session", std::string("{username"));
  EXPECT_EQ(not_json.status, 400);
  Reply no_type = c->Send("POST", "/api/v1/session", std::string("{}"), "text/plain");
  EXPECT_EQ(no_type.status, 400);
  EXPECT_EQ(c->Get("/api/v1/revalidanten").status, 401);
}

TEST(Api, StaffLoginEnrolsTotpThenUsesTotpAndRecoveryCode) {
  auto c = Env().NewClient();
  Reply login = c->Post("/api/v1/session", bj::object{{"username", "arts"}, {"password", kDemoPassword}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.Str("state"), "totp_enrolment_required");
  EXPECT_EQ(login.at("user").at("role").as_string(), "revalidatiearts");
  bool cookie_ok = false;
  for (const auto& sc : login.set_cookies) {
    cookie_ok |= sc.rfind("werkpad_session=", 0) == 0 && sc.find("HttpOnly") != std::string::npos &&
                 sc.find("SameSite=Strict") != std::string::npos && sc.find("Path=/") != std::string::npos;
  }
  EXPECT_TRUE(cookie_ok) << "session cookie attributes";
  c->set_csrf(login.Str("csrf_token"));
  // Not active yet: the API refuses, GET /session answers.
  EXPECT_EQ(c->Get("/api/v1/revalidanten").status, 401);
  EXPECT_EQ(c->Get("/api/v1/session").Str("state"), "totp_enrolment_required");
  // TOTP verification is for the other state.
  EXPECT_EQ(c->Post("/api/v1/session/totp", bj::object{{"code", "123456"}}).status, 409);

  Reply start = c->Post("/api/v1/session/totp/enrolment", bj::object{});
  ASSERT_EQ(start.status, 200) << start.body;
  std::string secret = start.Str("secret");
  EXPECT_NE(start.Str("otpauth_uri").find("secret=" + secret), std::string::npos);
  std::int64_t step = CurrentStep();
  std::string good = TotpCodeAt(secret, step * 30);
  std::string bad = good == "000000" ? "111111" : "000000";
  Reply wrong = c->Post("/api/v1/session/totp/enrolment/confirm", bj::object{{"code", bad}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(wrong.HasFieldError("code", "invalid_code")) << wrong.body;
  Reply confirm = c->Post("/api/v1/session/totp/enrolment/confirm", bj::object{{"code", good}});
  ASSERT_EQ(confirm.status, 200) << confirm.body;
  Env().RememberTotp("arts", secret, step);
  auto codes = confirm.at("recovery_codes").as_array();
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(confirm.at("session").at("state").as_string(), "active");
  c->set_csrf(std::string(confirm.at("session").at("csrf_token").as_string()));
  EXPECT_EQ(c->Get("/api/v1/revalidanten").status, 200);
  EXPECT_EQ(c->Delete("/api/v1/session").status, 204);
  EXPECT_EQ(c->Get("/api/v1/session").status, 401);

  // Second login: TOTP required; a recovery code works once.
  auto r = Env().NewClient();
  Reply again = r->Post("/api/v1/session", bj::object{{"username", "arts"}, {"password", kDemoPassword}});
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.Str("state"), "totp_required");
  r->set_csrf(again.Str("csrf_token"));
  std::string recovery(codes[0].as_string());
  Reply used = r->Post("/api/v1/session/totp", bj::object{{"recovery_code", recovery}});
  ASSERT_EQ(used.status, 200) << used.body;
  EXPECT_EQ(used.Str("state"), "active");
  r->set_csrf(used.Str("csrf_token"));
  EXPECT_EQ(r->Get("/api/v1/revalidanten").status, 200);

  auto t = Env().NewClient();
  Reply third = t->Post("/api/v1/session", bj::object{{"username", "arts"}, {"password", kDemoPassword}});
  t->set_csrf(third.Str("csrf_token"));
  // Exactly one of the two, and the message says so readably.
  Reply both = t->Post("/api/v1/session/totp",
                       bj::object{{"code", "123456"}, {"recovery_code", recovery}});
  EXPECT_EQ(both.status, 422);
  EXPECT_TRUE(both.HasFieldError("recovery_code", "invalid_value")) << both.body;
  EXPECT_EQ(both.at("error").at("message").as_string(),
            "second factor: recovery_code may not be given together with code")
      << both.body;
  Reply neither = t->Post("/api/v1/session/totp", bj::object{});
  EXPECT_EQ(neither.status, 422);
  EXPECT_TRUE(neither.HasFieldError("code", "required")) << neither.body;
  Reply reused = t->Post("/api/v1/session/totp", bj::object{{"recovery_code", recovery}});
  EXPECT_EQ(reused.status, 422);
  EXPECT_TRUE(reused.HasFieldError("recovery_code", "invalid_code")) << reused.body;
  Reply by_code = t->Post("/api/v1/session/totp", bj::object{{"code", Env().NextCode("arts")}});
  EXPECT_EQ(by_code.status, 200) << by_code.body;
}

TEST(Api, CsrfTokenIsRequiredOnStateChangingRequests) {
  HttpClient& admin = Env().As("admin");
  admin.set_send_csrf(false);
  Reply missing = admin.Post("/api/v1/teams", bj::object{{"name", "Team Zonder Token"}});
  admin.set_send_csrf(true);
  EXPECT_EQ(missing.status, 403);
  EXPECT_EQ(missing.ErrorCode(), "forbidden");
  std::string token = admin.csrf();
  admin.set_csrf("not-the-token-of-this-session");
  Reply wrong = admin.Post("/api/v1/teams", bj::object{{"name", "Team Verkeerd Token"}});
  admin.set_csrf(token);
  EXPECT_EQ(wrong.status, 403);
  // Nothing was created.
  Reply teams = admin.Get("/api/v1/teams");
  for (const auto& t : teams.at("items").as_array()) {
    EXPECT_NE(t.at("name").as_string(), "Team Zonder Token");
    EXPECT_NE(t.at("name").as_string(), "Team Verkeerd Token");
  }
}

TEST(Api, IdleSessionExpires) {
  auto c = Env().Fresh("werkgever", kDemoPassword);  // no second factor for werkgever
  Reply s = c->Get("/api/v1/session");
  ASSERT_EQ(s.status, 200);
  EXPECT_EQ(s.Str("state"), "active");
  // Age the session in the database as if it had been idle for two hours.
  std::string token = c->cookies().at("werkpad_session");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Env().server().database_path().c_str(), &db), SQLITE_OK);
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "UPDATE session SET last_seen_ms = last_seen_ms - 7200000, "
                               "created_ms = created_ms - 7200000 WHERE token_hash = ?",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  std::string hash = core::Sha256Hex(token);
  sqlite3_bind_text(stmt, 1, hash.c_str(), -1, SQLITE_TRANSIENT);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE);
  EXPECT_EQ(sqlite3_changes(db), 1) << "session row not found by token hash";
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  // A change made by another process reaches a session the server holds in memory within the
  // session cache's second (AuthOptions::session_cache_ttl).
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  Reply expired = c->Get("/api/v1/session");
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(expired.ErrorCode(), "unauthenticated");
}

TEST(Api, OwnPasswordChange) {
  HttpClient& admin = Env().As("admin");
  Reply created = admin.Post("/api/v1/users", bj::object{{"username", "ww.test"}, {"display_name", "Wachtwoord Test"},
                                                          {"email", ""}, {"role", "werkgever"}, {"discipline", nullptr},
                                                          {"team_ids", bj::array{}}, {"password", "eerste-wachtwoord-1"}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto c = Env().Fresh("ww.test", "eerste-wachtwoord-1");
  Reply short_pw = c->Put("/api/v1/session/password",
                          bj::object{{"current_password", "eerste-wachtwoord-1"}, {"new_password", "kort"}});
  EXPECT_EQ(short_pw.status, 422);
  EXPECT_TRUE(short_pw.HasFieldError("new_password", "too_short")) << short_pw.body;
  Reply wrong = c->Put("/api/v1/session/password",
                       bj::object{{"current_password", "niet-het-wachtwoord"}, {"new_password", "tweede-wachtwoord-2"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(wrong.HasFieldError("current_password", "invalid_value")) << wrong.body;
  Reply ok = c->Put("/api/v1/session/password",
                    bj::object{{"current_password", "eerste-wachtwoord-1"}, {"new_password", "tweede-wachtwoord-2"}});
  EXPECT_EQ(ok.status, 204) << ok.body;
  EXPECT_TRUE(ok.body.empty());
  auto again = Env().Fresh("ww.test", "tweede-wachtwoord-2");
  EXPECT_EQ(again->Get("/api/v1/session").status, 200);
}

// ---------------------------------------------------------------------------------------------
// Revalidanten

TEST(Api, RevalidantCreateReadUpdateAndConflict) {
  HttpClient& ric = Env().As("ric");
  std::int64_t noord = TeamId("Team Noord");
  std::int64_t ric_id = ric.Get("/api/v1/session").at("user").at("id").as_int64();
  Reply created = ric.Post("/api/v1/revalidanten", RevalidantBody("Apitest", noord, ric_id, 1));
  ASSERT_EQ(created.status, 201) << created.body;
  g_revalidant_id = created.Int("id");
  EXPECT_EQ(created.Int("version"), 1);
  EXPECT_EQ(created.at("team").at("name").as_string(), "Team Noord");
  EXPECT_EQ(created.at("ric").at("id").as_int64(), ric_id);

  std::string path = "/api/v1/revalidanten/" + std::to_string(g_revalidant_id);
  Reply read = ric.Get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Str("family_name"), "Apitest");
  EXPECT_EQ(read.Str("bsn"), FakeBsn(1));

  bj::object update = RevalidantBody("Apitest", noord, ric_id, 1);
  update["function_title"] = "Teamleider";
  update["version"] = 1;
  Reply updated = ric.Put(path, update);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.Int("version"), 2);
  EXPECT_EQ(updated.Str("function_title"), "Teamleider");
  // The update's answer is the record as a read returns it, field for field.
  Reply reread = ric.Get(path);
  ASSERT_EQ(reread.status, 200);
  EXPECT_EQ(bj::parse(updated.body), bj::parse(reread.body));

  update["function_title"] = "Verouderd";
  Reply stale = ric.Put(path, update);  // still version 1
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.ErrorCode(), "conflict");
  EXPECT_EQ(ric.Get(path).Str("function_title"), "Teamleider");

  Reply search = ric.Get("/api/v1/revalidanten?q=apitest&page=1&page_size=10");
  ASSERT_EQ(search.status, 200);
  EXPECT_EQ(search.Int("total"), 1);
  EXPECT_EQ(search.at("items").as_array()[0].at("id").as_int64(), g_revalidant_id);
  EXPECT_EQ(search.Int("page_size"), 10);
}

TEST(Api, RevalidantValidationErrors) {
  HttpClient& ric = Env().As("ric");
  std::int64_t noord = TeamId("Team Noord");
  bj::object bad = RevalidantBody("Fout", noord, 0, 2);
  bad["ric_user_id"] = nullptr;
  bad["bsn"] = "123456789";  // fails the elfproef
  bad["date_of_birth"] = "2999-01-01";
  bad["contact"].as_object()["email"] = "geen-adres";
  Reply invalid = ric.Post("/api/v1/revalidanten", bad);
  EXPECT_EQ(invalid.status, 422) << invalid.body;
  EXPECT_EQ(invalid.ErrorCode(), "invalid_input");
  EXPECT_TRUE(invalid.HasFieldError("bsn", "elfproef")) << invalid.body;
  EXPECT_TRUE(invalid.HasFieldError("date_of_birth", "in_future")) << invalid.body;
  EXPECT_TRUE(invalid.HasFieldError("contact.email", "invalid_email")) << invalid.body;

  bj::object unknown = RevalidantBody("Onbekend", noord, 0, 3);
  unknown["ric_user_id"] = nullptr;
  unknown["schoenmaat"] = 44;
  Reply u = ric.Post("/api/v1/revalidanten", unknown);
  EXPECT_EQ(u.status, 400);
  EXPECT_TRUE(u.HasFieldError("schoenmaat", "unknown_field")) << u.body;

  bj::object typed = RevalidantBody("Type", noord, 0, 4);
  typed["ric_user_id"] = nullptr;
  typed["hours_per_week"] = "veertig";
  Reply t = ric.Post("/api/v1/revalidanten", typed);
  EXPECT_EQ(t.status, 400);
  EXPECT_TRUE(t.HasFieldError("hours_per_week", "wrong_type")) << t.body;

  Reply missing = ric.Post("/api/v1/revalidanten", bj::object{{"given_names", "Alleen"}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.HasFieldError("date_of_birth", "required")) << missing.body;

  EXPECT_EQ(ric.Get("/api/v1/revalidanten/99999999").status, 404);
  EXPECT_EQ(ric.Get("/api/v1/revalidanten/abc").status, 404);
  EXPECT_EQ(ric.Get("/api/v1/revalidanten?page=x").status, 400);
  EXPECT_EQ(ric.Get("/api/v1/revalidanten?page_size=500").status, 422);
}

TEST(Api, NeedToKnowForbidsTherapistOutsideTheTeam) {
  ASSERT_GT(g_revalidant_id, 0);
  // fysio is in Team Noord only; create a revalidant in Team Zuid as ric.zuid.
  HttpClient& zuid = Env().As("ric.zuid");
  std::int64_t zuid_team = TeamId("Team Zuid");
  std::int64_t zuid_id = zuid.Get("/api/v1/session").at("user").at("id").as_int64();
  Reply created = zuid.Post("/api/v1/revalidanten", RevalidantBody("Zuidelijk", zuid_team, zuid_id, 5));
  ASSERT_EQ(created.status, 201) << created.body;
  std::int64_t id = created.Int("id");

  HttpClient& fysio = Env().As("fysio");
  Reply denied = fysio.Get("/api/v1/revalidanten/" + std::to_string(id));
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.ErrorCode(), "forbidden");
  bj::object update = RevalidantBody("Zuidelijk", zuid_team, zuid_id, 5);
  update["version"] = 1;
  EXPECT_EQ(fysio.Put("/api/v1/revalidanten/" + std::to_string(id), update).status, 403);
  Reply search = fysio.Get("/api/v1/revalidanten?q=zuidelijk");
  ASSERT_EQ(search.status, 200);
  EXPECT_EQ(search.Int("total"), 0);
  // Within the own team it works.
  EXPECT_EQ(fysio.Get("/api/v1/revalidanten/" + std::to_string(g_revalidant_id)).status, 200);

  // The refusal is in the audit log.
  Reply audit = Env().As("admin").Get("/api/v1/audit?revalidant_id=" + std::to_string(id) + "&page_size=100");
  ASSERT_EQ(audit.status, 200);
  bool denied_logged = false;
  for (const auto& e : audit.at("items").as_array()) {
    denied_logged |= e.at("outcome").as_string() == "denied" && e.at("user").is_object() &&
                     e.at("user").at("username").as_string() == "fysio";
  }
  EXPECT_TRUE(denied_logged) << audit.body.substr(0, 1000);
}

// PUT /revalidanten/{id} runs on the I/O thread and makes its change in one deferred unit:
// what the unit refuses (a BSN another revalidant has, an absent record) is the answer, a
// request without its CSRF token never reaches it, and none of them changes the record.
TEST(Api, RevalidantUpdateRefusalsAnsweredFromTheDeferredUnit) {
  ASSERT_GT(g_revalidant_id, 0);
  HttpClient& ric = Env().As("ric");
  std::int64_t noord = TeamId("Team Noord");
  std::int64_t ric_id = ric.Get("/api/v1/session").at("user").at("id").as_int64();
  Reply other = ric.Post("/api/v1/revalidanten", RevalidantBody("Anderbsn", noord, ric_id, 8));
  ASSERT_EQ(other.status, 201) << other.body;

  std::string path = "/api/v1/revalidanten/" + std::to_string(g_revalidant_id);
  Reply before = ric.Get(path);
  ASSERT_EQ(before.status, 200);
  bj::object update = RevalidantBody("Apitest", noord, ric_id, 8);  // the other one's BSN
  update["version"] = before.Int("version");
  Reply taken = ric.Put(path, update);
  EXPECT_EQ(taken.status, 422) << taken.body;
  EXPECT_EQ(taken.ErrorCode(), "invalid_input");
  EXPECT_TRUE(taken.HasFieldError("bsn", "taken")) << taken.body;

  update["bsn"] = FakeBsn(1);
  EXPECT_EQ(ric.Put("/api/v1/revalidanten/99999999", update).status, 404);
  ric.set_send_csrf(false);
  Reply no_token = ric.Put(path, update);
  ric.set_send_csrf(true);
  EXPECT_EQ(no_token.status, 403);

  Reply after = ric.Get(path);
  EXPECT_EQ(after.Int("version"), before.Int("version"));
  EXPECT_EQ(after.Str("bsn"), before.Str("bsn"));
  // And the same request with the right BSN goes through.
  Reply ok = ric.Put(path, update);
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Int("version"), before.Int("version") + 1);
}

TEST(Api, AdminGetsOnlyAMinimalLookup) {
  Reply list = Env().As("admin").Get("/api/v1/revalidanten?q=apitest");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.Int("total"), 1);
  const auto& item = list.at("items").as_array()[0].as_object();
  EXPECT_EQ(item.size(), 4u) << "id, names and date_of_birth only";
  EXPECT_FALSE(item.contains("employment_status"));
  EXPECT_EQ(Env().As("admin").Get("/api/v1/revalidanten/" + std::to_string(g_revalidant_id)).status, 403);
}

// ---------------------------------------------------------------------------------------------
// Users, staff, organisation (admin)

TEST(Api, AdminOnlyEndpointsForbidOthers) {
  HttpClient& ric = Env().As("ric");
  EXPECT_EQ(ric.Get("/api/v1/users").status, 403);
  EXPECT_EQ(ric.Get("/api/v1/users/1").status, 403);
  EXPECT_EQ(ric.Get("/api/v1/audit").status, 403);
  EXPECT_EQ(ric.Get("/api/v1/institution").status, 403);
  EXPECT_EQ(ric.Post("/api/v1/teams", bj::object{{"name", "Team Ric"}}).status, 403);
  EXPECT_EQ(ric.Post("/api/v1/disciplines", bj::object{{"code", "ric_vak"}, {"label", "Ric"}}).status, 403);
  EXPECT_EQ(ric.Post("/api/v1/users/1/disable", bj::object{}).status, 403);
  auto werkgever = Env().Fresh("werkgever", kDemoPassword);
  EXPECT_EQ(werkgever->Get("/api/v1/staff").status, 403);
  EXPECT_EQ(werkgever->Get("/api/v1/revalidanten").status, 403);
  EXPECT_EQ(werkgever->Get("/api/v1/teams").status, 403);
}

TEST(Api, UserAdministration) {
  HttpClient& admin = Env().As("admin");
  std::int64_t noord = TeamId("Team Noord");
  Reply list = admin.Get("/api/v1/users?role=therapeut&page=1&page_size=50");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.Int("total"), 4);
  for (const auto& u : list.at("items").as_array()) EXPECT_EQ(u.at("role").as_string(), "therapeut");

  Reply created = admin.Post("/api/v1/users", bj::object{{"username", "nieuwe.ergo"}, {"display_name", "Nieuwe Ergo"},
                                                          {"email", "ergo@voorbeeld.invalid"}, {"role", "therapeut"},
                                                          {"discipline", "ergotherapie"}, {"team_ids", bj::array{noord}}});
  ASSERT_EQ(created.status, 201) << created.body;
  std::string initial = created.Str("initial_password");
  EXPECT_GE(initial.size(), 12u);
  std::int64_t id = created.at("user").at("id").as_int64();
  std::string path = "/api/v1/users/" + std::to_string(id);

  Reply taken = admin.Post("/api/v1/users", bj::object{{"username", "nieuwe.ergo"}, {"display_name", "Dubbel"},
                                                        {"email", ""}, {"role", "ric"}, {"discipline", nullptr},
                                                        {"team_ids", bj::array{}}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(taken.HasFieldError("username", "taken")) << taken.body;
  Reply invalid = admin.Post("/api/v1/users", bj::object{{"username", "X!"}, {"display_name", ""}, {"email", "nee"},
                                                          {"role", "koning"}, {"discipline", nullptr}, {"team_ids", bj::array{}}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(invalid.HasFieldError("role", "invalid_value")) << invalid.body;
  EXPECT_TRUE(invalid.HasFieldError("email", "invalid_email")) << invalid.body;

  Reply got = admin.Get(path);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.Str("username"), "nieuwe.ergo");
  EXPECT_FALSE(got.at("totp_enabled").as_bool());
  std::int64_t version = got.Int("version");
  bj::object update{{"display_name", "Nieuwe Ergotherapeut"}, {"email", "ergo@voorbeeld.invalid"},
                    {"role", "therapeut"}, {"discipline", "ergotherapie"}, {"team_ids", bj::array{noord}},
                    {"version", version}};
  Reply updated = admin.Put(path, update);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.Str("display_name"), "Nieuwe Ergotherapeut");
  EXPECT_EQ(admin.Put(path, update).status, 409);  // same (now stale) version

  // Staff user created by admin: first login enrols TOTP.
  auto user = Env().Fresh("nieuwe.ergo", initial);
  EXPECT_EQ(user->Get("/api/v1/session").Str("state"), "active");

  Reply disabled = admin.Post(path + "/disable", bj::object{});
  ASSERT_EQ(disabled.status, 200);
  EXPECT_TRUE(disabled.at("disabled").as_bool());
  EXPECT_EQ(user->Get("/api/v1/session").status, 401) << "disable ends the sessions";
  auto blocked = Env().NewClient();
  EXPECT_EQ(blocked->Post("/api/v1/session", bj::object{{"username", "nieuwe.ergo"}, {"password", initial}}).status, 401);
  Reply enabled = admin.Post(path + "/enable", bj::object{});
  ASSERT_EQ(enabled.status, 200);
  EXPECT_FALSE(enabled.at("disabled").as_bool());

  Reply reset = admin.Post(path + "/reset-password", bj::object{});
  ASSERT_EQ(reset.status, 200);
  std::string temporary = reset.Str("temporary_password");
  Reply reset2fa = admin.Post(path + "/reset-2fa", bj::object{});
  ASSERT_EQ(reset2fa.status, 200);
  EXPECT_FALSE(reset2fa.at("totp_enabled").as_bool());
  Env().ForgetTotp("nieuwe.ergo");
  // Temporary password works and enrolment starts again.
  auto again = Env().NewClient();
  Reply login = again->Post("/api/v1/session", bj::object{{"username", "nieuwe.ergo"}, {"password", temporary}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(login.Str("state"), "totp_enrolment_required");
  EXPECT_EQ(admin.Get("/api/v1/users/99999999").status, 404);
  EXPECT_EQ(admin.Post("/api/v1/users/99999999/enable", bj::object{}).status, 404);
  // Ids are canonical decimals: a leading zero names no resource.
  EXPECT_EQ(admin.Get("/api/v1/users/0" + path.substr(path.rfind('/') + 1)).status, 404);

  // Not on one's own account (409, nothing changes, the session goes on): the own password is
  // changed with the current one, the own second factor reset by another administrator.
  Reply me = admin.Get("/api/v1/session");
  ASSERT_EQ(me.status, 200);
  const std::string self = "/api/v1/users/" + std::to_string(me.at("user").at("id").as_int64());
  EXPECT_EQ(admin.Post(self + "/disable", bj::object{}).status, 409);
  EXPECT_EQ(admin.Post(self + "/reset-password", bj::object{}).status, 409);
  EXPECT_EQ(admin.Post(self + "/reset-2fa", bj::object{}).status, 409);
  Reply still = admin.Get("/api/v1/session");
  EXPECT_EQ(still.status, 200);
  EXPECT_EQ(still.Str("state"), "active");
  EXPECT_EQ(admin.Post(path + "/enable", bj::object{{"reason", "x"}}).status, 400);
}

TEST(Api, PortalAccountForARevalidant) {
  ASSERT_GT(g_revalidant_id, 0);
  HttpClient& admin = Env().As("admin");
  auto body = [](const std::string& username, const std::string& role, bj::value revalidant) {
    return bj::object{{"username", username}, {"display_name", "Portaal Api"}, {"email", ""},
                      {"role", role}, {"discipline", nullptr}, {"team_ids", bj::array{}},
                      {"revalidant_id", revalidant}};
  };
  // Only the admin creates accounts, a revalidant account names its revalidant and a staff
  // account names none.
  EXPECT_EQ(Env().As("ric").Post("/api/v1/users", body("portaal.api", "revalidant", g_revalidant_id)).status, 403);
  Reply unlinked = admin.Post("/api/v1/users", body("portaal.api", "revalidant", nullptr));
  EXPECT_EQ(unlinked.status, 422);
  EXPECT_TRUE(unlinked.HasFieldError("revalidant_id", "required")) << unlinked.body;
  Reply staff = admin.Post("/api/v1/users", body("portaal.api", "ric", g_revalidant_id));
  EXPECT_EQ(staff.status, 422);
  EXPECT_TRUE(staff.HasFieldError("revalidant_id", "invalid_value")) << staff.body;
  Reply unknown = admin.Post("/api/v1/users", body("portaal.api", "revalidant", 99999999));
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.HasFieldError("revalidant_id", "invalid_value")) << unknown.body;

  Reply created = admin.Post("/api/v1/users", body("portaal.api", "revalidant", g_revalidant_id));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.at("user").at("revalidant_id").as_int64(), g_revalidant_id);
  const std::string user_id = std::to_string(created.at("user").at("id").as_int64());
  // One portal account per revalidant.
  Reply second = admin.Post("/api/v1/users", body("portaal.api2", "revalidant", g_revalidant_id));
  EXPECT_EQ(second.status, 409);
  EXPECT_TRUE(second.HasFieldError("revalidant_id", "taken")) << second.body;
  // The creation is in the revalidant's access log.
  Reply audit = admin.Get("/api/v1/audit?revalidant_id=" + std::to_string(g_revalidant_id) + "&page_size=100");
  ASSERT_EQ(audit.status, 200);
  bool logged = false;
  for (const auto& e : audit.at("items").as_array()) {
    logged |= e.at("action").as_string() == "create" && e.at("object_type").as_string() == "user" &&
              e.at("object_id").as_string() == user_id;
  }
  EXPECT_TRUE(logged) << audit.body.substr(0, 1000);

  // A password reset of the portal account is in the revalidant's access log too.
  Reply reset = admin.Post("/api/v1/users/" + user_id + "/reset-password", bj::object{});
  ASSERT_EQ(reset.status, 200) << reset.body;
  Reply after = admin.Get("/api/v1/audit?revalidant_id=" + std::to_string(g_revalidant_id) + "&page_size=100");
  bool reset_logged = false;
  for (const auto& e : after.at("items").as_array()) {
    reset_logged |= e.at("action").as_string() == "update" && e.at("object_type").as_string() == "user" &&
                    e.at("object_id").as_string() == user_id;
  }
  EXPECT_TRUE(reset_logged) << after.body.substr(0, 1000);

  // The revalidant signs in with the one-time password (no second factor) and sees their own file only.
  auto portal = Env().Fresh("portaal.api", reset.Str("temporary_password"));
  EXPECT_EQ(portal->Get("/api/v1/session").Str("state"), "active");
  EXPECT_EQ(portal->Get("/api/v1/revalidanten/" + std::to_string(g_revalidant_id)).status, 200);
  EXPECT_EQ(portal->Get("/api/v1/users").status, 403);
}

TEST(Api, StaffDirectory) {
  Reply all = Env().As("ric").Get("/api/v1/staff");
  ASSERT_EQ(all.status, 200);
  std::set<std::string> roles;
  for (const auto& s : all.at("items").as_array()) roles.insert(std::string(s.at("role").as_string()));
  EXPECT_EQ(roles, (std::set<std::string>{"revalidatiearts", "ric", "therapeut"}));
  Reply rics = Env().As("admin").Get("/api/v1/staff?role=ric");
  ASSERT_EQ(rics.status, 200);
  EXPECT_GE(rics.at("items").as_array().size(), 2u);
  for (const auto& s : rics.at("items").as_array()) EXPECT_EQ(s.at("role").as_string(), "ric");
  EXPECT_EQ(Env().As("ric").Get("/api/v1/staff?role=koning").status, 422);
}

TEST(Api, TeamsDisciplinesAndInstitution) {
  HttpClient& admin = Env().As("admin");
  Reply team = admin.Post("/api/v1/teams", bj::object{{"name", "Team Api"}});
  ASSERT_EQ(team.status, 201) << team.body;
  EXPECT_EQ(team.Str("name"), "Team Api");
  Reply dup = admin.Post("/api/v1/teams", bj::object{{"name", "Team Api"}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.HasFieldError("name", "taken")) << dup.body;
  EXPECT_EQ(admin.Post("/api/v1/teams", bj::object{{"name", ""}}).status, 422);
  Reply teams = Env().As("ric").Get("/api/v1/teams");
  ASSERT_EQ(teams.status, 200);
  EXPECT_GE(teams.at("items").as_array().size(), 3u);

  Reply disc = admin.Post("/api/v1/disciplines", bj::object{{"code", "arbeidsdeskundige"}, {"label", "Arbeidsdeskundige"}});
  ASSERT_EQ(disc.status, 201) << disc.body;
  EXPECT_FALSE(disc.at("builtin").as_bool());
  Reply bad = admin.Post("/api/v1/disciplines", bj::object{{"code", "Geen Code!"}, {"label", "x"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(bad.HasFieldError("code", "invalid_value")) << bad.body;
  Reply list = Env().As("fysio").Get("/api/v1/disciplines");
  ASSERT_EQ(list.status, 200);
  bool builtin = false, added = false;
  for (const auto& d : list.at("items").as_array()) {
    builtin |= d.at("code").as_string() == "fysiotherapie" && d.at("builtin").as_bool();
    added |= d.at("code").as_string() == "arbeidsdeskundige";
  }
  EXPECT_TRUE(builtin && added);

  Reply inst = admin.Get("/api/v1/institution");
  ASSERT_EQ(inst.status, 200);
  bj::object body = inst.json.as_object();
  body["city"] = "Amersfoort";
  body["ric_model"] = "wisselend";
  Reply put = admin.Put("/api/v1/institution", body);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Str("city"), "Amersfoort");
  EXPECT_EQ(put.Int("version"), inst.Int("version") + 1);
  Reply stale = admin.Put("/api/v1/institution", body);
  EXPECT_EQ(stale.status, 409);
  body["version"] = put.Int("version");
  body["ric_model"] = "soms";
  Reply invalid = admin.Put("/api/v1/institution", body);
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(invalid.HasFieldError("ric_model", "invalid_value")) << invalid.body;
  body["ric_model"] = "vast";
  EXPECT_EQ(admin.Put("/api/v1/institution", body).status, 200);
}

// ---------------------------------------------------------------------------------------------
// Audit log

TEST(Api, AuditRecordsReadsAndWrites) {
  ASSERT_GT(g_revalidant_id, 0);
  HttpClient& admin = Env().As("admin");
  Reply audit = admin.Get("/api/v1/audit?revalidant_id=" + std::to_string(g_revalidant_id) + "&page_size=100");
  ASSERT_EQ(audit.status, 200);
  std::set<std::string> actions;
  std::int64_t previous_seq = INT64_MAX;
  for (const auto& e : audit.at("items").as_array()) {
    actions.insert(std::string(e.at("action").as_string()));
    EXPECT_EQ(e.at("revalidant_id").as_int64(), g_revalidant_id);
    EXPECT_LT(e.at("seq").as_int64(), previous_seq) << "newest first";
    previous_seq = e.at("seq").as_int64();
    EXPECT_FALSE(e.at("request_id").as_string().empty());
  }
  EXPECT_TRUE(actions.count("create") && actions.count("read") && actions.count("update"))
      << audit.body.substr(0, 1000);
  // Logins are audited too, and the date filter works.
  Reply logins = admin.Get("/api/v1/audit?from=2000-01-01&to=2999-01-01&page_size=100");
  ASSERT_EQ(logins.status, 200);
  EXPECT_GT(logins.Int("total"), 0);
  Reply future = admin.Get("/api/v1/audit?from=2999-01-01");
  ASSERT_EQ(future.status, 200);
  EXPECT_EQ(future.Int("total"), 0);
  Reply bad = admin.Get("/api/v1/audit?from=gisteren");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(bad.HasFieldError("from", "invalid_date")) << bad.body;
  EXPECT_EQ(admin.Get("/api/v1/audit?user_id=abc").status, 400);
  std::int64_t ric = UserId("ric");
  Reply by_user = admin.Get("/api/v1/audit?user_id=" + std::to_string(ric));
  ASSERT_EQ(by_user.status, 200);
  for (const auto& e : by_user.at("items").as_array()) EXPECT_EQ(e.at("user").at("id").as_int64(), ric);
}

// ---------------------------------------------------------------------------------------------
// Throttling (kept late: failed logins from 127.0.0.1 also count per address)

TEST(Api, LoginThrottlingAnswers429) {
  auto c = Env().NewClient();
  int last = 0;
  for (int i = 0; i < 5; ++i) {
    last = c->Post("/api/v1/session", bj::object{{"username", "bedrijfsarts"}, {"password", "fout-" + std::to_string(i)}}).status;
    EXPECT_EQ(last, 401);
  }
  Reply throttled = c->Post("/api/v1/session", bj::object{{"username", "bedrijfsarts"}, {"password", kDemoPassword}});
  EXPECT_EQ(throttled.status, 429) << "even the right password is refused while throttled";
  EXPECT_EQ(throttled.ErrorCode(), "too_many_requests");
  ASSERT_TRUE(throttled.headers.count("retry-after")) << "a 429 tells the client when to retry";
  EXPECT_EQ(throttled.headers.at("retry-after"), "900") << "the default throttle window, 15 minutes";
}

// ---------------------------------------------------------------------------------------------
// Last: every documented success answer was seen and checked.

}  // namespace
}  // namespace werkpad::api_test

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new werkpad::api_test::ApiEnvironment);
  return RUN_ALL_TESTS();
}
