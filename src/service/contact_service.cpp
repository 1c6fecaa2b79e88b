// ContactService: contact moments and the contact log of a trajectory (issue 6).
#include "service/contact_service.hpp"

#include <fmt/format.h>

#include <chrono>
#include <map>

#include "audit/audit_log.hpp"
#include "core/dutch_date.hpp"
#include "domain/consent/party.hpp"
#include "domain/consent/policy.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace agr = domain::agr;
namespace consent = domain::consent;

struct ContactService::Impl {
  store::Database& db;
  const core::Clock& clock;
  int signal_days;
};

ContactService::ContactService(store::Database& db, const core::Clock& clock, int signal_days)
    : impl_(std::make_unique<Impl>(Impl{db, clock, signal_days})) {}
ContactService::~ContactService() = default;

namespace {

constexpr const char* kObject = "contact";
constexpr int kMaxSignalDays = 365;

std::string TrajectoryObject(core::TrajectId id) { return "trajectory=" + IdText(id.value); }

std::string TaskState(const store::TaskRecord& t, core::Date today) {
  if (t.done_at) return "done";
  if (std::chrono::sys_days(t.due) < std::chrono::sys_days(today)) return "overdue";
  if (t.due == today) return "due_today";
  return "open";
}

// Whether an open task due on `due` falls within `days` from `today` (today included).
bool DueWithin(core::Date due, core::Date today, int days) {
  const int left = core::DaysBetween(today, due);
  return left >= 0 && left <= days;
}

core::Result<RevalidantRef> RevalidantOf(store::Tx& tx, core::RevalidantId id) {
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail d, tx.revalidanten().Get(id));
  return RevalidantRef{id, d.revalidant.data.given_names, d.revalidant.data.family_name};
}

MomentTaskView MomentView(Names& names, const RevalidantRef& revalidant, store::TaskRecord task,
                          core::Date today) {
  MomentTaskView v;
  v.moment = agr::FindContactMoment(task.key);
  v.task.revalidant = revalidant;
  v.task.assignee = names.OptOf(task.assignee);
  v.task.done_by = names.OptOf(task.done_by);
  v.task.state = TaskState(task, today);
  v.task.task = std::move(task);
  return v;
}

ContactView BuildContactView(Names& names, const Actor& actor, store::ContactRecord rec,
                             core::UserId trajectory_ric, std::optional<std::string> task_key) {
  ContactView v;
  v.summary_hidden = rec.medical && !MaySeeMedicalContactSummary(actor);
  if (v.summary_hidden) rec.summary.clear();
  v.task_key = std::move(task_key);
  v.created_by = names.Of(rec.created_by);
  v.updated_by = names.Of(rec.updated_by);
  v.may_edit =
      MayLogContact(actor, trajectory_ric) && (!rec.medical || MayLogMedicalContact(actor));
  v.record = std::move(rec);
  return v;
}

core::Status InvalidMedical(agr::MedicalRefusal r, consent::PolicyReason reason) {
  switch (r) {
    case agr::MedicalRefusal::kPartyNotBedrijfsarts:
      return core::Error::Invalid(
          "specific medical information goes to the bedrijfsarts only",
          {{"medical", "medical_party", "a medical contact must be with the bedrijfsarts"}});
    case agr::MedicalRefusal::kAuthorNotArts:
      return core::Error::Invalid(
          "specific medical information goes to the bedrijfsarts only via the revalidatiearts",
          {{"medical", "medical_author", "only a revalidatiearts records a medical contact"}});
    case agr::MedicalRefusal::kNoConsent:
      return core::Error::Invalid(
          "the revalidant has not given written consent for medical information to the "
          "bedrijfsarts (" +
              std::string(consent::ToCode(reason)) + ")",
          {{"medical", "medical_no_consent", std::string(consent::ToCode(reason))}});
    case agr::MedicalRefusal::kNone:
      break;
  }
  return core::Ok();
}

// The medical rule for `in` written by ctx.actor: the refusal and the consent decision it used.
struct MedicalCheck {
  agr::MedicalRefusal refusal = agr::MedicalRefusal::kNone;
  consent::PolicyDecision decision;
};

