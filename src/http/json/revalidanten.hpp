#pragma once

#include "http/json/common.hpp"
#include "service/revalidant_service.hpp"

namespace werkpad::http::json {

struct RevalidantInput {
  domain::registry::RevalidantData data;
  std::int64_t version = 0;  // PUT only
};

// RevalidantInput of docs/api.md; `with_version` for PUT (then "version" is required).
// Types and unknown fields: kBadRequest. Missing required fields and dates that are no dates:
// kInvalidInput. Value rules (elfproef, e-mail, ranges) are the domain's.
core::Result<RevalidantInput> ParseRevalidantInput(const bj::value& body, bool with_version);

// The revalidant as a document: the reference for ToJsonText (a test holds the two equal, so a
// field added to one and not the other fails it).
bj::object ToJson(const service::RevalidantView& view);
// Serialize(ToJson(view)), written directly (JsonText): the answer of GET/PUT/POST revalidanten.
std::string ToJsonText(const service::RevalidantView& view);
bj::object ToJson(const service::RevalidantListItem& item);

}  // namespace werkpad::http::json
