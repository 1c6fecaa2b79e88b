// Store contract cases of external access (store/external.hpp, migration 0010): grants with at
// most one active per account and revalidant, ordering, revocation (once), the last-viewed time,
// and messages. Each case runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

class ExternalStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.ext", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(wg_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("wg.ext", Role::kWerkgever));
    }));
    WP_ASSERT_OK_AND_ASSIGN(ba_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ba.ext", Role::kBedrijfsarts));
    }));
    WP_ASSERT_OK_AND_ASSIGN(r1_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Een", "Extern", "1980-01-02"), At(0));
    }));
    WP_ASSERT_OK_AND_ASSIGN(r2_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Twee", "Extern", "1981-01-02"), At(0));
    }));
  }

  ExternalGrantRecord Grant(core::UserId user, core::RevalidantId r, const char* party,
                            std::int64_t at) {
    ExternalGrantRecord g;
    g.revalidant_id = r;
    g.user_id = user;
    g.party = party;
    g.invited_by = ric_;
    g.invited_at = At(at);
    return g;
  }

  core::UserId ric_, wg_, ba_;
  core::RevalidantId r1_, r2_;
};

TEST_P(ExternalStoreTest, OneActiveGrantPerAccountAndRevalidant) {
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t g1, db().Write([&](Tx& tx) {
    return tx.external().InsertGrant(Grant(wg_, r1_, "werkgever", 10));
  }));
  auto dup = db().Write(
      [&](Tx& tx) { return tx.external().InsertGrant(Grant(wg_, r1_, "werkgever", 11)); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  ASSERT_FALSE(dup.error().fields.empty());
  EXPECT_EQ(dup.error().fields[0].path, "user_id");

  WP_ASSERT_OK_AND_ASSIGN(auto got, db().Read([&](Tx& tx) { return tx.external().GetGrant(g1); }));
  EXPECT_EQ(got.revalidant_id, r1_);
  EXPECT_EQ(got.user_id, wg_);
  EXPECT_EQ(got.party, "werkgever");
  EXPECT_EQ(got.status, "active");
  EXPECT_EQ(got.invited_by, ric_);
  EXPECT_EQ(got.invited_at, At(10));
  EXPECT_FALSE(got.revoked_at.has_value());
  EXPECT_FALSE(got.last_viewed_at.has_value());

  // Revoked: once; then a new active grant for the same pair is possible.
  ASSERT_TRUE(db().Write([&](Tx& tx) { return tx.external().RevokeGrant(g1, ric_, At(20)); }).ok());
  auto again = db().Write([&](Tx& tx) { return tx.external().RevokeGrant(g1, ric_, At(21)); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  auto missing = db().Write([&](Tx& tx) { return tx.external().RevokeGrant(9999, ric_, At(21)); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
  WP_ASSERT_OK_AND_ASSIGN(got, db().Read([&](Tx& tx) { return tx.external().GetGrant(g1); }));
  EXPECT_EQ(got.status, "revoked");
  EXPECT_EQ(got.revoked_by, ric_);
  ASSERT_TRUE(got.revoked_at.has_value());
  EXPECT_EQ(*got.revoked_at, At(20));
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t g2, db().Write([&](Tx& tx) {
    return tx.external().InsertGrant(Grant(wg_, r1_, "werkgever", 30));
  }));
  EXPECT_NE(g1, g2);
  // The system (demo data) grants without a user: stored as NULL, read back as 0.
  ExternalGrantRecord by_system = Grant(ba_, r2_, "bedrijfsarts", 40);
  by_system.invited_by = {};
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t g3, db().Write([&](Tx& tx) {
    return tx.external().InsertGrant(by_system);
  }));
  WP_ASSERT_OK_AND_ASSIGN(got, db().Read([&](Tx& tx) { return tx.external().GetGrant(g3); }));
  EXPECT_FALSE(got.invited_by.valid());
  auto absent = db().Read([&](Tx& tx) { return tx.external().GetGrant(123456); });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);
}

TEST_P(ExternalStoreTest, ListsAreOrderedAndFindSeesOnlyActiveGrants) {
  std::int64_t a = 0, b = 0, c = 0;
  ASSERT_TRUE(db().WriteUnit([&](Tx& tx) -> core::Status {
                    WP_ASSIGN_OR_RETURN(a, tx.external().InsertGrant(Grant(wg_, r1_, "werkgever", 10)));
                    WP_ASSIGN_OR_RETURN(b, tx.external().InsertGrant(Grant(ba_, r1_, "bedrijfsarts", 20)));
                    WP_ASSIGN_OR_RETURN(c, tx.external().InsertGrant(Grant(wg_, r2_, "werkgever", 30)));
                    return tx.external().RevokeGrant(b, ric_, At(40));
                  })
                  .ok());
  WP_ASSERT_OK_AND_ASSIGN(auto of_r1,
                          db().Read([&](Tx& tx) { return tx.external().GrantsOfRevalidant(r1_); }));
  ASSERT_EQ(of_r1.size(), 2u);
  EXPECT_EQ(of_r1[0].id, a);  // active first
  EXPECT_EQ(of_r1[1].id, b);
  WP_ASSERT_OK_AND_ASSIGN(auto of_wg,
                          db().Read([&](Tx& tx) { return tx.external().ActiveGrantsOfUser(wg_); }));
  ASSERT_EQ(of_wg.size(), 2u);
  EXPECT_EQ(of_wg[0].id, a);  // oldest first
  EXPECT_EQ(of_wg[1].id, c);
  WP_ASSERT_OK_AND_ASSIGN(auto of_ba,
                          db().Read([&](Tx& tx) { return tx.external().ActiveGrantsOfUser(ba_); }));
  EXPECT_TRUE(of_ba.empty());
  WP_ASSERT_OK_AND_ASSIGN(auto found, db().Read([&](Tx& tx) {
    return tx.external().FindActiveGrant(wg_, r2_);
  }));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, c);
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([&](Tx& tx) {
    return tx.external().FindActiveGrant(ba_, r1_);
  }));
  EXPECT_FALSE(none.has_value());

  ASSERT_TRUE(db().Write([&](Tx& tx) { return tx.external().TouchGrant(c, At(50)); }).ok());
  WP_ASSERT_OK_AND_ASSIGN(auto touched, db().Read([&](Tx& tx) { return tx.external().GetGrant(c); }));
  ASSERT_TRUE(touched.last_viewed_at.has_value());
  EXPECT_EQ(*touched.last_viewed_at, At(50));
}

