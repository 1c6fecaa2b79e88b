#include "http/json/profiles.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "codec/profiles/catalogue_json.hpp"
#include "codec/profiles/function_csv.hpp"
#include "codec/profiles/profile_json.hpp"

namespace werkpad::http::json {
namespace {

namespace prof = domain::profiles;
namespace pc = codec::profiles;

constexpr std::int64_t kMaxId = INT64_MAX;

const prof::ItemCatalogue& Cat() { return pc::BuiltinItemCatalogue(); }

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::value DateOrNull(const std::optional<core::Date>& d) {
  return d ? bj::value(core::FormatDate(*d)) : bj::value(nullptr);
}

bj::value ParseStored(const std::string& text) {
  boost::system::error_code ec;
  bj::value v = bj::parse(text, ec);
  if (ec) return nullptr;
  return v;
}

std::string LabelOf(const std::string& item) {
  const prof::ItemDefinition* d = Cat().Find(item);
  return d ? d->label : item;
}

bj::array Strings(const std::vector<std::string>& v) {
  bj::array a;
  for (const auto& s : v) a.emplace_back(s);
  return a;
}

bj::array Ids(const std::vector<std::int64_t>& v) {
  bj::array a;
  for (auto i : v) a.emplace_back(i);
  return a;
}

bj::object GapJson(const prof::MeasureGap& g) {
  return bj::object{{"measure", prof::ToCode(g.measure)},
                    {"demand", g.demand},
                    {"capacity", g.capacity ? bj::value(*g.capacity) : bj::value(nullptr)},
                    {"shortfall", g.shortfall}};
}

bj::object ItemMatchJson(const prof::ItemMatch& m) {
  bj::object o;
  o["item"] = m.item;
  o["label"] = LabelOf(m.item);
  o["status"] = prof::ToCode(m.status);
  o["verdict"] = m.verdict ? bj::value(prof::ToCode(*m.verdict)) : bj::value(nullptr);
  o["computed"] = prof::ToCode(m.computed);
  o["inconsistent"] = m.inconsistent;
  o["severity"] = m.severity;
  o["description"] = m.description;
  o["disciplines"] = Strings(m.disciplines);
  o["assessed_by"] = StringOrNull(m.assessed_by);
  bj::array gaps;
  for (const auto& g : m.gaps) gaps.push_back(GapJson(g));
  o["gaps"] = std::move(gaps);
  return o;
}

bj::array ItemMatches(const std::vector<prof::ItemMatch>& list) {
  bj::array a;
  for (const auto& m : list) a.push_back(ItemMatchJson(m));
  return a;
}

std::optional<std::int64_t> QueryInt(const Request& request, std::string_view name) {
  const std::string* v = request.Query(name);
  if (v == nullptr || v->empty()) return std::nullopt;
  std::int64_t out = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || ptr != v->data() + v->size()) return -1;
  return out;
}

core::Status QueryId(const Request& request, std::string_view name, std::int64_t& out,
                     std::vector<core::FieldError>& errors) {
  auto v = QueryInt(request, name);
  if (!v) return core::Ok();
  if (*v < 1) {
    errors.push_back({std::string(name), "wrong_type", "must be a positive integer"});
  } else {
    out = *v;
  }
  return core::Ok();
}

}  // namespace

// ------------------------------------------------------------------ parsers

core::Result<service::AssignmentInput> ParseAssignment(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::AssignmentInput in;
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  if (const bj::array* list = r.Array("overrides", Need::kRequired, 200)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      codec::ObjectReader e((*list)[i], r.Child("overrides") + "[" + std::to_string(i) + "]",
                            errors);
      std::string item = e.String("item", Need::kRequired, 64).value_or("");
      std::vector<std::string> ds;
      if (const bj::array* d = e.Array("disciplines", Need::kRequired, 20)) {
        for (std::size_t j = 0; j < d->size(); ++j) {
          if ((*d)[j].is_string()) {
            ds.emplace_back((*d)[j].as_string());
          } else {
            e.Fail("disciplines", "wrong_type", "must be discipline codes");
          }
        }
      }
      e.Finish();
      in.overrides.emplace_back(std::move(item), std::move(ds));
    }
  }
  WP_RETURN_IF_ERROR(Finish(r, errors, "assignment"));
  return in;
}

