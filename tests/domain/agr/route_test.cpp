#include "domain/agr/route.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace werkpad::domain::agr {
namespace {

using namespace std::chrono;
using registry::EmploymentStatus;

const core::Date kAdmission = year{2026} / March / 2;
const core::Instant kT0 = core::Instant{sys_days{kAdmission}} + hours{9};
const core::UserId kArts{10};
const core::UserId kRic{11};

core::Instant Day(int n) { return kT0 + days{n}; }

Trajectory Start(EmploymentStatus status = EmploymentStatus::kLoondienst) {
  auto t =
      StartTrajectory({core::TrajectId{1}, core::RevalidantId{2}, status, kAdmission, kArts, kT0});
  EXPECT_TRUE(t.ok());
  return *t;
}

// A well-formed input for (kind, outcome): the reason, end reason and contacts each transition
// needs. Used for allowed and disallowed pairs alike.
DecisionInput Input(DecisionKind kind, Outcome outcome, core::Instant at) {
  DecisionInput in;
  in.kind = kind;
  in.outcome = outcome;
  in.decided_by = kRic;
  in.decided_at = at;
  if (kind == DecisionKind::kD1RicInzetten && outcome == Outcome::kNee) {
    in.reason = Reason::kWilNietAanWerkDenken;
  }
  if (kind == DecisionKind::kD2Toestemming && outcome == Outcome::kNee) {
    in.reason = Reason::kGeenToestemmingVervolg;
  }
  if (kind == DecisionKind::kD2Toestemming && outcome == Outcome::kJa) {
    in.contacts = ContactPermissions{true, true};
  }
  if (kind == DecisionKind::kD3Werktraining && outcome == Outcome::kNogNiet) {
    in.reason = Reason::kBelastbaarheidOnvoldoende;
  }
  if (kind == DecisionKind::kD3Werktraining && outcome == Outcome::kNietZinvol) {
    in.reason = Reason::kAfstandTotWerkTeGroot;
  }
  if (kind == DecisionKind::kD4Voortzetten && outcome == Outcome::kNietZinvol) {
    in.reason = Reason::kNietLeerbaar;
  }
  if (kind == DecisionKind::kAfsluiten || kind == DecisionKind::kBeeindigen) {
    in.end_reason = EndReason::kOntslagRevalidatie;
  }
  return in;
}

const DecisionContext kSigned{true};

Trajectory Apply(const Trajectory& t, DecisionKind kind, Outcome outcome, int day) {
  auto next = ApplyDecision(t, Input(kind, outcome, Day(day)), kSigned);
  EXPECT_TRUE(next.ok()) << ToCode(kind) << "=" << ToCode(outcome) << ": "
                         << (next.ok() ? "" : next.error().message);
  return next.ok() ? *next : t;
}

// Trajectories in every state, reached by valid paths.
std::map<std::string, Trajectory> States() {
  std::map<std::string, Trajectory> s;
  Trajectory t = Start();
  s["intake_arts"] = t;
  s["gestopt_d1"] = Apply(t, DecisionKind::kD1RicInzetten, Outcome::kNee, 0);
  t = Apply(t, DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  s["intake_ric"] = t;
  t = Apply(t, DecisionKind::kD2Toestemming, Outcome::kJa, 5);
  s["werkbezoek"] = t;
  t = Apply(t, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 12);
  s["terugkoppeling"] = t;
  s["gestopt_d3"] = Apply(t, DecisionKind::kD3Werktraining, Outcome::kNietZinvol, 14);
  t = Apply(t, DecisionKind::kD3Werktraining, Outcome::kJa, 14);
  s["werktraining"] = t;
  t = Apply(t, DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  s["afronding"] = t;
  t = Apply(t, DecisionKind::kAfsluiten, Outcome::kGereed, 70);
  s["afgerond"] = t;
  return s;
}

// The expected state machine, written out independently of the implementation's table:
// (state, decision, outcome) -> target state. Source: handbook ch. 3 flowchart and step plan.
using Key = std::tuple<std::string, DecisionKind, Outcome>;
const std::map<Key, Step>& Expected() {
  static const std::map<Key, Step> kExpected = {
      {{"intake_arts", DecisionKind::kD1RicInzetten, Outcome::kJa}, Step::kIntakeRic},
      {{"intake_arts", DecisionKind::kD1RicInzetten, Outcome::kNee}, Step::kGestopt},
      {{"intake_ric", DecisionKind::kD2Toestemming, Outcome::kJa}, Step::kWerkbezoek},
      {{"intake_ric", DecisionKind::kD2Toestemming, Outcome::kNee}, Step::kGestopt},
      {{"intake_ric", DecisionKind::kBeeindigen, Outcome::kBeeindigd}, Step::kGestopt},
      {{"werkbezoek", DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed}, Step::kTerugkoppeling},
      {{"werkbezoek", DecisionKind::kBeeindigen, Outcome::kBeeindigd}, Step::kGestopt},
      {{"terugkoppeling", DecisionKind::kD3Werktraining, Outcome::kJa}, Step::kWerktraining},
      {{"terugkoppeling", DecisionKind::kD3Werktraining, Outcome::kNogNiet}, Step::kTerugkoppeling},
      {{"terugkoppeling", DecisionKind::kD3Werktraining, Outcome::kNietZinvol}, Step::kGestopt},
      {{"terugkoppeling", DecisionKind::kBeeindigen, Outcome::kBeeindigd}, Step::kGestopt},
      {{"werktraining", DecisionKind::kD4Voortzetten, Outcome::kVoortzetten}, Step::kWerktraining},
      {{"werktraining", DecisionKind::kD4Voortzetten, Outcome::kDoelenBijstellen},
       Step::kWerktraining},
      {{"werktraining", DecisionKind::kD4Voortzetten, Outcome::kNietZinvol}, Step::kGestopt},
      {{"werktraining", DecisionKind::kAfrondingStarten, Outcome::kGereed}, Step::kAfronding},
      {{"werktraining", DecisionKind::kBeeindigen, Outcome::kBeeindigd}, Step::kGestopt},
      {{"afronding", DecisionKind::kAfsluiten, Outcome::kGereed}, Step::kAfgerond},
      {{"gestopt_d1", DecisionKind::kHeropenen, Outcome::kHeropend}, Step::kIntakeRic},
      // gestopt_d3 and afgerond: nothing.
  };
  return kExpected;
}

const std::vector<DecisionKind> kAllKinds = {
    DecisionKind::kD1RicInzetten,  DecisionKind::kD2Toestemming, DecisionKind::kWerkbezoekAfgerond,
    DecisionKind::kD3Werktraining, DecisionKind::kD4Voortzetten, DecisionKind::kAfrondingStarten,
    DecisionKind::kAfsluiten,      DecisionKind::kBeeindigen,    DecisionKind::kHeropenen};
const std::vector<Outcome> kAllOutcomes = {
    Outcome::kJa,         Outcome::kNee,         Outcome::kNogNiet,
    Outcome::kNietZinvol, Outcome::kVoortzetten, Outcome::kDoelenBijstellen,
    Outcome::kGereed,     Outcome::kBeeindigd,   Outcome::kHeropend};

TEST(RouteTest, EveryStateTimesEveryDecisionFollowsTheFlowchart) {
  int allowed = 0;
  int refused = 0;
  for (const auto& [name, t] : States()) {
    for (DecisionKind kind : kAllKinds) {
      for (Outcome outcome : kAllOutcomes) {
        auto got = ApplyDecision(t, Input(kind, outcome, Day(100)), kSigned);
        auto want = Expected().find({name, kind, outcome});
        std::string what =
            name + " + " + std::string(ToCode(kind)) + "=" + std::string(ToCode(outcome));
        if (want != Expected().end()) {
          ASSERT_TRUE(got.ok()) << what << ": " << got.error().message;
          EXPECT_EQ(got->step, want->second) << what;
          ASSERT_EQ(got->history.size(), t.history.size() + 1) << what;
          EXPECT_EQ(got->history.back().from, t.step) << what;
          EXPECT_EQ(got->history.back().to, want->second) << what;
          ++allowed;
        } else {
          ASSERT_FALSE(got.ok()) << what;
          EXPECT_EQ(got.error().code, core::ErrorCode::kRuleViolation) << what;
          EXPECT_NE(
              got.error().message.find("current step is '" + std::string(ToCode(t.step)) + "'"),
              std::string::npos)
              << what << ": " << got.error().message;
          ++refused;
        }
      }
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(Expected().size()));
  EXPECT_GT(refused, 500);
}

TEST(RouteTest, AllowedDecisionsForAStateMatchTheFlowchart) {
  auto states = States();
  for (const auto& [name, t] : states) {
    std::set<std::pair<DecisionKind, Outcome>> want;
    for (const auto& [key, to] : Expected()) {
      if (std::get<0>(key) == name) want.insert({std::get<1>(key), std::get<2>(key)});
    }
    std::set<std::pair<DecisionKind, Outcome>> got;
    for (const auto& a : AllowedDecisions(t)) got.insert({a.kind, a.outcome});
    EXPECT_EQ(got, want) << name;
  }
  // State-based listing: gestopt offers heropenen (the trajectory overload narrows it).
  auto g = AllowedDecisions(Step::kGestopt);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].kind, DecisionKind::kHeropenen);
  EXPECT_TRUE(AllowedDecisions(Step::kAfgerond).empty());
  EXPECT_TRUE(AllowedDecisions(states["gestopt_d3"]).empty());
}

TEST(RouteTest, AllowedDecisionsDescribeTheirRequirements) {
  auto d2 = AllowedDecisions(Step::kIntakeRic);
  auto ja = std::find_if(d2.begin(), d2.end(), [](const AllowedDecision& a) {
    return a.kind == DecisionKind::kD2Toestemming && a.outcome == Outcome::kJa;
  });
  ASSERT_NE(ja, d2.end());
  EXPECT_TRUE(ja->contacts_required);
  EXPECT_TRUE(ja->requires_consent_form);
  EXPECT_TRUE(ja->reason_classes.empty());

  auto d4 = AllowedDecisions(Step::kWerktraining);
  auto stop = std::find_if(d4.begin(), d4.end(), [](const AllowedDecision& a) {
    return a.kind == DecisionKind::kD4Voortzetten && a.outcome == Outcome::kNietZinvol;
  });
  ASSERT_NE(stop, d4.end());
  EXPECT_EQ(stop->reason_classes,
            (std::vector<ReasonClass>{ReasonClass::kNietZinvol, ReasonClass::kNogNietBelastbaar}));
  auto end = AllowedDecisions(Step::kAfronding);
  ASSERT_EQ(end.size(), 1u);
  EXPECT_TRUE(end[0].end_reason_required);
}

TEST(RouteTest, RuleErrorNamesTheCurrentStepAndTheAllowedDecisions) {
  auto t = States()["terugkoppeling"];
  auto r = ApplyDecision(t, Input(DecisionKind::kD1RicInzetten, Outcome::kJa, Day(20)));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kRuleViolation);
  const std::string& m = r.error().message;
  EXPECT_NE(m.find("current step is 'terugkoppeling'"), std::string::npos) << m;
  for (const char* s : {"d3_werktraining=ja", "d3_werktraining=nog_niet",
                        "d3_werktraining=niet_zinvol", "beeindigen=beeindigd"}) {
    EXPECT_NE(m.find(s), std::string::npos) << s << " in " << m;
  }
  auto done = ApplyDecision(States()["afgerond"],
                            Input(DecisionKind::kD4Voortzetten, Outcome::kVoortzetten, Day(99)));
  ASSERT_FALSE(done.ok());
  EXPECT_NE(done.error().message.find("allowed now: none"), std::string::npos);
}

TEST(RouteTest, HappyPathKeepsTheFullHistory) {
  auto t = States()["afgerond"];
  EXPECT_EQ(t.step, Step::kAfgerond);
  std::vector<std::pair<Step, Step>> moves;
  for (const auto& d : t.history) moves.emplace_back(d.from, d.to);
  std::vector<std::pair<Step, Step>> want = {
      {Step::kIntakeArts, Step::kIntakeRic},      {Step::kIntakeRic, Step::kWerkbezoek},
      {Step::kWerkbezoek, Step::kTerugkoppeling}, {Step::kTerugkoppeling, Step::kWerktraining},
      {Step::kWerktraining, Step::kAfronding},    {Step::kAfronding, Step::kAfgerond}};
  EXPECT_EQ(moves, want);
  EXPECT_EQ(t.history.back().end_reason, EndReason::kOntslagRevalidatie);
  EXPECT_EQ(t.history[1].contacts, (ContactPermissions{true, true}));
  EXPECT_EQ(t.history[0].decided_by, kRic);
  EXPECT_EQ(t.history[0].decided_at, Day(0));
}

struct FieldCase {
  const char* name;
  std::string state;
  DecisionInput input;
  std::string path;
  std::string code;
};

TEST(RouteTest, FieldProblemsAreInvalidInputWithPaths) {
  auto with = [](DecisionInput in, auto change) {
    change(in);
    return in;
  };
  auto d1nee = Input(DecisionKind::kD1RicInzetten, Outcome::kNee, Day(1));
  auto d3wait = Input(DecisionKind::kD3Werktraining, Outcome::kNogNiet, Day(20));
  auto d4stop = Input(DecisionKind::kD4Voortzetten, Outcome::kNietZinvol, Day(20));
  auto d2ja = Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(6));
  auto end = Input(DecisionKind::kAfsluiten, Outcome::kGereed, Day(80));
  std::vector<FieldCase> cases = {
      {"reason missing", "intake_arts", with(d1nee, [](auto& i) { i.reason.reset(); }), "reason",
       "required"},
      {"class 2 reason for nog niet", "terugkoppeling",
       with(d3wait, [](auto& i) { i.reason = Reason::kNietLeerbaar; }), "reason", "wrong_class"},
      {"class 3 reason for D1 nee", "intake_arts",
       with(d1nee, [](auto& i) { i.reason = Reason::kTaalbegripOnvoldoende; }), "reason",
       "wrong_class"},
      {"class 1 reason for D4 stop", "werktraining",
       with(d4stop, [](auto& i) { i.reason = Reason::kStudent; }), "reason", "wrong_class"},
      {"reason on D1 ja", "intake_arts",
       with(Input(DecisionKind::kD1RicInzetten, Outcome::kJa, Day(1)),
            [](auto& i) { i.reason = Reason::kStudent; }),
       "reason", "not_applicable"},
      {"end reason missing", "afronding", with(end, [](auto& i) { i.end_reason.reset(); }),
       "end_reason", "required"},
      {"end reason on D3 ja", "terugkoppeling",
       with(Input(DecisionKind::kD3Werktraining, Outcome::kJa, Day(20)),
            [](auto& i) { i.end_reason = EndReason::kTerugkeerWerk; }),
       "end_reason", "not_applicable"},
      {"contacts missing", "intake_ric", with(d2ja, [](auto& i) { i.contacts.reset(); }),
       "contacts", "required"},
      {"contacts on D1", "intake_arts",
       with(Input(DecisionKind::kD1RicInzetten, Outcome::kJa, Day(1)),
            [](auto& i) { i.contacts = ContactPermissions{}; }),
       "contacts", "not_applicable"},
      {"no user", "intake_arts", with(d1nee, [](auto& i) { i.decided_by = core::UserId{}; }),
       "decided_by", "required"},
      {"time runs backwards", "terugkoppeling",
       with(d3wait, [](auto& i) { i.decided_at = Day(3); }), "decided_at", "before_previous"},
      {"before the start", "intake_arts",
       with(d1nee, [](auto& i) { i.decided_at = kT0 - seconds{1}; }), "decided_at",
       "before_previous"},
      {"note too long", "intake_arts",
       with(d1nee, [](auto& i) { i.note = std::string(kMaxNoteLength + 1, 'x'); }), "note",
       "too_long"},
  };
  auto states = States();
  for (const auto& c : cases) {
    auto r = ApplyDecision(states[c.state], c.input, kSigned);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput) << c.name;
    ASSERT_FALSE(r.error().fields.empty()) << c.name;
    EXPECT_EQ(r.error().fields[0].path, c.path) << c.name;
    EXPECT_EQ(r.error().fields[0].code, c.code) << c.name;
  }
}

