#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace werkpad::domain::reintegratievisie {

// The re-integratievisie (AGR form 7): "Op formulier 7 wordt door de re-integratiecoördinator
// de visie van het behandelteam op de terugkeer naar werk van de revalidant beschreven. Er kan
// aangegeven worden wat er tijdens de arbeidsgerichte revalidatiebehandeling al gebeurd is en er
// kan een advies gegeven worden met betrekking tot de te volgen weg terug naar werk. Na invullen
// wordt het formulier gelezen en getekend ter goedkeuring door de revalidant. Bovendien geeft de
// revalidant aan met welke betrokkenen de re-integratievisie gedeeld mag worden." (handbook
// ch. 4, "AGR formulier 7"). Drafted by the RIC, reviewed and added to by the disciplines and the
// revalidatiearts (ch. 3, stappenplan "Formuleren van de re-integratievisie").
//
// Form 7 is not a forms-engine form (domain/forms): it has its own lifecycle (review, versions,
// signature with a sharing choice) and a fixed set of sections that the documents render. Pure
// values; not thread-safe; owned by the caller.

// The means of re-integration the advice can name (handbook ch. 5 "Re-integratiemiddelen" and
// DOMAIN.md §4).
enum class Means {
  kEigenWerkAanpassingen,           // own work with adaptations
  kAnderWerk,                       // other work (with the own or another employer)
  kJobcoach,                        // jobcoaching
  kWerkfitTraject,                  // UWV 'Werkfit maken' trajectory
  kNaarWerkTraject,                 // UWV 'Naar werk' trajectory
  kArbeidstherapeutischePlaatsing,  // (arbeids)therapeutische plaatsing, normally at most 6 weeks
  kOutplacement,                    // outplacement (employer pays in the first two years)
  kDagbesteding,                    // activity centre, care farm, volunteer work (WMO / Wlz)
  kWerkplekaanpassingen,            // workplace adaptations
  kVasteCollegaBuddy,               // a fixed colleague as buddy (handbook ch. 5, "Collega's")
};

// Codes "eigen_werk_aanpassingen", "ander_werk", "jobcoach", "werkfit_traject",
// "naar_werk_traject", "arbeidstherapeutische_plaatsing", "outplacement", "dagbesteding",
// "werkplekaanpassingen", "vaste_collega_buddy".
std::string_view ToCode(Means m);
std::optional<Means> ParseMeans(std::string_view code);
std::span<const Means> AllMeans();

// "Arbeidstherapeutische plaatsing ... in principe maximaal zes weken" (handbook ch. 5).
inline constexpr int kMaxTherapeuticPlacementWeeks = 6;
inline constexpr std::size_t kMaxSectionLength = 8000;

// The sections of form 7. Medical sections (behandeldoelen, medische_toelichting) never leave the
// team except to the bedrijfsarts with consent; EmployerCopy drops them (AP, "De zieke
// werknemer" 2016: the employer never holds a diagnosis or the nature of the sickness).
struct Content {
  std::string verloop;                 // what happened during AGR: steps taken and decisions
  std::string werksituatie;            // the work situation and the forms' key answers (2, 5)
  std::string profielvergelijking;     // person profile against function profile (forms 4, 6)
  std::string behandeldoelen;          // MEDICAL: treatment goals achieved or not
  std::string werktraining;            // summary of the work training
  std::string visie_team;              // the team's view on the return to work
  std::string aandachtspunten;         // attention points for the return to work
  std::vector<Means> middelen;         // advised means, in the order chosen
  std::optional<int> plaatsing_weken;  // weeks of arbeidstherapeutische plaatsing (1..6)
  std::string advies;                  // advice on the route back to work
  std::string medische_toelichting;    // MEDICAL: for the team and (with consent) the bedrijfsarts

  friend bool operator==(const Content&, const Content&) = default;
};

// Section keys, in document order, and whether each is medical.
struct SectionInfo {
  std::string_view key;
  bool medical = false;
};
std::span<const SectionInfo> Sections();
bool IsSection(std::string_view key);

// The content without the medical sections: what an employer's copy shows.
Content EmployerCopy(const Content& c);

// Field checks: each text <= kMaxSectionLength ("<key>" too_long); "middelen" duplicate;
// "plaatsing_weken" required when arbeidstherapeutische plaatsing is advised, out_of_range
// outside 1..6, not_applicable otherwise. kInvalidInput with every problem.
core::Status ValidateContent(const Content& c);

enum class Status {
  kDraft,              // "draft": the RIC writes
  kInReview,           // "in_review": disciplines and revalidatiearts review and add
  kReadyForSignature,  // "ready_for_signature": the revalidant may read and sign it
  kSigned,             // "signed": signed in the portal or on paper (final)
};

std::string_view ToCode(Status s);
std::optional<Status> ParseStatus(std::string_view code);

// Whether the content may be changed in this status (draft and in_review).
bool ContentEditable(Status s);
// Whether review comments may be added (every status before signed).
bool CommentsOpen(Status s);

// A status change by staff (signing is not one: see CheckSignable).
//   draft -> in_review; in_review -> draft; in_review -> ready_for_signature (needs the team's
//   view and an advice: "visie_team" required, "advies" required unless means are chosen);
//   ready_for_signature -> in_review / draft (back for changes; `reason` required).
// Errors: kRuleViolation (not allowed from `from`; the message names both statuses),
//         kInvalidInput ("visie_team"/"advies" required, "reason" required).
core::Status CheckTransition(Status from, Status to, const Content& c, std::string_view reason);

// Signing needs status ready_for_signature. kRuleViolation otherwise.
core::Status CheckSignable(Status s);

}  // namespace werkpad::domain::reintegratievisie
