// VerzuimService: the verzuimdossier, its episodes, documents, scenario, RIV checklist and the
// dashboard (issue 5). Deadlines come from the pure domain (domain/poortwachter); this file only
// loads, checks access, validates, stores, audits and builds views.
#include "service/verzuim_service.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "audit/audit_log.hpp"
#include "codec/json_reader.hpp"
#include "core/dutch_date.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

namespace pw = domain::poortwachter;
namespace bj = boost::json;
using agr_internal::CheckRevalidantAccess;
using agr_internal::IdText;
using agr_internal::Names;
using Need = codec::ObjectReader::Need;
using pw::RivDocumentKind;

namespace {

constexpr std::string_view kDossierObject = "verzuimdossier";
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxText = 8000;
constexpr std::size_t kMaxActions = 50;

const DocumentKindInfo kKinds[] = {
    {"ziekmelding", pw::keys::kZiekmelding, RivDocumentKind::kZiekmelding},
    {"afspraken", "", RivDocumentKind::kAfspraken},
    {"probleemanalyse", pw::keys::kProbleemanalyse, RivDocumentKind::kProbleemanalyse},
    {"bijstelling_probleemanalyse", "", RivDocumentKind::kBijstellingProbleemanalyse},
    {"plan_van_aanpak", pw::keys::kPlanVanAanpak, RivDocumentKind::kPlanVanAanpak},
    // Each evaluation of the plan (with or without a bijstelling) is a "bijstelling plan van
    // aanpak" document of the RIV.
    {"evaluatie", pw::keys::kEvaluatie, RivDocumentKind::kBijstellingPlanVanAanpak},
    {"arbeidsdeskundig_rapport", pw::keys::kArbeidsdeskundigOnderzoek,
     RivDocumentKind::kArbeidsdeskundigRapport},
    {"melding_42e_week", pw::keys::kMelding42eWeek, RivDocumentKind::kMelding42eWeek},
    {"uwv_brief_eerstejaarsevaluatie", pw::keys::kUwvBriefEerstejaarsevaluatie, std::nullopt},
    {"eerstejaarsevaluatie", pw::keys::kEerstejaarsevaluatie,
     RivDocumentKind::kEerstejaarsevaluatie},
    {"spoor_2", pw::keys::kSpoor2, std::nullopt},
    {"reintegratiebureau_rapport", "", RivDocumentKind::kReintegratiebureauRapport},
    {"vervroegde_iva", pw::keys::kVervroegdeIva, std::nullopt},
    {"uwv_brief_wia", pw::keys::kUwvBriefWia, std::nullopt},
    {"actueel_oordeel", pw::keys::kActueelOordeel, RivDocumentKind::kActueelOordeel},
    {"eindevaluatie", pw::keys::kEindevaluatie, RivDocumentKind::kEindevaluatie},
    {"visie_werknemer", "", RivDocumentKind::kVisieWerknemer},
    {"wia_aanvraag", pw::keys::kWiaAanvraag, std::nullopt},
    {"uwv_beschikking", pw::keys::kUwvBeschikking, std::nullopt},
    {"deskundigenoordeel", "", std::nullopt},
    {"loonsanctie", "", std::nullopt},
    // A professional or intervention of the seed's catalogue proposed or used (per scenario).
    {"interventie", "", std::nullopt},
};

bool Before(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; }

// --- content per document kind ---

const std::vector<std::string_view> kInzetbaarheid = {"inzetbaar", "nog_niet_inzetbaar",
                                                      "onzeker"};
const std::vector<std::string_view> kOwners = {"werkgever",    "werknemer",         "bedrijfsarts",
                                               "casemanager",  "arbeidsdeskundige", "ric",
                                               "anders"};

// Checks `content` (and `medical` when given) for a document of `kind`; errors go to `errors`
// with paths "content.<field>" / "medisch.<field>".
void CheckContent(std::string_view kind, const bj::value& content, const bj::value* medical,
                  std::vector<core::FieldError>& errors) {
  codec::ObjectReader r(content, "content", errors);
  r.String("toelichting", Need::kOptional, kMaxText);
  if (kind == "probleemanalyse" || kind == "bijstelling_probleemanalyse") {
    r.Enum("inzetbaarheid", Need::kRequired, kInzetbaarheid);
    r.String("advies", Need::kOptional, kMaxText);
  } else if (kind == "plan_van_aanpak") {
    r.String("doel", Need::kRequired, kMaxText);
    if (const bj::array* actions = r.Array("acties", Need::kOptional, kMaxActions)) {
      for (std::size_t i = 0; i < actions->size(); ++i) {
        codec::ObjectReader a((*actions)[i], r.Child("acties") + "[" + std::to_string(i) + "]",
                              errors);
        a.String("omschrijving", Need::kRequired, kMaxText);
        a.Enum("eigenaar", Need::kRequired, kOwners);
        a.Date("datum", Need::kOptional);
        a.Bool("gereed", Need::kOptional);
        a.Finish();
      }
    }
  } else if (kind == "evaluatie") {
    r.String("verslag", Need::kRequired, kMaxText);
    r.Bool("bijstelling", Need::kOptional);
  } else if (kind == "eerstejaarsevaluatie") {
    r.String("verslag", Need::kRequired, kMaxText);
    r.Bool("interne_terugkeer_verwacht", Need::kOptional);
  } else if (kind == "eindevaluatie" || kind == "actueel_oordeel") {
    r.String("verslag", Need::kOptional, kMaxText);
  } else if (kind == "visie_werknemer") {
    r.String("visie", Need::kRequired, kMaxText);
  } else if (kind == "deskundigenoordeel") {
    r.Enum("aangevraagd_door", Need::kRequired, {"werkgever", "werknemer"});
    r.String("vraag", Need::kRequired, kMaxText);
    r.String("uitkomst", Need::kOptional, kMaxText);
    r.Date("uitkomst_datum", Need::kOptional);
  } else if (kind == "interventie") {
    std::vector<std::string_view> codes;
    for (auto i : pw::AllInterventions()) codes.push_back(pw::ToCode(i));
    std::vector<std::string_view> scenarios;
    for (auto sc : pw::AllScenarios()) scenarios.push_back(pw::ToCode(sc));
    r.Enum("interventie", Need::kRequired, codes);
    r.Enum("status", Need::kRequired, {"voorgesteld", "gestart", "afgerond", "afgewezen"});
    r.Enum("scenario", Need::kOptional, scenarios);
  } else if (kind == "loonsanctie") {
    auto from = r.Date("van", Need::kRequired);
    auto to = r.Date("tot", Need::kRequired);
    r.String("reden", Need::kRequired, kMaxText);
    r.String("herstel", Need::kOptional, kMaxText);
    if (from && to && Before(*to, *from)) {
      r.Fail("tot", "end_before_start", "lies before 'van'");
    }
  }
  r.Finish();
  if (medical != nullptr && !medical->is_null()) {
    codec::ObjectReader m(*medical, "medisch", errors);
    m.String("toelichting", Need::kOptional, kMaxText);
    m.Finish();
  }
}

bool ContentFlag(const std::string& json, std::string_view key) {
  auto v = codec::ParseJson(json);
  if (!v.ok() || !v->is_object()) return false;
  const bj::value* f = v->as_object().if_contains(key);
  return f != nullptr && f->is_bool() && f->get_bool();
}

bj::value ParseStored(const std::string& json) {
  auto v = codec::ParseJson(json);
  return v.ok() ? std::move(v).value() : bj::value(bj::object{});
}

// --- deadlines from the stored record ---

std::vector<pw::Episode> EpisodesOf(const store::DossierRecord& r) {
  std::vector<pw::Episode> out;
  for (const auto& e : r.episodes) out.push_back({e.start, e.end, e.percentage});
  return out;
}

struct Computed {
  std::optional<TimelineView> timeline;
  bool internal_return_expected = false;
  std::optional<core::Date> next_due;
};

// The timeline of the current period from the episodes and the documents dated in it (the first
// document of a kind counts for its milestone; every evaluation counts). Errors: the domain's
// field errors (ValidateEpisodes / ComputeTimeline).
core::Result<Computed> Compute(const store::DossierRecord& r, core::Date today, int signal_days) {
  Computed out;
  if (r.episodes.empty()) return out;
  const std::vector<pw::Episode> episodes = EpisodesOf(r);
  WP_RETURN_IF_ERROR(pw::ValidateEpisodes(episodes, today));
  const pw::SicknessPeriod period = pw::CurrentPeriod(episodes);
  const core::Date first = period.first_sick_day();

  pw::RecordedSteps steps;
  std::map<std::string_view, std::int64_t> first_doc;  // step key -> document id
  std::vector<std::int64_t> evaluation_docs;           // by date
  std::vector<const store::DocumentRecord*> docs;
  for (const auto& d : r.documents) docs.push_back(&d);
  std::stable_sort(docs.begin(), docs.end(), [](const auto* a, const auto* b) {
    return Before(a->date, b->date) || (a->date == b->date && a->id < b->id);
  });
  for (const store::DocumentRecord* d : docs) {
    if (Before(d->date, first)) continue;  // belongs to an earlier period
    const DocumentKindInfo* info = FindDocumentKind(d->kind);
    if (info == nullptr || info->step.empty()) continue;
    if (d->kind == "eerstejaarsevaluatie") {
      out.internal_return_expected = ContentFlag(d->content_json, "interne_terugkeer_verwacht");
    }
    if (info->step == pw::keys::kEvaluatie) {
      evaluation_docs.push_back(d->id);
    } else if (first_doc.count(info->step) != 0) {
      continue;
    } else {
      first_doc[info->step] = d->id;
    }
    WP_RETURN_IF_ERROR(pw::RecordStep(steps, info->step, d->date));
  }
  steps.internal_return_expected = out.internal_return_expected;
  pw::TimelineOptions options;
  options.signal_window_days = signal_days;
  WP_ASSIGN_OR_RETURN(pw::Timeline t, pw::ComputeTimeline(episodes, steps, today, options));

  TimelineView view;
  view.signal_days = signal_days;
  for (const pw::Milestone& m : t.milestones) {
    MilestoneView mv{m, 0};
    if (m.status == pw::MilestoneStatus::kDone) {
      if (m.key == pw::keys::kEvaluatie) {
        if (m.sequence >= 1 && static_cast<std::size_t>(m.sequence) <= evaluation_docs.size()) {
          mv.document_id = evaluation_docs[static_cast<std::size_t>(m.sequence - 1)];
        }
      } else if (auto it = first_doc.find(m.key); it != first_doc.end()) {
        mv.document_id = it->second;
      }
    }
    const bool open = m.status == pw::MilestoneStatus::kDue ||
                      m.status == pw::MilestoneStatus::kOverdue ||
                      m.status == pw::MilestoneStatus::kUpcoming;
    if (m.kind == pw::MilestoneKind::kDeadline && open &&
        (!out.next_due || Before(m.due, *out.next_due))) {
      out.next_due = m.due;
    }
    view.milestones.push_back(std::move(mv));
  }
  view.timeline = std::move(t);
  out.timeline = std::move(view);
  return out;
}

std::vector<store::DeadlineRecord> DeadlineRowsOf(const Computed& c) {
  std::vector<store::DeadlineRecord> rows;
  if (!c.timeline) return rows;
  for (const MilestoneView& mv : c.timeline->milestones) {
    const pw::Milestone& m = mv.milestone;
    if (m.kind != pw::MilestoneKind::kDeadline) continue;
    // Open = neither done nor not applicable. For a deadline that set does not depend on
    // today: only the split of an open deadline into upcoming / due / overdue does, and the
    // dashboard query makes that split from the stored due date (docs/poortwachter-rules.md).
    if (m.status != pw::MilestoneStatus::kUpcoming && m.status != pw::MilestoneStatus::kDue &&
        m.status != pw::MilestoneStatus::kOverdue) {
      continue;
    }
    rows.push_back({std::string(m.key), m.sequence, m.due, m.week, pw::PartyMask(m.responsible)});
  }
  return rows;
}

// The domain's paths name the whole list ("episodes[2].start", "steps.plan_van_aanpak"); a
// request changes one thing, so the errors are put on the request's own fields.
core::Error MapEpisodeErrors(core::Error e) {
  if (e.code != core::ErrorCode::kInvalidInput) return e;
  for (auto& f : e.fields) {
    if (f.path.rfind("episodes", 0) == 0) {
      if (f.code == "overlap") {
        f.path = "start";
        f.message = "overlaps another episode of this dossier";
      } else if (auto dot = f.path.rfind('.'); dot != std::string::npos) {
        f.path = f.path.substr(dot + 1);
      }
    } else if (f.path.rfind("steps", 0) == 0) {
      f.message = "would make a recorded document invalid: " + f.message;
    }
  }
  return e;
}

core::Error MapDocumentErrors(core::Error e) {
  if (e.code != core::ErrorCode::kInvalidInput) return e;
  for (auto& f : e.fields) {
    if (f.path.rfind("steps", 0) == 0) f.path = "date";
  }
  return e;
}

// --- views ---

DocumentView BuildDocumentView(Names& names, const store::DocumentRecord& d, bool medical) {
  DocumentView v;
  v.record = d;
  v.content = ParseStored(d.content_json);
  if (medical) v.medical = ParseStored(d.medical_json);
  if (!medical) v.record.medical_json = "{}";
  v.created_by = names.Of(d.created_by);
  v.updated_by = names.Of(d.updated_by);
  return v;
}

core::Result<DossierView> BuildDossierView(store::Tx& tx, const Actor& actor,
                                           store::DossierRecord rec, core::Date today) {
  Names names(tx);
  DossierView v;
  v.medical_visible = MaySeeMedicalData(actor) || actor.system;
  WP_ASSIGN_OR_RETURN(store::RevalidantDetail detail, tx.revalidanten().Get(rec.revalidant_id));
  v.revalidant = {rec.revalidant_id, detail.revalidant.data.given_names,
                  detail.revalidant.data.family_name};
  v.casemanager = names.OptOf(rec.casemanager_user_id);
  v.created_by = names.Of(rec.created_by);
  v.updated_by = names.Of(rec.updated_by);
  WP_ASSIGN_OR_RETURN(int signal_days, tx.verzuim().SignalDays());
  if (!rec.episodes.empty()) {
    const auto episodes = EpisodesOf(rec);
    if (pw::ValidateEpisodes(episodes, today).ok()) {
      for (auto& p : pw::SplitIntoPeriods(episodes)) {
        PeriodView pv;
        for (const auto& e : p.episodes) {
          for (const auto& stored : rec.episodes) {
            if (stored.start == e.start) pv.episode_ids.push_back(stored.id);
          }
        }
        pv.period = std::move(p);
        v.periods.push_back(std::move(pv));
      }
    }
  }
  auto computed = Compute(rec, today, signal_days);
  if (!computed.ok()) {
    return core::Error::Internal("the stored verzuimdossier gives no valid timeline");
  }
  v.timeline = std::move(computed->timeline);
  for (const auto& d : rec.documents) {
    v.documents.push_back(BuildDocumentView(names, d, v.medical_visible));
  }
  for (const auto& s : rec.scenarios) {
    ScenarioView sv;
    sv.record = s;
    sv.scenario = pw::ParseScenario(s.scenario).value_or(pw::Scenario::kEigenWerkNu);
    sv.by = names.Of(s.by);
    v.scenarios.push_back(std::move(sv));
  }
  if (!v.scenarios.empty()) v.current_scenario = v.scenarios.back().scenario;
  v.record = std::move(rec);
  return v;
}

core::Status CheckDossierFields(store::Tx& tx, const DossierInput& in) {
  internal::FieldChecker c;
  c.Required("employer", in.employer);
  c.MaxLen("employer", in.employer, kMaxName);
  c.MaxLen("bedrijfsarts", in.bedrijfsarts, kMaxName);
  if (in.casemanager_user_id.valid()) {
    auto u = tx.users().Get(in.casemanager_user_id);
    if (!u.ok() || u->disabled || !(u->role == domain::identity::Role::kRic ||
                                    u->role == domain::identity::Role::kRevalidatiearts ||
                                    u->role == domain::identity::Role::kTherapeut)) {
      c.Add("casemanager_user_id", "unknown_user", "is not an enabled staff member");
    }
  }
  return c.Done("the verzuimdossier has invalid fields");
}

core::Status CheckEpisodeFields(const EpisodeInput& in, core::Date today) {
  internal::FieldChecker c;
  if (!in.start.ok()) c.Add("start", "invalid_date", "is not a calendar date");
  if (in.end && !in.end->ok()) c.Add("end", "invalid_date", "is not a calendar date");
  if (in.percentage < pw::kMinPercentage || in.percentage > pw::kMaxPercentage) {
    c.Add("percentage", "out_of_range", "must be between 1 and 100");
  }
  if (c.empty()) {
    if (Before(today, in.start)) c.Add("start", "in_future", "lies after today");
    if (in.end && Before(*in.end, in.start)) {
      c.Add("end", "end_before_start", "the last sick day lies before the first");
    } else if (in.end && Before(today, *in.end)) {
      c.Add("end", "in_future", "lies after today");
    }
  }
  return c.Done("the episode has invalid fields");
}

}  // namespace

