// AgrService: form definitions (built-in and imported) and form responses per trajectory.
#include <boost/json/serialize.hpp>
#include <fmt/format.h>

#include <algorithm>

#include "audit/audit_log.hpp"
#include "codec/forms/answers_json.hpp"
#include "codec/forms/definition_json.hpp"
#include "codec/json_reader.hpp"
#include "core/dutch_date.hpp"
#include "domain/consent/form3.hpp"
#include "domain/forms/diff.hpp"
#include "domain/forms/validation.hpp"
#include "domain/registry/revalidant.hpp"
#include "service/agr_internal.hpp"
#include "service/agr_service.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

// resources/forms, embedded at build time (src/service/CMakeLists.txt).
std::string_view BuiltinFormAgr1();
std::string_view BuiltinFormAgr2();
std::string_view BuiltinFormAgr3();
std::string_view BuiltinFormAgr5();

using namespace agr_internal;
namespace forms = domain::forms;
using domain::identity::Role;

namespace {

std::vector<forms::FormDefinition> LoadBuiltins() {
  std::vector<forms::FormDefinition> out;
  for (auto json : {BuiltinFormAgr1(), BuiltinFormAgr2(), BuiltinFormAgr3(), BuiltinFormAgr5()}) {
    auto def = codec::forms::LoadFormDefinition(json);
    // The files are checked by tests/codec (every resource file loads); a broken one is left
    // out rather than taking the server down.
    if (def.ok()) out.push_back(std::move(def).value());
  }
  return out;
}

std::optional<forms::ResponseEventType> ParseEventType(std::string_view code) {
  for (auto t : {forms::ResponseEventType::kCreated, forms::ResponseEventType::kSaved,
                 forms::ResponseEventType::kFinalised, forms::ResponseEventType::kSigned,
                 forms::ResponseEventType::kReopened}) {
    if (forms::ToCode(t) == code) return t;
  }
  return std::nullopt;
}

std::optional<forms::Signature> ToSignature(const std::optional<store::StoredSignature>& s) {
  if (!s) return std::nullopt;
  auto method = forms::ParseSignatureMethod(s->method);
  if (!method) return std::nullopt;
  return forms::Signature{*method, s->recorded_by, s->recorded_at, s->signed_on};
}

std::optional<store::StoredSignature> FromSignature(const std::optional<forms::Signature>& s) {
  if (!s) return std::nullopt;
  return store::StoredSignature{std::string(forms::ToCode(s->method)), s->signed_on,
                                s->recorded_by, s->recorded_at};
}

core::Result<forms::FormResponse> ToDomain(const forms::FormDefinition& def,
                                           const store::FormResponseRecord& r,
                                           const std::vector<store::FormEventRecord>& events) {
  forms::FormResponse out;
  out.form_id = r.form_id;
  out.form_version = r.form_version;
  auto status = forms::ParseResponseStatus(r.status);
  auto answers = codec::forms::ParseAnswers(r.answers_json, def);
  if (!status || !answers.ok()) return core::Error::Internal("stored form response is malformed");
  out.status = *status;
  out.answers = std::move(answers).value();
  out.signature = ToSignature(r.signature);
  for (const auto& e : events) {
    auto type = ParseEventType(e.type);
    if (!type) return core::Error::Internal("stored form event is malformed");
    out.events.push_back({*type, e.by, e.at, e.reason, std::nullopt});
  }
  return out;
}

std::string ValueJson(const forms::Value& v) {
  return boost::json::serialize(codec::forms::ValueToJson(v));
}

std::vector<store::FieldChangeRecord> ChangesBetween(const forms::Answers& before,
                                                     const forms::Answers& after,
                                                     core::UserId by, core::Instant at) {
  std::vector<store::FieldChangeRecord> out;
  for (const auto& c : forms::DiffAnswers(before, after)) {
    store::FieldChangeRecord r;
    r.path = c.path;
    if (c.old_value) r.old_json = ValueJson(*c.old_value);
    if (c.new_value) r.new_json = ValueJson(*c.new_value);
    r.by = by;
    r.at = at;
    out.push_back(std::move(r));
  }
  return out;
}

std::string ObjectId(core::TrajectId id, const std::string& form_id) {
  return IdText(id.value) + "/" + form_id;
}

FormResponseView ToView(Names& names, store::FormResponseRecord rec, forms::Answers answers) {
  FormResponseView v;
  if (rec.signature) v.signature_by = names.Of(rec.signature->recorded_by);
  v.updated_by = names.Of(rec.updated_by);
  v.answers = std::move(answers);
  v.record = std::move(rec);
  return v;
}

// The stored response and its domain value, or kNotFound.
struct Loaded {
  store::FormResponseRecord record;
  forms::FormDefinition def;
  forms::FormResponse response;
};

core::Result<Loaded> LoadResponse(const AgrService::Impl& m, store::Tx& tx, core::TrajectId id,
                                  const std::string& form_id) {
  WP_ASSIGN_OR_RETURN(auto rec, tx.agr().FindResponse(id, form_id));
  if (!rec) return core::Error::NotFound("no response for this form yet");
  WP_ASSIGN_OR_RETURN(auto def, m.FindDefinition(tx, form_id, rec->form_version));
  if (!def) return core::Error::Internal("form definition of a stored response is missing");
  WP_ASSIGN_OR_RETURN(auto events, tx.agr().ListResponseEvents(id, form_id));
  WP_ASSIGN_OR_RETURN(auto response, ToDomain(*def, *rec, events));
  return Loaded{std::move(*rec), std::move(*def), std::move(response)};
}

// Writes the new domain value of a loaded response: the row (optimistic version), one event,
// and the field history of changed answers.
core::Status StoreResponse(store::Tx& tx, Loaded& l, const forms::FormResponse& next,
                           std::int64_t version, const RequestContext& ctx) {
  store::FormResponseRecord rec = l.record;
  rec.status = std::string(forms::ToCode(next.status));
  rec.answers_json = codec::forms::SerializeAnswers(next.answers);
  rec.signature = FromSignature(next.signature);
  rec.updated_at = ctx.now;
  rec.updated_by = ctx.actor.user_id;
  WP_RETURN_IF_ERROR(tx.agr().UpdateResponse(rec, version));
  const forms::ResponseEvent& e = next.events.back();
  WP_RETURN_IF_ERROR(tx.agr().AppendResponseEvent(
      rec.trajectory_id, rec.form_id,
      {std::string(forms::ToCode(e.type)), e.by, e.at, e.reason}));
  auto changes = ChangesBetween(l.response.answers, next.answers, ctx.actor.user_id, ctx.now);
  if (!changes.empty()) {
    WP_RETURN_IF_ERROR(tx.agr().AppendFieldChanges(rec.trajectory_id, rec.form_id, changes));
  }
  return core::Ok();
}

// Form 1 final: the expected rehabilitation duration gives the expected discharge date, and the
// employment status updates the ZZP flag (docs/agr-route.md §2, §1 "ZZP'er").
core::Status ApplyForm1(store::Tx& tx, core::TrajectId id, const forms::Answers& answers,
                        core::Instant now) {
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, tx.agr().GetTrajectory(id));
  if (!rec.active) return core::Ok();
  const std::int64_t version = rec.version;
  auto it = answers.find(kForm1DurationKey);
  if (it != answers.end()) {
    if (const auto* d = std::get_if<forms::Duration>(&it->second)) {
      auto next = domain::agr::SetExpectedDischarge(
          rec.trajectory, forms::AddDuration(rec.trajectory.admission_date, *d));
      if (next.ok()) {
        rec.trajectory = std::move(next).value();
        rec.expected_duration = *d;
      }
    }
  }
  auto status = answers.find("arbeidsstatus");
  if (status != answers.end()) {
    if (const auto* code = std::get_if<std::string>(&status->second)) {
      if (auto s = domain::registry::ParseEmploymentStatus(*code)) {
        auto next = domain::agr::SetEmploymentStatus(rec.trajectory, *s);
        if (next.ok()) rec.trajectory = std::move(next).value();
      }
    }
  }
  rec.updated_at = now;
  WP_RETURN_IF_ERROR(tx.agr().UpdateTrajectory(rec, version));
  return core::Ok();
}