TEST(RouteTest, D4StopAcceptsClassTwoAndThree) {
  auto t = States()["werktraining"];
  for (Reason r : {Reason::kNietLeerbaar, Reason::kTaalbegripOnvoldoende}) {
    auto in = Input(DecisionKind::kD4Voortzetten, Outcome::kNietZinvol, Day(30));
    in.reason = r;
    auto next = ApplyDecision(t, in);
    ASSERT_TRUE(next.ok()) << ToCode(r);
    EXPECT_EQ(next->step, Step::kGestopt);
    EXPECT_EQ(next->history.back().reason, r);
  }
}

TEST(RouteTest, D2NeedsASignedConsentForm) {
  auto t = States()["intake_ric"];
  auto r = ApplyDecision(t, Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(5)),
                         DecisionContext{false});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_NE(r.error().message.find("form 3"), std::string::npos);
  // "Geen toestemming" needs no form.
  auto nee = ApplyDecision(t, Input(DecisionKind::kD2Toestemming, Outcome::kNee, Day(5)),
                           DecisionContext{false});
  ASSERT_TRUE(nee.ok());
  EXPECT_EQ(nee->step, Step::kGestopt);
  EXPECT_EQ(nee->history.back().reason, Reason::kGeenToestemmingVervolg);
}

TEST(RouteTest, D2RecordsWhomTheRicMayContact) {
  auto t = States()["intake_ric"];
  auto in = Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(5));
  in.contacts = ContactPermissions{false, true};
  auto next = ApplyDecision(t, in, kSigned);
  ASSERT_TRUE(next.ok());
  EXPECT_FALSE(MayContactWerkgever(*next));
  EXPECT_TRUE(MayContactBedrijfsarts(*next));
  EXPECT_TRUE(EmployerStepsApply(*next));
}

