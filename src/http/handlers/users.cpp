// /users (admin) and /staff (directory for pickers).
#include "http/json/users.hpp"

#include "http/handlers/handlers.hpp"

namespace werkpad::http::handlers {
namespace {

auto UserJson = [](const auto& u) { return json::ToJson(u); };

// POST /users/{id}/<action> with an empty body, answering the User.
template <class F>
Response UserAction(const Call& call, std::string_view what, F&& action) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  if (auto st = json::ParseEmptyBody(call.request, what); !st.ok()) return ErrorResponse(st.error());
  return action(core::UserId(*id));
}

}  // namespace

Response ListUsers(const Env& env, const Call& call) {
  auto page = json::ParsePage(call.request);
  if (!page.ok()) return ErrorResponse(page.error());
  service::UserListQuery q;
  if (const std::string* text = call.request.Query("q")) q.text = *text;
  if (const std::string* role = call.request.Query("role")) q.role = *role;
  q.page = *page;
  auto result = env.services.users.List(call.ctx(), q);
  return Respond(result, 200, [](const auto& p) {
    json::bj::array items;
    for (const auto& u : p.items) items.push_back(json::ToJson(u));
    return json::PageEnvelope(std::move(items), p.page, p.page_size, p.total);
  });
}

Response CreateUser(const Env& env, const Call& call) {
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseNewUser(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.users.Create(call.ctx(), *in), 201, UserJson);
}

Response GetUser(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  return Respond(env.services.users.Get(call.ctx(), core::UserId(*id)), 200, UserJson);
}

Response UpdateUser(const Env& env, const Call& call) {
  auto id = json::ParsePathId(call.params);
  if (!id.ok()) return ErrorResponse(id.error());
  auto body = json::ParseBody(call.request);
  if (!body.ok()) return ErrorResponse(body.error());
  auto in = json::ParseUserUpdate(*body);
  if (!in.ok()) return ErrorResponse(in.error());
  return Respond(env.services.users.Update(call.ctx(), core::UserId(*id), *in), 200, UserJson);
}

Response DisableUser(const Env& env, const Call& call) {
  return UserAction(call, "disable", [&](core::UserId id) {
    return Respond(env.services.users.Disable(call.ctx(), id), 200, UserJson);
  });
}

Response EnableUser(const Env& env, const Call& call) {
  return UserAction(call, "enable", [&](core::UserId id) {
    return Respond(env.services.users.Enable(call.ctx(), id), 200, UserJson);
  });
}

Response ResetUserPassword(const Env& env, const Call& call) {
  return UserAction(call, "reset-password", [&](core::UserId id) {
    return Respond(env.services.users.ResetPassword(call.ctx(), id), 200,
                   [](const std::string& p) { return json::bj::object{{"temporary_password", p}}; });
  });
}

Response ResetUserTotp(const Env& env, const Call& call) {
  return UserAction(call, "reset-2fa", [&](core::UserId id) {
    return Respond(env.services.users.ResetTotp(call.ctx(), id), 200, UserJson);
  });
}

Response StaffDirectory(const Env& env, const Call& call) {
  const std::string* role = call.request.Query("role");
  auto result = env.services.users.StaffDirectory(call.ctx(), role ? *role : std::string());
  return Respond(result, 200, [](const auto& list) {
    json::bj::array items;
    for (const auto& e : list) items.push_back(json::ToJson(e));
    return json::bj::object{{"items", std::move(items)}};
  });
}

}  // namespace werkpad::http::handlers
