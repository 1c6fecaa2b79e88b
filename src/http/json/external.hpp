#pragma once

#include "http/json/common.hpp"
#include "service/external_access_service.hpp"

namespace werkpad::http::json {

// DTOs of external access (docs/api.md "Externe toegang"). Strict readers like the others.

// {"party", "user_id"} or {"party", "username", "display_name", "email"}.
core::Result<service::GrantInput> ParseGrantInput(const bj::value& body);
// {"text"}.
core::Result<std::string> ParseExternalMessage(const bj::value& body);

bj::object ToJson(const service::GrantView& v);
bj::object ToJson(const std::vector<service::GrantView>& list);
bj::object ToJson(const service::Invitation& v);
bj::object ToJson(const std::vector<service::ExternalAccountView>& list);
bj::object ToJson(const service::ExternalMessageView& v);
bj::object ToJson(const std::vector<service::ExternalMessageView>& list);
bj::object ToJson(const std::vector<service::SharedItem>& list);
bj::object ToJson(const service::SharedView& v);

}  // namespace werkpad::http::json