TEST(RouteTest, ZzpSkipsTheEmployerButKeepsTheRest) {
  Trajectory t = Start(EmploymentStatus::kZzp);
  EXPECT_TRUE(t.zzp);
  EXPECT_FALSE(EmployerStepsApply(t));
  t = Apply(t, DecisionKind::kD1RicInzetten, Outcome::kJa, 0);
  // No employer to contact.
  auto bad = ApplyDecision(t, Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(3)), kSigned);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_NE(bad.error().message.find("ZZP"), std::string::npos);
  auto in = Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(3));
  in.contacts = ContactPermissions{false, true};
  auto next = ApplyDecision(t, in, kSigned);
  ASSERT_TRUE(next.ok());
  // The werkbezoek step stays (analysis of the own work), and so does everything after it.
  EXPECT_EQ(next->step, Step::kWerkbezoek);
  t = Apply(*next, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, 10);
  t = Apply(t, DecisionKind::kD3Werktraining, Outcome::kJa, 12);
  t = Apply(t, DecisionKind::kAfrondingStarten, Outcome::kGereed, 50);
  t = Apply(t, DecisionKind::kAfsluiten, Outcome::kGereed, 55);
  EXPECT_EQ(t.step, Step::kAfgerond);
  EXPECT_FALSE(MayContactWerkgever(t));
  EXPECT_TRUE(MayContactBedrijfsarts(t));
}

