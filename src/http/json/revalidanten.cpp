#include "http/json/revalidanten.hpp"

namespace werkpad::http::json {
namespace {

using domain::registry::kMaxNameLength;
using domain::registry::kMaxTextLength;
namespace registry = domain::registry;

// Text fields: absent or null mean "not given" (empty string).
std::string Text(codec::ObjectReader& r, std::string_view key, std::size_t max = kMaxTextLength) {
  return r.String(key, Need::kOptional, max).value_or("");
}

std::vector<std::string_view> EmploymentCodes() {
  std::vector<std::string_view> out;
  for (auto s : registry::AllEmploymentStatuses()) out.push_back(registry::ToCode(s));
  return out;
}

// ToJsonText: `part` as an object whose members `members` writes, or null when absent.
template <class T, class F>
void ObjectOrNull(JsonText& w, const std::optional<T>& part, F&& members) {
  if (!part) {
    w.Null();
    return;
  }
  w.BeginObject();
  members(*part);
  w.EndObject();
}

bj::value TeamJson(const std::optional<service::TeamRef>& team) {
  if (!team) return nullptr;
  return bj::object{{"id", team->id.value}, {"name", team->name}};
}

bj::value RicJson(const std::optional<service::RicRef>& ric) {
  if (!ric) return nullptr;
  return bj::object{{"id", ric->id.value}, {"display_name", ric->display_name}};
}

}  // namespace

core::Result<RevalidantInput> ParseRevalidantInput(const bj::value& body, bool with_version) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  RevalidantInput in;
  registry::RevalidantData& d = in.data;
  // Name fields are read leniently here (absent -> empty) so that the domain reports
  // "required" together with every other value problem in one answer.
  d.given_names = Text(r, "given_names", kMaxNameLength);
  d.family_name = Text(r, "family_name", kMaxNameLength);
  if (auto dob = r.Date("date_of_birth", Need::kRequired)) d.date_of_birth = *dob;
  d.bsn = r.String("bsn", Need::kOptional, 20);
  if (const bj::value* v = r.Object("contact", Need::kOptional)) {
    codec::ObjectReader c(*v, r.Child("contact"), errors);
    d.contact = {Text(c, "email"), Text(c, "phone"), Text(c, "street"), Text(c, "postal_code"),
                 Text(c, "city")};
    c.Finish();
  }
  if (const bj::value* v = r.Object("naaste", Need::kOptional)) {
    codec::ObjectReader c(*v, r.Child("naaste"), errors);
    d.naaste = registry::Naaste{Text(c, "name", kMaxNameLength), Text(c, "relation"),
                                Text(c, "phone"), Text(c, "email")};
    c.Finish();
  }
  auto status = r.Enum("employment_status", Need::kRequired, EmploymentCodes());
  if (status) d.employment_status = *registry::ParseEmploymentStatus(*status);
  if (const bj::value* v = r.Object("employer", Need::kOptional)) {
    codec::ObjectReader c(*v, r.Child("employer"), errors);
    d.employer = registry::Employer{Text(c, "organisation"), Text(c, "contact_name", kMaxNameLength),
                                    Text(c, "contact_phone"), Text(c, "contact_email"),
                                    Text(c, "address")};
    c.Finish();
  }
  d.function_title = Text(r, "function_title");
  d.hours_per_week = r.Number("hours_per_week", Need::kOptional, -1e9, 1e9);
  if (const bj::value* v = r.Object("bedrijfsarts", Need::kOptional)) {
    codec::ObjectReader c(*v, r.Child("bedrijfsarts"), errors);
    d.bedrijfsarts = registry::BedrijfsartsContact{Text(c, "name", kMaxNameLength),
                                                   Text(c, "organisation"), Text(c, "phone"),
                                                   Text(c, "email")};
    c.Finish();
  }
  d.team_id = core::TeamId(r.Int("team_id", Need::kOptional, 1, INT64_MAX).value_or(0));
  d.ric_user_id = core::UserId(r.Int("ric_user_id", Need::kOptional, 1, INT64_MAX).value_or(0));
  if (with_version) in.version = r.Int("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "revalidant"));
  return in;
}

bj::object ToJson(const service::RevalidantView& view) {
  const registry::Revalidant& rv = view.revalidant;
  const registry::RevalidantData& d = rv.data;
  bj::object out;
  out.reserve(22);
  out["id"] = rv.id.value;
  out["version"] = rv.version;
  out["given_names"] = d.given_names;
  out["family_name"] = d.family_name;
  out["date_of_birth"] = core::FormatDate(d.date_of_birth);
  out["bsn"] = d.bsn ? bj::value(*d.bsn) : bj::value(nullptr);
  out["contact"] = bj::object{{"email", d.contact.email},
                              {"phone", d.contact.phone},
                              {"street", d.contact.street},
                              {"postal_code", d.contact.postal_code},
                              {"city", d.contact.city}};
  out["naaste"] = d.naaste ? bj::value(bj::object{{"name", d.naaste->name},
                                                  {"relation", d.naaste->relation},
                                                  {"phone", d.naaste->phone},
                                                  {"email", d.naaste->email}})
                           : bj::value(nullptr);
  out["employment_status"] = registry::ToCode(d.employment_status);
  out["employer"] = d.employer ? bj::value(bj::object{{"organisation", d.employer->organisation},
                                                      {"contact_name", d.employer->contact_name},
                                                      {"contact_phone", d.employer->contact_phone},
                                                      {"contact_email", d.employer->contact_email},
                                                      {"address", d.employer->address}})
                               : bj::value(nullptr);
  out["function_title"] = d.function_title;
  out["hours_per_week"] = d.hours_per_week ? bj::value(*d.hours_per_week) : bj::value(nullptr);
  out["bedrijfsarts"] = d.bedrijfsarts
                            ? bj::value(bj::object{{"name", d.bedrijfsarts->name},
                                                   {"organisation", d.bedrijfsarts->organisation},
                                                   {"phone", d.bedrijfsarts->phone},
                                                   {"email", d.bedrijfsarts->email}})
                            : bj::value(nullptr);
  out["team_id"] = IdOrNull(d.team_id);
  out["ric_user_id"] = IdOrNull(d.ric_user_id);
  out["created_at"] = Timestamp(rv.created_at);
  out["updated_at"] = Timestamp(rv.updated_at);
  out["team"] = TeamJson(view.team);
  out["ric"] = RicJson(view.ric);
  return out;
}

std::string ToJsonText(const service::RevalidantView& view) {
  const registry::Revalidant& rv = view.revalidant;
  const registry::RevalidantData& d = rv.data;
  JsonText w(1024);  // a full record is about 950 bytes
  w.BeginObject();
  w.Key("id").Int(rv.id.value);
  w.Key("version").Int(rv.version);
  w.Key("given_names").String(d.given_names);
  w.Key("family_name").String(d.family_name);
  w.Key("date_of_birth").String(core::FormatDate(d.date_of_birth));
  w.Key("bsn");
  d.bsn ? w.String(*d.bsn) : w.Null();
  w.Key("contact").BeginObject();
  w.Key("email").String(d.contact.email);
  w.Key("phone").String(d.contact.phone);
  w.Key("street").String(d.contact.street);
  w.Key("postal_code").String(d.contact.postal_code);
  w.Key("city").String(d.contact.city);
  w.EndObject();
  w.Key("naaste");
  ObjectOrNull(w, d.naaste, [&](const registry::Naaste& n) {
    w.Key("name").String(n.name);
    w.Key("relation").String(n.relation);
    w.Key("phone").String(n.phone);
    w.Key("email").String(n.email);
  });
  w.Key("employment_status").String(registry::ToCode(d.employment_status));
  w.Key("employer");
  ObjectOrNull(w, d.employer, [&](const registry::Employer& e) {
    w.Key("organisation").String(e.organisation);
    w.Key("contact_name").String(e.contact_name);
    w.Key("contact_phone").String(e.contact_phone);
    w.Key("contact_email").String(e.contact_email);
    w.Key("address").String(e.address);
  });
  w.Key("function_title").String(d.function_title);
  w.Key("hours_per_week");
  d.hours_per_week ? w.Double(*d.hours_per_week) : w.Null();
  w.Key("bedrijfsarts");
  ObjectOrNull(w, d.bedrijfsarts, [&](const registry::BedrijfsartsContact& b) {
    w.Key("name").String(b.name);
    w.Key("organisation").String(b.organisation);
    w.Key("phone").String(b.phone);
    w.Key("email").String(b.email);
  });
  w.Key("team_id").IdOrNull(d.team_id);
  w.Key("ric_user_id").IdOrNull(d.ric_user_id);
  w.Key("created_at").String(Timestamp(rv.created_at));
  w.Key("updated_at").String(Timestamp(rv.updated_at));
  w.Key("team");
  ObjectOrNull(w, view.team, [&](const service::TeamRef& t) {
    w.Key("id").Int(t.id.value);
    w.Key("name").String(t.name);
  });
  w.Key("ric");
  ObjectOrNull(w, view.ric, [&](const service::RicRef& r) {
    w.Key("id").Int(r.id.value);
    w.Key("display_name").String(r.display_name);
  });
  w.EndObject();
  return w.Take();
}

bj::object ToJson(const service::RevalidantListItem& item) {
  bj::object out;
  out["id"] = item.id.value;
  out["given_names"] = item.given_names;
  out["family_name"] = item.family_name;
  out["date_of_birth"] = core::FormatDate(item.date_of_birth);
  if (item.minimal) return out;  // admin's lookup: nothing else leaves the server
  out["employment_status"] = registry::ToCode(item.employment_status);
  out["team"] = TeamJson(item.team);
  out["ric"] = RicJson(item.ric);
  return out;
}

}  // namespace werkpad::http::json
