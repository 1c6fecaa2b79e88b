#include "service/auth_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <unordered_map>

#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "service/internal.hpp"
#include "service/totp.hpp"

namespace werkpad::service {
namespace {

using Kind = store::LoginThrottleRepo::Kind;
using store::SessionState;

constexpr int kRecoveryCodeCount = 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string NewToken() { return core::Base64Url(core::RandomBytes(32)); }

std::string TokenHash(std::string_view token) { return core::Sha256Hex(token); }

// Recovery codes are compared without case, dashes or spaces.
std::string NormaliseRecoveryCode(std::string_view code) {
  std::string out;
  for (unsigned char c : code) {
    if (c == '-' || c == ' ') continue;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

std::string NewRecoveryCode() {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::string raw;
  while (raw.size() < 12) {
    for (unsigned char b : core::RandomBytes(24)) {
      if (b >= 256 - (256 % kAlphabet.size())) continue;
      raw.push_back(kAlphabet[b % kAlphabet.size()]);
      if (raw.size() == 12) break;
    }
  }
  return raw.substr(0, 4) + "-" + raw.substr(4, 4) + "-" + raw.substr(8, 4);
}

core::Error InvalidCode(std::string_view path) {
  return core::Error::Invalid("the code is not valid",
                              {{std::string(path), "invalid_code", "is not valid"}});
}

audit::AuditEvent LoginEvent(const store::UserRecord* user, audit::Outcome outcome,
                             std::string_view address, std::string_view request_id,
                             std::string detail) {
  audit::AuditEvent e;
  if (user != nullptr) {
    e.user_id = user->id;
    e.role = std::string(domain::identity::ToCode(user->role));
    e.object_id = std::to_string(user->id.value);
  }
  e.action = audit::Action::kLogin;
  e.object_type = "session";
  e.outcome = outcome;
  e.source_address = std::string(address);
  e.request_id = std::string(request_id);
  e.detail = std::move(detail);
  return e;
}

Actor ActorOf(const store::UserRecord& u) {
  Actor a;
  a.user_id = u.id;
  a.username = u.username;
  a.display_name = u.display_name;
  a.role = u.role;
  a.discipline = u.discipline;
  a.team_ids = u.team_ids;
  a.revalidant_id = u.revalidant_id;
  return a;
}

}  // namespace

struct AuthService::Impl {
  store::Database& db;
  const core::Clock& clock;
  AuthOptions options;
  PasswordHasher hasher;
  std::once_flag dummy_once;
  std::string dummy_hash;

  Impl(store::Database& d, const core::Clock& c, AuthOptions o)
      : db(d), clock(c), options(std::move(o)), hasher(options.password) {}

  // A hash to verify against when the username is unknown, so that the answer takes as long
  // as for a wrong password (no user enumeration by timing).
  const std::string& DummyHash() {
    std::call_once(dummy_once, [&] {
      auto h = hasher.Hash(core::Base64Url(core::RandomBytes(16)));
      if (h.ok()) dummy_hash = std::move(h).value();
    });
    return dummy_hash;
  }

  core::Instant WindowStart(core::Instant now) const { return now - options.throttle_window; }

  // Whether the account or the address has reached its failure limit.
  core::Result<bool> Throttled(const std::string& account, std::string_view address,
                               core::Instant now) {
    return db.Read([&](store::Tx& tx) -> core::Result<bool> {
      WP_ASSIGN_OR_RETURN(int by_account, tx.throttle().CountFailuresSince(Kind::kAccount, account,
                                                                           WindowStart(now)));
      if (by_account >= options.max_failures_per_account) return true;
      WP_ASSIGN_OR_RETURN(
          int by_address,
          tx.throttle().CountFailuresSince(Kind::kAddress, std::string(address), WindowStart(now)));
      return by_address >= options.max_failures_per_address;
    });
  }

  // Records one failed attempt (account and address) with its audit entry, in one unit.
  core::Status RecordFailure(const std::string& account, std::string_view address,
                             const audit::AuditEvent& event, core::Instant now) {
    return db.WriteUnit([&](store::Tx& tx) -> core::Status {
      WP_RETURN_IF_ERROR(tx.throttle().RecordFailure(Kind::kAccount, account, now));
      WP_RETURN_IF_ERROR(tx.throttle().RecordFailure(Kind::kAddress, std::string(address), now));
      return audit::AppendInTx(tx, event, now);
    });
  }

  SessionState InitialState(const store::UserRecord& u) const {
    if (!domain::identity::RequiresTwoFactor(u.role)) return SessionState::kActive;
    return u.totp_enabled ? SessionState::kTotpRequired : SessionState::kTotpEnrolmentRequired;
  }

  struct Loaded {
    store::SessionRecord session;
    store::UserRecord user;
  };

  // Active sessions read within options.session_cache_ttl, by token hash (Authenticate only:
  // the second-factor and enrolment steps always read the store).
  struct Cached {
    Loaded loaded;
    core::Instant read_at;
    std::uint64_t generation = 0;
  };
  static constexpr std::size_t kCacheLimit = 10000;
  std::mutex cache_mu;
  std::unordered_map<std::string, Cached> cache;

  std::optional<Loaded> FromCache(const std::string& hash, core::Instant now) {
    if (options.session_cache_ttl.count() <= 0) return std::nullopt;
    std::lock_guard lock(cache_mu);
    auto it = cache.find(hash);
    if (it == cache.end()) return std::nullopt;
    const Cached& c = it->second;
    if (c.generation != internal::IdentityGeneration() || now < c.read_at ||
        now - c.read_at >= options.session_cache_ttl) {
      cache.erase(it);
      return std::nullopt;
    }
    return c.loaded;
  }

  void Remember(const std::string& hash, const Loaded& l, core::Instant now,
                std::uint64_t generation) {
    if (options.session_cache_ttl.count() <= 0 || l.session.state != SessionState::kActive) {
      return;
    }
    std::lock_guard lock(cache_mu);
    if (cache.size() >= kCacheLimit) cache.clear();
    cache[hash] = Cached{l, now, generation};
  }

  void Forget(const std::string& hash) {
    std::lock_guard lock(cache_mu);
    cache.erase(hash);
  }

  void Touched(const std::string& hash, core::Instant at) {
    std::lock_guard lock(cache_mu);
    if (auto it = cache.find(hash); it != cache.end()) it->second.loaded.session.last_seen_at = at;
  }

  // The live session for `token` and its user, or kUnauthenticated (expired sessions and
  // sessions of disabled users are deleted on the way). `use_cache`: may answer from the
  // session cache (see AuthOptions::session_cache_ttl).
  core::Result<Loaded> Load(std::string_view token, core::Instant now, bool use_cache = false) {
    if (token.empty()) return core::Error::Unauthenticated("no session");
    const std::string hash = TokenHash(token);
    if (use_cache) {
      if (auto hit = FromCache(hash, now)) {
        const store::SessionRecord& s = hit->session;
        if (s.expires_at > now && s.last_seen_at + options.idle_timeout >= now) return *hit;
        Forget(hash);  // expired: the store decides (and deletes it) below
      }
    }
    // Read before the store: a change that commits after this value was read moves it, so
    // what is remembered below cannot outlive that change.
    const std::uint64_t generation = internal::IdentityGeneration();
    struct Found {
      std::optional<store::SessionRecord> session;
      std::optional<store::UserRecord> user;
    };
    WP_ASSIGN_OR_RETURN(Found found, db.Read([&](store::Tx& tx) -> core::Result<Found> {
      Found f;
      WP_ASSIGN_OR_RETURN(f.session, tx.sessions().Find(hash));
      if (!f.session) return f;
      auto user = tx.users().Get(f.session->user_id);
      if (!user.ok()) {
        if (user.error().code == core::ErrorCode::kNotFound) return f;
        return std::move(user).error();
      }
      f.user = std::move(user).value();
      return f;
    }));
    if (!found.session) return core::Error::Unauthenticated("no session");
    const store::SessionRecord& s = *found.session;
    const bool expired = s.expires_at <= now || s.last_seen_at + options.idle_timeout < now;
    if (expired || !found.user || found.user->disabled) {
      // Deferred during a read (the 401 then waits for it): see Database::WriteOrDefer.
      WP_RETURN_IF_ERROR(
          db.WriteOrDefer([hash](store::Tx& tx) { return tx.sessions().Delete(hash); }));
      return core::Error::Unauthenticated(expired ? "session expired" : "no session");
    }
    Loaded out{*found.session, *found.user};
    if (use_cache) Remember(hash, out, now, generation);
    return out;
  }

  SessionView View(const Loaded& l) const { return ViewOf(l.session, ToView(l.user)); }
};

AuthService::AuthService(store::Database& db, const core::Clock& clock, AuthOptions options)
    : impl_(std::make_unique<Impl>(db, clock, std::move(options))) {}

AuthService::~AuthService() = default;

const PasswordHasher& AuthService::hasher() const { return impl_->hasher; }

std::chrono::seconds AuthService::RetryAfter() const {
  return std::chrono::duration_cast<std::chrono::seconds>(impl_->options.throttle_window);
}

SessionView AuthService::ViewOf(const store::SessionRecord& s, const UserView& user) {
  SessionView v;
  v.state = s.state;
  v.csrf_token = s.csrf_token;
  v.expires_at = s.expires_at;
  v.user = user;
  return v;
}

core::Result<LoginResult> AuthService::Login(std::string_view username, std::string_view password,
                                             std::string_view source_address,
                                             std::string_view request_id) {
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  const std::string account = Lower(username);

  WP_ASSIGN_OR_RETURN(bool throttled, m.Throttled(account, source_address, now));
  if (throttled) {
    WP_RETURN_IF_ERROR(audit::Append(
        m.db, LoginEvent(nullptr, audit::Outcome::kDenied, source_address, request_id, "throttled"),
        now));
    core::log::Warn("login_throttled", {{"request_id", request_id}});
    return core::Error::TooManyRequests("too many failed logins; try again later");
  }

  WP_ASSIGN_OR_RETURN(std::optional<store::UserRecord> user,
                      m.db.Read([&](store::Tx& tx) { return tx.users().FindByUsername(account); }));

  // Always verify one hash (the dummy one for unknown users), outside any transaction.
  const bool password_ok = user ? m.hasher.Verify(user->password_hash, password)
                                : (m.hasher.Verify(m.DummyHash(), password), false);
  if (!user || !password_ok || user->disabled) {
    std::string detail = !user ? "unknown_user" : (!password_ok ? "wrong_password" : "disabled");
    audit::Outcome outcome =
        (user && password_ok) ? audit::Outcome::kDenied : audit::Outcome::kFailure;
    WP_RETURN_IF_ERROR(m.RecordFailure(
        account, source_address,
        LoginEvent(user ? &*user : nullptr, outcome, source_address, request_id, detail), now));
    return core::Error::Unauthenticated("wrong username or password");
  }

  std::string token = NewToken();
  store::SessionRecord s;
  s.token_hash = TokenHash(token);
  s.user_id = user->id;
  s.state = m.InitialState(*user);
  s.csrf_token = NewToken();
  s.created_at = now;
  s.last_seen_at = now;
  s.expires_at = now + m.options.absolute_timeout;
  s.source_address = std::string(source_address);

  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.throttle().Clear(Kind::kAccount, account));
    WP_RETURN_IF_ERROR(tx.sessions().Insert(s));
    if (s.state == SessionState::kActive) {
      WP_RETURN_IF_ERROR(tx.users().SetLastLogin(user->id, now));
      user->last_login_at = now;
    }
    return audit::AppendInTx(
        tx,
        LoginEvent(
            &*user, audit::Outcome::kSuccess, source_address, request_id,
            s.state == SessionState::kActive ? "step=password" : "step=password,totp=pending"),
        now);
  }));
  internal::NoteIdentityChange();  // last_login_at of a possibly cached user
  core::log::Info("login", {{"user_id", user->id.value}, {"state", store::ToCode(s.state)}});
  return LoginResult{std::move(token), ViewOf(s, ToView(*user))};
}

