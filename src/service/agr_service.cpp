// AgrService: trajectories, decisions, team and setting, tasks, team meeting.
// Forms are in agr_forms.cpp, consent in agr_consent.cpp.
#include "service/agr_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "audit/audit_log.hpp"
#include "core/dutch_date.hpp"
#include "domain/agr/tasks.hpp"
#include "domain/partners/partners.hpp"
#include "domain/identity/role.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

namespace agr = domain::agr;
using domain::identity::Role;

namespace agr_internal {

UserRef Names::Of(core::UserId id) {
  auto it = cache_.find(id.value);
  if (it == cache_.end()) {
    auto user = tx_.users().Get(id);
    it = cache_.emplace(id.value, user.ok() ? user->display_name : std::string()).first;
  }
  return UserRef{id, it->second};
}

std::string IdText(std::int64_t id) { return std::to_string(id); }

core::Result<store::RevalidantDetail> CheckRevalidantAccess(
    store::Database& db, const RequestContext& ctx, core::RevalidantId id, bool write,
    audit::Action action, const std::string& object_type, const std::string& object_id) {
  auto detail = db.Read([&](store::Tx& tx) { return tx.revalidanten().Get(id); });
  if (!detail.ok()) return std::move(detail).error();
  const Permission p = write ? Permission::kUpdateRevalidant : Permission::kReadRevalidant;
  if (!MayAccess(ctx.actor, p, detail->revalidant.data, id)) {
    return internal::Deny(db, ctx, action, object_type, object_id, id);
  }
  return detail;
}

core::Result<store::TrajectoryRecord> LoadTrajectoryChecked(store::Database& db,
                                                            const RequestContext& ctx,
                                                            core::TrajectId id, bool write,
                                                            audit::Action action,
                                                            const std::string& object_type,
                                                            const std::string& object_id) {
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      db.Read([&](store::Tx& tx) { return tx.agr().GetTrajectory(id); }));
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(db, ctx, rec.trajectory.revalidant_id, write, action,
                                           object_type, object_id));
  return rec;
}

core::Result<bool> ConsentFormSigned(store::Tx& tx, core::TrajectId id) {
  WP_ASSIGN_OR_RETURN(auto response, tx.agr().FindResponse(id, std::string(kForm3)));
  return response.has_value() && response->status == "signed";
}

core::Result<TrajectoryView> BuildTrajectoryView(store::Tx& tx, const Actor& actor,
                                                 store::TrajectoryRecord rec, core::Instant now) {
  Names names(tx);
  TrajectoryView v;
  const agr::Trajectory& t = rec.trajectory;
  v.ric = names.OptOf(rec.ric_user_id);
  v.arts = names.OptOf(rec.arts_user_id);
  v.started_by = names.Of(t.started_by);
  for (const auto& m : rec.team) v.team.push_back({m.discipline, names.Of(m.user_id)});
  for (const auto& s : rec.settings) {
    v.settings.push_back({s.setting, s.handover_note, names.Of(s.changed_by), s.changed_at});
  }
  for (std::size_t i = 0; i < t.history.size(); ++i) {
    v.decisions.push_back(
        {static_cast<int>(i + 1), t.history[i], names.Of(t.history[i].decided_by)});
  }
  v.route = agr::RouteProgress(t);
  for (const auto& a : agr::AllowedDecisions(t)) {
    if (MayDecide(actor, a.kind)) v.allowed.push_back(a);
  }
  v.team_question_due = agr::TeamQuestionDue(t, now);
  WP_ASSIGN_OR_RETURN(v.consent_form_signed, ConsentFormSigned(tx, t.id));
  // Age at the intake (handbook ch. 3: 18 up to the AOW age), from the revalidant's birth date.
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail person, tx.revalidanten().Get(t.revalidant_id));
  const core::Date birth = person.revalidant.data.date_of_birth;
  if (birth.ok() && t.admission_date.ok()) {
    v.age = AgeView{t.admission_date, domain::indication::CheckAge(birth, t.admission_date)};
  }
  v.folder = agr::FolderStatusOf(t);
  if (v.folder == agr::FolderStatus::kOpen) {
    // Handed out later: the step plan's task for that D1 nee was completed.
    std::size_t occurrence = 0;
    for (std::size_t i = 0; i < t.history.size(); ++i) {
      const agr::Decision& d = t.history[i];
      if (d.kind == agr::DecisionKind::kD1RicInzetten && d.outcome == agr::Outcome::kNee) {
        occurrence = i + 1;
      }
    }
    WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(t.id));
    for (const auto& task : tasks) {
      if (task.key == "folder_agr_meegeven" &&
          task.occurrence == static_cast<std::int64_t>(occurrence) && task.done_at) {
        v.folder = agr::FolderStatus::kHandedOut;
      }
    }
  }
  WP_ASSIGN_OR_RETURN(store::Institution inst, tx.organisation().GetInstitution());
  v.ric_model = inst.ric_model;
  v.hide_notes = actor.role == Role::kRevalidant && !actor.system;
  if (v.hide_notes) {
    for (auto& d : v.decisions) d.decision.note.clear();
  }
  v.record = std::move(rec);
  return v;
}

