#pragma once

#include <boost/json/value.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace werkpad::api_test {

struct Reply {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; last value wins
  std::vector<std::string> set_cookies;
  std::string body;
  boost::json::value json;  // parsed body when it is JSON, else null

  const std::string* Header(const std::string& lower_name) const;
  // Shorthands into the JSON body (REQUIRES: json is an object with the key).
  const boost::json::value& at(std::string_view key) const { return json.at(key); }
  std::int64_t Int(std::string_view key) const { return json.at(key).to_number<std::int64_t>(); }
  std::string Str(std::string_view key) const { return std::string(json.at(key).as_string()); }
  std::string ErrorCode() const;  // error.code or ""
  bool HasFieldError(std::string_view path, std::string_view code) const;
};

// A tiny synchronous HTTP/1.1 client (Boost.Beast) for the API tests: one connection per
// request, a cookie jar, and the CSRF header on state-changing requests once a token is known.
// Every reply is passed to the observer (OpenAPI validation, coverage). Not thread-safe.
class HttpClient {
 public:
  using Observer = std::function<void(const std::string& method, const std::string& target,
                                      const Reply& reply)>;

  HttpClient(int port, Observer observer) : port_(port), observer_(std::move(observer)) {}

  Reply Get(const std::string& target) { return Send("GET", target, std::nullopt); }
  Reply Delete(const std::string& target) { return Send("DELETE", target, std::nullopt); }
  Reply Post(const std::string& target, const boost::json::value& body);
  Reply Put(const std::string& target, const boost::json::value& body);
  // Raw request: `body` sent as is with `content_type` (empty: no Content-Type header).
  Reply Send(const std::string& method, const std::string& target,
             std::optional<std::string> body, const std::string& content_type = "application/json",
             const std::map<std::string, std::string>& extra_headers = {});

  void set_csrf(std::string token) { csrf_ = std::move(token); }
  const std::string& csrf() const { return csrf_; }
  void set_send_csrf(bool on) { send_csrf_ = on; }
  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  int port_;
  Observer observer_;
  std::string csrf_;
  bool send_csrf_ = true;
  std::map<std::string, std::string> cookies_;
};

}  // namespace werkpad::api_test
