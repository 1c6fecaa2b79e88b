#include "http/json/common.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/serializer.hpp>
#include <charconv>
#include <cmath>
#include <string>

namespace werkpad::http::json {
namespace {

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t out = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

bool IsJsonContentType(std::string_view type) {
  std::string_view media = type.substr(0, type.find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  std::string lower(media);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "application/json";
}

bool ContainsDouble(const bj::value& v) {
  switch (v.kind()) {
    case bj::kind::double_:
      return true;
    case bj::kind::array:
      for (const auto& e : v.get_array()) {
        if (ContainsDouble(e)) return true;
      }
      return false;
    case bj::kind::object:
      for (const auto& kv : v.get_object()) {
        if (ContainsDouble(kv.value())) return true;
      }
      return false;
    default:
      return false;
  }
}

void SerializeTo(const bj::value& v, std::string& out, bj::serializer& sr) {
  switch (v.kind()) {
    case bj::kind::double_:
      core::AppendJsonDouble(v.get_double(), out);
      return;
    case bj::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& e : v.get_array()) {
        if (!first) out += ',';
        first = false;
        SerializeTo(e, out, sr);
      }
      out += ']';
      return;
    }
    case bj::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& kv : v.get_object()) {
        if (!first) out += ',';
        first = false;
        sr.reset(kv.key());
        core::AppendSerialized(sr, out);
        out += ':';
        SerializeTo(kv.value(), out, sr);
      }
      out += '}';
      return;
    }
    default:
      sr.reset(&v);
      core::AppendSerialized(sr, out);
      return;
  }
}

}  // namespace

std::string Serialize(const bj::value& body) {
  // Boost.JSON 1.81 writes every double in exponent form ("4.833E1"): valid JSON, but clients
  // and people read "48.33" more easily. Doubles (euros, percentages) are written as the
  // shortest plain decimal that reads back as the same double; the rest as Boost writes it.
  if (!ContainsDouble(body)) return bj::serialize(body);
  std::string out;
  out.reserve(1024);
  bj::serializer sr;
  SerializeTo(body, out, sr);
  return out;
}

Response JsonResponse(int status, const bj::value& body) {
  return JsonTextResponse(status, Serialize(body));
}

Response JsonTextResponse(int status, std::string text) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = std::move(text);
  return r;
}

Response NoContent() {
  Response r;
  r.status = 204;
  return r;
}

core::Result<bj::value> ParseBody(const Request& request, bj::storage_ptr sp) {
  if (request.body.empty()) return bj::value(bj::object(sp));
  const std::string* type = request.Header("content-type");
  if (type == nullptr || !IsJsonContentType(*type)) {
    return core::Error::BadRequest("the body must be sent as Content-Type: application/json");
  }
  return codec::ParseJson(request.body, std::move(sp));
}

core::Status ParseEmpty(const bj::value& body, std::string_view what) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  return Finish(r, errors, what);
}

core::Status ParseEmptyBody(const Request& request, std::string_view what) {
  WP_ASSIGN_OR_RETURN(bj::value body, ParseBody(request));
  return ParseEmpty(body, what);
}

core::Result<store::PageRequest> ParsePage(const Request& request) {
  store::PageRequest page;
  std::vector<core::FieldError> errors;
  for (auto [name, target] : {std::pair<std::string_view, int*>{"page", &page.page},
                              std::pair<std::string_view, int*>{"page_size", &page.page_size}}) {
    const std::string* text = request.Query(name);
    if (text == nullptr || text->empty()) continue;
    auto n = ParseInt(*text);
    if (!n) {
      errors.push_back({std::string(name), "wrong_type", "must be a whole number"});
    } else if (*n < -1'000'000 || *n > 1'000'000) {
      // Keep the service's range check meaningful without overflowing int.
      *target = *n < 0 ? -1 : 1'000'001;
    } else {
      *target = static_cast<int>(*n);
    }
  }
  if (!errors.empty()) {
    std::string message = "bad query parameter: " + errors.front().path;
    return core::Error::BadRequest(std::move(message), std::move(errors));
  }
  return page;
}

core::Result<std::int64_t> ParseIdQuery(const Request& request, std::string_view name) {
  const std::string* text = request.Query(name);
  if (text == nullptr || text->empty()) return std::int64_t{0};
  auto n = ParseInt(*text);
  if (!n || *n <= 0) {
    return core::Error::BadRequest("bad query parameter: " + std::string(name),
                                   {{std::string(name), "wrong_type", "must be a positive id"}});
  }
  return *n;
}

core::Result<std::int64_t> ParsePathId(const PathParams& params, std::string_view name) {
  const std::string* text = params.Find(name);
  // One spelling per resource: "01" is not "1" (ids are positive, so never "0..." either).
  if (text != nullptr && !text->empty() && text->front() == '0') {
    return core::Error::NotFound("no such resource");
  }
  auto n = text == nullptr ? std::nullopt : ParseInt(*text);
  if (!n || *n <= 0) return core::Error::NotFound("no such resource");
  return *n;
}

bj::value StringOrNull(const std::string& s) {
  return s.empty() ? bj::value(nullptr) : bj::value(s);
}

bj::value InstantOrNull(const std::optional<core::Instant>& t) {
  return t ? bj::value(Timestamp(*t)) : bj::value(nullptr);
}

std::string Timestamp(core::Instant t) { return core::FormatInstant(t); }

bj::object PageEnvelope(bj::array items, int page, int page_size, std::int64_t total) {
  bj::object out;
  out["items"] = std::move(items);
  out["page"] = page;
  out["page_size"] = page_size;
  out["total"] = total;
  return out;
}

core::Status Finish(codec::ObjectReader& reader, std::vector<core::FieldError>& errors,
                    std::string_view what) {
  reader.Finish();
  return codec::ErrorsToStatus(std::move(errors), what);
}

}  // namespace werkpad::http::json
