// DocumentService: generated PDFs of a trajectory and the institution's logo.
#include "service/document_service.hpp"

#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "codec/visie_json.hpp"
#include "core/crypto.hpp"
#include "core/dutch_date.hpp"
#include "documents/pdf.hpp"
#include "documents/templates.hpp"
#include "domain/consent/policy.hpp"
#include "domain/reintegratievisie/draft.hpp"
#include "service/agr_internal.hpp"
#include "service/internal.hpp"
#include "service/medical_text.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

using namespace agr_internal;
namespace docs = documents;
namespace consent = domain::consent;
namespace agr = domain::agr;
namespace rv = domain::reintegratievisie;

struct DocumentService::Impl {
  store::Database& db;
  const core::Clock& clock;
};

DocumentService::DocumentService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}
DocumentService::~DocumentService() = default;

namespace {

constexpr const char* kObject = "document";
constexpr std::size_t kMaxLetterText = 4000;

std::string NlDate(core::Date d) { return rv::FormatDateNl(d); }

std::string NlDateTime(core::Instant t) {
  // Display only: the Dutch date; the time in UTC is not shown to avoid a wrong hour.
  return NlDate(core::DutchDate(t));
}

std::string FullName(const domain::registry::RevalidantData& d) {
  return d.given_names + " " + d.family_name;
}

// Only letters and digits in file names (no names of people: the id identifies the dossier).
std::string FileName(docs::DocumentKind kind, core::TrajectId id, core::Date on) {
  std::string date = core::FormatDate(on);
  return fmt::format("{}-traject-{}-{}.pdf", docs::ToCode(kind), id.value, date);
}

core::Result<docs::Letterhead> LetterheadOf(store::Tx& tx) {
  WP_ASSIGN_OR_RETURN(store::Institution inst, tx.organisation().GetInstitution());
  WP_ASSIGN_OR_RETURN(auto logo, tx.documents().GetLogo());
  return docs::MakeLetterhead(
      {inst.name, inst.address, inst.postal_code, inst.city, inst.phone, inst.email, inst.website},
      logo ? logo->png : std::string());
}

// THE consent policy for a transfer to `party`, logged as a share row (NEN 7513: the consent
// that allowed or refused it).
core::Result<consent::PolicyDecision> CheckShare(store::Tx& tx, const RequestContext& ctx,
                                                 core::RevalidantId revalidant,
                                                 consent::InfoKind kind, const std::string& party) {
  WP_ASSIGN_OR_RETURN(consent::ConsentRecord record, tx.agr().GetConsent(revalidant));
  consent::PolicyDecision d = consent::MayShare(record, kind, party, ctx.now);
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kShare, "consent", IdText(revalidant.value), revalidant,
               d.allowed ? audit::Outcome::kSuccess : audit::Outcome::kDenied);
  e.detail = fmt::format("kind={};party={};reason={};via=document", consent::ToCode(kind), party,
                         consent::ToCode(d.reason));
  // A refused share is logged on its own (the unit is rolled back with the refusal).
  WP_RETURN_IF_ERROR(d.allowed ? audit::AppendInTx(tx, e, ctx.now) : core::Ok());
  return d;
}

struct Built {
  docs::DocumentModel model;
  std::string audience = "team";
  std::int64_t source_version = 0;
  std::optional<audit::AuditEvent> refused_share;  // to log after the rollback
  std::optional<int> withheld;  // employer's copy: texts withheld for medical terms
};

}  // namespace

