// PartnerService: network partners, their role per AGR phase, handover moments, the AGR handover
// record and the closing overview.
#include "service/partner_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "audit/audit_log.hpp"
#include "core/dutch_date.hpp"
#include "domain/consent/consent.hpp"
#include "domain/consent/party.hpp"
#include "domain/consent/policy.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace pt = domain::partners;
namespace agr = domain::agr;
namespace consent = domain::consent;

struct PartnerService::Impl {
  store::Database& db;
  const core::Clock& clock;
};

PartnerService::PartnerService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}
PartnerService::~PartnerService() = default;

namespace {

constexpr const char* kPartnerObject = "network_partner";
constexpr const char* kMomentObject = "partner_handover_moment";
constexpr const char* kHandoverObject = "agr_handover";

bool IsPhoneText(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
  });
}

// Field checks of a partner; returns the kind and the stored (normalised) overrides.
struct CheckedPartner {
  pt::Kind kind = pt::Kind::kOverig;
  std::vector<pt::RoleOverride> overrides;
};

core::Result<CheckedPartner> CheckPartner(const PartnerInput& in) {
  internal::FieldChecker c;
  CheckedPartner out;
  auto kind = pt::ParseKind(in.kind);
  if (!kind) {
    c.Add("kind", "invalid_value", "a partner kind such as huisarts, jobcoach or overig");
  } else {
    out.kind = *kind;
  }
  if (kind == pt::Kind::kOverig) c.Required("label", in.label);
  c.MaxLen("label", in.label, 100);
  if (internal::Trim(in.name).empty() && internal::Trim(in.organisation).empty()) {
    c.Add("name", "required", "a name or an organisation");
  }
  c.MaxLen("name", in.name, 200);
  c.MaxLen("organisation", in.organisation, 200);
  c.MaxLen("phone", in.phone, 40);
  if (!IsPhoneText(in.phone)) c.Add("phone", "invalid_phone", "digits, spaces, + - ( ) only");
  c.Email("email", in.email);
  c.MaxLen("note", in.note, pt::kMaxNoteLength);
  if (kind) {
    auto norm = pt::NormaliseOverrides(*kind, in.roles);
    if (!norm.ok()) {
      for (const auto& f : norm.error().fields) c.Add(f.path, f.code, f.message);
    } else {
      out.overrides = std::move(*norm);
    }
  }
  WP_RETURN_IF_ERROR(c.Done("the network partner has invalid fields"));
  return out;
}

void Apply(store::PartnerRecord& r, const PartnerInput& in, const CheckedPartner& checked) {
  r.kind = std::string(pt::ToCode(checked.kind));
  r.label = internal::Trim(in.label);
  r.name = internal::Trim(in.name);
  r.organisation = internal::Trim(in.organisation);
  r.phone = internal::Trim(in.phone);
  r.email = internal::Trim(in.email);
  r.note = in.note;
  r.roles = pt::EncodeOverrides(checked.overrides);
}

core::Result<PartnerView> ViewOf(Names& names, store::PartnerRecord rec) {
  PartnerView v;
  auto kind = pt::ParseKind(rec.kind);
  auto overrides = pt::DecodeOverrides(rec.roles);
  if (!kind || !overrides) return core::Error::Internal("stored network partner is malformed");
  v.kind = *kind;
  v.roles = pt::EffectiveRoles(*kind, *overrides);
  v.updated_by = names.Of(rec.updated_by);
  v.record = std::move(rec);
  return v;
}

// The trajectory the current phase comes from: the active one, else the newest.
core::Result<std::optional<store::TrajectoryRecord>> PhaseTrajectory(store::Tx& tx,
                                                                     core::RevalidantId id) {
  WP_ASSIGN_OR_RETURN(auto list, tx.agr().ListTrajectories(id));
  if (list.empty()) return std::optional<store::TrajectoryRecord>();
  for (auto& t : list) {
    if (t.active) return std::optional<store::TrajectoryRecord>(std::move(t));
  }
  return std::optional<store::TrajectoryRecord>(std::move(list.front()));
}