// Form 3 signed: its rows become consent events (docs/agr-route.md §6).
core::Status ApplyForm3(store::Tx& tx, core::RevalidantId revalidant,
                        const forms::FormResponse& signed_response, const RequestContext& ctx) {
  WP_ASSIGN_OR_RETURN(auto record, tx.agr().GetConsent(revalidant));
  const auto count = static_cast<std::int64_t>(record.events.size());
  WP_ASSIGN_OR_RETURN(auto events, domain::consent::EventsFromForm3(
                                       record, signed_response.answers, ctx.actor.user_id,
                                       ctx.now, *signed_response.signature));
  for (const auto& e : events) {
    WP_ASSIGN_OR_RETURN(record, domain::consent::Append(record, e));
  }
  return tx.agr().AppendConsentEvents(revalidant, count, events);
}

enum class Need { kRead, kEdit, kSignPortal, kSignPaper };

}  // namespace

AgrService::AgrService(store::Database& db, const core::Clock& clock,
                       domain::agr::TaskPolicy task_policy)
    : impl_(std::make_unique<Impl>(Impl{db, clock, task_policy, LoadBuiltins()})) {}

core::Result<std::optional<forms::FormDefinition>> AgrService::Impl::FindDefinition(
    store::Tx& tx, const std::string& id, std::int64_t version) const {
  for (const auto& d : builtin) {
    if (d.id == id && d.version == version) return std::optional<forms::FormDefinition>(d);
  }
  WP_ASSIGN_OR_RETURN(auto stored, tx.agr().FindFormDefinition(id, version));
  if (!stored) return std::optional<forms::FormDefinition>{};
  WP_ASSIGN_OR_RETURN(auto def, codec::forms::LoadFormDefinition(stored->json));
  return std::optional<forms::FormDefinition>(std::move(def));
}

