#include <gtest/gtest.h>

#include "service/audit_query_service.hpp"
#include "service/fixture.hpp"
#include "service/organisation_service.hpp"
#include "service/revalidant_service.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;
using namespace std::chrono_literals;

class OrganisationServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    org_ = std::make_unique<OrganisationService>(*db_, clock_);
    admin_ = AddUser("admin", Role::kAdmin);
    ric_ = AddUser("ric", Role::kRic);
  }
  std::unique_ptr<OrganisationService> org_;
  core::UserId admin_, ric_;
};

TEST_F(OrganisationServiceTest, TeamsCreateListAndTakenName) {
  auto t = org_->CreateTeam(Ctx(admin_), "  Team Arbeid ");
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->name, "Team Arbeid");
  EXPECT_EQ(t->version, 1);
  auto dup = org_->CreateTeam(Ctx(admin_), "Team Arbeid");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(dup.error().fields.at(0).path, "name");
  EXPECT_EQ(dup.error().fields.at(0).code, "taken");
  auto empty = org_->CreateTeam(Ctx(admin_), "  ");
  EXPECT_EQ(empty.error().fields.at(0).code, "required");

  auto list = org_->ListTeams(Ctx(ric_));
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(org_->CreateTeam(Ctx(ric_), "X").error().code, core::ErrorCode::kForbidden);
  core::UserId werkgever = AddUser("werkgever", Role::kWerkgever);
  EXPECT_EQ(org_->ListTeams(Ctx(werkgever)).error().code, core::ErrorCode::kForbidden);
}

TEST_F(OrganisationServiceTest, DisciplinesIncludeBuiltinsAndNewOnes) {
  auto list = org_->ListDisciplines(Ctx(ric_));
  ASSERT_TRUE(list.ok());
  const std::size_t builtin = list->size();
  EXPECT_EQ(builtin, domain::identity::BuiltinDisciplines().size());
  for (const auto& d : *list) EXPECT_TRUE(d.builtin);

  auto created = org_->CreateDiscipline(Ctx(admin_), "muziektherapie", "Muziektherapie");
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_FALSE(created->builtin);
  EXPECT_EQ(org_->ListDisciplines(Ctx(ric_))->size(), builtin + 1);

  auto taken = org_->CreateDiscipline(Ctx(admin_), "fysiotherapie", "Fysio");
  EXPECT_EQ(taken.error().code, core::ErrorCode::kConflict);
  auto again = org_->CreateDiscipline(Ctx(admin_), "muziektherapie", "Nog eens");
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  auto bad = org_->CreateDiscipline(Ctx(admin_), "Muziek Therapie", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.size(), 2u);
}

TEST_F(OrganisationServiceTest, InstitutionUpdateWithVersion) {
  auto inst = org_->GetInstitution(Ctx(admin_));
  ASSERT_TRUE(inst.ok());
  EXPECT_EQ(inst->ric_model, "vast");
  store::Institution next = *inst;
  next.name = "Revalidatiecentrum Test";
  next.ric_model = "wisselend";
  next.email = "info@example.test";
  auto saved = org_->UpdateInstitution(Ctx(admin_), next);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->version, inst->version + 1);
  EXPECT_EQ(org_->GetInstitution(Ctx(admin_))->ric_model, "wisselend");

  auto stale = org_->UpdateInstitution(Ctx(admin_), next);
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  next.version = saved->version;
  next.ric_model = "soms";
  next.email = "nee";
  next.name = "";
  auto bad = org_->UpdateInstitution(Ctx(admin_), next);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.size(), 3u);
  EXPECT_EQ(org_->GetInstitution(Ctx(ric_)).error().code, core::ErrorCode::kForbidden);
}

class AuditQueryTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    query_ = std::make_unique<AuditQueryService>(*db_, clock_);
    revalidanten_ = std::make_unique<RevalidantService>(*db_, clock_);
    team_ = AddTeam("Team A");
    admin_ = AddUser("admin", Role::kAdmin);
    ric_ = AddUser("ric", Role::kRic, {team_});
  }
  core::RevalidantId NewRevalidant(const std::string& name) {
    domain::registry::RevalidantData d;
    d.given_names = "Test";
    d.family_name = name;
    d.date_of_birth = *core::ParseDate("1980-04-01");
    d.team_id = team_;
    auto v = revalidanten_->Create(Ctx(ric_), d);
    EXPECT_TRUE(v.ok());
    return v.ok() ? v->revalidant.id : core::RevalidantId{};
  }
  std::unique_ptr<AuditQueryService> query_;
  std::unique_ptr<RevalidantService> revalidanten_;
  core::TeamId team_;
  core::UserId admin_, ric_;
};

TEST_F(AuditQueryTest, FiltersNewestFirstAndTheListingIsAudited) {
  core::RevalidantId a = NewRevalidant("Een");
  clock_.Advance(1h);
  core::RevalidantId b = NewRevalidant("Twee");
  clock_.Advance(1h);
  ASSERT_TRUE(revalidanten_->Get(Ctx(ric_), a).ok());

  auto all = query_->List(Ctx(admin_), {});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->total, 3);
  EXPECT_EQ(all->items[0].action, "read");  // newest first
  EXPECT_EQ(all->items[2].action, "create");
  ASSERT_TRUE(all->items[0].user.has_value());
  EXPECT_EQ(all->items[0].user->username, "ric");
  EXPECT_EQ(all->items[0].role, "ric");
  EXPECT_EQ(all->items[0].revalidant_id, a);

  AuditQuery by_client;
  by_client.revalidant_id = a;
  auto for_a = query_->List(Ctx(admin_), by_client);
  ASSERT_TRUE(for_a.ok());
  // create + read of a; the previous listing (no revalidant) is not included.
  EXPECT_EQ(for_a->total, 2);

  AuditQuery window;
  window.from = Start() + 30min;
  window.to = Start() + 90min;
  auto mid = query_->List(Ctx(admin_), window);
  ASSERT_EQ(mid->total, 1);
  EXPECT_EQ(mid->items[0].revalidant_id, b);

  AuditQuery by_user;
  by_user.user_id = admin_;
  auto admin_rows = query_->List(Ctx(admin_), by_user);
  ASSERT_TRUE(admin_rows.ok());
  EXPECT_EQ(admin_rows->total, 3);  // the three listings so far
  EXPECT_EQ(admin_rows->items[0].object_type, "audit");

  AuditQuery reversed;
  reversed.from = Start() + 2h;
  reversed.to = Start();
  auto bad = query_->List(Ctx(admin_), reversed);
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);

  auto denied = query_->List(Ctx(ric_), {});
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, core::ErrorCode::kForbidden);
  auto last = AuditRows().back();
  EXPECT_EQ(last.object_type, "audit");
  EXPECT_EQ(last.outcome, "denied");
  EXPECT_EQ(last.user_id, ric_);
}

}  // namespace
}  // namespace werkpad::service