std::vector<store::TaskRecord> TaskRecordsFor(const store::TrajectoryRecord& rec,
                                              const std::vector<agr::TaskTemplate>& ts,
                                              core::Instant now) {
  std::vector<store::TaskRecord> out;
  for (const auto& tpl : ts) {
    store::TaskRecord r;
    r.trajectory_id = rec.trajectory.id;
    r.revalidant_id = rec.trajectory.revalidant_id;
    r.key = std::string(tpl.key);
    r.occurrence = static_cast<std::int64_t>(tpl.occurrence);
    r.role = std::string(domain::identity::ToCode(tpl.role));
    if (tpl.role == Role::kRic) r.assignee = rec.ric_user_id;
    if (tpl.role == Role::kRevalidatiearts) r.assignee = rec.arts_user_id;
    r.due = tpl.due;
    r.due_rule = std::string(agr::ToCode(tpl.due_rule));
    r.form = std::string(tpl.form);
    r.source = std::string(tpl.source);
    r.created_at = now;
    out.push_back(std::move(r));
  }
  return out;
}

core::Status CompleteTaskInTx(store::Tx& tx, const RequestContext& ctx, std::int64_t task_id,
                              std::int64_t version, core::RevalidantId revalidant, core::UserId by,
                              const std::string& detail) {
  WP_RETURN_IF_ERROR(tx.agr().CompleteTask(task_id, version, by, ctx.now));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kUpdate, "agr_task", IdText(task_id), revalidant);
  e.detail = detail;
  return audit::AppendInTx(tx, e, ctx.now);
}

}  // namespace agr_internal

using namespace agr_internal;

namespace {

constexpr std::size_t kMaxHandoverNote = 2000;

// A handover recorded during werktraining (before "afronding starten" created the overdracht_*
// tasks) already did what the new task asks: the task is created done, by whoever recorded the
// handover, in the same transaction (docs/agr-route.md, handover).
core::Status CompleteHandedOverTasks(store::Tx& tx, const RequestContext& ctx, core::TrajectId id,
                                     core::RevalidantId revalidant) {
  WP_ASSIGN_OR_RETURN(auto handovers, tx.partners().ListHandovers(id));
  if (handovers.empty()) return core::Ok();
  WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(id));
  for (const auto& task : tasks) {
    if (task.done_at) continue;
    for (const auto& h : handovers) {
      if (domain::partners::HandoverTaskKey(h.party) != task.key) continue;
      WP_RETURN_IF_ERROR(CompleteTaskInTx(tx, ctx, task.id, task.version, revalidant,
                                          h.created_by,
                                          fmt::format("complete;via=handover;handover={}", h.id)));
      break;
    }
  }
  return core::Ok();
}

bool ValidSetting(const std::string& s) { return s == "klinisch" || s == "poliklinisch"; }

