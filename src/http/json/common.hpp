#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codec/json_reader.hpp"
#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/json_text.hpp"
#include "core/result.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "store/page.hpp"

namespace werkpad::http::json {

namespace bj = boost::json;
using Need = codec::ObjectReader::Need;

// A 2xx/4xx JSON answer.
// JSON text of `body`; doubles as plain decimals ("48.33", "1550"), never in exponent form.
std::string Serialize(const bj::value& body);
Response JsonResponse(int status, const bj::value& body);
// JSON text written already (JsonText), as a handler's to_json result (handlers::Respond).
struct Serialized {
  std::string text;
};
// A JSON answer whose text is already written.
Response JsonTextResponse(int status, std::string text);

// The revalidant's answer is written with core::JsonText (see there).
using core::JsonText;
// 204 No Content.
Response NoContent();

// The request body as a JSON object. An empty body counts as `{}`. A body with a Content-Type
// other than application/json, malformed JSON or a non-object give kBadRequest. The values live
// in `sp` (default: the heap; a handler may give a stack buffer that outlives the value).
core::Result<bj::value> ParseBody(const Request& request, bj::storage_ptr sp = {});

// A body that must be `{}` (or empty): any field is unknown_field (kBadRequest).
core::Status ParseEmpty(const bj::value& body, std::string_view what);
// ParseBody + ParseEmpty.
core::Status ParseEmptyBody(const Request& request, std::string_view what);

// `?page=&page_size=`: absent -> 1 / 25; not an integer -> kBadRequest (field "page" /
// "page_size", code "wrong_type"). Range checks are the service's (422 out_of_range).
core::Result<store::PageRequest> ParsePage(const Request& request);

// An optional positive integer query parameter (e.g. "revalidant_id"); empty/absent -> 0.
// Not a positive integer -> kBadRequest.
core::Result<std::int64_t> ParseIdQuery(const Request& request, std::string_view name);

// A `{id}` path parameter. Anything but a positive integer -> kNotFound (no such resource).
core::Result<std::int64_t> ParsePathId(const PathParams& params, std::string_view name = "id");

// Value helpers for answers: 0 ids, empty strings and nullopt become JSON null.
template <class Tag>
bj::value IdOrNull(core::Id<Tag> id) {
  return id.valid() ? bj::value(id.value) : bj::value(nullptr);
}
bj::value StringOrNull(const std::string& s);
bj::value InstantOrNull(const std::optional<core::Instant>& t);
std::string Timestamp(core::Instant t);  // RFC 3339 UTC with milliseconds

// Page envelope {"items","page","page_size","total"}.
bj::object PageEnvelope(bj::array items, int page, int page_size, std::int64_t total);

// Reads a list of positive ids from `key` (array of integers). Errors go to `reader`.
template <class Tag>
std::vector<core::Id<Tag>> ReadIdList(codec::ObjectReader& reader, std::string_view key);

// Runs reader.Finish() and turns collected errors into one status: wrong types and unknown
// fields -> kBadRequest (400), other problems -> kInvalidInput (422).
core::Status Finish(codec::ObjectReader& reader, std::vector<core::FieldError>& errors,
                    std::string_view what);

template <class Tag>
std::vector<core::Id<Tag>> ReadIdList(codec::ObjectReader& reader, std::string_view key) {
  std::vector<core::Id<Tag>> out;
  const bj::array* array = reader.Array(key, Need::kOptional, 1000);
  if (array == nullptr) return out;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const bj::value& v = (*array)[i];
    if (v.is_int64() && v.get_int64() > 0) {
      out.emplace_back(v.get_int64());
    } else if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
      out.emplace_back(static_cast<std::int64_t>(v.get_uint64()));
    } else if (v.is_int64()) {
      reader.Fail(std::string(key) + "[" + std::to_string(i) + "]", "invalid_value",
                  "must be a positive id");
    } else {
      reader.Fail(std::string(key) + "[" + std::to_string(i) + "]", "wrong_type",
                  "must be an integer id");
    }
  }
  return out;
}

}  // namespace werkpad::http::json
