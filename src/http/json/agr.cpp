#include "http/json/agr.hpp"

#include <boost/json/parse.hpp>

#include "codec/forms/answers_json.hpp"
#include "http/json/contacts.hpp"
#include "domain/identity/role.hpp"

namespace werkpad::http::json {
namespace {

namespace agr = domain::agr;
namespace consent = domain::consent;
namespace forms = domain::forms;
namespace indication = domain::indication;

constexpr std::int64_t kMaxId = INT64_MAX;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::value OptUserJson(const std::optional<service::UserRef>& u) {
  if (!u) return nullptr;
  return UserJson(*u);
}

bj::value RevalidantJson(const service::RevalidantRef& r) {
  return bj::object{{"id", r.id.value},
                    {"given_names", r.given_names},
                    {"family_name", r.family_name}};
}

bj::value ContactsJson(const agr::ContactPermissions& c) {
  return bj::object{{"werkgever", c.werkgever}, {"bedrijfsarts", c.bedrijfsarts}};
}

bj::value DurationJson(const std::optional<forms::Duration>& d) {
  if (!d) return nullptr;
  return bj::object{{"amount", d->amount}, {"unit", forms::ToCode(d->unit)}};
}

bj::value DateOrNull(const std::optional<core::Date>& d) {
  if (!d) return nullptr;
  return bj::value(core::FormatDate(*d));
}

// The D3 checklist as stored with the decision, with the system's suggestion (docs/api.md).
bj::value ChecklistJson(const agr::Decision& d) {
  if (!d.d3) return nullptr;
  const agr::D3Assessment& a = *d.d3;
  bj::object o;
  for (auto c : indication::AllCriteria()) {
    o[indication::ToCode(c)] = indication::ToCode(indication::AnswerOf(a.checklist, c));
  }
  o["herstel_binnen_drie_maanden"] = a.checklist.recovery_within_three_months
                                         ? bj::value(*a.checklist.recovery_within_three_months)
                                         : bj::value(nullptr);
  o["suggested_outcome"] =
      a.suggested_outcome ? bj::value(agr::ToCode(*a.suggested_outcome)) : bj::value(nullptr);
  o["suggested_reason"] =
      a.suggested_reason ? bj::value(agr::ToCode(*a.suggested_reason)) : bj::value(nullptr);
  o["differs_from_suggestion"] = agr::DiffersFromSuggestion(d);
  return o;
}

bj::value AgeJson(const std::optional<service::AgeView>& age) {
  if (!age) return nullptr;
  const indication::AgeCheck& c = age->check;
  return bj::object{{"on", core::FormatDate(age->on)},
                    {"age_years", c.age_years},
                    {"status", indication::ToCode(c.status)},
                    {"under_18", c.status == indication::AgeStatus::kUnder18},
                    {"aow_age_reached", c.status == indication::AgeStatus::kAowAgeReached},
                    {"eighteenth_birthday", core::FormatDate(c.eighteenth_birthday)},
                    {"aow_age", bj::object{{"years", c.aow_age.years},
                                           {"months", c.aow_age.months},
                                           {"fixed", c.aow_age.fixed}}},
                    {"aow_date", core::FormatDate(c.aow_date)},
                    {"source", indication::kAowSource}};
}

bj::object DecisionJson(const service::DecisionView& v, bool hide_note) {
  const agr::Decision& d = v.decision;
  bj::object o;
  o["seq"] = v.seq;
  o["kind"] = agr::ToCode(d.kind);
  o["outcome"] = agr::ToCode(d.outcome);
  o["from"] = agr::ToCode(d.from);
  o["to"] = agr::ToCode(d.to);
  o["decided_by"] = UserJson(v.decided_by);
  o["decided_at"] = Timestamp(d.decided_at);
  o["reason"] = d.reason ? bj::value(agr::ToCode(*d.reason)) : bj::value(nullptr);
  o["reason_class"] =
      d.reason ? bj::value(agr::ToCode(agr::ClassOf(*d.reason))) : bj::value(nullptr);
  o["end_reason"] = d.end_reason ? bj::value(agr::ToCode(*d.end_reason)) : bj::value(nullptr);
  o["contacts"] = d.contacts ? ContactsJson(*d.contacts) : bj::value(nullptr);
  o["checklist"] = ChecklistJson(d);
  o["folder_handed_out"] =
      d.folder_handed_out ? bj::value(*d.folder_handed_out) : bj::value(nullptr);
  o["note"] = hide_note ? std::string() : d.note;
  return o;
}

bj::value SignatureJson(const std::optional<store::StoredSignature>& s,
                        const std::optional<service::UserRef>& by) {
  if (!s) return nullptr;
  return bj::object{{"method", s->method},
                    {"signed_on", core::FormatDate(s->signed_on)},
                    {"recorded_by", by ? UserJson(*by) : bj::value(nullptr)},
                    {"recorded_at", Timestamp(s->recorded_at)}};
}

// Parses a JSON text stored by werkpad itself (answers, field history values).
bj::value StoredJson(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  bj::value v = bj::parse(*text, ec);
  if (ec) return nullptr;
  return v;
}

std::vector<std::string_view> KindCodes() {
  std::vector<std::string_view> out;
  for (auto k : consent::AllInfoKinds()) out.push_back(consent::ToCode(k));
  return out;
}

std::optional<std::int64_t> Version(codec::ObjectReader& r) {
  return r.Int("version", Need::kRequired, 1, kMaxId);
}

std::vector<store::TeamMember> ReadTeam(codec::ObjectReader& r,
                                        std::vector<core::FieldError>& errors) {
  std::vector<store::TeamMember> out;
  const bj::array* team = r.Array("team_members", Need::kOptional, 50);
  if (team == nullptr) return out;
  for (std::size_t i = 0; i < team->size(); ++i) {
    codec::ObjectReader m((*team)[i], r.Child("team_members") + "[" + std::to_string(i) + "]",
                          errors);
    store::TeamMember member;
    member.discipline = m.String("discipline", Need::kRequired, 64).value_or("");
    member.user_id = core::UserId(m.Int("user_id", Need::kRequired, 1, kMaxId).value_or(0));
    m.Finish();
    out.push_back(std::move(member));
  }
  return out;
}

}  // namespace

core::Result<service::StartTrajectoryInput> ParseStartTrajectory(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::StartTrajectoryInput in;
  if (auto d = r.Date("admission_date", Need::kRequired)) in.admission_date = *d;
  in.setting = r.Enum("setting", Need::kRequired, {"klinisch", "poliklinisch"}).value_or("");
  in.ric_user_id = core::UserId(r.Int("ric_user_id", Need::kOptional, 1, kMaxId).value_or(0));
  in.arts_user_id = core::UserId(r.Int("arts_user_id", Need::kOptional, 1, kMaxId).value_or(0));
  in.team = ReadTeam(r, errors);
  WP_RETURN_IF_ERROR(Finish(r, errors, "trajectory"));
  return in;
}

core::Result<service::DecisionRequest> ParseDecision(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::DecisionRequest in;
  if (auto kind = r.String("kind", Need::kRequired, 40)) {
    if (auto k = agr::ParseDecisionKind(*kind)) {
      in.kind = *k;
    } else {
      r.Fail("kind", "invalid_value", "not a decision kind");
    }
  }
  if (auto outcome = r.String("outcome", Need::kRequired, 40)) {
    if (auto o = agr::ParseOutcome(*outcome)) {
      in.outcome = *o;
    } else {
      r.Fail("outcome", "invalid_value", "not an outcome");
    }
  }
  if (auto reason = r.String("reason", Need::kOptional, 60)) {
    if (auto x = agr::ParseReason(*reason)) {
      in.reason = *x;
    } else {
      r.Fail("reason", "invalid_value", "not a reason code");
    }
  }
  if (auto end = r.String("end_reason", Need::kOptional, 60)) {
    if (auto x = agr::ParseEndReason(*end)) {
      in.end_reason = *x;
    } else {
      r.Fail("end_reason", "invalid_value", "not an end reason code");
    }
  }
  if (const bj::value* c = r.Object("contacts", Need::kOptional)) {
    codec::ObjectReader cr(*c, r.Child("contacts"), errors);
    agr::ContactPermissions p;
    p.werkgever = cr.Bool("werkgever", Need::kRequired).value_or(false);
    p.bedrijfsarts = cr.Bool("bedrijfsarts", Need::kRequired).value_or(false);
    cr.Finish();
    in.contacts = p;
  }
  if (const bj::value* c = r.Object("checklist", Need::kOptional)) {
    codec::ObjectReader cr(*c, r.Child("checklist"), errors);
    indication::D3Checklist checklist;
    for (auto k : indication::AllCriteria()) {
      auto answer =
          cr.Enum(indication::ToCode(k), Need::kRequired, {"onbekend", "voldoet", "voldoet_niet"});
      if (answer) {
        indication::SetAnswer(checklist, k, *indication::ParseCriterionAnswer(*answer));
      }
    }
    checklist.recovery_within_three_months =
        cr.Bool("herstel_binnen_drie_maanden", Need::kOptional);
    cr.Finish();
    in.checklist = checklist;
  }
  in.folder_handed_out = r.Bool("folder_handed_out", Need::kOptional);
  // The domain checks the note's length (field "note", too_long) with the other rules.
  in.note = r.String("note", Need::kOptional, 100000).value_or("");
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "decision"));
  return in;
}

