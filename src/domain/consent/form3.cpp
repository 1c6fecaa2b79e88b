#include "domain/consent/form3.hpp"

#include <algorithm>

#include "domain/consent/replay.hpp"

namespace werkpad::domain::consent {

namespace {

const forms::Value* Find(const forms::Answers& a, std::string_view key) {
  auto it = a.find(key);
  return it == a.end() ? nullptr : &it->second;
}

bool YesAt(const forms::Answers& a, std::string_view key) {
  const forms::Value* v = Find(a, key);
  const bool* b = v != nullptr ? std::get_if<bool>(v) : nullptr;
  return b != nullptr && *b;
}

const std::vector<forms::Row>* Rows(const forms::Answers& a) {
  const forms::Value* v = Find(a, "betrokkenen");
  return v != nullptr ? std::get_if<std::vector<forms::Row>>(v) : nullptr;
}

}  // namespace

core::Result<std::vector<ConsentEvent>> EventsFromForm3(const ConsentRecord& record,
                                                        const forms::Answers& answers,
                                                        core::UserId by, core::Instant at,
                                                        const forms::Signature& signature) {
  if (signature.recorded_at < at) {
    return core::Error::Invalid(
        "the signature must come after the answers it covers",
        {{"signature", "before_previous", "is recorded before the consent answers"}});
  }
  const internal::Replay now = internal::ReplayUntil(record, std::nullopt);
  std::vector<ConsentEvent> events;

  if (!YesAt(answers, "ric_inzet_vervolgen")) {
    // No consent to continue at all: every "yes" is withdrawn.
    for (const auto& [cell, state] : now.cells) {
      if (state.status == CellStatus::kGranted) {
        events.push_back(WithdrawCell(cell.first, cell.second, by, at));
      }
    }
  } else {
    const std::vector<forms::Row>* rows = Rows(answers);
    std::vector<core::FieldError> errors;
    std::vector<std::string> added;
    for (std::size_t i = 0; rows != nullptr && i < rows->size(); ++i) {
      const forms::Answers& row = (*rows)[i].answers;
      const forms::Value* pv = Find(row, "partij");
      const std::string* party = pv != nullptr ? std::get_if<std::string>(pv) : nullptr;
      if (party == nullptr || !IsValidPartyCode(*party)) {
        errors.push_back({"items.betrokkenen[" + std::to_string(i) + "].partij", "required",
                          "a valid party code is required"});
        continue;
      }
      const bool known =
          now.HasParty(*party) || std::find(added.begin(), added.end(), *party) != added.end();
      if (!known) {
        events.push_back(AddParty(*party, by, at));
        added.push_back(*party);
      }
      const bool contact = YesAt(row, "contact_toegestaan");
      for (InfoKind kind : AllInfoKinds()) {
        if (!KindAllowedFor(*party, kind)) continue;  // never recorded (AP 2016; handbook h5)
        const bool yes = contact && YesAt(row, ToCode(kind));
        const CellStatus current = now.StatusOf(*party, kind);
        if (yes) {
          // A "yes" is always recorded again, so that the new signature covers it.
          events.push_back(RecordCell(*party, kind, true, by, at));
        } else if (current == CellStatus::kGranted) {
          events.push_back(WithdrawCell(*party, kind, by, at));
        } else if (current != CellStatus::kRefused && current != CellStatus::kWithdrawn) {
          events.push_back(RecordCell(*party, kind, false, by, at));
        }
      }
    }
    if (!errors.empty()) return core::Error::Invalid("form 3 answers are incomplete", errors);
  }

  // Withdrawals need no signature; a refusal to continue leaves nothing to sign.
  if (!YesAt(answers, "ric_inzet_vervolgen")) return events;
  ConsentEvent sign =
      signature.method == forms::SignatureMethod::kPortal
          ? SignInPortal(signature.recorded_by, signature.recorded_at)
          : SignOnPaper(signature.recorded_by, signature.recorded_at, signature.signed_on);
  events.push_back(std::move(sign));
  return events;
}

std::optional<bool> Form3ContactAllowed(const forms::Answers& answers, std::string_view party) {
  if (!YesAt(answers, "ric_inzet_vervolgen")) return false;
  const std::vector<forms::Row>* rows = Rows(answers);
  if (rows == nullptr) return std::nullopt;
  for (const forms::Row& row : *rows) {
    const forms::Value* pv = Find(row.answers, "partij");
    const std::string* p = pv != nullptr ? std::get_if<std::string>(pv) : nullptr;
    if (p != nullptr && *p == party) {
      return YesAt(row.answers, "contact_toegestaan");
    }
  }
  return std::nullopt;
}

}  // namespace werkpad::domain::consent
