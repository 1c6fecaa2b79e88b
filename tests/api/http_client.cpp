// The only Beast translation unit of the API tests.
#include "api/http_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>

namespace werkpad::api_test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

const std::string* Reply::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? nullptr : &it->second;
}

std::string Reply::ErrorCode() const {
  if (!json.is_object() || !json.as_object().contains("error")) return "";
  const auto& e = json.at("error");
  if (!e.is_object() || !e.as_object().contains("code") || !e.at("code").is_string()) return "";
  return std::string(e.at("code").as_string());
}

bool Reply::HasFieldError(std::string_view path, std::string_view code) const {
  if (ErrorCode().empty()) return false;
  const auto* fields = json.at("error").as_object().if_contains("fields");
  if (fields == nullptr || !fields->is_array()) return false;
  for (const auto& f : fields->as_array()) {
    if (f.at("path").as_string() == path && f.at("code").as_string() == code) return true;
  }
  return false;
}

Reply HttpClient::Post(const std::string& target, const boost::json::value& body) {
  return Send("POST", target, boost::json::serialize(body));
}

Reply HttpClient::Put(const std::string& target, const boost::json::value& body) {
  return Send("PUT", target, boost::json::serialize(body));
}

Reply HttpClient::Send(const std::string& method, const std::string& target,
                       std::optional<std::string> body, const std::string& content_type,
                       const std::map<std::string, std::string>& extra_headers) {
  Reply reply;
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  beast::error_code ec;
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"),
                                         static_cast<unsigned short>(port_)),
                 ec);
  if (ec) {
    reply.status = -1;
    reply.body = "connect: " + ec.message();
    return reply;
  }
  bhttp::request<bhttp::string_body> req(bhttp::string_to_verb(method), target, 11);
  if (req.method() == bhttp::verb::unknown) req.method_string(method);
  req.set(bhttp::field::host, "127.0.0.1:" + std::to_string(port_));
  req.set(bhttp::field::user_agent, "werkpad-api-test");
  if (!cookies_.empty()) {
    std::string cookie;
    for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
    req.set(bhttp::field::cookie, cookie);
  }
  if (send_csrf_ && !csrf_.empty() && method != "GET") req.set("X-CSRF-Token", csrf_);
  for (const auto& [k, v] : extra_headers) req.set(k, v);
  if (body) {
    if (!content_type.empty()) req.set(bhttp::field::content_type, content_type);
    req.body() = *body;
  }
  req.keep_alive(false);
  req.prepare_payload();
  bhttp::write(stream, req, ec);
  // The server may answer (413) and close before the whole body was sent: still read.
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  if (method == "HEAD") parser.skip(true);  // no body follows, whatever Content-Length says
  bhttp::read(stream, buffer, parser, ec);
  if (ec && !parser.is_header_done()) {
    reply.status = -1;
    reply.body = "read: " + ec.message();
    return reply;
  }
  auto& res = parser.get();
  reply.status = static_cast<int>(res.result_int());
  for (const auto& field : res) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "set-cookie") reply.set_cookies.emplace_back(field.value());
    reply.headers[name] = std::string(field.value());
  }
  reply.body = res.body();
  const std::string* type = reply.Header("content-type");
  if (type != nullptr && type->rfind("application/json", 0) == 0 && !reply.body.empty()) {
    boost::system::error_code jec;
    reply.json = boost::json::parse(reply.body, jec);
    if (jec) reply.json = nullptr;
  }
  for (const auto& sc : reply.set_cookies) {
    std::string_view pair = std::string_view(sc).substr(0, sc.find(';'));
    auto eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    std::string name(pair.substr(0, eq));
    std::string value(pair.substr(eq + 1));
    if (value.empty() || sc.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  if (observer_) observer_(method, target, reply);
  return reply;
}

}  // namespace werkpad::api_test
