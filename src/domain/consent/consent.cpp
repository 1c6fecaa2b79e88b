#include "domain/consent/consent.hpp"

#include <algorithm>
#include <array>

#include "core/dutch_date.hpp"
#include "domain/consent/replay.hpp"

namespace werkpad::domain::consent {

namespace {

constexpr std::array kKinds = {
    InfoKind::kWerksituatieFunctieprofiel, InfoKind::kMogelijkhedenBeperkingen,
    InfoKind::kVoortgangWerktraining, InfoKind::kReIntegratievisie, InfoKind::kMedischeInformatie};

constexpr std::array kEventTypes = {ConsentEventType::kPartyAdded, ConsentEventType::kPartyRemoved,
                                    ConsentEventType::kCellRecorded,
                                    ConsentEventType::kCellWithdrawn, ConsentEventType::kSigned};

ConsentEvent Make(ConsentEventType type, std::string party, core::UserId by, core::Instant at) {
  ConsentEvent e;
  e.type = type;
  e.party = std::move(party);
  e.by = by;
  e.at = at;
  return e;
}

bool IsCellEvent(ConsentEventType t) {
  return t == ConsentEventType::kCellRecorded || t == ConsentEventType::kCellWithdrawn;
}
bool IsPartyEvent(ConsentEventType t) {
  return t == ConsentEventType::kPartyAdded || t == ConsentEventType::kPartyRemoved;
}

// Shape checks that need no history.
std::vector<core::FieldError> CheckShape(const ConsentEvent& e) {
  std::vector<core::FieldError> errors;
  if (!e.by.valid()) errors.push_back({"by", "required", "a user is required"});
  const bool with_party = IsCellEvent(e.type) || IsPartyEvent(e.type);
  if (with_party && !IsValidPartyCode(e.party)) {
    errors.push_back({"party", "invalid_code", "must match [a-z][a-z0-9_]* (2..40 characters)"});
  }
  if (!with_party && !e.party.empty()) {
    errors.push_back({"party", "not_applicable", "a signature covers the whole form"});
  }
  if (IsCellEvent(e.type) && !e.kind) errors.push_back({"kind", "required", "is required"});
  if (!IsCellEvent(e.type) && e.kind) {
    errors.push_back({"kind", "not_applicable", "only cell events have a kind"});
  }
  if (e.type == ConsentEventType::kSigned) {
    if (!e.method) errors.push_back({"method", "required", "is required"});
    const core::Date recorded_on = core::DutchDate(e.at);
    if (e.method == SignatureMethod::kPaper) {
      if (!e.signed_on) {
        errors.push_back({"signed_on", "required", "the date on the paper is required"});
      } else if (core::DaysBetween(recorded_on, *e.signed_on) > 0) {
        errors.push_back({"signed_on", "in_future", "is after the day it is recorded"});
      }
    } else if (e.method == SignatureMethod::kPortal && e.signed_on && *e.signed_on != recorded_on) {
      errors.push_back({"signed_on", "mismatch", "a portal signature is dated when recorded"});
    }
  } else {
    if (e.method) errors.push_back({"method", "not_applicable", "only for a signature"});
    if (e.signed_on) errors.push_back({"signed_on", "not_applicable", "only for a signature"});
  }
  if (e.note.size() > kMaxNoteLength) {
    errors.push_back({"note", "too_long", "is longer than 1000 characters"});
  }
  return errors;
}

}  // namespace

std::string_view ToCode(InfoKind kind) {
  switch (kind) {
    case InfoKind::kWerksituatieFunctieprofiel:
      return "werksituatie_functieprofiel";
    case InfoKind::kMogelijkhedenBeperkingen:
      return "mogelijkheden_beperkingen";
    case InfoKind::kVoortgangWerktraining:
      return "voortgang_werktraining";
    case InfoKind::kReIntegratievisie:
      return "reintegratievisie";
    case InfoKind::kMedischeInformatie:
      return "medische_informatie";
  }
  return "medische_informatie";
}

std::optional<InfoKind> ParseInfoKind(std::string_view code) {
  for (InfoKind k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::span<const InfoKind> AllInfoKinds() { return kKinds; }

bool KindAllowedFor(std::string_view party, InfoKind kind) {
  // Source: AP, beleidsregels "De zieke werknemer" (2016); handbook ch. 5 "Bedrijfsarts".
  return kind != InfoKind::kMedischeInformatie || party == kBedrijfsarts;
}

std::string_view ToCode(ConsentEventType t) {
  switch (t) {
    case ConsentEventType::kPartyAdded:
      return "party_added";
    case ConsentEventType::kPartyRemoved:
      return "party_removed";
    case ConsentEventType::kCellRecorded:
      return "cell_recorded";
    case ConsentEventType::kCellWithdrawn:
      return "cell_withdrawn";
    case ConsentEventType::kSigned:
      return "signed";
  }
  return "cell_recorded";
}

std::optional<ConsentEventType> ParseConsentEventType(std::string_view code) {
  for (ConsentEventType t : kEventTypes) {
    if (ToCode(t) == code) return t;
  }
  return std::nullopt;
}

std::string_view ToCode(CellStatus s) {
  switch (s) {
    case CellStatus::kUnset:
      return "unset";
    case CellStatus::kGranted:
      return "granted";
    case CellStatus::kRefused:
      return "refused";
    case CellStatus::kWithdrawn:
      return "withdrawn";
  }
  return "unset";
}

ConsentEvent AddParty(std::string party, core::UserId by, core::Instant at) {
  return Make(ConsentEventType::kPartyAdded, std::move(party), by, at);
}

ConsentEvent RemoveParty(std::string party, core::UserId by, core::Instant at) {
  return Make(ConsentEventType::kPartyRemoved, std::move(party), by, at);
}

ConsentEvent RecordCell(std::string party, InfoKind kind, bool granted, core::UserId by,
                        core::Instant at) {
  ConsentEvent e = Make(ConsentEventType::kCellRecorded, std::move(party), by, at);
  e.kind = kind;
  e.granted = granted;
  return e;
}

ConsentEvent WithdrawCell(std::string party, InfoKind kind, core::UserId by, core::Instant at) {
  ConsentEvent e = Make(ConsentEventType::kCellWithdrawn, std::move(party), by, at);
  e.kind = kind;
  return e;
}

ConsentEvent SignInPortal(core::UserId revalidant_user, core::Instant at) {
  ConsentEvent e = Make(ConsentEventType::kSigned, "", revalidant_user, at);
  e.method = SignatureMethod::kPortal;
  e.signed_on = core::DutchDate(at);
  return e;
}

ConsentEvent SignOnPaper(core::UserId recorded_by, core::Instant at, core::Date signed_on) {
  ConsentEvent e = Make(ConsentEventType::kSigned, "", recorded_by, at);
  e.method = SignatureMethod::kPaper;
  e.signed_on = signed_on;
  return e;
}

core::Result<ConsentRecord> Append(const ConsentRecord& record, ConsentEvent event) {
  std::vector<core::FieldError> errors = CheckShape(event);
  if (!record.events.empty() && event.at < record.events.back().at) {
    errors.push_back({"at", "before_previous", "is before the previous consent event"});
  }
  if (!errors.empty()) {
    std::string msg =
        "invalid consent event: " + errors.front().path + " " + errors.front().message;
    return core::Error::Invalid(std::move(msg), std::move(errors));
  }
  if (event.type == ConsentEventType::kSigned)
    event.signed_on = event.signed_on.value_or(core::DutchDate(event.at));

  const internal::Replay now = internal::ReplayUntil(record, std::nullopt);
  const bool known = now.HasParty(event.party);
  switch (event.type) {
    case ConsentEventType::kPartyAdded:
      if (known) return core::Error::Rule("party '" + event.party + "' is already on the form");
      break;
    case ConsentEventType::kPartyRemoved:
      if (!known) return core::Error::Rule("party '" + event.party + "' is not on the form");
      for (InfoKind k : kKinds) {
        if (now.StatusOf(event.party, k) == CellStatus::kGranted) {
          return core::Error::Rule("party '" + event.party +
                                   "' still has consent; withdraw it before removing the party");
        }
      }
      break;
    case ConsentEventType::kCellRecorded:
      if (!known) {
        return core::Error::Rule("party '" + event.party + "' is not on the form; add it first");
      }
      // Source: AP, beleidsregels "De zieke werknemer" (2016): the employer may never receive a
      // diagnosis or the nature/cause of the sickness, not even with consent; handbook ch. 5:
      // medical data go only to the bedrijfsarts, via the revalidatiearts.
      if (event.granted && !KindAllowedFor(event.party, *event.kind)) {
        return core::Error::Rule("medical information may only go to the bedrijfsarts, never to '" +
                                 event.party + "', whatever the consent");
      }
      break;
    case ConsentEventType::kCellWithdrawn:
      if (!known) return core::Error::Rule("party '" + event.party + "' is not on the form");
      if (now.StatusOf(event.party, *event.kind) != CellStatus::kGranted) {
        return core::Error::Rule("there is no consent to withdraw for '" + event.party + "' / " +
                                 std::string(ToCode(*event.kind)));
      }
      break;
    case ConsentEventType::kSigned:
      if (now.cells.empty()) return core::Error::Rule("the consent form has no answers to sign");
      break;
  }
  ConsentRecord next = record;
  next.events.push_back(std::move(event));
  return next;
}

ConsentState CurrentConsent(const ConsentRecord& record, core::Instant at) {
  const internal::Replay r = internal::ReplayUntil(record, at);
  ConsentState state;
  state.parties = r.parties;
  state.signature = r.last_signature;
  for (const std::string& party : r.parties) {
    for (InfoKind kind : kKinds) {
      if (!KindAllowedFor(party, kind)) continue;
      CellState cell;
      cell.party = party;
      cell.kind = kind;
      if (const internal::Cell* c = r.Find(party, kind)) {
        cell.status = c->status;
        cell.recorded_by = c->by;
        cell.recorded_at = c->at;
        cell.signed_after = r.last_signature && r.last_signature->at >= c->at;
      }
      state.cells.push_back(std::move(cell));
    }
  }
  return state;
}

}  // namespace werkpad::domain::consent
