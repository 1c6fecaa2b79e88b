#pragma once

// Internal to AgrService (agr_service.cpp, agr_forms.cpp, agr_consent.cpp). Not public API.

#include <map>
#include <string>
#include <vector>

#include "service/agr_service.hpp"

namespace werkpad::service {

inline constexpr std::string_view kForm1 = "agr-1-intake-arts";
inline constexpr std::string_view kForm3 = "agr-3-toestemming";
// Form 1's expected rehabilitation duration (gives the expected discharge date).
inline constexpr std::string_view kForm1DurationKey = "verwachte_revalidatieduur";

struct AgrService::Impl {
  store::Database& db;
  const core::Clock& clock;
  domain::agr::TaskPolicy task_policy;
  std::vector<domain::forms::FormDefinition> builtin;  // resources/forms, loaded at start

  // Built-in or imported definition (id, version); nullopt when unknown.
  core::Result<std::optional<domain::forms::FormDefinition>> FindDefinition(
      store::Tx& tx, const std::string& id, std::int64_t version) const;
  // The latest version of `id` (built-in or imported); kNotFound when unknown.
  core::Result<domain::forms::FormDefinition> LatestDefinition(store::Tx& tx,
                                                               const std::string& id) const;
};

namespace agr_internal {

// Display names of users, looked up once per unit of work.
class Names {
 public:
  explicit Names(store::Tx& tx) : tx_(tx) {}
  UserRef Of(core::UserId id);
  std::optional<UserRef> OptOf(core::UserId id) {
    if (!id.valid()) return std::nullopt;
    return Of(id);
  }

 private:
  store::Tx& tx_;
  std::map<std::int64_t, std::string> cache_;
};

std::string IdText(std::int64_t id);

// Need-to-know on the revalidant (policy.hpp MayAccess with kReadRevalidant / kUpdateRevalidant).
// On refusal the attempt is audited (denied, own unit) and kForbidden returned.
// `object_type`/`object_id` name what was asked for in the audit row.
core::Result<store::RevalidantDetail> CheckRevalidantAccess(
    store::Database& db, const RequestContext& ctx, core::RevalidantId id, bool write,
    audit::Action action, const std::string& object_type, const std::string& object_id);

// Loads the trajectory and checks need-to-know on its revalidant (as above).
core::Result<store::TrajectoryRecord> LoadTrajectoryChecked(store::Database& db,
                                                            const RequestContext& ctx,
                                                            core::TrajectId id, bool write,
                                                            audit::Action action,
                                                            const std::string& object_type,
                                                            const std::string& object_id);

// The view of a trajectory for `actor` (names, route, allowed decisions, consent form state).
core::Result<TrajectoryView> BuildTrajectoryView(store::Tx& tx, const Actor& actor,
                                                 store::TrajectoryRecord rec, core::Instant now);

// Whether form 3 of the trajectory is signed (forms::IsComplete for a signature form).
core::Result<bool> ConsentFormSigned(store::Tx& tx, core::TrajectId id);

// The task records for the templates, assigned by role: ric -> the trajectory's RIC,
// revalidatiearts -> its arts, therapeut -> nobody (any team member).
std::vector<store::TaskRecord> TaskRecordsFor(const store::TrajectoryRecord& rec,
                                              const std::vector<domain::agr::TaskTemplate>& ts,
                                              core::Instant now);

// THE way a task is marked done inside the caller's unit of work: the store's version-checked
// completion by `by`, and its audit row (agr_task update with `detail`, e.g. "complete" or
// "complete;contact=12"). Used by POST /tasks/{id}/complete, a logged contact and a handover.
core::Status CompleteTaskInTx(store::Tx& tx, const RequestContext& ctx, std::int64_t task_id,
                              std::int64_t version, core::RevalidantId revalidant, core::UserId by,
                              const std::string& detail);

}  // namespace agr_internal
}  // namespace werkpad::service
