#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "service/password.hpp"
#include "service/views.hpp"
#include "store/database.hpp"

namespace werkpad::service {

struct UserListQuery {
  std::string text;  // part of username or display name; empty = all
  std::string role;  // role code; empty = all
  store::PageRequest page;
};

// POST /users. Role and discipline as codes so that invalid values come back as field errors.
struct NewUser {
  std::string username;                 // 3–64 of a-z 0-9 . _ - (lowercased first)
  std::string display_name;             // required, <= 200
  std::string email;                    // optional, must look like an e-mail address when given
  std::string role;                     // role code, required
  std::string discipline;               // required for therapeut (must be a known discipline code)
  std::vector<core::TeamId> team_ids;   // each must exist
  core::RevalidantId revalidant_id;     // for the revalidant role only
  std::optional<std::string> password;  // none -> generated; given -> >= 12 characters
};

struct UserCreated {
  UserView user;
  std::string initial_password;  // the given or generated password, shown once
};

// PUT /users/{id}.
struct UserUpdate {
  std::string display_name;
  std::string email;
  std::string role;
  std::string discipline;
  std::vector<core::TeamId> team_ids;
  std::int64_t version = 0;  // the version the edit was based on
};

// GET /staff item.
struct StaffEntry {
  core::UserId id;
  std::string display_name;
  domain::identity::Role role = domain::identity::Role::kTherapeut;
  std::string discipline;  // empty -> null
};

// User administration (admin) and the staff directory. Thread-safe.
// Every method: kForbidden (audited, outcome denied) when the policy refuses; kUnavailable on
// database failure. Changes are audited in the same transaction (object_type "user").
class UserService {
 public:
  UserService(store::Database& db, const core::Clock& clock, PasswordHasherOptions hashing = {});
  // Shares `hasher`'s concurrency limit (use AuthService::hasher() in the server wiring).
  UserService(store::Database& db, const core::Clock& clock, const PasswordHasher& hasher);
  ~UserService();

  // Errors: kInvalidInput (field "role" invalid_value, "page"/"page_size" out_of_range).
  core::Result<PageView<UserView>> List(const RequestContext& ctx, const UserListQuery& q);
  // kNotFound.
  core::Result<UserView> Get(const RequestContext& ctx, core::UserId id);
  // kInvalidInput with field errors (username required/invalid_value/too_long, display_name
  // required/too_long, email invalid_email, role required/invalid_value, discipline
  // required/invalid_value, team_ids invalid_value, password too_short);
  // kConflict field "username" code "taken".
  core::Result<UserCreated> Create(const RequestContext& ctx, const NewUser& in);
  // Same validation; kConflict on a stale version; kNotFound. A role change ends the user's
  // sessions.
  core::Result<UserView> Update(const RequestContext& ctx, core::UserId id, const UserUpdate& in);
  // Disable ends the user's sessions; an admin cannot disable themselves (kRuleViolation).
  core::Result<UserView> Disable(const RequestContext& ctx, core::UserId id);
  core::Result<UserView> Enable(const RequestContext& ctx, core::UserId id);
  // Sets a generated temporary password (returned once) and ends the user's sessions.
  core::Result<std::string> ResetPassword(const RequestContext& ctx, core::UserId id);
  // Clears TOTP and recovery codes (enrolment at next login) and ends the user's sessions.
  core::Result<UserView> ResetTotp(const RequestContext& ctx, core::UserId id);
  // Enabled staff users (revalidatiearts, ric, therapeut), optionally one role, ordered by
  // display name. Any staff role or admin. kInvalidInput field "role" invalid_value.
  core::Result<std::vector<StaffEntry>> StaffDirectory(const RequestContext& ctx,
                                                       const std::string& role);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Username rule: 3–64 characters of a-z 0-9 . _ - (after lowercasing).
bool IsValidUsername(std::string_view username);

}  // namespace werkpad::service
