#include "http/json/external.hpp"

namespace werkpad::http::json {

namespace {

constexpr std::int64_t kMaxId = INT64_MAX;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

bj::object AccountJson(const service::ExternalAccountView& a) {
  return bj::object{{"id", a.id.value},
                    {"username", a.username},
                    {"display_name", a.display_name},
                    {"email", StringOrNull(a.email)},
                    {"role", domain::identity::ToCode(a.role)}};
}

bj::array Strings(const std::vector<std::string>& v) {
  bj::array out;
  for (const auto& s : v) out.emplace_back(s);
  return out;
}

}  // namespace

core::Result<service::GrantInput> ParseGrantInput(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::GrantInput in;
  in.party = r.String("party", Need::kRequired, 40).value_or("");
  if (auto id = r.Int("user_id", Need::kOptional, 1, kMaxId)) in.user_id = core::UserId{*id};
  in.username = r.String("username", Need::kOptional, 200).value_or("");
  in.display_name = r.String("display_name", Need::kOptional, 500).value_or("");
  in.email = r.String("email", Need::kOptional, 500).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "invitation"));
  return in;
}

core::Result<std::string> ParseExternalMessage(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  // Longer than the service's limit so that the service answers too_long with its message.
  auto text = r.String("text", Need::kRequired, 20000);
  WP_RETURN_IF_ERROR(Finish(r, errors, "message"));
  return text.value_or("");
}

bj::object ToJson(const service::GrantView& v) {
  const auto& g = v.grant;
  return bj::object{{"id", g.id},
                    {"revalidant_id", g.revalidant_id.value},
                    {"party", g.party},
                    {"status", g.status},
                    {"user", AccountJson(v.user)},
                    {"invited_by", v.invited_by.id.valid() ? UserJson(v.invited_by) : bj::value(nullptr)},
                    {"invited_at", Timestamp(g.invited_at)},
                    {"revoked_at", InstantOrNull(g.revoked_at)},
                    {"allowed_kinds", Strings(v.allowed_kinds)},
                    {"last_viewed_at", InstantOrNull(g.last_viewed_at)}};
}

bj::object ToJson(const std::vector<service::GrantView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::Invitation& v) {
  return bj::object{{"grant", ToJson(v.grant)},
                    {"initial_password", v.initial_password ? bj::value(*v.initial_password)
                                                            : bj::value(nullptr)}};
}

bj::object ToJson(const std::vector<service::ExternalAccountView>& list) {
  bj::array items;
  for (const auto& a : list) items.push_back(AccountJson(a));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::ExternalMessageView& v) {
  const auto& m = v.message;
  return bj::object{{"id", m.id},
                    {"revalidant_id", m.revalidant_id.value},
                    {"party", m.party},
                    {"by", UserJson(v.by)},
                    {"at", Timestamp(m.created_at)},
                    {"text", m.text}};
}

bj::object ToJson(const std::vector<service::ExternalMessageView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const std::vector<service::SharedItem>& list) {
  bj::array items;
  for (const auto& s : list) {
    items.push_back(bj::object{{"grant_id", s.grant_id},
                               {"revalidant_id", s.revalidant_id.value},
                               {"revalidant_name", s.revalidant_name},
                               {"party", s.party},
                               {"allowed_kinds", Strings(s.allowed_kinds)},
                               {"since", Timestamp(s.since)}});
  }
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::SharedView& v) {
  bj::array kinds;
  for (const auto& k : v.kinds) {
    kinds.push_back(bj::object{{"kind", k.kind}, {"allowed", k.allowed}, {"reason", k.reason}});
  }
  bj::array sections;
  for (const auto& s : v.sections) {
    bj::array fields;
    for (const auto& f : s.fields) {
      fields.push_back(bj::object{{"label", f.label}, {"value", f.value}});
    }
    sections.push_back(bj::object{{"kind", s.kind},
                                  {"title", s.title},
                                  {"updated_at", InstantOrNull(s.updated_at)},
                                  {"fields", std::move(fields)}});
  }
  bj::array documents;
  for (const auto& d : v.documents) {
    documents.push_back(bj::object{{"id", d.id},
                                   {"kind", d.kind},
                                   {"title", d.title},
                                   {"filename", d.filename},
                                   {"size", d.size},
                                   {"sha256", d.sha256},
                                   {"created_at", Timestamp(d.created_at)}});
  }
  bj::array messages;
  for (const auto& m : v.messages) messages.push_back(ToJson(m));
  return bj::object{
      {"revalidant", bj::object{{"id", v.revalidant_id.value}, {"name", v.revalidant_name}}},
      {"party", v.party},
      {"kinds", std::move(kinds)},
      {"sections", std::move(sections)},
      {"documents", std::move(documents)},
      {"messages", std::move(messages)}};
}

}  // namespace werkpad::http::json
