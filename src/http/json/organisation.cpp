#include "http/json/organisation.hpp"

namespace werkpad::http::json {
namespace {
constexpr std::size_t kMaxText = 1000;  // the service applies the real limits
}

core::Result<std::string> ParseTeamName(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  std::string name = r.String("name", Need::kOptional, kMaxText).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "team"));
  return name;
}

core::Result<store::Discipline> ParseDiscipline(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  store::Discipline d;
  d.code = r.String("code", Need::kOptional, kMaxText).value_or("");
  d.label = r.String("label", Need::kOptional, kMaxText).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "discipline"));
  return d;
}

core::Result<store::Institution> ParseInstitution(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  store::Institution in;
  auto text = [&r](std::string_view key) {
    return r.String(key, Need::kOptional, kMaxText).value_or("");
  };
  in.name = text("name");
  in.address = text("address");
  in.postal_code = text("postal_code");
  in.city = text("city");
  in.phone = text("phone");
  in.email = text("email");
  in.website = text("website");
  in.ric_model = text("ric_model");
  in.version = r.Int("version", Need::kRequired, 1, INT64_MAX).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "institution"));
  return in;
}

bj::object ToJson(const store::Team& t) {
  return bj::object{{"id", t.id.value}, {"name", t.name}, {"version", t.version}};
}

bj::object ToJson(const store::Discipline& d) {
  return bj::object{{"code", d.code}, {"label", d.label}, {"builtin", d.builtin}};
}

bj::object ToJson(const store::Institution& i) {
  bj::object out;
  out["name"] = i.name;
  out["address"] = i.address;
  out["postal_code"] = i.postal_code;
  out["city"] = i.city;
  out["phone"] = i.phone;
  out["email"] = i.email;
  out["website"] = i.website;
  out["ric_model"] = i.ric_model;
  out["version"] = i.version;
  return out;
}

}  // namespace werkpad::http::json