core::Result<MedicalCheck> CheckMedical(store::Tx& tx, const RequestContext& ctx,
                                        core::RevalidantId revalidant,
                                        const agr::ContactInput& in) {
  MedicalCheck c;
  if (!in.medical) return c;
  if (in.party == consent::kBedrijfsarts) {
    WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(revalidant));
    c.decision = consent::MayShare(record, consent::InfoKind::kMedischeInformatie, in.party,
                                   ctx.now);
  }
  c.refusal = agr::CheckMedicalContact(in.medical, in.party, ctx.actor.role, c.decision);
  // The system context never writes medical contacts (no revalidatiearts behind it).
  if (ctx.actor.system && c.refusal == agr::MedicalRefusal::kNone) {
    c.refusal = agr::MedicalRefusal::kAuthorNotArts;
  }
  return c;
}

// NEN 7513: the sharing decision of a medical contact (kind medische_informatie, party
// bedrijfsarts) with the consent reason.
audit::AuditEvent ShareEvent(const RequestContext& ctx, const std::string& object_id,
                             core::RevalidantId revalidant, const MedicalCheck& c,
                             const std::string& party) {
  const bool ok = c.refusal == agr::MedicalRefusal::kNone;
  audit::AuditEvent e = EventFor(ctx, audit::Action::kShare, kObject, object_id, revalidant,
                                 ok ? audit::Outcome::kSuccess : audit::Outcome::kDenied);
  e.detail = fmt::format("kind=medische_informatie;party={};reason={};rule={}", party,
                         consent::ToCode(c.decision.reason), agr::ToCode(c.refusal));
  return e;
}

// The whole input check before any write: domain validation, then the medical rule (a refusal
// is audited as a denied share in its own unit).
core::Status PreCheck(store::Database& db, const RequestContext& ctx,
                      const store::TrajectoryRecord& traj, const agr::ContactInput& in,
                      const std::string& object_id) {
  auto errors = agr::ValidateContact(in, core::DutchDate(ctx.now));
  if (!errors.empty()) return core::Error::Invalid("the contact is not valid", std::move(errors));
  if (!in.medical) return core::Ok();
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;
  WP_ASSIGN_OR_RETURN(MedicalCheck c, db.Read([&](store::Tx& tx) {
                        return CheckMedical(tx, ctx, revalidant, in);
                      }));
  if (c.refusal == agr::MedicalRefusal::kNone) return core::Ok();
  WP_RETURN_IF_ERROR(
      audit::Append(db, ShareEvent(ctx, object_id, revalidant, c, in.party), ctx.now));
  return InvalidMedical(c.refusal, c.decision.reason);
}

void Apply(store::ContactRecord& r, const agr::ContactInput& in) {
  r.date = *in.date;
  r.party = in.party;
  r.channel = in.channel;
  r.purpose = internal::Trim(in.purpose);
  r.materials = in.materials;
  r.other_materials = internal::Trim(in.other_materials);
  r.summary = in.summary;
  r.medical = in.medical;
}

core::Result<std::optional<std::string>> TaskKeyOf(store::Tx& tx,
                                                   const store::ContactRecord& rec) {
  if (!rec.task_id) return std::optional<std::string>();
  WP_ASSIGN_OR_RETURN(store::TaskRecord t, tx.agr().GetTask(*rec.task_id));
  return std::optional<std::string>(t.key);
}

}  // namespace

