#include "http/json/partners.hpp"

namespace werkpad::http::json {

namespace pt = domain::partners;
namespace agr = domain::agr;

namespace {

constexpr std::int64_t kMaxId = INT64_MAX;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::value DateOrNull(const std::optional<core::Date>& d) {
  return d ? bj::value(core::FormatDate(*d)) : bj::value(nullptr);
}

std::vector<std::string_view> PhaseCodes() {
  std::vector<std::string_view> out;
  for (agr::Step s : pt::Phases()) out.push_back(agr::ToCode(s));
  return out;
}

void ReadEndpoint(codec::ObjectReader& r, std::vector<core::FieldError>& errors,
                  std::string_view key, pt::Endpoint& out) {
  const bj::value* v = r.Object(key, Need::kRequired);
  if (v == nullptr) return;
  codec::ObjectReader er(*v, std::string(key), errors);
  out.partner_id = er.Int("partner_id", Need::kOptional, 1, kMaxId).value_or(0);
  out.party = er.String("party", Need::kOptional, 40).value_or("");
  er.Finish();
}

bj::object EndpointJson(std::int64_t partner_id, const std::string& party) {
  bj::object o;
  o["partner_id"] = partner_id > 0 ? bj::value(partner_id) : bj::value(nullptr);
  o["party"] = StringOrNull(party);
  return o;
}

}  // namespace

core::Result<service::PartnerInput> ParsePartner(const bj::value& body, bool with_version) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::PartnerInput in;
  in.kind = r.String("kind", Need::kRequired, 40).value_or("");
  in.label = r.String("label", Need::kOptional, 200).value_or("");
  in.name = r.String("name", Need::kOptional, 400).value_or("");
  in.organisation = r.String("organisation", Need::kOptional, 400).value_or("");
  in.phone = r.String("phone", Need::kOptional, 80).value_or("");
  in.email = r.String("email", Need::kOptional, 400).value_or("");
  in.note = r.String("note", Need::kOptional, 4000).value_or("");
  if (const bj::array* roles = r.Array("roles", Need::kOptional, 12)) {
    for (std::size_t i = 0; i < roles->size(); ++i) {
      const std::string path = "roles[" + std::to_string(i) + "]";
      codec::ObjectReader rr((*roles)[i], path, errors);
      auto phase = rr.Enum("phase", Need::kRequired, PhaseCodes());
      auto role =
          rr.Enum("role", Need::kRequired, {"background", "active", "recommended", "not_involved"});
      rr.Finish();
      if (phase && role) in.roles.push_back({*agr::ParseStep(*phase), *pt::ParseRole(*role)});
    }
  }
  if (with_version) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "network partner"));
  return in;
}

core::Result<service::PartnerEndInput> ParsePartnerEnd(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::PartnerEndInput in;
  in.ended_on = r.Date("ended_on", Need::kOptional);
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "end of a network partner"));
  return in;
}

core::Result<service::MomentInputView> ParseMoment(const bj::value& body, bool with_version) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::MomentInputView in;
  ReadEndpoint(r, errors, "from", in.moment.from);
  ReadEndpoint(r, errors, "to", in.moment.to);
  if (auto phase = r.Enum("phase", Need::kRequired, PhaseCodes())) {
    in.moment.phase = *agr::ParseStep(*phase);
  }
  in.moment.planned_on = r.Date("planned_on", Need::kOptional);
  in.moment.done_on = r.Date("done_on", Need::kOptional);
  in.moment.note = r.String("note", Need::kOptional, 4000).value_or("");
  if (with_version) in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "handover moment"));
  return in;
}

core::Result<service::HandoverInput> ParseHandover(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::HandoverInput in;
  in.held_on = r.Date("held_on", Need::kRequired);
  if (const bj::array* list = r.Array("attendees", Need::kRequired, 40)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      codec::ObjectReader ar((*list)[i], "attendees[" + std::to_string(i) + "]", errors);
      service::AttendeeInput a;
      a.name = ar.String("name", Need::kRequired, 400).value_or("");
      a.role = ar.String("role", Need::kOptional, 200).value_or("");
      ar.Finish();
      in.attendees.push_back(std::move(a));
    }
  }
  in.warm = r.Bool("warm", Need::kRequired);
  in.visie_version = r.Int("visie_version", Need::kRequired, 1, kMaxId).value_or(0);
  in.party = r.String("party", Need::kRequired, 40).value_or("");
  in.partner_id = r.Int("partner_id", Need::kOptional, 1, kMaxId).value_or(0);
  in.note = r.String("note", Need::kOptional, 4000).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "handover"));
  return in;
}

bj::object ToJson(const service::PartnerView& v) {
  const auto& r = v.record;
  bj::object o;
  o["id"] = r.id;
  o["revalidant_id"] = r.revalidant_id.value;
  o["kind"] = r.kind;
  o["label"] = r.label;
  o["name"] = r.name;
  o["organisation"] = r.organisation;
  o["phone"] = r.phone;
  o["email"] = r.email;
  o["note"] = r.note;
  o["ended_on"] = DateOrNull(r.ended_on);
  bj::array roles;
  for (const auto& pr : v.roles) {
    roles.push_back(bj::object{{"phase", agr::ToCode(pr.phase)},
                               {"role", pt::ToCode(pr.role)},
                               {"is_default", pr.is_default}});
  }
  o["roles"] = std::move(roles);
  o["version"] = r.version;
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(r.updated_at);
  return o;
}

