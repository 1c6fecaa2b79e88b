#pragma once

#include <string>

#include "core/error.hpp"
#include "http/message.hpp"

namespace werkpad::http {

// The one place where core::ErrorCode becomes an HTTP status (docs/api.md "Errors").
int StatusFor(core::ErrorCode code);

// The one error shape: {"error":{"code","message","fields":[{"path","code","message"}]}};
// "fields" only when there are field errors. Internal errors never carry their message out.
std::string ErrorBody(const core::Error& error);

// A JSON response with StatusFor(error.code) and ErrorBody(error).
Response ErrorResponse(const core::Error& error);

// Errors that have no core::ErrorCode: 404 for unknown API paths, 405 with an Allow header.
Response NotFoundResponse();
Response MethodNotAllowedResponse(const std::vector<std::string>& allowed);

}  // namespace werkpad::http
