#include <fmt/format.h>
#include <gtest/gtest.h>

#include <future>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

class UsersTest : public StoreTest {
 protected:
  core::UserId InsertUser(const UserRecord& u) {
    auto id = db().Write([&](Tx& tx) { return tx.users().Insert(u); });
    EXPECT_TRUE(id.ok()) << Describe(id.error());
    return id.ok() ? *id : core::UserId{};
  }
  core::TeamId InsertTeam(const std::string& name) {
    auto id = db().Write([&](Tx& tx) { return tx.organisation().InsertTeam(name); });
    EXPECT_TRUE(id.ok()) << Describe(id.error());
    return id.ok() ? *id : core::TeamId{};
  }
  UserRecord GetUser(core::UserId id) {
    auto u = db().Read([&](Tx& tx) { return tx.users().Get(id); });
    EXPECT_TRUE(u.ok()) << Describe(u.error());
    return u.ok() ? *u : UserRecord{};
  }
};

TEST_P(UsersTest, InsertThenGetReturnsEveryField) {
  core::TeamId noord = InsertTeam("Team Noord");
  core::TeamId zuid = InsertTeam("Team Zuid");
  UserRecord in = MakeUser("fysio.test");
  in.team_ids = {zuid, noord};
  in.totp_secret = "JBSWY3DPEHPK3PXP";
  in.totp_enabled = true;
  core::UserId id = InsertUser(in);
  ASSERT_TRUE(id.valid());

  UserRecord out = GetUser(id);
  EXPECT_EQ(out.id, id);
  EXPECT_EQ(out.version, 1);
  EXPECT_EQ(out.username, "fysio.test");
  EXPECT_EQ(out.display_name, in.display_name);
  EXPECT_EQ(out.email, in.email);
  EXPECT_EQ(out.role, Role::kTherapeut);
  EXPECT_EQ(out.discipline, "fysiotherapie");
  std::vector<core::TeamId> sorted = {noord, zuid};
  if (sorted[1] < sorted[0]) std::swap(sorted[0], sorted[1]);
  EXPECT_EQ(out.team_ids, sorted);
  EXPECT_FALSE(out.revalidant_id.valid());
  EXPECT_FALSE(out.disabled);
  EXPECT_EQ(out.password_hash, in.password_hash);
  EXPECT_EQ(out.totp_secret, "JBSWY3DPEHPK3PXP");
  EXPECT_TRUE(out.totp_enabled);
  EXPECT_EQ(out.totp_last_step, 0);
  EXPECT_FALSE(out.last_login_at.has_value());
  EXPECT_EQ(out.created_at, At(0));
}

TEST_P(UsersTest, EveryRoleAndThePortalRevalidantRoundTrip) {
  auto revalidant = db().Write([](Tx& tx) {
    return tx.revalidanten().Insert(MakeRevalidant("Portal", "Test", "1980-01-01"), At(0));
  });
  ASSERT_TRUE(revalidant.ok()) << Describe(revalidant.error());
  for (Role role : {Role::kAdmin, Role::kRevalidatiearts, Role::kRic, Role::kTherapeut,
                    Role::kRevalidant, Role::kWerkgever, Role::kBedrijfsarts, Role::kPartner}) {
    UserRecord u = MakeUser(std::string("role.") + std::string(domain::identity::ToCode(role)), role);
    if (role == Role::kRevalidant) u.revalidant_id = *revalidant;
    core::UserId id = InsertUser(u);
    UserRecord out = GetUser(id);
    EXPECT_EQ(out.role, role) << domain::identity::ToCode(role);
    EXPECT_EQ(out.revalidant_id, role == Role::kRevalidant ? *revalidant : core::RevalidantId{});
  }
  // The portal account is found by its revalidant; another revalidant has none.
  auto found = db().Read([&](Tx& tx) { return tx.users().FindByRevalidant(*revalidant); });
  ASSERT_TRUE(found.ok()) << Describe(found.error());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->username, "role.revalidant");
  auto none = db().Read([&](Tx& tx) { return tx.users().FindByRevalidant(core::RevalidantId{revalidant->value + 1}); });
  ASSERT_TRUE(none.ok()) << Describe(none.error());
  EXPECT_FALSE(none->has_value());
}

