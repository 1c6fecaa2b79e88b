#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/agr/route.hpp"
#include "domain/consent/consent.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::store {

// Storage of the AGR route (issue 3): trajectories with their decisions, team and setting
// history; tasks; imported form definitions; form responses with events and field history; and
// the consent events of form 3. Plain records; the domain values (domain::agr::Trajectory,
// domain::consent::ConsentRecord) are rebuilt from them by the repo. Answers and definitions are
// kept as JSON documents (codec::forms), converted by the service.

struct TeamMember {
  std::string discipline;  // discipline code
  core::UserId user_id;
};

struct SettingChange {
  std::string setting;  // "klinisch" | "poliklinisch"
  std::string handover_note;
  core::UserId changed_by;
  core::Instant changed_at{};
};

// One trajectory: the domain value (step, contacts, decisions in trajectory.history) plus what
// only the service layer knows (team, setting, version).
struct TrajectoryRecord {
  domain::agr::Trajectory trajectory;  // trajectory.id set by InsertTrajectory
  std::int64_t version = 1;
  bool active = true;  // false once terminal (afgerond / gestopt) and not reopened
  std::string setting = "klinisch";
  std::optional<domain::forms::Duration> expected_duration;
  core::UserId ric_user_id;
  core::UserId arts_user_id;
  std::vector<TeamMember> team;         // at most one per discipline
  std::vector<SettingChange> settings;  // oldest first; the first is the start
  std::optional<core::Instant> closed_at;
  core::Instant updated_at{};
};

struct TaskRecord {
  std::int64_t id = 0;
  std::int64_t version = 1;
  core::TrajectId trajectory_id;
  core::RevalidantId revalidant_id;  // read only (joined)
  std::string key;
  std::int64_t occurrence = 0;
  std::string role;  // identity role code
  core::UserId assignee;
  core::Date due{};
  std::string due_rule;
  std::string form;
  std::string source;
  core::Instant created_at{};
  std::optional<core::Instant> done_at;
  core::UserId done_by;
};

// Which tasks GET /tasks?mine=1 shows: assigned to `user`, or role "therapeut" tasks of
// trajectories where `user` is a team member.
struct TaskFilter {
  core::UserId user;
  bool open_only = true;
};

struct StoredFormDefinition {
  std::string form_id;
  std::int64_t form_version = 0;
  std::string title;
  bool requires_signature = false;
  std::string json;  // codec::forms format
  core::UserId imported_by;
  core::Instant imported_at{};
};

struct StoredSignature {
  std::string method;  // "portal" | "paper"
  core::Date signed_on{};
  core::UserId recorded_by;
  core::Instant recorded_at{};
};

struct FormResponseRecord {
  core::TrajectId trajectory_id;
  std::string form_id;
  std::int64_t form_version = 0;
  std::int64_t version = 1;
  std::string status = "draft";  // "draft" | "final" | "signed"
  std::string answers_json = "{}";
  std::optional<StoredSignature> signature;
  core::Instant created_at{};
  core::Instant updated_at{};
  core::UserId updated_by;
};

struct FormEventRecord {
  std::string type;  // domain::forms::ResponseEventType code
  core::UserId by;
  core::Instant at{};
  std::string reason;
};

struct FieldChangeRecord {
  std::string path;
  std::optional<std::string> old_json;  // nullopt: no answer before
  std::optional<std::string> new_json;  // nullopt: cleared
  core::UserId by;
  core::Instant at{};
};

// REQUIRES for every method: called inside one Database unit of work.
class AgrRepo {
 public:
  virtual ~AgrRepo() = default;