core::Result<forms::FormDefinition> AgrService::Impl::LatestDefinition(
    store::Tx& tx, const std::string& id) const {
  std::int64_t best = 0;
  for (const auto& d : builtin) {
    if (d.id == id) best = std::max(best, d.version);
  }
  WP_ASSIGN_OR_RETURN(auto stored, tx.agr().ListFormDefinitions());
  for (const auto& s : stored) {
    if (s.form_id == id) best = std::max(best, s.form_version);
  }
  if (best == 0) return core::Error::NotFound("no such form definition");
  WP_ASSIGN_OR_RETURN(auto def, FindDefinition(tx, id, best));
  if (!def) return core::Error::NotFound("no such form definition");
  return std::move(*def);
}

namespace {

bool MayReadDefinitions(const Actor& a) {
  return a.system || a.role == Role::kAdmin || a.role == Role::kRevalidatiearts ||
         a.role == Role::kRic || a.role == Role::kTherapeut || a.role == Role::kRevalidant;
}

// Role and need-to-know for a response operation; returns the trajectory. The revalidant may
// read (and sign in the portal) only forms that take a signature, of the own trajectory.
core::Result<store::TrajectoryRecord> CheckFormAccess(AgrService::Impl& m,
                                                      const RequestContext& ctx,
                                                      core::TrajectId id,
                                                      const std::string& form_id, Need need,
                                                      audit::Action action) {
  const std::string object = ObjectId(id, form_id);
  const Actor& a = ctx.actor;
  const bool revalidant = a.role == Role::kRevalidant && !a.system;
  bool role_ok = false;
  switch (need) {
    case Need::kRead: role_ok = IsAgrStaff(a) || revalidant; break;
    case Need::kEdit: role_ok = MayEditForms(a); break;
    case Need::kSignPortal: role_ok = revalidant; break;
    case Need::kSignPaper: role_ok = MayRecordConsent(a); break;
  }
  if (!role_ok) return internal::Deny(m.db, ctx, action, "form_response", object);
  const bool write = need == Need::kEdit || need == Need::kSignPaper;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      LoadTrajectoryChecked(m.db, ctx, id, write, action, "form_response",
                                            object));
  if (revalidant) {
    // Only forms the revalidant signs (form 3) are shown in the portal.
    WP_ASSIGN_OR_RETURN(auto def, m.db.Read([&](store::Tx& tx) {
      return m.LatestDefinition(tx, form_id);
    }));
    if (!def.requires_signature) {
      return internal::Deny(m.db, ctx, action, "form_response", object,
                            rec.trajectory.revalidant_id);
    }
  }
  return rec;
}

}  // namespace

