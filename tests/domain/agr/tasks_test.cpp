#include "domain/agr/tasks.hpp"

#include <gtest/gtest.h>

#include <set>

namespace werkpad::domain::agr {
namespace {

using namespace std::chrono;
using identity::Role;
using registry::EmploymentStatus;

const core::Date kAdmission = year{2026} / March / 2;  // a Monday
const core::Instant kT0 = core::Instant{sys_days{kAdmission}} + hours{9};
core::Instant Day(int n) { return kT0 + days{n}; }
core::Date Date(int n) { return core::AddDays(kAdmission, n); }

Trajectory Start(EmploymentStatus status = EmploymentStatus::kLoondienst) {
  return *StartTrajectory(
      {core::TrajectId{1}, core::RevalidantId{2}, status, kAdmission, core::UserId{10}, kT0});
}

Trajectory Apply(Trajectory t, DecisionKind kind, Outcome outcome, int day,
                 ContactPermissions contacts = {true, true}) {
  DecisionInput in;
  in.kind = kind;
  in.outcome = outcome;
  in.decided_by = core::UserId{11};
  in.decided_at = Day(day);
  if (kind == DecisionKind::kD2Toestemming && outcome == Outcome::kJa) in.contacts = contacts;
  if (kind == DecisionKind::kD1RicInzetten && outcome == Outcome::kNee) {
    in.reason = Reason::kComateus;
  }
  if (kind == DecisionKind::kD3Werktraining && outcome == Outcome::kNogNiet) {
    in.reason = Reason::kTaalbegripOnvoldoende;
  }
  if (kind == DecisionKind::kAfsluiten) in.end_reason = EndReason::kTerugkeerWerk;
  auto next = ApplyDecision(t, in, DecisionContext{true});
  EXPECT_TRUE(next.ok()) << (next.ok() ? "" : next.error().message);
  return *next;
}

std::vector<TaskTemplate> Last(const Trajectory& t, const TaskPolicy& p = {}) {
  return TasksFor(t, DecisionApplied{t.history.size() - 1}, p);
}

std::vector<std::string_view> Keys(const std::vector<TaskTemplate>& tasks) {
  std::vector<std::string_view> out;
  for (const auto& t : tasks) out.push_back(t.key);
  return out;
}

TEST(TasksTest, StartCreatesTheIntakeByTheArtsOnTheAdmissionDay) {
  auto t = Start();
  auto tasks = TasksFor(t, TrajectoryStarted{});
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0].key, "intake_arts");
  EXPECT_EQ(tasks[0].role, Role::kRevalidatiearts);
  EXPECT_EQ(tasks[0].due, kAdmission);
  EXPECT_EQ(tasks[0].due_rule, DueRule::kOpnamedag);
  EXPECT_EQ(tasks[0].occurrence, 0u);
  EXPECT_EQ(tasks[0].form, "agr-1-intake-arts");
  EXPECT_FALSE(tasks[0].source.empty());
}

TEST(TasksTest, D1YesSchedulesTheRicIntakeAsSoonAsPossible) {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kJa, 1);
  auto tasks = Last(t);
  EXPECT_EQ(Keys(tasks), (std::vector<std::string_view>{"intake_ric", "toestemming_form3"}));
  for (const auto& task : tasks) {
    EXPECT_EQ(task.role, Role::kRic);
    EXPECT_EQ(task.due, Date(1 + 7));
    EXPECT_EQ(task.due_rule, DueRule::kZoSnelMogelijk);
    EXPECT_EQ(task.occurrence, 1u);
  }
  auto fast = Last(t, TaskPolicy{3, 7});
  EXPECT_EQ(fast[0].due, Date(4));
}

