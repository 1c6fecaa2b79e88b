#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <string>

#include "api/http_client.hpp"
#include "api/openapi_check.hpp"
#include "api/server_process.hpp"

namespace werkpad::api_test {

namespace bj = boost::json;

inline constexpr const char* kDemoPassword = "werkpad-demo-2026";

// One real werkpad server for the whole test program (started once, stopped by SIGTERM at the
// end), with the OpenAPI checker that sees every answer. Tests run in declaration order in one
// process (the api tests are registered as ONE ctest test): later tests may use users that
// earlier tests enrolled, and the coverage test runs last.
class ApiEnvironment : public ::testing::Environment {
 public:
  void SetUp() override;
  void TearDown() override;

  static ApiEnvironment& Get();

  ServerProcess& server() { return *server_; }
  OpenApiChecker& checker() { return *checker_; }
  // A new client with its own cookie jar.
  std::unique_ptr<HttpClient> NewClient();

  // A client logged in as a demo user with an active session: staff enrol TOTP on first use
  // (the secret is kept) and pass TOTP afterwards. Cached per username; Fresh() logs in again.
  HttpClient& As(const std::string& username);
  std::unique_ptr<HttpClient> Fresh(const std::string& username, const std::string& password);
  // The next usable TOTP code for an enrolled user (a step after the last one used; waits when
  // the next step is not yet within the server's ±1 window).
  std::string NextCode(const std::string& username);
  void ForgetTotp(const std::string& username) { totp_.erase(username); }
  bool Enrolled(const std::string& username) const { return totp_.count(username) > 0; }
  // Remembers an enrolment done by a test itself.
  void RememberTotp(const std::string& username, const std::string& secret, std::int64_t step) {
    totp_[username] = {secret, step};
  }

  std::string static_dir() const { return static_dir_; }

 private:
  struct Totp {
    std::string secret;
    std::int64_t last_step = 0;
  };
  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<OpenApiChecker> checker_;
  std::map<std::string, std::unique_ptr<HttpClient>> clients_;
  std::map<std::string, Totp> totp_;
  std::string static_dir_;
};

inline ApiEnvironment& Env() { return ApiEnvironment::Get(); }

// The Dutch calendar date `offset_days` from today, "YYYY-MM-DD": the server's "today" in every
// date rule (core::DutchDate). Not the UTC date, which differs from 23:00 (22:00 in summer) to
// midnight UTC.
std::string DutchDay(int offset_days = 0);

}  // namespace werkpad::api_test
