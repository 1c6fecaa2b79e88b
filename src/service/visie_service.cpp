// VisieService: the re-integratievisie (AGR form 7).
#include "service/visie_service.hpp"

#include <fmt/format.h>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <set>

#include "audit/audit_log.hpp"
#include "codec/visie_json.hpp"
#include "core/crypto.hpp"
#include "core/dutch_date.hpp"
#include "domain/consent/consent.hpp"
#include "domain/consent/party.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace rv = domain::reintegratievisie;
namespace consent = domain::consent;
namespace agr = domain::agr;
using domain::identity::Role;

struct VisieService::Impl {
  store::Database& db;
  const core::Clock& clock;
};

VisieService::VisieService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}
VisieService::~VisieService() = default;

namespace {

constexpr const char* kObject = "reintegratievisie";
constexpr std::size_t kMaxCommentLength = 4000;

std::string ObjectId(core::TrajectId id) { return IdText(id.value); }

bool IsOwnRevalidant(const Actor& a, core::RevalidantId id) {
  return !a.system && a.role == Role::kRevalidant && a.revalidant_id == id;
}

// The answer of one form item as text for the draft (strings as they are, numbers, yes/no,
// lists joined); empty when absent or structured.
std::string AnswerText(const boost::json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_int64()) return std::to_string(v.get_int64());
  if (v.is_double()) return fmt::format("{}", v.get_double());
  if (v.is_bool()) return v.get_bool() ? "ja" : "nee";
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v.get_array()) {
      std::string t = AnswerText(item);
      if (t.empty()) continue;
      out += (out.empty() ? "" : ", ") + t;
    }
    return out;
  }
  return "";
}

// The key answers of forms 2 and 5 for the draft.
core::Result<std::vector<rv::FormFact>> FactsOf(store::Tx& tx, core::TrajectId id) {
  std::vector<rv::FormFact> facts;
  std::string loaded_form;
  boost::json::value answers;
  for (const auto& spec : rv::DraftFacts()) {
    if (spec.form_id != loaded_form) {
      loaded_form = std::string(spec.form_id);
      answers = nullptr;
      WP_ASSIGN_OR_RETURN(auto response, tx.agr().FindResponse(id, loaded_form));
      if (response) {
        boost::system::error_code ec;
        answers = boost::json::parse(response->answers_json, ec);
        if (ec) answers = nullptr;
      }
    }
    if (!answers.is_object()) continue;
    const auto* v = answers.get_object().if_contains(spec.key);
    if (v == nullptr) continue;
    std::string text = AnswerText(*v);
    if (spec.key == "datum_werkbezoek") {
      if (auto d = core::ParseDate(text)) text = rv::FormatDateNl(*d);
    }
    if (!text.empty()) {
      facts.push_back({std::string(spec.form_name), std::string(spec.label), std::move(text)});
    }
  }
  return facts;
}

// The profile part of the draft (issue 4, capacity profiles). The treatment goals come from the
// profiles store (a goal counts as achieved when its status is "behaald").
// EXTENSION POINT: the definitive person profile (form 6) against the function profile (form 4),
// item by item (domain/profile/matching), is not wired yet: `profile` stays nullopt and the
// draft says "nog geen profielgegevens" (rv::kNoProfileData) for that section.
struct ProfileInput {
  std::optional<rv::ProfileComparison> profile;
  std::optional<std::vector<rv::TreatmentGoal>> goals;
};
core::Result<ProfileInput> ProfileInputFor(store::Tx& tx, core::TrajectId id) {
  ProfileInput in;
  WP_ASSIGN_OR_RETURN(auto goals, tx.profiles().ListGoals(id));
  if (!goals.empty()) {
    std::vector<rv::TreatmentGoal> out;
    for (const auto& g : goals) out.push_back({g.description, g.status == "behaald"});
    in.goals = std::move(out);
  }
  return in;
}