core::Result<service::TeamChange> ParseTeamChange(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::TeamChange in;
  in.ric_user_id = core::UserId(r.Int("ric_user_id", Need::kOptional, 1, kMaxId).value_or(0));
  in.arts_user_id = core::UserId(r.Int("arts_user_id", Need::kOptional, 1, kMaxId).value_or(0));
  in.team = ReadTeam(r, errors);
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "team"));
  return in;
}

core::Result<service::SettingChangeInput> ParseSettingChange(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::SettingChangeInput in;
  in.setting = r.Enum("setting", Need::kRequired, {"klinisch", "poliklinisch"}).value_or("");
  // Length is checked by the service (too_long, 2000) so that it reports it with "required".
  in.handover_note = r.String("handover_note", Need::kOptional, 100000).value_or("");
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "setting"));
  return in;
}

core::Result<std::int64_t> ParseVersionBody(const bj::value& body, std::string_view what) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  auto v = Version(r);
  WP_RETURN_IF_ERROR(Finish(r, errors, what));
  return v.value_or(0);
}

core::Result<service::SignRequest> ParseSign(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::SignRequest in;
  if (auto m = r.Enum("method", Need::kRequired, {"portal", "paper"})) {
    in.method = *forms::ParseSignatureMethod(*m);
  }
  in.signed_on = r.Date("signed_on", Need::kOptional);
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "signature"));
  return in;
}

