#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/agr_service.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// Generated documents of an AGR trajectory (docs/api.md "Documenten"): form 7 (team copy and the
// employer's copy without anything medical), the two folders, the "samenvatting afspraken"
// letter after D3 and a contact-moment letter — rendered as PDF by src/documents (cairo +
// pango), stored with their SHA-256, listed in the dossier, downloadable. Also the institution's
// logo for the letterhead.
//
// Sharing with a party outside the team is decided by THE consent policy (consent::MayShare on
// the stored form 3 record), logged as an audit "share" row like AgrService::MayShare.
// Generation is audited as "create" (object "document"), every download as "export".
// Thread-safe.

struct GeneratedDocumentView {
  store::GeneratedDocument document;
  UserRef created_by;
};

struct GenerateDocumentInput {
  std::string kind;    // documents::DocumentKind code
  std::string party;   // letters: the addressee party code ("werkgever", "bedrijfsarts")
  std::string moment;  // contactmoment_brief: documents::ContactMoment code
  std::optional<core::Date> contact_date;  // contactmoment_brief
  std::string text;  // samenvatting: the agreements; contact letter: the summary
};

struct DocumentContent {
  store::GeneratedDocument document;
  std::string bytes;
};

// Limits of the logo upload.
inline constexpr std::size_t kMaxLogoBytes = 256 * 1024;

class DocumentService {
 public:
  DocumentService(store::Database& db, const core::Clock& clock);
  ~DocumentService();

  // AGR staff with need-to-know. Newest first.
  core::Result<std::vector<GeneratedDocumentView>> List(const RequestContext& ctx,
                                                        core::TrajectId id);
  // Errors: kForbidden; kInvalidInput ("kind" invalid_value; "party" required/invalid_value;
  // "moment" required/invalid_value; "contact_date" required/in_future; "text" required/
  // too_long); kRuleViolation (form 7 absent; employer's copy of an unsigned visie or one the
  // revalidant did not share with the werkgever, or the consent no longer allows it; samenvatting
  // before D3 ja or without consent for voortgang_werktraining; contact letter without the D2
  // contact permission); kInvalidInput "logo" invalid_png when the stored logo is unreadable.
  core::Result<GeneratedDocumentView> Generate(const RequestContext& ctx, core::TrajectId id,
                                               const GenerateDocumentInput& in);
  // The bytes; audited as an export. kNotFound when the document is not of this trajectory.
  core::Result<DocumentContent> Download(const RequestContext& ctx, core::TrajectId id,
                                         std::int64_t document_id);

  // Logo (admin writes; staff and admin read). `png` raw bytes: PNG signature, <= kMaxLogoBytes,
  // readable by cairo. Errors: kInvalidInput ("png" required/too_large/invalid_png).
  core::Result<store::InstitutionLogo> SetLogo(const RequestContext& ctx, const std::string& png);
  core::Result<store::InstitutionLogo> GetLogo(const RequestContext& ctx);  // kNotFound: none
  core::Status DeleteLogo(const RequestContext& ctx);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