// Checks RIC, arts and team members against the users and the institution's RIC model.
core::Status CheckPeople(store::Tx& tx, core::UserId ric, core::UserId arts,
                         const std::vector<store::TeamMember>& team) {
  internal::FieldChecker c;
  WP_ASSIGN_OR_RETURN(store::Institution inst, tx.organisation().GetInstitution());
  auto role_of = [&](core::UserId id) -> std::optional<Role> {
    auto u = tx.users().Get(id);
    if (!u.ok() || u->disabled) return std::nullopt;
    return u->role;
  };
  if (ric.valid()) {
    auto role = role_of(ric);
    // Source: DOMAIN.md §1: model 1 "vast" a dedicated RIC; model 2 "wisselend" one of the
    // team's therapists per revalidant.
    if (!role) {
      c.Add("ric_user_id", "unknown_user", "is not an enabled user");
    } else if (!(*role == Role::kRic ||
                 (*role == Role::kTherapeut && inst.ric_model == "wisselend"))) {
      c.Add("ric_user_id", "not_ric", "cannot be the re-integratiecoördinator");
    }
  }
  if (arts.valid()) {
    auto role = role_of(arts);
    if (!role) {
      c.Add("arts_user_id", "unknown_user", "is not an enabled user");
    } else if (*role != Role::kRevalidatiearts) {
      c.Add("arts_user_id", "not_arts", "is not a revalidatiearts");
    }
  }
  WP_ASSIGN_OR_RETURN(auto disciplines, internal::AllDisciplines(tx));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < team.size(); ++i) {
    const std::string prefix = fmt::format("team_members[{}]", i);
    const auto& m = team[i];
    bool known = std::any_of(disciplines.begin(), disciplines.end(),
                             [&](const store::Discipline& d) { return d.code == m.discipline; });
    if (!known) {
      c.Add(prefix + ".discipline", "invalid_value", "is not a discipline");
    } else if (!seen.insert(m.discipline).second) {
      c.Add(prefix + ".discipline", "duplicate", "one member per discipline");
    }
    if (!role_of(m.user_id)) c.Add(prefix + ".user_id", "unknown_user", "is not an enabled user");
  }
  return c.Done("the trajectory has invalid fields");
}

core::Error ActiveExists() {
  return core::Error{core::ErrorCode::kRuleViolation,
                     "the revalidant already has an active AGR trajectory",
                     {{"revalidant_id", "active_trajectory_exists",
                       "close the active trajectory first"}}};
}

// The unique index on active trajectories reports kConflict on "revalidant_id".
core::Error MapActiveConflict(core::Error e) {
  if (e.code == core::ErrorCode::kConflict && !e.fields.empty() &&
      e.fields[0].path == "revalidant_id") {
    return ActiveExists();
  }
  return e;
}

core::Status CheckVersion(const store::TrajectoryRecord& rec, std::int64_t version) {
  if (rec.version != version) {
    return core::Error::Conflict("the trajectory was changed by someone else");
  }
  return core::Ok();
}

// The version check of a decision. When a colleague's decision moved the trajectory on and the
// requested decision no longer fits the current step, the transition's rule violation (it names
// the current step and what is allowed now) says more than "changed by someone else"; when it
// still fits, the stale version is a conflict so that nothing is recorded twice. Nothing is
// written in either case.
core::Status CheckDecisionVersion(const store::TrajectoryRecord& rec, const DecisionRequest& in) {
  if (rec.version == in.version) return core::Ok();
  const std::vector<agr::AllowedDecision> allowed = agr::AllowedDecisions(rec.trajectory);
  const bool fits = std::any_of(allowed.begin(), allowed.end(), [&](const agr::AllowedDecision& a) {
    return a.kind == in.kind && a.outcome == in.outcome;
  });
  if (!fits) {
    agr::DecisionInput probe;
    probe.kind = in.kind;
    probe.outcome = in.outcome;
    auto refused = agr::ApplyDecision(rec.trajectory, probe);
    if (!refused.ok() && refused.error().code == core::ErrorCode::kRuleViolation) {
      return refused.error();
    }
  }
  return CheckVersion(rec, in.version);
}

std::string TaskState(const store::TaskRecord& t, core::Date today) {
  if (t.done_at) return "done";
  if (std::chrono::sys_days(t.due) < std::chrono::sys_days(today)) return "overdue";
  if (t.due == today) return "due_today";
  return "open";
}

