#include "service/fixture.hpp"

#include "core/crypto.hpp"
#include "core/date.hpp"
#include "service/revalidant_service.hpp"
#include "store/sql/migrations.hpp"

namespace werkpad::service::testing {

core::Instant ServiceTest::Start() { return *core::ParseInstant("2026-11-23T09:00:00.000Z"); }

void ServiceTest::SetUp() {
  dir_ =
      std::filesystem::temp_directory_path() / ("werkpad-svc-" + core::ToHex(core::RandomBytes(8)));
  std::filesystem::create_directories(dir_);
  db_path_ = (dir_ / "test.db").string();
  auto url = store::sql::ParseDatabaseUrl("sqlite:" + db_path_);
  ASSERT_TRUE(url.ok());
  auto migrated = store::sql::Migrate(*url, core::ToMillis(Start()));
  ASSERT_TRUE(migrated.ok()) << migrated.error().message;
  auto db = store::sql::SqlDatabase::Open(*url, store::sql::SqlDatabaseOptions{});
  ASSERT_TRUE(db.ok()) << db.error().message;
  db_ = std::move(db).value();
}

void ServiceTest::TearDown() {
  db_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

core::UserId ServiceTest::AddUser(const std::string& username, domain::identity::Role role,
                                  std::vector<core::TeamId> teams, const std::string& password) {
  PasswordHasher hasher(hashing_);
  store::UserRecord u;
  u.username = username;
  u.display_name = "Test " + username;
  u.role = role;
  if (domain::identity::RequiresDiscipline(role)) u.discipline = "fysiotherapie";
  u.team_ids = std::move(teams);
  u.password_hash = hasher.Hash(password).value();
  u.created_at = clock_.Now();
  auto id = db_->Write([&](store::Tx& tx) { return tx.users().Insert(u); });
  EXPECT_TRUE(id.ok()) << id.error().message;
  return id.ok() ? *id : core::UserId{};
}

core::TeamId ServiceTest::AddTeam(const std::string& name) {
  auto id = db_->Write([&](store::Tx& tx) { return tx.organisation().InsertTeam(name); });
  EXPECT_TRUE(id.ok());
  return id.ok() ? *id : core::TeamId{};
}

void TwoTeamsServiceTest::AddTwoTeams(const std::string& family_name) {
  team_a_ = AddTeam("Team A");
  team_b_ = AddTeam("Team B");
  arts_ = AddUser("arts", domain::identity::Role::kRevalidatiearts, {team_a_});
  ric_ = AddUser("ric", domain::identity::Role::kRic, {team_a_});
  ric_b_ = AddUser("ric.b", domain::identity::Role::kRic, {team_b_});
  fysio_ = AddUser("fysio", domain::identity::Role::kTherapeut, {team_a_});
  revalidant_ = AddRevalidant(family_name, team_a_, ric_);
}

core::RevalidantId ServiceTest::AddRevalidant(const std::string& family_name, core::TeamId team,
                                              core::UserId ric,
                                              const std::string& function_title) {
  RevalidantService revalidanten(*db_, clock_);
  domain::registry::RevalidantData d;
  d.given_names = "Test";
  d.family_name = family_name;
  d.date_of_birth = *core::ParseDate("1980-04-01");
  d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
  d.function_title = function_title;
  d.team_id = team;
  d.ric_user_id = ric;
  auto r = revalidanten.Create(Ctx(ric), d);
  EXPECT_TRUE(r.ok()) << r.error().message;
  return r.ok() ? r->revalidant.id : core::RevalidantId{};
}

RequestContext ServiceTest::Ctx(core::UserId id) {
  auto u = db_->Read([&](store::Tx& tx) { return tx.users().Get(id); });
  EXPECT_TRUE(u.ok());
  RequestContext ctx;
  ctx.actor.user_id = u->id;
  ctx.actor.username = u->username;
  ctx.actor.display_name = u->display_name;
  ctx.actor.role = u->role;
  ctx.actor.discipline = u->discipline;
  ctx.actor.team_ids = u->team_ids;
  ctx.actor.revalidant_id = u->revalidant_id;
  ctx.source_address = "127.0.0.1";
  ctx.request_id = "req-test";
  ctx.now = clock_.Now();
  return ctx;
}

std::vector<store::AuditRow> ServiceTest::AuditRows() {
  auto rows = db_->Read([](store::Tx& tx) { return tx.audit().Scan(0, 100000); });
  EXPECT_TRUE(rows.ok());
  return rows.ok() ? *rows : std::vector<store::AuditRow>{};
}

}  // namespace werkpad::service::testing