TEST(RouteTest, BecomingZzpWithdrawsTheEmployerContact) {
  auto t = States()["werkbezoek"];
  ASSERT_TRUE(MayContactWerkgever(t));
  auto z = SetEmploymentStatus(t, EmploymentStatus::kZzp);
  ASSERT_TRUE(z.ok());
  EXPECT_TRUE(z->zzp);
  EXPECT_FALSE(MayContactWerkgever(*z));
  EXPECT_TRUE(MayContactBedrijfsarts(*z));
  auto back = SetEmploymentStatus(*z, EmploymentStatus::kLoondienst);
  ASSERT_TRUE(back.ok());
  EXPECT_FALSE(back->zzp);
  EXPECT_FALSE(MayContactWerkgever(*back));  // needs a new D2 permission
  EXPECT_FALSE(SetEmploymentStatus(States()["afgerond"], EmploymentStatus::kZzp).ok());
}

TEST(RouteTest, D3NotYetParksTheTrajectoryAndTheQuestionReturns) {
  auto t = States()["terugkoppeling"];
  const core::Instant meeting1 = Day(14);
  const core::Instant meeting2 = Day(21);
  const core::Instant meeting3 = Day(28);
  EXPECT_EQ(TeamQuestionDue(t, meeting1), DecisionKind::kD3Werktraining);

  auto wait = Input(DecisionKind::kD3Werktraining, Outcome::kNogNiet, meeting1 + hours{1});
  auto parked = ApplyDecision(t, wait);
  ASSERT_TRUE(parked.ok());
  EXPECT_EQ(parked->step, Step::kTerugkoppeling);
  EXPECT_EQ(parked->history.back().reason, Reason::kBelastbaarheidOnvoldoende);
  // Answered in this meeting; due again at the next one.
  EXPECT_EQ(TeamQuestionDue(*parked, meeting1), std::nullopt);
  EXPECT_EQ(TeamQuestionDue(*parked, meeting2), DecisionKind::kD3Werktraining);

  wait.decided_at = meeting2 + hours{1};
  wait.reason = Reason::kOrientatieOnvoldoende;
  auto parked2 = ApplyDecision(*parked, wait);
  ASSERT_TRUE(parked2.ok());
  EXPECT_EQ(parked2->step, Step::kTerugkoppeling);
  EXPECT_EQ(TeamQuestionDue(*parked2, meeting3), DecisionKind::kD3Werktraining);

  auto go = ApplyDecision(
      *parked2, Input(DecisionKind::kD3Werktraining, Outcome::kJa, meeting3 + minutes{30}));
  ASSERT_TRUE(go.ok());
  EXPECT_EQ(go->step, Step::kWerktraining);
  // D3 ja in this meeting: D4 is not due in the same meeting, but at the next.
  EXPECT_EQ(TeamQuestionDue(*go, meeting3), std::nullopt);
  EXPECT_EQ(TeamQuestionDue(*go, Day(35)), DecisionKind::kD4Voortzetten);
  EXPECT_EQ(go->history.size(), t.history.size() + 3);
}

