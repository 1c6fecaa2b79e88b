// ProfileService: forms 4 and 6, capacity profiles, matching, progress, goals, work training,
// function catalogues and the ranking of alternative functions (issue 4).
#include "service/profile_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "audit/audit_log.hpp"
#include "codec/profiles/catalogue_json.hpp"
#include "codec/profiles/profile_json.hpp"
#include "core/dutch_date.hpp"
#include "domain/identity/role.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

namespace prof = domain::profiles;
namespace pc = codec::profiles;
namespace bj = boost::json;
using agr_internal::IdText;
using agr_internal::Names;
using domain::identity::Role;

struct ProfileService::Impl {
  Impl(store::Database& d, const core::Clock& c) : db(d), clock(c) {}

  store::Database& db;
  const core::Clock& clock;

  // The ranking's function catalogues, read and built into the column layout once per state
  // (Rank). A state is the list of (id, version, function_revision) of the catalogues asked for:
  // every change of a function moves its catalogue's revision in the same transaction (migration
  // 0011), so a kept copy is current exactly when its key equals what the store says now.
  struct BuiltCatalogues {
    std::vector<std::array<std::int64_t, 3>> key;
    prof::FunctionCatalogue fc;
    // What the answer shows of each function (profile_json dropped: the columns hold the
    // demands), with its catalogue's name.
    std::vector<std::pair<store::FunctionRecord, std::string>> records;
  };
  static constexpr std::size_t kBuiltKept = 4;
  std::mutex built_mu;
  std::vector<std::shared_ptr<const BuiltCatalogues>> built;  // most recently used first

  std::shared_ptr<const BuiltCatalogues> FindBuilt(
      const std::vector<std::array<std::int64_t, 3>>& key) {
    std::lock_guard lock(built_mu);
    for (std::size_t i = 0; i < built.size(); ++i) {
      if (built[i]->key != key) continue;
      auto hit = built[i];
      built.erase(built.begin() + static_cast<std::ptrdiff_t>(i));
      built.insert(built.begin(), hit);
      return hit;
    }
    return nullptr;
  }

  // Keeps `b` first; drops what it makes outdated: a kept state holding one of b's catalogues
  // in an older version or revision (revisions only grow) can never be asked for again.
  void KeepBuilt(std::shared_ptr<const BuiltCatalogues> b) {
    std::lock_guard lock(built_mu);
    std::erase_if(built, [&](const auto& x) {
      if (x->key == b->key) return true;
      for (const auto& old : x->key) {
        for (const auto& now : b->key) {
          if (old[0] == now[0] && old != now) return true;
        }
      }
      return false;
    });
    built.insert(built.begin(), std::move(b));
    if (built.size() > kBuiltKept) built.resize(kBuiltKept);
  }
};

namespace {

constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxLongText = 10000;

const prof::ItemCatalogue& Cat() { return pc::BuiltinItemCatalogue(); }

// Field errors of a codec call, moved under `prefix` ("items[0].capacity.kg" with strip
// "items[0]." and prefix "capacity" -> "capacity.kg").
core::Error Reprefix(core::Error e, std::string_view strip, std::string_view prefix) {
  for (auto& f : e.fields) {
    std::string path = f.path;
    if (!strip.empty() && path.rfind(strip, 0) == 0) path = path.substr(strip.size());
    if (!path.empty() && path.front() == '.') path.erase(0, 1);
    if (!prefix.empty())
      path = path.empty() ? std::string(prefix) : std::string(prefix) + "." + path;
    f.path = std::move(path);
  }
  return e;
}

// --- assignment (profile_setting.assignment_json) ---

prof::DisciplineAssignment AssignmentFromJson(const std::string& text) {
  prof::DisciplineAssignment a;
  boost::system::error_code ec;
  bj::value v = bj::parse(text, ec);
  if (ec || !v.is_object()) return a;
  for (const auto& [key, list] : v.as_object()) {
    if (!list.is_array()) continue;
    std::vector<std::string> ds;
    for (const auto& d : list.as_array()) {
      if (d.is_string()) ds.emplace_back(d.as_string());
    }
    a.overrides.emplace_back(std::string(key), std::move(ds));
  }
  return a;
}

std::string AssignmentToJson(const prof::DisciplineAssignment& a) {
  bj::object o;
  for (const auto& [item, ds] : a.overrides) {
    bj::array arr;
    for (const auto& d : ds) arr.emplace_back(d);
    o[item] = std::move(arr);
  }
  return bj::serialize(o);
}

core::Result<prof::DisciplineAssignment> LoadAssignment(store::Tx& tx,
                                                        std::int64_t* version = nullptr) {
  WP_ASSIGN_OR_RETURN(store::ProfileSettingRecord s, tx.profiles().GetSetting());
  if (version) *version = s.version;
  return AssignmentFromJson(s.assignment_json);
}

std::vector<std::string> DisciplinesOf(const prof::DisciplineAssignment& a,
                                       const std::string& item) {
  const prof::ItemDefinition* def = Cat().Find(item);
  if (def == nullptr) return {};
  auto span = a.For(*def);
  return {span.begin(), span.end()};
}

// The items a therapist sees: those whose disciplines include one of theirs. nullopt: all.
std::optional<std::set<std::string>> VisibleItems(const Actor& actor,
                                                  const store::TrajectoryRecord& t,
                                                  const prof::DisciplineAssignment& a) {
  if (SeesAllProfileItems(actor, t)) return std::nullopt;
  std::set<std::string> out;
  const auto mine = DisciplinesOn(actor, t);
  for (const auto& def : Cat().items) {
    for (const auto& d : a.For(def)) {
      if (std::find(mine.begin(), mine.end(), d) != mine.end()) out.insert(def.code);
    }
  }
  return out;
}

bool Visible(const std::optional<std::set<std::string>>& v, const std::string& item) {
  return !v || v->count(item) > 0;
}

// --- profile JSON documents ---

core::Result<prof::FunctionProfile> StoredFunction(const std::string& text) {
  auto p = pc::ParseFunctionProfile(Cat(), text);
  if (!p.ok()) return core::Error::Internal("stored function profile does not parse");
  return p;
}

core::Result<prof::CapacityProfile> StoredCapacity(const std::string& text) {
  auto p = pc::ParseCapacityProfile(Cat(), text);
  if (!p.ok()) return core::Error::Internal("stored capacity profile does not parse");
  return p;
}

// The capacity profile of a form 6 round: its assessments as one document.
core::Result<prof::CapacityProfile> RoundProfile(const store::RoundRecord& r) {
  bj::object doc{{"source", "formulier6"}, {"date", core::FormatDate(r.date)}};
  if (prof::ParseAssessmentMoment(r.kind)) doc["moment"] = r.kind;
  bj::array items;
  for (const auto& a : r.assessments) {
    boost::system::error_code ec;
    bj::value v = bj::parse(a.capacity_json, ec);
    if (ec || !v.is_object()) return core::Error::Internal("stored assessment is malformed");
    items.push_back(std::move(v));
  }
  doc["items"] = std::move(items);
  return StoredCapacity(bj::serialize(doc));
}

core::Result<prof::ItemAssessment> StoredAssessment(const store::AssessmentRecord& a) {
  boost::system::error_code ec;
  bj::value v = bj::parse(a.capacity_json, ec);
  if (ec || !v.is_object()) return core::Error::Internal("stored assessment is malformed");
  bj::object doc{{"source", "formulier6"}, {"items", bj::array{v}}};
  WP_ASSIGN_OR_RETURN(prof::CapacityProfile p, StoredCapacity(bj::serialize(doc)));
  if (p.items.empty()) return core::Error::Internal("stored assessment is empty");
  return p.items.front();
}

// --- trajectory access ---

core::Result<store::TrajectoryRecord> LoadTrajectory(store::Database& db, core::TrajectId id) {
  return db.Read([&](store::Tx& tx) { return tx.agr().GetTrajectory(id); });
}

// Loads the trajectory and checks the profile rule `action` (or `alt`) and need-to-know on the
// revalidant. Refusals are audited (denied) and answered kForbidden.
core::Result<store::TrajectoryRecord> Checked(store::Database& db, const RequestContext& ctx,
                                              core::TrajectId id, ProfileAction action,
                                              audit::Action audit_action,
                                              const std::string& object_type,
                                              std::optional<ProfileAction> alt = std::nullopt) {
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord rec, LoadTrajectory(db, id));
  const bool allowed =
      MayProfile(ctx.actor, action, rec) || (alt && MayProfile(ctx.actor, *alt, rec));
  if (!allowed) {
    return internal::Deny(db, ctx, audit_action, object_type, IdText(id.value),
                          rec.trajectory.revalidant_id);
  }
  const bool write = audit_action != audit::Action::kRead && ctx.actor.role != Role::kRevalidant;
  WP_RETURN_IF_ERROR(agr_internal::CheckRevalidantAccess(
      db, ctx, rec.trajectory.revalidant_id, write, audit_action, object_type, IdText(id.value)));
  return rec;
}

core::Status AuditRead(store::Database& db, const RequestContext& ctx, const std::string& type,
                       const std::string& object, core::RevalidantId revalidant,
                       std::string detail = {}) {
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, type, object, revalidant);
  e.detail = std::move(detail);
  return audit::Append(db, e, ctx.now);
}

core::Status AuditWrite(store::Tx& tx, const RequestContext& ctx, audit::Action action,
                        const std::string& type, const std::string& object,
                        core::RevalidantId revalidant, std::string detail = {}) {
  audit::AuditEvent e = EventFor(ctx, action, type, object, revalidant);
  e.detail = std::move(detail);
  return audit::AppendInTx(tx, e, ctx.now);
}

core::Status OpenTrajectory(const store::TrajectoryRecord& rec) {
  if (!rec.active) return core::Error::Rule("the AGR trajectory is closed");
  return core::Ok();
}

core::Date Today(const RequestContext& ctx) { return core::DutchDate(ctx.now); }

// --- form 4 ---

