#include "service/auth_service.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/crypto.hpp"
#include "service/fixture.hpp"
#include "service/internal.hpp"
#include "service/totp.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;
using store::SessionState;
using namespace std::chrono_literals;

class AuthServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    AuthOptions o;
    o.password = hashing_;
    auth_ = std::make_unique<AuthService>(*db_, clock_, o);
  }

  LoginResult LoginOk(const std::string& user, const std::string& pw = "correct horse battery") {
    auto r = auth_->Login(user, pw, "10.0.0.1", "req-1");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : LoginResult{};
  }

  // Logs a staff user in and completes enrolment; returns the secret and the recovery codes.
  std::pair<std::string, std::vector<std::string>> Enrol(const std::string& user) {
    LoginResult l = LoginOk(user);
    EXPECT_EQ(l.session.state, SessionState::kTotpEnrolmentRequired);
    auto e = auth_->StartEnrolment(l.token, "10.0.0.1", "req-2");
    EXPECT_TRUE(e.ok());
    auto c = auth_->ConfirmEnrolment(l.token, TotpCode(e->secret, clock_.Now()), "10.0.0.1", "r");
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message);
    return {e->secret, c.ok() ? c->recovery_codes : std::vector<std::string>{}};
  }

  std::unique_ptr<AuthService> auth_;
};

TEST_F(AuthServiceTest, NonStaffLoginIsActiveAndAuthenticates) {
  core::UserId id = AddUser("werkgever1", Role::kWerkgever);
  LoginResult l = LoginOk("WerkGever1");  // usernames are case-insensitive
  EXPECT_EQ(l.session.state, SessionState::kActive);
  EXPECT_EQ(l.session.user.id, id);
  EXPECT_FALSE(l.session.csrf_token.empty());
  EXPECT_EQ(l.session.expires_at, clock_.Now() + 12h);
  EXPECT_GE(l.token.size(), 40u);

  auto a = auth_->Authenticate(l.token, "10.0.0.1", "req-9");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->context.actor.user_id, id);
  EXPECT_EQ(a->context.actor.role, Role::kWerkgever);
  EXPECT_EQ(a->context.request_id, "req-9");
  EXPECT_EQ(a->context.now, clock_.Now());
  EXPECT_EQ(a->session.csrf_token, l.session.csrf_token);

  // The token itself is not stored, only its hash.
  auto found = db_->Read([&](store::Tx& tx) { return tx.sessions().Find(l.token); });
  ASSERT_TRUE(found.ok());
  EXPECT_FALSE(found->has_value());

  auto rows = AuditRows();
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.back().action, "login");
  EXPECT_EQ(rows.back().outcome, "success");
  EXPECT_EQ(rows.back().user_id, id);
}

TEST_F(AuthServiceTest, WrongPasswordUnknownUserAndDisabledUserAreUnauthenticated) {
  core::UserId id = AddUser("ric1", Role::kRic);
  auto wrong = auth_->Login("ric1", "not the password", "10.0.0.1", "r");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, core::ErrorCode::kUnauthenticated);
  auto unknown = auth_->Login("nobody", "whatever whatever", "10.0.0.1", "r");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, core::ErrorCode::kUnauthenticated);

  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) -> core::Status {
                   auto u = tx.users().Get(id);
                   u->disabled = true;
                   return tx.users().UpdateProfile(*u).ok() ? core::Ok()
                                                            : core::Error::Internal("x");
                 })
                  .ok());
  auto disabled = auth_->Login("ric1", "correct horse battery", "10.0.0.1", "r");
  ASSERT_FALSE(disabled.ok());
  EXPECT_EQ(disabled.error().code, core::ErrorCode::kUnauthenticated);

  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].outcome, "failure");
  EXPECT_EQ(rows[0].user_id, id);
  EXPECT_EQ(rows[1].outcome, "failure");
  EXPECT_EQ(rows[1].user_id, core::UserId{});
  EXPECT_EQ(rows[1].detail, "unknown_user");
  EXPECT_EQ(rows[2].outcome, "denied");
  for (const auto& r : rows) EXPECT_EQ(r.detail.find("nobody"), std::string::npos);
}