TEST(RouteTest, D4IsAskedAtEveryTeamMeetingUntilAfronding) {
  auto t = States()["werktraining"];
  for (int week = 3; week < 8; ++week) {
    const core::Instant meeting = Day(7 * week);
    ASSERT_EQ(TeamQuestionDue(t, meeting), DecisionKind::kD4Voortzetten) << week;
    Outcome o = week % 2 == 0 ? Outcome::kDoelenBijstellen : Outcome::kVoortzetten;
    t = Apply(t, DecisionKind::kD4Voortzetten, o, 7 * week);
    EXPECT_EQ(t.step, Step::kWerktraining);
    EXPECT_EQ(TeamQuestionDue(t, meeting), std::nullopt) << week;
  }
  t = Apply(t, DecisionKind::kAfrondingStarten, Outcome::kGereed, 60);
  EXPECT_EQ(TeamQuestionDue(t, Day(63)), std::nullopt);
}

TEST(RouteTest, NoTeamQuestionOutsideTerugkoppelingAndWerktraining) {
  auto s = States();
  for (const char* name : {"intake_arts", "intake_ric", "werkbezoek", "afronding", "afgerond",
                           "gestopt_d1", "gestopt_d3"}) {
    EXPECT_EQ(TeamQuestionDue(s[name], Day(200)), std::nullopt) << name;
  }
}

