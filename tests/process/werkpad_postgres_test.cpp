// The real werkpad binary against a real, throwaway PostgreSQL server: the same commands as
// with SQLite (migrate, demo, user, serve, audit verify, backup), so both backends are covered
// end to end. Skipped, visibly, when PostgreSQL's server binaries are not installed.

#include <signal.h>

#include <gtest/gtest.h>

#include "process/postgres.hpp"
#include "process/process.hpp"

namespace werkpad::test {
namespace {

using std::chrono::seconds;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class WerkpadPostgres : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { pg_ = TempPostgres::Start(why_not_).release(); }
  static void TearDownTestSuite() {
    delete pg_;
    pg_ = nullptr;
  }
  void SetUp() override {
    if (pg_ == nullptr) GTEST_SKIP() << why_not_;
  }

  static TempPostgres* pg_;
  static std::string why_not_;
  TempDir dir_;
};

TempPostgres* WerkpadPostgres::pg_ = nullptr;
std::string WerkpadPostgres::why_not_;

TEST_F(WerkpadPostgres, MigrateDemoServeAndVerify) {
  ASSERT_TRUE(pg_->CreateDatabase("werkpad_main"));
  std::string db = pg_->Url("werkpad_main");

  auto refused = RunWerkpad({"--db", db, "serve", "--listen", "127.0.0.1:0"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(Contains(refused.err, "not migrated")) << refused.err;
  EXPECT_TRUE(Contains(refused.err, "migrate")) << refused.err;

  auto first = RunWerkpad({"--db", db, "migrate"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(Contains(first.out, "migrated from schema version 0")) << first.out;
  auto second = RunWerkpad({"--db", db, "migrate"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(Contains(second.out, "up to date")) << second.out;

  auto demo = RunWerkpad({"--db", db, "demo"});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  EXPECT_EQ(RunWerkpad({"--db", db, "demo"}).exit_code, 2);
  auto list = RunWerkpad({"--db", db, "user", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_TRUE(Contains(list.out, "11 users")) << list.out;
  EXPECT_TRUE(Contains(list.out, " ric.zuid ")) << list.out;

  auto add =
      RunWerkpad({"--db", db, "user", "add", "--username", "pg.user", "--role", "werkgever"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  auto marker = std::string("initial password: ");
  auto at = add.out.find(marker);
  ASSERT_NE(at, std::string::npos) << add.out;
  std::string password = add.out.substr(at + marker.size());
  password = password.substr(0, password.find('\n'));

  ServerProcess server({"--db", db, "serve", "--listen", "127.0.0.1:0"}, dir_.File("server.log"));
  auto port = server.WaitListening(seconds(30));
  ASSERT_TRUE(port.has_value()) << server.Log();
  EXPECT_EQ(HttpRequest(*port, "GET", "/healthz").status, 200);
  auto login = HttpRequest(*port, "POST", "/api/v1/session",
                           R"({"username":"pg.user","password":")" + password + R"("})",
                           {{"Content-Type", "application/json"}});
  EXPECT_EQ(login.status, 200) << login.body;
  server.Signal(SIGTERM);
  EXPECT_EQ(server.WaitExit(seconds(20)), 0) << server.Log();

  auto verify = RunWerkpad({"--db", db, "audit", "verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  EXPECT_TRUE(Contains(verify.out, "intact")) << verify.out;

  auto backup = RunWerkpad({"--db", db, "backup", "--to", dir_.File("pg.dump")});
  EXPECT_EQ(backup.exit_code, 0) << backup.err;
  EXPECT_TRUE(Contains(backup.out, "pg_dump")) << backup.out;
}

// Sessions live in the database: a login answered by one process is a session on every other
// process on the same PostgreSQL database, and a logout on one ends it everywhere (issue 2:
// "two werkpad serve processes on one PostgreSQL serve the same users").
TEST_F(WerkpadPostgres, TwoServeProcessesShareSessions) {
  ASSERT_TRUE(pg_->CreateDatabase("werkpad_nodes"));
  std::string db = pg_->Url("werkpad_nodes");
  ASSERT_EQ(RunWerkpad({"--db", db, "migrate"}).exit_code, 0);
  auto add = RunWerkpad({"--db", db, "user", "add", "--username", "twee.nodes", "--role",
                         "werkgever", "--password-stdin"},
                        "twee-nodes-wachtwoord\n");
  ASSERT_EQ(add.exit_code, 0) << add.err;

  ServerProcess a({"--db", db, "serve", "--listen", "127.0.0.1:0"}, dir_.File("a.log"));
  ServerProcess b({"--db", db, "serve", "--listen", "127.0.0.1:0"}, dir_.File("b.log"));
  auto port_a = a.WaitListening(seconds(30));
  auto port_b = b.WaitListening(seconds(30));
  ASSERT_TRUE(port_a.has_value()) << a.Log();
  ASSERT_TRUE(port_b.has_value()) << b.Log();
  ASSERT_NE(*port_a, *port_b);

  auto login = HttpRequest(*port_a, "POST", "/api/v1/session",
                           R"({"username":"twee.nodes","password":"twee-nodes-wachtwoord"})",
                           {{"Content-Type", "application/json"}});
  ASSERT_EQ(login.status, 200) << login.body;
  std::string set_cookie = login.headers["set-cookie"];
  ASSERT_EQ(set_cookie.rfind("werkpad_session=", 0), 0u) << set_cookie;
  std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  std::string csrf_key = "\"csrf_token\":\"";
  auto at = login.body.find(csrf_key);
  ASSERT_NE(at, std::string::npos) << login.body;
  std::string csrf = login.body.substr(at + csrf_key.size());
  csrf = csrf.substr(0, csrf.find('"'));

  // The other process knows the session.
  auto on_b = HttpRequest(*port_b, "GET", "/api/v1/session", "", {{"Cookie", cookie}});
  EXPECT_EQ(on_b.status, 200) << on_b.body;
  EXPECT_TRUE(Contains(on_b.body, "\"twee.nodes\"")) << on_b.body;

  // Logging out on B ends the session on A too.
  auto logout = HttpRequest(*port_b, "DELETE", "/api/v1/session", "",
                            {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(logout.status, 204) << logout.body;
  EXPECT_EQ(HttpRequest(*port_a, "GET", "/api/v1/session", "", {{"Cookie", cookie}}).status, 401);

  a.Signal(SIGTERM);
  b.Signal(SIGTERM);
  EXPECT_EQ(a.WaitExit(seconds(20)), 0) << a.Log();
  EXPECT_EQ(b.WaitExit(seconds(20)), 0) << b.Log();
}

}  // namespace
}  // namespace werkpad::test
