#pragma once

#include <span>
#include <string_view>

namespace werkpad::domain::consent {

// A party that information may go to, as a stable code. Form 3 lists five parties by default and
// lets them be adjusted per revalidant ("Indien nodig kunnen de genoemde betrokkenen per
// revalidant aangepast worden", handbook ch. 4, AGR formulier 3), so parties are open codes rather
// than an enum. The same codes are used by the forms engine's "party" item type.

inline constexpr std::string_view kWerkgever = "werkgever";
inline constexpr std::string_view kBedrijfsarts = "bedrijfsarts";
inline constexpr std::string_view kUwv = "uwv";
inline constexpr std::string_view kAfdelingArbeidsintegratie = "afdeling_arbeidsintegratie";
inline constexpr std::string_view kPsycholoog = "psycholoog";

// The five parties of form 3, in the form's order (handbook ch. 4): werkgever, bedrijfsarts, uwv,
// afdeling_arbeidsintegratie, psycholoog.
std::span<const std::string_view> DefaultParties();

// Further parties the handbook names as network partners (ch. 5) that an institution typically
// adds per revalidant: jobcoach, gemeente, verzekeraar (private disability or liability insurer),
// reintegratiebureau, huisarts, medisch_specialist. Suggestions only: any valid code is accepted.
std::span<const std::string_view> SuggestedExtraParties();

// A party code: [a-z][a-z0-9_]*, 2..40 characters.
bool IsValidPartyCode(std::string_view code);

}  // namespace werkpad::domain::consent