TEST(RouteTest, D1NoCanBeReopenedWhenTheRevalidantWantsToWork) {
  auto stopped = States()["gestopt_d1"];
  EXPECT_EQ(stopped.step, Step::kGestopt);
  EXPECT_EQ(stopped.history.back().reason, Reason::kWilNietAanWerkDenken);
  auto in = Input(DecisionKind::kHeropenen, Outcome::kHeropend, Day(30));
  in.note = "Revalidant wil alsnog aan werk werken";
  auto reopened = ApplyDecision(stopped, in);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(reopened->step, Step::kIntakeRic);
  EXPECT_EQ(reopened->contacts, ContactPermissions{});
  // The route continues as usual from there.
  auto t = Apply(*reopened, DecisionKind::kD2Toestemming, Outcome::kJa, 35);
  EXPECT_EQ(t.step, Step::kWerkbezoek);
  EXPECT_EQ(t.history.size(), 3u);
}

TEST(RouteTest, OnlyAStopAtD1CanBeReopened) {
  auto s = States();
  auto t = Apply(s["intake_ric"], DecisionKind::kD2Toestemming, Outcome::kNee, 4);
  for (const Trajectory& stopped :
       {s["gestopt_d3"], t,
        Apply(s["werktraining"], DecisionKind::kBeeindigen, Outcome::kBeeindigd, 30)}) {
    ASSERT_EQ(stopped.step, Step::kGestopt);
    auto r = ApplyDecision(stopped, Input(DecisionKind::kHeropenen, Outcome::kHeropend, Day(90)));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, core::ErrorCode::kRuleViolation);
    EXPECT_NE(r.error().message.find("only a stop at D1"), std::string::npos) << r.error().message;
  }
}

TEST(RouteTest, EveryEndReasonEndsAgrFromEveryStepThatAllowsIt) {
  auto s = States();
  for (EndReason why : AllEndReasons()) {
    auto in = Input(DecisionKind::kAfsluiten, Outcome::kGereed, Day(90));
    in.end_reason = why;
    auto done = ApplyDecision(s["afronding"], in);
    ASSERT_TRUE(done.ok()) << ToCode(why);
    EXPECT_EQ(done->step, Step::kAfgerond);
    EXPECT_EQ(done->history.back().end_reason, why);
    for (const char* state : {"intake_ric", "werkbezoek", "terugkoppeling", "werktraining"}) {
      auto early = Input(DecisionKind::kBeeindigen, Outcome::kBeeindigd, Day(90));
      early.end_reason = why;
      auto stopped = ApplyDecision(s[state], early);
      ASSERT_TRUE(stopped.ok()) << state << " " << ToCode(why);
      EXPECT_EQ(stopped->step, Step::kGestopt);
      EXPECT_EQ(stopped->history.back().end_reason, why);
    }
  }
}

