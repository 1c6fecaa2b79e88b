// A sweep of the malformed requests a client can send, over every operation of
// resources/openapi.json (the issue: "Malformed JSON, wrong types, unknown fields ... -> 400/413/422
// with a message naming the field; the API test suite contains these negative cases and asserts no
// 5xx"). Every answer also passes the fixture's OpenAPI check, which fails on any 5xx. Runs after
// the other API tests and before the coverage test (link order, see CMakeLists.txt); it changes
// nothing: every request in it must be refused.
#include <iostream>
#include <regex>
#include <set>

#include "api/api_fixture.hpp"
#include "http/openapi.hpp"

namespace werkpad::api_test {
namespace {

namespace bj = boost::json;

const bj::value& Spec() {
  static const bj::value spec = bj::parse(http::OpenApiDocument());
  return spec;
}

// The operation's parameters (path-level and operation-level), with $refs resolved.
std::vector<bj::object> ParametersOf(const bj::object& path_item, const bj::object& operation) {
  std::vector<bj::object> out;
  for (const bj::object* holder : {&path_item, &operation}) {
    const bj::value* list = holder->if_contains("parameters");
    if (list == nullptr) continue;
    for (const auto& p : list->as_array()) {
      const bj::object& o = p.as_object();
      if (const bj::value* ref = o.if_contains("$ref")) {
        std::string name(ref->as_string());
        name = name.substr(name.rfind('/') + 1);
        out.push_back(Spec().at("components").at("parameters").at(name).as_object());
      } else {
        out.push_back(o);
      }
    }
  }
  return out;
}

// `path` with every {param} replaced by `value`.
std::string Fill(const std::string& path, const std::string& value) {
  static const std::regex param("\\{[a-z_]+\\}");
  return std::regex_replace(path, param, value);
}

bool HasErrorShape(const Reply& r) {
  if (!r.json.is_object()) return false;
  const bj::value* e = r.json.as_object().if_contains("error");
  if (e == nullptr || !e->is_object()) return false;
  const bj::value* code = e->as_object().if_contains("code");
  const bj::value* message = e->as_object().if_contains("message");
  return code != nullptr && code->is_string() && !code->as_string().empty() &&
         message != nullptr && message->is_string() && !message->as_string().empty();
}

// Totals that a refused request must leave as they were.
std::string Snapshot(HttpClient& admin, HttpClient& ric) {
  auto total = [](const Reply& r) { return r.status == 200 ? std::to_string(r.Int("total")) : "?"; };
  std::string s = "users=" + total(admin.Get("/api/v1/users?page_size=1")) +
                  ";revalidanten=" + total(ric.Get("/api/v1/revalidanten?page_size=1")) + ";";
  Reply teams = admin.Get("/api/v1/teams");
  s += "teams=" + std::to_string(teams.status == 200 ? teams.at("items").as_array().size() : 0);
  return s;
}

TEST(NegativeSweep, MalformedBodiesToEveryWriteOperationAreRefusedWithA4xx) {
  HttpClient& admin = Env().As("admin");
  HttpClient& ric = Env().As("ric");
  const std::string before = Snapshot(admin, ric);
  const std::vector<std::string> bodies = {
      "{",                   // truncated JSON
      "not json at all",     // not JSON
      "[]",                  // not an object
      "null",                // not an object
      "\"text\"",            // not an object
      R"({"zz_unknown":1})",  // unknown field
      std::string(300, '[') + std::string(300, ']'),  // deep nesting
  };
  int operations = 0, requests = 0;
  for (const auto& [path_key, item] : Spec().at("paths").as_object()) {
    const std::string path(path_key);
    // The session endpoints have their own negative tests, and logging out is not refused.
    if (path.rfind("/api/v1/session", 0) == 0) continue;
    for (const auto& [method_key, op] : item.as_object()) {
      const std::string method(method_key);
      if (method != "post" && method != "put" && method != "delete") continue;
      if (!op.as_object().contains("requestBody")) continue;
      ++operations;
      std::string upper = method == "post" ? "POST" : method == "put" ? "PUT" : "DELETE";
      // Ids that do not exist, so that nothing could change even if a body were wrongly taken.
      const std::string target = Fill(path, "99999999");
      for (HttpClient* client : {&ric, &admin}) {
        for (const std::string& body : bodies) {
          Reply r = client->Send(upper, target, body);
          ++requests;
          EXPECT_TRUE(r.status >= 400 && r.status < 500)
              << upper << " " << target << " body " << body.substr(0, 40) << " -> " << r.status
              << " " << r.body;
          EXPECT_TRUE(HasErrorShape(r)) << upper << " " << target << " -> " << r.body;
        }
        // The right JSON with the wrong media type.
        Reply typed = client->Send(upper, target, R"({"zz_unknown":1})", "text/plain");
        ++requests;
        EXPECT_TRUE(typed.status >= 400 && typed.status < 500)
            << upper << " " << target << " text/plain -> " << typed.status << " " << typed.body;
      }
    }
  }
  EXPECT_GT(operations, 50);
  std::cout << "[ sweep ] " << requests << " malformed writes over " << operations
            << " operations\n";
  EXPECT_EQ(Snapshot(admin, ric), before) << "a refused request changed something";
  EXPECT_EQ(Env().NewClient()->Get("/healthz").status, 200);
}

TEST(NegativeSweep, BadPathIdsAndBadQueryValuesOnEveryReadAreRefusedWithA4xx) {
  HttpClient& admin = Env().As("admin");
  HttpClient& ric = Env().As("ric");
  int checked_queries = 0, requests = 0;
  for (const auto& [path_key, item] : Spec().at("paths").as_object()) {
    const std::string path(path_key);
    const bj::value* get = item.as_object().if_contains("get");
    if (get == nullptr) continue;
    const bool has_params = path.find('{') != std::string::npos;
    for (HttpClient* client : {&ric, &admin}) {
      if (has_params) {
        // Not an id at all, a leading zero, out of range: no such resource (or a refusal).
        for (const char* bad : {"abc", "01", "99999999999999999999999", "-1", "1.5"}) {
          Reply r = client->Get(Fill(path, bad));
          ++requests;
          EXPECT_TRUE(r.status >= 400 && r.status < 500)
              << "GET " << Fill(path, bad) << " -> " << r.status << " " << r.body;
        }
      }
      // Query parameters with a type or a closed set of values: a wrong value is a 400 or 422,
      // checked where the same request without it answers 200 (so the value is what is refused).
      const std::string base = Fill(path, "1");
      std::vector<bj::object> params = ParametersOf(item.as_object(), get->as_object());
      bool any_typed = false;
      for (const auto& p : params) {
        if (p.at("in").as_string() != "query") continue;
        const bj::object& schema = p.at("schema").as_object();
        const bool typed = schema.at("type").as_string() != "string" || schema.contains("enum") ||
                           schema.contains("format");
        any_typed = any_typed || typed;
      }
      if (!any_typed) continue;
      Reply plain = client->Get(base);
      ++requests;
      if (plain.status != 200) continue;
      for (const auto& p : params) {
        if (p.at("in").as_string() != "query") continue;
        const bj::object& schema = p.at("schema").as_object();
        if (schema.at("type").as_string() == "string" && !schema.contains("enum") &&
            !schema.contains("format")) {
          continue;
        }
        const std::string name(p.at("name").as_string());
        for (const char* bad : {"abc", "2026-02-30"}) {
          const std::string target = base + "?" + name + "=" + bad;
          Reply r = client->Get(target);
          ++requests;
          ++checked_queries;
          EXPECT_TRUE(r.status == 400 || r.status == 422)
              << "GET " << target << " -> " << r.status << " " << r.body.substr(0, 300);
          if (r.status == 400 || r.status == 422) {
            EXPECT_TRUE(HasErrorShape(r)) << "GET " << target << " -> " << r.body;
            EXPECT_NE(r.body.find(name), std::string::npos)
                << "the message or fields name the parameter: GET " << target << " -> " << r.body;
          }
        }
      }
    }
  }
  EXPECT_GT(checked_queries, 20);
  std::cout << "[ sweep ] " << requests << " reads, " << checked_queries
            << " with a wrong query value\n";
  EXPECT_EQ(Env().NewClient()->Get("/healthz").status, 200);
}

}  // namespace
}  // namespace werkpad::api_test
