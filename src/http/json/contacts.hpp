#pragma once

#include <optional>
#include <string_view>

#include "http/json/common.hpp"
#include "service/contact_service.hpp"

namespace werkpad::http::json {

// DTOs of the contact-moment endpoints (docs/api.md "Contactmomenten"). Strict readers like the
// others: unknown fields and wrong types kBadRequest; the domain checks the values (422).

core::Result<service::ContactCreate> ParseContactCreate(const bj::value& body);
core::Result<service::ContactUpdate> ParseContactUpdate(const bj::value& body);
// `?days=N` of GET /contact-moments/signals: absent -> nullopt; not an integer -> kBadRequest.
core::Result<std::optional<int>> ParseSignalDays(const Request& request);

// The purpose and materials of a contact-moment task, or null for other tasks (also part of
// every task in the AGR task lists).
bj::value ContactMomentJson(std::string_view task_key);

bj::object ToJson(const service::ContactSectionView& v);
bj::object ToJson(const service::ContactView& v);
bj::object ToJson(const std::vector<service::ContactVersionView>& list);
bj::object ToJson(const service::ContactSignalsView& v);

}  // namespace werkpad::http::json
