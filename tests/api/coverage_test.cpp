// The last API test: every documented 2xx answer was seen. This file is linked last (see
// CMakeLists.txt), so its test registers, and runs, after every other API test.
#include "api/api_fixture.hpp"

namespace werkpad::api_test {
namespace {

TEST(ApiCoverage, ZzEveryDocumentedSuccessWasExercised) {
  auto uncovered = Env().checker().UncoveredSuccesses();
  std::string list;
  for (const auto& u : uncovered) list += "\n  " + u;
  EXPECT_TRUE(uncovered.empty()) << "documented but never exercised:" << list;
}

}  // namespace
}  // namespace werkpad::api_test