core::Result<Authenticated> AuthService::Authenticate(std::string_view token,
                                                      std::string_view source_address,
                                                      std::string_view request_id) {
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  WP_ASSIGN_OR_RETURN(Impl::Loaded l, m.Load(token, now, /*use_cache=*/true));
  if (now - l.session.last_seen_at >= m.options.touch_interval) {
    // During a read the answer waits for this instead of the handler (Database::WriteOrDefer).
    WP_RETURN_IF_ERROR(m.db.WriteOrDefer([hash = l.session.token_hash, now](store::Tx& tx) {
      return tx.sessions().Touch(hash, now);
    }));
    l.session.last_seen_at = now;
    m.Touched(l.session.token_hash, now);
  }
  Authenticated out;
  out.context.actor = ActorOf(l.user);
  out.context.source_address = std::string(source_address);
  out.context.request_id = std::string(request_id);
  out.context.now = now;
  out.session = m.View(l);
  return out;
}

core::Result<SessionView> AuthService::VerifyTotp(std::string_view token, const SecondFactor& input,
                                                  std::string_view source_address,
                                                  std::string_view request_id) {
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  WP_ASSIGN_OR_RETURN(Impl::Loaded l, m.Load(token, now));
  if (l.session.state != SessionState::kTotpRequired) {
    return core::Error::Rule("no second factor is expected for this session");
  }
  if (input.code.has_value() == input.recovery_code.has_value()) {
    return core::Error::Invalid(
        "give either code or recovery_code",
        {{input.code ? "recovery_code" : "code", input.code ? "invalid_value" : "required",
          "give exactly one of code and recovery_code"}});
  }
  const std::string account = l.user.username;
  WP_ASSIGN_OR_RETURN(bool throttled, m.Throttled(account, source_address, now));
  if (throttled) {
    WP_RETURN_IF_ERROR(audit::Append(m.db,
                                     LoginEvent(&l.user, audit::Outcome::kDenied, source_address,
                                                request_id, "step=totp,throttled"),
                                     now));
    return core::Error::TooManyRequests("too many failed attempts; try again later");
  }

  const bool by_recovery = input.recovery_code.has_value();
  std::optional<std::int64_t> step;
  std::string recovery_hash;
  if (by_recovery) {
    recovery_hash = core::Sha256Hex(NormaliseRecoveryCode(*input.recovery_code));
  } else {
    step = MatchTotp(l.user.totp_secret, *input.code, now);
  }

  store::SessionRecord updated = l.session;
  updated.state = SessionState::kActive;
  updated.csrf_token = NewToken();  // new privileges, new CSRF token
  // The unit answers whether the factor was accepted; a refusal still commits the failure
  // record and its audit entry.
  WP_ASSIGN_OR_RETURN(bool accepted, m.db.Write([&](store::Tx& tx) -> core::Result<bool> {
    bool ok = false;
    std::string detail;
    if (by_recovery) {
      WP_ASSIGN_OR_RETURN(ok, tx.users().ConsumeRecoveryCode(l.user.id, recovery_hash, now));
      detail = ok ? "step=recovery_code" : "step=recovery_code,invalid";
    } else if (step) {
      // Re-read inside the write unit: two requests with the same code cannot both pass.
      WP_ASSIGN_OR_RETURN(store::UserRecord fresh, tx.users().Get(l.user.id));
      ok = *step > fresh.totp_last_step;
      detail = ok ? "step=totp" : "step=totp,replay";
      if (ok) WP_RETURN_IF_ERROR(tx.users().SetTotpLastStep(l.user.id, *step));
    } else {
      detail = "step=totp,invalid";
    }
    if (!ok) {
      WP_RETURN_IF_ERROR(tx.throttle().RecordFailure(Kind::kAccount, account, now));
      WP_RETURN_IF_ERROR(
          tx.throttle().RecordFailure(Kind::kAddress, std::string(source_address), now));
      WP_RETURN_IF_ERROR(audit::AppendInTx(
          tx, LoginEvent(&l.user, audit::Outcome::kFailure, source_address, request_id, detail),
          now));
      return false;
    }
    WP_RETURN_IF_ERROR(tx.sessions().Update(updated));
    WP_RETURN_IF_ERROR(tx.users().SetLastLogin(l.user.id, now));
    WP_RETURN_IF_ERROR(tx.throttle().Clear(Kind::kAccount, account));
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, LoginEvent(&l.user, audit::Outcome::kSuccess, source_address, request_id, detail),
        now));
    return true;
  }));
  internal::NoteIdentityChange();  // recovery codes, last step, failure records
  if (!accepted) return InvalidCode(by_recovery ? "recovery_code" : "code");
  l.session = updated;
  l.user.last_login_at = now;
  return m.View(l);
}

