#include "domain/law/benefit_law.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace werkpad::domain::law {
namespace {

TEST(BenefitLawTest, WhoGuidesTheSearchForWork) {
  struct Case {
    std::string_view code;
    Guide guide;
  };
  // AGR handbook ch. 5 (DOMAIN.md section 4).
  const std::vector<Case> cases = {
      {"wga", Guide::kUwv},
      {"wao", Guide::kUwv},
      {"waz", Guide::kUwv},
      {"wajong", Guide::kUwv},
      {"ww", Guide::kUwv},
      {"zw", Guide::kUwv},
      {"participatiewet", Guide::kGemeente},
      {"ioaz", Guide::kGemeente},
      {"ioaw", Guide::kGemeente},
      {"bbz", Guide::kGemeente},
      {"anw", Guide::kGemeente},
      {"private_aov", Guide::kPrivateInsurer},
  };
  ASSERT_EQ(AllBenefitLaws().size(), cases.size());
  for (const auto& c : cases) {
    auto law = ParseBenefitLaw(c.code);
    ASSERT_TRUE(law.has_value()) << c.code;
    EXPECT_EQ(ToCode(*law), c.code);
    EXPECT_EQ(GuideFor(*law), c.guide) << c.code;
  }
  EXPECT_FALSE(ParseBenefitLaw("aow").has_value());
  EXPECT_FALSE(ParseBenefitLaw("WGA").has_value());  // codes are lower case
}

TEST(BenefitLawTest, GuideCodes) {
  EXPECT_EQ(ToCode(Guide::kUwv), "uwv");
  EXPECT_EQ(ToCode(Guide::kGemeente), "gemeente");
  EXPECT_EQ(ToCode(Guide::kPrivateInsurer), "private_verzekeraar");
  EXPECT_EQ(kLiabilityInsurerCode, "aansprakelijkheidsverzekeraar");
}

}  // namespace
}  // namespace werkpad::domain::law
