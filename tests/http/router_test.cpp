#include "http/router.hpp"

#include <gtest/gtest.h>

#include "http/routes.hpp"

namespace werkpad::http {
namespace {

Router Sample() {
  Router r;
  r.Add("GET", "/api/v1/users", 0);
  r.Add("POST", "/api/v1/users", 1);
  r.Add("GET", "/api/v1/users/{id}", 2);
  r.Add("PUT", "/api/v1/users/{id}", 3);
  r.Add("POST", "/api/v1/users/{id}/disable", 4);
  r.Add("POST", "/api/v1/session", 5);
  r.Add("POST", "/api/v1/session/totp", 6);
  r.Add("GET", "/api/v1/things/{kind}", 7);
  r.Add("GET", "/api/v1/things/special", 8);
  return r;
}

TEST(HttpRouter, FindsLiteralRoutes) {
  auto m = Sample().Find("GET", "/api/v1/users");
  ASSERT_EQ(m.kind, Router::Match::Kind::kFound);
  EXPECT_EQ(m.handler, 0u);
  EXPECT_EQ(m.pattern, "/api/v1/users");
  EXPECT_EQ(Sample().Find("POST", "/api/v1/users").handler, 1u);
}

TEST(HttpRouter, ExtractsPathParams) {
  auto m = Sample().Find("POST", "/api/v1/users/42/disable");
  ASSERT_EQ(m.kind, Router::Match::Kind::kFound);
  EXPECT_EQ(m.handler, 4u);
  ASSERT_NE(m.params.Find("id"), nullptr);
  EXPECT_EQ(*m.params.Find("id"), "42");
  EXPECT_EQ(m.params.Find("other"), nullptr);
  EXPECT_EQ(m.pattern, "/api/v1/users/{id}/disable");
}

TEST(HttpRouter, WrongMethodIs405WithAllowedMethods) {
  auto m = Sample().Find("DELETE", "/api/v1/users/7");
  ASSERT_EQ(m.kind, Router::Match::Kind::kMethodNotAllowed);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "PUT"}));
}

TEST(HttpRouter, UnknownPathsAreNotFound) {
  auto r = Sample();
  EXPECT_EQ(r.Find("GET", "/api/v1/nothing").kind, Router::Match::Kind::kNotFound);
  EXPECT_EQ(r.Find("GET", "/api/v1/users/1/2").kind, Router::Match::Kind::kNotFound);
  EXPECT_EQ(r.Find("GET", "/api/v1/users/").kind, Router::Match::Kind::kNotFound);  // empty {id}
  EXPECT_EQ(r.Find("GET", "/api/v1/users//").kind, Router::Match::Kind::kNotFound);
  EXPECT_EQ(r.Find("GET", "/").kind, Router::Match::Kind::kNotFound);
  EXPECT_EQ(r.Find("GET", "").kind, Router::Match::Kind::kNotFound);
}

TEST(HttpRouter, LiteralSegmentsWinOverParameters) {
  auto r = Sample();
  auto special = r.Find("GET", "/api/v1/things/special");
  ASSERT_EQ(special.kind, Router::Match::Kind::kFound);
  EXPECT_EQ(special.handler, 8u);
  auto other = r.Find("GET", "/api/v1/things/other");
  ASSERT_EQ(other.kind, Router::Match::Kind::kFound);
  EXPECT_EQ(other.handler, 7u);
  EXPECT_EQ(*other.params.Find("kind"), "other");
  // A literal route with another method does not turn the path into a parameter match.
  EXPECT_EQ(r.Find("GET", "/api/v1/session/totp").kind, Router::Match::Kind::kMethodNotAllowed);
}

TEST(HttpRouter, SplitPathKeepsEmptySegments) {
  EXPECT_TRUE(SplitPath("/").empty());
  EXPECT_EQ(SplitPath("/a/b"), (std::vector<std::string_view>{"a", "b"}));
  EXPECT_EQ(SplitPath("/a//b/"), (std::vector<std::string_view>{"a", "", "b", ""}));
}

// The real table: every (method, pattern) is unique and every pattern is reachable.
TEST(HttpRouter, ApiRouteTableIsUnambiguous) {
  Router r;
  auto routes = ApiRoutes();
  for (std::size_t i = 0; i < routes.size(); ++i) {
    r.Add(std::string(routes[i].method), std::string(routes[i].pattern), i);
  }
  for (std::size_t i = 0; i < routes.size(); ++i) {
    std::string path(routes[i].pattern);
    for (std::size_t p; (p = path.find("{id}")) != std::string::npos;) path.replace(p, 4, "12");
    auto m = r.Find(routes[i].method, path);
    ASSERT_EQ(m.kind, Router::Match::Kind::kFound) << routes[i].pattern;
    EXPECT_EQ(m.handler, i) << routes[i].method << " " << routes[i].pattern;
  }
}

TEST(HttpRouter, OnlyLoginAndOpenApiArePublic) {
  for (const auto& route : ApiRoutes()) {
    bool expected_public = (route.method == "POST" && route.pattern == "/api/v1/session") ||
                           route.pattern == "/api/v1/openapi.json";
    EXPECT_EQ(route.access == Access::kPublic, expected_public) << route.pattern;
  }
}

}  // namespace
}  // namespace werkpad::http