core::Result<std::optional<prof::FunctionProfile>> DemandOf(store::Tx& tx, core::TrajectId id) {
  WP_ASSIGN_OR_RETURN(auto rec, tx.profiles().FindDemand(id));
  if (!rec) return std::optional<prof::FunctionProfile>();
  WP_ASSIGN_OR_RETURN(prof::FunctionProfile p, StoredFunction(rec->profile_json));
  return std::optional<prof::FunctionProfile>(std::move(p));
}

core::Result<DemandView> BuildDemandView(store::Tx& tx, const Actor& actor,
                                         const store::TrajectoryRecord& t,
                                         store::DemandRecord rec) {
  Names names(tx);
  DemandView v;
  WP_ASSIGN_OR_RETURN(v.profile, StoredFunction(rec.profile_json));
  v.created_by = names.Of(rec.created_by);
  v.updated_by = names.Of(rec.updated_by);
  v.may_edit = MayProfile(actor, ProfileAction::kEditDemand, t) && t.active;
  v.record = std::move(rec);
  return v;
}

// --- form 6 ---

core::Result<RoundView> BuildRoundView(store::Tx& tx, const Actor& actor,
                                       const store::TrajectoryRecord& t, store::RoundRecord rec) {
  Names names(tx);
  WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
  const auto visible = VisibleItems(actor, t, assignment);
  RoundView v;
  v.filtered = visible.has_value();
  v.created_by = names.Of(rec.created_by);
  for (const auto& a : rec.assessments) {
    if (!Visible(visible, a.item_code)) continue;
    AssessmentView av;
    av.record = a;
    WP_ASSIGN_OR_RETURN(av.assessment, StoredAssessment(a));
    av.assessor = names.Of(a.assessor);
    av.may_assess = !rec.closed && MayAssessItem(actor, t, DisciplinesOf(assignment, a.item_code));
    v.assessments.push_back(std::move(av));
  }
  WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, t.trajectory.id));
  if (demand && !rec.closed && t.active) {
    for (const auto& item : demand->items) {
      if (!item.relevant) continue;
      if (MayAssessItem(actor, t, DisciplinesOf(assignment, item.item)) && !actor.system) {
        v.assessable_items.push_back(item.item);
      }
    }
  }
  v.record = std::move(rec);
  return v;
}

core::Status CheckRoundInput(const RoundInput& in) {
  internal::FieldChecker c;
  if (!prof::ParseAssessmentMoment(in.kind)) {
    c.Add("kind", "invalid_value", "eerste_indruk, herbeoordeling or definitief");
  }
  if (!in.date.ok()) c.Add("date", "required", "is required");
  c.MaxLen("note", in.note, kMaxNote);
  return c.Done("the assessment round has invalid fields");
}

// --- matching ---

prof::MatchSummary SummaryOf(const prof::MatchResult& m) {
  prof::MatchSummary s;
  s.met = static_cast<int>(m.met.size());
  for (const auto& d : m.discrepancies) {
    if (d.status == prof::AssessmentStatus::kDoesNotMeet) {
      ++s.not_met;
    } else {
      ++s.partly;
    }
  }
  s.not_assessed = static_cast<int>(m.not_assessed.size());
  s.not_relevant = static_cast<int>(m.not_relevant.size());
  s.unanswered = static_cast<int>(m.unanswered.size());
  s.relevant = s.met + s.partly + s.not_met + s.not_assessed;
  auto count_inconsistent = [&](const std::vector<prof::ItemMatch>& list) {
    for (const auto& i : list) s.inconsistent += i.inconsistent ? 1 : 0;
  };
  count_inconsistent(m.discrepancies);
  count_inconsistent(m.met);
  count_inconsistent(m.not_assessed);
  return s;
}

// Keeps only the items a therapist sees (and their disciplines' groups).
void FilterMatch(prof::MatchResult& m, const std::set<std::string>& visible,
                 const std::vector<std::string>& disciplines) {
  auto keep = [&](std::vector<prof::ItemMatch>& list) {
    std::erase_if(list, [&](const prof::ItemMatch& i) { return visible.count(i.item) == 0; });
  };
  auto keep_codes = [&](std::vector<std::string>& list) {
    std::erase_if(list, [&](const std::string& i) { return visible.count(i) == 0; });
  };
  keep(m.discrepancies);
  keep(m.met);
  keep(m.not_assessed);
  keep_codes(m.not_relevant);
  keep_codes(m.unanswered);
  keep_codes(m.assessed_but_not_relevant);
  std::erase_if(m.by_discipline, [&](const prof::DisciplineGroup& g) {
    return std::find(disciplines.begin(), disciplines.end(), g.discipline) == disciplines.end();
  });
  m.summary = SummaryOf(m);
}

void FilterChanges(prof::AssessmentChanges& c, const std::set<std::string>& visible) {
  std::erase_if(c.changes, [&](const prof::ItemChange& i) { return visible.count(i.item) == 0; });
  c.summary = {};
  for (const auto& i : c.changes) {
    switch (i.kind) {
      case prof::ChangeKind::kClosed:
        ++c.summary.closed;
        break;
      case prof::ChangeKind::kNarrowed:
        ++c.summary.narrowed;
        break;
      case prof::ChangeKind::kWidened:
        ++c.summary.widened;
        break;
      case prof::ChangeKind::kNewlyAssessed:
        ++c.summary.newly_assessed;
        break;
      case prof::ChangeKind::kNoLongerAssessed:
        ++c.summary.no_longer_assessed;
        break;
      case prof::ChangeKind::kUnchanged:
        ++c.summary.unchanged;
        break;
    }
  }
}

core::Error NoDemand() {
  return core::Error{core::ErrorCode::kRuleViolation,
                     "form 4 (functieprofiel) of this trajectory is not filled in yet",
                     {{"functieprofiel", "missing", "vul eerst formulier 4 in"}}};
}

core::Error NoRound() {
  return core::Error{core::ErrorCode::kRuleViolation,
                     "this trajectory has no person profile (form 6) yet",
                     {{"persoonsprofiel", "missing", "leg eerst een beoordelingsronde vast"}}};
}

// The capacity to compare with: a round of the trajectory (default the latest) or an external
// capacity profile. `previous` gets the round before it (rounds only).
struct CapacityChoice {
  std::string against;
  std::int64_t id = 0;
  std::optional<core::Date> date;
  std::string kind;
  prof::CapacityProfile profile;
  std::optional<store::RoundRecord> previous;
};

core::Result<CapacityChoice> ChooseCapacity(store::Tx& tx, core::TrajectId id,
                                            std::int64_t round_id, std::int64_t capacity_id) {
  CapacityChoice c;
  if (capacity_id > 0) {
    WP_ASSIGN_OR_RETURN(store::CapacityRecord cap, tx.profiles().GetCapacity(capacity_id));
    if (cap.trajectory_id != id) return core::Error::NotFound("capacity profile not found");
    c.against = "capaciteitsprofiel";
    c.id = cap.id;
    c.date = cap.date;
    c.kind = cap.instrument;
    WP_ASSIGN_OR_RETURN(c.profile, StoredCapacity(cap.profile_json));
    return c;
  }
  WP_ASSIGN_OR_RETURN(auto rounds, tx.profiles().ListRounds(id));
  if (rounds.empty()) return NoRound();
  std::size_t pick = rounds.size() - 1;
  if (round_id > 0) {
    auto it = std::find_if(rounds.begin(), rounds.end(),
                           [&](const store::RoundRecord& r) { return r.id == round_id; });
    if (it == rounds.end()) return core::Error::NotFound("assessment round not found");
    pick = static_cast<std::size_t>(it - rounds.begin());
  }
  c.against = "persoonsprofiel";
  c.id = rounds[pick].id;
  c.date = rounds[pick].date;
  c.kind = rounds[pick].kind;
  WP_ASSIGN_OR_RETURN(c.profile, RoundProfile(rounds[pick]));
  if (pick > 0) c.previous = rounds[pick - 1];
  return c;
}

// --- goals ---

constexpr std::string_view kGoalStatuses[] = {"actief", "behaald", "bijgesteld", "gestopt"};

core::Result<GoalView> BuildGoalView(store::Tx& tx, store::GoalRecord g) {
  Names names(tx);
  GoalView v;
  for (const auto& e : g.events) v.events.push_back({e, names.Of(e.by)});
  WP_ASSIGN_OR_RETURN(auto sessions, tx.profiles().ListSessions(g.trajectory_id));
  for (const auto& s : sessions) {
    if (std::find(s.goal_ids.begin(), s.goal_ids.end(), g.id) != s.goal_ids.end()) {
      v.session_ids.push_back(s.id);
    }
  }
  v.record = std::move(g);
  return v;
}

// A goal target: capacity values of the item, checked with the codec. "null" when absent.
core::Result<std::string> TargetJson(const std::string& item, const bj::value& target,
                                     std::string_view field) {
  if (target.is_null()) return std::string("null");
  if (item.empty()) {
    return core::Error::Invalid(
        "the goal has invalid fields",
        {{std::string(field), "requires_item", "a target in units needs an item"}});
  }
  bj::object entry{{"item", item}, {"capacity", target}};
  bj::object doc{{"source", "formulier6"}, {"items", bj::array{entry}}};
  auto parsed = pc::CapacityProfileFromJson(Cat(), doc);
  if (!parsed.ok()) return Reprefix(std::move(parsed).error(), "items[0].capacity", field);
  bj::value normal = pc::CapacityProfileToJson(Cat(), *parsed);
  const bj::value* cap =
      normal.as_object().at("items").as_array().at(0).as_object().if_contains("capacity");
  return cap ? bj::serialize(*cap) : std::string("null");
}

core::Result<bool> IsKnownDiscipline(store::Tx& tx, const std::string& code) {
  WP_ASSIGN_OR_RETURN(auto all, internal::AllDisciplines(tx));
  if (Cat().FindDiscipline(code)) return true;
  return std::any_of(all.begin(), all.end(),
                     [&](const store::Discipline& d) { return d.code == code; });
}

// --- functions ---

core::Result<store::FunctionRecord> FunctionRecordFrom(const prof::FunctionProfile& p) {
  store::FunctionRecord r;
  r.code = p.code;
  r.title = p.title;
  r.organisation = p.organisation;
  if (p.hours_per_week) {
    r.hours_per_week_x10 = static_cast<std::int64_t>(std::llround(*p.hours_per_week * 10));
  }
  r.wage_cents = p.wage_cents;
  r.profile_json = bj::serialize(pc::FunctionProfileToJson(Cat(), p));
  return r;
}

