#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace werkpad::core {

// What went wrong, independent of any transport. The HTTP layer maps each code to a status in
// exactly one place (http/error_mapping.cpp); the CLI maps them to exit codes.
enum class ErrorCode {
  kBadRequest,       // the request itself is malformed: not JSON, wrong type, unknown field
  kInvalidInput,     // well-formed but a value is invalid: bad date, failed elfproef, missing field
  kRuleViolation,    // a domain rule forbids this now (e.g. a transition not allowed from here)
  kNotFound,
  kConflict,         // stale version or duplicate key: someone else changed it first
  kUnauthenticated,
  kForbidden,
  kPayloadTooLarge,
  kTooManyRequests,  // login throttling
  kUnavailable,      // database or other dependency not reachable; retry may help
  kInternal,         // a bug: never the user's fault
};

// Stable machine-readable name, e.g. "invalid_input"; used in the JSON error shape.
std::string_view ToString(ErrorCode code);

// One problem with one field of the input. `path` is a JSON-pointer-like dotted path
// ("employer.contact_email", "rows[2].hours"); `code` is a stable machine code the UI translates
// ("required", "invalid_date", "elfproef", "too_long", "unknown_field", "wrong_type", ...).
struct FieldError {
  std::string path;
  std::string code;
  std::string message;  // English, for API clients and logs of the developer; never personal data
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;

  static Error BadRequest(std::string message, std::vector<FieldError> fields = {});
  static Error Invalid(std::string message, std::vector<FieldError> fields = {});
  static Error Rule(std::string message);
  static Error NotFound(std::string message);
  static Error Conflict(std::string message);
  static Error Unauthenticated(std::string message);
  static Error Forbidden(std::string message);
  static Error TooLarge(std::string message);
  static Error TooManyRequests(std::string message);
  static Error Unavailable(std::string message);
  static Error Internal(std::string message);
};

}  // namespace werkpad::core