core::Result<service::DemandInput> ParseDemandInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::DemandInput in;
  if (const bj::value* p = r.Object("profile", Need::kRequired)) in.profile = *p;
  in.visit_date = r.Date("visit_date", Need::kOptional);
  in.filled_with = r.String("filled_with", Need::kOptional, 200).value_or("");
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  in.version = r.Int("version", Need::kOptional, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "form 4"));
  return in;
}

core::Result<service::RoundInput> ParseRoundInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::RoundInput in;
  in.kind = r.Enum("kind", Need::kRequired, {"eerste_indruk", "herbeoordeling", "definitief"})
                .value_or("");
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  if (update) {
    in.closed = r.Bool("closed", Need::kOptional).value_or(false);
    in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  }
  WP_RETURN_IF_ERROR(Finish(r, errors, "assessment round"));
  return in;
}

core::Result<service::AssessmentInput> ParseAssessmentInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::AssessmentInput in;
  in.status = r.Enum("status", Need::kRequired,
                     {"voldoet", "voldoet_deels", "voldoet_niet", "niet_beoordeeld"})
                  .value_or("");
  if (const bj::value* c = r.Object("capacity", Need::kOptional)) in.capacity = *c;
  in.unrestricted = r.Bool("unrestricted", Need::kOptional).value_or(false);
  in.date = r.Date("date", Need::kOptional);
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  in.version = r.Int("version", Need::kOptional, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "assessment"));
  return in;
}

core::Result<service::CapacityInput> ParseCapacityInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::CapacityInput in;
  in.source = r.Enum("source", Need::kRequired, {"bedrijfsarts", "uwv"}).value_or("");
  if (const bj::value* p = r.Object("profile", Need::kRequired)) in.profile = *p;
  in.author = r.String("author", Need::kOptional, 200).value_or("");
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "capacity profile"));
  return in;
}

core::Result<service::GoalInput> ParseGoalInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::GoalInput in;
  in.discipline = r.String("discipline", Need::kRequired, 64).value_or("");
  in.item = r.String("item", Need::kOptional, 64).value_or("");
  in.round_id = r.Int("round_id", Need::kOptional, 1, kMaxId).value_or(0);
  in.description = r.String("description", Need::kRequired, 2000).value_or("");
  if (const bj::value* t = r.Object("target", Need::kOptional)) in.target = *t;
  if (auto d = r.Date("target_date", Need::kRequired)) in.target_date = *d;
  WP_RETURN_IF_ERROR(Finish(r, errors, "goal"));
  return in;
}

core::Result<service::EvaluationInput> ParseEvaluationInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::EvaluationInput in;
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  in.status = r.Enum("status", Need::kOptional, {"actief", "behaald", "gestopt"});
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "evaluation"));
  return in;
}

core::Result<service::AdjustmentInput> ParseAdjustmentInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::AdjustmentInput in;
  in.d4_seq = r.Int("d4_seq", Need::kRequired, 1, 100000).value_or(0);
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  in.description = r.String("description", Need::kOptional, 2000);
  if (r.Has("target")) {
    const bj::value* t = r.Object("target", Need::kOptional);
    in.target = t ? *t : bj::value(nullptr);
  }
  in.target_date = r.Date("target_date", Need::kOptional);
  in.note = r.String("note", Need::kOptional, 2000).value_or("");
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "adjustment"));
  return in;
}

core::Result<service::WorksampleInput> ParseWorksampleInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::WorksampleInput in;
  in.name = r.String("name", Need::kRequired, 200).value_or("");
  in.kind =
      r.Enum("kind", Need::kRequired, {"fysiek", "cognitief", "fysiek_cognitief"}).value_or("");
  in.employer_material = r.Bool("employer_material", Need::kOptional).value_or(false);
  in.description = r.String("description", Need::kOptional, 2000).value_or("");
  in.active = r.Bool("active", Need::kOptional).value_or(true);
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "worksample"));
  return in;
}

