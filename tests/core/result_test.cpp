#include "core/result.hpp"

#include <gtest/gtest.h>

#include <string>

namespace werkpad::core {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Error::Invalid("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  WP_ASSIGN_OR_RETURN(int h, Half(x));
  WP_ASSIGN_OR_RETURN(int q, Half(h));
  return q;
}

Status CheckEven(int x) {
  WP_RETURN_IF_ERROR(Half(x));
  return Ok();
}

TEST(ResultTest, PropagatesValuesAndErrors) {
  EXPECT_EQ(*Quarter(8), 2);
  auto r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(r.error().message, "odd");
  EXPECT_TRUE(CheckEven(4).ok());
  EXPECT_FALSE(CheckEven(5).ok());
}

TEST(ResultTest, ErrorCodesHaveStableNames) {
  EXPECT_EQ(ToString(ErrorCode::kInvalidInput), "invalid_input");
  EXPECT_EQ(ToString(ErrorCode::kConflict), "conflict");
  EXPECT_EQ(ToString(ErrorCode::kTooManyRequests), "too_many_requests");
}

TEST(ResultTest, MoveOnlyValues) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r.ok());
  auto p = std::move(r).value();
  EXPECT_EQ(*p, 7);
}

}  // namespace
}  // namespace werkpad::core