TEST_P(UsersTest, GetOfAnAbsentUserIsNotFound) {
  auto u = db().Read([&](Tx& tx) { return tx.users().Get(core::UserId{4242}); });
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.error().code, core::ErrorCode::kNotFound);
}

TEST_P(UsersTest, ATakenUsernameIsAConflictOnTheUsernameField) {
  ASSERT_TRUE(InsertUser(MakeUser("ric.test")).valid());
  auto again = db().Write([&](Tx& tx) { return tx.users().Insert(MakeUser("ric.test")); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict) << Describe(again.error());
  ASSERT_EQ(again.error().fields.size(), 1u);
  EXPECT_EQ(again.error().fields[0].path, "username");
  EXPECT_EQ(again.error().fields[0].code, "taken");
  // Nothing of the failed unit remains.
  auto list = db().Read([](Tx& tx) { return tx.users().List({}); });
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->total, 1);
}

TEST_P(UsersTest, UsernamesAreLowercaseAndFoundCaseInsensitively) {
  core::UserId id = InsertUser(MakeUser("Ergo.Test"));
  ASSERT_TRUE(id.valid());
  EXPECT_EQ(GetUser(id).username, "ergo.test");

  for (const char* name : {"ergo.test", "ERGO.TEST", "Ergo.Test"}) {
    auto found = db().Read([&](Tx& tx) { return tx.users().FindByUsername(name); });
    ASSERT_TRUE(found.ok()) << Describe(found.error());
    ASSERT_TRUE(found->has_value()) << name;
    EXPECT_EQ((*found)->id, id);
  }
  auto absent = db().Read([&](Tx& tx) { return tx.users().FindByUsername("ergo"); });
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->has_value());

  // Another case of the same name is the same name.
  auto again = db().Write([&](Tx& tx) { return tx.users().Insert(MakeUser("ERGO.test")); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
}

TEST_P(UsersTest, UpdateProfileWithTheCurrentVersionChangesItAndBumpsTheVersion) {
  core::TeamId a = InsertTeam("Team A");
  core::TeamId b = InsertTeam("Team B");
  UserRecord in = MakeUser("psycholoog.test");
  in.team_ids = {a};
  core::UserId id = InsertUser(in);

  UserRecord u = GetUser(id);
  u.display_name = "Nieuwe Naam";
  u.email = "nieuw@example.test";
  u.role = Role::kRic;
  u.discipline = "";
  u.team_ids = {b};
  u.disabled = true;
  auto v = db().Write([&](Tx& tx) { return tx.users().UpdateProfile(u); });
  ASSERT_TRUE(v.ok()) << Describe(v.error());
  EXPECT_EQ(*v, 2);

  UserRecord out = GetUser(id);
  EXPECT_EQ(out.version, 2);
  EXPECT_EQ(out.display_name, "Nieuwe Naam");
  EXPECT_EQ(out.email, "nieuw@example.test");
  EXPECT_EQ(out.role, Role::kRic);
  EXPECT_EQ(out.discipline, "");
  EXPECT_EQ(out.team_ids, std::vector<core::TeamId>{b});
  EXPECT_TRUE(out.disabled);
  EXPECT_EQ(out.username, "psycholoog.test");
  EXPECT_EQ(out.password_hash, in.password_hash);
}

TEST_P(UsersTest, UpdateProfileWithAStaleVersionIsAConflictAndChangesNothing) {
  core::TeamId a = InsertTeam("Team A");
  core::TeamId b = InsertTeam("Team B");
  UserRecord in = MakeUser("maatschappelijk.test");
  in.team_ids = {a};
  core::UserId id = InsertUser(in);

  UserRecord first = GetUser(id);
  UserRecord second = first;
  first.display_name = "Eerste";
  ASSERT_TRUE(db().Write([&](Tx& tx) { return tx.users().UpdateProfile(first); }).ok());

  second.display_name = "Tweede";
  second.team_ids = {b};
  second.disabled = true;
  auto stale = db().Write([&](Tx& tx) { return tx.users().UpdateProfile(second); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  UserRecord out = GetUser(id);
  EXPECT_EQ(out.version, 2);
  EXPECT_EQ(out.display_name, "Eerste");
  EXPECT_EQ(out.team_ids, std::vector<core::TeamId>{a});
  EXPECT_FALSE(out.disabled);
}

TEST_P(UsersTest, OfConcurrentUpdatesWithTheSameVersionExactlyOneWins) {
  core::UserId id = InsertUser(MakeUser("race.test"));
  UserRecord base = GetUser(id);
  auto second = OpenDatabase();  // another process
  ASSERT_NE(second, nullptr);
  constexpr int kWriters = 6;
  std::vector<std::future<core::Result<std::int64_t>>> results;
  for (int i = 0; i < kWriters; ++i) {
    results.push_back(std::async(std::launch::async, [&, i] {
      UserRecord u = base;
      u.display_name = fmt::format("Winnaar {}", i);
      Database& d = i % 2 == 0 ? db() : *second;
      return d.Write([&](Tx& tx) { return tx.users().UpdateProfile(u); });
    }));
  }
  int wins = 0, conflicts = 0;
  for (auto& f : results) {
    auto r = f.get();
    if (r.ok()) {
      ++wins;
      EXPECT_EQ(*r, 2);
    } else if (r.error().code == core::ErrorCode::kConflict) {
      ++conflicts;
    } else {
      ADD_FAILURE() << Describe(r.error());
    }
  }
  EXPECT_EQ(wins, 1);
  EXPECT_EQ(conflicts, kWriters - 1);
  EXPECT_EQ(GetUser(id).version, 2);
}

TEST_P(UsersTest, UpdateProfileOfAnAbsentUserIsNotFound) {
  UserRecord ghost = MakeUser("ghost");
  ghost.id = core::UserId{999};
  ghost.version = 1;
  auto r = db().Write([&](Tx& tx) { return tx.users().UpdateProfile(ghost); });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
}

TEST_P(UsersTest, SecurityFieldsAndLoginBookkeeping) {
  core::UserId id = InsertUser(MakeUser("arts.test", Role::kRevalidatiearts));

  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().SetPasswordHash(id, "$argon2id$new"); }));
  UserRecord u = GetUser(id);
  EXPECT_EQ(u.password_hash, "$argon2id$new");
  EXPECT_EQ(u.version, 2);

  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().SetTotp(id, "SECRETBASE32", true); }));
  u = GetUser(id);
  EXPECT_EQ(u.totp_secret, "SECRETBASE32");
  EXPECT_TRUE(u.totp_enabled);
  EXPECT_EQ(u.version, 3);

  // Login bookkeeping does not bump the version (it must not make an open edit form stale).
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().SetTotpLastStep(id, 59'000'123); }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().SetLastLogin(id, At(3600)); }));
  u = GetUser(id);
  EXPECT_EQ(u.totp_last_step, 59'000'123);
  ASSERT_TRUE(u.last_login_at.has_value());
  EXPECT_EQ(*u.last_login_at, At(3600));
  EXPECT_EQ(u.version, 3);

  // Re-enrolment resets the replay step.
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().SetTotp(id, "", false); }));
  u = GetUser(id);
  EXPECT_EQ(u.totp_secret, "");
  EXPECT_FALSE(u.totp_enabled);
  EXPECT_EQ(u.totp_last_step, 0);
  EXPECT_EQ(u.version, 4);

  core::UserId ghost{777};
  for (auto s : {db().Write([&](Tx& tx) { return tx.users().SetPasswordHash(ghost, "x"); }),
                 db().Write([&](Tx& tx) { return tx.users().SetTotp(ghost, "x", true); }),
                 db().Write([&](Tx& tx) { return tx.users().SetTotpLastStep(ghost, 1); }),
                 db().Write([&](Tx& tx) { return tx.users().SetLastLogin(ghost, At(1)); })}) {
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, core::ErrorCode::kNotFound);
  }
}