core::Result<VisieView> BuildView(store::Tx& tx, const Actor& actor, store::VisieRecord rec,
                                  core::Instant now) {
  VisieView v;
  WP_ASSIGN_OR_RETURN(v.content, codec::ParseVisieContent(rec.content_json));
  auto status = rv::ParseStatus(rec.status);
  if (!status) return core::Error::Internal("stored visie status is malformed");
  v.status = *status;
  Names names(tx);
  v.created_by = names.Of(rec.created_by);
  v.updated_by = names.Of(rec.updated_by);
  if (rec.signature) {
    v.signature = VisieSignatureView{*rec.signature, names.Of(rec.signature->recorded_by)};
  }
  WP_ASSIGN_OR_RETURN(auto detail, tx.revalidanten().Get(rec.revalidant_id));
  v.revalidant = {rec.revalidant_id, detail.revalidant.data.given_names,
                  detail.revalidant.data.family_name};
  v.portal_view = IsOwnRevalidant(actor, rec.revalidant_id);
  if (!v.portal_view) {
    WP_ASSIGN_OR_RETURN(auto comments, tx.visie().ListComments(rec.id));
    for (auto& c : comments) {
      UserRef by = names.Of(c.by);
      v.comments.push_back({std::move(c), std::move(by)});
    }
    v.employer_withheld = EmployerMedicalTerms(v.content);
  }
  WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(rec.revalidant_id));
  v.share_options = consent::CurrentConsent(record, now).parties;
  v.record = std::move(rec);
  return v;
}

// Loads the visie of the trajectory after the role and need-to-know checks.
// `need`: what the caller wants to do (for the role rule and the audit row).
enum class Need { kRead, kEdit, kStatus, kSignPortal, kSignPaper };

core::Result<store::TrajectoryRecord> CheckAccess(store::Database& db, const RequestContext& ctx,
                                                  core::TrajectId id, Need need,
                                                  audit::Action action) {
  const Actor& a = ctx.actor;
  bool role_ok = false;
  switch (need) {
    case Need::kRead:
      role_ok = MayEditVisie(a) || a.role == Role::kRevalidant;
      break;
    case Need::kEdit:
      role_ok = MayEditVisie(a);
      break;
    case Need::kStatus:
      role_ok = MayChangeVisieStatus(a);
      break;
    case Need::kSignPortal:
      role_ok = !a.system && a.role == Role::kRevalidant;
      break;
    case Need::kSignPaper:
      role_ok = MaySignVisieOnPaper(a);
      break;
  }
  if (!role_ok) return internal::Deny(db, ctx, action, kObject, ObjectId(id));
  const bool write = need == Need::kEdit || need == Need::kStatus || need == Need::kSignPaper;
  return LoadTrajectoryChecked(db, ctx, id, write, action, kObject, ObjectId(id));
}

core::Result<store::VisieRecord> FindVisie(store::Tx& tx, core::TrajectId id) {
  WP_ASSIGN_OR_RETURN(auto found, tx.visie().FindByTrajectory(id));
  if (!found) return core::Error::NotFound("the trajectory has no re-integratievisie yet");
  return std::move(*found);
}

store::VisieVersionRecord VersionRow(const store::VisieRecord& r, std::string event,
                                     std::string reason, const RequestContext& ctx) {
  return {0,
          r.status,
          std::move(event),
          std::move(reason),
          r.content_json,
          r.content_sha256,
          ctx.actor.user_id,
          ctx.now};
}

}  // namespace

core::Result<VisieView> VisieService::Get(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kRead, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(VisieView v, m.db.Read([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    // The revalidant reads it once the team has it ready for signature; drafts are internal.
    if (IsOwnRevalidant(ctx.actor, traj.trajectory.revalidant_id) &&
        !RevalidantMaySeeVisie(rec.status)) {
      return core::Error::NotFound("the re-integratievisie is not ready for you yet");
    }
    return BuildView(tx, ctx.actor, std::move(rec), ctx.now);
  }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, ObjectId(id), traj.trajectory.revalidant_id);
  e.detail = fmt::format("version={}", v.record.version);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return v;
}

core::Result<VisieView> VisieService::Create(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  if (!MayDraftVisie(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kObject, ObjectId(id));
  }
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kEdit, audit::Action::kCreate));
  // Form 7 is written "rond ontslag uit de revalidatie" (handbook ch. 3, stappenplan), after the
  // work training started: in werktraining (preparing the discharge) or in afronding.
  const agr::Step step = traj.trajectory.step;
  if (step != agr::Step::kWerktraining && step != agr::Step::kAfronding) {
    return core::Error::Rule(
        "a re-integratievisie is written during werktraining or afronding; "
        "the current step is '" +
        std::string(agr::ToCode(step)) + "'");
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto facts, FactsOf(tx, id));
    WP_ASSIGN_OR_RETURN(auto profile, ProfileInputFor(tx, id));
    rv::DraftInput in{&traj.trajectory, std::move(facts), std::move(profile.profile),
                      std::move(profile.goals)};
    const rv::Content content = rv::BuildDraft(in);
    store::VisieRecord rec;
    rec.trajectory_id = id;
    rec.revalidant_id = traj.trajectory.revalidant_id;
    rec.status = std::string(rv::ToCode(rv::Status::kDraft));
    rec.content_json = codec::VisieContentJson(content);
    rec.content_sha256 = core::Sha256Hex(rec.content_json);
    rec.created_by = rec.updated_by = ctx.actor.user_id;
    rec.created_at = rec.updated_at = ctx.now;
    auto inserted = tx.visie().Insert(rec, VersionRow(rec, "created", "", ctx));
    if (!inserted.ok()) {
      if (inserted.error().code == core::ErrorCode::kConflict) {
        return core::Error::Conflict("the trajectory already has a re-integratievisie");
      }
      return std::move(inserted).error();
    }
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kObject, ObjectId(id), rec.revalidant_id);
    e.detail = "version=1;prefilled=1";
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, FindVisie(tx, id));
    return BuildView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

