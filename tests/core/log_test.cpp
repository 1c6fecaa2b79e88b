#include "core/log.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <cstdio>
#include <string>

#include "core/json_text.hpp"

namespace werkpad::core {
namespace {

// A log line is one JSON object: ts, level, event and the fields, each with its JSON type.
TEST(LogTest, LinesAreJsonObjectsWithTypedFields) {
  std::FILE* capture = std::tmpfile();
  ASSERT_NE(capture, nullptr);
  const int saved = ::dup(STDERR_FILENO);
  ASSERT_GE(saved, 0);
  ::dup2(::fileno(capture), STDERR_FILENO);
  log::Warn("test.event", {{"n", std::int64_t{42}},
                           {"ms", 1.5},
                           {"ok", true},
                           {"what", std::string_view("say \"hi\"\n")}});
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);

  std::string line(4096, '\0');
  std::rewind(capture);
  line.resize(std::fread(line.data(), 1, line.size(), capture));
  std::fclose(capture);
  ASSERT_FALSE(line.empty());
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  ASSERT_EQ(line.find('\n'), std::string::npos) << line;
  boost::json::value v = boost::json::parse(line);
  EXPECT_EQ(v.at("level").as_string(), "warning");
  EXPECT_EQ(v.at("event").as_string(), "test.event");
  EXPECT_EQ(v.at("n").as_int64(), 42);
  EXPECT_EQ(v.at("ms").as_double(), 1.5);
  EXPECT_EQ(v.at("ok").as_bool(), true);
  EXPECT_EQ(v.at("what").as_string(), "say \"hi\"\n");
  EXPECT_NE(line.find("\"ms\":1.5"), std::string::npos) << line;  // not 1.5E0
}

TEST(JsonTextTest, ObjectsCommasAndEscapes) {
  JsonText w;
  w.BeginObject().Key("a").Int(-7).Key("b").BeginObject().Key("c").Null().EndObject();
  w.Key("d").String("tab\there").Key("e").Double(0.25).Key("f").Bool(false).EndObject();
  EXPECT_EQ(w.Take(), R"({"a":-7,"b":{"c":null},"d":"tab\there","e":0.25,"f":false})");
}

}  // namespace
}  // namespace werkpad::core
