// The Server itself over real loopback sockets, in process (no werkpad binary): port taken,
// Run/Stop lifecycle, idle keep-alive connections closed by Stop().
#include "http/server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "service/agr_service.hpp"
#include "service/profile_service.hpp"
#include "service/visie_service.hpp"
#include "service/document_service.hpp"
#include "service/external_access_service.hpp"
#include "service/audit_query_service.hpp"
#include "service/auth_service.hpp"
#include "service/organisation_service.hpp"
#include "service/password.hpp"
#include "service/revalidant_service.hpp"
#include "service/user_service.hpp"
#include "service/verzuim_service.hpp"
#include "store/sql/migrations.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::http {
namespace {

namespace fs = std::filesystem;

class HttpServer : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("werkpad-http-" + core::ToHex(core::RandomBytes(8)));
    fs::create_directories(dir_);
    auto url = store::sql::ParseDatabaseUrl("sqlite:" + (dir_ / "t.db").string());
    ASSERT_TRUE(url.ok());
    ASSERT_TRUE(store::sql::Migrate(*url, core::ToMillis(clock_.Now())).ok());
    auto db = store::sql::SqlDatabase::Open(*url, {});
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db).value();
    auth_ = std::make_unique<service::AuthService>(*db_, clock_);
    users_ = std::make_unique<service::UserService>(*db_, clock_);
    revalidanten_ = std::make_unique<service::RevalidantService>(*db_, clock_);
    organisation_ = std::make_unique<service::OrganisationService>(*db_, clock_);
    audit_ = std::make_unique<service::AuditQueryService>(*db_, clock_);
    agr_ = std::make_unique<service::AgrService>(*db_, clock_);
    verzuim_ = std::make_unique<service::VerzuimService>(*db_, clock_);
    visie_ = std::make_unique<service::VisieService>(*db_, clock_);
    documents_ = std::make_unique<service::DocumentService>(*db_, clock_);
    profiles_ = std::make_unique<service::ProfileService>(*db_, clock_);
    external_ = std::make_unique<service::ExternalAccessService>(*db_, clock_, auth_->hasher());
  }
  void TearDown() override {
    external_.reset();
    profiles_.reset();
    documents_.reset();
    visie_.reset();
    verzuim_.reset();
    agr_.reset();
    audit_.reset();
    organisation_.reset();
    revalidanten_.reset();
    users_.reset();
    auth_.reset();
    db_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::unique_ptr<Server> Make(std::uint16_t port) {
    Server::Options options;
    options.port = port;
    options.worker_threads = 2;
    return std::make_unique<Server>(
        options,
        Server::Services{*auth_, *revalidanten_, *users_, *organisation_, *audit_, *db_, *agr_,
                         *verzuim_, *visie_, *documents_, *profiles_, *external_});
  }

  fs::path dir_;
  core::SystemClock clock_;
  std::unique_ptr<store::sql::SqlDatabase> db_;
  std::unique_ptr<service::AuthService> auth_;
  std::unique_ptr<service::AgrService> agr_;
  std::unique_ptr<service::VerzuimService> verzuim_;
  std::unique_ptr<service::VisieService> visie_;
  std::unique_ptr<service::DocumentService> documents_;
  std::unique_ptr<service::ProfileService> profiles_;
  std::unique_ptr<service::ExternalAccessService> external_;
  std::unique_ptr<service::UserService> users_;
  std::unique_ptr<service::RevalidantService> revalidanten_;
  std::unique_ptr<service::OrganisationService> organisation_;
  std::unique_ptr<service::AuditQueryService> audit_;
};

