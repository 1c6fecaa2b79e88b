#include "domain/poortwachter/deadlines.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace werkpad::domain::poortwachter {
namespace {

using namespace std::chrono;

core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

Episode Open(core::Date start, int pct = 100) { return Episode{start, std::nullopt, pct}; }
Episode Closed(core::Date start, core::Date end, int pct = 100) { return Episode{start, end, pct}; }

// First sick day Monday 5 January 2026 (DOMAIN.md section 6).
const std::vector<Episode> kJan2026 = {Open(D(2026, 1, 5))};

Timeline Compute(const std::vector<Episode>& episodes, const RecordedSteps& steps, core::Date today,
                 int window = 14) {
  auto t = ComputeTimeline(episodes, steps, today, TimelineOptions{window});
  EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
  return t.ok() ? std::move(t).value() : Timeline{};
}

const Milestone& Get(const Timeline& t, std::string_view key, int sequence = 0) {
  const Milestone* m = FindMilestone(t, key, sequence);
  if (m == nullptr) {
    ADD_FAILURE() << "no milestone " << key << " " << sequence;
    static const Milestone kNone;
    return kNone;
  }
  return *m;
}

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  const auto& f = s.error().fields;
  return std::any_of(f.begin(), f.end(),
                     [&](const core::FieldError& e) { return e.path == path && e.code == code; });
}

TEST(PoortwachterDeadlinesTest, EveryMilestoneOfTheJanuary2026Example) {
  Timeline t = Compute(kJan2026, {}, D(2026, 1, 5));
  struct Row {
    std::string_view key;
    int week;
    core::Date due;
    std::vector<Party> who;
    std::string_view document;
    MilestoneKind kind;
  };
  using P = Party;
  using K = MilestoneKind;
  const std::vector<Row> rows = {
      {keys::kZiekmelding, 1, D(2026, 1, 11), {P::kEmployer}, "ziekmelding", K::kDeadline},
      {keys::kProbleemanalyse,
       6,
       D(2026, 2, 15),
       {P::kBedrijfsarts},
       "probleemanalyse",
       K::kDeadline},
      {keys::kPlanVanAanpak,
       8,
       D(2026, 3, 1),
       {P::kEmployer, P::kEmployee},
       "plan_van_aanpak",
       K::kDeadline},
      // First evaluation 6 weeks after the plan's due date while the plan is not recorded.
      {keys::kEvaluatie,
       14,
       D(2026, 4, 12),
       {P::kEmployer, P::kEmployee},
       "evaluatieverslag",
       K::kDeadline},
      {keys::kArbeidsdeskundigOnderzoek,
       40,
       D(2026, 10, 5),
       {P::kArbeidsdeskundige},
       "arbeidsdeskundig_rapport",
       K::kOption},
      // Week 42 ends Sun 25 Oct 2026; the first workday after it is Mon 26 Oct (week 43).
      {keys::kMelding42eWeek,
       43,
       D(2026, 10, 26),
       {P::kEmployer},
       "melding_42e_week",
       K::kDeadline},
      {keys::kUwvBriefEerstejaarsevaluatie, 44, D(2026, 11, 8), {P::kUwv}, "uwv_brief", K::kEvent},
      {keys::kEerstejaarsevaluatie,
       52,
       D(2027, 1, 3),
       {P::kEmployer, P::kEmployee},
       "eerstejaarsevaluatie",
       K::kDeadline},
      {keys::kSpoor2,
       58,
       D(2027, 2, 14),
       {P::kEmployer},
       "bijgesteld_plan_van_aanpak",
       K::kDeadline},
      {keys::kVervroegdeIva,
       68,
       D(2027, 4, 25),
       {P::kEmployee},
       "wia_aanvraag_vervroegd",
       K::kWindow},
      {keys::kUwvBriefWia, 88, D(2027, 9, 12), {P::kUwv}, "uwv_brief", K::kEvent},
      {keys::kActueelOordeel,
       91,
       D(2027, 10, 3),
       {P::kBedrijfsarts},
       "actueel_oordeel",
       K::kDeadline},
      {keys::kEindevaluatie,
       91,
       D(2027, 10, 3),
       {P::kEmployer, P::kEmployee},
       "eindevaluatie",
       K::kDeadline},
      {keys::kWiaAanvraag,
       93,
       D(2027, 10, 17),
       {P::kEmployee},
       "wia_aanvraag_met_riv",
       K::kDeadline},
      {keys::kUwvBeschikking, 101, D(2027, 12, 12), {P::kUwv}, "beschikking", K::kDeadline},
      {keys::kEindeWachttijd, 104, D(2028, 1, 2), {}, "", K::kEvent},
  };
  for (const Row& r : rows) {
    const Milestone& m = Get(t, r.key, r.key == keys::kEvaluatie ? 1 : 0);
    EXPECT_EQ(m.due, r.due) << r.key;
    EXPECT_EQ(m.week, r.week) << r.key;
    EXPECT_EQ(m.responsible, r.who) << r.key;
    EXPECT_EQ(m.document, r.document) << r.key;
    EXPECT_EQ(m.kind, r.kind) << r.key;
  }
  EXPECT_EQ(t.einde_wachttijd, D(2028, 1, 2));
  EXPECT_EQ(t.wia_ingangsdatum, D(2028, 1, 3));
  EXPECT_EQ(Get(t, keys::kVervroegdeIva).opens, D(2026, 1, 26));  // first day of week 4
  EXPECT_EQ(t.current_week, 1);
  EXPECT_FALSE(t.recovered);
  // Sorted by due date.
  EXPECT_TRUE(std::is_sorted(
      t.milestones.begin(), t.milestones.end(),
      [](const Milestone& a, const Milestone& b) { return core::DaysBetween(a.due, b.due) > 0; }));
}