core::Status CheckEndpointPartner(store::Tx& tx, const pt::Endpoint& e, core::RevalidantId id,
                                  const std::string& path) {
  if (e.partner_id <= 0) return core::Ok();
  auto p = tx.partners().GetPartner(e.partner_id);
  if (!p.ok() && p.error().code != core::ErrorCode::kNotFound) return std::move(p).error();
  if (!p.ok() || p->revalidant_id != id) {
    return core::Error::Invalid("no such network partner of this revalidant",
                                {{path, "unknown_partner", "a partner of this revalidant"}});
  }
  return core::Ok();
}

void ApplyMoment(store::HandoverMomentRecord& r, const pt::MomentInput& in) {
  r.from_partner_id = in.from.partner_id;
  r.from_party = in.from.party;
  r.to_partner_id = in.to.partner_id;
  r.to_party = in.to.party;
  r.phase = std::string(agr::ToCode(in.phase));
  r.planned_on = in.planned_on;
  r.done_on = in.done_on;
  r.note = in.note;
}

}  // namespace

// --- partners ---

core::Result<PartnerMatrixView> PartnerService::Matrix(const RequestContext& ctx,
                                                       core::RevalidantId id) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayReadPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kPartnerObject, object, id);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, id, false, audit::Action::kRead, kPartnerObject, object));
  WP_ASSIGN_OR_RETURN(auto view, m.db.Read([&](store::Tx& tx) -> core::Result<PartnerMatrixView> {
    PartnerMatrixView v;
    v.revalidant_id = id;
    WP_ASSIGN_OR_RETURN(auto traj, PhaseTrajectory(tx, id));
    if (traj) {
      v.trajectory_id = traj->trajectory.id;
      v.route_step = traj->trajectory.step;
      v.current_phase = pt::CurrentPhase(traj->trajectory);
    }
    Names names(tx);
    WP_ASSIGN_OR_RETURN(auto partners, tx.partners().ListPartners(id));
    for (auto& p : partners) {
      if (p.ended_on) continue;
      WP_ASSIGN_OR_RETURN(PartnerView pv, ViewOf(names, std::move(p)));
      MatrixRow row{std::move(pv), pt::Role::kNotInvolved};
      if (v.current_phase)
        row.current_role = row.partner.roles[*pt::PhaseIndex(*v.current_phase)].role;
      v.rows.push_back(std::move(row));
    }
    WP_ASSIGN_OR_RETURN(auto moments, tx.partners().ListMoments(id));
    for (auto& mo : moments) {
      UserRef by = names.Of(mo.updated_by);
      v.moments.push_back({std::move(mo), std::move(by)});
    }
    return v;
  }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kPartnerObject, object, id);
  e.detail = fmt::format("matrix;partners={};phase={}", view.rows.size(),
                         view.current_phase ? agr::ToCode(*view.current_phase) : "none");
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return view;
}

core::Result<std::vector<PartnerView>> PartnerService::List(const RequestContext& ctx,
                                                            core::RevalidantId id) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayReadPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kPartnerObject, object, id);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, id, false, audit::Action::kRead, kPartnerObject, object));
  WP_ASSIGN_OR_RETURN(auto list,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<PartnerView>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto partners, tx.partners().ListPartners(id));
                        std::vector<PartnerView> out;
                        for (auto& p : partners) {
                          WP_ASSIGN_OR_RETURN(PartnerView pv, ViewOf(names, std::move(p)));
                          out.push_back(std::move(pv));
                        }
                        return out;
                      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kPartnerObject, object, id);
  e.detail = fmt::format("list;count={}", list.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return list;
}

core::Result<PartnerView> PartnerService::Create(const RequestContext& ctx, core::RevalidantId id,
                                                 const PartnerInput& in) {
  Impl& m = *impl_;
  if (!MayEditPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kPartnerObject, "", id);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, id, true, audit::Action::kCreate, kPartnerObject, ""));
  WP_ASSIGN_OR_RETURN(CheckedPartner checked, CheckPartner(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<PartnerView> {
    store::PartnerRecord r;
    r.revalidant_id = id;
    Apply(r, in, checked);
    r.created_by = r.updated_by = ctx.actor.user_id;
    r.created_at = r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(r.id, tx.partners().InsertPartner(r));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kCreate, kPartnerObject, IdText(r.id), id);
    e.detail = fmt::format("kind={};overrides={}", r.kind, checked.overrides.size());
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, tx.partners().GetPartner(r.id));
    Names names(tx);
    return ViewOf(names, std::move(stored));
  });
}