bj::object ToJson(const std::vector<service::PartnerView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::MomentView& v) {
  const auto& r = v.record;
  bj::object o;
  o["id"] = r.id;
  o["revalidant_id"] = r.revalidant_id.value;
  o["from"] = EndpointJson(r.from_partner_id, r.from_party);
  o["to"] = EndpointJson(r.to_partner_id, r.to_party);
  o["phase"] = r.phase;
  o["planned_on"] = DateOrNull(r.planned_on);
  o["done_on"] = DateOrNull(r.done_on);
  o["note"] = r.note;
  o["version"] = r.version;
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(r.updated_at);
  return o;
}

bj::object ToJson(const std::vector<service::MomentView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::PartnerMatrixView& v) {
  bj::object o;
  o["revalidant_id"] = v.revalidant_id.value;
  o["trajectory_id"] = v.trajectory_id ? bj::value(v.trajectory_id->value) : bj::value(nullptr);
  o["route_step"] = v.route_step ? bj::value(agr::ToCode(*v.route_step)) : bj::value(nullptr);
  o["current_phase"] =
      v.current_phase ? bj::value(agr::ToCode(*v.current_phase)) : bj::value(nullptr);
  bj::array phases;
  for (const auto& p : PhaseCodes()) phases.push_back(bj::value(p));
  o["phases"] = std::move(phases);
  bj::array rows, current;
  for (const auto& row : v.rows) {
    rows.push_back(
        bj::object{{"partner", ToJson(row.partner)},
                   {"current_role", v.current_phase ? bj::value(pt::ToCode(row.current_role))
                                                    : bj::value(nullptr)}});
    if (v.current_phase && row.current_role != pt::Role::kNotInvolved) {
      current.push_back(bj::object{{"partner_id", row.partner.record.id},
                                   {"role", pt::ToCode(row.current_role)}});
    }
  }
  o["rows"] = std::move(rows);
  o["current"] = std::move(current);
  bj::array moments;
  for (const auto& m : v.moments) moments.push_back(ToJson(m));
  o["moments"] = std::move(moments);
  return o;
}

bj::object ToJson(const service::HandoverView& v) {
  const auto& r = v.record;
  bj::object o;
  o["id"] = r.id;
  o["trajectory_id"] = r.trajectory_id.value;
  o["held_on"] = core::FormatDate(r.held_on);
  o["party"] = r.party;
  o["partner_id"] = r.partner_id > 0 ? bj::value(r.partner_id) : bj::value(nullptr);
  o["partner_name"] = v.partner_name ? bj::value(*v.partner_name) : bj::value(nullptr);
  o["warm"] = r.warm;
  o["visie_version"] = r.visie_version;
  o["visie_sha256"] = r.visie_sha256;
  bj::array attendees;
  for (const auto& a : r.attendees) {
    attendees.push_back(bj::object{{"name", a.name}, {"role", a.role}});
  }
  o["attendees"] = std::move(attendees);
  o["note"] = r.note;
  o["task_id"] = r.task_id > 0 ? bj::value(r.task_id) : bj::value(nullptr);
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(r.created_at);
  return o;
}

bj::object ToJson(const service::ClosingView& v) {
  bj::object o;
  o["trajectory_id"] = v.trajectory_id.value;
  o["step"] = agr::ToCode(v.step);
  o["trajectory_version"] = v.trajectory_version;
  bj::array handovers;
  for (const auto& h : v.handovers) handovers.push_back(ToJson(h));
  o["handovers"] = std::move(handovers);
  bj::array expected;
  for (const auto& e : v.expected) {
    expected.push_back(bj::object{
        {"party", e.expected.party},
        {"task_key", e.expected.task},
        {"required", e.expected.required},
        {"done", e.done},
        {"task_id", e.task_id ? bj::value(*e.task_id) : bj::value(nullptr)},
        {"task_done", e.task_done},
    });
  }
  o["expected"] = std::move(expected);
  bj::array tasks;
  for (const auto& t : v.open_tasks) {
    tasks.push_back(bj::object{{"id", t.id},
                               {"version", t.version},
                               {"key", t.key},
                               {"due", core::FormatDate(t.due)},
                               {"overdue", t.overdue}});
  }
  o["open_tasks"] = std::move(tasks);
  o["visie_signed_version"] =
      v.visie_signed_version ? bj::value(*v.visie_signed_version) : bj::value(nullptr);
  bj::array shared;
  for (const auto& p : v.visie_shared_with) shared.push_back(bj::value(p));
  o["visie_shared_with"] = std::move(shared);
  o["handover_allowed"] = v.handover_allowed;
  o["may_close"] = v.may_close;
  o["all_required_done"] = v.all_required_done;
  return o;
}

}  // namespace werkpad::http::json