std::span<const DocumentKindInfo> DocumentKinds() { return kKinds; }

const DocumentKindInfo* FindDocumentKind(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return &k;
  }
  return nullptr;
}

VerzuimService::VerzuimService(store::Database& db, const core::Clock& clock)
    : db_(db), clock_(clock) {}

// --- helpers shared by the use cases ---

namespace {

// Loads the dossier and checks need-to-know on its revalidant (read or write); audits refusals.
core::Result<store::DossierRecord> LoadChecked(store::Database& db, const RequestContext& ctx,
                                               std::int64_t id, bool write,
                                               audit::Action action) {
  const std::string object = IdText(id);
  if (write ? !MayWriteVerzuim(ctx.actor) : !MayReadVerzuim(ctx.actor)) {
    return internal::Deny(db, ctx, action, std::string(kDossierObject), object);
  }
  WP_ASSIGN_OR_RETURN(store::DossierRecord rec,
                      db.Read([&](store::Tx& tx) { return tx.verzuim().GetDossier(id); }));
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(db, ctx, rec.revalidant_id, write, action,
                                           std::string(kDossierObject), object));
  return rec;
}

// Documents are never orphaned by an episode change: every document must lie on or after the
// first sick day of the earliest episode (documents of an earlier period stay as its history).
core::Status CheckDocumentsCovered(const store::DossierRecord& rec) {
  if (rec.documents.empty()) return core::Ok();
  if (rec.episodes.empty()) {
    return core::Error::Invalid(
        "documents are recorded for this sickness",
        {{"episodes", "documents_exist", "the dossier's documents need at least one episode"}});
  }
  core::Date earliest = rec.episodes.front().start;
  for (const auto& e : rec.episodes) {
    if (Before(e.start, earliest)) earliest = e.start;
  }
  for (const auto& d : rec.documents) {
    if (Before(d.date, earliest)) {
      return core::Error::Invalid(
          "a recorded document would lie before the first sick day",
          {{"start", "documents_before_start",
            "a recorded document is dated before this first sick day"}});
    }
  }
  return core::Ok();
}

