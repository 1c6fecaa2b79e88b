#include "http/json/users.hpp"

namespace werkpad::http::json {
namespace {
constexpr std::size_t kMaxText = 1000;  // the service applies the real limits
}

core::Result<service::NewUser> ParseNewUser(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::NewUser in;
  in.username = r.String("username", Need::kOptional, kMaxText).value_or("");
  in.display_name = r.String("display_name", Need::kOptional, kMaxText).value_or("");
  in.email = r.String("email", Need::kOptional, kMaxText).value_or("");
  in.role = r.String("role", Need::kOptional, kMaxText).value_or("");
  in.discipline = r.String("discipline", Need::kOptional, kMaxText).value_or("");
  in.team_ids = ReadIdList<core::TeamTag>(r, "team_ids");
  in.revalidant_id =
      core::RevalidantId(r.Int("revalidant_id", Need::kOptional, 1, INT64_MAX).value_or(0));
  in.password = r.String("password", Need::kOptional, kMaxText);
  WP_RETURN_IF_ERROR(Finish(r, errors, "user"));
  return in;
}

core::Result<service::UserUpdate> ParseUserUpdate(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::UserUpdate in;
  in.display_name = r.String("display_name", Need::kOptional, kMaxText).value_or("");
  in.email = r.String("email", Need::kOptional, kMaxText).value_or("");
  in.role = r.String("role", Need::kOptional, kMaxText).value_or("");
  in.discipline = r.String("discipline", Need::kOptional, kMaxText).value_or("");
  in.team_ids = ReadIdList<core::TeamTag>(r, "team_ids");
  in.version = r.Int("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "user"));
  return in;
}

bj::object ToJson(const service::UserView& u) {
  bj::array teams;
  for (auto id : u.team_ids) teams.emplace_back(id.value);
  bj::object out;
  out["id"] = u.id.value;
  out["username"] = u.username;
  out["display_name"] = u.display_name;
  out["email"] = u.email;
  out["role"] = domain::identity::ToCode(u.role);
  out["discipline"] = StringOrNull(u.discipline);
  out["team_ids"] = std::move(teams);
  out["revalidant_id"] = IdOrNull(u.revalidant_id);
  out["disabled"] = u.disabled;
  out["totp_enabled"] = u.totp_enabled;
  out["last_login_at"] = InstantOrNull(u.last_login_at);
  out["version"] = u.version;
  return out;
}

bj::object ToJson(const service::UserCreated& created) {
  return bj::object{{"user", ToJson(created.user)}, {"initial_password", created.initial_password}};
}

bj::object ToJson(const service::StaffEntry& e) {
  bj::object out;
  out["id"] = e.id.value;
  out["display_name"] = e.display_name;
  out["role"] = domain::identity::ToCode(e.role);
  out["discipline"] = StringOrNull(e.discipline);
  return out;
}

}  // namespace werkpad::http::json
