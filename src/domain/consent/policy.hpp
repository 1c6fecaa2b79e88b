#pragma once

#include <optional>
#include <string_view>

#include "core/date.hpp"
#include "domain/consent/consent.hpp"

namespace werkpad::domain::consent {

// Why information may or may not be shared.
enum class PolicyReason {
  kAllowed,       // a "yes" for (party, kind), signed at or after it was recorded, not withdrawn
  kNoConsent,     // never asked, answered "no", or the party is not (or no longer) on the form
  kWithdrawn,     // the latest event for the cell is a withdrawal
  kNotSigned,     // "yes" recorded, but no signature recorded at or after it
  kNeverAllowed,  // this kind may never go to this party (medical information to anyone but
                  // the bedrijfsarts, in particular the werkgever), whatever the form says
};

// Codes "allowed", "no_consent", "withdrawn", "not_signed", "never_allowed".
std::string_view ToCode(PolicyReason r);
std::optional<PolicyReason> ParsePolicyReason(std::string_view code);

struct PolicyDecision {
  bool allowed = false;
  PolicyReason reason = PolicyReason::kNoConsent;
  // When allowed: the moment from which it was allowed (the later of the "yes" and the signature
  // that covers it), for the NEN 7513 log ("the consent profile that allowed it").
  std::optional<core::Instant> allowed_since;

  friend bool operator==(const PolicyDecision&, const PolicyDecision&) = default;
};

// THE consent policy: may information of `kind` about the revalidant whose record this is go to
// `party` at moment `at`? Only events recorded at or before `at` count, so a withdrawal recorded
// before a request blocks it, and a request at the very moment of a withdrawal is refused.
// Order of checks:
//   1. KindAllowedFor(party, kind) false                  -> kNeverAllowed
//   2. party not on the form, or cell unset or "no"         -> kNoConsent
//   3. cell withdrawn                                       -> kWithdrawn
//   4. "yes" without a signature recorded at or after it    -> kNotSigned
//   5. otherwise                                            -> kAllowed
// Sources: handbook ch. 4 (form 3) and ch. 5 ("Toestemming revalidant", "Bedrijfsarts": medical
// data only via the revalidatiearts, after written consent); AP, beleidsregels "De zieke
// werknemer" (2016) for the werkgever. Pure; the service calls it for every outgoing transfer and
// logs the decision.
PolicyDecision MayShare(const ConsentRecord& record, InfoKind kind, std::string_view party,
                        core::Instant at);

}  // namespace werkpad::domain::consent
