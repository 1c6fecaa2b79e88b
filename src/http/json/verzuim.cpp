#include "http/json/verzuim.hpp"

#include <charconv>
#include <cmath>
#include <string_view>
#include <tuple>

#include "domain/law/benefit_law.hpp"
#include "domain/law/reintegration_means.hpp"

namespace werkpad::http::json {
namespace {

namespace pw = domain::poortwachter;

constexpr std::int64_t kMaxId = INT64_MAX;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::value OptUserJson(const std::optional<service::UserRef>& u) {
  if (!u) return nullptr;
  return UserJson(*u);
}

bj::value RevalidantJson(const service::RevalidantRef& r) {
  return bj::object{
      {"id", r.id.value}, {"given_names", r.given_names}, {"family_name", r.family_name}};
}

bj::value DateJson(const std::optional<core::Date>& d) {
  if (!d) return nullptr;
  return bj::value(core::FormatDate(*d));
}

std::vector<std::string_view> ScenarioCodes() {
  std::vector<std::string_view> out;
  for (auto s : pw::AllScenarios()) out.push_back(pw::ToCode(s));
  return out;
}

bj::object ScenarioJson(pw::Scenario s) {
  return bj::object{{"code", pw::ToCode(s)}, {"number", pw::NumberOf(s)}};
}

bj::object MilestoneJson(const pw::Milestone& m) {
  bj::object o;
  o["key"] = m.key;
  o["sequence"] = m.sequence;
  o["kind"] = pw::ToCode(m.kind);
  o["week"] = m.week;
  o["due"] = core::FormatDate(m.due);
  o["opens"] = DateJson(m.opens);
  bj::array responsible;
  for (auto p : m.responsible) responsible.push_back(bj::value(pw::ToCode(p)));
  o["responsible"] = std::move(responsible);
  o["document"] = StringOrNull(std::string(m.document));
  o["status"] = pw::ToCode(m.status);
  o["done_on"] = DateJson(m.done_on);
  o["late"] = m.late;
  return o;
}

bj::object EpisodeJson(const store::EpisodeRecord& e) {
  return bj::object{{"id", e.id},
                    {"version", e.version},
                    {"start", core::FormatDate(e.start)},
                    {"end", DateJson(e.end)},
                    {"percentage", e.percentage}};
}

bj::object PeriodJson(const service::PeriodView& p) {
  bj::object o;
  o["first_sick_day"] = core::FormatDate(p.period.first_sick_day());
  o["last_sick_day"] =
      p.period.open() ? bj::value(nullptr) : bj::value(core::FormatDate(p.period.last_sick_day()));
  o["open"] = p.period.open();
  bj::array ids;
  for (auto id : p.episode_ids) ids.push_back(id);
  o["episode_ids"] = std::move(ids);
  bj::array gaps;
  for (const auto& g : p.period.gaps) {
    gaps.push_back(
        bj::object{{"first_fit_day", core::FormatDate(g.first_fit_day)}, {"days", g.days}});
  }
  o["gaps"] = std::move(gaps);
  o["total_gap_days"] = p.period.total_gap_days();
  return o;
}

bj::object TimelineJson(const service::TimelineView& v) {
  const pw::Timeline& t = v.timeline;
  bj::object o;
  o["today"] = core::FormatDate(t.today);
  o["first_sick_day"] = core::FormatDate(t.period.first_sick_day());
  o["current_week"] = t.current_week;
  o["recovered"] = t.recovered;
  o["total_gap_days"] = t.period.total_gap_days();
  o["einde_wachttijd"] = core::FormatDate(t.einde_wachttijd);
  o["wia_ingangsdatum"] = core::FormatDate(t.wia_ingangsdatum);
  o["signal_days"] = v.signal_days;
  bj::array milestones;
  for (const auto& mv : v.milestones) {
    bj::object m = MilestoneJson(mv.milestone);
    m["document_id"] = mv.document_id > 0 ? bj::value(mv.document_id) : bj::value(nullptr);
    milestones.push_back(std::move(m));
  }
  o["milestones"] = std::move(milestones);
  return o;
}

bj::object RevisionJson(const store::DocumentRevisionRecord& r, const service::UserRef& by,
                        bool medical) {
  bj::object o;
  o["version"] = r.version;
  o["date"] = core::FormatDate(r.date);
  auto content = codec::ParseJson(r.content_json);
  o["content"] = content.ok() ? std::move(content).value() : bj::value(bj::object{});
  if (medical) {
    auto med = codec::ParseJson(r.medical_json);
    o["medisch"] = med.ok() ? std::move(med).value() : bj::value(bj::object{});
  } else {
    o["medisch"] = nullptr;
  }
  o["by"] = UserJson(by);
  o["at"] = Timestamp(r.at);
  return o;
}

bj::array RivItems(const std::vector<pw::RivItem>& items) {
  bj::array out;
  for (const auto& i : items) {
    bj::object o;
    o["kind"] = pw::ToCode(i.kind);
    o["required"] = i.required;
    o["due"] = DateJson(i.due);
    bj::array dates;
    for (auto d : i.dates) dates.push_back(bj::value(core::FormatDate(d)));
    o["dates"] = std::move(dates);
    o["status"] = pw::ToCode(i.status);
    out.push_back(std::move(o));
  }
  return out;
}

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t out = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return out;
}

}  // namespace

