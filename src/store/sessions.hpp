#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

enum class SessionState { kActive, kTotpRequired, kTotpEnrolmentRequired };

std::string_view ToCode(SessionState s);  // "active", "totp_required", "totp_enrolment_required"
std::optional<SessionState> ParseSessionState(std::string_view code);

// A login session. Lives in the database so that every werkpad process serves it.
// Only the SHA-256 of the token is stored: a database copy does not yield usable cookies.
struct SessionRecord {
  std::string token_hash;  // hex SHA-256 of the cookie token; primary key
  core::UserId user_id;
  SessionState state = SessionState::kActive;
  std::string csrf_token;
  std::string pending_totp_secret;  // during enrolment: the secret shown, not yet confirmed
  core::Instant created_at{};
  core::Instant last_seen_at{};
  core::Instant expires_at{};  // absolute expiry
  std::string source_address;
};

class SessionRepo {
 public:
  virtual ~SessionRepo() = default;
  virtual core::Status Insert(const SessionRecord& s) = 0;
  virtual core::Result<std::optional<SessionRecord>> Find(const std::string& token_hash) = 0;
  virtual core::Status Touch(const std::string& token_hash, core::Instant at) = 0;
  virtual core::Status Update(const SessionRecord& s) = 0;  // state, csrf, pending secret
  virtual core::Status Delete(const std::string& token_hash) = 0;
  virtual core::Status DeleteForUser(core::UserId user) = 0;
  // Removes sessions idle since before `idle_before` or past their absolute expiry at `now`.
  virtual core::Result<std::int64_t> DeleteExpired(core::Instant now,
                                                   core::Instant idle_before) = 0;
};

// Failed logins, for throttling per account and per source address.
class LoginThrottleRepo {
 public:
  virtual ~LoginThrottleRepo() = default;
  enum class Kind { kAccount, kAddress };
  virtual core::Status RecordFailure(Kind kind, const std::string& key, core::Instant at) = 0;
  virtual core::Result<int> CountFailuresSince(Kind kind, const std::string& key,
                                               core::Instant since) = 0;
  virtual core::Status Clear(Kind kind, const std::string& key) = 0;
  virtual core::Status DeleteBefore(core::Instant before) = 0;
};

}  // namespace werkpad::store
