#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "domain/consent/policy.hpp"
#include "domain/identity/role.hpp"

namespace werkpad::domain::agr {

// Contact moments with werkgever and bedrijfsarts and the contact log of a trajectory (issue 6,
// "Contact moments and partners", first bullet; docs/agr-route.md §2a).
//
// The handbook (ch. 5 "Werkgever" and "Bedrijfsarts", tables "Timing / Doel / Hulpmiddelen"; ch.
// 3 "Stappenplan activiteiten AGR") names three minimum contact moments with each of the two
// parties: after the RIC intake, after the decision to start work training, and at the end of AGR.
// The route creates them as tasks (tasks.hpp); this module adds, per task, the PURPOSE and the
// MATERIALS TO BRING, and the rules of a logged contact. Pure: no I/O.

// How a contact took place.
enum class Channel {
  kTelefoon,
  kEmail,
  kBezoekWerkplek,   // visit at the workplace (handbook ch. 3: "eerste bezoek aan werkgever")
  kOverlegCentrum,   // meeting in the rehabilitation centre (e.g. the warm handover)
  kVideobellen,
  kBrief,            // handbook ch. 3: "telefonisch of per mail of brief"
};

// Codes "telefoon", "e_mail", "bezoek_werkplek", "overleg_centrum", "videobellen", "brief".
std::string_view ToCode(Channel c);
std::optional<Channel> ParseChannel(std::string_view code);
std::span<const Channel> AllChannels();

// A material (hulpmiddel) the RIC brings or hands over at a contact.
struct Material {
  std::string_view key;    // stable snake_case key
  std::string_view label;  // Dutch, as the handbook names it
  std::string_view source;
};

// Every material of the catalogue, in the order of the handbook's tables.
std::span<const Material> MaterialCatalogue();
const Material* FindMaterial(std::string_view key);

// Which party a contact-moment task is with.
enum class MomentParty {
  kWerkgever,
  kBedrijfsarts,
  kKetenpartner,  // any other party on form 3 (handbook ch. 3: "eventuele andere ketenpartners")
};
// "werkgever", "bedrijfsarts", "ketenpartner".
std::string_view ToCode(MomentParty p);

// The purpose and the materials of one contact-moment task of the catalogue (tasks.hpp).
struct ContactMoment {
  std::string_view task_key;  // a key of TaskCatalogue()
  MomentParty party;
  std::string_view timing;                     // Dutch, the handbook's "Timing" column
  std::span<const std::string_view> purposes;  // Dutch, the "Doel" column, one line each
  std::span<const std::string_view> materials;  // keys of MaterialCatalogue()
  std::string_view source;
};

// The seven contact-moment tasks, in route order.
std::span<const ContactMoment> ContactMoments();
// The contact moment of task `task_key`, or nullptr when the task is not a contact moment.
const ContactMoment* FindContactMoment(std::string_view task_key);

// Whether a contact with `party` (a consent party code) fulfils `moment`: werkgever and
// bedrijfsarts moments need exactly that party; ketenpartner moments any other valid party.
bool PartyFits(const ContactMoment& moment, std::string_view party);

inline constexpr std::size_t kMaxSummaryLength = 4000;
inline constexpr std::size_t kMaxPurposeLength = 500;
inline constexpr std::size_t kMaxOtherMaterialsLength = 500;
inline constexpr std::size_t kMaxMaterials = 20;

// One logged contact as entered.
struct ContactInput {
  std::optional<core::Date> date;
  std::string party;    // consent party code: werkgever, bedrijfsarts, uwv, jobcoach, ...
  std::string channel;  // Channel code
  std::string purpose;
  std::vector<std::string> materials;  // keys of MaterialCatalogue()
  std::string other_materials;         // free text
  std::string summary;
  bool medical = false;  // specific medical information (see CheckMedicalContact)
};

// Field errors of `in` (empty when valid): "date" required / in_future (after `today`);
// "party" required / invalid_code; "channel" required / invalid_value; "purpose" required /
// too_long (> 500); "materials" too_many (> 20); "materials[i]" invalid_value / duplicate;
// "other_materials" too_long (> 500); "summary" required / too_long (> 4000 characters, counted
// as UTF-8 code points).
std::vector<core::FieldError> ValidateContact(const ContactInput& in, core::Date today);

// Why a medical contact is refused.
enum class MedicalRefusal {
  kNone,                  // allowed (or not a medical contact)
  kPartyNotBedrijfsarts,  // medical information goes to the bedrijfsarts only
  kAuthorNotArts,         // and only via the revalidatiearts
  kNoConsent,             // and only with the revalidant's written consent (form 3)
};
// "none", "medical_party", "medical_author", "medical_no_consent".
std::string_view ToCode(MedicalRefusal r);

// The rule of handbook ch. 5 "Bedrijfsarts": "Via de revalidatiearts kunnen de specifieke
// medische gegevens van de werknemer gecommuniceerd worden, altijd na schriftelijke toestemming
// van de revalidant/werknemer." A contact flagged medical must be with the bedrijfsarts, recorded
// by a revalidatiearts, and `consent` (consent::MayShare for medische_informatie, bedrijfsarts,
// now) must allow it. Checked in that order. Non-medical contacts: kNone.
MedicalRefusal CheckMedicalContact(bool medical, std::string_view party,
                                   identity::Role author, const consent::PolicyDecision& consent);

}  // namespace werkpad::domain::agr