  // --- trajectories ---
  // Inserts the trajectory with its first setting and its team; returns the new id.
  // kConflict (field "revalidant_id", code "active_trajectory_exists") when the revalidant
  // already has an active one.
  virtual core::Result<core::TrajectId> InsertTrajectory(const TrajectoryRecord& record) = 0;
  // The trajectory with decisions, team and setting history. kNotFound when absent.
  virtual core::Result<TrajectoryRecord> GetTrajectory(core::TrajectId id) = 0;
  // Every trajectory of the revalidant, newest first.
  virtual core::Result<std::vector<TrajectoryRecord>> ListTrajectories(
      core::RevalidantId revalidant) = 0;
  // Every active trajectory (for the team meeting; the service filters by need-to-know).
  virtual core::Result<std::vector<TrajectoryRecord>> ListActiveTrajectories() = 0;
  // Writes the mutable columns of `record` (step, active, zzp, dates, duration, setting, RIC,
  // arts, contacts, closed_at) and replaces its team, if the stored version is
  // `expected_version`; appends decisions and setting changes beyond those stored. Returns the
  // new version. kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateTrajectory(const TrajectoryRecord& record,
                                                      std::int64_t expected_version) = 0;

  // --- tasks ---
  // Inserts tasks; a task whose (trajectory, key, occurrence) exists is skipped.
  virtual core::Status InsertTasks(const std::vector<TaskRecord>& tasks) = 0;
  virtual core::Result<std::vector<TaskRecord>> ListTasksOf(core::TrajectId trajectory) = 0;
  virtual core::Result<std::vector<TaskRecord>> ListTasks(const TaskFilter& filter) = 0;
  // Open tasks of active trajectories whose key is one of `keys` and whose due date is on or
  // before `due_by`, earliest first (the contact-moment signals).
  virtual core::Result<std::vector<TaskRecord>> ListOpenTasksDueBy(
      const std::vector<std::string>& keys, core::Date due_by) = 0;
  // kNotFound when absent.
  virtual core::Result<TaskRecord> GetTask(std::int64_t id) = 0;
  // Marks a task done if its version is `expected_version`. kConflict when stale.
  virtual core::Result<std::int64_t> CompleteTask(std::int64_t id, std::int64_t expected_version,
                                                  core::UserId by, core::Instant at) = 0;

  // --- form definitions (imported) ---
  virtual core::Result<std::vector<StoredFormDefinition>> ListFormDefinitions() = 0;
  virtual core::Result<std::optional<StoredFormDefinition>> FindFormDefinition(
      const std::string& form_id, std::int64_t form_version) = 0;
  // kConflict (field "version", code "published") when (id, version) exists.
  virtual core::Status InsertFormDefinition(const StoredFormDefinition& def) = 0;

  // --- form responses ---
  virtual core::Result<std::optional<FormResponseRecord>> FindResponse(
      core::TrajectId trajectory, const std::string& form_id) = 0;
  virtual core::Result<std::vector<FormResponseRecord>> ListResponses(
      core::TrajectId trajectory) = 0;
  // kConflict when a response for (trajectory, form) exists.
  virtual core::Status InsertResponse(const FormResponseRecord& record) = 0;
  // Writes status, answers, signature, updated_*, if the stored version is `expected_version`;
  // returns the new version. kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateResponse(const FormResponseRecord& record,
                                                    std::int64_t expected_version) = 0;
  virtual core::Status AppendResponseEvent(core::TrajectId trajectory, const std::string& form_id,
                                           const FormEventRecord& event) = 0;
  virtual core::Result<std::vector<FormEventRecord>> ListResponseEvents(
      core::TrajectId trajectory, const std::string& form_id) = 0;
  virtual core::Status AppendFieldChanges(core::TrajectId trajectory, const std::string& form_id,
                                          const std::vector<FieldChangeRecord>& changes) = 0;
  virtual core::Result<std::vector<FieldChangeRecord>> ListFieldChanges(
      core::TrajectId trajectory, const std::string& form_id) = 0;

  // --- consent (form 3) ---
  // The revalidant's consent record (events oldest first; empty when none).
  virtual core::Result<domain::consent::ConsentRecord> GetConsent(
      core::RevalidantId revalidant) = 0;
  // Appends `events` after the first `expected_count` stored events. kConflict when another
  // writer appended in between (the stored count differs).
  virtual core::Status AppendConsentEvents(core::RevalidantId revalidant,
                                           std::int64_t expected_count,
                                           const std::vector<domain::consent::ConsentEvent>&
                                               events) = 0;
};

}  // namespace werkpad::store