TEST(RouteTest, ProgressForDrawingTheRoute) {
  auto s = States();
  using SS = StepStatus;
  auto statuses = [](const Trajectory& t) {
    std::vector<SS> out;
    for (const auto& p : RouteProgress(t)) out.push_back(p.status);
    return out;
  };
  EXPECT_EQ(statuses(s["intake_arts"]), (std::vector<SS>{SS::kCurrent, SS::kNext, SS::kLater,
                                                         SS::kLater, SS::kLater, SS::kLater}));
  EXPECT_EQ(statuses(s["werktraining"]),
            (std::vector<SS>{SS::kDone, SS::kDone, SS::kDone, SS::kDone, SS::kCurrent, SS::kNext}));
  EXPECT_EQ(statuses(s["afronding"]),
            (std::vector<SS>{SS::kDone, SS::kDone, SS::kDone, SS::kDone, SS::kDone, SS::kCurrent}));
  EXPECT_EQ(statuses(s["afgerond"]), std::vector<SS>(6, SS::kDone));
  EXPECT_EQ(statuses(s["gestopt_d3"]),
            (std::vector<SS>{SS::kDone, SS::kDone, SS::kDone, SS::kStoppedHere, SS::kNotReached,
                             SS::kNotReached}));
  EXPECT_EQ(statuses(s["gestopt_d1"]),
            (std::vector<SS>{SS::kStoppedHere, SS::kNotReached, SS::kNotReached, SS::kNotReached,
                             SS::kNotReached, SS::kNotReached}));
  auto steps = RouteProgress(s["intake_arts"]);
  ASSERT_EQ(steps.size(), 6u);
  EXPECT_EQ(steps[2].step, Step::kWerkbezoek);
  EXPECT_FALSE(steps[2].without_employer);
}

TEST(RouteTest, ProgressMarksStepsWithoutEmployer) {
  Trajectory zzp = Start(EmploymentStatus::kZzp);
  for (const auto& p : RouteProgress(zzp)) {
    bool employer_step =
        p.step == Step::kWerkbezoek || p.step == Step::kWerktraining || p.step == Step::kAfronding;
    EXPECT_EQ(p.without_employer, employer_step) << ToCode(p.step);
  }
  // No permission at D2: the same steps go without employer.
  auto t = States()["intake_ric"];
  auto in = Input(DecisionKind::kD2Toestemming, Outcome::kJa, Day(5));
  in.contacts = ContactPermissions{false, false};
  auto next = ApplyDecision(t, in, kSigned);
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE(RouteProgress(*next)[2].without_employer);
  EXPECT_FALSE(RouteProgress(States()["werkbezoek"])[2].without_employer);
}

TEST(RouteTest, StartValidatesItsInput) {
  auto bad = StartTrajectory({core::TrajectId{1}, core::RevalidantId{}, EmploymentStatus::kZzp,
                              core::Date{}, core::UserId{}, kT0});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(bad.error().fields.size(), 3u);
  auto t = Start();
  EXPECT_EQ(t.step, Step::kIntakeArts);
  EXPECT_TRUE(t.history.empty());
  EXPECT_FALSE(t.zzp);
}

TEST(RouteTest, ExpectedDischargeCannotPrecedeAdmission) {
  auto t = Start();
  auto bad = SetExpectedDischarge(t, core::AddDays(kAdmission, -1));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).code, "before_admission");
  auto ok = SetExpectedDischarge(t, core::AddDays(kAdmission, 84));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->expected_discharge_date, core::AddDays(kAdmission, 84));
  EXPECT_FALSE(SetExpectedDischarge(States()["afgerond"], kAdmission).ok());
}

TEST(RouteTest, CodesRoundTrip) {
  std::set<std::string_view> seen;
  for (Step s : AllSteps()) {
    EXPECT_EQ(ParseStep(ToCode(s)), s);
    EXPECT_TRUE(seen.insert(ToCode(s)).second);
  }
  for (DecisionKind k : kAllKinds) EXPECT_EQ(ParseDecisionKind(ToCode(k)), k);
  for (Outcome o : kAllOutcomes) EXPECT_EQ(ParseOutcome(ToCode(o)), o);
  for (EndReason r : AllEndReasons()) EXPECT_EQ(ParseEndReason(ToCode(r)), r);
  EXPECT_EQ(ParseStep("Intake_Arts"), std::nullopt);
  EXPECT_EQ(ParseDecisionKind("d5"), std::nullopt);
  EXPECT_EQ(ParseOutcome(""), std::nullopt);
  EXPECT_EQ(ToCode(StepStatus::kStoppedHere), "stopped_here");
  EXPECT_EQ(RouteSteps().size(), 6u);
  EXPECT_TRUE(IsTerminal(Step::kGestopt));
  EXPECT_FALSE(IsTerminal(Step::kAfronding));
}