// --- readers ---

core::Result<service::DossierInput> ParseDossierInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::DossierInput in;
  in.employer = r.String("employer", Need::kRequired, 200).value_or("");
  in.bedrijfsarts = r.String("bedrijfsarts", Need::kOptional, 200).value_or("");
  in.casemanager_user_id =
      core::UserId(r.Int("casemanager_user_id", Need::kOptional, 1, kMaxId).value_or(0));
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "verzuimdossier"));
  return in;
}

core::Result<service::EpisodeInput> ParseEpisodeInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::EpisodeInput in;
  if (auto d = r.Date("start", Need::kRequired)) in.start = *d;
  in.end = r.Date("end", Need::kOptional);
  in.percentage = static_cast<int>(r.Int("percentage", Need::kRequired, 1, 100).value_or(100));
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "episode"));
  return in;
}

core::Result<EndEpisodeInput> ParseEndEpisode(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  EndEpisodeInput in;
  if (auto d = r.Date("end", Need::kRequired)) in.end = *d;
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "episode"));
  return in;
}

core::Result<service::DocumentInput> ParseDocumentInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::DocumentInput in;
  in.kind = r.String("kind", update ? Need::kOptional : Need::kRequired, 64).value_or("");
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  if (const bj::value* c = r.Object("content", Need::kOptional)) {
    in.content = *c;
  } else {
    in.content = bj::object{};
  }
  if (r.Has("medisch")) {
    in.medical_given = true;
    if (const bj::value* m = r.Object("medisch", Need::kOptional)) in.medical = *m;
  }
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "document"));
  return in;
}

core::Result<service::ScenarioInput> ParseScenarioInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::ScenarioInput in;
  if (auto s = r.Enum("scenario", Need::kRequired, ScenarioCodes())) {
    in.scenario = pw::ParseScenario(*s).value_or(pw::Scenario::kEigenWerkNu);
  }
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  in.reason = r.String("reason", Need::kRequired, 2000).value_or("");
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "scenario"));
  return in;
}

core::Result<service::VerzuimSettings> ParseVerzuimSettings(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::VerzuimSettings in;
  in.signal_days = static_cast<int>(r.Int("signal_days", Need::kRequired, 0, 365).value_or(14));
  WP_RETURN_IF_ERROR(Finish(r, errors, "settings"));
  return in;
}