// One write on a dossier: `apply` stores the change; then the stored state must still give a
// valid timeline (else the unit is rolled back with `map`'s errors), the derived columns are
// refreshed, the change is audited and the new view returned.
template <class Apply, class Map>
core::Result<DossierView> Mutate(store::Database& db, const RequestContext& ctx,
                                 std::int64_t id, std::string detail, Apply&& apply, Map&& map) {
  WP_ASSIGN_OR_RETURN(store::DossierRecord checked,
                      LoadChecked(db, ctx, id, true, audit::Action::kUpdate));
  const core::Date today = core::DutchDate(ctx.now);
  return db.Write([&](store::Tx& tx) -> core::Result<DossierView> {
    WP_RETURN_IF_ERROR(apply(tx));
    WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(id));
    WP_RETURN_IF_ERROR(CheckDocumentsCovered(rec));
    WP_ASSIGN_OR_RETURN(int signal_days, tx.verzuim().SignalDays());
    auto computed = Compute(rec, today, signal_days);
    if (!computed.ok()) return map(std::move(computed).error());
    WP_RETURN_IF_ERROR(
        tx.verzuim().SetDerived(id, computed->next_due, computed->internal_return_expected));
    WP_RETURN_IF_ERROR(
        tx.verzuim().ReplaceDeadlines(id, DeadlineRowsOf(*computed), pw::kRulesVersion));
    rec.next_due = computed->next_due;
    rec.internal_return_expected = computed->internal_return_expected;
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, std::string(kDossierObject),
                                   IdText(id), checked.revalidant_id);
    e.detail = std::move(detail);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return BuildDossierView(tx, ctx.actor, std::move(rec), today);
  });
}