TEST(PoortwachterDeadlinesTest, PublishedExampleMovesEverythingAfterTheGapBy21Days) {
  // rviregister.nl: sick 3 Jan-3 Jul 2022, fit 4-24 Jul (21 days), sick again from 25 Jul:
  // the end of the 104 weeks moves from 1 Jan 2024 to 22 Jan 2024 (the article quotes the day
  // after the last day of week 104, which werkpad calls wia_ingangsdatum).
  std::vector<Episode> single = {Open(D(2022, 1, 3))};
  std::vector<Episode> with_gap = {Closed(D(2022, 1, 3), D(2022, 7, 3)), Open(D(2022, 7, 25))};
  Timeline a = Compute(single, {}, D(2022, 8, 1));
  Timeline b = Compute(with_gap, {}, D(2022, 8, 1));
  EXPECT_EQ(a.wia_ingangsdatum, D(2024, 1, 1));
  EXPECT_EQ(b.wia_ingangsdatum, D(2024, 1, 22));
  EXPECT_EQ(b.einde_wachttijd, D(2024, 1, 21));
  for (std::string_view key : {keys::kMelding42eWeek, keys::kEerstejaarsevaluatie,
                               keys::kWiaAanvraag, keys::kEindeWachttijd, keys::kActueelOordeel}) {
    const Milestone& ma = Get(a, key);
    const Milestone& mb = Get(b, key);
    EXPECT_EQ(mb.week, ma.week) << key;
    if (key == keys::kMelding42eWeek) {
      // Moved by 21 days before the shift to the first workday; both land on workdays.
      EXPECT_GE(core::DaysBetween(ma.due, mb.due), 21) << key;
    } else {
      EXPECT_EQ(core::DaysBetween(ma.due, mb.due), 21) << key;
    }
  }
  // Deadlines before the gap do not move.
  EXPECT_EQ(Get(a, keys::kProbleemanalyse).due, Get(b, keys::kProbleemanalyse).due);
  EXPECT_EQ(b.current_week, 28);  // 182 + 8 = 190 recorded sick days on 1 Aug 2022
}