TEST_F(AuthServiceTest, ThrottlesPerAccountThenRecoversAfterTheWindow) {
  AddUser("fysio", Role::kWerkgever);
  for (int i = 0; i < 5; ++i) {
    auto r = auth_->Login("fysio", "wrong password!", "10.0.0." + std::to_string(i), "r");
    ASSERT_EQ(r.error().code, core::ErrorCode::kUnauthenticated);
  }
  // Even the right password is refused now, from any address.
  auto throttled = auth_->Login("fysio", "correct horse battery", "10.9.9.9", "r");
  ASSERT_FALSE(throttled.ok());
  EXPECT_EQ(throttled.error().code, core::ErrorCode::kTooManyRequests);
  EXPECT_EQ(AuditRows().back().detail, "throttled");

  clock_.Advance(16min);
  EXPECT_TRUE(auth_->Login("fysio", "correct horse battery", "10.9.9.9", "r").ok());
}

TEST_F(AuthServiceTest, ThrottlesPerAddress) {
  AddUser("someone", Role::kWerkgever);
  for (int i = 0; i < 20; ++i) {
    auto r = auth_->Login("guess" + std::to_string(i), "wrong password!", "10.6.6.6", "r");
    ASSERT_EQ(r.error().code, core::ErrorCode::kUnauthenticated) << i;
  }
  auto r = auth_->Login("someone", "correct horse battery", "10.6.6.6", "r");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kTooManyRequests);
  // Another address is not affected.
  EXPECT_TRUE(auth_->Login("someone", "correct horse battery", "10.7.7.7", "r").ok());
}

TEST_F(AuthServiceTest, SuccessfulLoginClearsTheAccountCounter) {
  AddUser("bob", Role::kWerkgever);
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(auth_->Login("bob", "wrong password!", "a", "r").ok());
  ASSERT_TRUE(auth_->Login("bob", "correct horse battery", "a", "r").ok());
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(auth_->Login("bob", "wrong password!", "a", "r").ok());
  EXPECT_TRUE(auth_->Login("bob", "correct horse battery", "a", "r").ok());
}

TEST_F(AuthServiceTest, StaffEnrolsTotpThenNeedsItOnNextLogin) {
  AddUser("arts", Role::kRevalidatiearts);
  LoginResult l = LoginOk("arts");
  EXPECT_EQ(l.session.state, SessionState::kTotpEnrolmentRequired);
  EXPECT_FALSE(l.session.user.last_login_at.has_value());

  // Without an enrolment started there is nothing to confirm.
  auto early = auth_->ConfirmEnrolment(l.token, "123456", "a", "r");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, core::ErrorCode::kRuleViolation);
  // TOTP verification is not possible in this state.
  auto verify = auth_->VerifyTotp(l.token, {std::string("123456"), std::nullopt}, "a", "r");
  EXPECT_EQ(verify.error().code, core::ErrorCode::kRuleViolation);

  auto e = auth_->StartEnrolment(l.token, "a", "r");
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->secret.size(), 32u);
  EXPECT_EQ(e->otpauth_uri.rfind("otpauth://totp/werkpad:arts?secret=" + e->secret, 0), 0u);
  EXPECT_EQ(e->qr_svg.rfind("<svg", 0), 0u);

  auto bad = auth_->ConfirmEnrolment(
      l.token, "000000" == TotpCode(e->secret, clock_.Now()) ? "111111" : "000000", "a", "r");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);
  ASSERT_EQ(bad.error().fields.size(), 1u);
  EXPECT_EQ(bad.error().fields[0].path, "code");
  EXPECT_EQ(bad.error().fields[0].code, "invalid_code");

  auto ok = auth_->ConfirmEnrolment(l.token, TotpCode(e->secret, clock_.Now()), "a", "r");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->session.state, SessionState::kActive);
  EXPECT_TRUE(ok->session.user.totp_enabled);
  EXPECT_NE(ok->session.csrf_token, l.session.csrf_token);
  ASSERT_EQ(ok->recovery_codes.size(), 10u);
  std::set<std::string> unique(ok->recovery_codes.begin(), ok->recovery_codes.end());
  EXPECT_EQ(unique.size(), 10u);
  EXPECT_EQ(ok->recovery_codes[0].size(), 14u);
  EXPECT_EQ(ok->recovery_codes[0][4], '-');

  auto a = auth_->Authenticate(l.token, "a", "r");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->session.state, SessionState::kActive);

  // Next login: TOTP required.
  clock_.Advance(1min);
  LoginResult second = LoginOk("arts");
  EXPECT_EQ(second.session.state, SessionState::kTotpRequired);
  auto v =
      auth_->VerifyTotp(second.token, {TotpCode(e->secret, clock_.Now()), std::nullopt}, "a", "r");
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_EQ(v->state, SessionState::kActive);
  EXPECT_TRUE(v->user.last_login_at.has_value());
}