core::Result<TotpEnrolment> AuthService::StartEnrolment(std::string_view token,
                                                        std::string_view source_address,
                                                        std::string_view request_id) {
  (void)source_address;
  (void)request_id;
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  WP_ASSIGN_OR_RETURN(Impl::Loaded l, m.Load(token, now));
  if (l.session.state != SessionState::kTotpEnrolmentRequired) {
    return core::Error::Rule("this session does not need a TOTP enrolment");
  }
  TotpEnrolment out;
  out.secret = NewTotpSecret();
  if (out.secret.empty()) return core::Error::Internal("could not generate a TOTP secret");
  out.otpauth_uri = OtpauthUri(m.options.totp_issuer, l.user.username, out.secret);
  out.qr_svg = QrSvg(out.otpauth_uri);
  if (out.qr_svg.empty()) return core::Error::Internal("could not render the QR code");
  store::SessionRecord updated = l.session;
  updated.pending_totp_secret = out.secret;
  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) { return tx.sessions().Update(updated); }));
  internal::NoteIdentityChange();
  return out;
}

core::Result<EnrolmentConfirmed> AuthService::ConfirmEnrolment(std::string_view token,
                                                               std::string_view code,
                                                               std::string_view source_address,
                                                               std::string_view request_id) {
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  WP_ASSIGN_OR_RETURN(Impl::Loaded l, m.Load(token, now));
  if (l.session.state != SessionState::kTotpEnrolmentRequired ||
      l.session.pending_totp_secret.empty()) {
    return core::Error::Rule("no TOTP enrolment was started for this session");
  }
  const std::string account = l.user.username;
  WP_ASSIGN_OR_RETURN(bool throttled, m.Throttled(account, source_address, now));
  if (throttled) return core::Error::TooManyRequests("too many failed attempts; try again later");

  const std::string secret = l.session.pending_totp_secret;
  std::optional<std::int64_t> step = MatchTotp(secret, code, now);
  if (!step) {
    WP_RETURN_IF_ERROR(m.RecordFailure(account, source_address,
                                       LoginEvent(&l.user, audit::Outcome::kFailure, source_address,
                                                  request_id, "step=totp_enrolment,invalid"),
                                       now));
    return InvalidCode("code");
  }

  EnrolmentConfirmed out;
  std::vector<std::string> hashes;
  for (int i = 0; i < kRecoveryCodeCount; ++i) {
    out.recovery_codes.push_back(NewRecoveryCode());
    hashes.push_back(core::Sha256Hex(NormaliseRecoveryCode(out.recovery_codes.back())));
  }
  store::SessionRecord updated = l.session;
  updated.state = SessionState::kActive;
  updated.pending_totp_secret.clear();
  updated.csrf_token = NewToken();
  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.users().SetTotp(l.user.id, secret, true));
    WP_RETURN_IF_ERROR(tx.users().SetTotpLastStep(l.user.id, *step));
    WP_RETURN_IF_ERROR(tx.users().ReplaceRecoveryCodes(l.user.id, hashes));
    WP_RETURN_IF_ERROR(tx.sessions().Update(updated));
    WP_RETURN_IF_ERROR(tx.users().SetLastLogin(l.user.id, now));
    WP_RETURN_IF_ERROR(tx.throttle().Clear(Kind::kAccount, account));
    return audit::AppendInTx(tx,
                             LoginEvent(&l.user, audit::Outcome::kSuccess, source_address,
                                        request_id, "step=totp_enrolment"),
                             now);
  }));
  internal::NoteIdentityChange();
  l.session = updated;
  l.user.totp_enabled = true;
  l.user.last_login_at = now;
  ++l.user.version;
  out.session = m.View(l);
  return out;
}

