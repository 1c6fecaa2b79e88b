#include "http/error_mapping.hpp"

#include <boost/json/parse.hpp>
#include <gtest/gtest.h>

namespace werkpad::http {
namespace {

namespace bj = boost::json;
using core::Error;
using core::ErrorCode;

TEST(HttpErrorMapping, EveryCodeHasItsDocumentedStatus) {
  // docs/api.md "Errors".
  const std::pair<ErrorCode, int> table[] = {
      {ErrorCode::kBadRequest, 400},      {ErrorCode::kInvalidInput, 422},
      {ErrorCode::kRuleViolation, 409},   {ErrorCode::kNotFound, 404},
      {ErrorCode::kConflict, 409},        {ErrorCode::kUnauthenticated, 401},
      {ErrorCode::kForbidden, 403},       {ErrorCode::kPayloadTooLarge, 413},
      {ErrorCode::kTooManyRequests, 429}, {ErrorCode::kUnavailable, 503},
      {ErrorCode::kInternal, 500},
  };
  for (auto [code, status] : table) EXPECT_EQ(StatusFor(code), status) << core::ToString(code);
}

TEST(HttpErrorMapping, BodyHasTheOneShapeWithFields) {
  Error e = Error::Invalid("revalidant: bsn is not a valid BSN",
                           {{"bsn", "elfproef", "is not a valid BSN"}, {"contact.email", "invalid_email", ""}});
  Response r = ErrorResponse(e);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.content_type, "application/json");
  bj::value v = bj::parse(r.body);
  const auto& err = v.at("error").as_object();
  EXPECT_EQ(err.at("code").as_string(), "invalid_input");
  EXPECT_EQ(err.at("message").as_string(), "revalidant: bsn is not a valid BSN");
  const auto& fields = err.at("fields").as_array();
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0].at("path").as_string(), "bsn");
  EXPECT_EQ(fields[0].at("code").as_string(), "elfproef");
  EXPECT_EQ(fields[0].at("message").as_string(), "is not a valid BSN");
  EXPECT_FALSE(fields[1].as_object().contains("message"));  // empty message left out
  EXPECT_EQ(v.as_object().size(), 1u);
}

TEST(HttpErrorMapping, NoFieldsKeyWithoutFieldErrors) {
  bj::value v = bj::parse(ErrorBody(Error::NotFound("no such revalidant")));
  EXPECT_FALSE(v.at("error").as_object().contains("fields"));
  EXPECT_EQ(v.at("error").at("code").as_string(), "not_found");
}

TEST(HttpErrorMapping, InternalErrorsDoNotLeakTheirMessage) {
  bj::value v = bj::parse(ErrorBody(Error::Internal("SQL failed: SELECT secret FROM t")));
  EXPECT_EQ(v.at("error").at("message").as_string(), "internal error");
}

TEST(HttpErrorMapping, MethodNotAllowedListsAllowedMethods) {
  Response r = MethodNotAllowedResponse({"GET", "PUT"});
  EXPECT_EQ(r.status, 405);
  ASSERT_NE(r.FindHeader("allow"), nullptr);
  EXPECT_EQ(*r.FindHeader("Allow"), "GET, PUT");
  EXPECT_EQ(bj::parse(r.body).at("error").at("code").as_string(), "method_not_allowed");
  EXPECT_EQ(NotFoundResponse().status, 404);
}

}  // namespace
}  // namespace werkpad::http
