#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/identity/role.hpp"
#include "store/page.hpp"

namespace werkpad::store {

// A user account as stored. Security fields (hashes, TOTP secret) never leave the service layer.
struct UserRecord {
  core::UserId id;
  std::int64_t version = 0;
  std::string username;  // unique, lowercase
  std::string display_name;
  std::string email;
  domain::identity::Role role = domain::identity::Role::kTherapeut;
  std::string discipline;  // empty unless the role needs one
  std::vector<core::TeamId> team_ids;
  core::RevalidantId revalidant_id;  // set for the revalidant role: whose portal this is
  bool disabled = false;
  std::string password_hash;  // argon2id encoded string (libsodium)
  std::string totp_secret;    // raw secret bytes, base32-encoded; empty when not enrolled
  bool totp_enabled = false;
  std::int64_t totp_last_step = 0;  // last accepted TOTP time step (replay protection)
  std::optional<core::Instant> last_login_at;
  core::Instant created_at{};
};

struct UserFilter {
  std::string text;  // part of username or display name, case-insensitive
  std::optional<domain::identity::Role> role;
  bool include_disabled = true;
  PageRequest page;
};

// Port for user accounts. All methods: kUnavailable when the database fails.
class UserRepo {
 public:
  virtual ~UserRepo() = default;

  // kNotFound when absent.
  virtual core::Result<UserRecord> Get(core::UserId id) = 0;
  // nullopt when no user has this (lowercase) username.
  virtual core::Result<std::optional<UserRecord>> FindByUsername(const std::string& username) = 0;
  // The (lowest-id) account linked to this revalidant, enabled or not; nullopt when none.
  virtual core::Result<std::optional<UserRecord>> FindByRevalidant(core::RevalidantId id) = 0;
  virtual core::Result<Page<UserRecord>> List(const UserFilter& filter) = 0;
  // Inserts with version 1. kConflict (field "username", code "taken") when the name exists.
  virtual core::Result<core::UserId> Insert(const UserRecord& user) = 0;
  // Updates profile fields (display_name, email, role, discipline, team_ids, revalidant_id,
  // disabled) if the stored version equals user.version; returns the new version.
  // kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateProfile(const UserRecord& user) = 0;
  // Security fields; these bump the version too, except the login bookkeeping.
  virtual core::Status SetPasswordHash(core::UserId id, const std::string& hash) = 0;
  virtual core::Status SetTotp(core::UserId id, const std::string& secret, bool enabled) = 0;
  virtual core::Status SetTotpLastStep(core::UserId id, std::int64_t step) = 0;
  virtual core::Status SetLastLogin(core::UserId id, core::Instant at) = 0;

  // Recovery codes are stored as SHA-256 hex of the normalised code.
  virtual core::Status ReplaceRecoveryCodes(core::UserId id,
                                            const std::vector<std::string>& code_hashes) = 0;
  // Marks the code used; false when there is no unused code with this hash.
  virtual core::Result<bool> ConsumeRecoveryCode(core::UserId id, const std::string& code_hash,
                                                 core::Instant at) = 0;
  virtual core::Result<int> CountUnusedRecoveryCodes(core::UserId id) = 0;
};

}  // namespace werkpad::store