TEST(RouteTest, D3KeepsTheChecklistAndTheSuggestionNextToTheDecision) {
  Trajectory t = States()["terugkoppeling"];
  DecisionInput in = Input(DecisionKind::kD3Werktraining, Outcome::kNogNiet, Day(20));
  indication::D3Checklist c;
  c.belastbaarheid = indication::CriterionAnswer::kMet;
  c.orientatie = indication::CriterionAnswer::kMet;
  c.taalbegrip = indication::CriterionAnswer::kMet;
  c.leerbaarheid = indication::CriterionAnswer::kMet;
  in.checklist = c;  // the system suggests ja; the team decides nog_niet
  auto next = ApplyDecision(t, in, kSigned);
  ASSERT_TRUE(next.ok()) << next.error().message;
  const Decision& d = next->history.back();
  ASSERT_TRUE(d.d3.has_value());
  EXPECT_EQ(d.d3->checklist, c);
  EXPECT_EQ(d.d3->suggested_outcome, Outcome::kJa);
  EXPECT_FALSE(d.d3->suggested_reason.has_value());
  EXPECT_EQ(d.outcome, Outcome::kNogNiet);
  EXPECT_TRUE(DiffersFromSuggestion(d));

  // Incomplete checklist: stored, no suggestion, nothing to differ from.
  DecisionInput ja = Input(DecisionKind::kD3Werktraining, Outcome::kJa, Day(27));
  ja.checklist = indication::D3Checklist{};
  auto after = ApplyDecision(*next, ja, kSigned);
  ASSERT_TRUE(after.ok());
  ASSERT_TRUE(after->history.back().d3.has_value());
  EXPECT_FALSE(after->history.back().d3->suggested_outcome.has_value());
  EXPECT_FALSE(DiffersFromSuggestion(after->history.back()));

  // Not met with recovery expected: the suggestion carries the class-3 reason.
  DecisionInput nog = Input(DecisionKind::kD3Werktraining, Outcome::kNogNiet, Day(20));
  c.taalbegrip = indication::CriterionAnswer::kNotMet;
  c.recovery_within_three_months = true;
  nog.checklist = c;
  nog.reason = Reason::kTaalbegripOnvoldoende;
  auto parked = ApplyDecision(t, nog, kSigned);
  ASSERT_TRUE(parked.ok());
  EXPECT_EQ(parked->history.back().d3->suggested_outcome, Outcome::kNogNiet);
  EXPECT_EQ(parked->history.back().d3->suggested_reason, Reason::kTaalbegripOnvoldoende);
  EXPECT_FALSE(DiffersFromSuggestion(parked->history.back()));

  // Without a checklist D3 still works (the checklist is optional).
  auto plain =
      ApplyDecision(t, Input(DecisionKind::kD3Werktraining, Outcome::kJa, Day(20)), kSigned);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->history.back().d3.has_value());
}

TEST(RouteTest, ChecklistAndFolderOnlyWithTheirDecisions) {
  auto states = States();
  DecisionInput d1 = Input(DecisionKind::kD1RicInzetten, Outcome::kJa, Day(0));
  d1.checklist = indication::D3Checklist{};
  d1.folder_handed_out = true;  // D1 ja: no folder
  auto r = ApplyDecision(states["intake_arts"], d1, kSigned);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
  std::set<std::string> paths;
  for (const auto& f : r.error().fields) paths.insert(f.path + ":" + f.code);
  EXPECT_TRUE(paths.contains("checklist:not_applicable"));
  EXPECT_TRUE(paths.contains("folder_handed_out:not_applicable"));
}

TEST(RouteTest, D1NoRecordsTheFolder) {
  Trajectory t = Start();
  EXPECT_EQ(FolderStatusOf(t), FolderStatus::kNotApplicable);
  DecisionInput nee = Input(DecisionKind::kD1RicInzetten, Outcome::kNee, Day(0));
  auto open = ApplyDecision(t, nee, kSigned);
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->history.back().folder_handed_out.has_value());
  EXPECT_EQ(FolderStatusOf(*open), FolderStatus::kOpen);
  nee.folder_handed_out = true;
  auto given = ApplyDecision(t, nee, kSigned);
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->history.back().folder_handed_out, true);
  EXPECT_EQ(FolderStatusOf(*given), FolderStatus::kHandedOut);
  EXPECT_EQ(ToCode(FolderStatus::kHandedOut), "uitgereikt");
  // After reopening, the mark of the D1 nee stays what it was.
  auto reopened =
      ApplyDecision(*given, Input(DecisionKind::kHeropenen, Outcome::kHeropend, Day(9)), kSigned);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(FolderStatusOf(*reopened), FolderStatus::kHandedOut);
}

}  // namespace
}  // namespace werkpad::domain::agr
