#include "http/json/audit.hpp"

namespace werkpad::http::json {
namespace {

// A date means the start of that day, UTC.
std::optional<core::Instant> ParseBound(std::string_view text) {
  if (auto d = core::ParseDate(text)) {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::sys_days{*d});
  }
  return core::ParseInstant(text);
}

}  // namespace

core::Result<service::AuditQuery> ParseAuditQuery(const Request& request) {
  service::AuditQuery q;
  WP_ASSIGN_OR_RETURN(std::int64_t revalidant, ParseIdQuery(request, "revalidant_id"));
  WP_ASSIGN_OR_RETURN(std::int64_t user, ParseIdQuery(request, "user_id"));
  WP_ASSIGN_OR_RETURN(q.page, ParsePage(request));
  q.revalidant_id = core::RevalidantId(revalidant);
  q.user_id = core::UserId(user);
  std::vector<core::FieldError> errors;
  for (auto [name, target] : {std::pair<std::string_view, std::optional<core::Instant>*>{"from", &q.from},
                              std::pair<std::string_view, std::optional<core::Instant>*>{"to", &q.to}}) {
    const std::string* text = request.Query(name);
    if (text == nullptr || text->empty()) continue;
    *target = ParseBound(*text);
    if (!*target) {
      errors.push_back({std::string(name), "invalid_date", "must be YYYY-MM-DD or an RFC 3339 time"});
    }
  }
  if (!errors.empty()) return core::Error::Invalid("audit filter: invalid date", std::move(errors));
  return q;
}

bj::object ToJson(const service::AuditEntryView& e) {
  bj::object out;
  out["seq"] = e.seq;
  out["at"] = Timestamp(e.at);
  out["user"] = e.user ? bj::value(bj::object{{"id", e.user->id.value},
                                              {"username", e.user->username},
                                              {"display_name", e.user->display_name}})
                       : bj::value(nullptr);
  out["role"] = e.role;
  out["on_behalf_of"] = IdOrNull(e.on_behalf_of);
  out["revalidant_id"] = IdOrNull(e.revalidant_id);
  out["action"] = e.action;
  out["object_type"] = e.object_type;
  out["object_id"] = e.object_id;
  out["outcome"] = e.outcome;
  out["source_address"] = e.source_address;
  out["request_id"] = e.request_id;
  return out;
}

}  // namespace werkpad::http::json