core::Result<std::vector<FormDefinitionSummary>> AgrService::ListFormDefinitions(
    const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayReadDefinitions(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "form_definition", "");
  }
  WP_ASSIGN_OR_RETURN(auto stored, m.db.Read([&](store::Tx& tx) {
    return tx.agr().ListFormDefinitions();
  }));
  std::vector<FormDefinitionSummary> out;
  for (const auto& d : m.builtin) {
    out.push_back({d.id, d.version, d.title, d.requires_signature, true, false, std::nullopt});
  }
  for (const auto& s : stored) {
    out.push_back({s.form_id, s.form_version, s.title, s.requires_signature, false, false,
                   s.imported_at});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.id != b.id ? a.id < b.id : a.version < b.version;
  });
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].latest = i + 1 == out.size() || out[i + 1].id != out[i].id;
  }
  return out;
}

core::Result<forms::FormDefinition> AgrService::GetFormDefinition(
    const RequestContext& ctx, const std::string& id, std::optional<std::int64_t> version) {
  Impl& m = *impl_;
  if (!MayReadDefinitions(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "form_definition", id);
  }
  return m.db.Read([&](store::Tx& tx) -> core::Result<forms::FormDefinition> {
    if (!version) return m.LatestDefinition(tx, id);
    WP_ASSIGN_OR_RETURN(auto def, m.FindDefinition(tx, id, *version));
    if (!def) return core::Error::NotFound("no such form definition version");
    return std::move(*def);
  });
}

core::Result<ImportResult> AgrService::ImportFormDefinition(const RequestContext& ctx,
                                                            std::string_view json) {
  Impl& m = *impl_;
  if (!MayManageFormDefinitions(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "form_definition", "");
  }
  WP_ASSIGN_OR_RETURN(forms::FormDefinition def, codec::forms::LoadFormDefinition(json));
  const std::string object = fmt::format("{}@{}", def.id, def.version);
  const std::string canonical = codec::forms::SerializeFormDefinition(def);
  auto published = [&]() {
    return core::Error{core::ErrorCode::kConflict,
                       "this form version is already published with other content",
                       {{"version", "published", "a published version is never changed"}}};
  };
  return m.db.Write([&](store::Tx& tx) -> core::Result<ImportResult> {
    ImportResult r;
    r.summary = {def.id, def.version, def.title, def.requires_signature, false, false, ctx.now};
    WP_ASSIGN_OR_RETURN(auto existing, m.FindDefinition(tx, def.id, def.version));
    if (existing) {
      if (codec::forms::SerializeFormDefinition(*existing) != canonical) return published();
      r.created = false;
      r.summary.builtin = std::any_of(m.builtin.begin(), m.builtin.end(), [&](const auto& b) {
        return b.id == def.id && b.version == def.version;
      });
    } else {
      WP_RETURN_IF_ERROR(tx.agr().InsertFormDefinition({def.id, def.version, def.title,
                                                        def.requires_signature, canonical,
                                                        ctx.actor.user_id, ctx.now}));
      r.created = true;
      WP_RETURN_IF_ERROR(audit::AppendInTx(
          tx, EventFor(ctx, audit::Action::kCreate, "form_definition", object), ctx.now));
    }
    WP_ASSIGN_OR_RETURN(auto latest, m.LatestDefinition(tx, def.id));
    r.summary.latest = latest.version == def.version;
    return r;
  });
}

