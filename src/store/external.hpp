#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

// Storage of external access (migration 0010): grants that link an external account
// (werkgever, bedrijfsarts, partner) to one revalidant as one form 3 party, and the messages
// external parties send. Plain records; the consent decides what a grant shows (service layer).

struct ExternalGrantRecord {
  std::int64_t id = 0;
  core::RevalidantId revalidant_id;
  core::UserId user_id;
  std::string party;              // form 3 party code
  std::string status = "active";  // "active" | "revoked"
  core::UserId invited_by;  // 0: the system (demo data, CLI)
  core::Instant invited_at{};
  core::UserId revoked_by;  // 0 while active
  std::optional<core::Instant> revoked_at;
  std::optional<core::Instant> last_viewed_at;
};

struct ExternalMessageRecord {
  std::int64_t id = 0;
  core::RevalidantId revalidant_id;
  std::int64_t grant_id = 0;
  core::UserId user_id;
  std::string party;
  std::string text;
  core::Instant created_at{};
};

// REQUIRES for every method: called inside one Database unit of work.
class ExternalRepo {
 public:
  virtual ~ExternalRepo() = default;

  // Inserts an active grant; returns the id. kConflict (field "user_id", "taken") when the
  // account already has an active grant for this revalidant.
  virtual core::Result<std::int64_t> InsertGrant(const ExternalGrantRecord& g) = 0;
  // kNotFound when absent.
  virtual core::Result<ExternalGrantRecord> GetGrant(std::int64_t id) = 0;
  // Every grant of a revalidant: active first, then revoked; newest first within each.
  virtual core::Result<std::vector<ExternalGrantRecord>> GrantsOfRevalidant(
      core::RevalidantId revalidant) = 0;
  // The active grants of an account, oldest first.
  virtual core::Result<std::vector<ExternalGrantRecord>> ActiveGrantsOfUser(core::UserId user) = 0;
  // The active grant of this account for this revalidant, if any.
  virtual core::Result<std::optional<ExternalGrantRecord>> FindActiveGrant(
      core::UserId user, core::RevalidantId revalidant) = 0;
  // Sets status "revoked", revoked_by/at if the grant is active. kNotFound when absent,
  // kConflict when already revoked.
  virtual core::Status RevokeGrant(std::int64_t id, core::UserId by, core::Instant at) = 0;
  virtual core::Status TouchGrant(std::int64_t id, core::Instant viewed_at) = 0;

  virtual core::Result<std::int64_t> InsertMessage(const ExternalMessageRecord& m) = 0;
  // Newest first.
  virtual core::Result<std::vector<ExternalMessageRecord>> MessagesOfRevalidant(
      core::RevalidantId revalidant) = 0;
  // Newest first: the messages this account sent about this revalidant.
  virtual core::Result<std::vector<ExternalMessageRecord>> MessagesOfUser(
      core::UserId user, core::RevalidantId revalidant) = 0;
};

}  // namespace werkpad::store