core::Result<prof::FunctionProfile> ParseFunctionInput(const bj::value& v) {
  auto p = pc::FunctionProfileFromJson(Cat(), v);
  if (!p.ok()) return Reprefix(std::move(p).error(), "", "profile");
  return p;
}

core::Status CheckCatalogueInput(const CatalogueInput& in) {
  internal::FieldChecker c;
  c.Required("name", internal::Trim(in.name));
  c.MaxLen("name", in.name, 200);
  if (in.kind != "instelling" && in.kind != "werkgever") {
    c.Add("kind", "invalid_value", "instelling or werkgever");
  }
  if (in.kind == "werkgever") c.Required("employer", internal::Trim(in.employer));
  c.MaxLen("employer", in.employer, 200);
  return c.Done("the function catalogue has invalid fields");
}

core::Status CheckWorksample(const WorksampleInput& in) {
  internal::FieldChecker c;
  c.Required("name", internal::Trim(in.name));
  c.MaxLen("name", in.name, 200);
  if (in.kind != "fysiek" && in.kind != "cognitief" && in.kind != "fysiek_cognitief") {
    c.Add("kind", "invalid_value", "fysiek, cognitief or fysiek_cognitief");
  }
  c.MaxLen("description", in.description, kMaxNote);
  return c.Done("the worksample has invalid fields");
}

}  // namespace

ProfileService::ProfileService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(db, clock)) {}
ProfileService::~ProfileService() = default;

// ------------------------------------------------------------------ item catalogue, assignment

core::Result<ItemCatalogueView> ProfileService::Items(const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayReadItemCatalogue(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "profiel_items", "");
  }
  ItemCatalogueView v;
  v.catalogue = &Cat();
  WP_ASSIGN_OR_RETURN(v.assignment,
                      m.db.Read([&](store::Tx& tx) { return LoadAssignment(tx, &v.version); }));
  return v;
}

core::Result<ItemCatalogueView> ProfileService::SetAssignment(const RequestContext& ctx,
                                                              const AssignmentInput& in) {
  Impl& m = *impl_;
  if (!MayManageAssignment(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "profiel_toewijzing", "");
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<ItemCatalogueView> {
    internal::FieldChecker c;
    prof::DisciplineAssignment next;
    std::set<std::string> seen_items;
    for (std::size_t i = 0; i < in.overrides.size(); ++i) {
      const auto& [item, ds] = in.overrides[i];
      const std::string path = fmt::format("overrides[{}]", i);
      const prof::ItemDefinition* def = Cat().Find(item);
      if (def == nullptr) {
        c.Add(path + ".item", "unknown_item", "is not an item of the catalogue");
        continue;
      }
      if (!seen_items.insert(item).second) c.Add(path + ".item", "duplicate", "item given twice");
      if (ds.empty()) c.Add(path + ".disciplines", "required", "at least one discipline");
      std::set<std::string> seen;
      for (std::size_t j = 0; j < ds.size(); ++j) {
        // Assessments carry the discipline in the catalogue's terms, so overrides use the
        // catalogue's disciplines (the handbook's and the "others" it names).
        if (Cat().FindDiscipline(ds[j]) == nullptr) {
          c.Add(fmt::format("{}.disciplines[{}]", path, j), "unknown_discipline",
                "is not a discipline of the item catalogue");
        }
        if (!seen.insert(ds[j]).second) {
          c.Add(fmt::format("{}.disciplines[{}]", path, j), "duplicate", "discipline twice");
        }
      }
      if (ds != def->disciplines) next.overrides.emplace_back(item, ds);
    }
    WP_RETURN_IF_ERROR(c.Done("the assignment has invalid fields"));
    store::ProfileSettingRecord rec;
    rec.assignment_json = AssignmentToJson(next);
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t version, tx.profiles().UpdateSetting(rec, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "profiel_toewijzing", "", {},
                                  fmt::format("overrides={}", next.overrides.size())));
    ItemCatalogueView v;
    v.catalogue = &Cat();
    v.assignment = std::move(next);
    v.version = version;
    return v;
  });
}

// ------------------------------------------------------------------ form 4

core::Result<DemandView> ProfileService::GetDemand(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kRead,
                                                         audit::Action::kRead, "functieprofiel"));
  WP_ASSIGN_OR_RETURN(DemandView v, m.db.Read([&](store::Tx& tx) -> core::Result<DemandView> {
    WP_ASSIGN_OR_RETURN(auto rec, tx.profiles().FindDemand(id));
    if (!rec) return core::Error::NotFound("form 4 (functieprofiel) is not filled in yet");
    return BuildDemandView(tx, ctx.actor, t, std::move(*rec));
  }));
  WP_RETURN_IF_ERROR(
      AuditRead(m.db, ctx, "functieprofiel", IdText(id.value), t.trajectory.revalidant_id));
  return v;
}

core::Result<DemandView> ProfileService::SaveDemand(const RequestContext& ctx, core::TrajectId id,
                                                    const DemandInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kEditDemand,
                                                         audit::Action::kUpdate, "functieprofiel"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  internal::FieldChecker c;
  c.MaxLen("filled_with", in.filled_with, 200);
  c.MaxLen("note", in.note, kMaxNote);
  WP_RETURN_IF_ERROR(c.Done("form 4 has invalid fields"));
  // The title defaults to the revalidant's own function (form 4 is about the own job).
  bj::value doc = in.profile;
  if (!doc.is_object()) {
    return core::Error::BadRequest("form 4 has invalid fields",
                                   {{"profile", "wrong_type", "must be an object"}});
  }
  bj::object& obj = doc.as_object();
  const bj::value* title = obj.if_contains("title");
  if (title == nullptr || title->is_null() || (title->is_string() && title->as_string().empty())) {
    WP_ASSIGN_OR_RETURN(store::RevalidantDetail person, m.db.Read([&](store::Tx& tx) {
      return tx.revalidanten().Get(t.trajectory.revalidant_id);
    }));
    const std::string& own = person.revalidant.data.function_title;
    obj["title"] = own.empty() ? std::string("Eigen functie") : own;
  }
  WP_ASSIGN_OR_RETURN(prof::FunctionProfile profile, ParseFunctionInput(doc));
  return m.db.Write([&](store::Tx& tx) -> core::Result<DemandView> {
    WP_ASSIGN_OR_RETURN(auto existing, tx.profiles().FindDemand(id));
    store::DemandRecord rec;
    rec.trajectory_id = id;
    rec.visit_date = in.visit_date;
    rec.filled_with = internal::Trim(in.filled_with);
    rec.note = in.note;
    rec.profile_json = bj::serialize(pc::FunctionProfileToJson(Cat(), profile));
    rec.updated_by = ctx.actor.user_id;
    rec.updated_at = ctx.now;
    if (!existing) {
      if (in.version != 0) return core::Error::Conflict("form 4 was removed or never stored");
      rec.created_by = ctx.actor.user_id;
      rec.created_at = ctx.now;
      WP_RETURN_IF_ERROR(tx.profiles().InsertDemand(rec));
    } else {
      if (in.version == 0) {
        return core::Error::Conflict("form 4 exists already; send its version to change it");
      }
      rec.created_by = existing->created_by;
      rec.created_at = existing->created_at;
      WP_RETURN_IF_ERROR(tx.profiles().UpdateDemand(rec, in.version));
    }
    int relevant = 0;
    for (const auto& i : profile.items) relevant += i.relevant ? 1 : 0;
    WP_RETURN_IF_ERROR(
        AuditWrite(tx, ctx, existing ? audit::Action::kUpdate : audit::Action::kCreate,
                   "functieprofiel", IdText(id.value), t.trajectory.revalidant_id,
                   fmt::format("items={} relevant={}", profile.items.size(), relevant)));
    WP_ASSIGN_OR_RETURN(auto stored, tx.profiles().FindDemand(id));
    return BuildDemandView(tx, ctx.actor, t, std::move(*stored));
  });
}

core::Result<std::vector<DemandRevisionView>> ProfileService::DemandHistory(
    const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kRead,
                                                         audit::Action::kRead, "functieprofiel"));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<DemandRevisionView>> {
        Names names(tx);
        WP_ASSIGN_OR_RETURN(auto revisions, tx.profiles().ListDemandRevisions(id));
        std::vector<DemandRevisionView> list;
        for (auto& r : revisions) {
          DemandRevisionView v;
          WP_ASSIGN_OR_RETURN(v.profile, StoredFunction(r.profile_json));
          v.by = names.Of(r.by);
          v.record = std::move(r);
          list.push_back(std::move(v));
        }
        return list;
      }));
  WP_RETURN_IF_ERROR(AuditRead(m.db, ctx, "functieprofiel", IdText(id.value),
                               t.trajectory.revalidant_id, "history"));
  return out;
}

// ------------------------------------------------------------------ form 6

core::Result<std::vector<RoundView>> ProfileService::ListRounds(const RequestContext& ctx,
                                                                core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kRead,
                                                         audit::Action::kRead, "persoonsprofiel"));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<RoundView>> {
        WP_ASSIGN_OR_RETURN(auto rounds, tx.profiles().ListRounds(id));
        std::vector<RoundView> list;
        for (auto& r : rounds) {
          WP_ASSIGN_OR_RETURN(auto v, BuildRoundView(tx, ctx.actor, t, std::move(r)));
          list.push_back(std::move(v));
        }
        return list;
      }));
  WP_RETURN_IF_ERROR(AuditRead(m.db, ctx, "persoonsprofiel", "", t.trajectory.revalidant_id,
                               fmt::format("trajectory={} list={}", id.value, out.size())));
  return out;
}

