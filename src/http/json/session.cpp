#include "http/json/session.hpp"

namespace werkpad::http::json {

namespace {
constexpr std::size_t kMaxSecret = 1024;
}

core::Result<LoginInput> ParseLogin(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  LoginInput in;
  in.username = r.String("username", Need::kRequired, kMaxSecret).value_or("");
  in.password = r.String("password", Need::kRequired, kMaxSecret).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "login"));
  return in;
}

core::Result<service::AuthService::SecondFactor> ParseSecondFactor(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::AuthService::SecondFactor in;
  in.code = r.String("code", Need::kOptional, 100);
  in.recovery_code = r.String("recovery_code", Need::kOptional, 100);
  if (errors.empty() && !in.code && !in.recovery_code) {
    r.Fail("code", "required", "is required (or give recovery_code instead)");
  } else if (in.code && in.recovery_code) {
    r.Fail("recovery_code", "invalid_value", "may not be given together with code");
  }
  WP_RETURN_IF_ERROR(Finish(r, errors, "second factor"));
  return in;
}

core::Result<std::string> ParseConfirmCode(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  auto code = r.String("code", Need::kRequired, 100);
  WP_RETURN_IF_ERROR(Finish(r, errors, "enrolment confirmation"));
  return *code;
}

core::Result<PasswordChangeInput> ParsePasswordChange(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  PasswordChangeInput in;
  in.current_password = r.String("current_password", Need::kRequired, kMaxSecret).value_or("");
  // Length rules (too_short / too_long) are the service's.
  in.new_password = r.String("new_password", Need::kRequired, kMaxSecret).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "password change"));
  return in;
}

bj::object ToJson(const service::SessionView& session) {
  bj::object user;
  user["id"] = session.user.id.value;
  user["username"] = session.user.username;
  user["display_name"] = session.user.display_name;
  user["role"] = domain::identity::ToCode(session.user.role);
  user["discipline"] = StringOrNull(session.user.discipline);
  user["revalidant_id"] = IdOrNull(session.user.revalidant_id);
  bj::object out;
  out["state"] = store::ToCode(session.state);
  out["csrf_token"] = session.csrf_token;
  out["expires_at"] = Timestamp(session.expires_at);
  out["user"] = std::move(user);
  return out;
}

bj::object ToJson(const service::TotpEnrolment& enrolment) {
  bj::object out;
  out["secret"] = enrolment.secret;
  out["otpauth_uri"] = enrolment.otpauth_uri;
  out["qr_svg"] = enrolment.qr_svg;
  return out;
}

bj::object ToJson(const service::EnrolmentConfirmed& confirmed) {
  bj::array codes;
  for (const auto& c : confirmed.recovery_codes) codes.emplace_back(c);
  bj::object out;
  out["recovery_codes"] = std::move(codes);
  out["session"] = ToJson(confirmed.session);
  return out;
}

}  // namespace werkpad::http::json