core::Result<service::SessionInput> ParseSessionInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::SessionInput in;
  in.kind = r.Enum("kind", Need::kRequired, {"werksample", "werkplek"}).value_or("");
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  in.worksample_id = r.Int("worksample_id", Need::kOptional, 1, kMaxId).value_or(0);
  in.duration_minutes =
      static_cast<int>(r.Int("duration_minutes", Need::kRequired, 1, 1440).value_or(0));
  if (const bj::array* d = r.Array("disciplines", Need::kRequired, 20)) {
    for (const auto& v : *d) {
      if (v.is_string()) {
        in.disciplines.emplace_back(v.as_string());
      } else {
        r.Fail("disciplines", "wrong_type", "must be discipline codes");
      }
    }
  }
  in.observations = r.String("observations", Need::kOptional, 10000).value_or("");
  for (auto id : ReadIdList<struct GoalTag>(r, "goal_ids")) in.goal_ids.push_back(id.value);
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "training session"));
  return in;
}

core::Result<service::ReportInput> ParseReportInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::ReportInput in;
  if (auto d = r.Date("date", Need::kRequired)) in.date = *d;
  if (auto d = r.Date("period_from", Need::kRequired)) in.period_from = *d;
  if (auto d = r.Date("period_to", Need::kRequired)) in.period_to = *d;
  in.text = r.String("text", Need::kRequired, 10000).value_or("");
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "training report"));
  return in;
}

core::Result<service::CatalogueInput> ParseCatalogueInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::CatalogueInput in;
  in.name = r.String("name", Need::kRequired, 200).value_or("");
  in.kind = r.Enum("kind", Need::kRequired, {"instelling", "werkgever"}).value_or("");
  in.employer = r.String("employer", Need::kOptional, 200).value_or("");
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "function catalogue"));
  return in;
}

core::Result<service::FunctionInput> ParseFunctionInput(const bj::value& body, bool update) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::FunctionInput in;
  if (const bj::value* p = r.Object("profile", Need::kRequired)) in.profile = *p;
  if (update) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "function"));
  return in;
}

core::Result<service::ImportInput> ParseImportInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::ImportInput in;
  in.csv = r.String("csv", Need::kRequired, pc::kMaxCsvBytes).value_or("");
  in.dry_run = r.Bool("dry_run", Need::kOptional).value_or(false);
  in.replace = r.Bool("replace", Need::kOptional).value_or(false);
  WP_RETURN_IF_ERROR(Finish(r, errors, "import"));
  return in;
}

core::Result<service::MatchQuery> ParseMatchQuery(const Request& request) {
  std::vector<core::FieldError> errors;
  service::MatchQuery q;
  WP_RETURN_IF_ERROR(QueryId(request, "round", q.round_id, errors));
  WP_RETURN_IF_ERROR(QueryId(request, "capacity", q.capacity_id, errors));
  if (!errors.empty()) return core::Error::BadRequest("bad query parameters", std::move(errors));
  return q;
}

core::Result<service::RankingQuery> ParseRankingQuery(const Request& request) {
  std::vector<core::FieldError> errors;
  service::RankingQuery q;
  WP_RETURN_IF_ERROR(QueryId(request, "catalogue", q.catalogue_id, errors));
  WP_RETURN_IF_ERROR(QueryId(request, "round", q.round_id, errors));
  WP_RETURN_IF_ERROR(QueryId(request, "capacity", q.capacity_id, errors));
  std::int64_t top = q.top;
  WP_RETURN_IF_ERROR(QueryId(request, "top", top, errors));
  q.top = static_cast<int>(std::min<std::int64_t>(top, 100000));
  if (!errors.empty()) return core::Error::BadRequest("bad query parameters", std::move(errors));
  return q;
}

core::Result<std::int64_t> ParseRequiredVersionQuery(const Request& request) {
  auto v = QueryInt(request, "version");
  if (!v) {
    return core::Error::Invalid("version is required",
                                {{"version", "required", "give ?version= of the resource"}});
  }
  if (*v < 1) {
    return core::Error::BadRequest("version must be a positive integer",
                                   {{"version", "wrong_type", "must be a positive integer"}});
  }
  return *v;
}

// ------------------------------------------------------------------ answers

bj::object ToJson(const service::ItemCatalogueView& v) {
  bj::object o;
  o["version"] = v.version;
  o["catalogue"] = pc::ItemCatalogueToJson(*v.catalogue);
  bj::array assignment;
  for (const auto& item : v.catalogue->items) {
    auto ds = v.assignment.For(item);
    std::vector<std::string> list(ds.begin(), ds.end());
    assignment.push_back(bj::object{{"item", item.code},
                                    {"disciplines", Strings(list)},
                                    {"overridden", list != item.disciplines}});
  }
  o["assignment"] = std::move(assignment);
  return o;
}