core::Result<VisieView> VisieService::Save(const RequestContext& ctx, core::TrajectId id,
                                           const VisieSave& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kEdit, audit::Action::kUpdate));
  WP_RETURN_IF_ERROR(rv::ValidateContent(in.content));
  return m.db.Write([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    if (rec.version != in.version) {
      return core::Error::Conflict("the re-integratievisie was changed by someone else");
    }
    auto status = rv::ParseStatus(rec.status);
    if (!status || !rv::ContentEditable(*status)) {
      return core::Error::Rule(
          "the re-integratievisie can only be changed in draft or in "
          "review (status is '" +
          rec.status + "')");
    }
    rec.content_json = codec::VisieContentJson(in.content);
    rec.content_sha256 = core::Sha256Hex(rec.content_json);
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v,
                        tx.visie().Update(rec, in.version, VersionRow(rec, "saved", "", ctx)));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, kObject, ObjectId(id), traj.trajectory.revalidant_id);
    e.detail = fmt::format("version={}", v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, FindVisie(tx, id));
    return BuildView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

core::Result<VisieView> VisieService::ChangeStatus(const RequestContext& ctx, core::TrajectId id,
                                                   const VisieStatusChange& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kStatus, audit::Action::kUpdate));
  if (in.reason.size() > 1000) {
    return core::Error::Invalid("the reason is too long", {{"reason", "too_long", "<= 1000"}});
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    if (rec.version != in.version) {
      return core::Error::Conflict("the re-integratievisie was changed by someone else");
    }
    auto from = rv::ParseStatus(rec.status);
    if (!from) return core::Error::Internal("stored visie status is malformed");
    WP_ASSIGN_OR_RETURN(rv::Content content, codec::ParseVisieContent(rec.content_json));
    WP_RETURN_IF_ERROR(rv::CheckTransition(*from, in.to, content, in.reason));
    rec.status = std::string(rv::ToCode(in.to));
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(
        std::int64_t v,
        tx.visie().Update(rec, in.version, VersionRow(rec, "status", in.reason, ctx)));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, kObject, ObjectId(id), traj.trajectory.revalidant_id);
    e.detail = fmt::format("status={}->{};version={}", rv::ToCode(*from), rv::ToCode(in.to), v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, FindVisie(tx, id));
    return BuildView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

core::Result<VisieView> VisieService::AddComment(const RequestContext& ctx, core::TrajectId id,
                                                 const VisieCommentInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kEdit, audit::Action::kUpdate));
  internal::FieldChecker c;
  const std::string text = internal::Trim(in.text);
  c.Required("text", text);
  c.MaxLen("text", text, kMaxCommentLength);
  if (!in.section.empty() && !rv::IsSection(in.section) && in.section != "middelen") {
    c.Add("section", "invalid_value", "a section key of form 7, or empty");
  }
  WP_RETURN_IF_ERROR(c.Done("the comment has invalid fields"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    auto status = rv::ParseStatus(rec.status);
    if (!status || !rv::CommentsOpen(*status)) {
      return core::Error::Rule("a signed re-integratievisie takes no more review comments");
    }
    if (in.version < 1 || in.version > rec.version) {
      return core::Error::Invalid("no such version",
                                  {{"version", "out_of_range", "an existing version"}});
    }
    store::VisieCommentRecord comment;
    comment.on_version = in.version;
    comment.section = in.section;
    comment.text = text;
    comment.discipline = ctx.actor.discipline.empty()
                             ? std::string(domain::identity::ToCode(ctx.actor.role))
                             : ctx.actor.discipline;
    comment.by = ctx.actor.user_id;
    comment.at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t cid, tx.visie().AddComment(rec.id, comment));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, kObject, ObjectId(id), traj.trajectory.revalidant_id);
    e.detail = fmt::format("comment={};on_version={}", cid, in.version);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return BuildView(tx, ctx.actor, std::move(rec), ctx.now);
  });
}

