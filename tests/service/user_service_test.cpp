#include "service/user_service.hpp"

#include <gtest/gtest.h>

#include "service/auth_service.hpp"
#include "service/revalidant_service.hpp"
#include "service/fixture.hpp"
#include "service/totp.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;

class UserServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    users_ = std::make_unique<UserService>(*db_, clock_, hashing_);
    AuthOptions o;
    o.password = hashing_;
    auth_ = std::make_unique<AuthService>(*db_, clock_, o);
    team_ = AddTeam("Team A");
    admin_ = AddUser("admin", Role::kAdmin);
  }

  NewUser Therapist(std::string username) {
    NewUser n;
    n.username = std::move(username);
    n.display_name = "Fysio Test";
    n.email = "fysio@example.test";
    n.role = "therapeut";
    n.discipline = "fysiotherapie";
    n.team_ids = {team_};
    return n;
  }

  std::unique_ptr<UserService> users_;
  std::unique_ptr<AuthService> auth_;
  core::TeamId team_;
  core::UserId admin_;
};

TEST_F(UserServiceTest, CreateWithGeneratedPasswordThatLogsIn) {
  auto created = users_->Create(Ctx(admin_), Therapist("Fysio.Test"));
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->user.username, "fysio.test");
  EXPECT_EQ(created->user.version, 1);
  EXPECT_EQ(created->user.role, Role::kTherapeut);
  EXPECT_EQ(created->user.team_ids, std::vector<core::TeamId>{team_});
  EXPECT_FALSE(created->user.totp_enabled);
  EXPECT_GE(created->initial_password.size(), 12u);

  auto login = auth_->Login("fysio.test", created->initial_password, "a", "r");
  ASSERT_TRUE(login.ok());
  EXPECT_EQ(login->session.state, store::SessionState::kTotpEnrolmentRequired);

  auto got = users_->Get(Ctx(admin_), created->user.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->display_name, "Fysio Test");

  auto row = AuditRows();
  bool create_logged = false;
  for (const auto& r : row) create_logged |= r.action == "create" && r.object_type == "user";
  EXPECT_TRUE(create_logged);
}

TEST_F(UserServiceTest, CreateValidatesEveryField) {
  NewUser n;
  n.username = "ab";
  n.email = "not-an-email";
  n.role = "therapeut";
  n.team_ids = {core::TeamId{99}};
  n.password = "short";
  auto r = users_->Create(Ctx(admin_), n);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
  std::map<std::string, std::string> codes;
  for (const auto& f : r.error().fields) codes[f.path] = f.code;
  EXPECT_EQ(codes["username"], "invalid_value");
  EXPECT_EQ(codes["display_name"], "required");
  EXPECT_EQ(codes["email"], "invalid_email");
  EXPECT_EQ(codes["discipline"], "required");
  EXPECT_EQ(codes["team_ids"], "invalid_value");
  EXPECT_EQ(codes["password"], "too_short");

  NewUser bad_role = Therapist("someone");
  bad_role.role = "koning";
  auto rr = users_->Create(Ctx(admin_), bad_role);
  ASSERT_FALSE(rr.ok());
  EXPECT_EQ(rr.error().fields.at(0).path, "role");
  EXPECT_EQ(rr.error().fields.at(0).code, "invalid_value");

  NewUser bad_discipline = Therapist("someone");
  bad_discipline.discipline = "toverkunst";
  auto rd = users_->Create(Ctx(admin_), bad_discipline);
  ASSERT_FALSE(rd.ok());
  EXPECT_EQ(rd.error().fields.at(0).path, "discipline");

  EXPECT_TRUE(IsValidUsername("a.b_c-9"));
  EXPECT_FALSE(IsValidUsername("Abc"));
  EXPECT_FALSE(IsValidUsername(std::string(65, 'a')));
  EXPECT_FALSE(IsValidUsername("a b"));
}

