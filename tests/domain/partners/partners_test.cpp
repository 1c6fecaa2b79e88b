#include "domain/partners/partners.hpp"

#include <gtest/gtest.h>

namespace werkpad::domain::partners {
namespace {

using agr::Step;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

core::Date D(int y, unsigned m, unsigned d) { return core::Date{year{y}, month{m}, day{d}}; }

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  for (const auto& f : s.error().fields) {
    if (f.path == path && f.code == code) return true;
  }
  return false;
}

TEST(PartnersTest, KindAndRoleCodesRoundTrip) {
  EXPECT_EQ(AllKinds().size(), 10u);
  for (Kind k : AllKinds()) EXPECT_EQ(ParseKind(ToCode(k)), k);
  EXPECT_FALSE(ParseKind("werkgever"));  // the trajectory's own party, not a network partner
  for (Role r : {Role::kBackground, Role::kActive, Role::kRecommended, Role::kNotInvolved}) {
    EXPECT_EQ(ParseRole(ToCode(r)), r);
  }
  EXPECT_FALSE(ParseRole("actief"));
}

TEST(PartnersTest, PhasesAreTheSixRouteSteps) {
  ASSERT_EQ(Phases().size(), agr::RouteSteps().size());
  for (std::size_t i = 0; i < Phases().size(); ++i) EXPECT_EQ(Phases()[i], agr::RouteSteps()[i]);
  EXPECT_EQ(PhaseIndex(Step::kAfronding), 5u);
  EXPECT_FALSE(PhaseIndex(Step::kAfgerond));
}

TEST(PartnersTest, DefaultsFollowTheHandbookSchema) {
  // Jobcoach: not standard early, recommended in work training, active at the handover (5).
  EXPECT_EQ(DefaultRole(Kind::kJobcoach, Step::kIntakeRic), Role::kNotInvolved);
  EXPECT_EQ(DefaultRole(Kind::kJobcoach, Step::kWerktraining), Role::kRecommended);
  EXPECT_EQ(DefaultRole(Kind::kJobcoach, Step::kAfronding), Role::kActive);
  // Huisarts: background, active at the end of the revalidatiefase.
  EXPECT_EQ(DefaultRole(Kind::kHuisarts, Step::kWerkbezoek), Role::kBackground);
  EXPECT_EQ(DefaultRole(Kind::kHuisarts, Step::kAfronding), Role::kActive);
  // Gemeente (7) and private insurer (8) at the handover.
  EXPECT_EQ(DefaultRole(Kind::kGemeente, Step::kAfronding), Role::kActive);
  EXPECT_EQ(DefaultRole(Kind::kPrivateVerzekeraar, Step::kAfronding), Role::kActive);
  EXPECT_EQ(DefaultRole(Kind::kCollega, Step::kWerktraining), Role::kRecommended);
  for (Step s : Phases()) EXPECT_EQ(DefaultRole(Kind::kOverig, s), Role::kNotInvolved);
  EXPECT_EQ(DefaultRole(Kind::kHuisarts, Step::kGestopt), Role::kNotInvolved);
}

TEST(PartnersTest, OverridesWinAndAreNormalised) {
  std::vector<RoleOverride> in = {{Step::kWerktraining, Role::kActive},
                                  {Step::kAfronding, Role::kActive},  // equals the default
                                  {Step::kIntakeArts, Role::kBackground},
                                  {Step::kIntakeArts, Role::kNotInvolved}};  // later wins
  auto roles = EffectiveRoles(Kind::kJobcoach, in);
  EXPECT_EQ(roles[4].role, Role::kActive);
  EXPECT_FALSE(roles[4].is_default);
  EXPECT_EQ(roles[5].role, Role::kActive);
  EXPECT_TRUE(roles[5].is_default);
  EXPECT_EQ(roles[0].role, Role::kNotInvolved);
  EXPECT_TRUE(roles[0].is_default);
  auto norm = NormaliseOverrides(Kind::kJobcoach, in);
  ASSERT_TRUE(norm.ok());
  ASSERT_EQ(norm->size(), 1u);
  EXPECT_EQ((*norm)[0], (RoleOverride{Step::kWerktraining, Role::kActive}));
  std::vector<RoleOverride> bad = {{Step::kAfgerond, Role::kActive}};
  auto r = NormaliseOverrides(Kind::kJobcoach, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).path, "roles[0].phase");
}