core::Result<std::vector<VisieVersionView>> VisieService::Versions(const RequestContext& ctx,
                                                                   core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kEdit, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(auto out,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<VisieVersionView>> {
                        WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
                        WP_ASSIGN_OR_RETURN(auto versions, tx.visie().ListVersions(rec.id));
                        Names names(tx);
                        std::vector<VisieVersionView> list;
                        for (auto& v : versions) {
                          UserRef by = names.Of(v.by);
                          list.push_back({std::move(v), std::move(by)});
                        }
                        return list;
                      }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, ObjectId(id), traj.trajectory.revalidant_id);
  e.detail = "versions";
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<VisieVersionView> VisieService::Version(const RequestContext& ctx, core::TrajectId id,
                                                     std::int64_t version) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(auto traj, CheckAccess(m.db, ctx, id, Need::kEdit, audit::Action::kRead));
  WP_ASSIGN_OR_RETURN(auto out, m.db.Read([&](store::Tx& tx) -> core::Result<VisieVersionView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    WP_ASSIGN_OR_RETURN(auto v, tx.visie().GetVersion(rec.id, version));
    Names names(tx);
    UserRef by = names.Of(v.by);
    return VisieVersionView{std::move(v), std::move(by)};
  }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, ObjectId(id), traj.trajectory.revalidant_id);
  e.detail = fmt::format("version={}", version);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

namespace {

// The consent events that record the sharing choice made at signing (form 3, kind
// "reintegratievisie"): a "yes" for every chosen party (added to the form when absent), a
// withdrawal or "no" for every other party, then the signature that makes it written consent.
core::Result<std::vector<consent::ConsentEvent>> SharingEvents(
    const consent::ConsentRecord& record, const std::vector<std::string>& share_with,
    const VisieSignInput& in, const RequestContext& ctx, std::int64_t signed_version) {
  const consent::ConsentState state = consent::CurrentConsent(record, ctx.now);
  // A signature covers every "yes" recorded before it. If form 3 holds a "yes" that the
  // revalidant has not signed yet, signing form 7 would sign that too: refuse, sign form 3 first.
  for (const auto& cell : state.cells) {
    if (cell.kind != consent::InfoKind::kReIntegratievisie &&
        cell.status == consent::CellStatus::kGranted && !cell.signed_after) {
      return core::Error::Rule(
          "form 3 has consent that is not signed yet; have the revalidant "
          "sign form 3 first");
    }
  }
  std::vector<consent::ConsentEvent> events;
  const core::UserId by = ctx.actor.user_id;
  for (const auto& party : share_with) {
    if (std::find(state.parties.begin(), state.parties.end(), party) == state.parties.end()) {
      events.push_back(consent::AddParty(party, by, ctx.now));
    }
    events.push_back(
        consent::RecordCell(party, consent::InfoKind::kReIntegratievisie, true, by, ctx.now));
  }
  for (const auto& cell : state.cells) {
    if (cell.kind != consent::InfoKind::kReIntegratievisie) continue;
    if (std::find(share_with.begin(), share_with.end(), cell.party) != share_with.end()) continue;
    if (cell.status == consent::CellStatus::kGranted) {
      events.push_back(
          consent::WithdrawCell(cell.party, consent::InfoKind::kReIntegratievisie, by, ctx.now));
    } else if (cell.status == consent::CellStatus::kUnset) {
      events.push_back(consent::RecordCell(cell.party, consent::InfoKind::kReIntegratievisie, false,
                                           by, ctx.now));
    }
  }
  consent::ConsentEvent sig = in.method == "portal"
                                  ? consent::SignInPortal(by, ctx.now)
                                  : consent::SignOnPaper(by, ctx.now, *in.signed_on);
  sig.note = fmt::format("formulier 7 versie {}", signed_version);
  events.push_back(std::move(sig));
  return events;
}

}  // namespace

core::Result<VisieView> VisieService::Sign(const RequestContext& ctx, core::TrajectId id,
                                           const VisieSignInput& in) {
  Impl& m = *impl_;
  const bool portal = in.method == "portal";
  if (!portal && in.method != "paper") {
    return core::Error::Invalid("unknown signature method",
                                {{"method", "invalid_value", "portal or paper"}});
  }
  WP_ASSIGN_OR_RETURN(auto traj,
                      CheckAccess(m.db, ctx, id, portal ? Need::kSignPortal : Need::kSignPaper,
                                  audit::Action::kUpdate));
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;
  if (portal && !IsOwnRevalidant(ctx.actor, revalidant)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, kObject, ObjectId(id), revalidant);
  }
  internal::FieldChecker c;
  const core::Date today = core::DutchDate(ctx.now);
  if (portal && in.signed_on) {
    c.Add("signed_on", "not_applicable", "a portal signature is dated by the system");
  }
  if (!portal && !in.signed_on) c.Add("signed_on", "required", "the date on the paper");
  if (!portal && in.signed_on && *in.signed_on > today) {
    c.Add("signed_on", "in_future", "may not lie in the future");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.share_with.size(); ++i) {
    const std::string path = "share_with[" + std::to_string(i) + "]";
    if (!consent::IsValidPartyCode(in.share_with[i])) {
      c.Add(path, "invalid_code", "a party code such as werkgever or bedrijfsarts");
    } else if (!seen.insert(in.share_with[i]).second) {
      c.Add(path, "duplicate", "named twice");
    }
  }
  WP_RETURN_IF_ERROR(c.Done("the signature has invalid fields"));

  return m.db.Write([&](store::Tx& tx) -> core::Result<VisieView> {
    WP_ASSIGN_OR_RETURN(auto rec, FindVisie(tx, id));
    if (portal && !RevalidantMaySeeVisie(rec.status)) {
      return core::Error::NotFound("the re-integratievisie is not ready for you yet");
    }
    if (rec.version != in.version) {
      return core::Error::Conflict("the re-integratievisie was changed after you read it");
    }
    auto status = rv::ParseStatus(rec.status);
    if (!status) return core::Error::Internal("stored visie status is malformed");
    WP_RETURN_IF_ERROR(rv::CheckSignable(*status));
    if (!portal && *in.signed_on < core::DutchDate(rec.created_at)) {
      return core::Error::Invalid("the paper signature predates the visie",
                                  {{"signed_on", "before_created", "not before the draft"}});
    }

    // The sharing choice goes into the consent of form 3, in this transaction.
    WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(revalidant));
    const auto count = static_cast<std::int64_t>(record.events.size());
    WP_ASSIGN_OR_RETURN(auto events, SharingEvents(record, in.share_with, in, ctx, rec.version));
    for (const auto& ev : events) {
      WP_ASSIGN_OR_RETURN(record, consent::Append(record, ev));
    }
    WP_RETURN_IF_ERROR(tx.agr().AppendConsentEvents(revalidant, count, events));

    store::VisieSignatureRecord sig;
    sig.method = in.method;
    sig.signed_by = portal ? ctx.actor.user_id : core::UserId{};
    sig.recorded_by = ctx.actor.user_id;
    sig.recorded_at = ctx.now;
    sig.signed_on = portal ? today : *in.signed_on;
    sig.signed_version = rec.version;
    sig.content_sha256 = rec.content_sha256;
    sig.share_with = in.share_with;
    rec.signature = sig;
    rec.status = std::string(rv::ToCode(rv::Status::kSigned));
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t v,
                        tx.visie().Update(rec, in.version, VersionRow(rec, "signed", "", ctx)));

    std::string shared;
    for (const auto& p : in.share_with) shared += (shared.empty() ? "" : ",") + p;
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, kObject, ObjectId(id), revalidant);
    e.detail = fmt::format("signed={};signed_version={};sha256={};share={};version={}", in.method,
                           sig.signed_version, sig.content_sha256, shared, v);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    audit::AuditEvent ce =
        EventFor(ctx, audit::Action::kUpdate, "consent", IdText(revalidant.value), revalidant);
    ce.detail = "reintegratievisie_share=" + shared;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, ce, ctx.now));
    WP_ASSIGN_OR_RETURN(auto stored, FindVisie(tx, id));
    return BuildView(tx, ctx.actor, std::move(stored), ctx.now);
  });
}

}  // namespace werkpad::service