core::Result<std::vector<GeneratedDocumentView>> DocumentService::List(const RequestContext& ctx,
                                                                       core::TrajectId id) {
  Impl& m = *impl_;
  if (!MayReadDocuments(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, kObject, IdText(id.value));
  }
  WP_ASSIGN_OR_RETURN(auto traj, LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kRead,
                                                       kObject, IdText(id.value)));
  WP_ASSIGN_OR_RETURN(
      auto out, m.db.Read([&](store::Tx& tx) -> core::Result<std::vector<GeneratedDocumentView>> {
        WP_ASSIGN_OR_RETURN(auto list, tx.documents().ListOf(id));
        Names names(tx);
        std::vector<GeneratedDocumentView> views;
        for (auto& d : list) {
          UserRef by = names.Of(d.created_by);
          views.push_back({std::move(d), std::move(by)});
        }
        return views;
      }));
  audit::AuditEvent e =
      EventFor(ctx, audit::Action::kRead, kObject, "", traj.trajectory.revalidant_id);
  e.detail = fmt::format("list;trajectory={}", id.value);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<GeneratedDocumentView> DocumentService::Generate(const RequestContext& ctx,
                                                              core::TrajectId id,
                                                              const GenerateDocumentInput& in) {
  Impl& m = *impl_;
  if (!MayGenerateDocuments(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kCreate, kObject, "");
  }
  WP_ASSIGN_OR_RETURN(
      auto traj, LoadTrajectoryChecked(m.db, ctx, id, true, audit::Action::kCreate, kObject, ""));
  const core::RevalidantId revalidant = traj.trajectory.revalidant_id;

  // Field checks per kind.
  internal::FieldChecker c;
  auto kind = docs::ParseDocumentKind(in.kind);
  if (!kind) c.Add("kind", "invalid_value", "a document kind");
  const bool letter = kind && (*kind == docs::DocumentKind::kSamenvattingAfspraken ||
                               *kind == docs::DocumentKind::kContactmomentBrief);
  std::optional<docs::ContactMoment> moment;
  const std::string text = internal::Trim(in.text);
  if (letter) {
    if (in.party.empty()) {
      c.Add("party", "required", "the addressee: werkgever or bedrijfsarts");
    } else if (in.party != "werkgever" && in.party != "bedrijfsarts") {
      c.Add("party", "invalid_value", "werkgever or bedrijfsarts");
    }
    c.Required("text", text);
    c.MaxLen("text", text, kMaxLetterText);
    // The werkgever never reads a diagnosis: a letter to them with a medical term is refused
    // (the writer rephrases), like a message in the shared view (service/medical_text.hpp).
    if (in.party == "werkgever" && !c.Has("text")) {
      if (auto nl = MedicalContentRefusal(text)) c.Add("text", "medical_content", *nl);
    }
  } else if (kind) {
    if (!in.party.empty()) c.Add("party", "not_applicable", "only for letters");
    if (!text.empty()) c.Add("text", "not_applicable", "only for letters");
  }
  if (kind && *kind == docs::DocumentKind::kContactmomentBrief) {
    moment = docs::ParseContactMoment(in.moment);
    if (in.moment.empty()) {
      c.Add("moment", "required", "which contact moment");
    } else if (!moment) {
      c.Add("moment", "invalid_value", "na_intake_ric, na_start_werktraining or einde_agr");
    }
    if (!in.contact_date) {
      c.Add("contact_date", "required", "the date of the contact");
    } else if (*in.contact_date > core::DutchDate(ctx.now)) {
      c.Add("contact_date", "in_future", "may not lie in the future");
    }
  } else if (kind) {
    if (!in.moment.empty()) c.Add("moment", "not_applicable", "only for the contact letter");
    if (in.contact_date) c.Add("contact_date", "not_applicable", "only for the contact letter");
  }
  WP_RETURN_IF_ERROR(c.Done("the document request has invalid fields"));

  std::optional<audit::AuditEvent> refused;
  auto result = m.db.Write([&](store::Tx& tx) -> core::Result<GeneratedDocumentView> {
    WP_ASSIGN_OR_RETURN(auto detail, tx.revalidanten().Get(revalidant));
    const auto& data = detail.revalidant.data;
    WP_ASSIGN_OR_RETURN(docs::Letterhead letterhead, LetterheadOf(tx));
    Names names(tx);
    const core::Date today = core::DutchDate(ctx.now);
    const std::string ric_name =
        traj.ric_user_id.valid() ? names.Of(traj.ric_user_id).display_name : std::string();
    Built b;

    auto share = [&](consent::InfoKind k, const std::string& party) -> core::Status {
      WP_ASSIGN_OR_RETURN(auto d, CheckShare(tx, ctx, revalidant, k, party));
      if (!d.allowed) {
        audit::AuditEvent e =
            EventFor(ctx, audit::Action::kShare, "consent", IdText(revalidant.value), revalidant,
                     audit::Outcome::kDenied);
        e.detail = fmt::format("kind={};party={};reason={};via=document", consent::ToCode(k), party,
                               consent::ToCode(d.reason));
        refused = e;
        return core::Error::Invalid(
            "the revalidant has not consented to share this with the " + party,
            {{"party", "no_consent", std::string(consent::ToCode(d.reason))}});
      }
      return core::Ok();
    };

    auto letter_input = [&]() {
      docs::LetterInput l;
      l.letterhead = letterhead;
      l.revalidant_name = FullName(data);
      l.addressee_label = docs::PartyLabel(in.party);
      if (in.party == "werkgever" && data.employer) l.addressee_name = data.employer->organisation;
      if (in.party == "bedrijfsarts" && data.bedrijfsarts) {
        l.addressee_name = data.bedrijfsarts->name;
      }
      l.date = NlDate(today);
      l.sender_name = ric_name;
      return l;
    };

    switch (*kind) {
      case docs::DocumentKind::kForm7:
      case docs::DocumentKind::kForm7Werkgever: {
        WP_ASSIGN_OR_RETURN(auto found, tx.visie().FindByTrajectory(id));
        if (!found) return core::Error::Rule("the trajectory has no re-integratievisie yet");
        const bool employer = *kind == docs::DocumentKind::kForm7Werkgever;
        const auto& sig = found->signature;
        if (employer) {
          // Only a signed visie, only when the revalidant chose the werkgever, and only while
          // the consent allows it (handbook ch. 4, AGR formulier 7).
          if (!sig) {
            return core::Error::Rule("the employer's copy needs a signed re-integratievisie");
          }
          WP_RETURN_IF_ERROR(share(consent::InfoKind::kReIntegratievisie, "werkgever"));
          if (!MayPartySeeVisie("werkgever", true, sig->share_with, true)) {
            return core::Error::Rule(
                "the revalidant did not choose to share the "
                "re-integratievisie with the werkgever");
          }
          b.audience = "werkgever";
        }
        docs::Form7Input f;
        f.letterhead = letterhead;
        f.revalidant_name = FullName(data);
        if (data.date_of_birth.ok()) f.date_of_birth = NlDate(data.date_of_birth);
        f.ric_name = ric_name;
        WP_ASSIGN_OR_RETURN(f.content, codec::ParseVisieContent(found->content_json));
        if (employer) {
          // The employer never sees a diagnosis: besides the medical sections, every text in
          // which the medical word list finds a term is replaced by the notice the shared view
          // shows (service/medical_text.hpp). The signed visie is final, so the copy is still
          // made; the team sees in the editor which texts are withheld.
          int withheld = 0;
          f.content = WithholdForEmployer(f.content, &withheld);
          b.withheld = withheld;
        }
        f.status = found->status;
        f.version = found->version;
        f.content_sha256 = found->content_sha256;
        if (sig) {
          docs::Form7Signature s;
          s.method = sig->method;
          s.signed_on = NlDate(sig->signed_on);
          if (sig->method == "portal") s.recorded_at = NlDateTime(sig->recorded_at);
          for (const auto& p : sig->share_with) s.share_with_labels.push_back(docs::PartyLabel(p));
          f.signature = std::move(s);
        }
        f.employer_copy = employer;
        f.generated_on = NlDate(today);
        b.model = docs::Form7Document(f);
        b.source_version = found->version;
        break;
      }
      case docs::DocumentKind::kFolderAgr:
        b.model = docs::FolderAgrDocument(letterhead);
        b.audience = "algemeen";
        break;
      case docs::DocumentKind::kFolderReintegratie:
        b.model = docs::FolderReintegratieDocument(letterhead);
        b.audience = "algemeen";
        break;
      case docs::DocumentKind::kSamenvattingAfspraken: {
        const agr::Decision* d3 = nullptr;
        for (const auto& d : traj.trajectory.history) {
          if (d.kind == agr::DecisionKind::kD3Werktraining && d.outcome == agr::Outcome::kJa) {
            d3 = &d;
          }
        }
        if (d3 == nullptr) {
          return core::Error::Rule(
              "the samenvatting afspraken follows the decision to start "
              "work training (D3 ja), which is not recorded");
        }
        WP_RETURN_IF_ERROR(share(consent::InfoKind::kVoortgangWerktraining, in.party));
        b.model = docs::SamenvattingAfsprakenDocument(
            {letter_input(), NlDate(core::DutchDate(d3->decided_at)), text});
        b.audience = in.party;
        break;
      }
      case docs::DocumentKind::kContactmomentBrief: {
        // Contact itself needs the revalidant's D2 permission for that party (handbook ch. 3).
        const bool may = in.party == "werkgever" ? agr::MayContactWerkgever(traj.trajectory)
                                                 : agr::MayContactBedrijfsarts(traj.trajectory);
        if (!may) {
          return core::Error::Rule("the revalidant has not allowed contact with the " + in.party +
                                   " (decision D2)");
        }
        b.model =
            docs::ContactMomentDocument({letter_input(), *moment, NlDate(*in.contact_date), text});
        b.audience = in.party;
        break;
      }
    }

    WP_ASSIGN_OR_RETURN(std::string bytes, docs::RenderPdf(b.model));
    store::GeneratedDocument doc;
    doc.trajectory_id = id;
    doc.revalidant_id = revalidant;
    doc.kind = std::string(docs::ToCode(*kind));
    doc.audience = b.audience;
    doc.title = std::string(docs::Title(*kind));
    doc.filename = FileName(*kind, id, today);
    doc.size = static_cast<std::int64_t>(bytes.size());
    doc.sha256 = core::Sha256Hex(bytes);
    doc.source_version = b.source_version;
    doc.created_by = ctx.actor.user_id;
    doc.created_at = ctx.now;
    WP_ASSIGN_OR_RETURN(doc.id, tx.documents().Insert(doc, bytes));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, kObject, IdText(doc.id), revalidant);
    e.detail = fmt::format("kind={};audience={};sha256={};trajectory={}", doc.kind, doc.audience,
                           doc.sha256, id.value);
    if (b.withheld) e.detail += fmt::format(";withheld={}", *b.withheld);
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    UserRef by = names.Of(doc.created_by);
    return GeneratedDocumentView{std::move(doc), std::move(by)};
  });
  if (!result.ok() && refused) WP_RETURN_IF_ERROR(audit::Append(m.db, *refused, ctx.now));
  return result;
}