TEST(TasksTest, D1NoHandsOverTheFolderAndReopeningSchedulesTheIntake) {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kNee, 0);
  auto tasks = Last(t);
  ASSERT_EQ(Keys(tasks), (std::vector<std::string_view>{"folder_agr_meegeven"}));
  EXPECT_EQ(tasks[0].due, Date(0));
  EXPECT_EQ(tasks[0].role, Role::kRevalidatiearts);
  t = Apply(t, DecisionKind::kHeropenen, Outcome::kHeropend, 40);
  auto again = Last(t);
  EXPECT_EQ(Keys(again), (std::vector<std::string_view>{"intake_ric", "toestemming_form3"}));
  EXPECT_EQ(again[0].due, Date(47));
  EXPECT_EQ(again[0].occurrence, 2u);
}

TEST(TasksTest, D2YesGivesTheFirstContactMoments) {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  auto both = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5);
  EXPECT_EQ(Keys(Last(both)),
            (std::vector<std::string_view>{"werkbezoek_werkgever", "functieprofiel_form4",
                                           "contact_bedrijfsarts_intake"}));
  auto only_ba = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5, {false, true});
  EXPECT_EQ(Keys(Last(only_ba)),
            (std::vector<std::string_view>{"functieprofiel_form4", "contact_bedrijfsarts_intake"}));
  auto none = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5, {false, false});
  EXPECT_EQ(Keys(Last(none)), (std::vector<std::string_view>{"functieprofiel_form4"}));
}

TEST(TasksTest, ZzpGetsNoEmployerTasksAnywhere) {
  auto t = Apply(Start(EmploymentStatus::kZzp), DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  std::set<std::string_view> all;
  auto collect = [&](const Trajectory& x) {
    for (const auto& task : Last(x)) all.insert(task.key);
  };
  t = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 4, {false, true});
  collect(t);
  t = Apply(t, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 10);
  collect(t);
  t = Apply(t, DecisionKind::kD3Werktraining, Outcome::kJa, 14);
  collect(t);
  t = Apply(t, DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  collect(t);
  for (const char* employer :
       {"werkbezoek_werkgever", "informeren_werkgever_strategie", "overdracht_werkgever"}) {
    EXPECT_EQ(all.count(employer), 0u) << employer;
  }
  // The rest stays: function analysis (with the revalidant), bedrijfsarts, team, visie.
  for (const char* kept : {"functieprofiel_form4", "contact_bedrijfsarts_intake",
                           "terugkoppeling_team", "informeren_bedrijfsarts_strategie",
                           "reintegratievisie_opstellen", "overdracht_bedrijfsarts"}) {
    EXPECT_EQ(all.count(kept), 1u) << kept;
  }
}

TEST(TasksTest, FeedbackAndD3Tasks) {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  t = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5);
  t = Apply(t, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 12);
  auto feedback = Last(t);
  EXPECT_EQ(Keys(feedback),
            (std::vector<std::string_view>{"terugkoppeling_team", "indruk_persoonsprofiel"}));
  EXPECT_EQ(feedback[0].form, "agr-5-terugkoppeling-werkbezoek");
  EXPECT_EQ(feedback[1].role, Role::kTherapeut);

  auto parked = Apply(t, DecisionKind::kD3Werktraining, Outcome::kNogNiet, 14);
  EXPECT_TRUE(Last(parked).empty());

  auto go = Apply(parked, DecisionKind::kD3Werktraining, Outcome::kJa, 21);
  auto tasks = Last(go);
  EXPECT_EQ(Keys(tasks),
            (std::vector<std::string_view>{"behandeldoelen_arbeid", "informeren_revalidant_doelen",
                                           "informeren_werkgever_strategie",
                                           "informeren_bedrijfsarts_strategie"}));
  for (const auto& task : tasks) EXPECT_EQ(task.due, Date(28));
}

TEST(TasksTest, D4AdjustingGoalsAsksForANewAssessmentEachTime) {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  t = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5);
  t = Apply(t, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 12);
  t = Apply(t, DecisionKind::kD3Werktraining, Outcome::kJa, 14);
  t = Apply(t, DecisionKind::kD4Voortzetten, Outcome::kVoortzetten, 21);
  EXPECT_TRUE(Last(t).empty());
  t = Apply(t, DecisionKind::kD4Voortzetten, Outcome::kDoelenBijstellen, 28);
  auto first = Last(t);
  t = Apply(t, DecisionKind::kD4Voortzetten, Outcome::kDoelenBijstellen, 35);
  auto second = Last(t);
  ASSERT_EQ(Keys(first), (std::vector<std::string_view>{"herbeoordeling_persoonsprofiel"}));
  ASSERT_EQ(Keys(second), (std::vector<std::string_view>{"herbeoordeling_persoonsprofiel"}));
  EXPECT_NE(first[0].occurrence, second[0].occurrence);
  EXPECT_EQ(second[0].due, Date(42));
}

