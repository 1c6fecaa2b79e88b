#include "core/error.hpp"

#include <utility>

namespace werkpad::core {

std::string_view ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest: return "bad_request";
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kRuleViolation: return "rule_violation";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kPayloadTooLarge: return "payload_too_large";
    case ErrorCode::kTooManyRequests: return "too_many_requests";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

namespace {
Error Make(ErrorCode code, std::string message, std::vector<FieldError> fields = {}) {
  return Error{code, std::move(message), std::move(fields)};
}
}  // namespace

Error Error::BadRequest(std::string m, std::vector<FieldError> f) {
  return Make(ErrorCode::kBadRequest, std::move(m), std::move(f));
}
Error Error::Invalid(std::string m, std::vector<FieldError> f) {
  return Make(ErrorCode::kInvalidInput, std::move(m), std::move(f));
}
Error Error::Rule(std::string m) { return Make(ErrorCode::kRuleViolation, std::move(m)); }
Error Error::NotFound(std::string m) { return Make(ErrorCode::kNotFound, std::move(m)); }
Error Error::Conflict(std::string m) { return Make(ErrorCode::kConflict, std::move(m)); }
Error Error::Unauthenticated(std::string m) {
  return Make(ErrorCode::kUnauthenticated, std::move(m));
}
Error Error::Forbidden(std::string m) { return Make(ErrorCode::kForbidden, std::move(m)); }
Error Error::TooLarge(std::string m) { return Make(ErrorCode::kPayloadTooLarge, std::move(m)); }
Error Error::TooManyRequests(std::string m) {
  return Make(ErrorCode::kTooManyRequests, std::move(m));
}
Error Error::Unavailable(std::string m) { return Make(ErrorCode::kUnavailable, std::move(m)); }
Error Error::Internal(std::string m) { return Make(ErrorCode::kInternal, std::move(m)); }

}  // namespace werkpad::core