core::Error Identity(core::Error e) { return e; }

}  // namespace

// --- dossier ---

core::Result<DossierView> VerzuimService::CreateDossier(const RequestContext& ctx,
                                                        core::RevalidantId id,
                                                        const DossierInput& in) {
  if (!MayWriteVerzuim(ctx.actor)) {
    return internal::Deny(db_, ctx, audit::Action::kCreate, std::string(kDossierObject), "", id);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(db_, ctx, id, true, audit::Action::kCreate,
                                           std::string(kDossierObject), ""));
  const core::Date today = core::DutchDate(ctx.now);
  auto result = db_.Write([&](store::Tx& tx) -> core::Result<DossierView> {
    WP_RETURN_IF_ERROR(CheckDossierFields(tx, in));
    store::DossierRecord rec;
    rec.revalidant_id = id;
    rec.employer = internal::Trim(in.employer);
    rec.bedrijfsarts = internal::Trim(in.bedrijfsarts);
    rec.casemanager_user_id = in.casemanager_user_id;
    rec.created_by = rec.updated_by = ctx.actor.user_id;
    rec.created_at = rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t dossier, tx.verzuim().InsertDossier(rec));
    WP_RETURN_IF_ERROR(tx.verzuim().ReplaceDeadlines(dossier, {}, pw::kRulesVersion));
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kCreate, std::string(kDossierObject), IdText(dossier), id),
        ctx.now));
    WP_ASSIGN_OR_RETURN(store::DossierRecord stored, tx.verzuim().GetDossier(dossier));
    return BuildDossierView(tx, ctx.actor, std::move(stored), today);
  });
  if (!result.ok() && result.error().code == core::ErrorCode::kConflict) {
    return core::Error{core::ErrorCode::kConflict,
                       "the revalidant already has a verzuimdossier",
                       {{"revalidant_id", "taken", "the revalidant already has a verzuimdossier"}}};
  }
  return result;
}

core::Result<DossierView> VerzuimService::DossierOf(const RequestContext& ctx,
                                                    core::RevalidantId id) {
  if (!MayReadVerzuim(ctx.actor)) {
    return internal::Deny(db_, ctx, audit::Action::kRead, std::string(kDossierObject), "", id);
  }
  WP_RETURN_IF_ERROR(CheckRevalidantAccess(db_, ctx, id, false, audit::Action::kRead,
                                           std::string(kDossierObject), ""));
  WP_ASSIGN_OR_RETURN(auto found,
                      db_.Read([&](store::Tx& tx) { return tx.verzuim().FindDossierOf(id); }));
  if (!found) return core::Error::NotFound("the revalidant has no verzuimdossier");
  return GetDossier(ctx, *found);
}