TEST_P(ExternalStoreTest, MessagesNewestFirstPerRevalidantAndPerAccount) {
  std::int64_t g = 0, h = 0;
  ASSERT_TRUE(db().WriteUnit([&](Tx& tx) -> core::Status {
                    WP_ASSIGN_OR_RETURN(g, tx.external().InsertGrant(Grant(wg_, r1_, "werkgever", 10)));
                    WP_ASSIGN_OR_RETURN(h, tx.external().InsertGrant(Grant(ba_, r1_, "bedrijfsarts", 10)));
                    return core::Ok();
                  })
                  .ok());
  auto msg = [&](std::int64_t grant, core::UserId user, const char* party, const char* text,
                 std::int64_t at) {
    ExternalMessageRecord m;
    m.revalidant_id = r1_;
    m.grant_id = grant;
    m.user_id = user;
    m.party = party;
    m.text = text;
    m.created_at = At(at);
    return db().Write([&](Tx& tx) { return tx.external().InsertMessage(m); });
  };
  WP_ASSERT_OK_AND_ASSIGN(auto m1, msg(g, wg_, "werkgever", "Start maandag, 4 uur per dag.", 20));
  WP_ASSERT_OK_AND_ASSIGN(auto m2, msg(h, ba_, "bedrijfsarts", "Spreekuur gepland.", 30));
  WP_ASSERT_OK_AND_ASSIGN(auto m3, msg(g, wg_, "werkgever", "Één vraag — 'aangepast' rooster?", 40));
  WP_ASSERT_OK_AND_ASSIGN(auto all, db().Read([&](Tx& tx) {
    return tx.external().MessagesOfRevalidant(r1_);
  }));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, m3);
  EXPECT_EQ(all[1].id, m2);
  EXPECT_EQ(all[2].id, m1);
  EXPECT_EQ(all[0].text, "Één vraag — 'aangepast' rooster?");
  EXPECT_EQ(all[0].party, "werkgever");
  EXPECT_EQ(all[0].grant_id, g);
  EXPECT_EQ(all[0].created_at, At(40));
  WP_ASSERT_OK_AND_ASSIGN(auto mine, db().Read([&](Tx& tx) {
    return tx.external().MessagesOfUser(wg_, r1_);
  }));
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].id, m3);
  WP_ASSERT_OK_AND_ASSIGN(auto other, db().Read([&](Tx& tx) {
    return tx.external().MessagesOfUser(wg_, r2_);
  }));
  EXPECT_TRUE(other.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ExternalStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