core::Result<RoundView> ProfileService::CreateRound(const RequestContext& ctx, core::TrajectId id,
                                                    const RoundInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kManageRounds, audit::Action::kCreate,
                              "persoonsprofiel"));
  WP_RETURN_IF_ERROR(CheckRoundInput(in));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  return m.db.Write([&](store::Tx& tx) -> core::Result<RoundView> {
    WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, id));
    if (!demand) return NoDemand();
    store::RoundRecord r;
    r.trajectory_id = id;
    r.kind = in.kind;
    r.date = in.date;
    r.note = in.note;
    r.created_by = r.updated_by = ctx.actor.user_id;
    r.created_at = r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t rid, tx.profiles().InsertRound(r));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "persoonsprofiel", IdText(rid),
                                  t.trajectory.revalidant_id,
                                  fmt::format("trajectory={} kind={}", id.value, in.kind)));
    WP_ASSIGN_OR_RETURN(store::RoundRecord stored, tx.profiles().GetRound(rid));
    return BuildRoundView(tx, ctx.actor, t, std::move(stored));
  });
}

core::Result<RoundView> ProfileService::GetRound(const RequestContext& ctx, std::int64_t round) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::RoundRecord r,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetRound(round); }));
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, r.trajectory_id, ProfileAction::kRead,
                              audit::Action::kRead, "persoonsprofiel"));
  WP_ASSIGN_OR_RETURN(RoundView v, m.db.Read([&](store::Tx& tx) {
    return BuildRoundView(tx, ctx.actor, t, std::move(r));
  }));
  WP_RETURN_IF_ERROR(
      AuditRead(m.db, ctx, "persoonsprofiel", IdText(round), t.trajectory.revalidant_id));
  return v;
}

core::Result<RoundView> ProfileService::UpdateRound(const RequestContext& ctx, std::int64_t round,
                                                    const RoundInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::RoundRecord r,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetRound(round); }));
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, r.trajectory_id, ProfileAction::kManageRounds,
                              audit::Action::kUpdate, "persoonsprofiel"));
  WP_RETURN_IF_ERROR(CheckRoundInput(in));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  return m.db.Write([&](store::Tx& tx) -> core::Result<RoundView> {
    WP_ASSIGN_OR_RETURN(store::RoundRecord cur, tx.profiles().GetRound(round));
    if (cur.version != in.version) {
      return core::Error::Conflict("the assessment round was changed by someone else");
    }
    cur.kind = in.kind;
    cur.date = in.date;
    cur.note = in.note;
    cur.closed = in.closed;
    cur.updated_by = ctx.actor.user_id;
    cur.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.profiles().UpdateRound(cur, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "persoonsprofiel", IdText(round),
                                  t.trajectory.revalidant_id,
                                  fmt::format("kind={} closed={}", in.kind, in.closed ? 1 : 0)));
    WP_ASSIGN_OR_RETURN(store::RoundRecord stored, tx.profiles().GetRound(round));
    return BuildRoundView(tx, ctx.actor, t, std::move(stored));
  });
}

core::Result<RoundView> ProfileService::Assess(const RequestContext& ctx, std::int64_t round,
                                               const std::string& item, const AssessmentInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::RoundRecord r,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetRound(round); }));
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, LoadTrajectory(m.db, r.trajectory_id));
  const std::string object = fmt::format("{}/{}", round, item);
  const prof::ItemDefinition* def = Cat().Find(item);
  if (def == nullptr) return core::Error::NotFound("no such item in the catalogue");
  WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment,
                      m.db.Read([&](store::Tx& tx) { return LoadAssignment(tx); }));
  const std::vector<std::string> item_disciplines = DisciplinesOf(assignment, item);
  if (!MayAssessItem(ctx.actor, t, item_disciplines)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "persoonsprofiel", object,
                          t.trajectory.revalidant_id);
  }
  WP_RETURN_IF_ERROR(agr_internal::CheckRevalidantAccess(m.db, ctx, t.trajectory.revalidant_id,
                                                         true, audit::Action::kUpdate,
                                                         "persoonsprofiel", object));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  if (r.closed) return core::Error::Rule("the assessment round is closed");
  // Which discipline assesses: the actor's first discipline assigned to the item.
  std::string discipline = item_disciplines.empty() ? std::string() : item_disciplines.front();
  for (const auto& d : DisciplinesOn(ctx.actor, t)) {
    if (std::find(item_disciplines.begin(), item_disciplines.end(), d) != item_disciplines.end()) {
      discipline = d;
      break;
    }
  }
  internal::FieldChecker c;
  c.MaxLen("note", in.note, kMaxNote);
  WP_RETURN_IF_ERROR(c.Done("the assessment has invalid fields"));
  const core::Date on = in.date.value_or(Today(ctx));
  bj::object entry{{"item", item},
                   {"status", in.status},
                   {"discipline", discipline},
                   {"date", core::FormatDate(on)},
                   {"note", in.note}};
  if (!in.capacity.is_null()) entry["capacity"] = in.capacity;
  if (in.unrestricted) entry["unrestricted"] = true;
  bj::object doc{{"source", "formulier6"}, {"items", bj::array{entry}}};
  auto parsed = pc::CapacityProfileFromJson(Cat(), doc);
  if (!parsed.ok()) return Reprefix(std::move(parsed).error(), "items[0].", "");
  bj::value normal = pc::CapacityProfileToJson(Cat(), *parsed);
  const std::string item_json = bj::serialize(normal.as_object().at("items").as_array().at(0));

  return m.db.Write([&](store::Tx& tx) -> core::Result<RoundView> {
    WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, t.trajectory.id));
    if (!demand) return NoDemand();
    const prof::ItemDemand* d = demand->Find(item);
    if (d == nullptr || !d->relevant) {
      return core::Error{core::ErrorCode::kRuleViolation,
                         "form 6 assesses only the items form 4 marks relevant",
                         {{"item", "not_relevant", "dit item is niet relevant in formulier 4"}}};
    }
    WP_ASSIGN_OR_RETURN(store::RoundRecord cur, tx.profiles().GetRound(round));
    if (cur.closed) return core::Error::Rule("the assessment round is closed");
    const auto it =
        std::find_if(cur.assessments.begin(), cur.assessments.end(),
                     [&](const store::AssessmentRecord& a) { return a.item_code == item; });
    store::AssessmentRecord a;
    a.round_id = round;
    a.item_code = item;
    a.discipline = discipline;
    a.verdict = in.status;
    a.capacity_json = item_json;
    a.note = in.note;
    a.assessed_on = on;
    a.assessor = ctx.actor.user_id;
    a.updated_at = ctx.now;
    if (it == cur.assessments.end()) {
      if (in.version != 0) return core::Error::Conflict("the assessment was removed");
      WP_RETURN_IF_ERROR(tx.profiles().InsertAssessment(a));
    } else {
      if (in.version == 0) {
        return core::Error::Conflict("the item is assessed already; send its version");
      }
      WP_RETURN_IF_ERROR(tx.profiles().UpdateAssessment(a, in.version));
    }
    WP_RETURN_IF_ERROR(AuditWrite(
        tx, ctx, it == cur.assessments.end() ? audit::Action::kCreate : audit::Action::kUpdate,
        "persoonsprofiel", object, t.trajectory.revalidant_id,
        fmt::format("discipline={} status={}", discipline, in.status)));
    WP_ASSIGN_OR_RETURN(store::RoundRecord stored, tx.profiles().GetRound(round));
    return BuildRoundView(tx, ctx.actor, t, std::move(stored));
  });
}

// ------------------------------------------------------------------ capacity profiles

core::Result<std::vector<CapacityView>> ProfileService::ListCapacities(const RequestContext& ctx,
                                                                       core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(
      store::TrajectoryRecord t,
      Checked(m.db, ctx, id, ProfileAction::kRead, audit::Action::kRead, "capaciteitsprofiel"));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<CapacityView>> {
        Names names(tx);
        WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
        const auto visible = VisibleItems(ctx.actor, t, assignment);
        WP_ASSIGN_OR_RETURN(auto list, tx.profiles().ListCapacities(id));
        std::vector<CapacityView> views;
        for (auto& r : list) {
          CapacityView v;
          WP_ASSIGN_OR_RETURN(v.profile, StoredCapacity(r.profile_json));
          std::erase_if(v.profile.items,
                        [&](const prof::ItemAssessment& a) { return !Visible(visible, a.item); });
          v.created_by = names.Of(r.created_by);
          v.record = std::move(r);
          views.push_back(std::move(v));
        }
        return views;
      }));
  WP_RETURN_IF_ERROR(AuditRead(m.db, ctx, "capaciteitsprofiel", "", t.trajectory.revalidant_id,
                               fmt::format("trajectory={} list={}", id.value, out.size())));
  return out;
}

core::Result<CapacityView> ProfileService::AddCapacity(const RequestContext& ctx,
                                                       core::TrajectId id,
                                                       const CapacityInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kEnterCapacity, audit::Action::kCreate,
                              "capaciteitsprofiel"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  internal::FieldChecker c;
  if (in.source != "bedrijfsarts" && in.source != "uwv") {
    c.Add("source", "invalid_value", "bedrijfsarts or uwv");
  }
  c.MaxLen("author", in.author, 200);
  c.MaxLen("note", in.note, kMaxNote);
  WP_RETURN_IF_ERROR(c.Done("the capacity profile has invalid fields"));
  auto parsed = pc::CapacityProfileFromJson(Cat(), in.profile);
  if (!parsed.ok()) return Reprefix(std::move(parsed).error(), "", "profile");
  prof::CapacityProfile p = std::move(*parsed);
  internal::FieldChecker c2;
  if (p.source == prof::CapacitySource::kForm6) {
    c2.Add("profile.source", "invalid_value", "fml, izp or bar (form 6 is entered per round)");
  }
  if (!p.date) c2.Add("profile.date", "required", "the date of the profile is required");
  WP_RETURN_IF_ERROR(c2.Done("the capacity profile has invalid fields"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<CapacityView> {
    store::CapacityRecord r;
    r.trajectory_id = id;
    r.source = in.source;
    r.instrument = std::string(prof::ToCode(p.source));
    r.date = *p.date;
    r.author = internal::Trim(in.author);
    r.note = in.note;
    r.profile_json = bj::serialize(pc::CapacityProfileToJson(Cat(), p));
    r.created_by = r.updated_by = ctx.actor.user_id;
    r.created_at = r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t cid, tx.profiles().InsertCapacity(r));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "capaciteitsprofiel",
                                  IdText(cid), t.trajectory.revalidant_id,
                                  fmt::format("trajectory={} instrument={} items={}", id.value,
                                              r.instrument, p.items.size())));
    WP_ASSIGN_OR_RETURN(store::CapacityRecord stored, tx.profiles().GetCapacity(cid));
    CapacityView v;
    v.profile = std::move(p);
    Names names(tx);
    v.created_by = names.Of(stored.created_by);
    v.record = std::move(stored);
    return v;
  });
}