int Connect(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  timeval tv{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  return fd;
}

std::string Exchange(int fd, const std::string& request) {
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  char buf[4096];
  ssize_t n = ::recv(fd, buf, sizeof buf, 0);
  return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

TEST_F(HttpServer, PortTakenFailsWithAClearMessage) {
  auto first = Make(0);
  ASSERT_TRUE(first->Listen().ok());
  auto second = Make(first->port());
  auto st = second->Listen();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(st.error().message.find("cannot listen on 127.0.0.1:" + std::to_string(first->port())),
            std::string::npos)
      << st.error().message;
  EXPECT_NE(st.error().message.find("in use"), std::string::npos) << st.error().message;
}

// A database that cannot be reached: every unit fails as SqlDatabase's do when the server is
// down or the connection is gone (kUnavailable).
class UnreachableDatabase final : public store::Database {
 public:
  core::Status ReadUnit(const Unit&) override {
    return core::Error::Unavailable("the database is not available");
  }
  core::Status WriteUnit(const Unit&) override {
    return core::Error::Unavailable("the database is not available");
  }
  store::DatabaseStats Stats() const override { return {}; }
  std::string_view Dialect() const override { return "postgresql"; }
};

TEST_F(HttpServer, HealthzAnswers503WhenTheDatabaseIsUnreachable) {
  UnreachableDatabase down;
  Server::Options options;
  options.port = 0;
  options.worker_threads = 2;
  Server server(options, {*auth_, *revalidanten_, *users_, *organisation_, *audit_, down, *agr_,
                          *verzuim_, *visie_, *documents_, *profiles_, *external_});
  ASSERT_TRUE(server.Listen().ok());
  auto done = std::async(std::launch::async, [&] { server.Run(); });
  int fd = Connect(server.port());
  ASSERT_GE(fd, 0);
  std::string answer = Exchange(fd, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
  EXPECT_NE(answer.find(R"({"status":"unavailable"})"), std::string::npos) << answer;
  ::close(fd);
  server.Stop();
  ASSERT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

// Delegates to a real database, but its asynchronous (deferred) write units fail while
// `fail_deferred` is set, as when the disk is full at the audit commit of a read.
class DeferredWritesFailDatabase final : public store::Database {
 public:
  explicit DeferredWritesFailDatabase(store::Database& real) : real_(real) {}
  core::Status ReadUnit(const Unit& fn) override { return real_.ReadUnit(fn); }
  core::Status WriteUnit(const Unit& fn) override { return real_.WriteUnit(fn); }
  void WriteUnitAsync(Unit fn, Completion done) override {
    if (fail_deferred) return done(core::Error::Unavailable("the audit entry could not be saved"));
    real_.WriteUnitAsync(std::move(fn), std::move(done));
  }
  store::DatabaseStats Stats() const override { return real_.Stats(); }
  std::string_view Dialect() const override { return real_.Dialect(); }
  std::atomic<bool> fail_deferred{false};

 private:
  store::Database& real_;
};

// The audit guarantee with the deferred audit commit of reads (docs/architecture.md "Threads"):
// a GET's answer leaves only after its audit entry is durable; when that entry cannot be
// written the client gets 503, never the answer the handler built.
TEST_F(HttpServer, AReadIsAnsweredOnlyWhenItsAuditEntryWasWritten) {
  DeferredWritesFailDatabase db(*db_);
  service::PasswordHasherOptions cheap{service::PasswordCost::kMinimal, 2};
  service::PasswordHasher hasher(cheap);
  store::UserRecord u;
  u.username = "werkgever1";
  u.display_name = "Test werkgever";
  u.role = domain::identity::Role::kWerkgever;
  u.password_hash = hasher.Hash("een-lang-wachtwoord").value();
  u.created_at = clock_.Now();
  ASSERT_TRUE(db.Write([&](store::Tx& tx) { return tx.users().Insert(u); }).ok());
  service::AuthService auth(db, clock_);
  service::UserService users(db, clock_);
  service::RevalidantService revalidanten(db, clock_);
  service::OrganisationService organisation(db, clock_);
  service::AuditQueryService audit(db, clock_);
  service::AgrService agr(db, clock_);
  service::VerzuimService verzuim(db, clock_);
  service::VisieService visie(db, clock_);
  service::DocumentService documents(db, clock_);
  service::ProfileService profiles(db, clock_);
  service::ExternalAccessService external(db, clock_, auth.hasher());
  auto login = auth.Login("werkgever1", "een-lang-wachtwoord", "127.0.0.1", "t-1");
  ASSERT_TRUE(login.ok()) << login.error().message;
  const std::string cookie = "werkpad_session=" + login->token;
  auto audit_rows = [&] {
    auto n = db.Read([](store::Tx& tx) { return tx.audit().Head(); });
    return n.ok() ? n->seq : -1;
  };

  Server::Options options;
  options.port = 0;
  options.worker_threads = 2;
  Server server(options, {auth, revalidanten, users, organisation, audit, db, agr, verzuim, visie,
                          documents, profiles, external});
  ASSERT_TRUE(server.Listen().ok());
  auto done = std::async(std::launch::async, [&] { server.Run(); });
  const std::string get =
      "GET /api/v1/revalidanten/1 HTTP/1.1\r\nHost: t\r\nCookie: " + cookie + "\r\n\r\n";

  // An external role may not open the record: 403, and the refusal is audited (deferred).
  const std::int64_t before = audit_rows();
  int fd = Connect(server.port());
  ASSERT_GE(fd, 0);
  std::string answer = Exchange(fd, get);
  EXPECT_EQ(answer.rfind("HTTP/1.1 403", 0), 0u) << answer;
  EXPECT_EQ(audit_rows(), before + 1) << "answered after its audit entry was committed";

  // The same read while the audit entry cannot be written: 503, not the 403 (or any data).
  db.fail_deferred = true;
  answer = Exchange(fd, get);
  EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
  EXPECT_EQ(answer.find("forbidden"), std::string::npos) << answer;
  EXPECT_EQ(audit_rows(), before + 1);
  ::close(fd);
  server.Stop();
  ASSERT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

TEST_F(HttpServer, InvalidAddressFails) {
  Server::Options options;
  options.listen_address = "not-an-ip";
  Server server(options, {*auth_, *revalidanten_, *users_, *organisation_, *audit_, *db_, *agr_,
                          *verzuim_, *visie_, *documents_, *profiles_, *external_});
  auto st = server.Listen();
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("not-an-ip"), std::string::npos);
}

TEST_F(HttpServer, ServesUntilStopAndClosesIdleKeepAliveConnections) {
  auto server = Make(0);
  ASSERT_TRUE(server->Listen().ok());
  auto done = std::async(std::launch::async, [&] { server->Run(); });
  int fd = Connect(server->port());
  ASSERT_GE(fd, 0);
  std::string answer = Exchange(fd, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 200", 0), 0u) << answer;
  EXPECT_NE(answer.find("X-Request-Id: "), std::string::npos);
  // The connection stays open (keep-alive) and idle; Stop() must not wait for it.
  auto start = std::chrono::steady_clock::now();
  server->Stop();
  ASSERT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  char c;
  EXPECT_LE(::recv(fd, &c, 1, 0), 0) << "idle connection closed";
  ::close(fd);
  EXPECT_LT(Connect(server->port()), 0) << "no longer accepting";
  server->Stop();  // idempotent
}

TEST_F(HttpServer, StopBeforeRunMakesRunReturn) {
  auto server = Make(0);
  ASSERT_TRUE(server->Listen().ok());
  server->Stop();
  auto done = std::async(std::launch::async, [&] { server->Run(); });
  EXPECT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

TEST_F(HttpServer, Expect100ContinueGetsTheInterimAnswerFirst) {
  auto server = Make(0);
  ASSERT_TRUE(server->Listen().ok());
  auto done = std::async(std::launch::async, [&] { server->Run(); });
  int fd = Connect(server->port());
  std::string body = R"({"username":"niemand","password":"geen-wachtwoord"})";
  std::string head =
      "POST /api/v1/session HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
      "Expect: 100-continue\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n";
  std::string interim = Exchange(fd, head);
  EXPECT_EQ(interim.rfind("HTTP/1.1 100 Continue", 0), 0u) << interim;
  std::string answer = Exchange(fd, body);
  EXPECT_EQ(answer.rfind("HTTP/1.1 401", 0), 0u) << answer;
  ::close(fd);
  server->Stop();
  EXPECT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

TEST_F(HttpServer, MalformedRequestGets400AndClose) {
  auto server = Make(0);
  ASSERT_TRUE(server->Listen().ok());
  auto done = std::async(std::launch::async, [&] { server->Run(); });
  int fd = Connect(server->port());
  std::string answer = Exchange(fd, "THIS IS NOT HTTP\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
  ::close(fd);
  server->Stop();
  EXPECT_EQ(done.wait_for(std::chrono::seconds(5)), std::future_status::ready);
}

}  // namespace
}  // namespace werkpad::http
