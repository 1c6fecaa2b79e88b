#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/poortwachter/deadlines.hpp"

namespace werkpad::domain::poortwachter {

// The re-integratieverslag (RIV) sent with the WIA application is a checklist of dated documents.
// Source: DOMAIN.md section 6 (list of RIV documents; the medical part comes from the bedrijfsarts
// and stays apart from the employer's part), checked 2026-11-23.

// Which part of the RIV a document belongs to. Codes "werkgever", "medisch", "werknemer".
// The medical part is written by the bedrijfsarts and never shown on the employer side.
enum class RivPart { kEmployer, kMedical, kEmployee };
std::string_view ToCode(RivPart p);

// Codes: "ziekmelding", "afspraken", "probleemanalyse", "bijstelling_probleemanalyse",
// "plan_van_aanpak", "bijstelling_plan_van_aanpak", "melding_42e_week", "eerstejaarsevaluatie",
// "arbeidsdeskundig_rapport", "reintegratiebureau_rapport", "actueel_oordeel", "eindevaluatie",
// "visie_werknemer".
enum class RivDocumentKind {
  kZiekmelding,
  kAfspraken,
  kProbleemanalyse,
  kBijstellingProbleemanalyse,
  kPlanVanAanpak,
  kBijstellingPlanVanAanpak,
  kMelding42eWeek,
  kEerstejaarsevaluatie,
  kArbeidsdeskundigRapport,
  kReintegratiebureauRapport,
  kActueelOordeel,
  kEindevaluatie,
  kVisieWerknemer,
};
std::string_view ToCode(RivDocumentKind k);
std::optional<RivDocumentKind> ParseRivDocumentKind(std::string_view code);
std::span<const RivDocumentKind> AllRivDocumentKinds();
RivPart PartOf(RivDocumentKind k);

// Codes "required", "conditional" (required only when spoor 2 applies), "optional".
enum class RivRequirement { kRequired, kConditional, kOptional };
RivRequirement RequirementOf(RivDocumentKind k);

// One recorded document: its kind and its date.
struct RivDocument {
  RivDocumentKind kind = RivDocumentKind::kZiekmelding;
  core::Date date{};
};

// Codes "present", "late", "missing", "pending", "not_required".
//   present       recorded on or before its due date (or it has none)
//   late          recorded, but first recorded after its due date
//   missing       required, not recorded, due date passed
//   pending       required, not recorded, due date not yet passed
//   not_required  optional (or conditional and not applicable) and not recorded
enum class RivItemStatus { kPresent, kLate, kMissing, kPending, kNotRequired };
std::string_view ToCode(RivItemStatus s);

// Codes "none", "low", "medium", "high", "critical". Rises from week 80 towards the WIA
// application deadline (end of week 93) while required documents are not yet recorded:
// before week 80 or complete: none; weeks 80-84: low; 85-88: medium; 89-93: high; from 94:
// critical.
enum class RivUrgency { kNone, kLow, kMedium, kHigh, kCritical };
std::string_view ToCode(RivUrgency u);
inline constexpr int kRivUrgencyFromWeek = 80;

struct RivItem {
  RivDocumentKind kind = RivDocumentKind::kZiekmelding;
  RivRequirement requirement = RivRequirement::kRequired;
  bool required = true;           // requirement resolved for this case
  std::optional<core::Date> due;  // from the timeline; nullopt for optional documents
  std::vector<core::Date> dates;  // recorded dates, ascending
  RivItemStatus status = RivItemStatus::kPending;
};

struct RivChecklist {
  std::vector<RivItem> employer_part;         // RivPart::kEmployer
  std::vector<RivItem> medical_part;          // RivPart::kMedical: bedrijfsarts only
  std::vector<RivItem> employee_part;         // RivPart::kEmployee
  int week = 0;                               // the timeline's current week
  bool complete = false;                      // every required document recorded
  std::vector<RivDocumentKind> not_recorded;  // required documents without a date
  RivUrgency urgency = RivUrgency::kNone;
};

// Checks the recorded documents against the timeline (its due dates, today and whether spoor 2
// applies). Errors: kInvalidInput with paths "documents[i].date" and codes "invalid_date",
// "before_first_sick_day", "in_future".
core::Result<RivChecklist> CheckRiv(const Timeline& timeline,
                                    std::span<const RivDocument> documents);

// The urgency for a week when the RIV is (in)complete; see RivUrgency.
RivUrgency UrgencyFor(int week, bool complete);

}  // namespace werkpad::domain::poortwachter