// ------------------------------------------------------------------ matching, progress

core::Result<MatchView> ProfileService::Match(const RequestContext& ctx, core::TrajectId id,
                                              const MatchQuery& q) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kRead,
                                                         audit::Action::kRead, "profiel_matching"));
  WP_ASSIGN_OR_RETURN(MatchView v, m.db.Read([&](store::Tx& tx) -> core::Result<MatchView> {
    WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, id));
    if (!demand) return NoDemand();
    WP_ASSIGN_OR_RETURN(CapacityChoice choice, ChooseCapacity(tx, id, q.round_id, q.capacity_id));
    WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
    prof::MatchOptions options;
    options.assignment = assignment;
    // Verdicts judge the own job (form 6 against its form 4); an FML has values only.
    options.use_verdicts = choice.against == "persoonsprofiel";
    MatchView out;
    out.trajectory_id = id;
    out.against = choice.against;
    out.source_id = choice.id;
    out.date = choice.date;
    out.kind = choice.kind;
    out.match = prof::Match(Cat(), *demand, choice.profile, options);
    if (choice.previous) {
      WP_ASSIGN_OR_RETURN(prof::CapacityProfile before, RoundProfile(*choice.previous));
      out.previous_round_id = choice.previous->id;
      out.changes = prof::CompareAssessments(Cat(), *demand, before, choice.profile, options);
    }
    const auto visible = VisibleItems(ctx.actor, t, assignment);
    if (visible) {
      out.filtered = true;
      FilterMatch(out.match, *visible, DisciplinesOn(ctx.actor, t));
      if (out.changes) FilterChanges(*out.changes, *visible);
    }
    return out;
  }));
  WP_RETURN_IF_ERROR(AuditRead(m.db, ctx, "profiel_matching", IdText(id.value),
                               t.trajectory.revalidant_id,
                               fmt::format("{}={}", v.against, v.source_id)));
  return v;
}

core::Result<ProgressView> ProfileService::Progress(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRead, audit::Action::kRead,
                              "profiel_voortgang", ProfileAction::kReadOwnPortal));
  WP_ASSIGN_OR_RETURN(ProgressView v, m.db.Read([&](store::Tx& tx) -> core::Result<ProgressView> {
    WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, id));
    if (!demand) return NoDemand();
    WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
    const auto visible = VisibleItems(ctx.actor, t, assignment);
    WP_ASSIGN_OR_RETURN(auto rounds, tx.profiles().ListRounds(id));
    std::vector<prof::CapacityProfile> profiles;
    for (const auto& r : rounds) {
      WP_ASSIGN_OR_RETURN(auto p, RoundProfile(r));
      profiles.push_back(std::move(p));
    }
    prof::MatchOptions options;
    options.assignment = assignment;
    ProgressView out;
    out.trajectory_id = id;
    out.filtered = visible.has_value();
    for (std::size_t idx = 0; idx < Cat().items.size(); ++idx) {
      const std::string& code = Cat().items[idx].code;
      const prof::ItemDemand* d = demand->Find(code);
      if (d == nullptr || !d->relevant || !Visible(visible, code)) continue;
      ProgressItem item;
      item.item = code;
      item.demand = prof::MatchItem(Cat(), idx, *d, nullptr, options).gaps;
      for (std::size_t r = 0; r < rounds.size(); ++r) {
        const prof::ItemAssessment* a = profiles[r].Find(code);
        if (a == nullptr) continue;
        item.points.push_back({rounds[r].id, rounds[r].date, rounds[r].kind,
                               prof::MatchItem(Cat(), idx, *d, a, options)});
      }
      out.items.push_back(std::move(item));
    }
    return out;
  }));
  WP_RETURN_IF_ERROR(
      AuditRead(m.db, ctx, "profiel_voortgang", IdText(id.value), t.trajectory.revalidant_id));
  return v;
}

// ------------------------------------------------------------------ goals

core::Result<std::vector<GoalView>> ProfileService::ListGoals(const RequestContext& ctx,
                                                              core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRead, audit::Action::kRead,
                              "behandeldoel", ProfileAction::kReadOwnPortal));
  WP_ASSIGN_OR_RETURN(auto out,
                      m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<GoalView>> {
                        WP_ASSIGN_OR_RETURN(auto goals, tx.profiles().ListGoals(id));
                        std::vector<GoalView> list;
                        for (auto& g : goals) {
                          WP_ASSIGN_OR_RETURN(auto v, BuildGoalView(tx, std::move(g)));
                          if (ctx.actor.role == Role::kRevalidant) {
                            for (auto& e : v.events) e.record.note.clear();  // team notes
                          }
                          list.push_back(std::move(v));
                        }
                        return list;
                      }));
  WP_RETURN_IF_ERROR(AuditRead(m.db, ctx, "behandeldoel", "", t.trajectory.revalidant_id,
                               fmt::format("trajectory={} list={}", id.value, out.size())));
  return out;
}

core::Result<GoalView> ProfileService::CreateGoal(const RequestContext& ctx, core::TrajectId id,
                                                  const GoalInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, LoadTrajectory(m.db, id));
  if (!MayManageGoalFor(ctx.actor, t, in.discipline)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "behandeldoel", "",
                          t.trajectory.revalidant_id);
  }
  WP_RETURN_IF_ERROR(agr_internal::CheckRevalidantAccess(
      m.db, ctx, t.trajectory.revalidant_id, true, audit::Action::kCreate, "behandeldoel", ""));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  internal::FieldChecker c;
  c.Required("description", internal::Trim(in.description));
  c.MaxLen("description", in.description, kMaxNote);
  if (!in.target_date.ok()) c.Add("target_date", "required", "is required");
  if (!in.item.empty() && Cat().Find(in.item) == nullptr) {
    c.Add("item", "unknown_item", "is not an item of the catalogue");
  }
  if (in.round_id > 0 && in.item.empty()) {
    c.Add("item", "required", "a goal from a discrepancy names its item");
  }
  WP_RETURN_IF_ERROR(c.Done("the goal has invalid fields"));
  WP_ASSIGN_OR_RETURN(std::string target, TargetJson(in.item, in.target, "target"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<GoalView> {
    WP_ASSIGN_OR_RETURN(bool known, IsKnownDiscipline(tx, in.discipline));
    if (!known) {
      return core::Error::Invalid("the goal has invalid fields",
                                  {{"discipline", "unknown_discipline", "is not a discipline"}});
    }
    if (in.round_id > 0) {
      // Created from a discrepancy: the item must be one in that round.
      WP_ASSIGN_OR_RETURN(auto demand, DemandOf(tx, id));
      if (!demand) return NoDemand();
      WP_ASSIGN_OR_RETURN(CapacityChoice choice, ChooseCapacity(tx, id, in.round_id, 0));
      WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
      prof::MatchOptions options;
      options.assignment = assignment;
      auto result = prof::Match(Cat(), *demand, choice.profile, options);
      const bool discrepancy =
          std::any_of(result.discrepancies.begin(), result.discrepancies.end(),
                      [&](const prof::ItemMatch& i) { return i.item == in.item; });
      if (!discrepancy) {
        return core::Error{
            core::ErrorCode::kRuleViolation,
            "the item is not a discrepancy in that assessment round",
            {{"item", "not_a_discrepancy", "dit item is in die ronde geen discrepantie"}}};
      }
    }
    store::GoalRecord g;
    g.trajectory_id = id;
    g.discipline = in.discipline;
    g.item_code = in.item;
    if (in.round_id > 0) g.round_id = in.round_id;
    g.description = internal::Trim(in.description);
    g.target_json = target;
    g.target_date = in.target_date;
    g.status = "actief";
    g.created_by = g.updated_by = ctx.actor.user_id;
    g.created_at = g.updated_at = ctx.now;
    store::GoalEventRecord e{
        0,  "aangemaakt", Today(ctx),        g.status, g.description, g.target_json, g.target_date,
        "", std::nullopt, ctx.actor.user_id, ctx.now};
    WP_ASSIGN_OR_RETURN(std::int64_t gid, tx.profiles().InsertGoal(g, e));
    WP_RETURN_IF_ERROR(AuditWrite(
        tx, ctx, audit::Action::kCreate, "behandeldoel", IdText(gid), t.trajectory.revalidant_id,
        fmt::format("trajectory={} discipline={} item={}", id.value, in.discipline, in.item)));
    WP_ASSIGN_OR_RETURN(store::GoalRecord stored, tx.profiles().GetGoal(gid));
    return BuildGoalView(tx, std::move(stored));
  });
}