core::Result<DossierView> VerzuimService::GetDossier(const RequestContext& ctx, std::int64_t id) {
  WP_ASSIGN_OR_RETURN(store::DossierRecord rec,
                      LoadChecked(db_, ctx, id, false, audit::Action::kRead));
  const core::RevalidantId revalidant = rec.revalidant_id;
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(DossierView v, db_.Read([&](store::Tx& tx) {
    return BuildDossierView(tx, ctx.actor, std::move(rec), today);
  }));
  WP_RETURN_IF_ERROR(audit::Append(
      db_, EventFor(ctx, audit::Action::kRead, std::string(kDossierObject), IdText(id), revalidant),
      ctx.now));
  return v;
}

core::Result<DossierView> VerzuimService::UpdateDossier(const RequestContext& ctx,
                                                        std::int64_t id, const DossierInput& in) {
  return Mutate(
      db_, ctx, id, "dossier",
      [&](store::Tx& tx) -> core::Status {
        WP_RETURN_IF_ERROR(CheckDossierFields(tx, in));
        WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(id));
        if (rec.version != in.version) {
          return core::Error::Conflict("the verzuimdossier was changed by someone else");
        }
        rec.employer = internal::Trim(in.employer);
        rec.bedrijfsarts = internal::Trim(in.bedrijfsarts);
        rec.casemanager_user_id = in.casemanager_user_id;
        rec.updated_by = ctx.actor.user_id;
        rec.updated_at = ctx.now;
        WP_RETURN_IF_ERROR(tx.verzuim().UpdateDossier(rec, in.version));
        return core::Ok();
      },
      Identity);
}

// --- episodes ---

core::Result<DossierView> VerzuimService::AddEpisode(const RequestContext& ctx,
                                                     std::int64_t dossier,
                                                     const EpisodeInput& in) {
  WP_RETURN_IF_ERROR(CheckEpisodeFields(in, core::DutchDate(ctx.now)));
  return Mutate(
      db_, ctx, dossier, "episode=add",
      [&](store::Tx& tx) -> core::Status {
        store::EpisodeRecord e{0, dossier, 1, in.start, in.end, in.percentage, ctx.actor.user_id,
                               ctx.now};
        WP_RETURN_IF_ERROR(tx.verzuim().InsertEpisode(e));
        return core::Ok();
      },
      MapEpisodeErrors);
}

core::Result<DossierView> VerzuimService::UpdateEpisode(const RequestContext& ctx,
                                                        std::int64_t dossier,
                                                        std::int64_t episode,
                                                        const EpisodeInput& in) {
  WP_RETURN_IF_ERROR(CheckEpisodeFields(in, core::DutchDate(ctx.now)));
  return Mutate(
      db_, ctx, dossier, "episode=update",
      [&](store::Tx& tx) -> core::Status {
        store::EpisodeRecord e{episode, dossier, in.version, in.start, in.end, in.percentage,
                               ctx.actor.user_id, ctx.now};
        WP_RETURN_IF_ERROR(tx.verzuim().UpdateEpisode(e, in.version));
        return core::Ok();
      },
      MapEpisodeErrors);
}

core::Result<DossierView> VerzuimService::EndEpisode(const RequestContext& ctx,
                                                     std::int64_t dossier, std::int64_t episode,
                                                     core::Date end, std::int64_t version) {
  const core::Date today = core::DutchDate(ctx.now);
  return Mutate(
      db_, ctx, dossier, "episode=end",
      [&](store::Tx& tx) -> core::Status {
        WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(dossier));
        auto it = std::find_if(rec.episodes.begin(), rec.episodes.end(),
                               [&](const auto& e) { return e.id == episode; });
        if (it == rec.episodes.end()) return core::Error::NotFound("episode not found");
        EpisodeInput in{it->start, end, it->percentage, version};
        WP_RETURN_IF_ERROR(CheckEpisodeFields(in, today));
        store::EpisodeRecord e = *it;
        e.end = end;
        e.updated_by = ctx.actor.user_id;
        e.updated_at = ctx.now;
        WP_RETURN_IF_ERROR(tx.verzuim().UpdateEpisode(e, version));
        return core::Ok();
      },
      MapEpisodeErrors);
}

core::Result<DossierView> VerzuimService::DeleteEpisode(const RequestContext& ctx,
                                                        std::int64_t dossier,
                                                        std::int64_t episode,
                                                        std::int64_t version) {
  return Mutate(
      db_, ctx, dossier, "episode=delete",
      [&](store::Tx& tx) { return tx.verzuim().DeleteEpisode(dossier, episode, version); },
      MapEpisodeErrors);
}

// --- documents ---

namespace {

core::Status CheckDocumentInput(std::string_view kind, const DocumentInput& in,
                                const store::DossierRecord& rec, core::Date today) {
  std::vector<core::FieldError> errors;
  CheckContent(kind, in.content, in.medical_given ? &in.medical : nullptr, errors);
  WP_RETURN_IF_ERROR(codec::ErrorsToStatus(std::move(errors), "document"));
  if (rec.episodes.empty()) {
    return core::Error::Rule("record the sickness episodes before the documents");
  }
  internal::FieldChecker c;
  if (!in.date.ok()) {
    c.Add("date", "invalid_date", "is not a calendar date");
  } else if (Before(today, in.date)) {
    c.Add("date", "in_future", "lies after today");
  } else {
    const auto episodes = EpisodesOf(rec);
    if (pw::ValidateEpisodes(episodes, today).ok() &&
        Before(in.date, pw::CurrentPeriod(episodes).first_sick_day())) {
      c.Add("date", "before_first_sick_day",
            "lies before the first sick day of the current period");
    }
  }
  return c.Done("the document has invalid fields");
}

std::string MedicalJson(const DocumentInput& in, const std::string& previous) {
  if (!in.medical_given) return previous;
  if (in.medical.is_null()) return "{}";
  return bj::serialize(in.medical);
}

}  // namespace