namespace {

// Loads the partner and checks role and need-to-know for a write on it.
core::Result<store::PartnerRecord> LoadPartnerForWrite(store::Database& db,
                                                       const RequestContext& ctx,
                                                       std::int64_t partner_id) {
  const std::string object = IdText(partner_id);
  if (!MayEditPartners(ctx.actor)) {
    return internal::Deny(db, ctx, audit::Action::kUpdate, kPartnerObject, object);
  }
  WP_ASSIGN_OR_RETURN(auto rec,
                      db.Read([&](store::Tx& tx) { return tx.partners().GetPartner(partner_id); }));
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(db, ctx, rec.revalidant_id, true, audit::Action::kUpdate,
                                           kPartnerObject, object));
  return rec;
}

}  // namespace

core::Result<PartnerView> PartnerService::Update(const RequestContext& ctx, std::int64_t partner_id,
                                                 const PartnerInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto loaded, LoadPartnerForWrite(m.db, ctx, partner_id));
  WP_ASSIGN_OR_RETURN(CheckedPartner checked, CheckPartner(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<PartnerView> {
    WP_ASSIGN_OR_RETURN(auto r, tx.partners().GetPartner(partner_id));
    if (r.version != in.version) {
      return core::Error::Conflict("the network partner was changed by someone else");
    }
    if (r.ended_on) return core::Error::Rule("the network partner has ended; add a new one");
    Apply(r, in, checked);
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v, tx.partners().UpdatePartner(r, in.version));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, kPartnerObject, IdText(partner_id),
                                   loaded.revalidant_id);
    e.detail = fmt::format("kind={};overrides={};version={}", r.kind, checked.overrides.size(), v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, tx.partners().GetPartner(partner_id));
    Names names(tx);
    return ViewOf(names, std::move(stored));
  });
}

core::Result<PartnerView> PartnerService::End(const RequestContext& ctx, std::int64_t partner_id,
                                              const PartnerEndInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto loaded, LoadPartnerForWrite(m.db, ctx, partner_id));
  const core::Date today = core::DutchDate(ctx.now);
  const core::Date ended = in.ended_on.value_or(today);
  if (ended > today) {
    return core::Error::Invalid("the end date lies in the future",
                                {{"ended_on", "in_future", "may not lie in the future"}});
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<PartnerView> {
    WP_ASSIGN_OR_RETURN(auto r, tx.partners().GetPartner(partner_id));
    if (r.version != in.version) {
      return core::Error::Conflict("the network partner was changed by someone else");
    }
    if (r.ended_on) return core::Error::Rule("the network partner has already ended");
    r.ended_on = ended;
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v, tx.partners().UpdatePartner(r, in.version));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, kPartnerObject, IdText(partner_id),
                                   loaded.revalidant_id);
    e.detail = fmt::format("ended;version={}", v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, tx.partners().GetPartner(partner_id));
    Names names(tx);
    return ViewOf(names, std::move(stored));
  });
}

// --- handover moments ---

core::Result<std::vector<MomentView>> PartnerService::Moments(const RequestContext& ctx,
                                                              core::RevalidantId id) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayReadPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kMomentObject, object, id);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, id, false, audit::Action::kRead, kMomentObject, object));
  WP_ASSIGN_OR_RETURN(auto list,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<MomentView>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto moments, tx.partners().ListMoments(id));
                        std::vector<MomentView> out;
                        for (auto& mo : moments) {
                          UserRef by = names.Of(mo.updated_by);
                          out.push_back({std::move(mo), std::move(by)});
                        }
                        return out;
                      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, kMomentObject, object, id);
  e.detail = fmt::format("list;count={}", list.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return list;
}

