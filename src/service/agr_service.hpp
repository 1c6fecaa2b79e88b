#pragma once

#include <boost/json/value.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/agr/route.hpp"
#include "domain/agr/tasks.hpp"
#include "domain/consent/consent.hpp"
#include "domain/consent/policy.hpp"
#include "domain/forms/definition.hpp"
#include "domain/forms/response.hpp"
#include "domain/indication/indication.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// The AGR use cases of issue 3 (docs/api.md "AGR"; domain rules in docs/agr-route.md):
// trajectories and their decisions, tasks from the step plan, the team meeting, form
// definitions and responses, and the consent of form 3 with THE sharing policy (MayShare).
//
// Every method: policy check (role rules and need-to-know of service/policy.hpp on the
// revalidant), one transaction, the pure domain call, an audit record (writes in the same
// transaction; reads group-committed before the answer; refusals as outcome "denied", then
// kForbidden). Thread-safe; owns nothing but the built-in form definitions.

struct UserRef {
  core::UserId id;
  std::string display_name;
};

struct RevalidantRef {
  core::RevalidantId id;
  std::string given_names;
  std::string family_name;
};

struct TeamMemberView {
  std::string discipline;
  UserRef user;
};

struct SettingView {
  std::string setting;
  std::string handover_note;
  UserRef changed_by;
  core::Instant changed_at{};
};

struct DecisionView {
  int seq = 0;  // 1-based position in the history
  domain::agr::Decision decision;
  UserRef decided_by;
};

// The age of the revalidant at the intake against 18 and the statutory AOW age for the birth
// date (domain/indication; handbook ch. 3 "tussen de 18 en 67 jaar").
struct AgeView {
  core::Date on{};  // the intake date: the trajectory's admission date (intake arts, opnamedag)
  domain::indication::AgeCheck check;
};

struct TrajectoryView {
  store::TrajectoryRecord record;
  std::optional<AgeView> age;  // nullopt when the birth date is not known
  // The folder after D1 nee: marked with the decision, or the task folder_agr_meegeven done.
  domain::agr::FolderStatus folder = domain::agr::FolderStatus::kNotApplicable;
  std::string ric_model = "vast";  // the institution's model: "vast" (1) or "wisselend" (2)
  std::optional<UserRef> ric;
  std::optional<UserRef> arts;
  UserRef started_by;
  std::vector<TeamMemberView> team;
  std::vector<SettingView> settings;
  std::vector<DecisionView> decisions;
  std::vector<domain::agr::StepProgress> route;
  std::vector<domain::agr::AllowedDecision> allowed;  // for the asking user's role
  std::optional<domain::agr::DecisionKind> team_question_due;
  bool consent_form_signed = false;
  bool hide_notes = false;  // the revalidant portal: decision notes are internal
};

struct StartTrajectoryInput {
  core::Date admission_date{};
  std::string setting;      // "klinisch" | "poliklinisch"
  core::UserId ric_user_id;   // 0: the revalidant's RIC
  core::UserId arts_user_id;  // 0: the starting user when a revalidatiearts
  std::vector<store::TeamMember> team;
};

struct DecisionRequest {
  domain::agr::DecisionKind kind = domain::agr::DecisionKind::kD1RicInzetten;
  domain::agr::Outcome outcome = domain::agr::Outcome::kJa;
  std::optional<domain::agr::Reason> reason;
  std::optional<domain::agr::EndReason> end_reason;
  std::optional<domain::agr::ContactPermissions> contacts;
  std::optional<domain::indication::D3Checklist> checklist;  // D3 only
  std::optional<bool> folder_handed_out;                     // D1 nee only
  std::string note;
  std::int64_t version = 0;
};

struct TeamChange {
  core::UserId ric_user_id;
  core::UserId arts_user_id;
  std::vector<store::TeamMember> team;
  std::int64_t version = 0;
};

struct SettingChangeInput {
  std::string setting;
  std::string handover_note;
  std::int64_t version = 0;
};

struct TaskView {
  store::TaskRecord task;
  RevalidantRef revalidant;
  std::optional<UserRef> assignee;
  std::optional<UserRef> done_by;
  std::string state;  // "open" | "due_today" | "overdue" | "done"
};

struct TeamMeetingItem {
  core::TrajectId trajectory_id;
  RevalidantRef revalidant;
  domain::agr::Step step = domain::agr::Step::kTerugkoppeling;
  domain::agr::DecisionKind question = domain::agr::DecisionKind::kD3Werktraining;
  bool parked = false;  // the last decision was D3 "nog niet"
  std::optional<DecisionView> last_decision;
  std::optional<UserRef> ric;
};

struct TeamMeetingView {
  core::Instant meeting_start{};
  std::vector<TeamMeetingItem> items;
};

