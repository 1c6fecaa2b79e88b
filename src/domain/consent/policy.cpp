#include "domain/consent/policy.hpp"

#include <algorithm>

#include "domain/consent/replay.hpp"

namespace werkpad::domain::consent {

std::string_view ToCode(PolicyReason r) {
  switch (r) {
    case PolicyReason::kAllowed:
      return "allowed";
    case PolicyReason::kNoConsent:
      return "no_consent";
    case PolicyReason::kWithdrawn:
      return "withdrawn";
    case PolicyReason::kNotSigned:
      return "not_signed";
    case PolicyReason::kNeverAllowed:
      return "never_allowed";
  }
  return "no_consent";
}

std::optional<PolicyReason> ParsePolicyReason(std::string_view code) {
  for (auto r : {PolicyReason::kAllowed, PolicyReason::kNoConsent, PolicyReason::kWithdrawn,
                 PolicyReason::kNotSigned, PolicyReason::kNeverAllowed}) {
    if (ToCode(r) == code) return r;
  }
  return std::nullopt;
}

PolicyDecision MayShare(const ConsentRecord& record, InfoKind kind, std::string_view party,
                        core::Instant at) {
  // 1. Never: medical information to anyone but the bedrijfsarts (AP 2016; handbook ch. 5).
  if (!KindAllowedFor(party, kind)) return {false, PolicyReason::kNeverAllowed, std::nullopt};

  const internal::Replay r = internal::ReplayUntil(record, at);
  const std::string p(party);
  const internal::Cell* cell = r.HasParty(p) ? r.Find(p, kind) : nullptr;
  if (cell == nullptr) return {false, PolicyReason::kNoConsent, std::nullopt};
  switch (cell->status) {
    case CellStatus::kUnset:
    case CellStatus::kRefused:
      return {false, PolicyReason::kNoConsent, std::nullopt};
    case CellStatus::kWithdrawn:
      return {false, PolicyReason::kWithdrawn, std::nullopt};
    case CellStatus::kGranted:
      break;
  }
  // Written consent: the signature must come at or after the "yes" it covers.
  if (!r.last_signature || r.last_signature->at < cell->at) {
    return {false, PolicyReason::kNotSigned, std::nullopt};
  }
  return {true, PolicyReason::kAllowed, std::max(cell->at, r.last_signature->at)};
}

}  // namespace werkpad::domain::consent