TEST(PoortwachterDeadlinesTest, PlanVanAanpakTwoWeeksAfterProbleemanalyseAtTheLatestWeek8) {
  struct Case {
    const char* name;
    std::optional<core::Date> probleemanalyse;
    core::Date expected;
  };
  const std::vector<Case> cases = {
      {"no_probleemanalyse_end_of_week_8", std::nullopt, D(2026, 3, 1)},
      {"early_probleemanalyse_two_weeks_after", D(2026, 2, 1), D(2026, 2, 15)},
      {"on_time_probleemanalyse_exactly_week_8", D(2026, 2, 15), D(2026, 3, 1)},
      {"late_probleemanalyse_capped_at_week_8", D(2026, 2, 25), D(2026, 3, 1)},
      {"one_day_before_cap", D(2026, 2, 14), D(2026, 2, 28)},
  };
  for (const auto& c : cases) {
    RecordedSteps s;
    s.probleemanalyse = c.probleemanalyse;
    Timeline t = Compute(kJan2026, s, D(2026, 3, 1));
    EXPECT_EQ(Get(t, keys::kPlanVanAanpak).due, c.expected) << c.name;
  }
}

TEST(PoortwachterDeadlinesTest, EvaluationCadenceEverySixWeeksAfterTheLastOne) {
  RecordedSteps s;
  s.probleemanalyse = D(2026, 2, 6);
  s.plan_van_aanpak = D(2026, 2, 20);
  s.evaluaties = {D(2026, 5, 20), D(2026, 3, 30)};  // any order
  Timeline t = Compute(kJan2026, s, D(2026, 6, 1));
  const Milestone& e1 = Get(t, keys::kEvaluatie, 1);
  EXPECT_EQ(e1.due, D(2026, 4, 3));  // plan + 42 days
  EXPECT_EQ(e1.status, MilestoneStatus::kDone);
  EXPECT_EQ(e1.done_on, D(2026, 3, 30));
  EXPECT_FALSE(e1.late);
  const Milestone& e2 = Get(t, keys::kEvaluatie, 2);
  EXPECT_EQ(e2.due, D(2026, 5, 11));  // 30 Mar + 42
  EXPECT_EQ(e2.done_on, D(2026, 5, 20));
  EXPECT_TRUE(e2.late);
  const Milestone& e3 = Get(t, keys::kEvaluatie, 3);
  EXPECT_EQ(e3.due, D(2026, 7, 1));  // 20 May + 42
  EXPECT_EQ(e3.status, MilestoneStatus::kUpcoming);
  EXPECT_EQ(FindMilestone(t, keys::kEvaluatie, 4), nullptr);
  EXPECT_EQ(FindMilestone(t, keys::kEvaluatie), &e3);  // sequence 0: the last one

  // After the eindevaluatie no further evaluation is planned.
  RecordedSteps done = s;
  done.eindevaluatie = D(2026, 6, 1);
  Timeline t2 = Compute(kJan2026, done, D(2026, 6, 1));
  EXPECT_EQ(FindMilestone(t2, keys::kEvaluatie, 3), nullptr);
}

TEST(PoortwachterDeadlinesTest, Spoor2WithAndWithoutTheInternalReturnFlag) {
  RecordedSteps s;
  Timeline t = Compute(kJan2026, s, D(2027, 1, 10));
  EXPECT_EQ(Get(t, keys::kSpoor2).due, D(2027, 2, 14));  // end of week 52 + 42 days
  EXPECT_EQ(Get(t, keys::kSpoor2).status, MilestoneStatus::kUpcoming);

  s.eerstejaarsevaluatie = D(2026, 12, 20);
  t = Compute(kJan2026, s, D(2027, 1, 20));
  EXPECT_EQ(Get(t, keys::kSpoor2).due, D(2027, 1, 31));  // recorded eerstejaarsevaluatie + 42
  EXPECT_EQ(Get(t, keys::kSpoor2).status, MilestoneStatus::kDue);

  s.internal_return_expected = true;
  t = Compute(kJan2026, s, D(2027, 3, 1));
  EXPECT_EQ(Get(t, keys::kSpoor2).status, MilestoneStatus::kNotApplicable);

  s.spoor_2 = D(2027, 2, 1);  // started anyway: recorded counts as done
  t = Compute(kJan2026, s, D(2027, 3, 1));
  EXPECT_EQ(Get(t, keys::kSpoor2).status, MilestoneStatus::kDone);
  EXPECT_TRUE(Get(t, keys::kSpoor2).late);
}