TEST_F(AuthServiceTest, TotpCodeCannotBeReplayedAndWindowIsOneStep) {
  AddUser("ric", Role::kRic);
  auto [secret, codes] = Enrol("ric");
  clock_.Advance(5min);
  const std::string code = TotpCode(secret, clock_.Now());

  LoginResult a = LoginOk("ric");
  ASSERT_TRUE(auth_->VerifyTotp(a.token, {code, std::nullopt}, "a", "r").ok());
  LoginResult b = LoginOk("ric");
  auto replay = auth_->VerifyTotp(b.token, {code, std::nullopt}, "a", "r");
  ASSERT_FALSE(replay.ok());
  EXPECT_EQ(replay.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(replay.error().fields.at(0).code, "invalid_code");
  EXPECT_EQ(AuditRows().back().detail, "step=totp,replay");

  // The previous step's code of a later time is accepted (clock skew), two steps back not.
  clock_.Advance(60s);
  auto one_back = TotpCode(secret, clock_.Now() - 30s);
  auto two_back_time = clock_.Now() + 5min;
  EXPECT_TRUE(auth_->VerifyTotp(b.token, {one_back, std::nullopt}, "a", "r").ok());
  clock_.Set(two_back_time);
  LoginResult c = LoginOk("ric");
  auto stale =
      auth_->VerifyTotp(c.token, {TotpCode(secret, clock_.Now() - 60s), std::nullopt}, "a", "r");
  EXPECT_FALSE(stale.ok());
  EXPECT_TRUE(
      auth_->VerifyTotp(c.token, {TotpCode(secret, clock_.Now()), std::nullopt}, "a", "r").ok());
}

TEST_F(AuthServiceTest, RecoveryCodesWorkOnceEach) {
  AddUser("ergo", Role::kTherapeut);
  auto [secret, codes] = Enrol("ergo");
  ASSERT_EQ(codes.size(), 10u);
  LoginResult a = LoginOk("ergo");
  // Case and dashes do not matter.
  std::string typed = codes[3];
  for (auto& ch : typed) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  auto ok = auth_->VerifyTotp(a.token, {std::nullopt, typed}, "a", "r");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->state, SessionState::kActive);

  LoginResult b = LoginOk("ergo");
  auto again = auth_->VerifyTotp(b.token, {std::nullopt, codes[3]}, "a", "r");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().fields.at(0).path, "recovery_code");
  EXPECT_EQ(again.error().fields.at(0).code, "invalid_code");
  EXPECT_TRUE(auth_->VerifyTotp(b.token, {std::nullopt, codes[4]}, "a", "r").ok());
  auto left =
      db_->Read([&](store::Tx& tx) { return tx.users().CountUnusedRecoveryCodes(ok->user.id); });
  EXPECT_EQ(*left, 8);
}

TEST_F(AuthServiceTest, SessionExpiresWhenIdleAndAtAbsoluteLimit) {
  AddUser("w", Role::kWerkgever);
  LoginResult l = LoginOk("w");
  clock_.Advance(29min);
  ASSERT_TRUE(auth_->Authenticate(l.token, "a", "r").ok());  // touches
  clock_.Advance(29min);
  ASSERT_TRUE(auth_->Authenticate(l.token, "a", "r").ok());
  clock_.Advance(31min);
  auto idle = auth_->Authenticate(l.token, "a", "r");
  ASSERT_FALSE(idle.ok());
  EXPECT_EQ(idle.error().code, core::ErrorCode::kUnauthenticated);
  // Gone for good, even if time went back.
  clock_.Advance(-31min);
  EXPECT_FALSE(auth_->Authenticate(l.token, "a", "r").ok());

  LoginResult m = LoginOk("w");
  for (int i = 0; i < 24; ++i) {  // active all the time, 11h50 in total
    clock_.Advance(29min + 35s);
    ASSERT_TRUE(auth_->Authenticate(m.token, "a", "r").ok()) << i;
  }
  clock_.Advance(15min);
  EXPECT_FALSE(auth_->Authenticate(m.token, "a", "r").ok());
}