core::Result<service::SignalQuery> ParseSignalQuery(const Request& request) {
  service::SignalQuery q;
  if (const std::string* scope = request.Query("scope"); scope != nullptr && !scope->empty()) {
    if (*scope == "mine") {
      q.mine = true;
    } else if (*scope != "all") {
      return core::Error::BadRequest("scope must be all or mine",
                                     {{"scope", "invalid_value", "all or mine"}});
    }
  }
  if (const std::string* days = request.Query("days"); days != nullptr && !days->empty()) {
    auto n = ParseInt(*days);
    if (!n) {
      return core::Error::BadRequest("days must be an integer",
                                     {{"days", "wrong_type", "must be an integer"}});
    }
    if (*n < 0 || *n > 365) {
      return core::Error::Invalid("days out of range",
                                  {{"days", "out_of_range", "must be between 0 and 365"}});
    }
    q.days = static_cast<int>(*n);
  }
  if (const std::string* status = request.Query("status"); status != nullptr && !status->empty()) {
    if (*status != "due" && *status != "overdue") {
      return core::Error::BadRequest("status must be due or overdue",
                                     {{"status", "invalid_value", "due or overdue"}});
    }
    q.status = *status;
  }
  if (const std::string* party = request.Query("party"); party != nullptr && !party->empty()) {
    bool known = false;
    for (auto p : {pw::Party::kEmployer, pw::Party::kEmployee, pw::Party::kBedrijfsarts,
                   pw::Party::kUwv, pw::Party::kArbeidsdeskundige}) {
      known = known || pw::ToCode(p) == *party;
    }
    if (!known) {
      return core::Error::BadRequest(
          "unknown party", {{"party", "invalid_value",
                             "werkgever, werknemer, bedrijfsarts, uwv or arbeidsdeskundige"}});
    }
    q.party = *party;
  }
  // Paging (issue 5): `limit` items from `offset` on, in due-date order.
  for (auto [name, target, max] :
       {std::tuple<const char*, int*, int>{"limit", &q.limit, service::kMaxSignalLimit},
        std::tuple<const char*, int*, int>{"offset", &q.offset, service::kMaxSignalOffset}}) {
    const std::string* text = request.Query(name);
    if (text == nullptr || text->empty()) continue;
    auto n = ParseInt(*text);
    if (!n) {
      return core::Error::BadRequest(std::string(name) + " must be an integer",
                                     {{name, "wrong_type", "must be an integer"}});
    }
    const int min = std::string_view(name) == "limit" ? 1 : 0;
    if (*n < min || *n > max) {
      return core::Error::Invalid(
          std::string(name) + " out of range",
          {{name, "out_of_range",
            "must be between " + std::to_string(min) + " and " + std::to_string(max)}});
    }
    *target = static_cast<int>(*n);
  }
  if (const std::string* sort = request.Query("sort"); sort != nullptr && !sort->empty()) {
    if (*sort != "due" && *sort != "revalidant") {
      return core::Error::BadRequest("sort must be due or revalidant",
                                     {{"sort", "invalid_value", "due or revalidant"}});
    }
    q.sort = *sort;
  }
  return q;
}

core::Result<std::int64_t> ParseVersionQuery(const Request& request) {
  const std::string* v = request.Query("version");
  if (v == nullptr || v->empty()) {
    return core::Error::Invalid("version is required",
                                {{"version", "required", "give ?version= of the episode"}});
  }
  auto n = ParseInt(*v);
  if (!n || *n < 1) {
    return core::Error::BadRequest("version must be a positive integer",
                                   {{"version", "wrong_type", "must be a positive integer"}});
  }
  return *n;
}

// --- answers ---