core::Result<GoalView> ProfileService::EvaluateGoal(const RequestContext& ctx, std::int64_t goal,
                                                    const EvaluationInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::GoalRecord g,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetGoal(goal); }));
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, LoadTrajectory(m.db, g.trajectory_id));
  if (!MayManageGoalFor(ctx.actor, t, g.discipline)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "behandeldoel", IdText(goal),
                          t.trajectory.revalidant_id);
  }
  WP_RETURN_IF_ERROR(agr_internal::CheckRevalidantAccess(m.db, ctx, t.trajectory.revalidant_id,
                                                         true, audit::Action::kUpdate,
                                                         "behandeldoel", IdText(goal)));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  internal::FieldChecker c;
  if (!in.date.ok()) c.Add("date", "required", "is required");
  c.MaxLen("note", in.note, kMaxNote);
  if (in.status && *in.status != "actief" && *in.status != "behaald" && *in.status != "gestopt") {
    c.Add("status", "invalid_value", "actief, behaald or gestopt (bijgesteld: use an adjustment)");
  }
  if (internal::Trim(in.note).empty() && (!in.status || *in.status == g.status)) {
    c.Add("note", "required", "an evaluation needs a note or a new status");
  }
  WP_RETURN_IF_ERROR(c.Done("the evaluation has invalid fields"));
  return m.db.Write([&](store::Tx& tx) -> core::Result<GoalView> {
    WP_ASSIGN_OR_RETURN(store::GoalRecord cur, tx.profiles().GetGoal(goal));
    if (cur.version != in.version) {
      return core::Error::Conflict("the goal was changed by someone else");
    }
    const bool status_change = in.status && *in.status != cur.status;
    if (in.status) cur.status = *in.status;
    cur.updated_by = ctx.actor.user_id;
    cur.updated_at = ctx.now;
    store::GoalEventRecord e{0,
                             status_change ? "status" : "evaluatie",
                             in.date,
                             cur.status,
                             cur.description,
                             cur.target_json,
                             cur.target_date,
                             in.note,
                             std::nullopt,
                             ctx.actor.user_id,
                             ctx.now};
    WP_RETURN_IF_ERROR(tx.profiles().UpdateGoal(cur, in.version, e));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "behandeldoel", IdText(goal),
                                  t.trajectory.revalidant_id,
                                  fmt::format("{} status={}", e.kind, cur.status)));
    WP_ASSIGN_OR_RETURN(store::GoalRecord stored, tx.profiles().GetGoal(goal));
    return BuildGoalView(tx, std::move(stored));
  });
}

core::Result<GoalView> ProfileService::AdjustGoal(const RequestContext& ctx, std::int64_t goal,
                                                  const AdjustmentInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::GoalRecord g,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetGoal(goal); }));
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, LoadTrajectory(m.db, g.trajectory_id));
  if (!MayManageGoalFor(ctx.actor, t, g.discipline)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "behandeldoel", IdText(goal),
                          t.trajectory.revalidant_id);
  }
  WP_RETURN_IF_ERROR(agr_internal::CheckRevalidantAccess(m.db, ctx, t.trajectory.revalidant_id,
                                                         true, audit::Action::kUpdate,
                                                         "behandeldoel", IdText(goal)));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  // The D4 decision that decided the adjustment (handbook ch. 3: "Moeten de doelen worden
  // bijgesteld?"): a recorded d4_voortzetten = doelen_bijstellen of this trajectory.
  const auto& history = t.trajectory.history;
  const bool d4_ok = in.d4_seq >= 1 && in.d4_seq <= static_cast<std::int64_t>(history.size()) &&
                     history[in.d4_seq - 1].kind == domain::agr::DecisionKind::kD4Voortzetten &&
                     history[in.d4_seq - 1].outcome == domain::agr::Outcome::kDoelenBijstellen;
  if (!d4_ok) {
    return core::Error{core::ErrorCode::kRuleViolation,
                       "a goal is adjusted by a D4 decision 'doelen bijstellen' of the trajectory",
                       {{"d4_seq", "not_d4_bijstellen",
                         "kies het D4-besluit 'doelen bijstellen' van dit traject"}}};
  }
  internal::FieldChecker c;
  if (!in.date.ok()) c.Add("date", "required", "is required");
  c.MaxLen("note", in.note, kMaxNote);
  if (in.description) {
    c.Required("description", internal::Trim(*in.description));
    c.MaxLen("description", *in.description, kMaxNote);
  }
  if (in.target_date && !in.target_date->ok()) c.Add("target_date", "invalid_date", "bad date");
  if (!in.description && !in.target && !in.target_date) {
    c.Add("description", "required", "an adjustment changes the description, target or date");
  }
  WP_RETURN_IF_ERROR(c.Done("the adjustment has invalid fields"));
  std::optional<std::string> target;
  if (in.target) {
    WP_ASSIGN_OR_RETURN(std::string tj, TargetJson(g.item_code, *in.target, "target"));
    target = tj;
  }
  return m.db.Write([&](store::Tx& tx) -> core::Result<GoalView> {
    WP_ASSIGN_OR_RETURN(store::GoalRecord cur, tx.profiles().GetGoal(goal));
    if (cur.version != in.version) {
      return core::Error::Conflict("the goal was changed by someone else");
    }
    if (in.description) cur.description = internal::Trim(*in.description);
    if (target) cur.target_json = *target;
    if (in.target_date) cur.target_date = *in.target_date;
    cur.status = "bijgesteld";
    cur.updated_by = ctx.actor.user_id;
    cur.updated_at = ctx.now;
    store::GoalEventRecord e{0,
                             "bijgesteld",
                             in.date,
                             cur.status,
                             cur.description,
                             cur.target_json,
                             cur.target_date,
                             in.note,
                             in.d4_seq,
                             ctx.actor.user_id,
                             ctx.now};
    WP_RETURN_IF_ERROR(tx.profiles().UpdateGoal(cur, in.version, e));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "behandeldoel", IdText(goal),
                                  t.trajectory.revalidant_id,
                                  fmt::format("bijgesteld d4_seq={}", in.d4_seq)));
    WP_ASSIGN_OR_RETURN(store::GoalRecord stored, tx.profiles().GetGoal(goal));
    return BuildGoalView(tx, std::move(stored));
  });
}

// ------------------------------------------------------------------ work training

core::Result<std::vector<store::WorksampleRecord>> ProfileService::ListWorksamples(
    const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayReadProfileCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "werksample", "");
  }
  return m.db.Read([&](store::Tx& tx) { return tx.profiles().ListWorksamples(); });
}

core::Result<store::WorksampleRecord> ProfileService::CreateWorksample(const RequestContext& ctx,
                                                                       const WorksampleInput& in) {
  Impl& m = *impl_;
  if (!MayManageWorksamples(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "werksample", "");
  }
  WP_RETURN_IF_ERROR(CheckWorksample(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::WorksampleRecord> {
    store::WorksampleRecord w;
    w.name = internal::Trim(in.name);
    w.kind = in.kind;
    w.employer_material = in.employer_material;
    w.description = in.description;
    w.active = in.active;
    w.updated_by = ctx.actor.user_id;
    w.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t id, tx.profiles().InsertWorksample(w));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "werksample", IdText(id), {}));
    return tx.profiles().GetWorksample(id);
  });
}

core::Result<store::WorksampleRecord> ProfileService::UpdateWorksample(const RequestContext& ctx,
                                                                       std::int64_t id,
                                                                       const WorksampleInput& in) {
  Impl& m = *impl_;
  if (!MayManageWorksamples(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "werksample", IdText(id));
  }
  WP_RETURN_IF_ERROR(CheckWorksample(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::WorksampleRecord> {
    WP_ASSIGN_OR_RETURN(store::WorksampleRecord w, tx.profiles().GetWorksample(id));
    w.name = internal::Trim(in.name);
    w.kind = in.kind;
    w.employer_material = in.employer_material;
    w.description = in.description;
    w.active = in.active;
    w.updated_by = ctx.actor.user_id;
    w.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.profiles().UpdateWorksample(w, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "werksample", IdText(id), {}));
    return tx.profiles().GetWorksample(id);
  });
}

core::Result<TrainingView> ProfileService::Training(const RequestContext& ctx, core::TrajectId id) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t, Checked(m.db, ctx, id, ProfileAction::kRead,
                                                         audit::Action::kRead, "werktraining"));
  WP_ASSIGN_OR_RETURN(TrainingView v, m.db.Read([&](store::Tx& tx) -> core::Result<TrainingView> {
    TrainingView out;
    out.trajectory_id = id;
    WP_ASSIGN_OR_RETURN(out.sessions, tx.profiles().ListSessions(id));
    WP_ASSIGN_OR_RETURN(out.reports, tx.profiles().ListReports(id));
    std::set<std::int64_t> used;
    for (const auto& s : out.sessions) {
      if (s.worksample_id) used.insert(*s.worksample_id);
    }
    for (std::int64_t w : used) {
      WP_ASSIGN_OR_RETURN(auto rec, tx.profiles().GetWorksample(w));
      out.worksamples.push_back(std::move(rec));
    }
    return out;
  }));
  WP_RETURN_IF_ERROR(
      AuditRead(m.db, ctx, "werktraining", IdText(id.value), t.trajectory.revalidant_id));
  return v;
}

namespace {

core::Status CheckSessionInput(const SessionInput& in) {
  internal::FieldChecker c;
  if (in.kind != "werksample" && in.kind != "werkplek") {
    c.Add("kind", "invalid_value", "werksample or werkplek");
  }
  if (!in.date.ok()) c.Add("date", "required", "is required");
  if (in.kind == "werksample" && in.worksample_id <= 0) {
    c.Add("worksample_id", "required", "a worksample session names its worksample");
  }
  if (in.duration_minutes < 1 || in.duration_minutes > 1440) {
    c.Add("duration_minutes", "out_of_range", "1 to 1440 minutes");
  }
  if (in.disciplines.empty()) c.Add("disciplines", "required", "at least one discipline");
  c.MaxLen("observations", in.observations, kMaxLongText);
  return c.Done("the training session has invalid fields");
}

// The references of a session: known disciplines, an active worksample (a correction may keep the
// worksample it already had even when it was deactivated since), goals of this trajectory.
core::Status CheckSessionReferences(store::Tx& tx, core::TrajectId id, const SessionInput& in,
                                    std::optional<std::int64_t> kept_worksample) {
  internal::FieldChecker c;
  for (std::size_t i = 0; i < in.disciplines.size(); ++i) {
    WP_ASSIGN_OR_RETURN(bool known, IsKnownDiscipline(tx, in.disciplines[i]));
    if (!known) {
      c.Add(fmt::format("disciplines[{}]", i), "unknown_discipline", "is not a discipline");
    }
  }
  if (in.worksample_id > 0 && kept_worksample != in.worksample_id) {
    auto w = tx.profiles().GetWorksample(in.worksample_id);
    if (!w.ok() || !w->active) {
      c.Add("worksample_id", "unknown_worksample", "is not an active worksample");
    }
  }
  WP_ASSIGN_OR_RETURN(auto goals, tx.profiles().ListGoals(id));
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < in.goal_ids.size(); ++i) {
    const bool ours = std::any_of(goals.begin(), goals.end(), [&](const store::GoalRecord& g) {
      return g.id == in.goal_ids[i];
    });
    if (!ours)
      c.Add(fmt::format("goal_ids[{}]", i), "unknown_goal", "not a goal of this trajectory");
    if (!seen.insert(in.goal_ids[i]).second) {
      c.Add(fmt::format("goal_ids[{}]", i), "duplicate", "goal given twice");
    }
  }
  return c.Done("the training session has invalid fields");
}