TEST_F(AuthServiceTest, UnknownTokenAndLogout) {
  AddUser("w", Role::kWerkgever);
  EXPECT_EQ(auth_->Authenticate("nope", "a", "r").error().code, core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(auth_->Authenticate("", "a", "r").error().code, core::ErrorCode::kUnauthenticated);
  LoginResult l = LoginOk("w");
  ASSERT_TRUE(auth_->Logout(l.token, "a", "r").ok());
  EXPECT_FALSE(auth_->Authenticate(l.token, "a", "r").ok());
  EXPECT_TRUE(auth_->Logout(l.token, "a", "r").ok());
  EXPECT_EQ(AuditRows().back().detail, "logout");
}

// Authenticate keeps an active session in memory for AuthOptions::session_cache_ttl (1 s):
// a change made elsewhere (here: straight in the store, as another process would) is seen once
// that time has passed; a change made through this process at once.
TEST_F(AuthServiceTest, CachedSessionsFollowChangesOfThisProcessAtOnceAndOthersAfterTheTtl) {
  AddUser("w", Role::kWerkgever);
  LoginResult l = LoginOk("w");
  ASSERT_TRUE(auth_->Authenticate(l.token, "a", "r").ok());
  const std::string hash = core::Sha256Hex(l.token);
  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) { return tx.sessions().Delete(hash); }).ok());
  EXPECT_TRUE(auth_->Authenticate(l.token, "a", "r").ok()) << "answered from the cache";
  clock_.Advance(1s);
  EXPECT_EQ(auth_->Authenticate(l.token, "a", "r").error().code,
            core::ErrorCode::kUnauthenticated);

  // Logout through the service: the next request is refused, cached or not.
  LoginResult m = LoginOk("w");
  ASSERT_TRUE(auth_->Authenticate(m.token, "a", "r").ok());
  ASSERT_TRUE(auth_->Logout(m.token, "a", "r").ok());
  EXPECT_FALSE(auth_->Authenticate(m.token, "a", "r").ok());

  // Any change of users or sessions noted by a service (user admin, second factor, password)
  // drops what is cached.
  LoginResult n = LoginOk("w");
  ASSERT_TRUE(auth_->Authenticate(n.token, "a", "r").ok());
  const std::string n_hash = core::Sha256Hex(n.token);
  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) { return tx.sessions().Delete(n_hash); }).ok());
  internal::NoteIdentityChange();
  EXPECT_FALSE(auth_->Authenticate(n.token, "a", "r").ok());

  // Expiry is checked on every request, also for a cached session.
  LoginResult o = LoginOk("w");
  ASSERT_TRUE(auth_->Authenticate(o.token, "a", "r").ok());
  AuthOptions opts;
  clock_.Advance(opts.absolute_timeout);
  EXPECT_FALSE(auth_->Authenticate(o.token, "a", "r").ok());
}

// With a TTL of 0 nothing is cached: a change in the store is seen by the next request.
TEST_F(AuthServiceTest, SessionCacheCanBeTurnedOff) {
  AuthOptions o;
  o.password = hashing_;
  o.session_cache_ttl = std::chrono::milliseconds{0};
  AuthService uncached(*db_, clock_, o);
  AddUser("w", Role::kWerkgever);
  auto l = uncached.Login("w", "correct horse battery", "10.0.0.1", "req-1");
  ASSERT_TRUE(l.ok());
  ASSERT_TRUE(uncached.Authenticate(l->token, "a", "r").ok());
  const std::string hash = core::Sha256Hex(l->token);
  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) { return tx.sessions().Delete(hash); }).ok());
  EXPECT_FALSE(uncached.Authenticate(l->token, "a", "r").ok());
}

TEST_F(AuthServiceTest, DisablingAUserEndsTheSessionAtTheNextRequest) {
  core::UserId id = AddUser("w", Role::kWerkgever);
  LoginResult l = LoginOk("w");
  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) -> core::Status {
                   auto u = tx.users().Get(id);
                   u->disabled = true;
                   return tx.users().UpdateProfile(*u).ok() ? core::Ok()
                                                            : core::Error::Internal("x");
                 })
                  .ok());
  EXPECT_EQ(auth_->Authenticate(l.token, "a", "r").error().code, core::ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, ChangePasswordChecksCurrentAndLengthAndEndsOtherSessions) {
  core::UserId id = AddUser("w", Role::kWerkgever);
  LoginResult keep = LoginOk("w");
  LoginResult other = LoginOk("w");
  RequestContext ctx = auth_->Authenticate(keep.token, "a", "r")->context;

  auto short_pw = auth_->ChangePassword(ctx, keep.token, "correct horse battery", "short");
  ASSERT_FALSE(short_pw.ok());
  EXPECT_EQ(short_pw.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(short_pw.error().fields.at(0).path, "new_password");
  EXPECT_EQ(short_pw.error().fields.at(0).code, "too_short");

  auto wrong = auth_->ChangePassword(ctx, keep.token, "not my password", "a new long password");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().fields.at(0).path, "current_password");

  ASSERT_TRUE(
      auth_->ChangePassword(ctx, keep.token, "correct horse battery", "a new long password").ok());
  EXPECT_TRUE(auth_->Authenticate(keep.token, "a", "r").ok());
  EXPECT_FALSE(auth_->Authenticate(other.token, "a", "r").ok());
  EXPECT_FALSE(auth_->Login("w", "correct horse battery", "a", "r").ok());
  EXPECT_TRUE(auth_->Login("w", "a new long password", "a", "r").ok());
  (void)id;
}