core::Result<std::vector<forms::FormDefinition>> AgrService::ExportFormDefinitions(
    const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayManageFormDefinitions(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kExport, "form_definition", "");
  }
  WP_ASSIGN_OR_RETURN(auto stored, m.db.Read([&](store::Tx& tx) {
    return tx.agr().ListFormDefinitions();
  }));
  std::vector<forms::FormDefinition> out = m.builtin;
  for (const auto& s : stored) {
    WP_ASSIGN_OR_RETURN(auto def, codec::forms::LoadFormDefinition(s.json));
    out.push_back(std::move(def));
  }
  WP_RETURN_IF_ERROR(audit::Append(
      m.db, EventFor(ctx, audit::Action::kExport, "form_definition", ""), ctx.now));
  return out;
}

core::Result<std::vector<FormStatusView>> AgrService::ListForms(const RequestContext& ctx,
                                                                core::TrajectId id) {
  Impl& m = *impl_;
  const bool revalidant = ctx.actor.role == Role::kRevalidant && !ctx.actor.system;
  if (!IsAgrStaff(ctx.actor) && !revalidant) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "form_response",
                          IdText(id.value) + "/*");
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead,
                                            "form_response", IdText(id.value) + "/*"));
  WP_ASSIGN_OR_RETURN(auto summaries, ListFormDefinitions(ctx));
  WP_ASSIGN_OR_RETURN(auto out,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<FormStatusView>> {
                        Names names(tx);
                        WP_ASSIGN_OR_RETURN(auto responses, tx.agr().ListResponses(id));
                        std::vector<FormStatusView> list;
                        for (const auto& s : summaries) {
                          if (!s.latest) continue;
                          if (revalidant && !s.requires_signature) continue;
                          FormStatusView v;
                          v.form_id = s.id;
                          v.title = s.title;
                          v.requires_signature = s.requires_signature;
                          for (const auto& r : responses) {
                            if (r.form_id != s.id) continue;
                            v.status = r.status;
                            v.form_version = r.form_version;
                            v.updated_at = r.updated_at;
                            v.updated_by = names.Of(r.updated_by);
                          }
                          list.push_back(std::move(v));
                        }
                        return list;
                      }));
  WP_RETURN_IF_ERROR(audit::Append(m.db,
                                   EventFor(ctx, audit::Action::kRead, "form_response",
                                            IdText(id.value) + "/*",
                                            rec.trajectory.revalidant_id),
                                   ctx.now));
  return out;
}

core::Result<FormResponseView> AgrService::GetResponse(const RequestContext& ctx,
                                                       core::TrajectId id,
                                                       const std::string& form_id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec,
                      CheckFormAccess(m, ctx, id, form_id, Need::kRead, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(FormResponseView v,
                      m.db.Read([&](store::Tx& tx) -> core::Result<FormResponseView> {
                        WP_ASSIGN_OR_RETURN(Loaded l, LoadResponse(m, tx, id, form_id));
                        Names names(tx);
                        return ToView(names, std::move(l.record), std::move(l.response.answers));
                      }));
  WP_RETURN_IF_ERROR(audit::Append(m.db,
                                   EventFor(ctx, audit::Action::kRead, "form_response",
                                            ObjectId(id, form_id), rec.trajectory.revalidant_id),
                                   ctx.now));
  return v;
}

core::Result<FormResponseView> AgrService::CreateResponse(const RequestContext& ctx,
                                                          core::TrajectId id,
                                                          const std::string& form_id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, CheckFormAccess(m, ctx, id, form_id, Need::kEdit,
                                                                   audit::Action::kCreate));
  return m.db.Write([&](store::Tx& tx) -> core::Result<FormResponseView> {
    WP_ASSIGN_OR_RETURN(forms::FormDefinition def, m.LatestDefinition(tx, form_id));
    WP_ASSIGN_OR_RETURN(auto existing, tx.agr().FindResponse(id, form_id));
    if (existing) return core::Error::Conflict("this form already has a response");
    WP_ASSIGN_OR_RETURN(forms::FormResponse response,
                        forms::NewResponse(def, ctx.actor.user_id, ctx.now));
    store::FormResponseRecord r;
    r.trajectory_id = id;
    r.form_id = form_id;
    r.form_version = def.version;
    r.status = std::string(forms::ToCode(response.status));
    r.answers_json = codec::forms::SerializeAnswers(response.answers);
    r.created_at = r.updated_at = ctx.now;
    r.updated_by = ctx.actor.user_id;
    WP_RETURN_IF_ERROR(tx.agr().InsertResponse(r));
    WP_RETURN_IF_ERROR(tx.agr().AppendResponseEvent(
        id, form_id, {std::string(forms::ToCode(forms::ResponseEventType::kCreated)),
                      ctx.actor.user_id, ctx.now, ""}));
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx,
                                         EventFor(ctx, audit::Action::kCreate, "form_response",
                                                  ObjectId(id, form_id),
                                                  rec.trajectory.revalidant_id),
                                         ctx.now));
    WP_ASSIGN_OR_RETURN(Loaded l, LoadResponse(m, tx, id, form_id));
    Names names(tx);
    return ToView(names, std::move(l.record), std::move(l.response.answers));
  });
}