core::Result<MomentView> PartnerService::AddMoment(const RequestContext& ctx, core::RevalidantId id,
                                                   const MomentInputView& in) {
  Impl& m = *impl_;
  if (!MayEditPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kMomentObject, "", id);
  }
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(m.db, ctx, id, true, audit::Action::kCreate, kMomentObject, ""));
  WP_RETURN_IF_ERROR(pt::ValidateMoment(in.moment, core::DutchDate(ctx.now)));
  return m.db.Write([&](store::Tx& tx) -> core::Result<MomentView> {
    WP_RETURN_IF_ERROR(CheckEndpointPartner(tx, in.moment.from, id, "from.partner_id"));
    WP_RETURN_IF_ERROR(CheckEndpointPartner(tx, in.moment.to, id, "to.partner_id"));
    store::HandoverMomentRecord r;
    r.revalidant_id = id;
    ApplyMoment(r, in.moment);
    r.created_by = r.updated_by = ctx.actor.user_id;
    r.created_at = r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(r.id, tx.partners().InsertMoment(r));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kCreate, kMomentObject, IdText(r.id), id);
    e.detail = fmt::format("phase={};done={}", r.phase, r.done_on ? 1 : 0);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, tx.partners().GetMoment(r.id));
    Names names(tx);
    UserRef by = names.Of(stored.updated_by);
    return MomentView{std::move(stored), std::move(by)};
  });
}

namespace {

core::Result<store::HandoverMomentRecord> LoadMomentForWrite(store::Database& db,
                                                             const RequestContext& ctx,
                                                             std::int64_t moment_id,
                                                             audit::Action action) {
  const std::string object = IdText(moment_id);
  if (!MayEditPartners(ctx.actor)) return internal::Deny(db, ctx, action, kMomentObject, object);
  WP_ASSIGN_OR_RETURN(auto rec,
                      db.Read([&](store::Tx& tx) { return tx.partners().GetMoment(moment_id); }));
  WP_RETURN_IF_ERROR(
      CheckRevalidantAccess(db, ctx, rec.revalidant_id, true, action, kMomentObject, object));
  return rec;
}

}  // namespace

core::Result<MomentView> PartnerService::UpdateMoment(const RequestContext& ctx,
                                                      std::int64_t moment_id,
                                                      const MomentInputView& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto loaded,
                      LoadMomentForWrite(m.db, ctx, moment_id, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(pt::ValidateMoment(in.moment, core::DutchDate(ctx.now)));
  const core::RevalidantId id = loaded.revalidant_id;
  return m.db.Write([&](store::Tx& tx) -> core::Result<MomentView> {
    WP_RETURN_IF_ERROR(CheckEndpointPartner(tx, in.moment.from, id, "from.partner_id"));
    WP_RETURN_IF_ERROR(CheckEndpointPartner(tx, in.moment.to, id, "to.partner_id"));
    WP_ASSIGN_OR_RETURN(auto r, tx.partners().GetMoment(moment_id));
    if (r.version != in.version) {
      return core::Error::Conflict("the handover moment was changed by someone else");
    }
    ApplyMoment(r, in.moment);
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v, tx.partners().UpdateMoment(r, in.version));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, kMomentObject, IdText(moment_id), id);
    e.detail = fmt::format("phase={};done={};version={}", r.phase, r.done_on ? 1 : 0, v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, tx.partners().GetMoment(moment_id));
    Names names(tx);
    UserRef by = names.Of(stored.updated_by);
    return MomentView{std::move(stored), std::move(by)};
  });
}

core::Status PartnerService::DeleteMoment(const RequestContext& ctx, std::int64_t moment_id,
                                          std::int64_t version) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto loaded,
                      LoadMomentForWrite(m.db, ctx, moment_id, audit::Action::kDelete));
  return m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.partners().DeleteMoment(moment_id, version));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kDelete, kMomentObject, IdText(moment_id),
                                   loaded.revalidant_id);
    e.detail = fmt::format("version={}", version);
    return audit::AppendInTx(tx, e, ctx.now);
  });
}

// --- the handover record and closing ---

namespace {

core::Result<HandoverView> HandoverViewOf(store::Tx& tx, Names& names, store::HandoverRecord r) {
  HandoverView v;
  v.created_by = names.Of(r.created_by);
  if (r.partner_id > 0) {
    auto p = tx.partners().GetPartner(r.partner_id);
    if (p.ok()) v.partner_name = p->name.empty() ? p->organisation : p->name;
  }
  v.record = std::move(r);
  return v;
}

bool MatchesExpected(const std::string& expected_party, const std::string& party) {
  if (expected_party == "ketenpartners") return party != "werkgever" && party != "bedrijfsarts";
  return expected_party == party;
}

}  // namespace

