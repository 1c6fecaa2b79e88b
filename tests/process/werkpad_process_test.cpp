// Functional tests of the real werkpad binary: configuration errors, migrations, serve's
// refusal and shutdown, demo data, user administration, backup and audit verification.
// Every server binds 127.0.0.1 on a port it picks itself (--listen 127.0.0.1:0) and is stopped
// by its own PID.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "process/process.hpp"

namespace werkpad::test {
namespace {

using std::chrono::seconds;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

class WerkpadProcess : public ::testing::Test {
 protected:
  std::string Db() const { return "sqlite:" + DbFile(); }
  std::string DbFile() const { return dir_.File("werkpad.db"); }

  // Runs werkpad --db <this test's database> ARGS.
  RunResult Werkpad(std::vector<std::string> args, const std::string& input = "",
                    const EnvOverrides& env = {}) {
    args.insert(args.begin(), {"--db", Db()});
    return RunWerkpad(args, input, env);
  }

  void MigrateAndDemo() {
    auto m = Werkpad({"migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
    auto d = Werkpad({"demo"});
    ASSERT_EQ(d.exit_code, 0) << d.err;
  }

  std::unique_ptr<ServerProcess> StartServer(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--db", Db(), "serve", "--listen", "127.0.0.1:0"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto server = std::make_unique<ServerProcess>(args, dir_.File("server.log"));
    auto port = server->WaitListening(seconds(30));
    EXPECT_TRUE(port.has_value()) << server->Log();
    port_ = port.value_or(0);
    return server;
  }

  TempDir dir_;
  std::uint16_t port_ = 0;
};

// ---- configuration -------------------------------------------------------------------------

TEST_F(WerkpadProcess, UnknownKeyInConfigFileExits2WithMessage) {
  WriteFile(dir_.File("werkpad.toml"), "[server]\nlisen = \"127.0.0.1:1\"\n");
  auto r = RunWerkpad({"--config", dir_.File("werkpad.toml"), "serve", "--print-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "server.lisen")) << r.err;
  EXPECT_TRUE(Contains(r.err, "werkpad.toml")) << r.err;
  EXPECT_EQ(r.out, "");
  // One line for a person, not a dump.
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(WerkpadProcess, UnknownEnvironmentVariableExits2) {
  auto r = RunWerkpad({"serve", "--print-config"}, "", {{"WERKPAD_SERVER_LISTN", "x"}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "WERKPAD_SERVER_LISTN")) << r.err;
}

TEST_F(WerkpadProcess, MissingConfigFileAndBadValueExit2) {
  auto r = RunWerkpad({"--config", dir_.File("absent.toml"), "serve", "--print-config"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "absent.toml")) << r.err;
  r = RunWerkpad({"serve", "--print-config", "--listen", "nohost"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "server.listen")) << r.err;
  r = RunWerkpad({"--db", "mysql://x", "migrate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "sqlite:")) << r.err;
}

TEST_F(WerkpadProcess, UsageErrorsExit2) {
  EXPECT_EQ(RunWerkpad({}).exit_code, 2);
  EXPECT_EQ(RunWerkpad({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(RunWerkpad({"backup"}).exit_code, 2);  // --to is required
  auto help = RunWerkpad({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* cmd : {"serve", "migrate", "user", "demo", "backup", "audit", "poortwachter",
                          "wia"}) {
    EXPECT_TRUE(Contains(help.out, cmd)) << cmd << "\n" << help.out;
  }
}

TEST_F(WerkpadProcess, PrintConfigAppliesPrecedenceAndRedactsSecrets) {
  WriteFile(dir_.File("werkpad.toml"),
            "[server]\nlisten = \"127.0.0.1:1111\"\nworkers = 3\n"
            "[database]\nurl = \"postgresql://werkpad:hunter2secret@db.invalid/werkpad\"\n"
            "[session]\nidle_minutes = 10\n");
  auto r = RunWerkpad({"--config", dir_.File("werkpad.toml"), "serve", "--print-config",
                       "--listen", "127.0.0.1:3333"},
                      "", {{"WERKPAD_SESSION_IDLE_MINUTES", "20"}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "listen = \"127.0.0.1:3333\"")) << r.out;  // flag wins
  EXPECT_TRUE(Contains(r.out, "idle_minutes = 20")) << r.out;             // env beats file
  EXPECT_TRUE(Contains(r.out, "workers = 3")) << r.out;                   // file beats default
  EXPECT_TRUE(Contains(r.out, "absolute_hours = 12")) << r.out;           // default
  EXPECT_FALSE(Contains(r.out, "hunter2secret")) << r.out;
  EXPECT_TRUE(Contains(r.out, "postgresql://werkpad:***@db.invalid/werkpad")) << r.out;
  // --db beats the file.
  r = RunWerkpad({"--config", dir_.File("werkpad.toml"), "--db", "sqlite:x.db", "serve",
                  "--print-config"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "url = \"sqlite:x.db\"")) << r.out;
}

// ---- migrations and serve's refusal ---------------------------------------------------------

TEST_F(WerkpadProcess, MigrateTwiceIsIdempotent) {
  auto first = Werkpad({"migrate"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(Contains(first.out, "migrated from schema version 0")) << first.out;
  auto tables = Sqlite(DbFile(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
  auto second = Werkpad({"migrate"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(Contains(second.out, "up to date")) << second.out;
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"), tables);
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM schema_migration"),
            Sqlite(DbFile(), "SELECT COUNT(DISTINCT version) FROM schema_migration"));
  // Built-in disciplines seeded once.
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM discipline WHERE builtin = 1"),
            std::vector<std::string>{"7"});
}

TEST_F(WerkpadProcess, MigrateCreatesTheDataDirectory) {
  std::string nested = dir_.File("data/sub/werkpad.db");
  auto r = RunWerkpad({"--db", "sqlite:" + nested, "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(nested));
}

TEST_F(WerkpadProcess, ServeRefusesAMissingOrUnmigratedDatabase) {
  auto r = Werkpad({"serve", "--listen", "127.0.0.1:0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "werkpad --db " + Db() + " migrate")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(DbFile()));  // not created by serve
}

TEST_F(WerkpadProcess, ServeRefusesAnEmptyDatabaseFile) {
  // An existing SQLite file without the schema (a zero-byte file is an empty database).
  WriteFile(DbFile(), "");
  auto r = Werkpad({"serve", "--listen", "127.0.0.1:0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "not migrated")) << r.err;
  EXPECT_TRUE(Contains(r.err, "migrate")) << r.err;
}

// ---- demo and user administration ----------------------------------------------------------

TEST_F(WerkpadProcess, DemoThenUserListShowsTheDemoUsers) {
  MigrateAndDemo();
  auto list = Werkpad({"user", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  for (const char* u : {"admin", "arts", "ric", "ric.zuid", "fysio", "ergo", "psycholoog",
                        "maatschappelijk", "revalidant", "werkgever", "bedrijfsarts"}) {
    EXPECT_TRUE(Contains(list.out, std::string(" ") + u + " ")) << u << "\n" << list.out;
  }
  EXPECT_TRUE(Contains(list.out, "11 users")) << list.out;
  EXPECT_TRUE(Contains(list.out, "fysiotherapie")) << list.out;
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM revalidant"), std::vector<std::string>{"20"});
  EXPECT_EQ(Sqlite(DbFile(), "SELECT name FROM institution"),
            std::vector<std::string>{"Revalidatiecentrum De Hoogte (fictief)"});
  // Every BSN is from the test range.
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM revalidant WHERE bsn NOT LIKE '99999%'"),
            std::vector<std::string>{"0"});
  // Staff have no TOTP yet (they enrol at first login); the portal account is linked.
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM app_user WHERE totp_enabled = 1"),
            std::vector<std::string>{"0"});
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM app_user WHERE username = 'revalidant' AND "
                             "revalidant_id IS NOT NULL"),
            std::vector<std::string>{"1"});
}

TEST_F(WerkpadProcess, DemoOnADatabaseWithUsersRefusesWithoutChanges) {
  MigrateAndDemo();
  auto before = Sqlite(DbFile(), "SELECT COUNT(*) FROM audit_log");
  auto again = Werkpad({"demo"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_TRUE(Contains(again.err, "already has")) << again.err;
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM audit_log"), before);
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM app_user"), std::vector<std::string>{"11"});
}

TEST_F(WerkpadProcess, DemoOnAnUnmigratedDatabaseTellsToMigrate) {
  auto r = Werkpad({"demo"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "migrate")) << r.err;
}

TEST_F(WerkpadProcess, UserAddDisableResetPasswordAndReset2fa) {
  ASSERT_EQ(Werkpad({"migrate"}).exit_code, 0);
  auto add = Werkpad({"user", "add", "--username", "Nieuwe.Fysio", "--role", "therapeut",
                      "--discipline", "fysiotherapie", "--display-name", "Nieuwe Fysio",
                      "--email", "nieuw@voorbeeld.example"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_TRUE(Contains(add.out, "nieuwe.fysio")) << add.out;  // lowercased
  auto pw_at = add.out.find("initial password: ");
  ASSERT_NE(pw_at, std::string::npos) << add.out;
  std::string initial = add.out.substr(pw_at + 18, add.out.find('\n', pw_at) - pw_at - 18);
  EXPECT_GE(initial.size(), 12u);
  // Stored hashed, never in clear.
  auto hash = Sqlite(DbFile(), "SELECT password_hash FROM app_user WHERE username = 'nieuwe.fysio'");
  ASSERT_EQ(hash.size(), 1u);
  EXPECT_TRUE(hash[0].starts_with("$argon2id$")) << hash[0];
  EXPECT_FALSE(Contains(hash[0], initial));

  // Same name again: exit 2, nothing changed.
  auto dup = Werkpad({"user", "add", "--username", "nieuwe.fysio", "--role", "ric"});
  EXPECT_EQ(dup.exit_code, 2);
  EXPECT_TRUE(Contains(dup.err, "username")) << dup.err;
  // Invalid input: therapeut without discipline, unknown role.
  EXPECT_EQ(Werkpad({"user", "add", "--username", "zonder", "--role", "therapeut"}).exit_code, 2);
  EXPECT_EQ(Werkpad({"user", "add", "--username", "rol", "--role", "koning"}).exit_code, 2);

  // Password from stdin: not echoed.
  auto piped = Werkpad({"user", "add", "--username", "werkgever1", "--role", "werkgever",
                        "--password-stdin"},
                       "een-lang-wachtwoord-2026\n");
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_FALSE(Contains(piped.out, "een-lang-wachtwoord-2026")) << piped.out;
  auto short_pw = Werkpad({"user", "add", "--username", "werkgever2", "--role", "werkgever",
                           "--password-stdin"},
                          "kort\n");
  EXPECT_EQ(short_pw.exit_code, 2) << short_pw.out;

  auto disable = Werkpad({"user", "disable", "--username", "nieuwe.fysio"});
  ASSERT_EQ(disable.exit_code, 0) << disable.err;
  auto list = Werkpad({"user", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  std::string row = list.out.substr(list.out.find("nieuwe.fysio"));
  row = row.substr(0, row.find('\n'));
  EXPECT_TRUE(Contains(row, "disabled")) << list.out;
  EXPECT_TRUE(Contains(list.out, "2 users")) << list.out;

  auto reset = Werkpad({"user", "reset-password", "--username", "nieuwe.fysio"});
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  EXPECT_TRUE(Contains(reset.out, "temporary password for nieuwe.fysio: ")) << reset.out;
  auto new_hash =
      Sqlite(DbFile(), "SELECT password_hash FROM app_user WHERE username = 'nieuwe.fysio'");
  EXPECT_NE(new_hash, hash);

  Sqlite(DbFile(), "UPDATE app_user SET totp_secret = 'ABC', totp_enabled = 1 "
                   "WHERE username = 'nieuwe.fysio'");
  auto totp = Werkpad({"user", "reset-2fa", "--username", "nieuwe.fysio"});
  ASSERT_EQ(totp.exit_code, 0) << totp.err;
  EXPECT_EQ(Sqlite(DbFile(), "SELECT totp_enabled FROM app_user WHERE username = 'nieuwe.fysio'"),
            std::vector<std::string>{"0"});

  auto unknown = Werkpad({"user", "disable", "--username", "niemand"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(Contains(unknown.err, "niemand")) << unknown.err;

  // Every change is in the audit log, as the system actor.
  auto audited = Sqlite(DbFile(), "SELECT COUNT(*) FROM audit_log WHERE object_type = 'user' "
                                  "AND role = 'system'");
  ASSERT_EQ(audited.size(), 1u);
  EXPECT_GE(std::stoi(audited[0]), 5);
}

TEST_F(WerkpadProcess, ResetPasswordGivesAWorkingLogin) {
  MigrateAndDemo();
  auto reset = Werkpad({"user", "reset-password", "--username", "werkgever"});
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  std::string marker = "temporary password for werkgever: ";
  auto at = reset.out.find(marker);
  ASSERT_NE(at, std::string::npos);
  std::string password = reset.out.substr(at + marker.size());
  password = password.substr(0, password.find('\n'));

  auto server = StartServer();
  ASSERT_NE(port_, 0);
  auto old_login = HttpRequest(port_, "POST", "/api/v1/session",
                               R"({"username":"werkgever","password":"werkpad-demo-2026"})",
                               {{"Content-Type", "application/json"}});
  EXPECT_EQ(old_login.status, 401) << old_login.body;
  auto login = HttpRequest(port_, "POST", "/api/v1/session",
                           R"({"username":"werkgever","password":")" + password + R"("})",
                           {{"Content-Type", "application/json"}});
  EXPECT_EQ(login.status, 200) << login.body;
  server->Signal(SIGTERM);
  EXPECT_EQ(server->WaitExit(seconds(20)), 0) << server->Log();
}

TEST_F(WerkpadProcess, UserAddWithTeamsAndGlobalOptionsAfterTheSubcommand) {
  MigrateAndDemo();
  // --db after the subcommand works as well.
  auto add = RunWerkpad({"user", "add", "--db", Db(), "--username", "logo", "--role",
                         "therapeut", "--discipline", "logopedie", "--team", "Team Noord",
                         "--team", "Team Zuid"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(Sqlite(DbFile(), "SELECT COUNT(*) FROM team_member tm JOIN app_user u ON "
                             "u.id = tm.user_id WHERE u.username = 'logo'"),
            std::vector<std::string>{"2"});
  auto unknown = Werkpad({"user", "add", "--username", "logo2", "--role", "therapeut",
                          "--discipline", "logopedie", "--team", "Team West"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(Contains(unknown.err, "Team West")) << unknown.err;
  EXPECT_TRUE(Contains(unknown.err, "Team Noord")) << unknown.err;  // lists the real teams
}

TEST_F(WerkpadProcess, BackupOfPostgresPrintsTheRedactedPgDumpCommand) {
  // No server needed: werkpad only prints what to run.
  auto r = RunWerkpad({"--db", "postgresql://werkpad:geheim-wachtwoord@127.0.0.1:1/werkpad",
                       "backup", "--to", dir_.File("werkpad.dump")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "pg_dump")) << r.out;
  EXPECT_TRUE(Contains(r.out, "postgresql://werkpad:***@127.0.0.1:1/werkpad")) << r.out;
  EXPECT_FALSE(Contains(r.out + r.err, "geheim-wachtwoord"));
  EXPECT_FALSE(std::filesystem::exists(dir_.File("werkpad.dump")));
}

// ---- serving ---------------------------------------------------------------------------------

TEST_F(WerkpadProcess, TakenPortFailsFastWithAClearMessage) {
  ASSERT_EQ(Werkpad({"migrate"}).exit_code, 0);
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(fd, 1), 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  std::string listen_at = "127.0.0.1:" + std::to_string(ntohs(addr.sin_port));

  auto started = std::chrono::steady_clock::now();
  auto r = Werkpad({"serve", "--listen", listen_at});
  auto took = std::chrono::steady_clock::now() - started;
  close(fd);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, "error: ")) << r.err;
  EXPECT_TRUE(Contains(r.err, listen_at)) << r.err;
  EXPECT_TRUE(Contains(r.err, "in use")) << r.err;
  EXPECT_LT(took, seconds(10));
}

TEST_F(WerkpadProcess, HealthzThenSigtermExitsZero) {
  MigrateAndDemo();
  auto server = StartServer();
  ASSERT_NE(port_, 0);
  auto health = HttpRequest(port_, "GET", "/healthz");
  EXPECT_EQ(health.status, 200) << health.body;
  EXPECT_TRUE(Contains(health.body, "ok")) << health.body;
  server->Signal(SIGTERM);
  EXPECT_EQ(server->WaitExit(seconds(20)), 0) << server->Log();
  // The log is JSON lines without personal data.
  std::string log = server->Log();
  EXPECT_TRUE(Contains(log, "\"event\":\"listening\"")) << log;
  EXPECT_FALSE(Contains(log, "werkpad-demo-2026"));
  EXPECT_FALSE(Contains(log, "999990"));
}

TEST_F(WerkpadProcess, SigtermLetsAnInFlightDownloadFinish) {
  ASSERT_EQ(Werkpad({"migrate"}).exit_code, 0);
  std::filesystem::create_directories(dir_.File("static"));
  WriteFile(dir_.File("static/index.html"), "<!doctype html><title>werkpad</title>");
  const std::size_t kSize = 48u << 20;  // far more than the socket buffers hold
  std::string big(kSize, 'w');
  for (std::size_t i = 0; i < kSize; i += 4096) big[i] = static_cast<char>('a' + (i / 4096) % 26);
  WriteFile(dir_.File("static/big.bin"), big);
  auto server = StartServer({"--static-dir", dir_.File("static")});
  ASSERT_NE(port_, 0);

  // Start the download with a small receive buffer and stop reading after the first bytes, so
  // the response is still being written when SIGTERM arrives.
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int rcvbuf = 16 * 1024;
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port_);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  std::string request = "GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  ASSERT_EQ(send(fd, request.data(), request.size(), MSG_NOSIGNAL),
            static_cast<ssize_t>(request.size()));
  std::string received;
  char buf[65536];
  while (received.find("\r\n\r\n") == std::string::npos) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    ASSERT_GT(n, 0);
    received.append(buf, static_cast<std::size_t>(n));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let the buffers fill

  server->Signal(SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // The server is draining, not gone: it has not exited while our response is unfinished.
  EXPECT_FALSE(server->WaitExit(seconds(0)).has_value()) << server->Log();
  // A new connection is no longer served (refused, or never answered).
  EXPECT_EQ(HttpRequest(port_, "GET", "/healthz", "", {}, seconds(2)).status, 0);

  for (;;) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    received.append(buf, static_cast<std::size_t>(n));
  }
  close(fd);
  auto header_end = received.find("\r\n\r\n");
  ASSERT_NE(header_end, std::string::npos);
  EXPECT_TRUE(received.starts_with("HTTP/1.1 200")) << received.substr(0, header_end);
  std::string body = received.substr(header_end + 4);
  EXPECT_EQ(body.size(), kSize);
  EXPECT_TRUE(body == big) << "the download was cut off or corrupted";
  EXPECT_EQ(server->WaitExit(seconds(20)), 0) << server->Log();
}

TEST_F(WerkpadProcess, SigintStopsTheServerCleanly) {
  ASSERT_EQ(Werkpad({"migrate"}).exit_code, 0);
  auto server = StartServer();
  ASSERT_NE(port_, 0);
  EXPECT_EQ(HttpRequest(port_, "GET", "/healthz").status, 200);
  server->Signal(SIGINT);
  EXPECT_EQ(server->WaitExit(seconds(20)), 0) << server->Log();
  EXPECT_TRUE(Contains(server->Log(), "\"event\":\"stopped\"")) << server->Log();
}

TEST_F(WerkpadProcess, SigtermDuringAHealthzLoopAnswersEveryAcceptedRequest) {
  ASSERT_EQ(Werkpad({"migrate"}).exit_code, 0);
  auto server = StartServer();
  ASSERT_NE(port_, 0);
  std::atomic<int> ok{0}, refused{0}, broken{0};
  std::atomic<bool> done{false};
  std::thread client([&] {
    while (!done) {
      auto r = HttpRequest(port_, "GET", "/healthz");
      if (r.status == 200 && Contains(r.body, "ok")) ++ok;
      else if (r.status == 0 && r.body.empty()) ++refused;
      else ++broken;
      if (refused > 20) break;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  server->Signal(SIGTERM);
  auto code = server->WaitExit(seconds(20));
  done = true;
  client.join();
  EXPECT_EQ(code, 0) << server->Log();
  EXPECT_GT(ok.load(), 0);
  EXPECT_EQ(broken.load(), 0);
}

// ---- backup and audit ------------------------------------------------------------------------

TEST_F(WerkpadProcess, BackupWhileServingIsAConsistentOpenableCopy) {
  MigrateAndDemo();
  auto server = StartServer();
  ASSERT_NE(port_, 0);
  // Keep the server writing (failed logins are audited) while the backup runs.
  std::atomic<bool> done{false};
  std::atomic<int> writes{0};
  std::thread writer([&] {
    int i = 0;
    while (!done) {
      auto r = HttpRequest(port_, "POST", "/api/v1/session",
                           R"({"username":"onbekend)" + std::to_string(i++ % 1000) +
                               R"(","password":"verkeerd-wachtwoord"})",
                           {{"Content-Type", "application/json"}});
      if (r.status != 0) ++writes;
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  std::vector<RunResult> backups;
  for (int i = 0; i < 3; ++i) {
    backups.push_back(Werkpad({"backup", "--to", dir_.File("copy" + std::to_string(i) + ".db")}));
  }
  done = true;
  writer.join();
  server->Signal(SIGTERM);
  EXPECT_EQ(server->WaitExit(seconds(20)), 0) << server->Log();
  EXPECT_GT(writes.load(), 0);

  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(backups[i].exit_code, 0) << backups[i].err;
    std::string copy = dir_.File("copy" + std::to_string(i) + ".db");
    EXPECT_TRUE(Contains(backups[i].out, copy)) << backups[i].out;
    EXPECT_FALSE(std::filesystem::exists(copy + ".partial"));
    EXPECT_EQ(Sqlite(copy, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    // The chain and its head were copied at one instant: it verifies.
    auto verify = RunWerkpad({"--db", "sqlite:" + copy, "audit", "verify"});
    EXPECT_EQ(verify.exit_code, 0) << verify.err;
    auto users = RunWerkpad({"--db", "sqlite:" + copy, "user", "list"});
    EXPECT_TRUE(Contains(users.out, "11 users")) << users.out << users.err;
  }
  // Never overwrites.
  auto again = Werkpad({"backup", "--to", dir_.File("copy0.db")});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_TRUE(Contains(again.err, "already exists")) << again.err;
}

TEST_F(WerkpadProcess, AuditVerifyOkOnDemoAndNamesTheFirstTamperedSeq) {
  MigrateAndDemo();
  auto ok = Werkpad({"audit", "verify"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_TRUE(Contains(ok.out, "intact")) << ok.out;
  auto count = Sqlite(DbFile(), "SELECT COUNT(*) FROM audit_log");
  ASSERT_EQ(count.size(), 1u);
  ASSERT_GT(std::stoi(count[0]), 20);  // demo data is audited
  EXPECT_TRUE(Contains(ok.out, count[0] + " entries")) << ok.out;

  // The append-only trigger refuses the change...
  EXPECT_THROW(Sqlite(DbFile(), "UPDATE audit_log SET detail = 'x' WHERE seq = 7"),
               std::runtime_error);
  // ... so a tamperer drops it first.
  Sqlite(DbFile(), "DROP TRIGGER audit_log_no_update; "
                   "UPDATE audit_log SET object_id = '999' WHERE seq = 7");
  auto broken = Werkpad({"audit", "verify"});
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_TRUE(Contains(broken.err, "seq 7")) << broken.err;
  EXPECT_EQ(broken.out, "");
}

}  // namespace
}  // namespace werkpad::test
