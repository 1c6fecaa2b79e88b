#pragma once

#include "http/json/common.hpp"
#include "service/document_service.hpp"
#include "service/visie_service.hpp"

namespace werkpad::http::json {

// DTOs of the re-integratievisie and document endpoints (docs/api.md "Re-integratievisie
// (formulier 7)" and "Documenten"). Strict readers like the others.

core::Result<service::VisieSave> ParseVisieSave(const bj::value& body);
core::Result<service::VisieStatusChange> ParseVisieStatus(const bj::value& body);
core::Result<service::VisieCommentInput> ParseVisieComment(const bj::value& body);
core::Result<service::VisieSignInput> ParseVisieSign(const bj::value& body);
core::Result<service::GenerateDocumentInput> ParseGenerateDocument(const bj::value& body);
// {"png_base64": "..."} -> the raw bytes. Errors: "png_base64" required / invalid_base64.
core::Result<std::string> ParseLogoUpload(const bj::value& body);

bj::object ToJson(const service::VisieView& v);
bj::object ToJson(const service::VisieVersionView& v, bool with_content);
bj::object ToJson(const std::vector<service::VisieVersionView>& list);
bj::object ToJson(const service::GeneratedDocumentView& v);
bj::object ToJson(const std::vector<service::GeneratedDocumentView>& list);
bj::object ToJson(const store::InstitutionLogo& logo);

}  // namespace werkpad::http::json
