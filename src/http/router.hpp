#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace werkpad::http {

// Values of the `{name}` segments of a matched route pattern.
class PathParams {
 public:
  void Add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  // nullptr when the pattern has no such parameter.
  const std::string* Find(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// The one route table: (method, pattern) -> handler index. Patterns are absolute paths whose
// segments are literals or `{name}` placeholders matching one non-empty segment, e.g.
// "/api/v1/users/{id}/disable". Literal segments win over placeholders at the same position, so
// "/api/v1/session/totp" is never taken for a parameter. Built once, then read-only:
// thread-safe for concurrent Find().
class Router {
 public:
  // REQUIRES: pattern starts with '/', no duplicate (method, pattern).
  void Add(std::string method, std::string pattern, std::size_t handler);

  struct Match {
    enum class Kind { kFound, kMethodNotAllowed, kNotFound };
    Kind kind = Kind::kNotFound;
    std::size_t handler = 0;
    std::string pattern;              // the matched pattern (metrics label), when found
    PathParams params;
    std::vector<std::string> allowed;  // methods of the path, for 405 (Allow header)
  };
  // Finds the route for `path` (already percent-decoded, no query). A trailing '/' is not ignored.
  Match Find(std::string_view method, std::string_view path) const;

  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    std::size_t handler;
    std::vector<bool> is_param;  // per segment: a `{name}` placeholder
    int literals = 0;            // literal segments: the more, the more specific
  };
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  // Indices into routes_ by number of segments: a path is only compared with patterns of its
  // length (Find runs for every request, up to three times).
  std::vector<std::vector<std::size_t>> by_length_;
};

// Splits "/a/b/c" into {"a","b","c"}; "/" gives {}; empty segments ("/a//b", "/a/") are kept as "".
std::vector<std::string_view> SplitPath(std::string_view path);

}  // namespace werkpad::http