core::Result<DocumentView> VerzuimService::AddDocument(const RequestContext& ctx,
                                                       std::int64_t dossier,
                                                       const DocumentInput& in) {
  if (FindDocumentKind(in.kind) == nullptr) {
    return core::Error::Invalid("unknown document kind",
                                {{"kind", "invalid_value", "is not a document kind"}});
  }
  std::int64_t new_id = 0;
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(
      DossierView view,
      Mutate(
          db_, ctx, dossier, "document=add;kind=" + in.kind,
          [&](store::Tx& tx) -> core::Status {
            WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(dossier));
            WP_RETURN_IF_ERROR(CheckDocumentInput(in.kind, in, rec, today));
            store::DocumentRecord d;
            d.dossier_id = dossier;
            d.kind = in.kind;
            d.date = in.date;
            bj::value content = in.content;
            // Interventions are tracked per scenario: one proposed without a scenario belongs to
            // the dossier's current scenario (when there is one).
            if (in.kind == "interventie" && !rec.scenarios.empty() &&
                !content.as_object().contains("scenario")) {
              content.as_object()["scenario"] = rec.scenarios.back().scenario;
            }
            d.content_json = bj::serialize(content);
            d.medical_json = MedicalJson(in, "{}");
            d.created_by = d.updated_by = ctx.actor.user_id;
            d.created_at = d.updated_at = ctx.now;
            WP_ASSIGN_OR_RETURN(new_id, tx.verzuim().InsertDocument(d));
            return core::Ok();
          },
          MapDocumentErrors));
  for (auto& d : view.documents) {
    if (d.record.id == new_id) return std::move(d);
  }
  return core::Error::Internal("the new document is missing");
}

core::Result<DocumentView> VerzuimService::UpdateDocument(const RequestContext& ctx,
                                                          std::int64_t dossier,
                                                          std::int64_t document,
                                                          const DocumentInput& in) {
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(
      DossierView view,
      Mutate(
          db_, ctx, dossier, "document=update",
          [&](store::Tx& tx) -> core::Status {
            WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(dossier));
            auto it = std::find_if(rec.documents.begin(), rec.documents.end(),
                                   [&](const auto& d) { return d.id == document; });
            if (it == rec.documents.end()) return core::Error::NotFound("document not found");
            if (!in.kind.empty() && in.kind != it->kind) {
              return core::Error::Invalid(
                  "the kind of a document cannot change",
                  {{"kind", "immutable", "record a new document of the other kind"}});
            }
            WP_RETURN_IF_ERROR(CheckDocumentInput(it->kind, in, rec, today));
            store::DocumentRecord d = *it;
            d.date = in.date;
            d.content_json = bj::serialize(in.content);
            d.medical_json = MedicalJson(in, it->medical_json);
            d.updated_by = ctx.actor.user_id;
            d.updated_at = ctx.now;
            WP_RETURN_IF_ERROR(tx.verzuim().UpdateDocument(d, in.version));
            return core::Ok();
          },
          MapDocumentErrors));
  for (auto& d : view.documents) {
    if (d.record.id == document) return std::move(d);
  }
  return core::Error::Internal("the document is missing");
}

core::Result<DocumentView> VerzuimService::GetDocument(const RequestContext& ctx,
                                                       std::int64_t dossier,
                                                       std::int64_t document) {
  WP_ASSIGN_OR_RETURN(store::DossierRecord rec,
                      LoadChecked(db_, ctx, dossier, false, audit::Action::kRead));
  auto it = std::find_if(rec.documents.begin(), rec.documents.end(),
                         [&](const auto& d) { return d.id == document; });
  if (it == rec.documents.end()) return core::Error::NotFound("document not found");
  const bool medical = MaySeeMedicalData(ctx.actor) || ctx.actor.system;
  WP_ASSIGN_OR_RETURN(DocumentView v, db_.Read([&](store::Tx& tx) -> core::Result<DocumentView> {
    Names names(tx);
    DocumentView v = BuildDocumentView(names, *it, medical);
    WP_ASSIGN_OR_RETURN(v.revisions, tx.verzuim().ListRevisions(document));
    for (auto& r : v.revisions) {
      if (!medical) r.medical_json = "{}";
      v.revision_by.push_back(names.Of(r.by));
    }
    return v;
  }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "verzuim_document", IdText(document),
                                 rec.revalidant_id);
  e.detail = "dossier=" + IdText(dossier);
  WP_RETURN_IF_ERROR(audit::Append(db_, e, ctx.now));
  return v;
}

// --- scenario ---

core::Result<DossierView> VerzuimService::ChangeScenario(const RequestContext& ctx,
                                                         std::int64_t dossier,
                                                         const ScenarioInput& in) {
  const core::Date today = core::DutchDate(ctx.now);
  return Mutate(
      db_, ctx, dossier, fmt::format("scenario={}", pw::NumberOf(in.scenario)),
      [&](store::Tx& tx) -> core::Status {
        WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(dossier));
        if (rec.version != in.version) {
          return core::Error::Conflict("the verzuimdossier was changed by someone else");
        }
        std::vector<pw::ScenarioTransition> history;
        for (const auto& s : rec.scenarios) {
          history.push_back({s.date, pw::ParseScenario(s.scenario).value_or(in.scenario),
                             s.reason});
        }
        const std::string reason = internal::Trim(in.reason);
        history.push_back({in.date, in.scenario, reason});
        core::Status valid = pw::ValidateScenarioHistory(history, today);
        if (!valid.ok()) {
          core::Error e = std::move(valid).error();
          // Only the new (last) entry can be wrong: put its errors on the request's fields.
          const std::string prefix = fmt::format("history[{}].", history.size() - 1);
          for (auto& f : e.fields) {
            if (f.path.rfind(prefix, 0) == 0) f.path = f.path.substr(prefix.size());
          }
          return e;
        }
        store::ScenarioRecord s;
        s.date = in.date;
        s.scenario = std::string(pw::ToCode(in.scenario));
        s.reason = reason;
        s.by = ctx.actor.user_id;
        s.at = ctx.now;
        WP_RETURN_IF_ERROR(tx.verzuim().AppendScenario(dossier, s));
        rec.updated_by = ctx.actor.user_id;
        rec.updated_at = ctx.now;
        WP_RETURN_IF_ERROR(tx.verzuim().UpdateDossier(rec, in.version));
        return core::Ok();
      },
      Identity);
}