core::Result<ContactSectionView> ContactService::Section(const RequestContext& ctx,
                                                         core::TrajectId id) {
  Impl& m = *impl_;
  const std::string object = TrajectoryObject(id);
  if (!MayReadContacts(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kObject, object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead, kObject,
                                            object));
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(
      ContactSectionView v, m.db.Read([&](store::Tx& tx) -> core::Result<ContactSectionView> {
        ContactSectionView v;
        v.trajectory_id = id;
        v.signal_days = m.signal_days;
        WP_ASSIGN_OR_RETURN(v.revalidant, RevalidantOf(tx, traj.trajectory.revalidant_id));
        Names names(tx);
        WP_ASSIGN_OR_RETURN(auto contacts, tx.contacts().ListOf(id));
        std::map<std::int64_t, std::int64_t> contact_of_task;
        for (const auto& c : contacts) {
          if (c.task_id) contact_of_task[*c.task_id] = c.id;
        }
        std::map<std::int64_t, std::string> key_of_task;
        WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(id));
        for (auto& t : tasks) {
          key_of_task[t.id] = t.key;
          if (agr::FindContactMoment(t.key) == nullptr) continue;
          MomentTaskView mv = MomentView(names, v.revalidant, std::move(t), today);
          if (auto it = contact_of_task.find(mv.task.task.id); it != contact_of_task.end()) {
            mv.contact_id = it->second;
          }
          if (mv.task.state == "overdue") {
            ++v.overdue;
          } else if (mv.task.state != "done" && DueWithin(mv.task.task.due, today, m.signal_days)) {
            ++v.due_soon;
          }
          v.moments.push_back(std::move(mv));
        }
        for (auto& c : contacts) {
          std::optional<std::string> key;
          if (c.task_id) {
            if (auto it = key_of_task.find(*c.task_id); it != key_of_task.end()) key = it->second;
          }
          v.contacts.push_back(
              BuildContactView(names, ctx.actor, std::move(c), traj.ric_user_id, std::move(key)));
        }
        return v;
      }));
  v.may_log = MayLogContact(ctx.actor, traj.ric_user_id);
  v.may_log_medical = v.may_log && MayLogMedicalContact(ctx.actor);
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, object, traj.trajectory.revalidant_id);
  e.detail = fmt::format("contacts={};moments={}", v.contacts.size(), v.moments.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return v;
}

core::Result<ContactView> ContactService::Log(const RequestContext& ctx, core::TrajectId id,
                                              const ContactCreate& in) {
  Impl& m = *impl_;
  const std::string object = TrajectoryObject(id);
  if (!MayReadContacts(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kObject, object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kCreate, kObject,
                                            object));
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;
  if (!MayLogContact(ctx.actor, traj.ric_user_id)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kObject, object, revalidant);
  }
  WP_RETURN_IF_ERROR(PreCheck(m.db, ctx, traj, in.input, object));
  return m.db.Write([&](store::Tx& tx) -> core::Result<ContactView> {
    // The consent is read again inside the transaction: a withdrawal in between wins.
    WP_ASSIGN_OR_RETURN(MedicalCheck med, CheckMedical(tx, ctx, revalidant, in.input));
    WP_RETURN_IF_ERROR(InvalidMedical(med.refusal, med.decision.reason));
    std::optional<store::TaskRecord> task;
    if (in.task_id) {
      auto found = tx.agr().GetTask(*in.task_id);
      if (!found.ok()) {
        if (found.error().code != core::ErrorCode::kNotFound) return std::move(found).error();
        return core::Error::Invalid("the task does not exist",
                                    {{"task_id", "unknown", "no such task"}});
      }
      if (found->trajectory_id != id) {
        return core::Error::Invalid(
            "the task belongs to another trajectory",
            {{"task_id", "other_trajectory", "the task belongs to another trajectory"}});
      }
      const agr::ContactMoment* moment = agr::FindContactMoment(found->key);
      if (moment == nullptr) {
        return core::Error::Invalid(
            "the task is not a contact moment",
            {{"task_id", "not_contact_moment", "the task is not a contact moment"}});
      }
      if (!agr::PartyFits(*moment, in.input.party)) {
        return core::Error::Invalid(
            "the party does not fit the contact moment",
            {{"party", "party_mismatch",
              "the contact moment is with " + std::string(agr::ToCode(moment->party))}});
      }
      if (found->done_at) return core::Error::Rule("the contact-moment task is already done");
      task = std::move(*found);
    }
    store::ContactRecord rec;
    rec.trajectory_id = id;
    rec.revalidant_id = revalidant;
    Apply(rec, in.input);
    if (task) rec.task_id = task->id;
    rec.created_by = rec.updated_by = ctx.actor.user_id;
    rec.created_at = rec.updated_at = ctx.now;
    auto inserted = tx.contacts().Insert(rec);
    if (!inserted.ok()) {
      if (inserted.error().code == core::ErrorCode::kConflict) {
        return core::Error::Conflict("another contact already fulfils this task");
      }
      return std::move(inserted).error();
    }
    rec.id = *inserted;
    const std::string contact_object = IdText(rec.id);
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kObject, contact_object, revalidant);
    e.detail = fmt::format("trajectory={};party={};channel={};medical={};task={}", id.value,
                           rec.party, rec.channel, rec.medical ? 1 : 0,
                           task ? task->id : std::int64_t{0});
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    if (rec.medical) {
      WP_RETURN_IF_ERROR(audit::AppendInTx(
          tx, ShareEvent(ctx, contact_object, revalidant, med, rec.party), ctx.now));
    }
    std::optional<std::string> key;
    if (task) {
      // The existing task mechanism: the same version check and audit row as
      // POST /tasks/{id}/complete, in this transaction.
      WP_RETURN_IF_ERROR(CompleteTaskInTx(tx, ctx, task->id, task->version, revalidant,
                                          ctx.actor.user_id, "complete;contact=" + contact_object));
      key = task->key;
    }
    Names names(tx);
    WP_ASSIGN_OR_RETURN(store::ContactRecord stored, tx.contacts().Get(rec.id));
    return BuildContactView(names, ctx.actor, std::move(stored), traj.ric_user_id,
                            std::move(key));
  });
}

