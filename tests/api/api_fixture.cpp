#include "api/api_fixture.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "api/totp.hpp"
#include "core/dutch_date.hpp"
#include "http/openapi.hpp"

namespace werkpad::api_test {
namespace fs = std::filesystem;

namespace {
ApiEnvironment* g_env = nullptr;
}

ApiEnvironment& ApiEnvironment::Get() { return *g_env; }

std::string DutchDay(int offset_days) {
  const auto now = std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  return core::FormatDate(core::AddDays(core::DutchDate(now), offset_days));
}

void ApiEnvironment::SetUp() {
  g_env = this;
  checker_ = std::make_unique<OpenApiChecker>(http::OpenApiDocument());
  static_dir_ = (fs::temp_directory_path() / ("werkpad_api_static_" + std::to_string(::getpid()))).string();
  fs::create_directories(fs::path(static_dir_) / "assets");
  std::ofstream(fs::path(static_dir_) / "index.html") << "<!doctype html><title>werkpad test</title>";
  std::ofstream(fs::path(static_dir_) / "assets" / "app.js") << "console.log('werkpad')";
  server_ = std::make_unique<ServerProcess>(WERKPAD_BINARY, std::vector<std::string>{},
                                            std::vector<std::string>{"--static-dir", static_dir_});
  std::string error = server_->Start();
  ASSERT_EQ(error, "") << "could not start werkpad";
}

void ApiEnvironment::TearDown() {
  clients_.clear();
  if (server_) {
    int rc = server_->Stop();
    EXPECT_EQ(rc, 0) << "werkpad serve should exit 0 after SIGTERM\n" << server_->LogTail();
  }
  std::error_code ec;
  fs::remove_all(static_dir_, ec);
}

std::unique_ptr<HttpClient> ApiEnvironment::NewClient() {
  return std::make_unique<HttpClient>(
      server_->port(), [this](const std::string& method, const std::string& target, const Reply& r) {
        for (const auto& problem : checker_->Check(method, target, r)) ADD_FAILURE() << problem;
      });
}

std::string ApiEnvironment::NextCode(const std::string& username) {
  Totp& t = totp_.at(username);
  std::int64_t step = std::max(CurrentStep(), t.last_step + 1);
  // The server accepts codes of the current step ±1: wait until `step` is at most one ahead.
  while (step > CurrentStep() + 1) std::this_thread::sleep_for(std::chrono::milliseconds(200));
  t.last_step = step;
  return TotpCodeAt(t.secret, static_cast<std::time_t>(step * 30));
}

std::unique_ptr<HttpClient> ApiEnvironment::Fresh(const std::string& username,
                                                  const std::string& password) {
  auto client = NewClient();
  Reply login = client->Post("/api/v1/session", bj::object{{"username", username}, {"password", password}});
  EXPECT_EQ(login.status, 200) << username << ": " << login.body;
  if (login.status != 200) return client;
  client->set_csrf(login.Str("csrf_token"));
  std::string state = login.Str("state");
  if (state == "totp_enrolment_required") {
    Reply start = client->Post("/api/v1/session/totp/enrolment", bj::object{});
    EXPECT_EQ(start.status, 200) << start.body;
    std::string secret = start.Str("secret");
    std::int64_t step = CurrentStep();
    Reply confirm = client->Post("/api/v1/session/totp/enrolment/confirm",
                                 bj::object{{"code", TotpCodeAt(secret, step * 30)}});
    EXPECT_EQ(confirm.status, 200) << confirm.body;
    totp_[username] = {secret, step};
    if (confirm.status == 200) {
      client->set_csrf(std::string(confirm.at("session").at("csrf_token").as_string()));
      EXPECT_EQ(confirm.at("session").at("state").as_string(), "active");
    }
  } else if (state == "totp_required") {
    Reply verify = client->Post("/api/v1/session/totp", bj::object{{"code", NextCode(username)}});
    EXPECT_EQ(verify.status, 200) << verify.body;
    if (verify.status == 200) client->set_csrf(verify.Str("csrf_token"));
  }
  return client;
}

HttpClient& ApiEnvironment::As(const std::string& username) {
  auto it = clients_.find(username);
  if (it == clients_.end()) it = clients_.emplace(username, Fresh(username, kDemoPassword)).first;
  return *it->second;
}

}  // namespace werkpad::api_test
