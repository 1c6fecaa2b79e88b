#include "http/json/visie.hpp"

#include "codec/visie_json.hpp"
#include "core/crypto.hpp"

namespace werkpad::http::json {

namespace rv = domain::reintegratievisie;

namespace {

constexpr std::int64_t kMaxId = INT64_MAX;

bj::value UserJson(const service::UserRef& u) {
  return bj::object{{"id", u.id.value}, {"display_name", u.display_name}};
}

std::optional<std::int64_t> Version(codec::ObjectReader& r) {
  return r.Int("version", Need::kRequired, 1, kMaxId);
}

}  // namespace

core::Result<service::VisieSave> ParseVisieSave(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::VisieSave in;
  if (const bj::value* content = r.Object("content", Need::kRequired)) {
    codec::ObjectReader cr(*content, "content", errors);
    in.content = codec::ReadVisieContent(cr);
    cr.Finish();
  }
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "re-integratievisie"));
  return in;
}

core::Result<service::VisieStatusChange> ParseVisieStatus(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::VisieStatusChange in;
  if (auto s = r.Enum("status", Need::kRequired, {"draft", "in_review", "ready_for_signature"})) {
    in.to = *rv::ParseStatus(*s);
  }
  in.reason = r.String("reason", Need::kOptional, 2000).value_or("");
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "status change"));
  return in;
}

core::Result<service::VisieCommentInput> ParseVisieComment(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::VisieCommentInput in;
  in.section = r.String("section", Need::kOptional, 40).value_or("");
  in.text = r.String("text", Need::kRequired, 8000).value_or("");
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "comment"));
  return in;
}

core::Result<service::VisieSignInput> ParseVisieSign(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::VisieSignInput in;
  in.method = r.Enum("method", Need::kRequired, {"portal", "paper"}).value_or("");
  in.signed_on = r.Date("signed_on", Need::kOptional);
  if (const bj::array* parties = r.Array("share_with", Need::kRequired, 20)) {
    for (std::size_t i = 0; i < parties->size(); ++i) {
      const bj::value& v = (*parties)[i];
      if (v.is_string()) {
        in.share_with.emplace_back(v.get_string());
      } else {
        r.Fail("share_with[" + std::to_string(i) + "]", "wrong_type", "must be a party code");
      }
    }
  }
  in.version = Version(r).value_or(0);
  WP_RETURN_IF_ERROR(Finish(r, errors, "signature"));
  return in;
}

core::Result<service::GenerateDocumentInput> ParseGenerateDocument(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  service::GenerateDocumentInput in;
  in.kind = r.String("kind", Need::kRequired, 40).value_or("");
  in.party = r.String("party", Need::kOptional, 40).value_or("");
  in.moment = r.String("moment", Need::kOptional, 40).value_or("");
  in.contact_date = r.Date("contact_date", Need::kOptional);
  in.text = r.String("text", Need::kOptional, 16000).value_or("");
  WP_RETURN_IF_ERROR(Finish(r, errors, "document"));
  return in;
}

core::Result<std::string> ParseLogoUpload(const bj::value& body) {
  std::vector<core::FieldError> errors;
  codec::ObjectReader r(body, "", errors);
  // Base64 of at most service::kMaxLogoBytes (+ a margin so the service can say too_large).
  auto text = r.String("png_base64", Need::kRequired, 2 * service::kMaxLogoBytes);
  WP_RETURN_IF_ERROR(Finish(r, errors, "logo"));
  auto bytes = core::FromBase64(*text);
  if (!bytes) {
    return core::Error::Invalid("the logo is not valid base64",
                                {{"png_base64", "invalid_base64", "standard base64"}});
  }
  return std::move(*bytes);
}

