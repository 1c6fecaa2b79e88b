#include "domain/poortwachter/riv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace werkpad::domain::poortwachter {
namespace {

using namespace std::chrono;
using K = RivDocumentKind;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }
const std::vector<Episode> kJan2026 = {Episode{D(2026, 1, 5), std::nullopt, 100}};

Timeline TimelineOn(core::Date today, RecordedSteps steps = {}) {
  auto t = ComputeTimeline(kJan2026, steps, today);
  EXPECT_TRUE(t.ok());
  return std::move(t).value();
}

const RivItem* Find(const std::vector<RivItem>& part, K kind) {
  for (const RivItem& i : part) {
    if (i.kind == kind) return &i;
  }
  return nullptr;
}

const RivItem& Item(const RivChecklist& c, K kind) {
  for (const auto* part : {&c.employer_part, &c.medical_part, &c.employee_part}) {
    if (const RivItem* i = Find(*part, kind)) return *i;
  }
  ADD_FAILURE() << "no item " << ToCode(kind);
  static const RivItem kNone;
  return kNone;
}

// Every required document, dated on time, for the January 2026 example.
std::vector<RivDocument> AllRequiredOnTime() {
  return {
      {K::kZiekmelding, D(2026, 1, 6)},
      {K::kProbleemanalyse, D(2026, 2, 10)},
      {K::kPlanVanAanpak, D(2026, 2, 20)},
      {K::kBijstellingPlanVanAanpak, D(2026, 3, 30)},
      {K::kMelding42eWeek, D(2026, 10, 20)},
      {K::kEerstejaarsevaluatie, D(2026, 12, 20)},
      {K::kReintegratiebureauRapport, D(2027, 6, 1)},
      {K::kActueelOordeel, D(2027, 9, 20)},
      {K::kEindevaluatie, D(2027, 9, 25)},
      {K::kVisieWerknemer, D(2027, 9, 26)},
  };
}

TEST(PoortwachterRivTest, UrgencyRisesFromWeek80TowardsWeek93) {
  struct Case {
    int week;
    RivUrgency expected;
  };
  const std::vector<Case> cases = {
      {1, RivUrgency::kNone},       {79, RivUrgency::kNone},   {80, RivUrgency::kLow},
      {84, RivUrgency::kLow},       {85, RivUrgency::kMedium}, {88, RivUrgency::kMedium},
      {89, RivUrgency::kHigh},      {93, RivUrgency::kHigh},   {94, RivUrgency::kCritical},
      {104, RivUrgency::kCritical},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(UrgencyFor(c.week, false), c.expected) << c.week;
    EXPECT_EQ(UrgencyFor(c.week, true), RivUrgency::kNone) << c.week;
  }
}

TEST(PoortwachterRivTest, MedicalPartIsSeparateFromTheEmployerPart) {
  auto c = CheckRiv(TimelineOn(D(2026, 3, 1)), {});
  ASSERT_TRUE(c.ok());
  std::vector<K> medical;
  for (const RivItem& i : c->medical_part) medical.push_back(i.kind);
  EXPECT_EQ(medical, (std::vector<K>{K::kProbleemanalyse, K::kBijstellingProbleemanalyse,
                                     K::kActueelOordeel}));
  for (const RivItem& i : c->employer_part) EXPECT_EQ(PartOf(i.kind), RivPart::kEmployer);
  ASSERT_EQ(c->employee_part.size(), 1u);
  EXPECT_EQ(c->employee_part[0].kind, K::kVisieWerknemer);
  EXPECT_EQ(c->employer_part.size() + c->medical_part.size() + c->employee_part.size(),
            AllRivDocumentKinds().size());
}

TEST(PoortwachterRivTest, StatusesPresentLateMissingPendingNotRequired) {
  // Today 1 March 2026 (week 8).
  std::vector<RivDocument> docs = {
      {K::kZiekmelding, D(2026, 1, 6)},       // due 11 Jan: present
      {K::kProbleemanalyse, D(2026, 2, 17)},  // due 15 Feb: late
  };
  auto c = CheckRiv(TimelineOn(D(2026, 3, 1)), docs);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Item(*c, K::kZiekmelding).status, RivItemStatus::kPresent);
  EXPECT_EQ(Item(*c, K::kProbleemanalyse).status, RivItemStatus::kLate);
  EXPECT_EQ(Item(*c, K::kProbleemanalyse).due, D(2026, 2, 15));
  EXPECT_EQ(Item(*c, K::kPlanVanAanpak).status, RivItemStatus::kPending);  // due today
  EXPECT_EQ(Item(*c, K::kEindevaluatie).status, RivItemStatus::kPending);
  EXPECT_EQ(Item(*c, K::kArbeidsdeskundigRapport).status, RivItemStatus::kNotRequired);
  EXPECT_EQ(Item(*c, K::kAfspraken).status, RivItemStatus::kNotRequired);
  EXPECT_FALSE(c->complete);
  EXPECT_EQ(c->week, 8);
  EXPECT_EQ(c->urgency, RivUrgency::kNone);  // before week 80

  auto later = CheckRiv(TimelineOn(D(2026, 3, 2)), docs);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(Item(*later, K::kPlanVanAanpak).status, RivItemStatus::kMissing);
}

