// The re-integratievisie (form 7) and document endpoints (docs/api.md "Re-integratievisie
// (formulier 7)", "Documenten") and the institution's logo.
#include "http/json/visie.hpp"
#include "http/handlers/handlers.hpp"
#include "service/document_service.hpp"
#include "service/visie_service.hpp"

namespace werkpad::http::handlers {
namespace {

auto AnyJson = [](const auto& v) { return json::ToJson(v); };

// A binary answer with a download name (only [A-Za-z0-9._-] in names we generate). The common
// headers (nosniff, Cache-Control: no-store) are added by api.cpp.
Response Binary(std::string content_type, std::string body, const std::string& filename,
                bool attachment) {
  Response r;
  r.status = 200;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  if (!filename.empty()) {
    r.AddHeader("Content-Disposition", std::string(attachment ? "attachment" : "inline") +
                                           "; filename=\"" + filename + "\"");
  }
  return r;
}

}  // namespace

Response GetVisie(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.visie.Get(call.ctx(), core::TrajectId(id)), 200, AnyJson);
  });
}

Response CreateVisie(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) -> Response {
    auto empty = json::ParseEmptyBody(call.request, "re-integratievisie");
    if (!empty.ok()) return ErrorResponse(empty.error());
    return Respond(env.services.visie.Create(call.ctx(), core::TrajectId(id)), 201, AnyJson);
  });
}

Response SaveVisie(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseVisieSave, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.visie.Save(call.ctx(), core::TrajectId(id), in), 200, AnyJson);
  });
}

Response ChangeVisieStatus(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseVisieStatus, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.visie.ChangeStatus(call.ctx(), core::TrajectId(id), in), 200,
                   AnyJson);
  });
}

Response AddVisieComment(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseVisieComment, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.visie.AddComment(call.ctx(), core::TrajectId(id), in), 201,
                   AnyJson);
  });
}

Response ListVisieVersions(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.visie.Versions(call.ctx(), core::TrajectId(id)), 200, AnyJson);
  });
}

Response GetVisieVersion(const Env& env, const Call& call) {
  return WithIds(call, "version", [&](std::int64_t id, std::int64_t version) {
    return Respond(env.services.visie.Version(call.ctx(), core::TrajectId(id), version), 200,
                   [](const auto& v) { return json::ToJson(v, true); });
  });
}

Response SignVisie(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseVisieSign, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.visie.Sign(call.ctx(), core::TrajectId(id), in), 200, AnyJson);
  });
}

Response ListDocuments(const Env& env, const Call& call) {
  return WithId(call, [&](std::int64_t id) {
    return Respond(env.services.documents.List(call.ctx(), core::TrajectId(id)), 200, AnyJson);
  });
}

Response GenerateDocument(const Env& env, const Call& call) {
  return WithIdAndBody(call, json::ParseGenerateDocument, [&](std::int64_t id, const auto& in) {
    return Respond(env.services.documents.Generate(call.ctx(), core::TrajectId(id), in), 201,
                   AnyJson);
  });
}

Response DownloadDocument(const Env& env, const Call& call) {
  return WithIds(call, "document", [&](std::int64_t id, std::int64_t document) -> Response {
    auto r = env.services.documents.Download(call.ctx(), core::TrajectId(id), document);
    if (!r.ok()) return ErrorResponse(r.error());
    return Binary(r->document.content_type, std::move(r->bytes), r->document.filename, true);
  });
}

Response GetInstitutionLogo(const Env& env, const Call& call) {
  auto r = env.services.documents.GetLogo(call.ctx());
  if (!r.ok()) return ErrorResponse(r.error());
  return Binary("image/png", std::move(r->png), "logo.png", false);
}

Response PutInstitutionLogo(const Env& env, const Call& call) {
  return WithBody(call, json::ParseLogoUpload, [&](const std::string& png) {
    return Respond(env.services.documents.SetLogo(call.ctx(), png), 200, AnyJson);
  });
}

Response DeleteInstitutionLogo(const Env& env, const Call& call) {
  auto r = env.services.documents.DeleteLogo(call.ctx());
  if (!r.ok()) return ErrorResponse(r.error());
  return json::NoContent();
}

}  // namespace werkpad::http::handlers