void ApplySessionInput(const SessionInput& in, store::TrainingSessionRecord& s) {
  s.kind = in.kind;
  s.date = in.date;
  s.worksample_id.reset();
  if (in.worksample_id > 0) s.worksample_id = in.worksample_id;
  s.duration_minutes = in.duration_minutes;
  s.disciplines = in.disciplines;
  s.observations = in.observations;
  s.goal_ids = in.goal_ids;
}

core::Status CheckReportInput(const ReportInput& in) {
  internal::FieldChecker c;
  if (!in.date.ok()) c.Add("date", "required", "is required");
  if (!in.period_from.ok()) c.Add("period_from", "required", "is required");
  if (!in.period_to.ok()) c.Add("period_to", "required", "is required");
  if (in.period_from.ok() && in.period_to.ok() &&
      std::chrono::sys_days(in.period_to) < std::chrono::sys_days(in.period_from)) {
    c.Add("period_to", "before_start", "the period ends before it starts");
  }
  c.Required("text", internal::Trim(in.text));
  c.MaxLen("text", in.text, kMaxLongText);
  return c.Done("the training report has invalid fields");
}

}  // namespace

core::Result<store::TrainingSessionRecord> ProfileService::AddSession(const RequestContext& ctx,
                                                                      core::TrajectId id,
                                                                      const SessionInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRecordTraining, audit::Action::kCreate,
                              "werktraining"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  WP_RETURN_IF_ERROR(CheckSessionInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::TrainingSessionRecord> {
    WP_RETURN_IF_ERROR(CheckSessionReferences(tx, id, in, std::nullopt));
    store::TrainingSessionRecord s;
    s.trajectory_id = id;
    ApplySessionInput(in, s);
    s.created_by = s.updated_by = ctx.actor.user_id;
    s.created_at = s.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t sid, tx.profiles().InsertSession(s));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "werktraining", IdText(id.value),
                                  t.trajectory.revalidant_id,
                                  fmt::format("session={} kind={}", sid, in.kind)));
    return tx.profiles().GetSession(sid);
  });
}

core::Result<store::TrainingSessionRecord> ProfileService::UpdateSession(const RequestContext& ctx,
                                                                         std::int64_t session,
                                                                         const SessionInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrainingSessionRecord found,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetSession(session); }));
  const core::TrajectId id = found.trajectory_id;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRecordTraining, audit::Action::kUpdate,
                              "werktraining"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  WP_RETURN_IF_ERROR(CheckSessionInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::TrainingSessionRecord> {
    WP_ASSIGN_OR_RETURN(store::TrainingSessionRecord s, tx.profiles().GetSession(session));
    if (s.version != in.version) {
      return core::Error::Conflict("the training session was changed by someone else");
    }
    WP_RETURN_IF_ERROR(CheckSessionReferences(tx, id, in, s.worksample_id));
    ApplySessionInput(in, s);
    s.updated_by = ctx.actor.user_id;
    s.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(s.version, tx.profiles().UpdateSession(s, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "werktraining", IdText(id.value),
                                  t.trajectory.revalidant_id,
                                  fmt::format("session={} version={}", session, s.version)));
    return tx.profiles().GetSession(session);
  });
}

core::Result<store::TrainingReportRecord> ProfileService::AddReport(const RequestContext& ctx,
                                                                    core::TrajectId id,
                                                                    const ReportInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRecordTraining, audit::Action::kCreate,
                              "werktraining"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  WP_RETURN_IF_ERROR(CheckReportInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::TrainingReportRecord> {
    store::TrainingReportRecord r;
    r.trajectory_id = id;
    r.date = in.date;
    r.period_from = in.period_from;
    r.period_to = in.period_to;
    r.text = in.text;
    r.created_by = r.updated_by = ctx.actor.user_id;
    r.created_at = r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t rid, tx.profiles().InsertReport(r));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "werktraining", IdText(id.value),
                                  t.trajectory.revalidant_id, fmt::format("report={}", rid)));
    r.id = rid;
    return r;
  });
}

core::Result<store::TrainingReportRecord> ProfileService::UpdateReport(const RequestContext& ctx,
                                                                       std::int64_t report,
                                                                       const ReportInput& in) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(store::TrainingReportRecord found,
                      m.db.Read([&](store::Tx& tx) { return tx.profiles().GetReport(report); }));
  const core::TrajectId id = found.trajectory_id;
  WP_ASSIGN_OR_RETURN(store::TrajectoryRecord t,
                      Checked(m.db, ctx, id, ProfileAction::kRecordTraining, audit::Action::kUpdate,
                              "werktraining"));
  WP_RETURN_IF_ERROR(OpenTrajectory(t));
  WP_RETURN_IF_ERROR(CheckReportInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::TrainingReportRecord> {
    WP_ASSIGN_OR_RETURN(store::TrainingReportRecord r, tx.profiles().GetReport(report));
    if (r.version != in.version) {
      return core::Error::Conflict("the training report was changed by someone else");
    }
    r.date = in.date;
    r.period_from = in.period_from;
    r.period_to = in.period_to;
    r.text = in.text;
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(r.version, tx.profiles().UpdateReport(r, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "werktraining", IdText(id.value),
                                  t.trajectory.revalidant_id,
                                  fmt::format("report={} version={}", report, r.version)));
    return r;
  });
}

// ------------------------------------------------------------------ function catalogues

core::Result<std::vector<store::CatalogueRecord>> ProfileService::ListCatalogues(
    const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!MayReadProfileCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "functiecatalogus", "");
  }
  return m.db.Read([&](store::Tx& tx) { return tx.profiles().ListCatalogues(); });
}

core::Result<store::CatalogueRecord> ProfileService::CreateCatalogue(const RequestContext& ctx,
                                                                     const CatalogueInput& in) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "functiecatalogus", "");
  }
  WP_RETURN_IF_ERROR(CheckCatalogueInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::CatalogueRecord> {
    store::CatalogueRecord r;
    r.name = internal::Trim(in.name);
    r.kind = in.kind;
    r.employer = in.kind == "werkgever" ? internal::Trim(in.employer) : std::string();
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_ASSIGN_OR_RETURN(std::int64_t id, tx.profiles().InsertCatalogue(r));
    WP_RETURN_IF_ERROR(
        AuditWrite(tx, ctx, audit::Action::kCreate, "functiecatalogus", IdText(id), {}));
    return tx.profiles().GetCatalogue(id);
  });
}

core::Result<store::CatalogueRecord> ProfileService::UpdateCatalogue(const RequestContext& ctx,
                                                                     std::int64_t id,
                                                                     const CatalogueInput& in) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "functiecatalogus", IdText(id));
  }
  WP_RETURN_IF_ERROR(CheckCatalogueInput(in));
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::CatalogueRecord> {
    WP_ASSIGN_OR_RETURN(store::CatalogueRecord r, tx.profiles().GetCatalogue(id));
    r.name = internal::Trim(in.name);
    r.kind = in.kind;
    r.employer = in.kind == "werkgever" ? internal::Trim(in.employer) : std::string();
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.profiles().UpdateCatalogue(r, in.version));
    WP_RETURN_IF_ERROR(
        AuditWrite(tx, ctx, audit::Action::kUpdate, "functiecatalogus", IdText(id), {}));
    return tx.profiles().GetCatalogue(id);
  });
}

core::Status ProfileService::DeleteCatalogue(const RequestContext& ctx, std::int64_t id,
                                             std::int64_t version) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kDelete, "functiecatalogus", IdText(id));
  }
  return m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.profiles().DeleteCatalogue(id, version));
    return AuditWrite(tx, ctx, audit::Action::kDelete, "functiecatalogus", IdText(id), {});
  });
}

core::Result<std::vector<FunctionView>> ProfileService::ListFunctions(const RequestContext& ctx,
                                                                      std::int64_t catalogue) {
  Impl& m = *impl_;
  if (!MayReadProfileCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "functiecatalogus", IdText(catalogue));
  }
  return m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<FunctionView>> {
    WP_RETURN_IF_ERROR(tx.profiles().GetCatalogue(catalogue));
    WP_ASSIGN_OR_RETURN(auto list, tx.profiles().ListFunctions(catalogue));
    std::vector<FunctionView> out;
    for (auto& r : list) {
      FunctionView v;
      WP_ASSIGN_OR_RETURN(v.profile, StoredFunction(r.profile_json));
      v.record = std::move(r);
      out.push_back(std::move(v));
    }
    return out;
  });
}

core::Result<FunctionView> ProfileService::GetFunction(const RequestContext& ctx, std::int64_t id) {
  Impl& m = *impl_;
  if (!MayReadProfileCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "functie", IdText(id));
  }
  return m.db.Read([&](store::Tx& tx) -> core::Result<FunctionView> {
    FunctionView v;
    WP_ASSIGN_OR_RETURN(v.record, tx.profiles().GetFunction(id));
    WP_ASSIGN_OR_RETURN(v.profile, StoredFunction(v.record.profile_json));
    return v;
  });
}

namespace {

// A function code for a profile without one: "F-<n>" with the first free number.
std::string FreeCode(const std::set<std::string>& taken) {
  for (std::size_t n = taken.size() + 1;; ++n) {
    std::string code = fmt::format("F-{:04}", n);
    if (taken.count(code) == 0) return code;
  }
}

core::Result<std::set<std::string>> CodesOf(store::Tx& tx, std::int64_t catalogue) {
  WP_ASSIGN_OR_RETURN(auto list, tx.profiles().ListFunctions(catalogue));
  std::set<std::string> out;
  for (const auto& f : list) out.insert(f.code);
  return out;
}

}  // namespace

