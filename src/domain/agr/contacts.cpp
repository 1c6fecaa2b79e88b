#include "domain/agr/contacts.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "domain/consent/party.hpp"

namespace werkpad::domain::agr {

namespace {

constexpr std::array<Channel, 6> kChannels = {Channel::kTelefoon,       Channel::kEmail,
                                              Channel::kBezoekWerkplek, Channel::kOverlegCentrum,
                                              Channel::kVideobellen,    Channel::kBrief};

// Materials ("Hulpmiddelen") as the handbook names them. Sources: ch. 5 "Werkgever" and
// "Bedrijfsarts" (the tables of minimum contact moments), ch. 4 (forms and folders), ch. 3
// (stappenplan: "AGR formulier 7" at the handover).
constexpr std::array<Material, 8> kMaterials = {{
    {"folder_reintegratie_werknemer", "Informatiefolder 'Re-integratie van een werknemer'",
     "h5 Werkgever/Bedrijfsarts: hulpmiddelen na intake re-integratiecoördinator; h4 folders"},
    {"folder_agr", "Informatiefolder 'Arbeidsgerichte revalidatie'",
     "h5 Werkgever/Bedrijfsarts: hulpmiddelen na intake re-integratiecoördinator; h4 folders"},
    {"formulier_4", "AGR formulier 4 (vragenlijst functieprofiel/belasting van arbeid)",
     "h5 Werkgever: hulpmiddelen na intake re-integratiecoördinator"},
    {"samenvatting_afspraken", "Samenvatting afspraken behandelteam en revalidant",
     "h5 Werkgever/Bedrijfsarts: hulpmiddelen na bepaling starten werktraining"},
    {"formulier_7_werkgever", "AGR formulier 7 (re-integratievisie), exemplaar voor de werkgever",
     "h5 Werkgever: hulpmiddelen bij afsluiting arbeidsgerichte revalidatie"},
    {"formulier_7_bedrijfsarts",
     "AGR formulier 7 (re-integratievisie), exemplaar voor de bedrijfsarts",
     "h5 Bedrijfsarts: hulpmiddelen bij afsluiting arbeidsgerichte revalidatie"},
    {"formulier_7", "AGR formulier 7 (re-integratievisie)",
     "h3 stappenplan: rondom ontslag, overdracht aan andere ketenpartners; AGR formulier 7"},
    {"brief_contactmoment", "Brief contactmoment (document uit werkpad)",
     "issue 6 Documents: a contact-moment letter (service/document_service)"},
}};

// The "Doel" column of the handbook's tables (ch. 5), one line per purpose.
constexpr std::array<std::string_view, 3> kWerkgeverIntake = {
    "Werkgever informeren over mogelijke beperkingen en gevolgen voor werk (algemene informatie, "
    "zonder in te gaan op de specifieke problemen van de werknemer)",
    "Werkgever informeren over AGR",
    "Opstellen functieprofiel: analyseren van de werkfunctie, voorwaarden om het werk uit te "
    "voeren en mogelijke aanpassingen",
};
constexpr std::array<std::string_view, 3> kWerkgeverIntakeMaterials = {
    "folder_reintegratie_werknemer", "folder_agr", "formulier_4"};

constexpr std::array<std::string_view, 3> kBedrijfsartsIntake = {
    "Bedrijfsarts indien nodig informeren over het letsel van de werknemer en de mogelijke "
    "gevolgen voor werk (specifieke medische gegevens alleen via de revalidatiearts, na "
    "schriftelijke toestemming van de revalidant)",
    "Bedrijfsarts informeren over AGR",
    "Informatie halen bij de bedrijfsarts over het functieprofiel van de revalidant",
};
constexpr std::array<std::string_view, 2> kBedrijfsartsIntakeMaterials = {
    "folder_reintegratie_werknemer", "folder_agr"};

constexpr std::array<std::string_view, 2> kWerkgeverStrategie = {
    "Werkgever informeren over bevindingen behandelteam en te volgen arbeidsgericht "
    "revalidatietraject",
    "Informatie halen bij de werkgever over mogelijkheden om input voor worksamples te leveren",
};
constexpr std::array<std::string_view, 2> kBedrijfsartsStrategie = {
    "Bedrijfsarts informeren over bevindingen behandelteam en te volgen re-integratietraject "
    "tijdens revalidatie",
    "Informatie halen bij de bedrijfsarts over mogelijkheden om input voor worksamples te "
    "leveren",
};
constexpr std::array<std::string_view, 1> kStrategieMaterials = {"samenvatting_afspraken"};

constexpr std::array<std::string_view, 2> kWerkgeverOverdracht = {
    "Werkgever informeren over bevindingen en advies behandelteam met betrekking tot het "
    "re-integratietraject",
    "Overdracht, indien nodig warm (face-to-face), met revalidant, eventueel een naaste, "
    "bedrijfsarts en re-integratiecoördinator",
};
constexpr std::array<std::string_view, 1> kWerkgeverOverdrachtMaterials = {
    "formulier_7_werkgever"};

constexpr std::array<std::string_view, 2> kBedrijfsartsOverdracht = {
    "Bedrijfsarts informeren over bevindingen en advies behandelteam met betrekking tot het "
    "re-integratietraject",
    "Overdracht, indien nodig warm (face-to-face), samen met werkgever, revalidant en "
    "re-integratiecoördinator",
};
constexpr std::array<std::string_view, 1> kBedrijfsartsOverdrachtMaterials = {
    "formulier_7_bedrijfsarts"};

constexpr std::array<std::string_view, 1> kKetenpartnersOverdracht = {
    "Eventuele andere ketenpartners (bijvoorbeeld de arbodienst) informeren over bevindingen en "
    "advies behandelteam met betrekking tot het re-integratietraject, met toestemming van de "
    "revalidant",
};
constexpr std::array<std::string_view, 1> kKetenpartnersMaterials = {"formulier_7"};

constexpr std::string_view kNaIntake = "Na intake re-integratiecoördinator";
constexpr std::string_view kNaD3 = "Na bepaling starten werktraining";
constexpr std::string_view kBijAfsluiting = "Bij afsluiting arbeidsgerichte revalidatie";

const std::array<ContactMoment, 7> kMoments = {{
    {"werkbezoek_werkgever", MomentParty::kWerkgever, kNaIntake, kWerkgeverIntake,
     kWerkgeverIntakeMaterials,
     "h5 Werkgever, tabel minimale contactmomenten: na intake re-integratiecoördinator; h3 "
     "stappenplan: tijdens eerste bezoek aan werkgever"},
    {"contact_bedrijfsarts_intake", MomentParty::kBedrijfsarts, kNaIntake, kBedrijfsartsIntake,
     kBedrijfsartsIntakeMaterials,
     "h5 Bedrijfsarts, tabel minimale contactmomenten: na intake re-integratiecoördinator"},
    {"informeren_werkgever_strategie", MomentParty::kWerkgever, kNaD3, kWerkgeverStrategie,
     kStrategieMaterials,
     "h5 Werkgever: na bepaling starten werktraining; h3 stappenplan: telefonisch, per mail of "
     "brief informeren over te volgen strategie"},
    {"informeren_bedrijfsarts_strategie", MomentParty::kBedrijfsarts, kNaD3,
     kBedrijfsartsStrategie, kStrategieMaterials,
     "h5 Bedrijfsarts: na bepaling starten werktraining; h3 stappenplan"},
    {"overdracht_werkgever", MomentParty::kWerkgever, kBijAfsluiting, kWerkgeverOverdracht,
     kWerkgeverOverdrachtMaterials,
     "h5 Werkgever: bij afsluiting arbeidsgerichte revalidatie; h3 stappenplan: rondom ontslag, "
     "overdracht indien nodig warm"},
    {"overdracht_bedrijfsarts", MomentParty::kBedrijfsarts, kBijAfsluiting,
     kBedrijfsartsOverdracht, kBedrijfsartsOverdrachtMaterials,
     "h5 Bedrijfsarts: bij afsluiting arbeidsgerichte revalidatie; h3 stappenplan"},
    {"overdracht_ketenpartners", MomentParty::kKetenpartner,
     "Rondom ontslag uit de revalidatie", kKetenpartnersOverdracht, kKetenpartnersMaterials,
     "h3 stappenplan: rondom ontslag eventuele andere ketenpartners informeren; AGR formulier 7"},
}};

// Code points of a UTF-8 string (continuation bytes not counted).
std::size_t CodePoints(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::string_view ToCode(Channel c) {
  switch (c) {
    case Channel::kTelefoon:
      return "telefoon";
    case Channel::kEmail:
      return "e_mail";
    case Channel::kBezoekWerkplek:
      return "bezoek_werkplek";
    case Channel::kOverlegCentrum:
      return "overleg_centrum";
    case Channel::kVideobellen:
      return "videobellen";
    case Channel::kBrief:
      return "brief";
  }
  return "telefoon";
}

std::optional<Channel> ParseChannel(std::string_view code) {
  for (Channel c : kChannels) {
    if (ToCode(c) == code) return c;
  }
  return std::nullopt;
}

std::span<const Channel> AllChannels() { return kChannels; }

std::span<const Material> MaterialCatalogue() { return kMaterials; }

const Material* FindMaterial(std::string_view key) {
  auto it = std::find_if(kMaterials.begin(), kMaterials.end(),
                         [&](const Material& m) { return m.key == key; });
  return it == kMaterials.end() ? nullptr : &*it;
}

std::string_view ToCode(MomentParty p) {
  switch (p) {
    case MomentParty::kWerkgever:
      return "werkgever";
    case MomentParty::kBedrijfsarts:
      return "bedrijfsarts";
    case MomentParty::kKetenpartner:
      return "ketenpartner";
  }
  return "ketenpartner";
}

std::span<const ContactMoment> ContactMoments() { return kMoments; }

const ContactMoment* FindContactMoment(std::string_view task_key) {
  auto it = std::find_if(kMoments.begin(), kMoments.end(),
                         [&](const ContactMoment& m) { return m.task_key == task_key; });
  return it == kMoments.end() ? nullptr : &*it;
}

bool PartyFits(const ContactMoment& moment, std::string_view party) {
  switch (moment.party) {
    case MomentParty::kWerkgever:
      return party == consent::kWerkgever;
    case MomentParty::kBedrijfsarts:
      return party == consent::kBedrijfsarts;
    case MomentParty::kKetenpartner:
      return consent::IsValidPartyCode(party) && party != consent::kWerkgever &&
             party != consent::kBedrijfsarts;
  }
  return false;
}

std::vector<core::FieldError> ValidateContact(const ContactInput& in, core::Date today) {
  std::vector<core::FieldError> out;
  if (!in.date) {
    out.push_back({"date", "required", "the date of the contact is required"});
  } else if (core::DaysBetween(today, *in.date) > 0) {
    out.push_back({"date", "in_future", "a contact cannot be logged before it took place"});
  }
  if (in.party.empty()) {
    out.push_back({"party", "required", "the party is required"});
  } else if (!consent::IsValidPartyCode(in.party)) {
    out.push_back({"party", "invalid_code", "the party is not a valid party code"});
  }
  if (in.channel.empty()) {
    out.push_back({"channel", "required", "the channel is required"});
  } else if (!ParseChannel(in.channel)) {
    out.push_back({"channel", "invalid_value", "unknown channel"});
  }
  if (Blank(in.purpose)) {
    out.push_back({"purpose", "required", "the purpose is required"});
  } else if (CodePoints(in.purpose) > kMaxPurposeLength) {
    out.push_back({"purpose", "too_long", "at most 500 characters"});
  }
  if (in.materials.size() > kMaxMaterials) {
    out.push_back({"materials", "too_many", "at most 20 materials"});
  } else {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < in.materials.size(); ++i) {
      const std::string path = "materials[" + std::to_string(i) + "]";
      if (FindMaterial(in.materials[i]) == nullptr) {
        out.push_back({path, "invalid_value", "not a material of the catalogue"});
      } else if (!seen.insert(in.materials[i]).second) {
        out.push_back({path, "duplicate", "the material is listed twice"});
      }
    }
  }
  if (CodePoints(in.other_materials) > kMaxOtherMaterialsLength) {
    out.push_back({"other_materials", "too_long", "at most 500 characters"});
  }
  if (Blank(in.summary)) {
    out.push_back({"summary", "required", "the summary is required"});
  } else if (CodePoints(in.summary) > kMaxSummaryLength) {
    out.push_back({"summary", "too_long", "at most 4000 characters"});
  }
  return out;
}

std::string_view ToCode(MedicalRefusal r) {
  switch (r) {
    case MedicalRefusal::kNone:
      return "none";
    case MedicalRefusal::kPartyNotBedrijfsarts:
      return "medical_party";
    case MedicalRefusal::kAuthorNotArts:
      return "medical_author";
    case MedicalRefusal::kNoConsent:
      return "medical_no_consent";
  }
  return "none";
}

MedicalRefusal CheckMedicalContact(bool medical, std::string_view party, identity::Role author,
                                   const consent::PolicyDecision& consent) {
  if (!medical) return MedicalRefusal::kNone;
  if (party != consent::kBedrijfsarts) return MedicalRefusal::kPartyNotBedrijfsarts;
  if (author != identity::Role::kRevalidatiearts) return MedicalRefusal::kAuthorNotArts;
  if (!consent.allowed) return MedicalRefusal::kNoConsent;
  return MedicalRefusal::kNone;
}

}  // namespace werkpad::domain::agr