namespace {

// The shared shape of save / finalise / sign / reopen: load, check the version (on a stale one
// hand back the stored response), apply `step` to the domain value, store, audit.
template <class Step, class After>
core::Result<FormResponseView> ChangeResponse(AgrService::Impl& m, const RequestContext& ctx,
                                              const store::TrajectoryRecord& traj,
                                              const std::string& form_id, std::int64_t version,
                                              const std::string& detail,
                                              FormResponseView* current, Step&& step,
                                              After&& after) {
  const core::TrajectId id = traj.trajectory.id;
  std::optional<FormResponseView> stale;
  auto result = m.db.Write([&](store::Tx& tx) -> core::Result<FormResponseView> {
    WP_ASSIGN_OR_RETURN(Loaded l, LoadResponse(m, tx, id, form_id));
    if (l.record.version != version) {
      Names names(tx);
      stale = ToView(names, l.record, l.response.answers);
      return core::Error::Conflict("the form response was changed by someone else");
    }
    WP_ASSIGN_OR_RETURN(forms::FormResponse next, step(l));
    WP_RETURN_IF_ERROR(StoreResponse(tx, l, next, version, ctx));
    WP_RETURN_IF_ERROR(after(tx, next));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, "form_response",
                                   ObjectId(id, form_id), traj.trajectory.revalidant_id);
    e.detail = detail;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(Loaded stored, LoadResponse(m, tx, id, form_id));
    Names names(tx);
    return ToView(names, std::move(stored.record), std::move(stored.response.answers));
  });
  if (!result.ok() && stale && current != nullptr) *current = std::move(*stale);
  return result;
}

core::Status NoAfter(store::Tx&, const forms::FormResponse&) { return core::Ok(); }

}  // namespace

core::Result<FormResponseView> AgrService::SaveResponse(const RequestContext& ctx,
                                                        core::TrajectId id,
                                                        const std::string& form_id,
                                                        const boost::json::value& answers,
                                                        std::int64_t version,
                                                        FormResponseView* current) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj, CheckFormAccess(m, ctx, id, form_id,
                                                                    Need::kEdit,
                                                                    audit::Action::kUpdate));
  return ChangeResponse(
      m, ctx, traj, form_id, version, "save", current,
      [&](Loaded& l) -> core::Result<forms::FormResponse> {
        std::vector<core::FieldError> errors;
        forms::Answers parsed = codec::forms::ReadAnswers(answers, l.def, "items", errors);
        WP_RETURN_IF_ERROR(codec::ErrorsToStatus(std::move(errors), "answers"));
        return forms::SaveDraft(l.def, l.response, std::move(parsed), ctx.actor.user_id,
                                ctx.now);
      },
      NoAfter);
}