Trajectory InWerktraining() {
  auto t = Apply(Start(), DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  t = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5);
  t = Apply(t, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 12);
  return Apply(t, DecisionKind::kD3Werktraining, Outcome::kJa, 14);
}

TEST(TasksTest, AfrondingTasksHangOnTheExpectedDischarge) {
  auto t = *SetExpectedDischarge(InWerktraining(), Date(84));  // 12 weeks (form 1)
  t = Apply(t, DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  auto tasks = Last(t);
  EXPECT_EQ(Keys(tasks),
            (std::vector<std::string_view>{
                "persoonsprofiel_definitief", "reintegratievisie_opstellen",
                "reintegratievisie_beoordelen", "reintegratievisie_tekenen", "overdracht_werkgever",
                "overdracht_bedrijfsarts", "overdracht_ketenpartners"}));
  for (const auto& task : tasks) {
    if (task.due_rule == DueRule::kVoorOntslag) {
      EXPECT_EQ(task.due, Date(77)) << task.key;
    } else {
      EXPECT_EQ(task.due_rule, DueRule::kBijOntslag) << task.key;
      EXPECT_EQ(task.due, Date(84)) << task.key;
    }
  }
}

TEST(TasksTest, AfrondingWithoutOrPastTheExpectedDischarge) {
  auto unknown = Apply(InWerktraining(), DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  for (const auto& task : Last(unknown)) EXPECT_EQ(task.due, Date(67)) << task.key;
  // Discharge expected earlier than the event: never due before the event itself.
  auto late = *SetExpectedDischarge(InWerktraining(), Date(50));
  late = Apply(late, DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  for (const auto& task : Last(late)) EXPECT_EQ(task.due, Date(60)) << task.key;
}

TEST(TasksTest, EndingAndStoppingCreateNoTasks) {
  auto t = Apply(InWerktraining(), DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  t = Apply(t, DecisionKind::kAfsluiten, Outcome::kGereed, 70);
  EXPECT_TRUE(Last(t).empty());
  EXPECT_TRUE(TasksFor(t, DecisionApplied{99}).empty());
}

TEST(TasksTest, CatalogueIsCompleteAndSourced) {
  std::set<std::string_view> keys;
  for (const auto& spec : TaskCatalogue()) {
    EXPECT_TRUE(keys.insert(spec.key).second) << spec.key;
    EXPECT_FALSE(spec.source.empty()) << spec.key;
    EXPECT_EQ(FindTaskSpec(spec.key), &spec);
  }
  EXPECT_EQ(FindTaskSpec("bestaat_niet"), nullptr);
  EXPECT_EQ(ToCode(DueRule::kZoSnelMogelijk), "zo_snel_mogelijk");
  EXPECT_EQ(ToCode(DueRule::kVoorOntslag), "voor_ontslag");
}

TEST(TasksTest, NoFolderTaskWhenTheFolderWasHandedOutAtD1) {
  DecisionInput in;
  in.kind = DecisionKind::kD1RicInzetten;
  in.outcome = Outcome::kNee;
  in.decided_by = core::UserId{10};
  in.decided_at = Day(0);
  in.reason = Reason::kStudent;
  in.folder_handed_out = true;
  auto t = ApplyDecision(Start(), in, DecisionContext{});
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(Last(*t).empty());
  in.folder_handed_out = false;
  auto open = ApplyDecision(Start(), in, DecisionContext{});
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(Keys(Last(*open)), (std::vector<std::string_view>{"folder_agr_meegeven"}));
}

}  // namespace
}  // namespace werkpad::domain::agr
