// POST/GET/DELETE /session, the TOTP steps and the own password change.
#include "http/json/session.hpp"

#include <fmt/format.h>

#include "http/handlers/handlers.hpp"

namespace werkpad::http::handlers {

std::string SessionCookie(std::string_view token, bool secure) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", kSessionCookie, token,
                     secure ? "; Secure" : "");
}

std::string ClearedSessionCookie(bool secure) {
  return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}", kSessionCookie,
                     secure ? "; Secure" : "");
}

Response Login(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseLogin(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  auto result = env.services.auth.Login(in->username, in->password, call.request.remote_address,
                                        call.request.request_id);
  if (!result.ok()) return ErrorResponse(result.error());
  Response r = json::JsonResponse(200, json::ToJson(result->session));
  r.AddHeader("Set-Cookie", SessionCookie(result->token, env.options.secure_cookie));
  return r;
}

Response GetSession(const Env&, const Call& call) {
  return json::JsonResponse(200, json::ToJson(call.auth->session));
}

Response Logout(const Env& env, const Call& call) {
  if (!call.token.empty()) {
    auto st = env.services.auth.Logout(call.token, call.request.remote_address,
                                       call.request.request_id);
    if (!st.ok()) return ErrorResponse(st.error());
  }
  Response r = json::NoContent();
  r.AddHeader("Set-Cookie", ClearedSessionCookie(env.options.secure_cookie));
  return r;
}

Response VerifyTotp(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseSecondFactor(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  auto result = env.services.auth.VerifyTotp(call.token, *in, call.request.remote_address,
                                             call.request.request_id);
  return Respond(result, 200, [](const auto& s) { return json::ToJson(s); });
}

Response StartEnrolment(const Env& env, const Call& call) {
  if (auto st = json::ParseEmptyBody(call.request, "enrolment"); !st.ok()) {
    return ErrorResponse(st.error());
  }
  auto result = env.services.auth.StartEnrolment(call.token, call.request.remote_address,
                                                 call.request.request_id);
  return Respond(result, 200, [](const auto& e) { return json::ToJson(e); });
}

Response ConfirmEnrolment(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto code = json::ParseConfirmCode(*body);
  if (!code.ok()) return ErrorResponse(code.error());
  auto result = env.services.auth.ConfirmEnrolment(call.token, *code, call.request.remote_address,
                                                   call.request.request_id);
  return Respond(result, 200, [](const auto& c) { return json::ToJson(c); });
}

Response ChangePassword(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParsePasswordChange(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  auto st = env.services.auth.ChangePassword(call.ctx(), call.token, in->current_password,
                                             in->new_password);
  if (!st.ok()) return ErrorResponse(st.error());
  return json::NoContent();
}

}  // namespace werkpad::http::handlers
