#pragma once

#include "http/json/common.hpp"
#include "service/audit_query_service.hpp"

namespace werkpad::http::json {

// GET /audit?revalidant_id=&user_id=&from=&to=&page=&page_size=. `from` and `to` are dates
// (YYYY-MM-DD, the start of that UTC day) or RFC 3339 timestamps; `to` is exclusive.
// Errors: kBadRequest (ids or page not integers), kInvalidInput (from/to invalid_date).
core::Result<service::AuditQuery> ParseAuditQuery(const Request& request);

bj::object ToJson(const service::AuditEntryView& entry);

}  // namespace werkpad::http::json