// --- RIV ---

core::Result<RivView> VerzuimService::Riv(const RequestContext& ctx, std::int64_t dossier) {
  WP_ASSIGN_OR_RETURN(store::DossierRecord rec,
                      LoadChecked(db_, ctx, dossier, false, audit::Action::kRead));
  if (rec.episodes.empty()) {
    return core::Error::Rule("record the sickness episodes first: the RIV follows the timeline");
  }
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(int signal_days, db_.Read([](store::Tx& tx) {
    return tx.verzuim().SignalDays();
  }));
  auto computed = Compute(rec, today, signal_days);
  if (!computed.ok() || !computed->timeline) {
    return core::Error::Internal("the stored verzuimdossier gives no valid timeline");
  }
  const pw::Timeline& t = computed->timeline->timeline;
  std::vector<pw::RivDocument> documents;
  for (const auto& d : rec.documents) {
    const DocumentKindInfo* info = FindDocumentKind(d.kind);
    if (info == nullptr || !info->riv) continue;
    if (Before(d.date, t.period.first_sick_day())) continue;
    documents.push_back({*info->riv, d.date});
  }
  WP_ASSIGN_OR_RETURN(pw::RivChecklist checklist, pw::CheckRiv(t, documents));
  RivView v;
  v.dossier_id = dossier;
  v.medical_visible = MaySeeMedicalData(ctx.actor) || ctx.actor.system;
  if (!v.medical_visible) checklist.medical_part.clear();
  v.checklist = std::move(checklist);
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, std::string(kDossierObject),
                                 IdText(dossier), rec.revalidant_id);
  e.detail = "riv";
  WP_RETURN_IF_ERROR(audit::Append(db_, e, ctx.now));
  return v;
}

// --- dashboard ---

namespace {

constexpr pw::Party kAllParties[] = {pw::Party::kEmployer, pw::Party::kEmployee,
                                     pw::Party::kBedrijfsarts, pw::Party::kUwv,
                                     pw::Party::kArbeidsdeskundige};

// A stored open deadline as the milestone the timeline would show today (status due or
// overdue: the query selected due dates up to today + days).
core::Result<SignalItem> SignalItemOf(const store::DeadlineRow& row, core::Date today) {
  auto key = pw::CanonicalKey(row.deadline.milestone);
  if (!key) return core::Error::Internal("a stored deadline names no milestone");
  SignalItem item;
  item.dossier_id = row.dossier_id;
  item.revalidant = {row.revalidant_id, row.given_names, row.family_name};
  if (row.casemanager_user_id.valid()) {
    item.casemanager = UserRef{row.casemanager_user_id, row.casemanager_name};
  }
  pw::Milestone& m = item.milestone;
  m.key = *key;
  m.sequence = row.deadline.sequence;
  m.kind = pw::MilestoneKind::kDeadline;
  m.week = row.deadline.week;
  m.due = row.deadline.due;
  m.responsible = pw::PartiesOf(row.deadline.parties);
  m.document = pw::DocumentOf(*key);
  m.status = Before(m.due, today) ? pw::MilestoneStatus::kOverdue : pw::MilestoneStatus::kDue;
  item.days_left = core::DaysBetween(today, m.due);
  return item;
}

}  // namespace

core::Result<std::vector<store::DeadlineRecord>> OpenDeadlines(const store::DossierRecord& rec,
                                                               core::Date today) {
  WP_ASSIGN_OR_RETURN(Computed c, Compute(rec, today, pw::TimelineOptions{}.signal_window_days));
  return DeadlineRowsOf(c);
}

core::Result<DeadlineRefresh> VerzuimService::RefreshDeadlines(const RequestContext& ctx) {
  if (!ctx.actor.system) return core::Error::Forbidden("only the system refreshes deadlines");
  DeadlineRefresh out;
  const core::Date today = core::DutchDate(ctx.now);
  for (;;) {
    WP_ASSIGN_OR_RETURN(std::vector<std::int64_t> ids, db_.Read([&](store::Tx& tx) {
      return tx.verzuim().StaleDeadlineDossiers(pw::kRulesVersion, 200);
    }));
    if (ids.empty()) break;
    WP_RETURN_IF_ERROR(db_.WriteUnit([&](store::Tx& tx) -> core::Status {
      for (std::int64_t id : ids) {
        WP_ASSIGN_OR_RETURN(store::DossierRecord rec, tx.verzuim().GetDossier(id));
        auto computed = Compute(rec, today, pw::TimelineOptions{}.signal_window_days);
        std::vector<store::DeadlineRecord> rows;
        if (computed.ok()) {
          rows = DeadlineRowsOf(*computed);
          WP_RETURN_IF_ERROR(
              tx.verzuim().SetDerived(id, computed->next_due, computed->internal_return_expected));
          ++out.refreshed;
        } else {
          // Cannot happen for a dossier written through this service (every write checks the
          // timeline); counted so that start-up reports it instead of looping.
          ++out.failed;
        }
        WP_RETURN_IF_ERROR(tx.verzuim().ReplaceDeadlines(id, rows, pw::kRulesVersion));
        audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, std::string(kDossierObject),
                                       IdText(id), rec.revalidant_id);
        e.detail = fmt::format("deadlines_refresh;rules={}", pw::kRulesVersion);
        WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
      }
      return core::Ok();
    }));
  }
  return out;
}

