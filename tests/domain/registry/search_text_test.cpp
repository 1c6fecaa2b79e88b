#include "domain/registry/search_text.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::registry {
namespace {

TEST(SearchTextTest, FoldsCaseAndAccents) {
  EXPECT_EQ(FoldForSearch("Müller-Öztürk"), "muller-ozturk");
  EXPECT_EQ(FoldForSearch("Éénmaal ÇA"), "eenmaal ca");
  EXPECT_EQ(FoldForSearch("van der Berg"), "van der berg");
}

TEST(SearchTextTest, ClassifiesQueries) {
  using K = SearchTerm::Kind;
  struct Case {
    const char* in;
    K kind;
    const char* value;
  } cases[] = {
      {"", K::kAll, ""},
      {"   ", K::kAll, ""},
      {"123.456.782", K::kBsn, "123456782"},
      {"123456789", K::kBsn, "123456789"},
      {"1980-04-01", K::kBirthDate, "1980-04-01"},
      {"01-04-1980", K::kBirthDate, "1980-04-01"},
      {"01/04/1980", K::kBirthDate, "1980-04-01"},
      {"31-02-1980", K::kName, "31-02-1980"},
      {" Jansen ", K::kName, "jansen"},
      {"12345", K::kName, "12345"},
  };
  for (const auto& c : cases) {
    auto t = ClassifySearch(c.in);
    EXPECT_EQ(t.kind, c.kind) << c.in;
    EXPECT_EQ(t.value, c.value) << c.in;
  }
}

}  // namespace
}  // namespace werkpad::domain::registry
