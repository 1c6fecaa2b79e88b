#pragma once

#include <boost/json/value.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "api/http_client.hpp"

namespace werkpad::api_test {

// Checks real answers against resources/openapi.json: the status must be documented for the
// operation, the body must validate (Valijson, JSON Schema draft 7 after turning the OpenAPI 3.0
// dialect into plain JSON Schema: $ref inlined, `nullable` -> anyOf null, `pattern` checked with
// POSIX regex), and the common headers must be present. Records which (path, method, status)
// were seen, for the coverage test. Thread-safe.
class OpenApiChecker {
 public:
  explicit OpenApiChecker(std::string_view document);
  ~OpenApiChecker();

  // Problems with this answer; empty when it conforms.
  std::vector<std::string> Check(const std::string& method, const std::string& target,
                                 const Reply& reply);

  // Every documented (path, method, 2xx status) that no checked answer had, as "GET /x 200".
  std::vector<std::string> UncoveredSuccesses() const;

  // Plain JSON Schema for a component ("Error", "Session", ...), for direct checks.
  std::vector<std::string> ValidateAgainst(const std::string& component,
                                           const boost::json::value& instance) const;

  // The OpenAPI path template that `path` matches ("/api/v1/users/{id}"), or "".
  std::string TemplateFor(std::string_view path) const;

 private:
  std::vector<std::string> Validate(const boost::json::value& openapi_schema,
                                    const boost::json::value& instance) const;

  boost::json::value doc_;
  mutable std::mutex mu_;
  std::set<std::tuple<std::string, std::string, int>> seen_;
};

}  // namespace werkpad::api_test