core::Result<TaskView> BuildTaskView(store::Tx& tx, Names& names, store::TaskRecord task,
                                     core::Date today) {
  TaskView v;
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail d, tx.revalidanten().Get(task.revalidant_id));
  v.revalidant = {task.revalidant_id, d.revalidant.data.given_names,
                  d.revalidant.data.family_name};
  v.assignee = names.OptOf(task.assignee);
  v.done_by = names.OptOf(task.done_by);
  v.state = TaskState(task, today);
  v.task = std::move(task);
  return v;
}

}  // namespace

AgrService::~AgrService() = default;

core::Result<TrajectoryView> AgrService::StartTrajectory(const RequestContext& ctx,
                                                         core::RevalidantId revalidant,
                                                         const StartTrajectoryInput& in) {
  Impl& m = *impl_;
  const std::string object = "";
  if (!MayManageTrajectory(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "agr_trajectory", object,
                          revalidant);
  }
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail detail,
                      CheckRevalidantAccess(m.db, ctx, revalidant, true, audit::Action::kCreate,
                                            "agr_trajectory", object));
  internal::FieldChecker c;
  if (!in.admission_date.ok()) c.Add("admission_date", "required", "is required");
  if (!ValidSetting(in.setting)) c.Add("setting", "invalid_value", "klinisch or poliklinisch");
  WP_RETURN_IF_ERROR(c.Done("the trajectory has invalid fields"));

  const auto& data = detail.revalidant.data;
  agr::StartInput start;
  start.revalidant_id = revalidant;
  start.employment_status = data.employment_status;
  start.admission_date = in.admission_date;
  start.started_by = ctx.actor.user_id;
  start.started_at = ctx.now;
  WP_ASSIGN_OR_RETURN(agr::Trajectory t, agr::StartTrajectory(start));

  store::TrajectoryRecord rec;
  rec.trajectory = std::move(t);
  rec.setting = in.setting;
  rec.ric_user_id = in.ric_user_id.valid() ? in.ric_user_id : data.ric_user_id;
  rec.arts_user_id = in.arts_user_id;
  if (!rec.arts_user_id.valid() && ctx.actor.role == Role::kRevalidatiearts) {
    rec.arts_user_id = ctx.actor.user_id;
  }
  rec.team = in.team;
  rec.settings.push_back({in.setting, "", ctx.actor.user_id, ctx.now});
  rec.updated_at = ctx.now;

  auto result = m.db.Write([&](store::Tx& tx) -> core::Result<TrajectoryView> {
    WP_RETURN_IF_ERROR(CheckPeople(tx, rec.ric_user_id, rec.arts_user_id, rec.team));
    WP_ASSIGN_OR_RETURN(core::TrajectId id, tx.agr().InsertTrajectory(rec));
    rec.trajectory.id = id;
    auto tasks = agr::TasksFor(rec.trajectory, agr::TrajectoryStarted{}, m.task_policy);
    WP_RETURN_IF_ERROR(tx.agr().InsertTasks(TaskRecordsFor(rec, tasks, ctx.now)));
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kCreate, "agr_trajectory", IdText(id.value), revalidant),
        ctx.now));
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord stored, tx.agr().GetTrajectory(id));
    return BuildTrajectoryView(tx, ctx.actor, std::move(stored), ctx.now);
  });
  if (!result.ok()) return MapActiveConflict(std::move(result).error());
  return result;
}

core::Result<std::vector<TrajectoryView>> AgrService::ListTrajectories(
    const RequestContext& ctx, core::RevalidantId revalidant) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor) && ctx.actor.role != Role::kRevalidant) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "agr_trajectory", "", revalidant);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(m.db, ctx, revalidant, false, audit::Action::kRead,
                                           "agr_trajectory", ""));
  WP_ASSIGN_OR_RETURN(auto views,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<TrajectoryView>> {
                        WP_ASSIGN_OR_RETURN(auto list, tx.agr().ListTrajectories(revalidant));
                        std::vector<TrajectoryView> out;
                        for (auto& rec : list) {
                          WP_ASSIGN_OR_RETURN(auto v, BuildTrajectoryView(tx, ctx.actor,
                                                                          std::move(rec), ctx.now));
                          out.push_back(std::move(v));
                        }
                        return out;
                      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "agr_trajectory", "", revalidant);
  e.detail = fmt::format("list={}", views.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return views;
}

core::Result<TrajectoryView> AgrService::GetTrajectory(const RequestContext& ctx,
                                                       core::TrajectId id) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor) && ctx.actor.role != Role::kRevalidant) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "agr_trajectory", IdText(id.value));
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead,
                                            "agr_trajectory", IdText(id.value)));
  const core::RevalidantId revalidant = rec.trajectory.revalidant_id;
  WP_ASSIGN_OR_RETURN(TrajectoryView v, m.db.Read([&](store::Tx& tx) {
    return BuildTrajectoryView(tx, ctx.actor, std::move(rec), ctx.now);
  }));
  WP_RETURN_IF_ERROR(audit::Append(
      m.db, EventFor(ctx, audit::Action::kRead, "agr_trajectory", IdText(id.value), revalidant),
      ctx.now));
  return v;
}