TEST(PoortwachterDeadlinesTest, StatusesAroundTheSignalWindow) {
  // probleemanalyse due Sun 15 Feb 2026; window 14 days.
  struct Case {
    core::Date today;
    MilestoneStatus expected;
  };
  const std::vector<Case> cases = {
      {D(2026, 1, 31), MilestoneStatus::kUpcoming},  // 15 days ahead
      {D(2026, 2, 1), MilestoneStatus::kDue},        // 14 days ahead
      {D(2026, 2, 15), MilestoneStatus::kDue},       // on the day
      {D(2026, 2, 16), MilestoneStatus::kOverdue},   // a day late
  };
  for (const auto& c : cases) {
    Timeline t = Compute(kJan2026, {}, c.today);
    EXPECT_EQ(Get(t, keys::kProbleemanalyse).status, c.expected) << core::FormatDate(c.today);
  }
  // A window of 0 days: due only on the day itself.
  Timeline t0 = Compute(kJan2026, {}, D(2026, 2, 14), 0);
  EXPECT_EQ(Get(t0, keys::kProbleemanalyse).status, MilestoneStatus::kUpcoming);
  t0 = Compute(kJan2026, {}, D(2026, 2, 15), 0);
  EXPECT_EQ(Get(t0, keys::kProbleemanalyse).status, MilestoneStatus::kDue);
}

TEST(PoortwachterDeadlinesTest, DoneOnTimeAndDoneLate) {
  RecordedSteps s;
  s.ziekmelding = D(2026, 1, 11);      // on the last day
  s.probleemanalyse = D(2026, 2, 16);  // one day late
  Timeline t = Compute(kJan2026, s, D(2026, 2, 20));
  EXPECT_EQ(Get(t, keys::kZiekmelding).status, MilestoneStatus::kDone);
  EXPECT_FALSE(Get(t, keys::kZiekmelding).late);
  EXPECT_EQ(Get(t, keys::kProbleemanalyse).status, MilestoneStatus::kDone);
  EXPECT_TRUE(Get(t, keys::kProbleemanalyse).late);
  EXPECT_EQ(Get(t, keys::kProbleemanalyse).done_on, D(2026, 2, 16));
  // Plan due = end of week 8 (16 Feb + 14 = 2 Mar is later): due within the window.
  EXPECT_EQ(Get(t, keys::kPlanVanAanpak).due, D(2026, 3, 1));
  EXPECT_EQ(Get(t, keys::kPlanVanAanpak).status, MilestoneStatus::kDue);
}

TEST(PoortwachterDeadlinesTest, Melding42eWeekMovesToTheFirstWorkday) {
  struct Case {
    core::Date first_sick_day;
    core::Date expected;
  };
  const std::vector<Case> cases = {
      {D(2026, 1, 5), D(2026, 10, 26)},  // Mon start: the day after week 42 is a Monday
      {D(2026, 1, 3), D(2026, 10, 26)},  // Sat start: Saturday -> Monday
      {D(2026, 1, 4), D(2026, 10, 26)},  // Sun start: Sunday -> Monday
      {D(2026, 1, 7), D(2026, 10, 28)},  // Wed start: Wednesday stays
  };
  for (const auto& c : cases) {
    Timeline t = Compute({Open(c.first_sick_day)}, {}, c.first_sick_day);
    EXPECT_EQ(Get(t, keys::kMelding42eWeek).due, c.expected) << core::FormatDate(c.first_sick_day);
  }
}

