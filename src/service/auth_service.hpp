#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "service/password.hpp"
#include "service/views.hpp"
#include "store/database.hpp"
#include "store/sessions.hpp"

namespace werkpad::service {

// Every field has a default that production uses.
struct AuthOptions {
  // A session ends after this long without a request (Authenticate touches it) ...
  std::chrono::minutes idle_timeout{30};
  // ... and in any case this long after login.
  std::chrono::hours absolute_timeout{12};
  // last_seen is written at most this often (saves a write per request); the idle timeout is
  // therefore exact to within this interval.
  std::chrono::seconds touch_interval{60};
  // An active session and its user, once read, are kept in memory this long (0: never), so a
  // burst of requests reads them once. A change made through this process (logout, second
  // factor, user admin: internal::NoteIdentityChange) takes effect on the next request; one made
  // by another process (`werkpad user disable`, a second server on the same PostgreSQL) within
  // this time. Expiry is still checked on every request.
  std::chrono::milliseconds session_cache_ttl{1000};
  // Login throttling: after this many failures within `throttle_window` further attempts for
  // the same account (username) or the same source address get kTooManyRequests, without
  // checking the password, until the window has passed. A successful login clears the
  // account's counter.
  int max_failures_per_account = 5;
  int max_failures_per_address = 20;
  std::chrono::minutes throttle_window{15};
  // Issuer shown in authenticator apps (otpauth URI label and issuer parameter).
  std::string totp_issuer = "werkpad";
  // Argon2id cost and concurrency (see password.hpp). Tests use PasswordCost::kMinimal.
  PasswordHasherOptions password;
};

// The session as GET/POST /session answer it.
struct SessionView {
  store::SessionState state = store::SessionState::kActive;
  std::string csrf_token;
  core::Instant expires_at{};  // absolute expiry
  UserView user;
};

struct LoginResult {
  std::string token;  // the cookie value (werkpad_session); only its SHA-256 is stored
  SessionView session;
};

// The result of Authenticate: the request context for services plus the session.
// session.state may be other than active: http allows only GET/DELETE /session and the TOTP
// endpoints then (and answers 401 elsewhere).
struct Authenticated {
  RequestContext context;
  SessionView session;
};

struct TotpEnrolment {
  std::string secret;       // base32, 160 bits
  std::string otpauth_uri;  // otpauth://totp/werkpad:<username>?secret=...&issuer=werkpad&...
  std::string qr_svg;       // <svg ...> of the URI (libqrencode), for the enrolment page
};

struct EnrolmentConfirmed {
  std::vector<std::string> recovery_codes;  // 10 one-time codes "abcd-efgh-ijkl"
  SessionView session;                      // now active
};

// Login, sessions, two-factor authentication and own password. Thread-safe (state lives in
// the database); owned by the app wiring, shared by all request threads.
// Every login success/failure/denial and every 2FA step is audited (action "login", object
// "session"); no username or password ever goes into the log.
class AuthService {
 public:
  AuthService(store::Database& db, const core::Clock& clock, AuthOptions options = {});
  ~AuthService();

  // The password hasher (shares its concurrency limit with copies): pass it to UserService so
  // that logins and user administration together run at most options.password.max_concurrent
  // hashes.
  const PasswordHasher& hasher() const;
  // How long a throttled client should wait before trying again (the throttle window: an upper
  // bound, the oldest counted failure may leave it sooner). For Retry-After on 429 answers.
  std::chrono::seconds RetryAfter() const;

  // Checks username + password. On success creates a session: state kActive for non-staff,
  // kTotpRequired for staff with TOTP enabled, kTotpEnrolmentRequired for staff without.
  // Errors: kUnauthenticated (unknown user, wrong password, disabled user — indistinguishable),
  // kTooManyRequests (throttled, per account or per address), kUnavailable.
  core::Result<LoginResult> Login(std::string_view username, std::string_view password,
                                  std::string_view source_address, std::string_view request_id);

  // Resolves the cookie token to a session in any state, and touches it (last_seen = now).
  // Errors: kUnauthenticated when the token is unknown, idle longer than idle_timeout, past
  // its absolute expiry (the session is then deleted), or the user is disabled; kUnavailable.
  core::Result<Authenticated> Authenticate(std::string_view token, std::string_view source_address,
                                           std::string_view request_id);

  // Second factor: exactly one of `code` (6 digits, RFC 6238, 30 s, ±1 step) or
  // `recovery_code` (one-time; "abcd-efgh-ijkl", case and dashes/spaces ignored).
  // A TOTP step at or before the last accepted one is refused (replay protection).
  // Errors: kUnauthenticated (no session), kRuleViolation (state is not totp_required),
  // kInvalidInput field "code" or "recovery_code", code "invalid_code";
  // kTooManyRequests when the account's failure limit is reached (failures count as login
  // failures).
  struct SecondFactor {
    std::optional<std::string> code;
    std::optional<std::string> recovery_code;
  };
  core::Result<SessionView> VerifyTotp(std::string_view token, const SecondFactor& input,
                                       std::string_view source_address,
                                       std::string_view request_id);

  // Generates a fresh secret for the session (state kTotpEnrolmentRequired only), remembers it
  // in the session (pending) and returns it with URI and QR code. Calling again replaces it.
  // Errors: kUnauthenticated, kRuleViolation (other state), kUnavailable.
  core::Result<TotpEnrolment> StartEnrolment(std::string_view token,
                                             std::string_view source_address,
                                             std::string_view request_id);

  // Confirms the pending secret with a current code: enables TOTP for the user, stores the
  // step as last used, replaces the recovery codes with 10 new ones (returned once, stored
  // hashed) and makes the session active.
  // Errors: kUnauthenticated, kRuleViolation (no enrolment started / other state),
  // kInvalidInput field "code" code "invalid_code".
  core::Result<EnrolmentConfirmed> ConfirmEnrolment(std::string_view token, std::string_view code,
                                                    std::string_view source_address,
                                                    std::string_view request_id);

  // Changes the actor's own password. Other sessions of the user are ended; the current one
  // stays. Errors: kInvalidInput field "current_password" code "invalid_value" (wrong),
  // field "new_password" code "too_short" (< 12 characters) or "too_long" (> 256),
  // kUnavailable.
  core::Status ChangePassword(const RequestContext& ctx, std::string_view token,
                              std::string_view current_password, std::string_view new_password);

  // Ends the session (deleting an unknown token is Ok).
  core::Status Logout(std::string_view token, std::string_view source_address,
                      std::string_view request_id);

  // Removes expired sessions and old throttle records (called periodically by the app).
  core::Status Sweep();

  // The session view for a user + session record (also used by user_service).
  static SessionView ViewOf(const store::SessionRecord& s, const UserView& user);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