core::Result<TrajectoryView> AgrService::RecordDecision(const RequestContext& ctx,
                                                        core::TrajectId id,
                                                        const DecisionRequest& in) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayDecide(ctx.actor, in.kind)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "agr_trajectory", object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord checked,
                      LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kUpdate,
                                            "agr_trajectory", object));
  const core::RevalidantId revalidant = checked.trajectory.revalidant_id;
  auto result = m.db.Write([&](store::Tx& tx) -> core::Result<TrajectoryView> {
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, tx.agr().GetTrajectory(id));
    WP_RETURN_IF_ERROR(CheckDecisionVersion(rec, in));
    agr::DecisionContext context;
    WP_ASSIGN_OR_RETURN(context.consent_form_signed, ConsentFormSigned(tx, id));
    const bool is_d2_ja =
        in.kind == agr::DecisionKind::kD2Toestemming && in.outcome == agr::Outcome::kJa;
    if (is_d2_ja && rec.trajectory.step == agr::Step::kIntakeRic &&
        !context.consent_form_signed) {
      // Handbook ch. 3: D2 needs the signed consent form (form 3).
      return core::Error{core::ErrorCode::kRuleViolation,
                         "decision d2_toestemming=ja needs a signed form 3 (agr-3-toestemming)",
                         {{"consent_form", "not_signed", "form 3 must be signed first"}}};
    }
    agr::DecisionInput input;
    input.kind = in.kind;
    input.outcome = in.outcome;
    input.decided_by = ctx.actor.user_id;
    input.decided_at = ctx.now;
    input.reason = in.reason;
    input.end_reason = in.end_reason;
    input.contacts = in.contacts;
    input.checklist = in.checklist;
    input.folder_handed_out = in.folder_handed_out;
    input.note = in.note;
    WP_ASSIGN_OR_RETURN(agr::Trajectory next, agr::ApplyDecision(rec.trajectory, input, context));
    rec.trajectory = std::move(next);
    const bool terminal = agr::IsTerminal(rec.trajectory.step);
    rec.active = !terminal;
    rec.closed_at = terminal ? std::optional<core::Instant>(ctx.now) : std::nullopt;
    rec.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.agr().UpdateTrajectory(rec, in.version));
    const std::size_t index = rec.trajectory.history.size() - 1;
    auto tasks = agr::TasksFor(rec.trajectory, agr::DecisionApplied{index}, m.task_policy);
    WP_RETURN_IF_ERROR(tx.agr().InsertTasks(TaskRecordsFor(rec, tasks, ctx.now)));
    WP_RETURN_IF_ERROR(CompleteHandedOverTasks(tx, ctx, id, revalidant));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "agr_trajectory", object, revalidant);
    e.detail = fmt::format("decision={}={}", agr::ToCode(in.kind), agr::ToCode(in.outcome));
    const agr::Decision& recorded = rec.trajectory.history.back();
    if (recorded.d3) {
      e.detail += fmt::format(
          " checklist suggested={}",
          recorded.d3->suggested_outcome ? agr::ToCode(*recorded.d3->suggested_outcome) : "none");
    }
    if (recorded.folder_handed_out) {
      e.detail += fmt::format(" folder={}", *recorded.folder_handed_out ? "uitgereikt" : "open");
    }
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord stored, tx.agr().GetTrajectory(id));
    return BuildTrajectoryView(tx, ctx.actor, std::move(stored), ctx.now);
  });
  if (!result.ok()) return MapActiveConflict(std::move(result).error());
  return result;
}