core::Result<SignalList> VerzuimService::Signals(const RequestContext& ctx, const SignalQuery& q) {
  if (!MayUseVerzuimDashboard(ctx.actor)) {
    return internal::Deny(db_, ctx, audit::Action::kSearch, "verzuim_signalen", "");
  }
  if (q.days && (*q.days < 0 || *q.days > 365)) {
    return core::Error::Invalid("days out of range",
                                {{"days", "out_of_range", "must be between 0 and 365"}});
  }
  if (q.limit < 1 || q.limit > kMaxSignalLimit) {
    return core::Error::Invalid("limit out of range",
                                {{"limit", "out_of_range", "must be between 1 and 500"}});
  }
  if (q.offset < 0 || q.offset > kMaxSignalOffset) {
    return core::Error::Invalid("offset out of range",
                                {{"offset", "out_of_range", "must be between 0 and 100000"}});
  }
  const core::Date today = core::DutchDate(ctx.now);
  WP_ASSIGN_OR_RETURN(
      SignalList out, db_.Read([&](store::Tx& tx) -> core::Result<SignalList> {
        SignalList list;
        list.today = today;
        list.limit = q.limit;
        list.offset = q.offset;
        WP_ASSIGN_OR_RETURN(int signal_days, tx.verzuim().SignalDays());
        list.days = q.days.value_or(signal_days);
        // One indexed query over the stored open deadlines (migration 0007); no dossier is
        // loaded or recomputed here.
        store::DeadlineQuery dq;
        dq.today = today;
        dq.due_until = core::AddDays(today, list.days);
        dq.scope = CaseloadFor(ctx.actor);
        if (q.mine) dq.casemanager = ctx.actor.user_id;
        if (q.status) dq.overdue = *q.status == "overdue";
        if (q.party) {
          for (pw::Party p : kAllParties) {
            if (pw::ToCode(p) == *q.party) dq.parties = pw::PartyBit(p);
          }
        }
        dq.limit = q.limit + 1;  // one more: is there a next page?
        dq.offset = q.offset;
        WP_ASSIGN_OR_RETURN(std::vector<store::DeadlineRow> rows, tx.verzuim().ListDeadlines(dq));
        if (rows.size() > static_cast<std::size_t>(q.limit)) {
          list.truncated = true;
          rows.resize(static_cast<std::size_t>(q.limit));
        }
        for (store::DeadlineRow& row : rows) {
          WP_ASSIGN_OR_RETURN(SignalItem item, SignalItemOf(row, today));
          list.items.push_back(std::move(item));
        }
        return list;
      }));
  if (q.sort == "revalidant") {
    std::stable_sort(out.items.begin(), out.items.end(), [](const auto& a, const auto& b) {
      return std::tie(a.revalidant.family_name, a.revalidant.given_names, a.dossier_id) <
             std::tie(b.revalidant.family_name, b.revalidant.given_names, b.dossier_id);
    });
  } else {
    std::stable_sort(out.items.begin(), out.items.end(), [](const auto& a, const auto& b) {
      return Before(a.milestone.due, b.milestone.due);
    });
  }
  // One read entry per dossier shown (NEN 7513: whose data was seen) after the search entry, in
  // one unit with multi-row INSERTs.
  std::vector<audit::AuditEvent> events;
  events.reserve(out.items.size() + 1);
  audit::AuditEvent search = EventFor(ctx, audit::Action::kSearch, "verzuim_signalen", "");
  search.detail = fmt::format("days={};mine={};offset={};items={}", out.days, q.mine ? 1 : 0,
                              out.offset, out.items.size());
  events.push_back(std::move(search));
  std::unordered_set<std::int64_t> seen;
  for (const auto& i : out.items) {
    if (!seen.insert(i.dossier_id).second) continue;
    audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, std::string(kDossierObject),
                                   IdText(i.dossier_id), i.revalidant.id);
    e.detail = "dashboard";
    events.push_back(std::move(e));
  }
  WP_RETURN_IF_ERROR(audit::AppendMany(db_, std::move(events), ctx.now));
  return out;
}

// --- settings ---

core::Result<VerzuimSettings> VerzuimService::Settings(const RequestContext& ctx) {
  if (!Allows(ctx.actor, Permission::kReadOrganisation)) {
    return internal::Deny(db_, ctx, audit::Action::kRead, "verzuim_settings", "");
  }
  WP_ASSIGN_OR_RETURN(int days, db_.Read([](store::Tx& tx) { return tx.verzuim().SignalDays(); }));
  return VerzuimSettings{days};
}

core::Result<VerzuimSettings> VerzuimService::UpdateSettings(const RequestContext& ctx,
                                                             const VerzuimSettings& in) {
  if (!Allows(ctx.actor, Permission::kManageOrganisation)) {
    return internal::Deny(db_, ctx, audit::Action::kUpdate, "verzuim_settings", "");
  }
  if (in.signal_days < 0 || in.signal_days > 365) {
    return core::Error::Invalid("signal_days out of range",
                                {{"signal_days", "out_of_range", "must be between 0 and 365"}});
  }
  return db_.Write([&](store::Tx& tx) -> core::Result<VerzuimSettings> {
    WP_RETURN_IF_ERROR(tx.verzuim().SetSignalDays(in.signal_days));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, "verzuim_settings", "1");
    e.detail = fmt::format("signal_days={}", in.signal_days);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return VerzuimSettings{in.signal_days};
  });
}

// --- WIA estimate ---

core::Result<domain::wia::WiaEstimate> VerzuimService::EstimateWia(
    const RequestContext& ctx, const domain::wia::WiaInput& in) {
  if (!MayEstimateWia(ctx.actor)) {
    return internal::Deny(db_, ctx, audit::Action::kRead, "wia_schatting", "");
  }
  return domain::wia::EstimateWia(in);
}

}  // namespace werkpad::service
