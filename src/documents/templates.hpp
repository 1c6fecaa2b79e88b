#pragma once

#include <optional>
#include <string>
#include <vector>

#include "documents/pdf.hpp"
#include "domain/reintegratievisie/visie.hpp"

namespace werkpad::documents {

// The Dutch templates of werkpad's documents: plain inputs in, a DocumentModel out (render it
// with RenderPdf). Pure. The folder texts are written for werkpad from the handbook's
// description of each folder (ch. 4, "Folder 'Arbeidsgerichte revalidatie'" and "Folder
// 'Re-integratie van een werknemer'"); they are not copies of the handbook's folders.

enum class DocumentKind {
  kForm7,                  // "formulier_7": the full re-integratievisie (team, bedrijfsarts)
  kForm7Werkgever,         // "formulier_7_werkgever": the employer's copy, nothing medical
  kFolderAgr,              // "folder_agr": 'Arbeidsgerichte revalidatie'
  kFolderReintegratie,     // "folder_reintegratie": 'Re-integratie van een werknemer'
  kSamenvattingAfspraken,  // "samenvatting_afspraken": letter after D3
  kContactmomentBrief,     // "contactmoment_brief": letter after a contact moment
};
std::string_view ToCode(DocumentKind k);
std::optional<DocumentKind> ParseDocumentKind(std::string_view code);
// The Dutch title, e.g. "Re-integratievisie (formulier 7)".
std::string_view Title(DocumentKind k);

// The letterhead from the institution's settings (empty fields are left out).
struct InstitutionDetails {
  std::string name, address, postal_code, city, phone, email, website;
};
Letterhead MakeLetterhead(const InstitutionDetails& inst, std::string logo_png);

struct Form7Signature {
  std::string method;                          // "portal" | "paper"
  std::string signed_on;                       // dd-mm-jjjj
  std::string recorded_at;                     // dd-mm-jjjj HH:MM (portal) or empty
  std::vector<std::string> share_with_labels;  // e.g. "Werkgever", "Bedrijfsarts"
};

struct Form7Input {
  Letterhead letterhead;
  std::string revalidant_name;
  std::string date_of_birth;  // dd-mm-jjjj or empty
  std::string ric_name;
  domain::reintegratievisie::Content content;
  std::string status;  // domain status code
  std::int64_t version = 0;
  std::string content_sha256;
  std::optional<Form7Signature> signature;
  // Leave out every medical section (EmployerCopy). The caller replaces texts with medical
  // terms by a notice (service::WithholdForEmployer) before: templates render what they get.
  bool employer_copy = false;
  std::string generated_on;  // dd-mm-jjjj
};
DocumentModel Form7Document(const Form7Input& in);

DocumentModel FolderAgrDocument(const Letterhead& letterhead);
DocumentModel FolderReintegratieDocument(const Letterhead& letterhead);

// A letter to a party (werkgever, bedrijfsarts, ...).
struct LetterInput {
  Letterhead letterhead;
  std::string revalidant_name;
  std::string addressee_label;  // "Werkgever", "Bedrijfsarts"
  std::string addressee_name;   // organisation / person from the dossier, may be empty
  std::string date;             // dd-mm-jjjj
  std::string sender_name;      // the RIC
};

// "Samenvatting afspraken" after D3 (handbook ch. 5: after the decision to start work training,
// the employer and bedrijfsarts get the summary of agreements between team and revalidant).
struct SamenvattingInput {
  LetterInput letter;
  std::string d3_date;     // dd-mm-jjjj of D3 ja
  std::string agreements;  // the agreements, written by the RIC
};
DocumentModel SamenvattingAfsprakenDocument(const SamenvattingInput& in);

// The three minimum contact moments (handbook ch. 5, DOMAIN.md §4).
enum class ContactMoment { kNaIntakeRic, kNaStartWerktraining, kEindeAgr };
std::string_view ToCode(ContactMoment m);  // "na_intake_ric", "na_start_werktraining", "einde_agr"
std::optional<ContactMoment> ParseContactMoment(std::string_view code);

struct ContactLetterInput {
  LetterInput letter;
  ContactMoment moment = ContactMoment::kNaIntakeRic;
  std::string contact_date;  // dd-mm-jjjj
  std::string summary;       // what was discussed, written by the RIC
};
DocumentModel ContactMomentDocument(const ContactLetterInput& in);

// Dutch label of a party code for documents ("werkgever" -> "Werkgever"; unknown codes are
// shown with underscores as spaces).
std::string PartyLabel(std::string_view party);

}  // namespace werkpad::documents
