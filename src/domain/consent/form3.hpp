#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/consent/consent.hpp"
#include "domain/forms/response.hpp"
#include "domain/forms/value.hpp"

namespace werkpad::domain::consent {

// Bridge between AGR form 3 (resources/forms/agr-3-toestemming.v1.json) and the consent record.
// The form is what the revalidant reads and signs; the record is what MayShare reads. Item keys
// used: "ric_inzet_vervolgen" (yes/no), "betrokkenen" (rows) with "partij" (party),
// "contact_toegestaan" (yes/no) and one yes/no per InfoKind code
// ("werksituatie_functieprofiel", ..., "medische_informatie").

// The events that bring `record` in line with the signed form 3 answers, in the order to append
// them (each through Append):
//   - party_added for a row's party that is not on the record yet;
//   - per row and per kind that KindAllowedFor allows: cell_recorded yes/no with the row's
//     answer (a kind without an answer is "no"; every kind is "no" when contact_toegestaan is
//     false). A cell that is "yes" now and "no" on the form becomes cell_withdrawn. Cells whose
//     status does not change produce no event;
//   - last, the signed event from `signature` (portal or paper);
//   - when ric_inzet_vervolgen is false instead: only withdrawals of every "yes" on the record,
//     and no signed event (withdrawals need no signature).
// The cell events are recorded by `by` at `at`; the signature event at signature.recorded_at.
// REQUIRES: `answers` passed final validation against form 3 (forms::FinalAnswers output).
// Errors: kInvalidInput when the answers lack the form 3 structure ("items.betrokkenen[i].partij"
//         required / wrong_type), or when signature.recorded_at is before `at` ("signature",
//         before_previous).
core::Result<std::vector<ConsentEvent>> EventsFromForm3(const ConsentRecord& record,
                                                        const forms::Answers& answers,
                                                        core::UserId by, core::Instant at,
                                                        const forms::Signature& signature);

// Whether form 3 allows the RIC to contact `party` (the row's "contact_toegestaan"), for the
// ContactPermissions of decision D2. false when ric_inzet_vervolgen is not true; nullopt when the
// party has no row.
std::optional<bool> Form3ContactAllowed(const forms::Answers& answers, std::string_view party);

}  // namespace werkpad::domain::consent
