#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/agr/route.hpp"
#include "domain/partners/partners.hpp"
#include "service/agr_service.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// Network partners of a revalidant with their role per AGR phase, the handover moments between
// partners, the matrix for the current phase, and the AGR handover record with the closing
// overview (docs/api.md "Netwerkpartners en overdracht").
//
// Every method: role rule and need-to-know (service/policy.hpp MayReadPartners, MayEditPartners,
// MayRecordHandover, MayAccess), one transaction, the domain call, an audit record (object types
// "network_partner", "partner_handover_moment", "agr_handover"; reads group-committed before the
// answer; refusals as outcome "denied" then kForbidden). Thread-safe.

struct PartnerInput {
  std::string kind;
  std::string label;
  std::string name;
  std::string organisation;
  std::string phone;
  std::string email;
  std::string note;
  std::vector<domain::partners::RoleOverride> roles;  // overrides; defaults where absent
  std::int64_t version = 0;                           // updates only
};

struct PartnerEndInput {
  std::optional<core::Date> ended_on;  // default: today
  std::int64_t version = 0;
};

struct PartnerView {
  store::PartnerRecord record;
  domain::partners::Kind kind = domain::partners::Kind::kOverig;
  std::array<domain::partners::PhaseRole, domain::partners::kPhaseCount> roles{};
  UserRef updated_by;
};

struct MomentInputView {
  domain::partners::MomentInput moment;
  std::int64_t version = 0;  // updates only
};

struct MomentView {
  store::HandoverMomentRecord record;
  UserRef updated_by;
};

struct MatrixRow {
  PartnerView partner;
  domain::partners::Role current_role = domain::partners::Role::kNotInvolved;  // in current_phase
};

struct PartnerMatrixView {
  core::RevalidantId revalidant_id;
  std::optional<core::TrajectId> trajectory_id;  // the trajectory the phase comes from
  std::optional<domain::agr::Step> route_step;   // its step (may be afgerond / gestopt)
  std::optional<domain::agr::Step> current_phase;
  std::vector<MatrixRow> rows;  // active partners (not ended), in order of addition
  std::vector<MomentView> moments;
};

struct AttendeeInput {
  std::string name;
  std::string role;
};

struct HandoverInput {
  std::optional<core::Date> held_on;
  std::vector<AttendeeInput> attendees;
  std::optional<bool> warm;
  std::int64_t visie_version = 0;
  std::string party;            // consent party code: werkgever, bedrijfsarts, uwv, jobcoach, ...
  std::int64_t partner_id = 0;  // optional: the network partner it went to
  std::string note;
};

struct HandoverView {
  store::HandoverRecord record;
  UserRef created_by;
  std::optional<std::string> partner_name;
};

struct ExpectedHandoverView {
  domain::partners::ExpectedHandover expected;
  bool done = false;
  std::optional<std::int64_t> task_id;  // the step-plan task, when it exists
  bool task_done = false;
};

struct OpenTaskView {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string key;
  core::Date due{};
  bool overdue = false;
};

struct ClosingView {
  core::TrajectId trajectory_id;
  domain::agr::Step step = domain::agr::Step::kIntakeArts;
  std::int64_t trajectory_version = 0;
  std::vector<HandoverView> handovers;
  std::vector<ExpectedHandoverView> expected;
  std::vector<OpenTaskView> open_tasks;
  // The signed re-integratievisie: its versions whose content was signed, and the parties the
  // revalidant chose (what a handover may carry).
  std::optional<std::int64_t> visie_signed_version;
  std::vector<std::string> visie_shared_with;
  bool handover_allowed = false;  // werktraining or afronding, and the actor may record it
  bool may_close = false;         // afsluiten is allowed now (the route's rule)
  bool all_required_done = false;
};

class PartnerService {
 public:
  PartnerService(store::Database& db, const core::Clock& clock);
  ~PartnerService();

  // Partners (with effective roles) and the matrix for the current phase.
  core::Result<PartnerMatrixView> Matrix(const RequestContext& ctx, core::RevalidantId id);
  // Every partner, ended ones too.
  core::Result<std::vector<PartnerView>> List(const RequestContext& ctx, core::RevalidantId id);
  // Errors: kForbidden; kNotFound (revalidant); kInvalidInput ("kind" invalid_value, "label"
  // required for overig, "name" or "organisation" required, lengths, "email" invalid_email,
  // "roles[i].phase" invalid_value).
  core::Result<PartnerView> Create(const RequestContext& ctx, core::RevalidantId id,
                                   const PartnerInput& in);
  // As Create, plus kConflict (stale version), kRuleViolation (ended).
  core::Result<PartnerView> Update(const RequestContext& ctx, std::int64_t partner_id,
                                   const PartnerInput& in);
  // Ends the partner's involvement. kConflict, kRuleViolation (already ended), kInvalidInput
  // ("ended_on" in_future).
  core::Result<PartnerView> End(const RequestContext& ctx, std::int64_t partner_id,
                                const PartnerEndInput& in);

  core::Result<std::vector<MomentView>> Moments(const RequestContext& ctx, core::RevalidantId id);
  // Errors: kInvalidInput (ValidateMoment; "from.partner_id"/"to.partner_id" unknown_partner:
  // not a partner of this revalidant).
  core::Result<MomentView> AddMoment(const RequestContext& ctx, core::RevalidantId id,
                                     const MomentInputView& in);
  core::Result<MomentView> UpdateMoment(const RequestContext& ctx, std::int64_t moment_id,
                                        const MomentInputView& in);
  core::Status DeleteMoment(const RequestContext& ctx, std::int64_t moment_id,
                            std::int64_t version);

  // The handovers of the trajectory and what is still open before closing AGR.
  core::Result<ClosingView> Closing(const RequestContext& ctx, core::TrajectId id);
  // Records the handover and completes the matching step-plan task in the same transaction.
  // Errors: kForbidden; kInvalidInput ("held_on" required/in_future, "attendees" required,
  // "attendees[i].name" required, "warm" required, "party" invalid_code, "visie_version"
  // not_found (no such version of form 7), "partner_id" unknown_partner, "note" too_long);
  // kRuleViolation (step is not werktraining/afronding; no signed visie; the version is not
  // the signed content; the revalidant did not share the visie with the party or the consent no
  // longer allows it).
  core::Result<HandoverView> RecordHandover(const RequestContext& ctx, core::TrajectId id,
                                            const HandoverInput& in);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
