#include "http/error_mapping.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "http/json/common.hpp"

namespace werkpad::http {

int StatusFor(core::ErrorCode code) {
  using core::ErrorCode;
  switch (code) {
    case ErrorCode::kBadRequest: return 400;
    case ErrorCode::kInvalidInput: return 422;
    case ErrorCode::kRuleViolation: return 409;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kPayloadTooLarge: return 413;
    case ErrorCode::kTooManyRequests: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace {

std::string Body(std::string_view code, std::string_view message,
                 const std::vector<core::FieldError>& fields) {
  boost::json::object error;
  error["code"] = code;
  error["message"] = message;
  if (!fields.empty()) {
    boost::json::array list;
    for (const auto& f : fields) {
      boost::json::object item;
      item["path"] = f.path;
      item["code"] = f.code;
      if (!f.message.empty()) item["message"] = f.message;
      list.push_back(std::move(item));
    }
    error["fields"] = std::move(list);
  }
  boost::json::object root;
  root["error"] = std::move(error);
  return boost::json::serialize(root);
}

}  // namespace

std::string ErrorBody(const core::Error& error) {
  std::string_view message = error.code == core::ErrorCode::kInternal
                                 ? std::string_view("internal error")
                                 : std::string_view(error.message);
  return Body(core::ToString(error.code), message, error.fields);
}

Response ErrorResponse(const core::Error& error) {
  return json::JsonTextResponse(StatusFor(error.code), ErrorBody(error));
}

Response NotFoundResponse() {
  return json::JsonTextResponse(404, Body("not_found", "no such resource", {}));
}

Response MethodNotAllowedResponse(const std::vector<std::string>& allowed) {
  Response r = json::JsonTextResponse(
      405, Body("method_not_allowed", "method not allowed for this resource", {}));
  std::string list;
  for (const auto& m : allowed) list += (list.empty() ? "" : ", ") + m;
  r.AddHeader("Allow", list);
  return r;
}

}  // namespace werkpad::http