bj::object ToJson(const service::DemandView& v) {
  const auto& r = v.record;
  bj::object o;
  o["trajectory_id"] = r.trajectory_id.value;
  o["version"] = r.version;
  o["visit_date"] = DateOrNull(r.visit_date);
  o["filled_with"] = r.filled_with;
  o["note"] = r.note;
  o["profile"] = pc::FunctionProfileToJson(Cat(), v.profile);
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(r.created_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(r.updated_at);
  o["may_edit"] = v.may_edit;
  return o;
}

bj::object ToJson(const service::DemandRevisionView& v) {
  const auto& r = v.record;
  return bj::object{{"version", r.version},
                    {"visit_date", DateOrNull(r.visit_date)},
                    {"filled_with", r.filled_with},
                    {"note", r.note},
                    {"profile", pc::FunctionProfileToJson(Cat(), v.profile)},
                    {"by", UserJson(v.by)},
                    {"at", Timestamp(r.at)}};
}

bj::object ToJson(const service::RoundView& v) {
  const auto& r = v.record;
  bj::object o;
  o["id"] = r.id;
  o["trajectory_id"] = r.trajectory_id.value;
  o["version"] = r.version;
  o["kind"] = r.kind;
  o["date"] = core::FormatDate(r.date);
  o["note"] = r.note;
  o["closed"] = r.closed;
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(r.created_at);
  o["updated_at"] = Timestamp(r.updated_at);
  o["filtered"] = v.filtered;
  o["assessable_items"] = Strings(v.assessable_items);
  bj::array list;
  for (const auto& a : v.assessments) {
    bj::value stored = ParseStored(a.record.capacity_json);
    const bj::value* cap =
        stored.is_object() ? stored.as_object().if_contains("capacity") : nullptr;
    bj::object e;
    e["item"] = a.record.item_code;
    e["label"] = LabelOf(a.record.item_code);
    e["version"] = a.record.version;
    e["discipline"] = a.record.discipline;
    e["status"] = prof::ToCode(a.assessment.status);
    e["capacity"] = cap ? *cap : bj::value(nullptr);
    e["unrestricted"] = a.assessment.unrestricted;
    e["note"] = a.record.note;
    e["date"] = core::FormatDate(a.record.assessed_on);
    e["assessor"] = UserJson(a.assessor);
    e["updated_at"] = Timestamp(a.record.updated_at);
    e["may_assess"] = a.may_assess;
    list.push_back(std::move(e));
  }
  o["assessments"] = std::move(list);
  return o;
}

bj::object ToJson(const service::CapacityView& v) {
  const auto& r = v.record;
  return bj::object{{"id", r.id},
                    {"trajectory_id", r.trajectory_id.value},
                    {"source", r.source},
                    {"instrument", r.instrument},
                    {"date", core::FormatDate(r.date)},
                    {"author", r.author},
                    {"note", r.note},
                    {"profile", pc::CapacityProfileToJson(Cat(), v.profile)},
                    {"created_by", UserJson(v.created_by)},
                    {"created_at", Timestamp(r.created_at)}};
}

bj::object ToJson(const service::MatchView& v) {
  const auto& m = v.match;
  bj::object o;
  o["trajectory_id"] = v.trajectory_id.value;
  o["against"] = v.against;
  o["source_id"] = v.source_id;
  o["date"] = DateOrNull(v.date);
  o["kind"] = v.kind;
  o["filtered"] = v.filtered;
  const auto& s = m.summary;
  o["summary"] = bj::object{{"relevant", s.relevant},
                            {"met", s.met},
                            {"partly", s.partly},
                            {"not_met", s.not_met},
                            {"not_assessed", s.not_assessed},
                            {"not_relevant", s.not_relevant},
                            {"unanswered", s.unanswered},
                            {"inconsistent", s.inconsistent}};
  o["discrepancies"] = ItemMatches(m.discrepancies);
  o["met"] = ItemMatches(m.met);
  o["not_assessed"] = ItemMatches(m.not_assessed);
  o["not_relevant"] = Strings(m.not_relevant);
  o["unanswered"] = Strings(m.unanswered);
  o["assessed_but_not_relevant"] = Strings(m.assessed_but_not_relevant);
  bj::array groups;
  for (const auto& g : m.by_discipline) {
    groups.push_back(bj::object{{"discipline", g.discipline}, {"items", Strings(g.items)}});
  }
  o["by_discipline"] = std::move(groups);
  o["previous_round_id"] =
      v.previous_round_id ? bj::value(*v.previous_round_id) : bj::value(nullptr);
  if (v.changes) {
    const auto& c = v.changes->summary;
    bj::array items;
    for (const auto& ch : v.changes->changes) {
      items.push_back(bj::object{{"item", ch.item},
                                 {"label", LabelOf(ch.item)},
                                 {"kind", prof::ToCode(ch.kind)},
                                 {"before", prof::ToCode(ch.before)},
                                 {"after", prof::ToCode(ch.after)},
                                 {"severity_before", ch.severity_before},
                                 {"severity_after", ch.severity_after},
                                 {"description", ch.description}});
    }
    o["changes"] = bj::object{{"summary", bj::object{{"closed", c.closed},
                                                     {"narrowed", c.narrowed},
                                                     {"widened", c.widened},
                                                     {"newly_assessed", c.newly_assessed},
                                                     {"no_longer_assessed", c.no_longer_assessed},
                                                     {"unchanged", c.unchanged}}},
                              {"items", std::move(items)}};
  } else {
    o["changes"] = nullptr;
  }
  return o;
}

bj::object ToJson(const service::ProgressView& v) {
  bj::array items;
  for (const auto& i : v.items) {
    bj::array demand;
    for (const auto& g : i.demand) {
      demand.push_back(bj::object{{"measure", prof::ToCode(g.measure)}, {"value", g.demand}});
    }
    bj::array points;
    for (const auto& p : i.points) {
      bj::array measures;
      for (const auto& g : p.match.gaps) measures.push_back(GapJson(g));
      points.push_back(bj::object{{"round_id", p.round_id},
                                  {"date", core::FormatDate(p.date)},
                                  {"kind", p.kind},
                                  {"status", prof::ToCode(p.match.status)},
                                  {"severity", p.match.severity},
                                  {"description", p.match.description},
                                  {"measures", std::move(measures)}});
    }
    items.push_back(bj::object{{"item", i.item},
                               {"label", LabelOf(i.item)},
                               {"demand", std::move(demand)},
                               {"points", std::move(points)}});
  }
  return bj::object{{"trajectory_id", v.trajectory_id.value},
                    {"filtered", v.filtered},
                    {"items", std::move(items)}};
}

bj::object ToJson(const service::GoalView& v) {
  const auto& g = v.record;
  bj::object o;
  o["id"] = g.id;
  o["trajectory_id"] = g.trajectory_id.value;
  o["version"] = g.version;
  o["discipline"] = g.discipline;
  o["item"] = StringOrNull(g.item_code);
  o["round_id"] = g.round_id ? bj::value(*g.round_id) : bj::value(nullptr);
  o["description"] = g.description;
  o["target"] = ParseStored(g.target_json);
  o["target_date"] = core::FormatDate(g.target_date);
  o["status"] = g.status;
  o["created_at"] = Timestamp(g.created_at);
  o["updated_at"] = Timestamp(g.updated_at);
  o["session_ids"] = Ids(v.session_ids);
  bj::array events;
  for (const auto& e : v.events) {
    const auto& r = e.record;
    events.push_back(bj::object{{"seq", r.seq},
                                {"kind", r.kind},
                                {"date", core::FormatDate(r.date)},
                                {"status", r.status},
                                {"description", r.description},
                                {"target", ParseStored(r.target_json)},
                                {"target_date", core::FormatDate(r.target_date)},
                                {"note", r.note},
                                {"d4_seq", r.d4_seq ? bj::value(*r.d4_seq) : bj::value(nullptr)},
                                {"by", UserJson(e.by)},
                                {"at", Timestamp(r.at)}});
  }
  o["events"] = std::move(events);
  return o;
}

bj::object ToJson(const store::WorksampleRecord& w) {
  return bj::object{{"id", w.id},
                    {"version", w.version},
                    {"name", w.name},
                    {"kind", w.kind},
                    {"employer_material", w.employer_material},
                    {"description", w.description},
                    {"active", w.active},
                    {"updated_at", Timestamp(w.updated_at)}};
}

bj::object ToJson(const store::TrainingSessionRecord& s) {
  return bj::object{
      {"id", s.id},
      {"trajectory_id", s.trajectory_id.value},
      {"version", s.version},
      {"kind", s.kind},
      {"date", core::FormatDate(s.date)},
      {"worksample_id", s.worksample_id ? bj::value(*s.worksample_id) : bj::value(nullptr)},
      {"duration_minutes", s.duration_minutes},
      {"disciplines", Strings(s.disciplines)},
      {"observations", s.observations},
      {"goal_ids", Ids(s.goal_ids)},
      {"created_by_id", s.created_by.value},
      {"created_at", Timestamp(s.created_at)}};
}

bj::object ToJson(const store::TrainingReportRecord& r) {
  return bj::object{{"id", r.id},
                    {"trajectory_id", r.trajectory_id.value},
                    {"version", r.version},
                    {"date", core::FormatDate(r.date)},
                    {"period_from", core::FormatDate(r.period_from)},
                    {"period_to", core::FormatDate(r.period_to)},
                    {"text", r.text},
                    {"created_by_id", r.created_by.value},
                    {"created_at", Timestamp(r.created_at)}};
}

bj::object ToJson(const service::TrainingView& v) {
  bj::array sessions, reports, samples;
  for (const auto& s : v.sessions) sessions.push_back(ToJson(s));
  for (const auto& r : v.reports) reports.push_back(ToJson(r));
  for (const auto& w : v.worksamples) samples.push_back(ToJson(w));
  return bj::object{{"trajectory_id", v.trajectory_id.value},
                    {"sessions", std::move(sessions)},
                    {"reports", std::move(reports)},
                    {"worksamples", std::move(samples)}};
}

bj::object ToJson(const store::CatalogueRecord& c) {
  return bj::object{{"id", c.id},
                    {"version", c.version},
                    {"name", c.name},
                    {"kind", c.kind},
                    {"employer", StringOrNull(c.employer)},
                    {"function_count", c.function_count},
                    {"updated_at", Timestamp(c.updated_at)}};
}

namespace {
bj::object FunctionSummary(const store::FunctionRecord& f) {
  return bj::object{
      {"id", f.id},
      {"catalogue_id", f.catalogue_id},
      {"version", f.version},
      {"code", f.code},
      {"title", f.title},
      {"organisation", f.organisation},
      {"hours_per_week", f.hours_per_week_x10
                             ? bj::value(static_cast<double>(*f.hours_per_week_x10) / 10.0)
                             : bj::value(nullptr)},
      {"wage_cents", f.wage_cents ? bj::value(*f.wage_cents) : bj::value(nullptr)},
      {"updated_at", Timestamp(f.updated_at)}};
}
}  // namespace

bj::object ToJson(const service::FunctionView& v) {
  bj::object o = FunctionSummary(v.record);
  o["profile"] = pc::FunctionProfileToJson(Cat(), v.profile);
  return o;
}

bj::object ToJson(const service::ImportResultView& v) {
  bj::array preview;
  for (const auto& p : v.preview) preview.push_back(pc::FunctionProfileToJson(Cat(), p));
  return bj::object{{"rows", v.rows},
                    {"valid", v.valid},
                    {"imported", v.imported},
                    {"dry_run", v.dry_run},
                    {"preview", std::move(preview)}};
}

bj::object ToJson(const service::RankingView& v) {
  bj::array top;
  for (const auto& r : v.top) {
    bj::object f = FunctionSummary(r.function);
    f["catalogue_name"] = r.catalogue_name;
    top.push_back(bj::object{{"function", std::move(f)},
                             {"relevant", r.rank.relevant},
                             {"met", r.rank.met},
                             {"partly", r.rank.partly},
                             {"not_met", r.rank.not_met},
                             {"not_assessed", r.rank.not_assessed},
                             {"shortfall", r.rank.shortfall},
                             {"unmet", ItemMatches(r.rank.unmet)},
                             {"not_assessed_items", ItemMatches(r.rank.not_assessed_items)}});
  }
  return bj::object{{"trajectory_id", v.trajectory_id.value},
                    {"against", v.against},
                    {"source_id", v.source_id},
                    {"functions", v.functions},
                    {"top", std::move(top)}};
}

}  // namespace werkpad::http::json
