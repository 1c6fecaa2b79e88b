#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace werkpad::http {

// The HTTP request as the rest of src/http sees it: no Beast types outside server.cpp.
// Plain value; not thread-safe.
struct Request {
  std::string method;  // "GET", "POST", ... (upper case)
  std::string target;  // raw request target, e.g. "/api/v1/users?q=an"
  std::string path;    // percent-decoded path without the query, e.g. "/api/v1/users"
  std::map<std::string, std::string, std::less<>> query;  // decoded; last value wins
  // Header names are stored in lower case.
  std::map<std::string, std::string, std::less<>> headers;
  std::string body;
  std::string remote_address;
  std::string request_id;  // assigned by the server before routing

  // nullptr when absent. `name` must be lower case.
  const std::string* Header(std::string_view name) const;
  // The value of cookie `name` from the Cookie header, or nullopt.
  std::optional<std::string> Cookie(std::string_view name) const;
  // Query parameter, or nullptr.
  const std::string* Query(std::string_view name) const;
};

// The answer. Headers are emitted in insertion order; Content-Type and Content-Length are set by
// the server from `content_type` and `body`.
struct Response {
  int status = 200;
  std::string content_type;  // empty for bodiless answers (204)
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set (instead of the fields above) by a handler whose answer is computed in the request's
  // deferred work (a read done in the database writer's unit, service::Pending): once all the
  // request's deferred writes are durable, Api::Handle's answer calls it and answers with its
  // result; when they failed, the answer is their error and this is never called. Api::Handle
  // uses the same field for an answer it hands over unbuilt (see Api::Reply).
  std::function<Response()> deferred;

  void AddHeader(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
  const std::string* FindHeader(std::string_view name) const;
};

// Splits "a=1&b=x%20y" into decoded pairs ('+' is a space). Malformed escapes are kept verbatim.
std::map<std::string, std::string, std::less<>> ParseQueryString(std::string_view query);
// Decodes %XX escapes. nullopt when an escape is malformed or decodes to NUL.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

// True for methods that change state (everything except GET, HEAD and OPTIONS).
bool IsStateChanging(std::string_view method);

}  // namespace werkpad::http
