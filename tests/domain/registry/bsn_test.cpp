#include "domain/registry/bsn.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::registry {
namespace {

TEST(BsnTest, ElfproefAcceptsValidNumbers) {
  // 111222333: 9+8+7+12+10+8+9+6-3 = 66 = 6·11. 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14·11.
  for (const char* ok : {"111222333", "123456782", "999999990"}) {
    EXPECT_TRUE(PassesElfproef(ok)) << ok;
  }
}

TEST(BsnTest, ElfproefRejects) {
  for (const char* bad : {"123456789", "111222334", "000000000", "12345678", "1234567820",
                          "12345678a", ""}) {
    EXPECT_FALSE(PassesElfproef(bad)) << bad;
  }
}

TEST(BsnTest, NormalisesSeparators) {
  EXPECT_EQ(NormaliseBsn("123.456.782"), "123456782");
  EXPECT_EQ(NormaliseBsn("1234 5678 2"), "123456782");
  EXPECT_FALSE(NormaliseBsn("123-456-782").has_value());
}

}  // namespace
}  // namespace werkpad::domain::registry