bj::object ToJson(const service::DocumentView& v) {
  const store::DocumentRecord& d = v.record;
  bj::object o;
  o["id"] = d.id;
  o["dossier_id"] = d.dossier_id;
  o["version"] = d.version;
  o["kind"] = d.kind;
  o["date"] = core::FormatDate(d.date);
  o["content"] = v.content;
  o["medisch"] = v.medical ? *v.medical : bj::value(nullptr);
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(d.created_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(d.updated_at);
  if (!v.revisions.empty()) {
    bj::array revisions;
    for (std::size_t i = 0; i < v.revisions.size(); ++i) {
      revisions.push_back(RevisionJson(v.revisions[i], v.revision_by[i], v.medical.has_value()));
    }
    o["revisions"] = std::move(revisions);
  }
  return o;
}

bj::object ToJson(const service::DossierView& v) {
  const store::DossierRecord& r = v.record;
  bj::object o;
  o["id"] = r.id;
  o["version"] = r.version;
  o["revalidant"] = RevalidantJson(v.revalidant);
  o["employer"] = r.employer;
  o["bedrijfsarts"] = r.bedrijfsarts;
  o["casemanager"] = OptUserJson(v.casemanager);
  o["internal_return_expected"] = r.internal_return_expected;
  o["next_due"] = DateJson(r.next_due);
  o["medical_visible"] = v.medical_visible;
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(r.created_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(r.updated_at);
  bj::array episodes;
  for (const auto& e : r.episodes) episodes.push_back(EpisodeJson(e));
  o["episodes"] = std::move(episodes);
  bj::array periods;
  for (const auto& p : v.periods) periods.push_back(PeriodJson(p));
  o["periods"] = std::move(periods);
  o["timeline"] = v.timeline ? bj::value(TimelineJson(*v.timeline)) : bj::value(nullptr);
  bj::array documents;
  for (const auto& d : v.documents) documents.push_back(ToJson(d));
  o["documents"] = std::move(documents);
  bj::object scenario;
  scenario["current"] =
      v.current_scenario ? bj::value(ScenarioJson(*v.current_scenario)) : bj::value(nullptr);
  bj::array history;
  for (const auto& s : v.scenarios) {
    bj::object h = ScenarioJson(s.scenario);
    h["seq"] = s.record.seq;
    h["date"] = core::FormatDate(s.record.date);
    h["reason"] = s.record.reason;
    h["by"] = UserJson(s.by);
    h["at"] = Timestamp(s.record.at);
    history.push_back(std::move(h));
  }
  scenario["history"] = std::move(history);
  o["scenario"] = std::move(scenario);
  return o;
}

bj::object ToJson(const service::RivView& v) {
  const pw::RivChecklist& c = v.checklist;
  bj::object o;
  o["dossier_id"] = v.dossier_id;
  o["week"] = c.week;
  o["complete"] = c.complete;
  o["urgency"] = pw::ToCode(c.urgency);
  bj::array missing;
  for (auto k : c.not_recorded) missing.push_back(bj::value(pw::ToCode(k)));
  o["not_recorded"] = std::move(missing);
  o["employer_part"] = RivItems(c.employer_part);
  o["medical_part"] = v.medical_visible ? bj::value(RivItems(c.medical_part)) : bj::value(nullptr);
  o["employee_part"] = RivItems(c.employee_part);
  return o;
}

bj::object ToJson(const service::SignalList& v) {
  bj::object o;
  o["today"] = core::FormatDate(v.today);
  o["days"] = v.days;
  o["limit"] = v.limit;
  o["offset"] = v.offset;
  o["truncated"] = v.truncated;
  bj::array items;
  for (const auto& i : v.items) {
    bj::object item;
    item["dossier_id"] = i.dossier_id;
    item["revalidant"] = RevalidantJson(i.revalidant);
    item["casemanager"] = OptUserJson(i.casemanager);
    item["milestone"] = MilestoneJson(i.milestone);
    item["days_left"] = i.days_left;
    items.push_back(std::move(item));
  }
  o["items"] = std::move(items);
  return o;
}

bj::object ToJson(const service::VerzuimSettings& v) {
  return bj::object{{"signal_days", v.signal_days}};
}

bj::object VerzuimCatalogue() {
  bj::object o;
  bj::array scenarios;
  for (auto s : pw::AllScenarios()) {
    bj::object so = ScenarioJson(s);
    bj::array interventions;
    for (auto i : pw::InterventionsFor(s)) interventions.push_back(bj::value(pw::ToCode(i)));
    so["interventions"] = std::move(interventions);
    scenarios.push_back(std::move(so));
  }
  o["scenarios"] = std::move(scenarios);
  bj::array interventions;
  for (auto i : pw::AllInterventions()) {
    bj::array typical;
    for (auto s : pw::TypicalScenarios(i)) typical.push_back(bj::value(pw::ToCode(s)));
    interventions.push_back(bj::object{{"code", pw::ToCode(i)},
                                       {"group", pw::ToCode(pw::GroupOf(i))},
                                       {"scenarios", std::move(typical)}});
  }
  o["interventions"] = std::move(interventions);
  bj::array kinds;
  for (const auto& k : service::DocumentKinds()) {
    bj::object ko;
    ko["code"] = k.code;
    ko["milestone"] = k.step.empty() ? bj::value(nullptr) : bj::value(k.step);
    ko["riv"] = k.riv ? bj::value(pw::ToCode(*k.riv)) : bj::value(nullptr);
    ko["riv_part"] = k.riv ? bj::value(pw::ToCode(pw::PartOf(*k.riv))) : bj::value(nullptr);
    kinds.push_back(std::move(ko));
  }
  o["document_kinds"] = std::move(kinds);
  return o;
}

// --- WIA estimate ---

namespace {

namespace wia = domain::wia;

// One amount in euros -> cents, exactly. Whole numbers are taken as they are; a fraction must
// be a whole number of cents: the double the JSON parser made of "3000.10" is the double nearest
// to 300010 / 100, which the division below reproduces (both below 2^53), while "3000.105" gives
// a double that no whole number of cents maps to.
std::optional<wia::Cents> EurosToCents(const bj::value& v, const std::string& path,
                                       std::vector<core::FieldError>& errors) {
  constexpr double kMaxEuros = static_cast<double>(wia::kMaxCents) / 100.0;
  double euros = 0;
  if (v.is_int64()) {
    euros = static_cast<double>(v.get_int64());
  } else if (v.is_uint64()) {
    euros = static_cast<double>(v.get_uint64());
  } else if (v.is_double()) {
    euros = v.get_double();
  } else {
    errors.push_back({path, "wrong_type", "must be an amount in euros (a number)"});
    return std::nullopt;
  }
  if (!std::isfinite(euros) || euros > kMaxEuros) {
    errors.push_back({path, "out_of_range", "must be at most 100000000.00"});
    return std::nullopt;
  }
  if (euros < 0) {
    errors.push_back({path, "negative", "must not be negative"});
    return std::nullopt;
  }
  auto cents = static_cast<wia::Cents>(std::llround(euros * 100.0));
  if (static_cast<double>(cents) / 100.0 != euros) {
    errors.push_back({path, "too_many_decimals", "at most two decimals (whole cents)"});
    return std::nullopt;
  }
  return cents;
}

}  // namespace

core::Result<wia::WiaInput> ParseWiaInput(const bj::value& body) {
  if (!body.is_object()) {
    return core::Error::BadRequest("body must be an object",
                                   {{"", "wrong_type", "must be an object"}});
  }
  const bj::object& obj = body.get_object();
  std::vector<core::FieldError> errors;
  wia::WiaInput in;
  for (const auto& kv : obj) {
    if (kv.key() != "maatmanloon" && kv.key() != "restverdiencapaciteit" &&
        kv.key() != "functielonen" && kv.key() != "duurzaam") {
      errors.push_back({std::string(kv.key()), "unknown_field", "is not a known field"});
    }
  }
  // Missing or null: maatmanloon and duurzaam are required; restverdiencapaciteit and
  // functielonen are "not given" (the domain checks that exactly one of them is).
  auto given = [&](std::string_view key) -> const bj::value* {
    auto it = obj.find(key);
    return it == obj.end() || it->value().is_null() ? nullptr : &it->value();
  };
  if (const bj::value* v = given("maatmanloon"); v == nullptr) {
    errors.push_back({"maatmanloon", "required", "is required"});
  } else {
    in.maatmanloon = EurosToCents(*v, "maatmanloon", errors).value_or(0);
  }
  if (const bj::value* v = given("restverdiencapaciteit"); v != nullptr) {
    in.restverdiencapaciteit = EurosToCents(*v, "restverdiencapaciteit", errors);
  }
  if (const bj::value* v = given("functielonen"); v != nullptr) {
    if (!v->is_array()) {
      errors.push_back({"functielonen", "wrong_type", "must be an array of amounts"});
    } else if (v->get_array().size() > 100) {
      errors.push_back({"functielonen", "too_many", "at most 100 functions"});
    } else {
      const bj::array& wages = v->get_array();
      for (std::size_t i = 0; i < wages.size(); ++i) {
        auto c = EurosToCents(wages[i], "functielonen[" + std::to_string(i) + "]", errors);
        if (c) in.functielonen.push_back(*c);
      }
    }
  }
  if (const bj::value* v = given("duurzaam"); v == nullptr) {
    errors.push_back({"duurzaam", "required", "is required"});
  } else if (!v->is_bool()) {
    errors.push_back({"duurzaam", "wrong_type", "must be true or false"});
  } else {
    in.duurzaam = v->get_bool();
  }
  WP_RETURN_IF_ERROR(codec::ErrorsToStatus(std::move(errors), "wia estimate"));
  return in;
}

bj::object ToJson(const wia::WiaEstimate& e) {
  auto euros = [](wia::Cents c) { return bj::value(static_cast<double>(c) / 100.0); };
  bj::array used;
  for (wia::Cents c : e.functions_used) used.push_back(euros(c));
  return bj::object{{"ao_percentage", e.ao_percentage()},
                    {"uitkomst", wia::ToCode(e.outcome)},
                    {"restverdiencapaciteit", euros(e.restverdiencapaciteit)},
                    {"gebruikte_functielonen", std::move(used)}};
}

bj::object BenefitGuidance() {
  namespace law = domain::law;
  bj::array items;
  for (law::BenefitLaw l : law::AllBenefitLaws()) {
    items.push_back(
        bj::object{{"wet", law::ToCode(l)}, {"begeleider", law::ToCode(law::GuideFor(l))}});
  }
  // The catalogue of reintegration means (src/domain/law/reintegration_means.hpp).
  bj::array means;
  for (law::ReintegrationMeans m : law::AllReintegrationMeans()) {
    const law::MeansInfo info = law::InfoFor(m);
    bj::object o;
    o["code"] = law::ToCode(m);
    o["categorie"] = law::ToCode(info.category);
    o["financier"] = info.funder ? bj::value(law::ToCode(*info.funder)) : bj::value(nullptr);
    o["max_weken"] = info.max_weeks ? bj::value(*info.max_weeks) : bj::value(nullptr);
    o["blijft_ziekgemeld"] = info.employee_stays_on_sick_leave;
    o["alleen_in_wachttijd"] = info.only_during_waiting_time;
    o["ciz_indicatie_nodig"] = info.requires_ciz_indication;
    means.push_back(std::move(o));
  }
  return bj::object{{"items", std::move(items)},
                    {"bij_letselschade", law::kLiabilityInsurerCode},
                    {"middelen", std::move(means)}};
}

}  // namespace werkpad::http::json
