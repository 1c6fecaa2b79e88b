#include "http/message.hpp"

#include <gtest/gtest.h>

namespace werkpad::http {
namespace {

TEST(HttpMessage, CookieLookup) {
  Request r;
  r.headers["cookie"] = "a=1; werkpad_session=tok123 ;other=x=y";
  EXPECT_EQ(r.Cookie("werkpad_session"), std::optional<std::string>("tok123"));
  EXPECT_EQ(r.Cookie("other"), std::optional<std::string>("x=y"));
  EXPECT_FALSE(r.Cookie("werkpad").has_value());
  Request none;
  EXPECT_FALSE(none.Cookie("a").has_value());
}

TEST(HttpMessage, QueryStringDecoding) {
  auto q = ParseQueryString("q=de+vries&role=ric&x=%C3%A9&empty=&flag&q2=a%26b");
  EXPECT_EQ(q["q"], "de vries");
  EXPECT_EQ(q["role"], "ric");
  EXPECT_EQ(q["x"], "\xC3\xA9");
  EXPECT_EQ(q["empty"], "");
  EXPECT_EQ(q["flag"], "");
  EXPECT_EQ(q["q2"], "a&b");
}

TEST(HttpMessage, PercentDecodeRejectsBrokenEscapesAndNul) {
  EXPECT_EQ(PercentDecode("/a%2Fb", false), std::optional<std::string>("/a/b"));
  EXPECT_EQ(PercentDecode("a+b", false), std::optional<std::string>("a+b"));
  EXPECT_FALSE(PercentDecode("%", false).has_value());
  EXPECT_FALSE(PercentDecode("%4", false).has_value());
  EXPECT_FALSE(PercentDecode("%zz", false).has_value());
  EXPECT_FALSE(PercentDecode("a%00b", false).has_value());
}

TEST(HttpMessage, StateChangingMethods) {
  EXPECT_FALSE(IsStateChanging("GET"));
  EXPECT_FALSE(IsStateChanging("HEAD"));
  EXPECT_TRUE(IsStateChanging("POST"));
  EXPECT_TRUE(IsStateChanging("PUT"));
  EXPECT_TRUE(IsStateChanging("DELETE"));
  EXPECT_TRUE(IsStateChanging("PATCH"));
}

}  // namespace
}  // namespace werkpad::http