core::Status AuthService::ChangePassword(const RequestContext& ctx, std::string_view token,
                                         std::string_view current_password,
                                         std::string_view new_password) {
  Impl& m = *impl_;
  std::vector<core::FieldError> fields;
  if (new_password.size() < kMinPasswordLength) {
    fields.push_back({"new_password", "too_short", "must have at least 12 characters"});
  } else if (new_password.size() > kMaxPasswordLength) {
    fields.push_back({"new_password", "too_long", "must have at most 256 characters"});
  }
  WP_ASSIGN_OR_RETURN(store::UserRecord user,
                      m.db.Read([&](store::Tx& tx) { return tx.users().Get(ctx.actor.user_id); }));
  if (!m.hasher.Verify(user.password_hash, current_password)) {
    fields.insert(fields.begin(), {"current_password", "invalid_value", "is not correct"});
  }
  if (!fields.empty()) return core::Error::Invalid("password not changed", std::move(fields));
  WP_ASSIGN_OR_RETURN(std::string hash, m.hasher.Hash(new_password));
  const std::string token_hash = TokenHash(token);
  auto changed = m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.users().SetPasswordHash(user.id, hash));
    // End every other session of the user; keep this one.
    WP_ASSIGN_OR_RETURN(std::optional<store::SessionRecord> current,
                        tx.sessions().Find(token_hash));
    WP_RETURN_IF_ERROR(tx.sessions().DeleteForUser(user.id));
    if (current && current->user_id == user.id) WP_RETURN_IF_ERROR(tx.sessions().Insert(*current));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "user", std::to_string(user.id.value));
    e.detail = "password";
    return audit::AppendInTx(tx, e, ctx.now);
  });
  internal::NoteIdentityChange();  // the user's other sessions ended
  return changed;
}

core::Status AuthService::Logout(std::string_view token, std::string_view source_address,
                                 std::string_view request_id) {
  Impl& m = *impl_;
  if (token.empty()) return core::Ok();
  const core::Instant now = m.clock.Now();
  const std::string hash = TokenHash(token);
  m.Forget(hash);
  auto ended = m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(std::optional<store::SessionRecord> s, tx.sessions().Find(hash));
    if (!s) return core::Ok();
    WP_RETURN_IF_ERROR(tx.sessions().Delete(hash));
    auto user = tx.users().Get(s->user_id);
    return audit::AppendInTx(
        tx,
        LoginEvent(user.ok() ? &user.value() : nullptr, audit::Outcome::kSuccess, source_address,
                   request_id, "logout"),
        now);
  });
  // Also after the commit: a request that read the session meanwhile must not keep it.
  internal::NoteIdentityChange();
  return ended;
}

core::Status AuthService::Sweep() {
  Impl& m = *impl_;
  const core::Instant now = m.clock.Now();
  return m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.sessions().DeleteExpired(now, now - m.options.idle_timeout));
    return tx.throttle().DeleteBefore(m.WindowStart(now));
  });
}

}  // namespace werkpad::service
