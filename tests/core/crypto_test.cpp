#include "core/crypto.hpp"

#include <gtest/gtest.h>

namespace werkpad::core {
namespace {

TEST(CryptoTest, Sha256KnownAnswer) {
  // FIPS 180-2 example "abc".
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(CryptoTest, RandomAndBase64Url) {
  auto a = RandomBytes(32);
  auto b = RandomBytes(32);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
  auto enc = Base64Url(a);
  EXPECT_EQ(enc.size(), 43u);
  EXPECT_EQ(enc.find_first_of("+/="), std::string::npos);
  EXPECT_EQ(Base64Url("\xfb\xff"), "-_8");
}

TEST(CryptoTest, ConstantTimeEqual) {
  EXPECT_TRUE(ConstantTimeEqual("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEqual("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEqual("abc", "abcd"));
  EXPECT_TRUE(ConstantTimeEqual("", ""));
}

}  // namespace
}  // namespace werkpad::core