TEST_F(UserServiceTest, TakenUsernameIsAConflictOnTheField) {
  ASSERT_TRUE(users_->Create(Ctx(admin_), Therapist("fysio")).ok());
  auto again = users_->Create(Ctx(admin_), Therapist("FYSIO"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(again.error().fields.size(), 1u);
  EXPECT_EQ(again.error().fields[0].path, "username");
  EXPECT_EQ(again.error().fields[0].code, "taken");
}

TEST_F(UserServiceTest, PortalAccountNamesOneRevalidantOnceAndIsAuditedForThem) {
  RevalidantService revalidanten(*db_, clock_);
  domain::registry::RevalidantData d;
  d.given_names = "Test";
  d.family_name = "Portaal";
  d.date_of_birth = *core::ParseDate("1980-04-01");
  d.employment_status = domain::registry::EmploymentStatus::kZzp;
  auto reg = revalidanten.Create(SystemContext(clock_.Now()), d);
  ASSERT_TRUE(reg.ok()) << reg.error().message;
  const core::RevalidantId rid = reg->revalidant.id;

  NewUser n;
  n.username = "portaal";
  n.display_name = "Test Portaal";
  n.role = "revalidant";
  // Without the revalidant: refused on the field.
  auto unlinked = users_->Create(Ctx(admin_), n);
  ASSERT_FALSE(unlinked.ok());
  EXPECT_EQ(unlinked.error().code, core::ErrorCode::kInvalidInput);
  ASSERT_EQ(unlinked.error().fields.size(), 1u);
  EXPECT_EQ(unlinked.error().fields[0].path, "revalidant_id");
  EXPECT_EQ(unlinked.error().fields[0].code, "required");
  // A staff account never names one.
  NewUser staff = Therapist("fysio");
  staff.revalidant_id = rid;
  auto linked_staff = users_->Create(Ctx(admin_), staff);
  ASSERT_FALSE(linked_staff.ok());
  EXPECT_EQ(linked_staff.error().fields[0].path, "revalidant_id");
  // Only the admin creates accounts.
  n.revalidant_id = rid;
  const core::UserId ric = AddUser("ric", Role::kRic, {team_});
  EXPECT_EQ(users_->Create(Ctx(ric), n).error().code, core::ErrorCode::kForbidden);

  auto created = users_->Create(Ctx(admin_), n);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->user.revalidant_id, rid);
  const store::AuditRow row = AuditRows().back();
  EXPECT_EQ(row.action, "create");
  EXPECT_EQ(row.object_type, "user");
  EXPECT_EQ(row.client_id, rid);
  auto login = auth_->Login("portaal", created->initial_password, "a", "r");
  ASSERT_TRUE(login.ok());
  EXPECT_EQ(login->session.state, store::SessionState::kActive);

  // A second portal account for the same revalidant is a conflict on the field.
  n.username = "portaal2";
  auto second = users_->Create(Ctx(admin_), n);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(second.error().fields.size(), 1u);
  EXPECT_EQ(second.error().fields[0].path, "revalidant_id");
  EXPECT_EQ(second.error().fields[0].code, "taken");
  EXPECT_FALSE(users_->List(Ctx(admin_), {"portaal2", "", {}}).value().total);

  // Changes to the portal account are audited for the revalidant too; a staff account cannot
  // be turned into a revalidant one (it would be linked to nobody).
  ASSERT_TRUE(users_->Disable(Ctx(admin_), created->user.id).ok());
  EXPECT_EQ(AuditRows().back().client_id, rid);
  const core::UserId fysio = users_->Create(Ctx(admin_), Therapist("fysio"))->user.id;
  UserUpdate up;
  up.display_name = "Fysio Test";
  up.role = "revalidant";
  up.version = 1;
  auto turned = users_->Update(Ctx(admin_), fysio, up);
  ASSERT_FALSE(turned.ok());
  EXPECT_EQ(turned.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(turned.error().fields[0].path, "role");
}

TEST_F(UserServiceTest, UpdateNeedsTheCurrentVersionAndRoleChangeEndsSessions) {
  NewUser n = Therapist("fysio");
  n.password = "a long enough password";
  auto created = users_->Create(Ctx(admin_), n);
  ASSERT_TRUE(created.ok());
  const core::UserId id = created->user.id;
  auto login = auth_->Login("fysio", "a long enough password", "a", "r");
  ASSERT_TRUE(login.ok());

  UserUpdate up;
  up.display_name = "Fysio Nieuw";
  up.email = "";
  up.role = "therapeut";
  up.discipline = "fysiotherapie";
  up.team_ids = {team_};
  up.version = 1;
  auto first = users_->Update(Ctx(admin_), id, up);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->version, 2);
  EXPECT_EQ(first->display_name, "Fysio Nieuw");
  // Same role: the session lives on.
  EXPECT_TRUE(auth_->Authenticate(login->token, "a", "r").ok());

  auto stale = users_->Update(Ctx(admin_), id, up);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(users_->Get(Ctx(admin_), id)->version, 2);

  up.version = 2;
  up.role = "ric";
  auto role = users_->Update(Ctx(admin_), id, up);
  ASSERT_TRUE(role.ok());
  EXPECT_EQ(role->role, Role::kRic);
  EXPECT_EQ(role->discipline, "");  // a RIC carries no discipline
  EXPECT_FALSE(auth_->Authenticate(login->token, "a", "r").ok());

  auto missing = users_->Update(Ctx(admin_), core::UserId{999}, up);
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
}

TEST_F(UserServiceTest, DisableEnableResetPasswordAndResetTwoFactor) {
  NewUser n = Therapist("fysio");
  n.password = "a long enough password";
  const core::UserId id = users_->Create(Ctx(admin_), n)->user.id;

  // Enrol TOTP so that there is something to reset.
  auto l = auth_->Login("fysio", "a long enough password", "a", "r");
  auto e = auth_->StartEnrolment(l->token, "a", "r");
  ASSERT_TRUE(auth_->ConfirmEnrolment(l->token, TotpCode(e->secret, clock_.Now()), "a", "r").ok());

  auto disabled = users_->Disable(Ctx(admin_), id);
  ASSERT_TRUE(disabled.ok());
  EXPECT_TRUE(disabled->disabled);
  EXPECT_FALSE(auth_->Authenticate(l->token, "a", "r").ok());
  EXPECT_EQ(auth_->Login("fysio", "a long enough password", "a", "r").error().code,
            core::ErrorCode::kUnauthenticated);
  auto enabled = users_->Enable(Ctx(admin_), id);
  ASSERT_TRUE(enabled.ok());
  EXPECT_FALSE(enabled->disabled);

  auto self = users_->Disable(Ctx(admin_), admin_);
  EXPECT_EQ(self.error().code, core::ErrorCode::kRuleViolation);
  // Nor the own password or second factor: those go through the account (four eyes for 2FA).
  const std::size_t rows_before = AuditRows().size();
  EXPECT_EQ(users_->ResetPassword(Ctx(admin_), admin_).error().code,
            core::ErrorCode::kRuleViolation);
  EXPECT_EQ(users_->ResetTotp(Ctx(admin_), admin_).error().code, core::ErrorCode::kRuleViolation);
  EXPECT_EQ(AuditRows().size(), rows_before);

  auto temp = users_->ResetPassword(Ctx(admin_), id);
  ASSERT_TRUE(temp.ok());
  EXPECT_FALSE(auth_->Login("fysio", "a long enough password", "b", "r").ok());
  auto with_temp = auth_->Login("fysio", *temp, "b", "r");
  ASSERT_TRUE(with_temp.ok());
  EXPECT_EQ(with_temp->session.state, store::SessionState::kTotpRequired);

  auto reset = users_->ResetTotp(Ctx(admin_), id);
  ASSERT_TRUE(reset.ok());
  EXPECT_FALSE(reset->totp_enabled);
  EXPECT_FALSE(auth_->Authenticate(with_temp->token, "b", "r").ok());
  auto after = auth_->Login("fysio", *temp, "b", "r");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->session.state, store::SessionState::kTotpEnrolmentRequired);
  EXPECT_EQ(*db_->Read([&](store::Tx& tx) { return tx.users().CountUnusedRecoveryCodes(id); }), 0);
}