core::Result<ClosingView> PartnerService::Closing(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayReadPartners(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kHandoverObject, object);
  }
  WP_ASSIGN_OR_RETURN(auto traj, LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead,
                                                       kHandoverObject, object));
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(auto view, m.db.Read([&](store::Tx& tx) -> core::Result<ClosingView> {
    ClosingView v;
    const agr::Trajectory& t = traj.trajectory;
    v.trajectory_id = id;
    v.step = t.step;
    v.trajectory_version = traj.version;
    Names names(tx);
    WP_ASSIGN_OR_RETURN(auto handovers, tx.partners().ListHandovers(id));
    for (auto& h : handovers) {
      WP_ASSIGN_OR_RETURN(auto hv, HandoverViewOf(tx, names, std::move(h)));
      v.handovers.push_back(std::move(hv));
    }
    WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(id));
    for (const auto& task : tasks) {
      if (task.done_at) continue;
      v.open_tasks.push_back(
          {task.id, task.version, task.key, task.due, core::DaysBetween(task.due, today) > 0});
    }
    v.all_required_done = true;
    for (const auto& e : pt::ExpectedHandovers(t)) {
      ExpectedHandoverView ev{e, false, std::nullopt, false};
      for (const auto& h : v.handovers) {
        if (MatchesExpected(e.party, h.record.party)) ev.done = true;
      }
      for (const auto& task : tasks) {
        if (task.key == e.task) {
          ev.task_id = task.id;
          ev.task_done = task.done_at.has_value();
        }
      }
      if (e.required && !ev.done) v.all_required_done = false;
      v.expected.push_back(std::move(ev));
    }
    WP_ASSIGN_OR_RETURN(auto visie, tx.visie().FindByTrajectory(id));
    if (visie && visie->signature) {
      v.visie_signed_version = visie->signature->signed_version;
      v.visie_shared_with = visie->signature->share_with;
    }
    v.handover_allowed = pt::HandoverAllowedIn(t.step) && MayRecordHandover(ctx.actor);
    for (const auto& a : agr::AllowedDecisions(t)) {
      if (a.kind == agr::DecisionKind::kAfsluiten) v.may_close = MayDecide(ctx.actor, a.kind);
    }
    return v;
  }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kHandoverObject, object, traj.trajectory.revalidant_id);
  e.detail = fmt::format("closing;handovers={}", view.handovers.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return view;
}

