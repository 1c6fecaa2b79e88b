#include "domain/agr/contacts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "domain/agr/tasks.hpp"

namespace werkpad::domain::agr {
namespace {

using namespace std::chrono;
using identity::Role;

const core::Date kToday = year{2026} / March / 10;

ContactInput Valid() {
  ContactInput in;
  in.date = kToday;
  in.party = "werkgever";
  in.channel = "bezoek_werkplek";
  in.purpose = "Werkgever informeren over AGR";
  in.materials = {"folder_agr", "formulier_4"};
  in.summary = "Functie besproken.";
  return in;
}

bool HasField(const std::vector<core::FieldError>& errors, std::string_view path,
              std::string_view code) {
  for (const auto& e : errors) {
    if (e.path == path && e.code == code) return true;
  }
  return false;
}

TEST(ContactMoments, EveryMomentIsATaskOfTheCatalogueWithPurposeAndKnownMaterials) {
  std::set<std::string_view> keys;
  for (const ContactMoment& m : ContactMoments()) {
    EXPECT_NE(FindTaskSpec(m.task_key), nullptr) << m.task_key;
    EXPECT_FALSE(m.purposes.empty()) << m.task_key;
    EXPECT_FALSE(m.materials.empty()) << m.task_key;
    EXPECT_FALSE(m.source.empty()) << m.task_key;
    for (std::string_view mat : m.materials) EXPECT_NE(FindMaterial(mat), nullptr) << mat;
    keys.insert(m.task_key);
  }
  // The handbook's three minimum moments for each of werkgever and bedrijfsarts, plus the
  // handover to other chain partners.
  EXPECT_EQ(keys.size(), 7u);
  EXPECT_EQ(FindContactMoment("intake_ric"), nullptr);
  EXPECT_EQ(FindContactMoment("nope"), nullptr);
}

TEST(ContactMoments, MaterialsFollowTheHandbookTables) {
  const ContactMoment* wg = FindContactMoment("werkbezoek_werkgever");
  ASSERT_NE(wg, nullptr);
  EXPECT_EQ(wg->party, MomentParty::kWerkgever);
  std::set<std::string_view> mats(wg->materials.begin(), wg->materials.end());
  EXPECT_EQ(mats, (std::set<std::string_view>{"folder_reintegratie_werknemer", "folder_agr",
                                              "formulier_4"}));
  const ContactMoment* ba = FindContactMoment("contact_bedrijfsarts_intake");
  ASSERT_NE(ba, nullptr);
  // No form 4 for the bedrijfsarts: the handbook lists only the two folders.
  EXPECT_EQ(std::count(ba->materials.begin(), ba->materials.end(), "formulier_4"), 0);
  const ContactMoment* d3 = FindContactMoment("informeren_werkgever_strategie");
  ASSERT_NE(d3, nullptr);
  EXPECT_EQ(d3->materials[0], "samenvatting_afspraken");
  const ContactMoment* end = FindContactMoment("overdracht_werkgever");
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(end->materials[0], "formulier_7_werkgever");
}

TEST(ContactMoments, PartyFits) {
  const ContactMoment* wg = FindContactMoment("werkbezoek_werkgever");
  const ContactMoment* ba = FindContactMoment("overdracht_bedrijfsarts");
  const ContactMoment* kp = FindContactMoment("overdracht_ketenpartners");
  EXPECT_TRUE(PartyFits(*wg, "werkgever"));
  EXPECT_FALSE(PartyFits(*wg, "bedrijfsarts"));
  EXPECT_TRUE(PartyFits(*ba, "bedrijfsarts"));
  EXPECT_FALSE(PartyFits(*ba, "uwv"));
  EXPECT_TRUE(PartyFits(*kp, "uwv"));
  EXPECT_TRUE(PartyFits(*kp, "jobcoach"));
  EXPECT_FALSE(PartyFits(*kp, "werkgever"));
  EXPECT_FALSE(PartyFits(*kp, "Bad Code"));
}

TEST(Channels, CodesRoundTrip) {
  EXPECT_EQ(AllChannels().size(), 6u);
  for (Channel c : AllChannels()) EXPECT_EQ(ParseChannel(ToCode(c)), c);
  EXPECT_FALSE(ParseChannel("fax"));
  EXPECT_EQ(ToCode(Channel::kBezoekWerkplek), "bezoek_werkplek");
}

TEST(ValidateContact, ValidInputHasNoErrors) {
  EXPECT_TRUE(ValidateContact(Valid(), kToday).empty());
}

TEST(ValidateContact, ReportsEveryBadField) {
  ContactInput in;
  in.date = core::AddDays(kToday, 1);
  in.party = "Werk Gever";
  in.channel = "fax";
  in.purpose = "  ";
  in.materials = {"folder_agr", "folder_agr", "onbekend"};
  in.other_materials = std::string(501, 'x');
  in.summary = "";
  auto errors = ValidateContact(in, kToday);
  EXPECT_TRUE(HasField(errors, "date", "in_future"));
  EXPECT_TRUE(HasField(errors, "party", "invalid_code"));
  EXPECT_TRUE(HasField(errors, "channel", "invalid_value"));
  EXPECT_TRUE(HasField(errors, "purpose", "required"));
  EXPECT_TRUE(HasField(errors, "materials[1]", "duplicate"));
  EXPECT_TRUE(HasField(errors, "materials[2]", "invalid_value"));
  EXPECT_TRUE(HasField(errors, "other_materials", "too_long"));
  EXPECT_TRUE(HasField(errors, "summary", "required"));
  EXPECT_EQ(errors.size(), 8u);
}

TEST(ValidateContact, MissingFieldsAreRequired) {
  ContactInput in;
  auto errors = ValidateContact(in, kToday);
  EXPECT_TRUE(HasField(errors, "date", "required"));
  EXPECT_TRUE(HasField(errors, "party", "required"));
  EXPECT_TRUE(HasField(errors, "channel", "required"));
}

TEST(ValidateContact, SummaryLimitCountsCharactersNotBytes) {
  ContactInput in = Valid();
  std::string e_acute = "\xC3\xA9";  // é: two bytes, one character
  in.summary.clear();
  for (int i = 0; i < 4000; ++i) in.summary += e_acute;
  EXPECT_TRUE(ValidateContact(in, kToday).empty());
  in.summary += "x";
  EXPECT_TRUE(HasField(ValidateContact(in, kToday), "summary", "too_long"));
}

TEST(MedicalContact, OnlyToTheBedrijfsartsViaTheArtsWithConsent) {
  consent::PolicyDecision yes{true, consent::PolicyReason::kAllowed, std::nullopt};
  consent::PolicyDecision no{false, consent::PolicyReason::kNoConsent, std::nullopt};
  EXPECT_EQ(CheckMedicalContact(false, "werkgever", Role::kRic, no), MedicalRefusal::kNone);
  EXPECT_EQ(CheckMedicalContact(true, "werkgever", Role::kRevalidatiearts, yes),
            MedicalRefusal::kPartyNotBedrijfsarts);
  EXPECT_EQ(CheckMedicalContact(true, "bedrijfsarts", Role::kRic, yes),
            MedicalRefusal::kAuthorNotArts);
  EXPECT_EQ(CheckMedicalContact(true, "bedrijfsarts", Role::kRevalidatiearts, no),
            MedicalRefusal::kNoConsent);
  EXPECT_EQ(CheckMedicalContact(true, "bedrijfsarts", Role::kRevalidatiearts, yes),
            MedicalRefusal::kNone);
  EXPECT_EQ(ToCode(MedicalRefusal::kNoConsent), "medical_no_consent");
}

}  // namespace
}  // namespace werkpad::domain::agr