TEST(PoortwachterRivTest, OptionalDocumentsCountWhenRecordedAndKeepAllDates) {
  std::vector<RivDocument> docs = {{K::kBijstellingProbleemanalyse, D(2026, 4, 1)},
                                   {K::kBijstellingProbleemanalyse, D(2026, 3, 1)},
                                   {K::kArbeidsdeskundigRapport, D(2026, 10, 1)}};
  auto c = CheckRiv(TimelineOn(D(2026, 11, 1)), docs);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Item(*c, K::kBijstellingProbleemanalyse).status, RivItemStatus::kPresent);
  EXPECT_EQ(Item(*c, K::kBijstellingProbleemanalyse).dates,
            (std::vector<core::Date>{D(2026, 3, 1), D(2026, 4, 1)}));
  EXPECT_EQ(Item(*c, K::kArbeidsdeskundigRapport).status, RivItemStatus::kPresent);
}

TEST(PoortwachterRivTest, ReintegratiebureauReportOnlyWhenSpoor2Applies) {
  auto with = CheckRiv(TimelineOn(D(2027, 8, 1)), {});
  ASSERT_TRUE(with.ok());
  EXPECT_TRUE(Item(*with, K::kReintegratiebureauRapport).required);
  EXPECT_EQ(Item(*with, K::kReintegratiebureauRapport).status, RivItemStatus::kPending);

  RecordedSteps flag;
  flag.internal_return_expected = true;
  auto without = CheckRiv(TimelineOn(D(2027, 8, 1), flag), {});
  ASSERT_TRUE(without.ok());
  EXPECT_FALSE(Item(*without, K::kReintegratiebureauRapport).required);
  EXPECT_EQ(Item(*without, K::kReintegratiebureauRapport).status, RivItemStatus::kNotRequired);
}

TEST(PoortwachterRivTest, UrgencyInTheChecklist) {
  // Week 79 ends 5 Jan 2026 + 552 days = 11 Jul 2027; week 80 starts on 12 Jul 2027.
  auto low = CheckRiv(TimelineOn(D(2027, 7, 12)), {});
  ASSERT_TRUE(low.ok());
  EXPECT_EQ(low->week, 80);
  EXPECT_EQ(low->urgency, RivUrgency::kLow);
  auto before = CheckRiv(TimelineOn(D(2027, 7, 11)), {});
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->week, 79);
  EXPECT_EQ(before->urgency, RivUrgency::kNone);
  auto high = CheckRiv(TimelineOn(D(2027, 10, 17)), {});
  ASSERT_TRUE(high.ok());
  EXPECT_EQ(high->week, 93);
  EXPECT_EQ(high->urgency, RivUrgency::kHigh);
  auto critical = CheckRiv(TimelineOn(D(2027, 10, 18)), {});
  ASSERT_TRUE(critical.ok());
  EXPECT_EQ(critical->urgency, RivUrgency::kCritical);

  // Complete: no urgency even in week 93.
  auto complete = CheckRiv(TimelineOn(D(2027, 10, 17)), AllRequiredOnTime());
  ASSERT_TRUE(complete.ok());
  EXPECT_TRUE(complete->complete);
  EXPECT_TRUE(complete->not_recorded.empty());
  EXPECT_EQ(complete->urgency, RivUrgency::kNone);
}

TEST(PoortwachterRivTest, RejectsBadDocumentDates) {
  std::vector<RivDocument> docs = {{K::kZiekmelding, D(2026, 1, 4)},
                                   {K::kPlanVanAanpak, D(2026, 3, 2)}};
  auto c = CheckRiv(TimelineOn(D(2026, 3, 1)), docs);
  ASSERT_FALSE(c.ok());
  const auto& f = c.error().fields;
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].path, "documents[0].date");
  EXPECT_EQ(f[0].code, "before_first_sick_day");
  EXPECT_EQ(f[1].path, "documents[1].date");
  EXPECT_EQ(f[1].code, "in_future");
}

TEST(PoortwachterRivTest, CodesRoundTrip) {
  for (K k : AllRivDocumentKinds()) EXPECT_EQ(ParseRivDocumentKind(ToCode(k)), k);
  EXPECT_FALSE(ParseRivDocumentKind("diagnose").has_value());
  EXPECT_EQ(ToCode(RivPart::kMedical), "medisch");
  EXPECT_EQ(ToCode(RivUrgency::kCritical), "critical");
}

}  // namespace
}  // namespace werkpad::domain::poortwachter
