#include "service/policy.hpp"

#include <gtest/gtest.h>

#include <map>

namespace werkpad::service {
namespace {

using domain::identity::Role;
using P = Permission;

Actor As(Role r, std::vector<core::TeamId> teams = {}, std::int64_t id = 10) {
  Actor a;
  a.user_id = core::UserId{id};
  a.role = r;
  a.team_ids = std::move(teams);
  return a;
}

// The whole matrix of policy.hpp, one row per role (order of the Permission enum).
TEST(PolicyTest, RoleMatrix) {
  const std::vector<P> perms = {
      P::kSearchRevalidanten, P::kReadRevalidant,     P::kCreateRevalidant, P::kUpdateRevalidant,
      P::kManageUsers,        P::kReadStaffDirectory, P::kReadOrganisation, P::kManageOrganisation,
      P::kReadAudit,          P::kChangeOwnPassword};
  const std::map<Role, std::vector<int>> expected = {
      {Role::kAdmin, {1, 0, 0, 0, 1, 1, 1, 1, 1, 1}},
      {Role::kRevalidatiearts, {1, 1, 1, 1, 0, 1, 1, 0, 0, 1}},
      {Role::kRic, {1, 1, 1, 1, 0, 1, 1, 0, 0, 1}},
      {Role::kTherapeut, {1, 1, 1, 1, 0, 1, 1, 0, 0, 1}},
      {Role::kRevalidant, {0, 1, 0, 0, 0, 0, 0, 0, 0, 1}},
      {Role::kWerkgever, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
      {Role::kBedrijfsarts, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
      {Role::kPartner, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
  };
  ASSERT_EQ(expected.size(), domain::identity::AllRoles().size());
  for (const auto& [role, row] : expected) {
    for (std::size_t i = 0; i < perms.size(); ++i) {
      EXPECT_EQ(Allows(As(role), perms[i]), row[i] == 1)
          << domain::identity::ToCode(role) << " permission " << i;
    }
  }
  Actor system;
  system.system = true;
  for (P p : perms) EXPECT_TRUE(Allows(system, p));
}

TEST(PolicyTest, NeedToKnowByTeamAndCaseload) {
  const core::TeamId a{1}, b{2};
  domain::registry::RevalidantData in_a;
  in_a.team_id = a;
  domain::registry::RevalidantData in_b_ric;
  in_b_ric.team_id = b;
  in_b_ric.ric_user_id = core::UserId{10};
  domain::registry::RevalidantData unassigned;
  const core::RevalidantId id{5};

  for (Role r : {Role::kRevalidatiearts, Role::kRic, Role::kTherapeut}) {
    EXPECT_TRUE(MayAccess(As(r, {a}), P::kReadRevalidant, in_a, id));
    EXPECT_TRUE(MayAccess(As(r, {a}), P::kUpdateRevalidant, in_a, id));
    EXPECT_FALSE(MayAccess(As(r, {b}, 11), P::kReadRevalidant, in_a, id));
    EXPECT_FALSE(MayAccess(As(r, {a}, 11), P::kReadRevalidant, unassigned, id));
  }
  // Caseload: the coordinator reaches the revalidant outside their teams; the arts does not.
  EXPECT_TRUE(MayAccess(As(Role::kRic, {a}, 10), P::kReadRevalidant, in_b_ric, id));
  EXPECT_TRUE(MayAccess(As(Role::kTherapeut, {a}, 10), P::kReadRevalidant, in_b_ric, id));
  EXPECT_FALSE(MayAccess(As(Role::kRevalidatiearts, {a}, 10), P::kReadRevalidant, in_b_ric, id));
  // Admin and external roles: never the record.
  for (Role r : {Role::kAdmin, Role::kWerkgever, Role::kBedrijfsarts, Role::kPartner}) {
    EXPECT_FALSE(MayAccess(As(r, {a}), P::kReadRevalidant, in_a, id));
  }
  // The revalidant: own record, read only.
  Actor self = As(Role::kRevalidant);
  self.revalidant_id = id;
  EXPECT_TRUE(MayAccess(self, P::kReadRevalidant, in_a, id));
  EXPECT_FALSE(MayAccess(self, P::kUpdateRevalidant, in_a, id));
  EXPECT_FALSE(MayAccess(self, P::kReadRevalidant, in_a, core::RevalidantId{6}));
}

TEST(PolicyTest, CaseloadScopeAndMedicalData) {
  store::CaseloadScope ric = CaseloadFor(As(Role::kRic, {core::TeamId{3}}, 10));
  EXPECT_FALSE(ric.all);
  EXPECT_EQ(ric.teams.size(), 1u);
  EXPECT_EQ(ric.ric, core::UserId{10});
  store::CaseloadScope arts = CaseloadFor(As(Role::kRevalidatiearts, {}, 10));
  EXPECT_FALSE(arts.all);
  EXPECT_TRUE(arts.teams.empty());
  EXPECT_FALSE(arts.ric.valid());
  EXPECT_TRUE(CaseloadFor(As(Role::kAdmin)).all);
  EXPECT_TRUE(MinimalLookupOnly(As(Role::kAdmin)));
  EXPECT_FALSE(MinimalLookupOnly(As(Role::kRic)));
  store::CaseloadScope ext = CaseloadFor(As(Role::kWerkgever, {core::TeamId{3}}));
  EXPECT_FALSE(ext.all);
  EXPECT_TRUE(ext.teams.empty());

  for (Role r : {Role::kRevalidatiearts, Role::kRic, Role::kTherapeut}) {
    EXPECT_TRUE(MaySeeMedicalData(As(r)));
  }
  for (Role r :
       {Role::kAdmin, Role::kRevalidant, Role::kWerkgever, Role::kBedrijfsarts, Role::kPartner}) {
    EXPECT_FALSE(MaySeeMedicalData(As(r))) << domain::identity::ToCode(r);
  }
}

// The verzuim matrix of policy.hpp: staff read, write, use the dashboard and the WIA estimate;
// the revalidant only reads (own dossier: MayAccess); admin and external roles nothing.
TEST(PolicyTest, VerzuimRoleRules) {
  struct Row {
    Role role;
    bool write, read, dashboard, wia;
  };
  const std::vector<Row> rows = {
      {Role::kAdmin, false, false, false, false},
      {Role::kRevalidatiearts, true, true, true, true},
      {Role::kRic, true, true, true, true},
      {Role::kTherapeut, true, true, true, true},
      {Role::kRevalidant, false, true, false, false},
      {Role::kWerkgever, false, false, false, false},
      {Role::kBedrijfsarts, false, false, false, false},
      {Role::kPartner, false, false, false, false},
  };
  ASSERT_EQ(rows.size(), domain::identity::AllRoles().size());
  for (const Row& r : rows) {
    const Actor a = As(r.role, {core::TeamId{1}});
    EXPECT_EQ(MayWriteVerzuim(a), r.write) << domain::identity::ToCode(r.role);
    EXPECT_EQ(MayReadVerzuim(a), r.read) << domain::identity::ToCode(r.role);
    EXPECT_EQ(MayUseVerzuimDashboard(a), r.dashboard) << domain::identity::ToCode(r.role);
    EXPECT_EQ(MayEstimateWia(a), r.wia) << domain::identity::ToCode(r.role);
  }
  Actor system;
  system.system = true;
  EXPECT_TRUE(MayWriteVerzuim(system));
  EXPECT_TRUE(MayReadVerzuim(system));
  EXPECT_TRUE(MayUseVerzuimDashboard(system));
}

// Form 7 and documents (issue 6): the table in policy.hpp, one row per role.
TEST(PolicyTest, ReintegratievisieAndDocumentsMatrix) {
  // draft, edit/comment, status, paper signature, documents
  const std::map<Role, std::vector<int>> expected = {
      {Role::kAdmin, {0, 0, 0, 0, 0}},        {Role::kRevalidatiearts, {0, 1, 0, 1, 1}},
      {Role::kRic, {1, 1, 1, 1, 1}},          {Role::kTherapeut, {0, 1, 0, 0, 1}},
      {Role::kRevalidant, {0, 0, 0, 0, 0}},   {Role::kWerkgever, {0, 0, 0, 0, 0}},
      {Role::kBedrijfsarts, {0, 0, 0, 0, 0}}, {Role::kPartner, {0, 0, 0, 0, 0}},
  };
  ASSERT_EQ(expected.size(), domain::identity::AllRoles().size());
  for (const auto& [role, row] : expected) {
    const Actor a = As(role);
    EXPECT_EQ(MayDraftVisie(a), row[0] == 1) << domain::identity::ToCode(role);
    EXPECT_EQ(MayEditVisie(a), row[1] == 1) << domain::identity::ToCode(role);
    EXPECT_EQ(MayChangeVisieStatus(a), row[2] == 1) << domain::identity::ToCode(role);
    EXPECT_EQ(MaySignVisieOnPaper(a), row[3] == 1) << domain::identity::ToCode(role);
    EXPECT_EQ(MayGenerateDocuments(a) && MayReadDocuments(a), row[4] == 1)
        << domain::identity::ToCode(role);
  }
}

TEST(PolicyTest, TheRevalidantSeesTheVisieOnlyWhenItIsReady) {
  EXPECT_FALSE(RevalidantMaySeeVisie("draft"));
  EXPECT_FALSE(RevalidantMaySeeVisie("in_review"));
  EXPECT_TRUE(RevalidantMaySeeVisie("ready_for_signature"));
  EXPECT_TRUE(RevalidantMaySeeVisie("signed"));
}

TEST(PolicyTest, NobodyOutsideTheTeamSeesTheVisieWithoutTheRevalidantsChoice) {
  const std::vector<std::string> chosen = {"werkgever"};
  EXPECT_TRUE(MayPartySeeVisie("werkgever", true, chosen, true));
  EXPECT_FALSE(MayPartySeeVisie("bedrijfsarts", true, chosen, true));  // not chosen
  EXPECT_FALSE(MayPartySeeVisie("werkgever", false, chosen, true));    // not signed
  EXPECT_FALSE(MayPartySeeVisie("werkgever", true, chosen, false));    // consent withdrawn
  EXPECT_FALSE(MayPartySeeVisie("werkgever", true, {}, true));         // nobody chosen
}

}  // namespace
}  // namespace werkpad::service

namespace werkpad::service {
namespace {

// Profiles (issue 4): only the trajectory's team; therapists by discipline.
TEST(PolicyTest, ProfilesTeamAndDisciplineRules) {
  using domain::identity::Role;
  store::TrajectoryRecord t;
  t.trajectory.revalidant_id = core::RevalidantId{7};
  t.ric_user_id = core::UserId{1};
  t.arts_user_id = core::UserId{2};
  t.team = {{"fysiotherapie", core::UserId{3}}, {"psychologie", core::UserId{4}}};
  auto actor = [](Role r, std::int64_t id, std::string discipline = "") {
    Actor a;
    a.user_id = core::UserId{id};
    a.role = r;
    a.discipline = std::move(discipline);
    return a;
  };
  const Actor ric = actor(Role::kRic, 1), arts = actor(Role::kRevalidatiearts, 2);
  const Actor fysio = actor(Role::kTherapeut, 3, "fysiotherapie");
  const Actor psy = actor(Role::kTherapeut, 4, "psychologie");
  const Actor outsider = actor(Role::kTherapeut, 9, "fysiotherapie");
  const Actor other_ric = actor(Role::kRic, 8);
  Actor revalidant = actor(Role::kRevalidant, 20);
  revalidant.revalidant_id = core::RevalidantId{7};
  const Actor werkgever = actor(Role::kWerkgever, 21);

  EXPECT_TRUE(MayProfile(ric, ProfileAction::kEditDemand, t));
  EXPECT_TRUE(MayProfile(arts, ProfileAction::kRank, t));
  EXPECT_FALSE(MayProfile(fysio, ProfileAction::kEditDemand, t));
  EXPECT_TRUE(MayProfile(fysio, ProfileAction::kRead, t));
  EXPECT_FALSE(MayProfile(fysio, ProfileAction::kEnterCapacity, t));
  EXPECT_FALSE(MayProfile(outsider, ProfileAction::kRead, t));
  EXPECT_FALSE(MayProfile(other_ric, ProfileAction::kRead, t));
  EXPECT_FALSE(MayProfile(werkgever, ProfileAction::kRead, t));
  EXPECT_FALSE(MayProfile(revalidant, ProfileAction::kRead, t));
  EXPECT_TRUE(MayProfile(revalidant, ProfileAction::kReadOwnPortal, t));
  Actor other_revalidant = revalidant;
  other_revalidant.revalidant_id = core::RevalidantId{8};
  EXPECT_FALSE(MayProfile(other_revalidant, ProfileAction::kReadOwnPortal, t));

  const std::vector<std::string> physical = {"verpleging", "fysiotherapie", "ergotherapie"};
  EXPECT_TRUE(MayAssessItem(fysio, t, physical));
  EXPECT_FALSE(MayAssessItem(psy, t, physical));
  EXPECT_FALSE(MayAssessItem(ric, t, physical));
  EXPECT_FALSE(MayAssessItem(outsider, t, physical));
  EXPECT_TRUE(SeesAllProfileItems(ric, t));
  EXPECT_FALSE(SeesAllProfileItems(fysio, t));

  EXPECT_TRUE(MayManageGoalFor(fysio, t, "fysiotherapie"));
  EXPECT_FALSE(MayManageGoalFor(fysio, t, "psychologie"));
  EXPECT_TRUE(MayManageGoalFor(ric, t, "psychologie"));

  // Model 2: a therapist who is the trajectory's RIC edits form 4 and sees all items.
  store::TrajectoryRecord model2 = t;
  model2.ric_user_id = core::UserId{3};
  EXPECT_TRUE(MayProfile(fysio, ProfileAction::kEditDemand, model2));
  EXPECT_TRUE(SeesAllProfileItems(fysio, model2));

  EXPECT_TRUE(MayManageWorksamples(actor(Role::kAdmin, 30)));
  EXPECT_FALSE(MayManageWorksamples(ric));
  EXPECT_TRUE(MayManageFunctionCatalogues(ric));
  EXPECT_FALSE(MayManageFunctionCatalogues(fysio));
  EXPECT_TRUE(MayReadProfileCatalogues(fysio));
  EXPECT_FALSE(MayReadProfileCatalogues(werkgever));
  EXPECT_FALSE(MayReadProfileCatalogues(revalidant));  // function catalogues, worksamples
  EXPECT_TRUE(MayReadItemCatalogue(revalidant));       // the item words of their own progress
  EXPECT_FALSE(MayReadItemCatalogue(werkgever));
}

}  // namespace
}  // namespace werkpad::service

namespace werkpad::service {
namespace {

using domain::identity::Role;

Actor Ext(Role r) {
  Actor a;
  a.user_id = core::UserId{42};
  a.role = r;
  return a;
}

TEST(PolicyExternalAccess, OnlyRicAndArtsManageGrantsOnlyExternalRolesUseTheSharedView) {
  const std::map<Role, std::pair<bool, bool>> expected = {
      {Role::kAdmin, {false, false}},       {Role::kRevalidatiearts, {true, false}},
      {Role::kRic, {true, false}},          {Role::kTherapeut, {false, false}},
      {Role::kRevalidant, {false, false}},  {Role::kWerkgever, {false, true}},
      {Role::kBedrijfsarts, {false, true}}, {Role::kPartner, {false, true}},
  };
  ASSERT_EQ(expected.size(), domain::identity::AllRoles().size());
  for (const auto& [role, row] : expected) {
    EXPECT_EQ(MayManageExternalAccess(Ext(role)), row.first) << ToCode(role);
    EXPECT_EQ(MayUseSharedView(Ext(role)), row.second) << ToCode(role);
  }
  Actor system;
  system.system = true;
  EXPECT_TRUE(MayManageExternalAccess(system));
  EXPECT_FALSE(MayUseSharedView(system));
}

TEST(PolicyExternalAccess, PartyDecidesTheRoleOfTheAccount) {
  EXPECT_EQ(RoleForParty("werkgever"), Role::kWerkgever);
  EXPECT_EQ(RoleForParty("bedrijfsarts"), Role::kBedrijfsarts);
  EXPECT_EQ(RoleForParty("uwv"), Role::kPartner);
  EXPECT_EQ(RoleForParty("jobcoach"), Role::kPartner);
  EXPECT_TRUE(GrantFits(Role::kWerkgever, "werkgever"));
  EXPECT_FALSE(GrantFits(Role::kWerkgever, "bedrijfsarts"));
  EXPECT_FALSE(GrantFits(Role::kPartner, "werkgever"));
  EXPECT_TRUE(GrantFits(Role::kPartner, "jobcoach"));
  EXPECT_FALSE(GrantFits(Role::kRic, "werkgever"));
  EXPECT_FALSE(GrantFits(Role::kRevalidant, "uwv"));
}

TEST(PolicyExternalAccess, NeverMedicalForTheEmployerWhateverTheDecisionSays) {
  namespace c = domain::consent;
  c::PolicyDecision yes{true, c::PolicyReason::kAllowed, core::Instant{}};
  c::PolicyDecision no{false, c::PolicyReason::kWithdrawn, std::nullopt};
  EXPECT_FALSE(ExternalMaySee("werkgever", c::InfoKind::kMedischeInformatie, yes));
  EXPECT_TRUE(ExternalMaySee("bedrijfsarts", c::InfoKind::kMedischeInformatie, yes));
  EXPECT_TRUE(ExternalMaySee("werkgever", c::InfoKind::kReIntegratievisie, yes));
  EXPECT_FALSE(ExternalMaySee("werkgever", c::InfoKind::kReIntegratievisie, no));
  EXPECT_TRUE(MayReceiveFullForm7("bedrijfsarts", true, true));
  EXPECT_FALSE(MayReceiveFullForm7("bedrijfsarts", true, false));
  EXPECT_FALSE(MayReceiveFullForm7("bedrijfsarts", false, true));
  EXPECT_FALSE(MayReceiveFullForm7("werkgever", true, true));
  EXPECT_FALSE(MayReceiveFullForm7("uwv", true, true));
}

}  // namespace
}  // namespace werkpad::service
