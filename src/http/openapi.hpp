#pragma once

#include <string_view>

namespace werkpad::http {

// resources/openapi.json, embedded at build time (cmake/Embed.cmake). Served at
// GET /api/v1/openapi.json and used by the API tests to check every answer.
std::string_view OpenApiDocument();

}  // namespace werkpad::http
