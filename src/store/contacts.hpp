#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

// Storage of the contact log of a trajectory (issue 6, migration 0008). Plain records; the rules
// are in domain/agr/contacts.hpp and the service.

// One logged contact (its current version).
struct ContactRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  core::RevalidantId revalidant_id;
  std::int64_t version = 1;
  core::Date date{};
  std::string party;
  std::string channel;
  std::string purpose;
  std::vector<std::string> materials;  // catalogue keys
  std::string other_materials;
  std::string summary;
  bool medical = false;
  std::optional<std::int64_t> task_id;  // the contact-moment task it fulfils
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

// One version of a contact as it stood (version 1: as logged).
struct ContactVersionRecord {
  std::int64_t version = 0;
  core::Date date{};
  std::string party;
  std::string channel;
  std::string purpose;
  std::vector<std::string> materials;
  std::string other_materials;
  std::string summary;
  bool medical = false;
  core::UserId by;
  core::Instant at{};
};

// REQUIRES for every method: called inside one Database unit of work.
class ContactRepo {
 public:
  virtual ~ContactRepo() = default;
  // Inserts the contact (version 1) and its first version row; returns the id. kConflict
  // (field "task_id", code "taken") when another contact already fulfils the task.
  virtual core::Result<std::int64_t> Insert(const ContactRecord& record) = 0;
  // kNotFound when absent.
  virtual core::Result<ContactRecord> Get(std::int64_t id) = 0;
  // The contacts of the trajectory, newest contact date first (then newest id).
  virtual core::Result<std::vector<ContactRecord>> ListOf(core::TrajectId trajectory) = 0;
  // Writes the editable fields, updated_* and version = expected_version + 1 if the stored
  // version is `expected_version`, and appends the new version row. kConflict when stale,
  // kNotFound when absent. Returns the new version.
  virtual core::Result<std::int64_t> Update(const ContactRecord& record,
                                            std::int64_t expected_version) = 0;
  // Every version, oldest first.
  virtual core::Result<std::vector<ContactVersionRecord>> ListVersions(std::int64_t id) = 0;
};

}  // namespace werkpad::store