core::Result<FunctionView> ProfileService::CreateFunction(const RequestContext& ctx,
                                                          std::int64_t catalogue,
                                                          const FunctionInput& in) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "functie", "");
  }
  WP_ASSIGN_OR_RETURN(prof::FunctionProfile p, ParseFunctionInput(in.profile));
  return m.db.Write([&](store::Tx& tx) -> core::Result<FunctionView> {
    WP_RETURN_IF_ERROR(tx.profiles().GetCatalogue(catalogue));
    if (p.code.empty()) {
      WP_ASSIGN_OR_RETURN(auto taken, CodesOf(tx, catalogue));
      p.code = FreeCode(taken);
    }
    WP_ASSIGN_OR_RETURN(store::FunctionRecord r, FunctionRecordFrom(p));
    r.catalogue_id = catalogue;
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    auto id = tx.profiles().InsertFunction(r);
    if (!id.ok() && id.error().code == core::ErrorCode::kConflict) {
      return core::Error{core::ErrorCode::kConflict,
                         "the catalogue has a function with this code",
                         {{"profile.code", "taken", "deze code bestaat al in de catalogus"}}};
    }
    if (!id.ok()) return std::move(id).error();
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "functie", IdText(*id), {},
                                  fmt::format("catalogue={}", catalogue)));
    FunctionView v;
    WP_ASSIGN_OR_RETURN(v.record, tx.profiles().GetFunction(*id));
    v.profile = std::move(p);
    return v;
  });
}

core::Result<FunctionView> ProfileService::UpdateFunction(const RequestContext& ctx,
                                                          std::int64_t id,
                                                          const FunctionInput& in) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "functie", IdText(id));
  }
  WP_ASSIGN_OR_RETURN(prof::FunctionProfile p, ParseFunctionInput(in.profile));
  return m.db.Write([&](store::Tx& tx) -> core::Result<FunctionView> {
    WP_ASSIGN_OR_RETURN(store::FunctionRecord cur, tx.profiles().GetFunction(id));
    if (p.code.empty()) p.code = cur.code;
    WP_ASSIGN_OR_RETURN(store::FunctionRecord r, FunctionRecordFrom(p));
    r.id = id;
    r.catalogue_id = cur.catalogue_id;
    r.updated_by = ctx.actor.user_id;
    r.updated_at = ctx.now;
    WP_RETURN_IF_ERROR(tx.profiles().UpdateFunction(r, in.version));
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kUpdate, "functie", IdText(id), {}));
    FunctionView v;
    WP_ASSIGN_OR_RETURN(v.record, tx.profiles().GetFunction(id));
    v.profile = std::move(p);
    return v;
  });
}

core::Status ProfileService::DeleteFunction(const RequestContext& ctx, std::int64_t id,
                                            std::int64_t version) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kDelete, "functie", IdText(id));
  }
  return m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.profiles().DeleteFunction(id, version));
    return AuditWrite(tx, ctx, audit::Action::kDelete, "functie", IdText(id), {});
  });
}

core::Result<ImportResultView> ProfileService::ImportFunctions(const RequestContext& ctx,
                                                               std::int64_t catalogue,
                                                               const ImportInput& in) {
  Impl& m = *impl_;
  if (!MayManageFunctionCatalogues(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, "functie", "");
  }
  if (internal::Trim(in.csv).empty()) {
    return core::Error::Invalid("the CSV file is empty",
                                {{"csv", "required", "het CSV-bestand is leeg"}});
  }
  pc::FunctionCsvImport parsed = pc::ParseFunctionCsv(Cat(), in.csv);
  auto write = [&](store::Tx& tx) -> core::Result<ImportResultView> {
    WP_RETURN_IF_ERROR(tx.profiles().GetCatalogue(catalogue));
    std::vector<core::FieldError> errors;
    for (const auto& e : parsed.errors) {
      std::string path = fmt::format("regel {}", e.line);
      if (!e.column.empty()) path += "." + e.column;
      errors.push_back({std::move(path), e.code, e.message});
    }
    // Codes: unique within the file (the codec reports duplicates) and, unless replacing, not
    // yet in the catalogue.
    std::set<std::string> taken;
    if (!in.replace) {
      WP_ASSIGN_OR_RETURN(taken, CodesOf(tx, catalogue));
    }
    std::set<std::string> in_file;
    for (std::size_t i = 0; i < parsed.functions.size(); ++i) {
      const std::string& code = parsed.functions[i].code;
      if (code.empty()) continue;
      const std::size_t line = i < parsed.lines.size() ? parsed.lines[i] : 0;
      in_file.insert(code);
      if (taken.count(code)) {
        errors.push_back(
            {fmt::format("regel {}.code", line), "taken",
             fmt::format("regel {}, kolom code: '{}' bestaat al in de catalogus", line, code)});
      }
    }
    if (!errors.empty()) {
      std::stable_sort(errors.begin(), errors.end(),
                       [](const core::FieldError& a, const core::FieldError& b) {
                         auto line = [](const std::string& p) {
                           return std::strtoll(p.c_str() + 6, nullptr, 10);
                         };
                         return line(a.path) < line(b.path);
                       });
      // The message first: the vector is moved into the error's parameter, and the order in
      // which a call's arguments are evaluated is unspecified.
      std::string message =
          fmt::format("het CSV-bestand bevat {} fout(en); er is niets geïmporteerd", errors.size());
      return core::Error::Invalid(std::move(message), std::move(errors));
    }
    ImportResultView v;
    v.rows = parsed.rows;
    v.valid = parsed.functions.size();
    v.dry_run = in.dry_run;
    if (in.dry_run) {
      for (std::size_t i = 0; i < parsed.functions.size() && i < 20; ++i) {
        v.preview.push_back(parsed.functions[i]);
      }
      return v;
    }
    if (in.replace) {
      WP_ASSIGN_OR_RETURN(auto existing, tx.profiles().ListFunctions(catalogue));
      for (const auto& f : existing) {
        WP_RETURN_IF_ERROR(tx.profiles().DeleteFunction(f.id, f.version));
      }
    }
    std::set<std::string> used = in_file;
    for (auto& p : parsed.functions) {
      if (p.code.empty()) {
        p.code = FreeCode(used);
        used.insert(p.code);
      }
      WP_ASSIGN_OR_RETURN(store::FunctionRecord r, FunctionRecordFrom(p));
      r.catalogue_id = catalogue;
      r.updated_by = ctx.actor.user_id;
      r.updated_at = ctx.now;
      WP_RETURN_IF_ERROR(tx.profiles().InsertFunction(r));
      ++v.imported;
    }
    WP_RETURN_IF_ERROR(AuditWrite(tx, ctx, audit::Action::kCreate, "functie", "", {},
                                  fmt::format("import catalogue={} rows={} replace={}", catalogue,
                                              v.imported, in.replace ? 1 : 0)));
    return v;
  };
  if (in.dry_run) return m.db.Read(write);
  return m.db.Write(write);
}

core::Result<RankingView> ProfileService::Rank(const RequestContext& ctx, core::TrajectId id,
                                               const RankingQuery& q) {
  Impl& m = *impl_;
  WP_ASSIGN_OR_RETURN(
      store::TrajectoryRecord t,
      Checked(m.db, ctx, id, ProfileAction::kRank, audit::Action::kRead, "profiel_alternatieven"));
  if (q.top < 1 || q.top > 200) {
    return core::Error::Invalid("the ranking has invalid parameters",
                                {{"top", "out_of_range", "1 to 200"}});
  }
  WP_ASSIGN_OR_RETURN(RankingView v, m.db.Read([&](store::Tx& tx) -> core::Result<RankingView> {
    WP_ASSIGN_OR_RETURN(CapacityChoice choice, ChooseCapacity(tx, id, q.round_id, q.capacity_id));
    WP_ASSIGN_OR_RETURN(prof::DisciplineAssignment assignment, LoadAssignment(tx));
    std::vector<store::CatalogueRecord> catalogues;
    if (q.catalogue_id > 0) {
      WP_ASSIGN_OR_RETURN(auto c, tx.profiles().GetCatalogue(q.catalogue_id));
      catalogues.push_back(std::move(c));
    } else {
      WP_ASSIGN_OR_RETURN(catalogues, tx.profiles().ListCatalogues());
    }
    // Reading and parsing every function costs far more than ranking them (docs/performance.md):
    // build the columns once per state of the catalogues (Impl::BuiltCatalogues).
    std::vector<std::array<std::int64_t, 3>> key;
    for (const auto& c : catalogues) key.push_back({c.id, c.version, c.function_revision});
    std::shared_ptr<const Impl::BuiltCatalogues> b = m.FindBuilt(key);
    if (!b) {
      auto fresh = std::make_shared<Impl::BuiltCatalogues>(
          Impl::BuiltCatalogues{key, prof::FunctionCatalogue(Cat()), {}});
      for (const auto& c : catalogues) {
        WP_ASSIGN_OR_RETURN(auto list, tx.profiles().ListFunctions(c.id));
        fresh->fc.Reserve(fresh->fc.size() + list.size());
        for (auto& f : list) {
          WP_ASSIGN_OR_RETURN(prof::FunctionProfile p, StoredFunction(f.profile_json));
          WP_RETURN_IF_ERROR(fresh->fc.Add(p));
          f.profile_json.clear();
          fresh->records.emplace_back(std::move(f), c.name);
        }
      }
      b = fresh;
      m.KeepBuilt(std::move(fresh));
    }
    RankingView out;
    out.trajectory_id = id;
    out.against = choice.against;
    out.source_id = choice.id;
    out.functions = b->fc.size();
    auto ranked =
        prof::RankFunctions(b->fc, choice.profile, static_cast<std::size_t>(q.top), assignment);
    for (auto& r : ranked) {
      RankedFunctionView rv;
      rv.function = b->records.at(r.index).first;
      rv.catalogue_name = b->records.at(r.index).second;
      rv.rank = std::move(r);
      out.top.push_back(std::move(rv));
    }
    return out;
  }));
  WP_RETURN_IF_ERROR(
      AuditRead(m.db, ctx, "profiel_alternatieven", IdText(id.value), t.trajectory.revalidant_id,
                fmt::format("{}={} functions={}", v.against, v.source_id, v.functions)));
  return v;
}

}  // namespace werkpad::service