TEST_F(AuthServiceTest, SecondFactorInputMustBeExactlyOne) {
  AddUser("ric", Role::kRic);
  Enrol("ric");
  LoginResult l = LoginOk("ric");
  auto none = auth_->VerifyTotp(l.token, {}, "a", "r");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(none.error().fields.at(0).code, "required");
}

TEST_F(AuthServiceTest, WrongSecondFactorsAreThrottledLikePasswords) {
  AddUser("ric", Role::kRic);
  auto [secret, codes] = Enrol("ric");
  LoginResult l = LoginOk("ric");
  const std::string good = TotpCode(secret, clock_.Now() + 5min);
  const std::string wrong = good == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i) {
    auto r = auth_->VerifyTotp(l.token, {wrong, std::nullopt}, "a", "r");
    ASSERT_EQ(r.error().code, core::ErrorCode::kInvalidInput) << i;
  }
  clock_.Advance(5min);
  auto blocked = auth_->VerifyTotp(l.token, {good, std::nullopt}, "a", "r");
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, core::ErrorCode::kTooManyRequests);
  EXPECT_EQ(auth_->Login("ric", "correct horse battery", "b", "r").error().code,
            core::ErrorCode::kTooManyRequests);
}

TEST_F(AuthServiceTest, RestartingEnrolmentReplacesTheSecret) {
  AddUser("psy", Role::kTherapeut);
  LoginResult l = LoginOk("psy");
  auto first = auth_->StartEnrolment(l.token, "a", "r");
  auto second = auth_->StartEnrolment(l.token, "a", "r");
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  ASSERT_NE(first->secret, second->secret);
  const std::string old_code = TotpCode(first->secret, clock_.Now());
  if (old_code != TotpCode(second->secret, clock_.Now())) {
    EXPECT_FALSE(auth_->ConfirmEnrolment(l.token, old_code, "a", "r").ok());
  }
  auto ok = auth_->ConfirmEnrolment(l.token, TotpCode(second->secret, clock_.Now()), "a", "r");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  // Once active, there is nothing left to enrol.
  EXPECT_EQ(auth_->StartEnrolment(l.token, "a", "r").error().code, core::ErrorCode::kRuleViolation);
}

TEST_F(AuthServiceTest, SweepRemovesExpiredSessions) {
  AddUser("w", Role::kWerkgever);
  LoginResult old_session = LoginOk("w");
  clock_.Advance(20min);
  LoginResult fresh = LoginOk("w");
  clock_.Advance(15min);  // the first is idle for 35 min, the second for 15
  ASSERT_TRUE(auth_->Sweep().ok());
  auto count = [&](const std::string& token) {
    auto f = db_->Read([&](store::Tx& tx) { return tx.sessions().Find(core::Sha256Hex(token)); });
    return f.ok() && f->has_value();
  };
  EXPECT_FALSE(count(old_session.token));
  EXPECT_TRUE(count(fresh.token));
}

TEST(TotpTest, MatchesRfc6238Vector) {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s -> 94287082 (8 digits);
  // the 6-digit code is the last six digits.
  const std::string secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  EXPECT_EQ(TotpCode(secret, core::FromMillis(59'000)), "287082");
  EXPECT_EQ(TotpCode(secret, core::FromMillis(1111111109'000)), "081804");
  EXPECT_EQ(MatchTotp(secret, "287 082", core::FromMillis(59'000)), 1);
  EXPECT_FALSE(MatchTotp(secret, "28708", core::FromMillis(59'000)).has_value());
  EXPECT_FALSE(MatchTotp(secret, "abcdef", core::FromMillis(59'000)).has_value());
  EXPECT_TRUE(TotpCode("not base32 !!", core::FromMillis(0)).empty());
}

TEST(PasswordTest, HashesVerifyAndGeneratedPasswordsDiffer) {
  PasswordHasher h({PasswordCost::kMinimal, 2});
  auto hash = h.Hash("correct horse battery");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(h.Verify(*hash, "correct horse battery"));
  EXPECT_FALSE(h.Verify(*hash, "correct horse batterx"));
  EXPECT_FALSE(h.Verify("garbage", "x"));
  EXPECT_FALSE(h.Verify("", ""));
  std::string a = GeneratePassword(), b = GeneratePassword();
  EXPECT_EQ(a.size(), 16u);
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace werkpad::service