struct FormDefinitionSummary {
  std::string id;
  std::int64_t version = 0;
  std::string title;
  bool requires_signature = false;
  bool builtin = true;
  bool latest = false;
  std::optional<core::Instant> created_at;  // imported ones
};

struct ImportResult {
  FormDefinitionSummary summary;
  bool created = false;  // false: the identical version already existed
};

struct FormStatusView {
  std::string form_id;
  std::string title;
  bool requires_signature = false;
  std::string status = "none";  // "none" | "draft" | "final" | "signed"
  std::optional<std::int64_t> form_version;
  std::optional<core::Instant> updated_at;
  std::optional<UserRef> updated_by;
};

struct FormResponseView {
  store::FormResponseRecord record;
  domain::forms::Answers answers;
  std::optional<UserRef> signature_by;
  UserRef updated_by;
};

struct FieldChangeView {
  std::string path;
  std::optional<std::string> old_json;
  std::optional<std::string> new_json;
  UserRef by;
  core::Instant at{};
};

struct FormEventView {
  std::string type;
  UserRef by;
  core::Instant at{};
  std::string reason;
};

struct FormHistoryView {
  std::vector<FieldChangeView> changes;
  std::vector<FormEventView> events;
};

struct SignRequest {
  domain::forms::SignatureMethod method = domain::forms::SignatureMethod::kPortal;
  std::optional<core::Date> signed_on;  // paper: required
  std::int64_t version = 0;
};

struct ConsentCellView {
  domain::consent::CellState cell;
  std::optional<UserRef> recorded_by;
  bool effective = false;  // MayShare(...).allowed now
};

struct ConsentView {
  core::RevalidantId revalidant_id;
  std::int64_t version = 0;  // number of events
  std::vector<std::string> parties;
  std::vector<ConsentCellView> cells;
  std::optional<domain::consent::ConsentEvent> signature;
  std::optional<UserRef> signature_by;
};

struct ConsentEventView {
  int seq = 0;
  domain::consent::ConsentEvent event;
  UserRef by;
};

class AgrService {
 public:
  // `task_policy`: due-date numbers of the institution (docs/agr-route.md §2).
  AgrService(store::Database& db, const core::Clock& clock,
             domain::agr::TaskPolicy task_policy = {});
  ~AgrService();

  // --- trajectories ---
  // Errors: kForbidden, kNotFound (revalidant), kInvalidInput ("admission_date" required,
  // "setting" invalid_value, "ric_user_id"/"arts_user_id" unknown_user / not_ric / not_arts,
  // "team_members[i].user_id" unknown_user, "team_members[i].discipline" invalid_value /
  // duplicate), kRuleViolation (field "revalidant_id" active_trajectory_exists).
  core::Result<TrajectoryView> StartTrajectory(const RequestContext& ctx,
                                               core::RevalidantId revalidant,
                                               const StartTrajectoryInput& in);
  core::Result<std::vector<TrajectoryView>> ListTrajectories(const RequestContext& ctx,
                                                             core::RevalidantId revalidant);
  core::Result<TrajectoryView> GetTrajectory(const RequestContext& ctx, core::TrajectId id);
  // Errors: kForbidden (role may not take this decision, or outside need-to-know), kConflict
  // (stale version), kRuleViolation (not allowed in the current step: the message names the
  // step and the allowed decisions; D2 ja without a signed form 3: field consent_form
  // not_signed), kInvalidInput (domain field errors).
  core::Result<TrajectoryView> RecordDecision(const RequestContext& ctx, core::TrajectId id,
                                              const DecisionRequest& in);
  // Errors: kForbidden, kConflict (stale version), kRuleViolation (closed trajectory),
  // kInvalidInput (as StartTrajectory for ric_user_id, arts_user_id, team_members).
  core::Result<TrajectoryView> ChangeTeam(const RequestContext& ctx, core::TrajectId id,
                                          const TeamChange& in);
  // Errors: kInvalidInput "setting" invalid_value / unchanged, "handover_note" required /
  // too_long; kRuleViolation when the trajectory is closed; kConflict stale.
  core::Result<TrajectoryView> ChangeSetting(const RequestContext& ctx, core::TrajectId id,
                                             const SettingChangeInput& in);

  // --- tasks ---
  core::Result<std::vector<TaskView>> TrajectoryTasks(const RequestContext& ctx,
                                                      core::TrajectId id);
  // "Mijn taken": assigned to the user, plus therapist tasks of trajectories where the user is
  // a team member; only revalidanten within need-to-know.
  core::Result<std::vector<TaskView>> MyTasks(const RequestContext& ctx, bool open_only);
  // Errors: kRuleViolation already done, kConflict stale, kForbidden, kNotFound.
  core::Result<TaskView> CompleteTask(const RequestContext& ctx, std::int64_t task_id,
                                      std::int64_t version);

