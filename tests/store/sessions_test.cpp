#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

class SessionsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    for (const char* name : {"sess.one", "sess.two"}) {
      auto id = db().Write([&](Tx& tx) { return tx.users().Insert(MakeUser(name)); });
      ASSERT_TRUE(id.ok()) << Describe(id.error());
      users_.push_back(*id);
    }
  }
  SessionRecord MakeSession(const std::string& token, core::UserId user, std::int64_t t) {
    SessionRecord s;
    s.token_hash = token;
    s.user_id = user;
    s.state = SessionState::kTotpEnrolmentRequired;
    s.csrf_token = "csrf-" + token;
    s.pending_totp_secret = "PENDING";
    s.created_at = At(t);
    s.last_seen_at = At(t);
    s.expires_at = At(t + 12 * 3600);
    s.source_address = "127.0.0.1";
    return s;
  }
  std::optional<SessionRecord> Find(const std::string& token) {
    auto r = db().Read([&](Tx& tx) { return tx.sessions().Find(token); });
    EXPECT_TRUE(r.ok()) << Describe(r.error());
    return r.ok() ? *r : std::nullopt;
  }
  std::vector<core::UserId> users_;
};

TEST_P(SessionsTest, InsertThenFindReturnsEveryField) {
  SessionRecord in = MakeSession(std::string(64, '1'), users_[0], 100);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Insert(in); }));
  auto out = Find(in.token_hash);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->token_hash, in.token_hash);
  EXPECT_EQ(out->user_id, users_[0]);
  EXPECT_EQ(out->state, SessionState::kTotpEnrolmentRequired);
  EXPECT_EQ(out->csrf_token, in.csrf_token);
  EXPECT_EQ(out->pending_totp_secret, "PENDING");
  EXPECT_EQ(out->created_at, At(100));
  EXPECT_EQ(out->last_seen_at, At(100));
  EXPECT_EQ(out->expires_at, At(100 + 12 * 3600));
  EXPECT_EQ(out->source_address, "127.0.0.1");

  EXPECT_FALSE(Find(std::string(64, '2')).has_value());
  auto dup = db().Write([&](Tx& tx) { return tx.sessions().Insert(in); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
}

TEST_P(SessionsTest, TouchOnlyMovesLastSeenForward) {
  SessionRecord in = MakeSession("tok", users_[0], 100);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Insert(in); }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Touch("tok", At(500)); }));
  EXPECT_EQ(Find("tok")->last_seen_at, At(500));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Touch("tok", At(300)); }));
  EXPECT_EQ(Find("tok")->last_seen_at, At(500));
  // Touching an absent session is harmless.
  WP_EXPECT_OK(db().Write([&](Tx& tx) { return tx.sessions().Touch("absent", At(600)); }));
}

TEST_P(SessionsTest, UpdateChangesStateCsrfAndPendingSecret) {
  SessionRecord s = MakeSession("tok", users_[0], 100);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Insert(s); }));
  s.state = SessionState::kActive;
  s.csrf_token = "rotated";
  s.pending_totp_secret = "";
  s.user_id = users_[1];  // not an updatable field
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Update(s); }));
  auto out = Find("tok");
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(out->state, SessionState::kActive);
  EXPECT_EQ(out->csrf_token, "rotated");
  EXPECT_EQ(out->pending_totp_secret, "");
  EXPECT_EQ(out->user_id, users_[0]);

  s.token_hash = "absent";
  auto r = db().Write([&](Tx& tx) { return tx.sessions().Update(s); });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
}

TEST_P(SessionsTest, DeleteAndDeleteForUser) {
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.sessions().Insert(MakeSession("a1", users_[0], 1)));
    WP_RETURN_IF_ERROR(tx.sessions().Insert(MakeSession("a2", users_[0], 2)));
    WP_RETURN_IF_ERROR(tx.sessions().Insert(MakeSession("b1", users_[1], 3)));
    return tx.sessions().Insert(MakeSession("b2", users_[1], 4));
  }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().Delete("b2"); }));
  EXPECT_FALSE(Find("b2").has_value());
  EXPECT_TRUE(Find("b1").has_value());
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.sessions().DeleteForUser(users_[0]); }));
  EXPECT_FALSE(Find("a1").has_value());
  EXPECT_FALSE(Find("a2").has_value());
  EXPECT_TRUE(Find("b1").has_value());
  WP_EXPECT_OK(db().Write([&](Tx& tx) { return tx.sessions().Delete("absent"); }));
}

TEST_P(SessionsTest, DeleteExpiredRemovesIdleAndPastAbsoluteExpiry) {
  SessionRecord expired = MakeSession("expired", users_[0], 0);
  expired.expires_at = At(1000);
  expired.last_seen_at = At(990);
  SessionRecord idle = MakeSession("idle", users_[0], 0);
  idle.last_seen_at = At(100);
  SessionRecord fresh = MakeSession("fresh", users_[1], 0);
  fresh.last_seen_at = At(900);
  SessionRecord edge = MakeSession("edge", users_[1], 0);
  edge.last_seen_at = At(500);  // exactly at idle_before: not idle yet
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    for (const auto* s : {&expired, &idle, &fresh, &edge}) {
      WP_RETURN_IF_ERROR(tx.sessions().Insert(*s));
    }
    return core::Ok();
  }));
  auto n = db().Write([&](Tx& tx) { return tx.sessions().DeleteExpired(At(1000), At(500)); });
  ASSERT_TRUE(n.ok()) << Describe(n.error());
  EXPECT_EQ(*n, 2);
  EXPECT_FALSE(Find("expired").has_value());
  EXPECT_FALSE(Find("idle").has_value());
  EXPECT_TRUE(Find("fresh").has_value());
  EXPECT_TRUE(Find("edge").has_value());
}

TEST_P(SessionsTest, LoginThrottleCountsPerKindAndKey) {
  using Kind = LoginThrottleRepo::Kind;
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    for (int t : {0, 10, 20}) {
      WP_RETURN_IF_ERROR(tx.throttle().RecordFailure(Kind::kAccount, "sess.one", At(t)));
    }
    WP_RETURN_IF_ERROR(tx.throttle().RecordFailure(Kind::kAccount, "sess.two", At(15)));
    return tx.throttle().RecordFailure(Kind::kAddress, "sess.one", At(15));
  }));
  auto count = [&](Kind k, const std::string& key, std::int64_t since) {
    auto n = db().Read([&](Tx& tx) { return tx.throttle().CountFailuresSince(k, key, At(since)); });
    EXPECT_TRUE(n.ok()) << Describe(n.error());
    return n.ok() ? *n : -1;
  };
  EXPECT_EQ(count(Kind::kAccount, "sess.one", 0), 3);
  EXPECT_EQ(count(Kind::kAccount, "sess.one", 10), 2) << "since is inclusive";
  EXPECT_EQ(count(Kind::kAccount, "sess.one", 21), 0);
  EXPECT_EQ(count(Kind::kAddress, "sess.one", 0), 1) << "kinds are counted apart";
  EXPECT_EQ(count(Kind::kAccount, "sess.two", 0), 1);

  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.throttle().Clear(Kind::kAccount, "sess.one"); }));
  EXPECT_EQ(count(Kind::kAccount, "sess.one", 0), 0);
  EXPECT_EQ(count(Kind::kAddress, "sess.one", 0), 1);
  EXPECT_EQ(count(Kind::kAccount, "sess.two", 0), 1);

  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.throttle().DeleteBefore(At(16)); }));
  EXPECT_EQ(count(Kind::kAddress, "sess.one", 0), 0);
  EXPECT_EQ(count(Kind::kAccount, "sess.two", 0), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
