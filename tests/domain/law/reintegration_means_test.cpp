#include "domain/law/reintegration_means.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace werkpad::domain::law {
namespace {

using M = ReintegrationMeans;

TEST(LawReintegrationMeansTest, CodesRoundTrip) {
  const std::vector<std::string_view> codes = {
      "werkfit_maken", "naar_werk",        "jobcoaching",     "arbeidstherapeutische_plaatsing",
      "outplacement",  "dagbesteding_wmo", "dagbesteding_wlz"};
  ASSERT_EQ(AllReintegrationMeans().size(), codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_EQ(ToCode(AllReintegrationMeans()[i]), codes[i]);
    EXPECT_EQ(ParseReintegrationMeans(codes[i]), AllReintegrationMeans()[i]);
    EXPECT_EQ(InfoFor(AllReintegrationMeans()[i]).means, AllReintegrationMeans()[i]);
  }
  EXPECT_FALSE(ParseReintegrationMeans("sollicitatietraining").has_value());
}

TEST(LawReintegrationMeansTest, AttributesFromTheHandbook) {
  MeansInfo werkfit = InfoFor(M::kWerkfitMaken);
  EXPECT_EQ(werkfit.category, MeansCategory::kTrajectory);
  EXPECT_EQ(werkfit.funder, Funder::kUwv);
  EXPECT_EQ(InfoFor(M::kNaarWerk).funder, Funder::kUwv);

  MeansInfo plaatsing = InfoFor(M::kArbeidstherapeutischePlaatsing);
  EXPECT_EQ(plaatsing.max_weeks, 6);
  EXPECT_TRUE(plaatsing.employee_stays_on_sick_leave);
  EXPECT_EQ(ToCode(plaatsing.category), "plaatsing");

  MeansInfo outplacement = InfoFor(M::kOutplacement);
  EXPECT_EQ(outplacement.funder, Funder::kEmployer);
  EXPECT_TRUE(outplacement.only_during_waiting_time);

  EXPECT_EQ(InfoFor(M::kDagbestedingWmo).funder, Funder::kGemeenteWmo);
  EXPECT_FALSE(InfoFor(M::kDagbestedingWmo).requires_ciz_indication);
  EXPECT_EQ(InfoFor(M::kDagbestedingWlz).funder, Funder::kWlz);
  EXPECT_TRUE(InfoFor(M::kDagbestedingWlz).requires_ciz_indication);

  MeansInfo jobcoach = InfoFor(M::kJobcoaching);
  EXPECT_EQ(jobcoach.category, MeansCategory::kSupport);
  EXPECT_FALSE(jobcoach.funder.has_value());  // the handbook names none: not guessed
  EXPECT_FALSE(jobcoach.max_weeks.has_value());
}

}  // namespace
}  // namespace werkpad::domain::law
