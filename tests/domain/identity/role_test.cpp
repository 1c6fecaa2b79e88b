#include "domain/identity/role.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::identity {
namespace {

TEST(RoleTest, CodesRoundTrip) {
  for (Role r : AllRoles()) EXPECT_EQ(ParseRole(ToCode(r)), r);
  EXPECT_FALSE(ParseRole("superuser").has_value());
  EXPECT_FALSE(ParseRole("Admin").has_value());
}

TEST(RoleTest, StaffNeedTwoFactorExternalsDoNot) {
  EXPECT_TRUE(RequiresTwoFactor(Role::kAdmin));
  EXPECT_TRUE(RequiresTwoFactor(Role::kRevalidatiearts));
  EXPECT_TRUE(RequiresTwoFactor(Role::kRic));
  EXPECT_TRUE(RequiresTwoFactor(Role::kTherapeut));
  EXPECT_FALSE(RequiresTwoFactor(Role::kRevalidant));
  EXPECT_FALSE(RequiresTwoFactor(Role::kWerkgever));
  EXPECT_TRUE(RequiresDiscipline(Role::kTherapeut));
  EXPECT_FALSE(RequiresDiscipline(Role::kRic));
}

TEST(RoleTest, DisciplineCodes) {
  EXPECT_EQ(BuiltinDisciplines().size(), 7u);
  for (const auto& d : BuiltinDisciplines()) EXPECT_TRUE(IsValidDisciplineCode(d.code));
  EXPECT_FALSE(IsValidDisciplineCode("Muziektherapie"));
  EXPECT_FALSE(IsValidDisciplineCode("x"));
  EXPECT_TRUE(IsValidDisciplineCode("muziektherapie"));
}

}  // namespace
}  // namespace werkpad::domain::identity