core::Result<ReopenInput> ParseReopen(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  ReopenInput in;
  in.reason = r.String("reason", Need::kRequired, forms::kMaxReopenReasonLength).value_or("");
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "reopen"));
  return in;
}

core::Result<SaveInput> ParseSave(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  SaveInput in;
  if (const bj::value* a = r.Object("answers", Need::kRequired)) in.answers = *a;
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "form response"));
  return in;
}

core::Result<ConsentCellInput> ParseConsentCell(const bj::value& body, bool with_granted) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  ConsentCellInput in;
  in.party = r.String("party", Need::kRequired, 40).value_or("");
  if (auto k = r.Enum("kind", Need::kRequired, KindCodes())) {
    in.kind = *consent::ParseInfoKind(*k);
  }
  if (with_granted) in.granted = r.Bool("granted", Need::kRequired).value_or(false);
  in.version = r.Int("version", Need::kRequired, 0, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "consent"));
  return in;
}

core::Result<PartyInput> ParsePartyInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  PartyInput in;
  in.party = r.String("party", Need::kRequired, 40).value_or("");
  in.version = r.Int("version", Need::kRequired, 0, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "consent"));
  return in;
}

core::Result<consent::InfoKind> ParseKindQuery(const Request& request) {
  const std::string* kind = request.Query("kind");
  if (kind == nullptr || kind->empty()) {
    return core::Error::Invalid("kind is required", {{"kind", "required", "is required"}});
  }
  auto k = consent::ParseInfoKind(*kind);
  if (!k) {
    return core::Error::Invalid("not a kind of information",
                                {{"kind", "invalid_value", "not a kind of information"}});
  }
  return *k;
}