TEST(PoortwachterDeadlinesTest, EarlyIvaWindow) {
  struct Case {
    core::Date today;
    MilestoneStatus expected;
  };
  const std::vector<Case> cases = {
      {D(2026, 1, 25), MilestoneStatus::kUpcoming},  // week 3
      {D(2026, 1, 26), MilestoneStatus::kOpen},      // first day of week 4
      {D(2027, 4, 11), MilestoneStatus::kDue},       // 14 days before the window closes
      {D(2027, 4, 25), MilestoneStatus::kDue},       // last day of week 68
      {D(2027, 4, 26), MilestoneStatus::kExpired},
  };
  for (const auto& c : cases) {
    Timeline t = Compute(kJan2026, {}, c.today);
    EXPECT_EQ(Get(t, keys::kVervroegdeIva).status, c.expected) << core::FormatDate(c.today);
  }
}

TEST(PoortwachterDeadlinesTest, OptionsAndEvents) {
  Timeline t = Compute(kJan2026, {}, D(2026, 10, 4));
  EXPECT_EQ(Get(t, keys::kArbeidsdeskundigOnderzoek).status, MilestoneStatus::kUpcoming);
  t = Compute(kJan2026, {}, D(2026, 10, 5));
  EXPECT_EQ(Get(t, keys::kArbeidsdeskundigOnderzoek).status, MilestoneStatus::kOpen);
  t = Compute(kJan2026, {}, D(2026, 11, 9));
  EXPECT_EQ(Get(t, keys::kUwvBriefEerstejaarsevaluatie).status, MilestoneStatus::kPassed);
}

TEST(PoortwachterDeadlinesTest, RecoveredEmployeeHasNoLaterObligations) {
  // Sick 5 Jan - 10 Feb 2026 (closed): the probleemanalyse (due 15 Feb) no longer applies; the
  // ziekmelding, due during the sickness and never recorded, stays overdue.
  std::vector<Episode> e = {Closed(D(2026, 1, 5), D(2026, 2, 10))};
  Timeline t = Compute(e, {}, D(2026, 2, 20));
  EXPECT_TRUE(t.recovered);
  EXPECT_EQ(t.current_week, 6);  // 37 recorded sick days
  EXPECT_EQ(Get(t, keys::kZiekmelding).status, MilestoneStatus::kOverdue);
  EXPECT_EQ(Get(t, keys::kProbleemanalyse).status, MilestoneStatus::kNotApplicable);
  EXPECT_EQ(Get(t, keys::kVervroegdeIva).status, MilestoneStatus::kNotApplicable);
  EXPECT_EQ(Get(t, keys::kEindeWachttijd).status, MilestoneStatus::kNotApplicable);
  // Dates are still projected (the earliest they could fall after a relapse).
  EXPECT_EQ(Get(t, keys::kProbleemanalyse).due, D(2026, 2, 15));
}

TEST(PoortwachterDeadlinesTest, OldPeriodDoesNotCountAfterFourWeeksFit) {
  // A first period in 2025, fit for more than four weeks, sick again from 5 Jan 2026.
  std::vector<Episode> e = {Closed(D(2025, 3, 1), D(2025, 6, 30)), Open(D(2026, 1, 5))};
  Timeline t = Compute(e, {}, D(2026, 1, 5));
  EXPECT_EQ(t.period.first_sick_day(), D(2026, 1, 5));
  EXPECT_EQ(t.einde_wachttijd, D(2028, 1, 2));
}