core::Result<ContactView> ContactService::Edit(const RequestContext& ctx, core::TrajectId id,
                                               std::int64_t contact_id, const ContactUpdate& in) {
  Impl& m = *impl_;
  const std::string object = IdText(contact_id);
  if (!MayReadContacts(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, kObject, object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kUpdate, kObject,
                                            object));
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;
  if (!MayLogContact(ctx.actor, traj.ric_user_id)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, kObject, object, revalidant);
  }
  WP_ASSIGN_OR_RETURN(store::ContactRecord current,
                      m.db.Read([&](store::Tx& tx) { return tx.contacts().Get(contact_id); }));
  if (current.trajectory_id != id) return core::Error::NotFound("contact not found");
  // A medical contact is the revalidatiearts's: others do not even see its summary.
  if (current.medical && !MayLogMedicalContact(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, kObject, object, revalidant);
  }
  WP_RETURN_IF_ERROR(PreCheck(m.db, ctx, traj, in.input, object));
  return m.db.Write([&](store::Tx& tx) -> core::Result<ContactView> {
    WP_ASSIGN_OR_RETURN(MedicalCheck med, CheckMedical(tx, ctx, revalidant, in.input));
    WP_RETURN_IF_ERROR(InvalidMedical(med.refusal, med.decision.reason));
    WP_ASSIGN_OR_RETURN(store::ContactRecord rec, tx.contacts().Get(contact_id));
    if (rec.version != in.version) {
      return core::Error::Conflict("the contact was changed by someone else");
    }
    if (rec.task_id) {
      // The contact fulfils a moment task: its party must keep fitting it.
      WP_ASSIGN_OR_RETURN(store::TaskRecord t, tx.agr().GetTask(*rec.task_id));
      const agr::ContactMoment* moment = agr::FindContactMoment(t.key);
      if (moment != nullptr && !agr::PartyFits(*moment, in.input.party)) {
        return core::Error::Invalid(
            "the party does not fit the contact moment",
            {{"party", "party_mismatch",
              "the contact moment is with " + std::string(agr::ToCode(moment->party))}});
      }
    }
    Apply(rec, in.input);
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v, tx.contacts().Update(rec, in.version));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, kObject, object, revalidant);
    e.detail = fmt::format("trajectory={};version={};party={};channel={};medical={}", id.value, v,
                           rec.party, rec.channel, rec.medical ? 1 : 0);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    if (rec.medical) {
      WP_RETURN_IF_ERROR(
          audit::AppendInTx(tx, ShareEvent(ctx, object, revalidant, med, rec.party), ctx.now));
    }
    Names names(tx);
    WP_ASSIGN_OR_RETURN(store::ContactRecord stored, tx.contacts().Get(contact_id));
    WP_ASSIGN_OR_RETURN(auto key, TaskKeyOf(tx, stored));
    return BuildContactView(names, ctx.actor, std::move(stored), traj.ric_user_id,
                            std::move(key));
  });
}