core::Result<HandoverView> PartnerService::RecordHandover(const RequestContext& ctx,
                                                          core::TrajectId id,
                                                          const HandoverInput& in) {
  Impl& m = *impl_;
  const std::string object = IdText(id.value);
  if (!MayRecordHandover(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kHandoverObject, object);
  }
  WP_ASSIGN_OR_RETURN(auto traj, LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kCreate,
                                                       kHandoverObject, object));
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;
  const core::Date today = core::DutchDate(ctx.now);

  internal::FieldChecker c;
  if (!in.held_on) {
    c.Add("held_on", "required", "the date of the handover");
  } else if (*in.held_on > today) {
    c.Add("held_on", "in_future", "record a handover once it took place");
  }
  if (in.attendees.empty()) c.Add("attendees", "required", "who attended");
  if (in.attendees.size() > pt::kMaxAttendees) c.Add("attendees", "too_many", "at most 20");
  for (std::size_t i = 0; i < in.attendees.size(); ++i) {
    const std::string path = "attendees[" + std::to_string(i) + "]";
    c.Required(path + ".name", in.attendees[i].name);
    c.MaxLen(path + ".name", in.attendees[i].name, 200);
    c.MaxLen(path + ".role", in.attendees[i].role, 100);
  }
  if (!in.warm) c.Add("warm", "required", "whether the handover was face to face");
  if (!consent::IsValidPartyCode(in.party)) {
    c.Add("party", "invalid_code", "a party code such as werkgever, bedrijfsarts or uwv");
  }
  if (in.visie_version < 1) c.Add("visie_version", "required", "the version of form 7");
  c.MaxLen("note", in.note, pt::kMaxNoteLength);
  WP_RETURN_IF_ERROR(c.Done("the handover has invalid fields"));
  if (!pt::HandoverAllowedIn(traj.trajectory.step)) {
    return core::Error::Rule(
        "the handover is recorded in werktraining or afronding; the current "
        "step is '" +
        std::string(agr::ToCode(traj.trajectory.step)) + "'");
  }

  std::optional<audit::AuditEvent> refused;
  auto result = m.db.Write([&](store::Tx& tx) -> core::Result<HandoverView> {
    // Form 7: the version must exist, be the signed content, and be shared with the party.
    WP_ASSIGN_OR_RETURN(auto visie, tx.visie().FindByTrajectory(id));
    if (!visie) return core::Error::Rule("the trajectory has no re-integratievisie yet");
    auto version = tx.visie().GetVersion(visie->id, in.visie_version);
    if (!version.ok()) {
      if (version.error().code != core::ErrorCode::kNotFound) return std::move(version).error();
      return core::Error::Invalid("no such version of the re-integratievisie",
                                  {{"visie_version", "not_found", "an existing version"}});
    }
    if (!visie->signature) {
      return core::Error::Rule(
          "the re-integratievisie is not signed yet; the revalidant signs it "
          "and chooses with whom it may be shared first");
    }
    if (version->content_sha256 != visie->signature->content_sha256) {
      return core::Error::Rule(fmt::format(
          "version {} is not the signed re-integratievisie; hand over the signed version {}",
          in.visie_version, visie->signature->signed_version));
    }
    WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(revalidant));
    const consent::PolicyDecision d =
        consent::MayShare(record, consent::InfoKind::kReIntegratievisie, in.party, ctx.now);
    const bool allowed = MayPartySeeVisie(in.party, true, visie->signature->share_with, d.allowed);
    audit::AuditEvent share =
        EventFor(ctx, audit::Action::kShare, "consent", IdText(revalidant.value), revalidant,
                 allowed ? audit::Outcome::kSuccess : audit::Outcome::kDenied);
    share.detail = fmt::format(
        "kind=reintegratievisie;party={};reason={};via=handover", in.party,
        allowed ? "allowed"
                : (d.allowed ? "not_chosen_at_signing" : std::string(consent::ToCode(d.reason))));
    if (!allowed) {
      refused = share;
      return core::Error::Rule(
          "the revalidant did not consent to sharing the "
          "re-integratievisie with the " +
          in.party);
    }
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, share, ctx.now));
    if (in.partner_id > 0) {
      WP_RETURN_IF_ERROR(
          CheckEndpointPartner(tx, pt::Endpoint{in.partner_id, ""}, revalidant, "partner_id"));
    }

    store::HandoverRecord r;
    r.trajectory_id = id;
    r.held_on = *in.held_on;
    r.party = in.party;
    r.partner_id = in.partner_id;
    r.warm = *in.warm;
    r.visie_version = in.visie_version;
    r.visie_sha256 = version->content_sha256;
    r.note = in.note;
    for (const auto& a : in.attendees) {
      r.attendees.push_back({internal::Trim(a.name), internal::Trim(a.role)});
    }
    r.created_by = ctx.actor.user_id;
    r.created_at = ctx.now;

    // The matching step-plan task (overdracht_*), done in this transaction.
    WP_ASSIGN_OR_RETURN(auto tasks, tx.agr().ListTasksOf(id));
    const std::string_view key = pt::HandoverTaskKey(in.party);
    for (const auto& task : tasks) {
      if (task.key != key || task.done_at) continue;
      WP_RETURN_IF_ERROR(CompleteTaskInTx(tx, ctx, task.id, task.version, revalidant,
                                          ctx.actor.user_id, "complete;via=handover"));
      r.task_id = task.id;
      break;
    }
    WP_ASSIGN_OR_RETURN(r.id, tx.partners().InsertHandover(r));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kHandoverObject, IdText(r.id), revalidant);
    e.detail = fmt::format("trajectory={};party={};warm={};visie_version={};task={}", id.value,
                           r.party, r.warm ? 1 : 0, r.visie_version, r.task_id);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    Names names(tx);
    return HandoverViewOf(tx, names, std::move(r));
  });
  if (!result.ok() && refused) {
    // The refused transfer is logged on its own (the unit was rolled back with the refusal).
    WP_RETURN_IF_ERROR(audit::Append(m.db, *refused, ctx.now));
  }
  return result;
}

}  // namespace werkpad::service