TEST_F(UserServiceTest, ListFiltersAndOnlyAdminsManageUsers) {
  ASSERT_TRUE(users_->Create(Ctx(admin_), Therapist("fysio")).ok());
  NewUser ric = Therapist("ric.zuid");
  ric.role = "ric";
  ric.display_name = "Ric Zuid";
  ASSERT_TRUE(users_->Create(Ctx(admin_), ric).ok());

  auto all = users_->List(Ctx(admin_), {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 3);
  auto rics = users_->List(Ctx(admin_), {"", "ric", {}});
  ASSERT_EQ(rics->total, 1);
  EXPECT_EQ(rics->items[0].username, "ric.zuid");
  auto text = users_->List(Ctx(admin_), {"zuid", "", {}});
  EXPECT_EQ(text->total, 1);
  auto bad = users_->List(Ctx(admin_), {"", "keizer", {}});
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);

  core::UserId therapist = AddUser("ergo", Role::kTherapeut, {team_});
  auto denied = users_->List(Ctx(therapist), {});
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(AuditRows().back().outcome, "denied");
  EXPECT_EQ(users_->Create(Ctx(therapist), Therapist("x1x")).error().code,
            core::ErrorCode::kForbidden);
  EXPECT_EQ(users_->ResetPassword(Ctx(therapist), admin_).error().code,
            core::ErrorCode::kForbidden);
}

TEST_F(UserServiceTest, StaffDirectoryListsEnabledStaffForAnyStaffRole) {
  ASSERT_TRUE(users_->Create(Ctx(admin_), Therapist("fysio")).ok());
  core::UserId ric = AddUser("ric", Role::kRic, {team_});
  core::UserId gone = AddUser("oud", Role::kRic, {team_});
  ASSERT_TRUE(users_->Disable(Ctx(admin_), gone).ok());
  AddUser("werkgever", Role::kWerkgever);

  auto dir = users_->StaffDirectory(Ctx(ric), "");
  ASSERT_TRUE(dir.ok());
  ASSERT_EQ(dir->size(), 2u);  // fysio and ric; not admin, not disabled, not external
  EXPECT_EQ((*dir)[0].display_name, "Fysio Test");
  EXPECT_EQ((*dir)[0].discipline, "fysiotherapie");
  auto rics = users_->StaffDirectory(Ctx(ric), "ric");
  ASSERT_EQ(rics->size(), 1u);
  EXPECT_EQ((*rics)[0].id, ric);
  EXPECT_EQ(users_->StaffDirectory(Ctx(ric), "werkgever").error().code,
            core::ErrorCode::kInvalidInput);
  core::UserId ext = AddUser("bedrijfsarts", Role::kBedrijfsarts);
  EXPECT_EQ(users_->StaffDirectory(Ctx(ext), "").error().code, core::ErrorCode::kForbidden);
}

}  // namespace
}  // namespace werkpad::service