TEST(PoortwachterDeadlinesTest, StepValidation) {
  RecordedSteps s;
  s.ziekmelding = D(2026, 1, 4);       // before the first sick day
  s.probleemanalyse = D(2026, 12, 1);  // after today
  s.plan_van_aanpak = D(2026, 2, 1);
  s.evaluaties = {D(2026, 1, 20)};  // before the plan
  auto r = ComputeTimeline(kJan2026, s, D(2026, 11, 23));
  ASSERT_FALSE(r.ok());
  core::Status st = r.error();
  EXPECT_TRUE(HasField(st, "steps.ziekmelding", "before_first_sick_day"));
  EXPECT_TRUE(HasField(st, "steps.probleemanalyse", "in_future"));
  EXPECT_TRUE(HasField(st, "steps.evaluaties[0]", "before_plan_van_aanpak"));

  RecordedSteps order;
  order.probleemanalyse = D(2026, 2, 10);
  order.plan_van_aanpak = D(2026, 2, 9);
  auto r2 = ComputeTimeline(kJan2026, order, D(2026, 11, 23));
  ASSERT_FALSE(r2.ok());
  EXPECT_TRUE(HasField(r2.error(), "steps.plan_van_aanpak", "before_probleemanalyse"));
}

TEST(PoortwachterDeadlinesTest, EpisodeErrorsAndOptionErrorsPassThrough) {
  auto r = ComputeTimeline(std::vector<Episode>{}, {}, D(2026, 11, 23));
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "episodes", "required"));
  auto w = ComputeTimeline(kJan2026, {}, D(2026, 11, 23), TimelineOptions{-1});
  ASSERT_FALSE(w.ok());
  EXPECT_TRUE(HasField(w.error(), "options.signal_window_days", "out_of_range"));
}

TEST(PoortwachterDeadlinesTest, RecordStepByKey) {
  RecordedSteps s;
  ASSERT_TRUE(RecordStep(s, "probleemanalyse", D(2026, 2, 1)).ok());
  ASSERT_TRUE(RecordStep(s, "evaluatie", D(2026, 3, 1)).ok());
  ASSERT_TRUE(RecordStep(s, "evaluatie", D(2026, 4, 1)).ok());
  ASSERT_TRUE(RecordStep(s, "wia_aanvraag", D(2027, 10, 1)).ok());
  EXPECT_EQ(s.probleemanalyse, D(2026, 2, 1));
  EXPECT_EQ(s.evaluaties.size(), 2u);
  EXPECT_EQ(s.wia_aanvraag, D(2027, 10, 1));
  auto bad = RecordStep(s, "einde_wachttijd", D(2026, 1, 1));
  EXPECT_TRUE(HasField(bad, "steps", "unknown_step"));
  EXPECT_FALSE(RecordStep(s, "probleem_analyse", D(2026, 1, 1)).ok());
}

TEST(PoortwachterDeadlinesTest, UwvDecisionCountsFromTheRecordedApplication) {
  RecordedSteps s;
  s.wia_aanvraag = D(2027, 9, 20);
  Timeline t = Compute(kJan2026, s, D(2027, 9, 20));
  EXPECT_EQ(Get(t, keys::kUwvBeschikking).due, D(2027, 11, 15));  // + 8 weeks
  EXPECT_EQ(Get(t, keys::kWiaAanvraag).status, MilestoneStatus::kDone);
}

TEST(PoortwachterDeadlinesTest, CodesAreStable) {
  EXPECT_EQ(ToCode(Party::kEmployer), "werkgever");
  EXPECT_EQ(ToCode(Party::kEmployee), "werknemer");
  EXPECT_EQ(ToCode(Party::kBedrijfsarts), "bedrijfsarts");
  EXPECT_EQ(ToCode(Party::kUwv), "uwv");
  EXPECT_EQ(ToCode(Party::kArbeidsdeskundige), "arbeidsdeskundige");
  EXPECT_EQ(ToCode(MilestoneStatus::kNotApplicable), "not_applicable");
  EXPECT_EQ(ToCode(MilestoneStatus::kOverdue), "overdue");
  EXPECT_EQ(ToCode(MilestoneKind::kWindow), "window");
}

}  // namespace
}  // namespace werkpad::domain::poortwachter
