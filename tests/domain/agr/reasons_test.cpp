#include "domain/agr/reasons.hpp"

#include <gtest/gtest.h>

#include <set>

namespace werkpad::domain::agr {
namespace {

TEST(ReasonsTest, EveryReasonHasOneStableCodeAndOneClass) {
  std::set<std::string_view> codes;
  std::size_t in_classes = 0;
  for (ReasonClass c : {ReasonClass::kNietRelevant, ReasonClass::kNietZinvol,
                        ReasonClass::kNogNietBelastbaar, ReasonClass::kGeenToestemming}) {
    EXPECT_EQ(ParseReasonClass(ToCode(c)), c);
    for (Reason r : ReasonsIn(c)) EXPECT_EQ(ClassOf(r), c);
    in_classes += ReasonsIn(c).size();
  }
  for (Reason r : AllReasons()) {
    EXPECT_TRUE(codes.insert(ToCode(r)).second) << ToCode(r);
    EXPECT_EQ(ParseReason(ToCode(r)), r);
  }
  EXPECT_EQ(in_classes, AllReasons().size());
  EXPECT_EQ(ParseReason("onbekend"), std::nullopt);
}

TEST(ReasonsTest, ClassesFollowTheFlowchartFootnotes) {
  EXPECT_EQ(FlowchartNumber(ReasonClass::kNietRelevant), 1);
  EXPECT_EQ(FlowchartNumber(ReasonClass::kNietZinvol), 2);
  EXPECT_EQ(FlowchartNumber(ReasonClass::kNogNietBelastbaar), 3);
  EXPECT_EQ(FlowchartNumber(ReasonClass::kGeenToestemming), 0);
  // Footnote 1: retired, student, comatose, does not want to think about work.
  for (Reason r :
       {Reason::kMetPensioen, Reason::kStudent, Reason::kComateus, Reason::kWilNietAanWerkDenken}) {
    EXPECT_EQ(ClassOf(r), ReasonClass::kNietRelevant) << ToCode(r);
  }
  // Footnote 2: distance too large, not learnable, too good / does not need training.
  for (Reason r :
       {Reason::kAfstandTotWerkTeGroot, Reason::kNietLeerbaar, Reason::kTrainingNietNodig}) {
    EXPECT_EQ(ClassOf(r), ReasonClass::kNietZinvol) << ToCode(r);
  }
  EXPECT_EQ(ClassOf(Reason::kBelastbaarheidOnvoldoende), ReasonClass::kNogNietBelastbaar);
  EXPECT_EQ(ToCode(Reason::kWilNietAanWerkDenken), "wil_niet_aan_werk_denken");
}

TEST(ReasonsTest, EndReasonsAreTheFourOfTheStepPlan) {
  ASSERT_EQ(AllEndReasons().size(), 4u);
  std::vector<std::string_view> codes;
  for (EndReason r : AllEndReasons()) {
    codes.push_back(ToCode(r));
    EXPECT_EQ(ParseEndReason(ToCode(r)), r);
  }
  EXPECT_EQ(codes,
            (std::vector<std::string_view>{"ontslag_revalidatie", "terugkeer_werk",
                                           "werkgever_neemt_over", "onvoldoende_mogelijkheden"}));
}

}  // namespace
}  // namespace werkpad::domain::agr