bj::object ToJson(const service::TrajectoryView& v) {
  const store::TrajectoryRecord& r = v.record;
  const agr::Trajectory& t = r.trajectory;
  bj::object o;
  o["id"] = t.id.value;
  o["revalidant_id"] = t.revalidant_id.value;
  o["active"] = r.active;
  o["step"] = agr::ToCode(t.step);
  o["zzp"] = t.zzp;
  o["admission_date"] = core::FormatDate(t.admission_date);
  o["expected_discharge_date"] = DateOrNull(t.expected_discharge_date);
  o["expected_duration"] = DurationJson(r.expected_duration);
  o["setting"] = r.setting;
  o["ric"] = OptUserJson(v.ric);
  o["arts"] = OptUserJson(v.arts);
  bj::array team;
  for (const auto& m : v.team) {
    team.push_back(bj::object{{"discipline", m.discipline}, {"user", UserJson(m.user)}});
  }
  o["team_members"] = std::move(team);
  o["contacts"] = ContactsJson(t.contacts);
  o["started_by"] = UserJson(v.started_by);
  o["started_at"] = Timestamp(t.started_at);
  o["closed_at"] = InstantOrNull(r.closed_at);
  bj::array route;
  for (const auto& p : v.route) {
    route.push_back(bj::object{{"step", agr::ToCode(p.step)},
                               {"status", agr::ToCode(p.status)},
                               {"without_employer", p.without_employer}});
  }
  o["route"] = std::move(route);
  bj::array allowed;
  for (const auto& a : v.allowed) {
    bj::array classes;
    for (auto c : a.reason_classes) classes.push_back(bj::value(agr::ToCode(c)));
    allowed.push_back(bj::object{{"kind", agr::ToCode(a.kind)},
                                 {"outcome", agr::ToCode(a.outcome)},
                                 {"to", agr::ToCode(a.to)},
                                 {"reason_classes", std::move(classes)},
                                 {"end_reason_required", a.end_reason_required},
                                 {"contacts_required", a.contacts_required},
                                 {"requires_consent_form", a.requires_consent_form}});
  }
  o["allowed_decisions"] = std::move(allowed);
  bj::array decisions;
  for (const auto& d : v.decisions) decisions.push_back(DecisionJson(d, v.hide_notes));
  o["decisions"] = std::move(decisions);
  bj::array settings;
  for (const auto& s : v.settings) {
    settings.push_back(bj::object{{"setting", s.setting},
                                  {"handover_note", s.handover_note},
                                  {"changed_by", UserJson(s.changed_by)},
                                  {"changed_at", Timestamp(s.changed_at)}});
  }
  o["settings"] = std::move(settings);
  o["team_question_due"] =
      v.team_question_due ? bj::value(agr::ToCode(*v.team_question_due)) : bj::value(nullptr);
  o["consent_form_signed"] = v.consent_form_signed;
  o["age"] = AgeJson(v.age);
  o["folder"] = agr::ToCode(v.folder);
  o["ric_model"] = v.ric_model;
  o["version"] = r.version;
  return o;
}

bj::object ToJson(const service::TaskView& v) {
  const store::TaskRecord& t = v.task;
  bj::object o;
  o["id"] = t.id;
  o["trajectory_id"] = t.trajectory_id.value;
  o["revalidant"] = RevalidantJson(v.revalidant);
  o["key"] = t.key;
  o["occurrence"] = t.occurrence;
  o["role"] = t.role;
  o["assignee"] = OptUserJson(v.assignee);
  o["due"] = core::FormatDate(t.due);
  o["due_rule"] = t.due_rule;
  o["form"] = StringOrNull(t.form);
  o["source"] = t.source;
  o["state"] = v.state;
  o["done_at"] = InstantOrNull(t.done_at);
  o["done_by"] = OptUserJson(v.done_by);
  o["created_at"] = Timestamp(t.created_at);
  o["version"] = t.version;
  // Contact moments with werkgever/bedrijfsarts: purpose and materials (issue 6).
  o["contact_moment"] = ContactMomentJson(t.key);
  return o;
}

bj::object ToJson(const service::TeamMeetingView& v) {
  bj::array items;
  for (const auto& i : v.items) {
    bj::object o;
    o["trajectory_id"] = i.trajectory_id.value;
    o["revalidant"] = RevalidantJson(i.revalidant);
    o["step"] = agr::ToCode(i.step);
    o["question"] = agr::ToCode(i.question);
    o["parked"] = i.parked;
    o["last_decision"] =
        i.last_decision ? bj::value(DecisionJson(*i.last_decision, false)) : bj::value(nullptr);
    o["ric"] = OptUserJson(i.ric);
    items.push_back(std::move(o));
  }
  return bj::object{{"meeting_start", Timestamp(v.meeting_start)}, {"items", std::move(items)}};
}

bj::object ToJson(const service::FormDefinitionSummary& v) {
  return bj::object{{"id", v.id},
                    {"version", v.version},
                    {"title", v.title},
                    {"requires_signature", v.requires_signature},
                    {"source", v.builtin ? "builtin" : "imported"},
                    {"latest", v.latest},
                    {"created_at", InstantOrNull(v.created_at)}};
}

