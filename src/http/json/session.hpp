#pragma once

#include "http/json/common.hpp"
#include "service/auth_service.hpp"

namespace werkpad::http::json {

struct LoginInput {
  std::string username;
  std::string password;
};
struct PasswordChangeInput {
  std::string current_password;
  std::string new_password;
};

// POST /session {"username","password"}.
core::Result<LoginInput> ParseLogin(const bj::value& body);
// POST /session/totp: exactly one of {"code"} or {"recovery_code"}.
core::Result<service::AuthService::SecondFactor> ParseSecondFactor(const bj::value& body);
// POST /session/totp/enrolment/confirm {"code"}.
core::Result<std::string> ParseConfirmCode(const bj::value& body);
// PUT /session/password {"current_password","new_password"}.
core::Result<PasswordChangeInput> ParsePasswordChange(const bj::value& body);

bj::object ToJson(const service::SessionView& session);
bj::object ToJson(const service::TotpEnrolment& enrolment);
bj::object ToJson(const service::EnrolmentConfirmed& confirmed);

}  // namespace werkpad::http::json
