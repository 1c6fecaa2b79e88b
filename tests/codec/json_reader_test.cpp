#include "codec/json_reader.hpp"

#include <gtest/gtest.h>

namespace werkpad::codec {
namespace {

using Need = ObjectReader::Need;

TEST(JsonReaderTest, MalformedJsonIsBadRequest) {
  for (const char* bad : {"{", "[1,2]", "\"x\"", "{\"a\":}", ""}) {
    auto r = ParseJson(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, core::ErrorCode::kBadRequest) << bad;
  }
}

TEST(JsonReaderTest, ReadsTypedFieldsAndReportsProblemsWithPaths) {
  auto v = ParseJson(R"({"name":"x","age":"12","born":"2023-02-29","extra":1,
                         "nested":{"email":5}})");
  ASSERT_TRUE(v.ok());
  std::vector<core::FieldError> errors;
  ObjectReader r(*v, "", errors);
  EXPECT_EQ(r.String("name", Need::kRequired), "x");
  EXPECT_FALSE(r.Int("age", Need::kRequired, 0, 200).has_value());
  EXPECT_FALSE(r.Date("born", Need::kOptional).has_value());
  EXPECT_FALSE(r.String("missing", Need::kRequired).has_value());
  const auto* nested = r.Object("nested", Need::kOptional);
  ASSERT_NE(nested, nullptr);
  ObjectReader n(*nested, r.Child("nested"), errors);
  EXPECT_FALSE(n.String("email", Need::kOptional).has_value());
  n.Finish();
  r.Finish();
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& e : errors) got.emplace_back(e.path, e.code);
  std::vector<std::pair<std::string, std::string>> want = {
      {"age", "wrong_type"},       {"born", "invalid_date"},  {"missing", "required"},
      {"nested.email", "wrong_type"}, {"extra", "unknown_field"}};
  EXPECT_EQ(got, want);
  auto s = ErrorsToStatus(errors, "revalidant");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kBadRequest);
}

TEST(JsonReaderTest, InvalidValuesAreUnprocessable) {
  auto v = ParseJson(R"({"n":1000,"s":"abcdef","e":"z","nullable":null})");
  std::vector<core::FieldError> errors;
  ObjectReader r(*v, "", errors);
  EXPECT_FALSE(r.Int("n", Need::kRequired, 0, 10).has_value());
  EXPECT_FALSE(r.String("s", Need::kRequired, 3).has_value());
  EXPECT_FALSE(r.Enum("e", Need::kRequired, {"a", "b"}).has_value());
  EXPECT_TRUE(r.IsNull("nullable"));
  EXPECT_FALSE(r.String("nullable", Need::kOptional).has_value());
  r.Finish();
  ASSERT_EQ(errors.size(), 3u);
  auto s = ErrorsToStatus(errors, "x");
  EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput);
}

TEST(JsonReaderTest, IntegersAcceptWholeDoubles) {
  auto v = ParseJson(R"({"a":3.0,"b":3.5})");
  std::vector<core::FieldError> errors;
  ObjectReader r(*v, "", errors);
  EXPECT_EQ(r.Int("a", Need::kRequired, 0, 10), 3);
  EXPECT_FALSE(r.Int("b", Need::kRequired, 0, 10).has_value());
}

}  // namespace
}  // namespace werkpad::codec