TEST_P(UsersTest, RecoveryCodesAreOneTime) {
  core::UserId id = InsertUser(MakeUser("admin.test", Role::kAdmin));
  core::UserId other = InsertUser(MakeUser("ric.other", Role::kRic));
  const std::string h1(64, 'a'), h2(64, 'b'), h3(64, 'c');
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().ReplaceRecoveryCodes(id, {h1, h2, h3}); }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().ReplaceRecoveryCodes(other, {h1}); }));
  auto count = [&](core::UserId u) {
    auto n = db().Read([&](Tx& tx) { return tx.users().CountUnusedRecoveryCodes(u); });
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
  };
  auto consume = [&](core::UserId u, const std::string& h) {
    auto r = db().Write([&](Tx& tx) { return tx.users().ConsumeRecoveryCode(u, h, At(10)); });
    EXPECT_TRUE(r.ok()) << Describe(r.error());
    return r.ok() && *r;
  };
  EXPECT_EQ(count(id), 3);
  EXPECT_TRUE(consume(id, h2));
  EXPECT_FALSE(consume(id, h2)) << "a recovery code works once";
  EXPECT_FALSE(consume(id, std::string(64, 'f')));
  EXPECT_EQ(count(id), 2);
  EXPECT_EQ(count(other), 1) << "using a code does not touch another user's codes";
  EXPECT_FALSE(consume(other, h2));

  // New codes replace the old ones, used or not.
  const std::string h4(64, 'd');
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.users().ReplaceRecoveryCodes(id, {h4, h2}); }));
  EXPECT_EQ(count(id), 2);
  EXPECT_FALSE(consume(id, h1));
  EXPECT_TRUE(consume(id, h2));
  EXPECT_EQ(count(id), 1);
}

