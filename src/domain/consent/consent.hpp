#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/consent/party.hpp"
#include "domain/forms/response.hpp"

namespace werkpad::domain::consent {

// The consent of one revalidant to exchange information (AGR form 3, "Toestemmingsformulier
// informatie-uitwisseling", handbook ch. 4 and ch. 5 "Toestemming revalidant"): a matrix of
// parties x kinds of information, each cell yes or no, the whole form signed by the revalidant.
//
// It is kept as an append-only list of events (ConsentRecord); the current matrix is derived
// (CurrentConsent), and so is every sharing decision (MayShare in policy.hpp). Nothing is ever
// overwritten: a withdrawal is a new event, so the history shows who recorded what and when.
// Values are plain data; not thread-safe; owned by the caller.

// The kinds of information form 3 asks consent for ("Per betrokkene is aangegeven welke
// informatie wordt gedeeld", handbook ch. 4).
enum class InfoKind {
  kWerksituatieFunctieprofiel,  // work situation and function profile (forms 2, 4)
  kMogelijkhedenBeperkingen,    // functional possibilities and limitations (form 6)
  kVoortgangWerktraining,       // progress of work training (training reports)
  kReIntegratievisie,           // the re-integratievisie (form 7)
  kMedischeInformatie,          // medical information: bedrijfsarts only, see KindAllowedFor
};

// Codes "werksituatie_functieprofiel", "mogelijkheden_beperkingen", "voortgang_werktraining",
// "reintegratievisie", "medische_informatie".
std::string_view ToCode(InfoKind kind);
std::optional<InfoKind> ParseInfoKind(std::string_view code);
std::span<const InfoKind> AllInfoKinds();

// Whether consent for `kind` can exist at all for `party`. Medical information may only ever go to
// the bedrijfsarts (and then only via the revalidatiearts, after written consent: handbook ch. 5,
// "Bedrijfsarts"). The employer may never receive or register a diagnosis or the nature or cause
// of the sickness, not even with the employee's consent. Source: Autoriteit Persoonsgegevens,
// beleidsregels "De zieke werknemer" (2016), checked 2026-11-23; DOMAIN.md §8.
bool KindAllowedFor(std::string_view party, InfoKind kind);

enum class ConsentEventType {
  kPartyAdded,     // a party beyond the five defaults, for this revalidant
  kPartyRemoved,   // a party that does not apply (only when it has no "yes" cell left)
  kCellRecorded,   // yes or no for (party, kind)
  kCellWithdrawn,  // a "yes" withdrawn; possible at any time, takes effect at once
  kSigned,         // the whole form signed: in the portal or on paper
};

// Codes "party_added", "party_removed", "cell_recorded", "cell_withdrawn", "signed".
std::string_view ToCode(ConsentEventType t);
std::optional<ConsentEventType> ParseConsentEventType(std::string_view code);

// How the form was signed: by the revalidant in the portal (timestamped by the system), or on
// paper, recorded by the RIC with the date on the paper. The forms engine's enum (codes "portal",
// "paper"), since form 3 is a form.
using SignatureMethod = forms::SignatureMethod;

struct ConsentEvent {
  ConsentEventType type = ConsentEventType::kCellRecorded;
  core::UserId by;               // who recorded it (the revalidant in the portal, or staff)
  core::Instant at{};            // when it was recorded; events are appended in time order
  std::string party;             // party events and cell events
  std::optional<InfoKind> kind;  // cell events
  bool granted = false;          // kCellRecorded: yes (true) or no (false)
  std::optional<SignatureMethod> method;  // kSigned
  std::optional<core::Date> signed_on;    // kSigned: paper date; portal: DutchDate(at)
  std::string note;                       // optional free text (no medical content)

  friend bool operator==(const ConsentEvent&, const ConsentEvent&) = default;
};

struct ConsentRecord {
  core::RevalidantId revalidant_id;
  std::vector<ConsentEvent> events;  // append-only, non-decreasing `at`

  friend bool operator==(const ConsentRecord&, const ConsentRecord&) = default;
};

// Event builders (no checks; Append checks).
ConsentEvent AddParty(std::string party, core::UserId by, core::Instant at);
ConsentEvent RemoveParty(std::string party, core::UserId by, core::Instant at);
ConsentEvent RecordCell(std::string party, InfoKind kind, bool granted, core::UserId by,
                        core::Instant at);
ConsentEvent WithdrawCell(std::string party, InfoKind kind, core::UserId by, core::Instant at);
ConsentEvent SignInPortal(core::UserId revalidant_user, core::Instant at);
ConsentEvent SignOnPaper(core::UserId recorded_by, core::Instant at, core::Date signed_on);

inline constexpr std::size_t kMaxNoteLength = 1000;

// Appends `event` to the record after checking it against the history so far.
// Errors:
//   kInvalidInput   "by" required; "at" before_previous (time runs forward); "party"
//                   invalid_code; "kind" required/not_applicable; "method" required;
//                   "signed_on" required/in_future/mismatch; "note" too_long.
//   kRuleViolation  unknown party (add it first); party already present; removing a party that
//                   still has a "yes"; recording "yes" for a kind the party may never receive
//                   (medical information for anyone but the bedrijfsarts — never the werkgever);
//                   withdrawing a cell that is not "yes"; signing a form without any cell.
core::Result<ConsentRecord> Append(const ConsentRecord& record, ConsentEvent event);

enum class CellStatus { kUnset, kGranted, kRefused, kWithdrawn };

// Codes "unset", "granted", "refused", "withdrawn".
std::string_view ToCode(CellStatus s);

struct CellState {
  std::string party;
  InfoKind kind = InfoKind::kWerksituatieFunctieprofiel;
  CellStatus status = CellStatus::kUnset;
  core::UserId recorded_by;  // of the latest cell event (none when unset)
  std::optional<core::Instant> recorded_at;
  bool signed_after = false;  // a signature was recorded at or after the latest cell event

  friend bool operator==(const CellState&, const CellState&) = default;
};

struct ConsentState {
  std::vector<std::string> parties;       // defaults first, then added ones, minus removed
  std::vector<CellState> cells;           // per party, per kind that KindAllowedFor allows
  std::optional<ConsentEvent> signature;  // the latest kSigned event

  friend bool operator==(const ConsentState&, const ConsentState&) = default;
};

// The matrix as it stood at `at` (events recorded after `at` are ignored).
ConsentState CurrentConsent(const ConsentRecord& record, core::Instant at);

}  // namespace werkpad::domain::consent
