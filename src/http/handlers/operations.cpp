// GET /api/v1/openapi.json (the embedded resources/openapi.json).
#include "http/handlers/handlers.hpp"
#include "http/openapi.hpp"

namespace werkpad::http::handlers {

Response OpenApi(const Env&, const Call&) {
  Response r;
  r.status = 200;
  r.content_type = "application/json";
  r.body = std::string(OpenApiDocument());
  return r;
}

}  // namespace werkpad::http::handlers