bj::object ToJson(const service::VisieView& v) {
  bj::object o;
  o["id"] = v.record.id;
  o["trajectory_id"] = v.record.trajectory_id.value;
  o["revalidant"] = bj::object{{"id", v.revalidant.id.value},
                               {"given_names", v.revalidant.given_names},
                               {"family_name", v.revalidant.family_name}};
  o["version"] = v.record.version;
  o["status"] = rv::ToCode(v.status);
  o["content"] = codec::VisieContentToJson(v.content);
  o["content_sha256"] = v.record.content_sha256;
  o["created_by"] = UserJson(v.created_by);
  o["created_at"] = Timestamp(v.record.created_at);
  o["updated_by"] = UserJson(v.updated_by);
  o["updated_at"] = Timestamp(v.record.updated_at);
  if (v.signature) {
    const auto& s = v.signature->signature;
    bj::array share;
    for (const auto& p : s.share_with) share.emplace_back(p);
    o["signature"] = bj::object{{"method", s.method},
                                {"signed_on", core::FormatDate(s.signed_on)},
                                {"recorded_at", Timestamp(s.recorded_at)},
                                {"recorded_by", UserJson(v.signature->recorded_by)},
                                {"signed_version", s.signed_version},
                                {"content_sha256", s.content_sha256},
                                {"share_with", std::move(share)}};
  } else {
    o["signature"] = nullptr;
  }
  bj::array comments;
  for (const auto& c : v.comments) {
    comments.push_back(bj::object{{"id", c.comment.id},
                                  {"on_version", c.comment.on_version},
                                  {"section", StringOrNull(c.comment.section)},
                                  {"text", c.comment.text},
                                  {"discipline", c.comment.discipline},
                                  {"by", UserJson(c.by)},
                                  {"at", Timestamp(c.comment.at)}});
  }
  o["comments"] = std::move(comments);
  bj::array options;
  for (const auto& p : v.share_options) options.emplace_back(p);
  o["share_options"] = std::move(options);
  o["portal_view"] = v.portal_view;
  bj::array withheld;
  for (const auto& w : v.employer_withheld) {
    bj::array terms;
    for (const auto& t : w.terms) terms.emplace_back(t);
    withheld.push_back(bj::object{{"section", w.section}, {"terms", std::move(terms)}});
  }
  o["employer_withheld"] = std::move(withheld);
  return o;
}

bj::object ToJson(const service::VisieVersionView& v, bool with_content) {
  bj::object o;
  o["version"] = v.version.version;
  o["status"] = v.version.status;
  o["event"] = v.version.event;
  o["reason"] = StringOrNull(v.version.reason);
  o["content_sha256"] = v.version.content_sha256;
  o["by"] = UserJson(v.by);
  o["at"] = Timestamp(v.version.at);
  if (with_content) {
    auto content = codec::ParseVisieContent(v.version.content_json);
    o["content"] =
        content.ok() ? bj::value(codec::VisieContentToJson(*content)) : bj::value(nullptr);
  }
  return o;
}

bj::object ToJson(const std::vector<service::VisieVersionView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v, false));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const service::GeneratedDocumentView& v) {
  const auto& d = v.document;
  return bj::object{
      {"id", d.id},
      {"trajectory_id", d.trajectory_id.value},
      {"kind", d.kind},
      {"audience", d.audience},
      {"title", d.title},
      {"filename", d.filename},
      {"content_type", d.content_type},
      {"size", d.size},
      {"sha256", d.sha256},
      {"source_version", d.source_version > 0 ? bj::value(d.source_version) : bj::value(nullptr)},
      {"created_by", UserJson(v.created_by)},
      {"created_at", Timestamp(d.created_at)}};
}

bj::object ToJson(const std::vector<service::GeneratedDocumentView>& list) {
  bj::array items;
  for (const auto& v : list) items.push_back(ToJson(v));
  return bj::object{{"items", std::move(items)}};
}

bj::object ToJson(const store::InstitutionLogo& logo) {
  return bj::object{{"sha256", logo.sha256},
                    {"size", static_cast<std::int64_t>(logo.png.size())},
                    {"updated_at", Timestamp(logo.updated_at)}};
}

}  // namespace werkpad::http::json
