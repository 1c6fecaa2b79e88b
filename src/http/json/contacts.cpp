#include "http/json/contacts.hpp"

#include <charconv>

#include "domain/agr/contacts.hpp"
#include "http/json/agr.hpp"

namespace werkpad::http::json {

namespace agr = domain::agr;

namespace {

constexpr std::int64_t kMaxId = INT64_MAX;
// Byte limits of the reader; the domain counts characters (summary <= 4000 characters, which in
// UTF-8 is at most 16000 bytes).
constexpr std::size_t kSummaryBytes = 16000;
constexpr std::size_t kShortBytes = 2000;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::value RevalidantJson(const service::RevalidantRef& r) {
  return bj::object{
      {"id", r.id.value}, {"given_names", r.given_names}, {"family_name", r.family_name}};
}

bj::array MaterialsJson(const std::vector<std::string>& keys) {
  bj::array out;
  for (const auto& k : keys) {
    const agr::Material* m = agr::FindMaterial(k);
    out.push_back(bj::object{{"key", k}, {"label", m ? m->label : std::string_view(k)}});
  }
  return out;
}

agr::ContactInput ReadInput(codec::ObjectReader& r) {
  agr::ContactInput in;
  in.date = r.Date("date", Need::kOptional);
  in.party = r.String("party", Need::kOptional, 40).value_or("");
  in.channel = r.String("channel", Need::kOptional, 40).value_or("");
  in.purpose = r.String("purpose", Need::kOptional, kShortBytes).value_or("");
  if (const bj::array* list = r.Array("materials", Need::kOptional, 100)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const bj::value& v = (*list)[i];
      if (v.is_string()) {
        in.materials.emplace_back(v.get_string());
      } else {
        r.Fail("materials[" + std::to_string(i) + "]", "wrong_type", "must be a material key");
      }
    }
  }
  in.other_materials = r.String("other_materials", Need::kOptional, kShortBytes).value_or("");
  in.summary = r.String("summary", Need::kOptional, kSummaryBytes).value_or("");
  in.medical = r.Bool("medical", Need::kOptional).value_or(false);
  return in;
}

bj::object MomentJson(const service::MomentTaskView& m) {
  bj::object o;
  o["task"] = ToJson(m.task);
  o["contact_id"] = m.contact_id ? bj::value(*m.contact_id) : bj::value(nullptr);
  return o;
}

}  // namespace

core::Result<service::ContactCreate> ParseContactCreate(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::ContactCreate in;
  in.input = ReadInput(r);
  in.task_id = r.Int("task_id", Need::kOptional, 1, kMaxId);
  WP_RETURN_IF_ERROR(Finish(r, errors, "contact"));
  return in;
}

core::Result<service::ContactUpdate> ParseContactUpdate(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::ContactUpdate in;
  in.input = ReadInput(r);
  in.version = r.Int("version", Need::kRequired, 1, kMaxId).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "contact"));
  return in;
}

core::Result<std::optional<int>> ParseSignalDays(const Request& request) {
  const std::string* days = request.Query("days");
  if (days == nullptr || days->empty()) return std::optional<int>();
  int n = 0;
  auto [end, ec] = std::from_chars(days->data(), days->data() + days->size(), n);
  if (ec != std::errc() || end != days->data() + days->size()) {
    return core::Error::BadRequest("days must be an integer",
                                   {{"days", "wrong_type", "must be an integer"}});
  }
  return std::optional<int>(n);
}

bj::value ContactMomentJson(std::string_view task_key) {
  const agr::ContactMoment* m = agr::FindContactMoment(task_key);
  if (m == nullptr) return nullptr;
  bj::array purposes;
  for (auto p : m->purposes) purposes.emplace_back(p);
  std::vector<std::string> keys(m->materials.begin(), m->materials.end());
  return bj::object{{"party", agr::ToCode(m->party)},
                    {"timing", m->timing},
                    {"purposes", std::move(purposes)},
                    {"materials", MaterialsJson(keys)},
                    {"source", m->source}};
}

bj::object ToJson(const service::ContactView& v) {
  const store::ContactRecord& c = v.record;
  bj::object o;
  o["id"] = c.id;
  o["trajectory_id"] = c.trajectory_id.value;
  o["version"] = c.version;
  o["date"] = core::FormatDate(c.date);
  o["party"] = c.party;
  o["channel"] = c.channel;
  o["purpose"] = c.purpose;
  o["materials"] = MaterialsJson(c.materials);
  o["other_materials"] = c.other_materials;
  o["summary"] = v.summary_hidden ? bj::value(nullptr) : bj::value(c.summary);
  o["summary_hidden"] = v.summary_hidden;
  o["medical"] = c.medical;
  o["task_id"] = c.task_id ? bj::value(*c.task_id) : bj::value(nullptr);
  o["task_key"] = v.task_key ? bj::value(*v.task_key) : bj::value(nullptr);
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(c.created_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(c.updated_at);
  o["may_edit"] = v.may_edit;
  return o;
}

bj::object ToJson(const service::ContactSectionView& v) {
  bj::array moments;
  for (const auto& m : v.moments) moments.push_back(MomentJson(m));
  bj::array contacts;
  for (const auto& c : v.contacts) contacts.push_back(ToJson(c));
  bj::array channels;
  for (agr::Channel c : agr::AllChannels()) channels.emplace_back(agr::ToCode(c));
  bj::array materials;
  for (const auto& m : agr::MaterialCatalogue()) {
    materials.push_back(bj::object{{"key", m.key}, {"label", m.label}});
  }
  bj::object o;
  o["trajectory_id"] = v.trajectory_id.value;
  o["revalidant"] = RevalidantJson(v.revalidant);
  o["moments"] = std::move(moments);
  o["contacts"] = std::move(contacts);
  o["overdue"] = v.overdue;
  o["due_soon"] = v.due_soon;
  o["signal_days"] = v.signal_days;
  o["may_log"] = v.may_log;
  o["may_log_medical"] = v.may_log_medical;
  o["channels"] = std::move(channels);
  o["material_catalogue"] = std::move(materials);
  return o;
}

bj::object ToJson(const std::vector<service::ContactVersionView>& list) {
  bj::array items;
  for (const auto& v : list) {
    const store::ContactVersionRecord& c = v.version;
    std::vector<std::string> keys = c.materials;
    items.push_back(bj::object{
        {"version", c.version},
        {"date", core::FormatDate(c.date)},
        {"party", c.party},
        {"channel", c.channel},
        {"purpose", c.purpose},
        {"materials", MaterialsJson(keys)},
        {"other_materials", c.other_materials},
        {"summary", v.summary_hidden ? bj::value(nullptr) : bj::value(c.summary)},
        {"summary_hidden", v.summary_hidden},
        {"medical", c.medical},
        {"by", UserJson(v.by)},
        {"at", Timestamp(c.at)},
    });
  }
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::ContactSignalsView& v) {
  bj::array items;
  for (const auto& s : v.items) {
    items.push_back(bj::object{{"trajectory_id", s.trajectory_id.value},
                               {"state", s.state},
                               {"task", ToJson(s.moment.task)}});
  }
  return bj::object{{"days", v.days}, {"overdue", v.overdue}, {"items", std::move(items)}};
}

}  // namespace werkpad::http::json