core::Result<FormResponseView> AgrService::FinaliseResponse(const RequestContext& ctx,
                                                            core::TrajectId id,
                                                            const std::string& form_id,
                                                            std::int64_t version) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj, CheckFormAccess(m, ctx, id, form_id,
                                                                    Need::kEdit,
                                                                    audit::Action::kUpdate));
  return ChangeResponse(
      m, ctx, traj, form_id, version, "finalise", nullptr,
      [&](Loaded& l) { return forms::Finalise(l.def, l.response, ctx.actor.user_id, ctx.now); },
      [&](store::Tx& tx, const forms::FormResponse& next) -> core::Status {
        if (form_id == kForm1) return ApplyForm1(tx, id, next.answers, ctx.now);
        return core::Ok();
      });
}

core::Result<FormResponseView> AgrService::SignResponse(const RequestContext& ctx,
                                                        core::TrajectId id,
                                                        const std::string& form_id,
                                                        const SignRequest& in) {
  Impl& m = *impl_;
  const bool portal = in.method == forms::SignatureMethod::kPortal;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      CheckFormAccess(m, ctx, id, form_id,
                                      portal ? Need::kSignPortal : Need::kSignPaper,
                                      audit::Action::kUpdate));
  if (!portal && !in.signed_on) {
    return core::Error::Invalid("a paper signature needs the date on the paper",
                                {{"signed_on", "required", "is required"}});
  }
  forms::Signature sig{in.method, ctx.actor.user_id, ctx.now,
                       portal ? core::DutchDate(ctx.now) : *in.signed_on};
  return ChangeResponse(
      m, ctx, traj, form_id, in.version, std::string("sign=") + std::string(forms::ToCode(in.method)),
      nullptr, [&](Loaded& l) { return forms::Sign(l.def, l.response, sig); },
      [&](store::Tx& tx, const forms::FormResponse& next) -> core::Status {
        if (form_id == kForm3) {
          return ApplyForm3(tx, traj.trajectory.revalidant_id, next, ctx);
        }
        return core::Ok();
      });
}

core::Result<FormResponseView> AgrService::ReopenResponse(const RequestContext& ctx,
                                                          core::TrajectId id,
                                                          const std::string& form_id,
                                                          const std::string& reason,
                                                          std::int64_t version) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj, CheckFormAccess(m, ctx, id, form_id,
                                                                    Need::kEdit,
                                                                    audit::Action::kUpdate));
  return ChangeResponse(
      m, ctx, traj, form_id, version, "reopen", nullptr,
      [&](Loaded& l) {
        return forms::Reopen(l.def, l.response, ctx.actor.user_id, ctx.now, reason);
      },
      NoAfter);
}

core::Result<FormHistoryView> AgrService::ResponseHistory(const RequestContext& ctx,
                                                          core::TrajectId id,
                                                          const std::string& form_id) {
  Impl& m = *impl_;
  if (!IsAgrStaff(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "form_response",
                          ObjectId(id, form_id));
  }
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord traj,
                      CheckFormAccess(m, ctx, id, form_id, Need::kRead, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(FormHistoryView v,
                      m.db.Read([&](store::Tx& tx) -> core::Result<FormHistoryView> {
                        WP_ASSIGN_OR_RETURN(auto rec, tx.agr().FindResponse(id, form_id));
                        if (!rec) return core::Error::NotFound("no response for this form yet");
                        Names names(tx);
                        FormHistoryView h;
                        WP_ASSIGN_OR_RETURN(auto changes, tx.agr().ListFieldChanges(id, form_id));
                        for (auto& c : changes) {
                          h.changes.push_back({std::move(c.path), std::move(c.old_json),
                                               std::move(c.new_json), names.Of(c.by), c.at});
                        }
                        WP_ASSIGN_OR_RETURN(auto events, tx.agr().ListResponseEvents(id, form_id));
                        for (auto& e : events) {
                          h.events.push_back({std::move(e.type), names.Of(e.by), e.at,
                                              std::move(e.reason)});
                        }
                        return h;
                      }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "form_response",
                                 ObjectId(id, form_id), traj.trajectory.revalidant_id);
  e.detail = "history";
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return v;
}

}  // namespace werkpad::service