bj::object ToJson(const service::FormStatusView& v) {
  return bj::object{
      {"form_id", v.form_id},
      {"title", v.title},
      {"requires_signature", v.requires_signature},
      {"status", v.status},
      {"form_version", v.form_version ? bj::value(*v.form_version) : bj::value(nullptr)},
      {"updated_at", InstantOrNull(v.updated_at)},
      {"updated_by", OptUserJson(v.updated_by)}};
}

bj::object ToJson(const service::FormResponseView& v) {
  const store::FormResponseRecord& r = v.record;
  bj::object o;
  o["trajectory_id"] = r.trajectory_id.value;
  o["form_id"] = r.form_id;
  o["form_version"] = r.form_version;
  o["status"] = r.status;
  o["answers"] = codec::forms::AnswersToJson(v.answers);
  o["signature"] = SignatureJson(r.signature, v.signature_by);
  o["created_at"] = Timestamp(r.created_at);
  o["updated_at"] = Timestamp(r.updated_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["version"] = r.version;
  return o;
}

bj::object ToJson(const service::FormHistoryView& v) {
  bj::array changes;
  for (const auto& c : v.changes) {
    changes.push_back(bj::object{{"path", c.path},
                                 {"old", StoredJson(c.old_json)},
                                 {"new", StoredJson(c.new_json)},
                                 {"by", UserJson(c.by)},
                                 {"at", Timestamp(c.at)}});
  }
  bj::array events;
  for (const auto& e : v.events) {
    events.push_back(bj::object{{"type", e.type},
                                {"by", UserJson(e.by)},
                                {"at", Timestamp(e.at)},
                                {"reason", e.reason}});
  }
  return bj::object{{"changes", std::move(changes)}, {"events", std::move(events)}};
}

bj::object ToJson(const service::ConsentView& v) {
  bj::object o;
  o["revalidant_id"] = v.revalidant_id.value;
  o["version"] = v.version;
  bj::array parties;
  for (const auto& p : v.parties) parties.push_back(bj::value(p));
  o["parties"] = std::move(parties);
  bj::array kinds;
  for (auto k : consent::AllInfoKinds()) kinds.push_back(bj::value(consent::ToCode(k)));
  o["kinds"] = std::move(kinds);
  bj::array cells;
  for (const auto& c : v.cells) {
    cells.push_back(bj::object{{"party", c.cell.party},
                               {"kind", consent::ToCode(c.cell.kind)},
                               {"status", consent::ToCode(c.cell.status)},
                               {"recorded_by", OptUserJson(c.recorded_by)},
                               {"recorded_at", InstantOrNull(c.cell.recorded_at)},
                               {"signed_after", c.cell.signed_after},
                               {"effective", c.effective}});
  }
  o["cells"] = std::move(cells);
  if (v.signature) {
    const auto& s = *v.signature;
    o["signature"] = bj::object{
        {"method", s.method ? bj::value(forms::ToCode(*s.method)) : bj::value(nullptr)},
        {"signed_on", DateOrNull(s.signed_on)},
        {"recorded_by", OptUserJson(v.signature_by)},
        {"recorded_at", Timestamp(s.at)}};
  } else {
    o["signature"] = nullptr;
  }
  return o;
}

bj::object ToJson(const service::ConsentEventView& v) {
  const consent::ConsentEvent& e = v.event;
  bj::object o;
  o["seq"] = v.seq;
  o["type"] = consent::ToCode(e.type);
  o["party"] = StringOrNull(e.party);
  o["kind"] = e.kind ? bj::value(consent::ToCode(*e.kind)) : bj::value(nullptr);
  o["granted"] = e.type == consent::ConsentEventType::kCellRecorded ? bj::value(e.granted)
                                                                     : bj::value(nullptr);
  o["method"] = e.method ? bj::value(forms::ToCode(*e.method)) : bj::value(nullptr);
  o["signed_on"] = DateOrNull(e.signed_on);
  o["by"] = UserJson(v.by);
  o["at"] = Timestamp(e.at);
  return o;
}

bj::object ToJson(const consent::PolicyDecision& v) {
  return bj::object{{"allowed", v.allowed},
                    {"reason", consent::ToCode(v.reason)},
                    {"allowed_since", InstantOrNull(v.allowed_since)}};
}

}  // namespace werkpad::http::json