TEST_P(UsersTest, ListFiltersByTextRoleAndDisabledAndPages) {
  for (int i = 0; i < 7; ++i) {
    UserRecord u = MakeUser(fmt::format("ther{}", i));
    u.display_name = fmt::format("Therapeut {}", i);
    u.disabled = i == 6;
    InsertUser(u);
  }
  UserRecord ric = MakeUser("ric.zuid", Role::kRic);
  ric.display_name = "Karin de RIC";
  InsertUser(ric);

  auto list = [&](UserFilter f) {
    auto p = db().Read([&](Tx& tx) { return tx.users().List(f); });
    EXPECT_TRUE(p.ok()) << Describe(p.error());
    return p.ok() ? *p : Page<UserRecord>{};
  };
  UserFilter all;
  EXPECT_EQ(list(all).total, 8);

  UserFilter text;
  text.text = "THERAPEUT";
  EXPECT_EQ(list(text).total, 7);
  text.include_disabled = false;
  EXPECT_EQ(list(text).total, 6);

  UserFilter by_name;
  by_name.text = "karin";
  auto karin = list(by_name);
  ASSERT_EQ(karin.items.size(), 1u);
  EXPECT_EQ(karin.items[0].username, "ric.zuid");

  // LIKE wildcards in the text are literal.
  UserFilter wildcard;
  wildcard.text = "r_c";
  EXPECT_EQ(list(wildcard).total, 0);
  wildcard.text = "%";
  EXPECT_EQ(list(wildcard).total, 0);

  UserFilter role;
  role.role = Role::kRic;
  EXPECT_EQ(list(role).total, 1);

  UserFilter paged;
  paged.text = "ther";
  paged.page = {2, 3};
  auto p2 = list(paged);
  EXPECT_EQ(p2.total, 7);
  EXPECT_EQ(p2.page, 2);
  EXPECT_EQ(p2.page_size, 3);
  ASSERT_EQ(p2.items.size(), 3u);
  EXPECT_EQ(p2.items[0].display_name, "Therapeut 3");
  EXPECT_EQ(p2.items[2].display_name, "Therapeut 5");
  paged.page = {3, 3};
  EXPECT_EQ(list(paged).items.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, UsersTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