core::Result<TrajectoryView> AgrService::ChangeTeam(const RequestContext& ctx, core::TrajectId id,
                                                    const TeamChange& in) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayManageTrajectory(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "agr_trajectory", object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord checked,
                      LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kUpdate,
                                            "agr_trajectory", object));
  const core::RevalidantId revalidant = checked.trajectory.revalidant_id;
  return m.db.Write([&](store::Tx& tx) -> core::Result<TrajectoryView> {
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, tx.agr().GetTrajectory(id));
    WP_RETURN_IF_ERROR(CheckVersion(rec, in.version));
    if (!rec.active) return core::Error::Rule("the trajectory is closed");
    WP_RETURN_IF_ERROR(CheckPeople(tx, in.ric_user_id, in.arts_user_id, in.team));
    rec.ric_user_id = in.ric_user_id;
    rec.arts_user_id = in.arts_user_id;
    rec.team = in.team;
    rec.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.agr().UpdateTrajectory(rec, in.version));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "agr_trajectory", object, revalidant);
    e.detail = fmt::format("team ric={} arts={} members={}", in.ric_user_id.value,
                           in.arts_user_id.value, in.team.size());
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord stored, tx.agr().GetTrajectory(id));
    return BuildTrajectoryView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

core::Result<TrajectoryView> AgrService::ChangeSetting(const RequestContext& ctx,
                                                       core::TrajectId id,
                                                       const SettingChangeInput& in) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayManageTrajectory(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "agr_trajectory", object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord checked,
                      LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kUpdate,
                                            "agr_trajectory", object));
  const core::RevalidantId revalidant = checked.trajectory.revalidant_id;
  return m.db.Write([&](store::Tx& tx) -> core::Result<TrajectoryView> {
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, tx.agr().GetTrajectory(id));
    WP_RETURN_IF_ERROR(CheckVersion(rec, in.version));
    if (!rec.active) return core::Error::Rule("the trajectory is closed");
    internal::FieldChecker c;
    if (!ValidSetting(in.setting)) {
      c.Add("setting", "invalid_value", "klinisch or poliklinisch");
    } else if (in.setting == rec.setting) {
      c.Add("setting", "unchanged", "the trajectory already has this setting");
    }
    // A change of setting is a handover between teams; it is recorded with a note.
    c.Required("handover_note", internal::Trim(in.handover_note));
    c.MaxLen("handover_note", in.handover_note, kMaxHandoverNote);
    WP_RETURN_IF_ERROR(c.Done("the setting change has invalid fields"));
    rec.setting = in.setting;
    rec.settings.push_back({in.setting, in.handover_note, ctx.actor.user_id, ctx.now});
    rec.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.agr().UpdateTrajectory(rec, in.version));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "agr_trajectory", object, revalidant);
    e.detail = "setting=" + in.setting;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(store::TrajectoryRecord stored, tx.agr().GetTrajectory(id));
    return BuildTrajectoryView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

core::Result<std::vector<TaskView>> AgrService::TrajectoryTasks(const RequestContext& ctx,
                                                                core::TrajectId id) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "agr_task", "trajectory=" + object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead,
                                            "agr_task", "trajectory=" + object));
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(auto views,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<TaskView>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(id));
                        std::vector<TaskView> out;
                        for (auto& t : tasks) {
                          WP_ASSIGN_OR_RETURN(auto v,
                                              BuildTaskView(tx, names, std::move(t), today));
                          out.push_back(std::move(v));
                        }
                        return out;
                      }));
  WP_RETURN_IF_ERROR(audit::Append(m.db,
                                   EventFor(ctx, audit::Action::kRead, "agr_task",
                                            "trajectory=" + object, rec.trajectory.revalidant_id),
                                   ctx.now));
  return views;
}

