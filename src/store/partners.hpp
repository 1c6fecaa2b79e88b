#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

// Storage of network partners, handover moments between them, and the AGR handover record
// (migration 0009). Plain records; codes are those of domain/partners.

struct PartnerRecord {
  std::int64_t id = 0;
  core::RevalidantId revalidant_id;
  std::string kind;
  std::string label;  // kind "overig": the free label
  std::string name;
  std::string organisation;
  std::string phone;
  std::string email;
  std::string note;
  std::string roles;  // the overrides, domain::partners::EncodeOverrides
  std::optional<core::Date> ended_on;
  std::int64_t version = 1;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct HandoverMomentRecord {
  std::int64_t id = 0;
  core::RevalidantId revalidant_id;
  std::int64_t from_partner_id = 0;  // 0: from_party
  std::string from_party;
  std::int64_t to_partner_id = 0;
  std::string to_party;
  std::string phase;
  std::optional<core::Date> planned_on;
  std::optional<core::Date> done_on;
  std::string note;
  std::int64_t version = 1;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct AttendeeRecord {
  std::string name;
  std::string role;
};

struct HandoverRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  core::Date held_on{};
  std::string party;
  std::int64_t partner_id = 0;  // 0: none
  bool warm = false;
  std::int64_t visie_version = 0;
  std::string visie_sha256;
  std::string note;
  std::int64_t task_id = 0;  // the task it completed, 0: none
  std::vector<AttendeeRecord> attendees;
  core::UserId created_by;
  core::Instant created_at{};
};

// REQUIRES for every method: called inside one Database unit of work.
class PartnerRepo {
 public:
  virtual ~PartnerRepo() = default;

  // --- partners ---
  virtual core::Result<std::int64_t> InsertPartner(const PartnerRecord& r) = 0;
  // kNotFound when absent.
  virtual core::Result<PartnerRecord> GetPartner(std::int64_t id) = 0;
  // Every partner of the revalidant (ended ones too), oldest first.
  virtual core::Result<std::vector<PartnerRecord>> ListPartners(core::RevalidantId revalidant) = 0;
  // Writes every field but id/revalidant/created_*, version = expected + 1, if the stored version
  // is `expected_version`. Returns the new version. kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdatePartner(const PartnerRecord& r,
                                                   std::int64_t expected_version) = 0;

  // --- handover moments ---
  virtual core::Result<std::int64_t> InsertMoment(const HandoverMomentRecord& r) = 0;
  virtual core::Result<HandoverMomentRecord> GetMoment(std::int64_t id) = 0;
  // Ordered by date (done or planned), then id.
  virtual core::Result<std::vector<HandoverMomentRecord>> ListMoments(
      core::RevalidantId revalidant) = 0;
  virtual core::Result<std::int64_t> UpdateMoment(const HandoverMomentRecord& r,
                                                  std::int64_t expected_version) = 0;
  // kConflict when stale, kNotFound when absent.
  virtual core::Status DeleteMoment(std::int64_t id, std::int64_t expected_version) = 0;

  // --- the AGR handover record (never changed) ---
  virtual core::Result<std::int64_t> InsertHandover(const HandoverRecord& r) = 0;
  // Oldest first, with attendees.
  virtual core::Result<std::vector<HandoverRecord>> ListHandovers(core::TrajectId trajectory) = 0;
};

}  // namespace werkpad::store
