#pragma once

#include "http/json/common.hpp"
#include "service/user_service.hpp"

namespace werkpad::http::json {

// POST /users {"username","display_name","email","role","discipline","team_ids","password"?}.
// Value rules (username pattern, role and discipline codes, password length) are the service's.
core::Result<service::NewUser> ParseNewUser(const bj::value& body);
// PUT /users/{id} {"display_name","email","role","discipline","team_ids","version"}.
core::Result<service::UserUpdate> ParseUserUpdate(const bj::value& body);

bj::object ToJson(const service::UserView& user);
bj::object ToJson(const service::UserCreated& created);
bj::object ToJson(const service::StaffEntry& entry);

}  // namespace werkpad::http::json