core::Result<std::vector<TaskView>> AgrService::MyTasks(const RequestContext& ctx,
                                                        bool open_only) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "agr_task", "mine");
  }
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(auto views,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<TaskView>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto tasks,
                                            tx.agr().ListTasks({ctx.actor.user_id, open_only}));
                        std::vector<TaskView> out;
                        for (auto& t : tasks) {
                          WP_ASSIGN_OR_RETURN(store::RevalidantDetail d,
                                              tx.revalidanten().Get(t.revalidant_id));
                          // Need-to-know still applies: a task of a revalidant outside the
                          // user's scope is not shown.
                          if (!MayAccess(ctx.actor, Permission::kReadRevalidant,
                                         d.revalidant.data, t.revalidant_id)) {
                            continue;
                          }
                          WP_ASSIGN_OR_RETURN(auto v,
                                              BuildTaskView(tx, names, std::move(t), today));
                          out.push_back(std::move(v));
                        }
                        return out;
                      }));
  std::string ids;
  for (const auto& v : views) {
    if (!ids.empty()) ids += ',';
    ids += std::to_string(v.task.id);
  }
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "agr_task", "mine");
  e.detail = "ids=" + ids;
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return views;
}

core::Result<TaskView> AgrService::CompleteTask(const RequestContext& ctx, std::int64_t task_id,
                                                std::int64_t version) {
  Impl& m = *impl_;
  const std::string object = IdText(task_id);
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "agr_task", object);
  }
  WP_ASSIGN_OR_RETURN(store::TaskRecord task,
                      m.db.Read([&](store::Tx& tx) { return tx.agr().GetTask(task_id); }));
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(m.db, ctx, task.revalidant_id, true,
                                           audit::Action::kUpdate, "agr_task", object));
  const core::Date today = core::DutchDate(ctx.now);
  return m.db.Write([&](store::Tx& tx) -> core::Result<TaskView> {
    WP_ASSIGN_OR_RETURN(store::TaskRecord stored, tx.agr().GetTask(task_id));
    if (stored.version != version) {
      return core::Error::Conflict("the task was changed by someone else");
    }
    if (stored.done_at) return core::Error::Rule("the task is already done");
    WP_RETURN_IF_ERROR(CompleteTaskInTx(tx, ctx, task_id, version, stored.revalidant_id,
                                        ctx.actor.user_id, "complete"));
    Names names(tx);
    WP_ASSIGN_OR_RETURN(store::TaskRecord done, tx.agr().GetTask(task_id));
    return BuildTaskView(tx, names, std::move(done), today);
  });
}

core::Result<TeamMeetingView> AgrService::TeamMeeting(
    const RequestContext& ctx, std::optional<core::Instant> meeting_start) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "agr_team_meeting", "");
  }
  TeamMeetingView view;
  view.meeting_start = meeting_start.value_or(ctx.now);
  WP_ASSIGN_OR_RETURN(view.items,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<TeamMeetingItem>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto list, tx.agr().ListActiveTrajectories());
                        std::vector<TeamMeetingItem> out;
                        for (auto& rec : list) {
                          const agr::Trajectory& t = rec.trajectory;
                          auto question = agr::TeamQuestionDue(t, view.meeting_start);
                          if (!question) continue;
                          WP_ASSIGN_OR_RETURN(store::RevalidantDetail d,
                                              tx.revalidanten().Get(t.revalidant_id));
                          if (!MayAccess(ctx.actor, Permission::kReadRevalidant,
                                         d.revalidant.data, t.revalidant_id)) {
                            continue;
                          }
                          TeamMeetingItem item;
                          item.trajectory_id = t.id;
                          item.revalidant = {t.revalidant_id, d.revalidant.data.given_names,
                                             d.revalidant.data.family_name};
                          item.step = t.step;
                          item.question = *question;
                          if (const agr::Decision* last = agr::LastDecision(t)) {
                            item.parked = last->kind == agr::DecisionKind::kD3Werktraining &&
                                          last->outcome == agr::Outcome::kNogNiet;
                            item.last_decision = DecisionView{
                                static_cast<int>(t.history.size()), *last,
                                names.Of(last->decided_by)};
                          }
                          item.ric = names.OptOf(rec.ric_user_id);
                          out.push_back(std::move(item));
                        }
                        return out;
                      }));
  std::string ids;
  for (const auto& i : view.items) {
    if (!ids.empty()) ids += ',';
    ids += std::to_string(i.trajectory_id.value);
  }
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "agr_team_meeting", "");
  e.detail = "trajectories=" + ids;
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return view;
}

}  // namespace werkpad::service