core::Result<std::vector<ContactVersionView>> ContactService::Versions(const RequestContext& ctx,
                                                                       core::TrajectId id,
                                                                       std::int64_t contact_id) {
  Impl& m = *impl_;
  const std::string object = IdText(contact_id);
  if (!MayReadContacts(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kObject, object);
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead, kObject,
                                            object));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<ContactVersionView>> {
        WP_ASSIGN_OR_RETURN(store::ContactRecord rec, tx.contacts().Get(contact_id));
        if (rec.trajectory_id != id) return core::Error::NotFound("contact not found");
        WP_ASSIGN_OR_RETURN(auto versions, tx.contacts().ListVersions(contact_id));
        Names names(tx);
        std::vector<ContactVersionView> out;
        for (auto& v : versions) {
          ContactVersionView view;
          view.summary_hidden = v.medical && !MaySeeMedicalContactSummary(ctx.actor);
          if (view.summary_hidden) v.summary.clear();
          view.by = names.Of(v.by);
          view.version = std::move(v);
          out.push_back(std::move(view));
        }
        return out;
      }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, object, traj.trajectory.revalidant_id);
  e.detail = fmt::format("versions={}", out.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<ContactSignalsView> ContactService::Signals(const RequestContext& ctx,
                                                         std::optional<int> days) {
  Impl& m = *impl_;
  if (!MayReadContacts(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kObject, "signals");
  }
  const int horizon = days.value_or(m.signal_days);
  if (horizon < 0 || horizon > kMaxSignalDays) {
    return core::Error::Invalid("days must be between 0 and 365",
                                {{"days", "out_of_range", "0..365"}});
  }
  const core::Date today = core::DutchDate(ctx.now);
  std::vector<std::string> keys;
  for (const auto& mo : agr::ContactMoments()) keys.emplace_back(mo.task_key);
  WP_ASSIGN_OR_RETURN(
      ContactSignalsView view,
      m.db.Read([&](store::Tx& tx) -> core::Result<ContactSignalsView> {
        ContactSignalsView view;
        view.days = horizon;
        WP_ASSIGN_OR_RETURN(auto tasks,
                            tx.agr().ListOpenTasksDueBy(keys, core::AddDays(today, horizon)));
        Names names(tx);
        std::map<std::int64_t, std::optional<RevalidantRef>> allowed;  // per revalidant
        for (auto& t : tasks) {
          auto it = allowed.find(t.revalidant_id.value);
          if (it == allowed.end()) {
            WP_ASSIGN_OR_RETURN(store::RevalidantDetail d, tx.revalidanten().Get(t.revalidant_id));
            std::optional<RevalidantRef> ref;
            // Need-to-know: only revalidanten within the user's scope.
            if (MayAccess(ctx.actor, Permission::kReadRevalidant, d.revalidant.data,
                          t.revalidant_id)) {
              ref = RevalidantRef{t.revalidant_id, d.revalidant.data.given_names,
                                  d.revalidant.data.family_name};
            }
            it = allowed.emplace(t.revalidant_id.value, std::move(ref)).first;
          }
          if (!it->second) continue;
          ContactSignal s;
          s.trajectory_id = t.trajectory_id;
          s.moment = MomentView(names, *it->second, std::move(t), today);
          s.state = s.moment.task.state;
          if (s.state == "overdue") ++view.overdue;
          view.items.push_back(std::move(s));
        }
        return view;
      }));
  std::string ids;
  for (const auto& s : view.items) {
    if (!ids.empty()) ids += ',';
    ids += std::to_string(s.moment.task.task.id);
  }
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kObject, "signals");
  e.detail = fmt::format("days={};tasks={}", horizon, ids);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return view;
}

}  // namespace werkpad::service