  // --- team meeting ---
  core::Result<TeamMeetingView> TeamMeeting(const RequestContext& ctx,
                                            std::optional<core::Instant> meeting_start);

  // --- form definitions ---
  core::Result<std::vector<FormDefinitionSummary>> ListFormDefinitions(const RequestContext& ctx);
  // version nullopt: the latest. Errors: kNotFound.
  core::Result<domain::forms::FormDefinition> GetFormDefinition(
      const RequestContext& ctx, const std::string& id, std::optional<std::int64_t> version);
  // Admin. `json` is the definition document. Errors: kBadRequest / kInvalidInput (codec and
  // ValidateDefinition field errors), kConflict (field "version" published).
  core::Result<ImportResult> ImportFormDefinition(const RequestContext& ctx,
                                                  std::string_view json);
  // Admin: every version, built-in and imported.
  core::Result<std::vector<domain::forms::FormDefinition>> ExportFormDefinitions(
      const RequestContext& ctx);

  // --- form responses ---
  core::Result<std::vector<FormStatusView>> ListForms(const RequestContext& ctx,
                                                      core::TrajectId id);
  core::Result<FormResponseView> GetResponse(const RequestContext& ctx, core::TrajectId id,
                                             const std::string& form_id);
  core::Result<FormResponseView> CreateResponse(const RequestContext& ctx, core::TrajectId id,
                                                const std::string& form_id);
  // `answers` is the JSON object of answers (codec/forms/answers_json.hpp), read strictly
  // against the response's definition version. On kConflict (stale `version`), `*current`
  // (when given) receives the stored response: the other person's values.
  core::Result<FormResponseView> SaveResponse(const RequestContext& ctx, core::TrajectId id,
                                              const std::string& form_id,
                                              const boost::json::value& answers,
                                              std::int64_t version,
                                              FormResponseView* current = nullptr);
  // Errors: kInvalidInput with one field per missing item ("items.<key>" required).
  core::Result<FormResponseView> FinaliseResponse(const RequestContext& ctx, core::TrajectId id,
                                                  const std::string& form_id,
                                                  std::int64_t version);
  // Portal: the revalidant; paper: ric or revalidatiearts. Signing form 3 updates the consent.
  core::Result<FormResponseView> SignResponse(const RequestContext& ctx, core::TrajectId id,
                                              const std::string& form_id, const SignRequest& in);
  core::Result<FormResponseView> ReopenResponse(const RequestContext& ctx, core::TrajectId id,
                                                const std::string& form_id,
                                                const std::string& reason, std::int64_t version);
  core::Result<FormHistoryView> ResponseHistory(const RequestContext& ctx, core::TrajectId id,
                                                const std::string& form_id);

  // --- consent (form 3) ---
  core::Result<ConsentView> GetConsent(const RequestContext& ctx, core::RevalidantId id);
  core::Result<ConsentView> SetConsentCell(const RequestContext& ctx, core::RevalidantId id,
                                           const std::string& party,
                                           domain::consent::InfoKind kind, bool granted,
                                           std::int64_t version);
  core::Result<ConsentView> WithdrawConsentCell(const RequestContext& ctx, core::RevalidantId id,
                                                const std::string& party,
                                                domain::consent::InfoKind kind,
                                                std::int64_t version);
  core::Result<ConsentView> AddConsentParty(const RequestContext& ctx, core::RevalidantId id,
                                            const std::string& party, std::int64_t version);
  core::Result<ConsentView> RemoveConsentParty(const RequestContext& ctx, core::RevalidantId id,
                                               const std::string& party, std::int64_t version);
  core::Result<ConsentView> SignConsent(const RequestContext& ctx, core::RevalidantId id,
                                        const SignRequest& in);
  core::Result<std::vector<ConsentEventView>> ConsentHistory(const RequestContext& ctx,
                                                             core::RevalidantId id);

  // THE sharing policy: may information of `kind` about revalidant `id` go to `party` now
  // (ctx.now)? Calls domain::consent::MayShare on the stored record and writes an audit entry
  // (action "share", outcome success when allowed, denied otherwise, detail with kind, party and
  // reason codes). Every export, share or external view must call this first.
  // Errors: kForbidden (no need-to-know), kInvalidInput ("party" invalid_code).
  core::Result<domain::consent::PolicyDecision> MayShare(const RequestContext& ctx,
                                                         core::RevalidantId id,
                                                         domain::consent::InfoKind kind,
                                                         const std::string& party);

  // The implementation's state; defined in agr_internal.hpp, shared by the three .cpp files.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
