#include "domain/wia/estimate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace werkpad::domain::wia {
namespace {

bool HasField(const core::Error& e, const std::string& path, const std::string& code) {
  return std::any_of(e.fields.begin(), e.fields.end(),
                     [&](const core::FieldError& f) { return f.path == path && f.code == code; });
}

WiaInput Rvc(Cents maatman, Cents rvc, bool duurzaam = false) {
  WiaInput in;
  in.maatmanloon = maatman;
  in.restverdiencapaciteit = rvc;
  in.duurzaam = duurzaam;
  return in;
}

TEST(WiaTest, BoundariesAtExactly35And80Percent) {
  // Maatmanloon 100.00 euro: each cent of remaining capacity is 0.01%.
  struct Case {
    Cents rvc;
    bool duurzaam;
    int hundredths;
    WiaOutcome outcome;
  };
  const std::vector<Case> cases = {
      {10000, false, 0, WiaOutcome::kGeenWia}, {6501, false, 3499, WiaOutcome::kGeenWia},  // 34.99%
      {6500, false, 3500, WiaOutcome::kWga},                                               // 35.00%
      {2001, true, 7999, WiaOutcome::kWga},   // 79.99%, even when durable
      {2000, true, 8000, WiaOutcome::kIva},   // 80.00% and durable
      {2000, false, 8000, WiaOutcome::kWga},  // 80.00% not durable
      {0, true, 10000, WiaOutcome::kIva},      {0, false, 10000, WiaOutcome::kWga},
      {12000, false, 0, WiaOutcome::kGeenWia},  // earns more than before: no loss
  };
  for (const auto& c : cases) {
    auto r = EstimateWia(Rvc(10000, c.rvc, c.duurzaam));
    ASSERT_TRUE(r.ok()) << c.rvc;
    EXPECT_EQ(r->ao_hundredths, c.hundredths) << c.rvc;
    EXPECT_EQ(r->outcome, c.outcome) << c.rvc;
  }
}

TEST(WiaTest, PercentageIsTruncatedToTwoDecimals) {
  // (3000 - 1950.12) / 3000 = 34.996%: rounds down to 34.99, so no WIA.
  EXPECT_EQ(LossOfEarningCapacityHundredths(300000, 195012), 3499);
  EXPECT_EQ(OutcomeFor(3499, false), WiaOutcome::kGeenWia);
  // (3000 - 600.01) / 3000 = 79.9997%: stays 79.99, WGA.
  EXPECT_EQ(LossOfEarningCapacityHundredths(300000, 60001), 7999);
  // Exact thirds: 1/3 loss = 33.33%.
  EXPECT_EQ(LossOfEarningCapacityHundredths(300000, 200000), 3333);
  // Largest allowed amounts do not overflow.
  EXPECT_EQ(LossOfEarningCapacityHundredths(kMaxCents, 1), 9999);
}

TEST(WiaTest, OutcomeTable) {
  EXPECT_EQ(OutcomeFor(0, true), WiaOutcome::kGeenWia);
  EXPECT_EQ(OutcomeFor(3499, true), WiaOutcome::kGeenWia);
  EXPECT_EQ(OutcomeFor(3500, true), WiaOutcome::kWga);
  EXPECT_EQ(OutcomeFor(7999, true), WiaOutcome::kWga);
  EXPECT_EQ(OutcomeFor(8000, true), WiaOutcome::kIva);
  EXPECT_EQ(OutcomeFor(8000, false), WiaOutcome::kWga);
  EXPECT_EQ(OutcomeFor(10000, false), WiaOutcome::kWga);
  EXPECT_EQ(ToCode(WiaOutcome::kGeenWia), "geen_wia");
  EXPECT_EQ(ToCode(WiaOutcome::kWga), "wga");
  EXPECT_EQ(ToCode(WiaOutcome::kIva), "iva");
}

TEST(WiaTest, MiddleOfTheThreeHighestPaidFunctions) {
  // uwv.nl example: can still earn 60% of the old wage -> 40% disabled.
  WiaInput in;
  in.maatmanloon = 250000;
  in.functielonen = {120000, 150000, 180000, 90000};  // three highest: 180000, 150000, 120000
  auto r = EstimateWia(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->restverdiencapaciteit, 150000);
  EXPECT_EQ(r->functions_used, (std::vector<Cents>{180000, 150000, 120000}));
  EXPECT_EQ(r->ao_hundredths, 4000);
  EXPECT_DOUBLE_EQ(r->ao_percentage(), 40.0);
  EXPECT_EQ(r->outcome, WiaOutcome::kWga);

  EXPECT_EQ(*RemainingEarningCapacity(std::vector<Cents>{100, 300, 200}), 200);
  EXPECT_EQ(*RemainingEarningCapacity(std::vector<Cents>{500, 500, 100, 900}), 500);
}

TEST(WiaTest, FewerThanThreeFunctionsIsAnError) {
  for (std::vector<Cents> wages : {std::vector<Cents>{100000, 200000}, std::vector<Cents>{1}}) {
    auto r = RemainingEarningCapacity(wages);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(HasField(r.error(), "functielonen", "too_few_functions"));
    EXPECT_NE(r.error().fields[0].message.find("at least three"), std::string::npos);
  }
}

TEST(WiaTest, InvalidInputs) {
  struct Case {
    const char* name;
    WiaInput input;
    std::string path;
    std::string code;
  };
  WiaInput both = Rvc(300000, 100000);
  both.functielonen = {1, 2, 3};
  WiaInput neither;
  neither.maatmanloon = 300000;
  WiaInput negative_function;
  negative_function.maatmanloon = 300000;
  negative_function.functielonen = {100000, -5, 200000};
  const std::vector<Case> cases = {
      {"zero_maatman", Rvc(0, 0), "maatmanloon", "not_positive"},
      {"negative_maatman", Rvc(-100, 0), "maatmanloon", "not_positive"},
      {"huge_maatman", Rvc(kMaxCents + 1, 0), "maatmanloon", "out_of_range"},
      {"negative_rvc", Rvc(300000, -1), "restverdiencapaciteit", "negative"},
      {"both", both, "restverdiencapaciteit", "exactly_one_required"},
      {"neither", neither, "restverdiencapaciteit", "exactly_one_required"},
      {"negative_function", negative_function, "functielonen[1]", "not_positive"},
  };
  for (const auto& c : cases) {
    auto r = EstimateWia(c.input);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput) << c.name;
    EXPECT_TRUE(HasField(r.error(), c.path, c.code)) << c.name;
  }
}

}  // namespace
}  // namespace werkpad::domain::wia