core::Result<DocumentContent> DocumentService::Download(const RequestContext& ctx,
                                                        core::TrajectId id,
                                                        std::int64_t document_id) {
  Impl& m = *impl_;
  if (!MayReadDocuments(ctx.actor)) {
    return internal::Deny(m.db, ctx, audit::Action::kExport, kObject, IdText(document_id));
  }
  WP_ASSIGN_OR_RETURN(auto traj, LoadTrajectoryChecked(m.db, ctx, id, false, audit::Action::kExport,
                                                       kObject, IdText(document_id)));
  WP_ASSIGN_OR_RETURN(auto out, m.db.Read([&](store::Tx& tx) -> core::Result<DocumentContent> {
    WP_ASSIGN_OR_RETURN(auto doc, tx.documents().Get(document_id));
    if (doc.trajectory_id != id) return core::Error::NotFound("document not found");
    WP_ASSIGN_OR_RETURN(auto bytes, tx.documents().Bytes(document_id));
    return DocumentContent{std::move(doc), std::move(bytes)};
  }));
  audit::AuditEvent e = EventFor(ctx, audit::Action::kExport, kObject, IdText(document_id),
                                 traj.trajectory.revalidant_id);
  e.detail = fmt::format("download;kind={};audience={};sha256={}", out.document.kind,
                         out.document.audience, out.document.sha256);
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

core::Result<store::InstitutionLogo> DocumentService::SetLogo(const RequestContext& ctx,
                                                              const std::string& png) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kManageOrganisation)) {
    return internal::Deny(m.db, ctx, audit::Action::kUpdate, "institution_logo", "1");
  }
  if (png.empty()) {
    return core::Error::Invalid("the logo is empty", {{"png", "required", "a PNG image"}});
  }
  if (png.size() > kMaxLogoBytes) {
    return core::Error::Invalid("the logo is too large", {{"png", "too_large", "at most 256 KiB"}});
  }
  WP_RETURN_IF_ERROR(docs::CheckPng(png));
  store::InstitutionLogo logo{png, core::Sha256Hex(png), ctx.actor.user_id, ctx.now};
  return m.db.Write([&](store::Tx& tx) -> core::Result<store::InstitutionLogo> {
    WP_RETURN_IF_ERROR(tx.documents().SetLogo(logo));
    audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, "institution_logo", "1");
    e.detail = "sha256=" + logo.sha256;
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return logo;
  });
}

core::Result<store::InstitutionLogo> DocumentService::GetLogo(const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kReadOrganisation)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "institution_logo", "1");
  }
  WP_ASSIGN_OR_RETURN(auto logo, m.db.Read([](store::Tx& tx) { return tx.documents().GetLogo(); }));
  if (!logo) return core::Error::NotFound("no logo has been uploaded");
  return std::move(*logo);
}

core::Status DocumentService::DeleteLogo(const RequestContext& ctx) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kManageOrganisation)) {
    return internal::Deny(m.db, ctx, audit::Action::kDelete, "institution_logo", "1");
  }
  return m.db.Write([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.documents().DeleteLogo());
    WP_RETURN_IF_ERROR(audit::AppendInTx(
        tx, EventFor(ctx, audit::Action::kDelete, "institution_logo", "1"), ctx.now));
    return core::Ok();
  });
}

}  // namespace werkpad::service