TEST(PartnersTest, OverridesEncodeAndDecode) {
  std::vector<RoleOverride> in = {{Step::kWerktraining, Role::kActive},
                                  {Step::kAfronding, Role::kNotInvolved}};
  const std::string text = EncodeOverrides(in);
  EXPECT_EQ(text, "werktraining=active,afronding=not_involved");
  EXPECT_EQ(DecodeOverrides(text), in);
  EXPECT_EQ(DecodeOverrides(""), std::vector<RoleOverride>{});
  EXPECT_FALSE(DecodeOverrides("werktraining"));
  EXPECT_FALSE(DecodeOverrides("afgerond=active"));
  EXPECT_FALSE(DecodeOverrides("werktraining=actief"));
}

agr::Trajectory InStep(Step s) {
  agr::Trajectory t;
  t.step = s;
  return t;
}

TEST(PartnersTest, CurrentPhaseFollowsTheRoute) {
  EXPECT_EQ(CurrentPhase(InStep(Step::kWerkbezoek)), Step::kWerkbezoek);
  EXPECT_EQ(CurrentPhase(InStep(Step::kAfgerond)), Step::kAfronding);
  agr::Trajectory stopped = InStep(Step::kGestopt);
  agr::Decision d;
  d.from = Step::kTerugkoppeling;
  d.to = Step::kGestopt;
  stopped.history.push_back(d);
  EXPECT_EQ(CurrentPhase(stopped), Step::kTerugkoppeling);
}

TEST(PartnersTest, MomentValidation) {
  const core::Date today = D(2026, 12, 7);
  MomentInput ok;
  ok.from.party = "ric";
  ok.to.partner_id = 4;
  ok.phase = Step::kAfronding;
  ok.planned_on = D(2026, 12, 20);
  EXPECT_TRUE(ValidateMoment(ok, today).ok());

  MomentInput bad;
  bad.from.party = "ric";
  bad.from.partner_id = 3;
  bad.to.party = "uwv";
  bad.phase = Step::kGestopt;
  bad.done_on = D(2026, 12, 8);
  bad.note = std::string(2001, 'x');
  auto s = ValidateMoment(bad, today);
  EXPECT_TRUE(HasField(s, "from", "ambiguous"));
  EXPECT_TRUE(HasField(s, "to.party", "invalid_party"));
  EXPECT_TRUE(HasField(s, "phase", "invalid_value"));
  EXPECT_TRUE(HasField(s, "done_on", "in_future"));
  EXPECT_TRUE(HasField(s, "note", "too_long"));

  MomentInput same = ok;
  same.to = same.from;
  EXPECT_TRUE(HasField(ValidateMoment(same, today), "to", "same_as_from"));
  MomentInput undated = ok;
  undated.planned_on.reset();
  EXPECT_TRUE(HasField(ValidateMoment(undated, today), "planned_on", "required"));
  MomentInput empty = ok;
  empty.from = {};
  EXPECT_TRUE(HasField(ValidateMoment(empty, today), "from", "required"));
}

TEST(PartnersTest, HandoverTasksAndExpectedParties) {
  EXPECT_EQ(HandoverTaskKey("werkgever"), "overdracht_werkgever");
  EXPECT_EQ(HandoverTaskKey("bedrijfsarts"), "overdracht_bedrijfsarts");
  EXPECT_EQ(HandoverTaskKey("uwv"), "overdracht_ketenpartners");
  agr::Trajectory t = InStep(Step::kAfronding);
  t.contacts = {true, true};
  auto e = ExpectedHandovers(t);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].party, "werkgever");
  EXPECT_EQ(e[1].party, "bedrijfsarts");
  EXPECT_FALSE(e[2].required);
  t.zzp = true;  // no employer
  e = ExpectedHandovers(t);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].party, "bedrijfsarts");
  EXPECT_TRUE(HandoverAllowedIn(Step::kAfronding));
  EXPECT_TRUE(HandoverAllowedIn(Step::kWerktraining));
  EXPECT_FALSE(HandoverAllowedIn(Step::kAfgerond));
  EXPECT_FALSE(HandoverAllowedIn(Step::kTerugkoppeling));
}

}  // namespace
}  // namespace werkpad::domain::partners
