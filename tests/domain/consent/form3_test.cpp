#include "domain/consent/form3.hpp"

#include <gtest/gtest.h>

#include "core/dutch_date.hpp"
#include "domain/consent/policy.hpp"

namespace werkpad::domain::consent {
namespace {

using namespace std::chrono;

const core::Instant kT0 = core::Instant{sys_days{year{2026} / March / 9}} + hours{10};
const core::UserId kRic{11};
const core::UserId kRevalidant{20};

forms::Value B(bool b) { return forms::Value{b}; }
forms::Value S(const char* s) { return forms::Value{std::string(s)}; }

forms::Row PartyRow(const char* party, bool contact, bool all_kinds, bool medical = false) {
  forms::Row row;
  row.answers["partij"] = S(party);
  row.answers["contact_toegestaan"] = B(contact);
  if (contact) {
    for (const char* k : {"werksituatie_functieprofiel", "mogelijkheden_beperkingen",
                          "voortgang_werktraining", "reintegratievisie"}) {
      row.answers[k] = B(all_kinds);
    }
    if (std::string(party) == "bedrijfsarts") row.answers["medische_informatie"] = B(medical);
  }
  return row;
}

forms::Answers Form3(std::vector<forms::Row> rows) {
  forms::Answers a;
  a["ric_inzet_vervolgen"] = B(true);
  a["betrokkenen"] = std::move(rows);
  return a;
}

ConsentRecord ApplyAll(ConsentRecord r, const std::vector<ConsentEvent>& events) {
  for (const auto& e : events) {
    auto next = Append(r, e);
    EXPECT_TRUE(next.ok()) << ToCode(e.type) << " " << e.party << ": "
                           << (next.ok() ? "" : next.error().message);
    if (next.ok()) r = *next;
  }
  return r;
}

const forms::Signature kPortal{forms::SignatureMethod::kPortal, kRevalidant, kT0 + minutes{5}, {}};

TEST(Form3Test, SignedFormBecomesConsentEvents) {
  auto answers =
      Form3({PartyRow("werkgever", true, true), PartyRow("bedrijfsarts", true, true, true),
             PartyRow("uwv", false, false), PartyRow("jobcoach", true, true)});
  ConsentRecord r{core::RevalidantId{5}, {}};
  auto events = EventsFromForm3(r, answers, kRic, kT0, kPortal);
  ASSERT_TRUE(events.ok()) << events.error().message;
  EXPECT_EQ(events->back().type, ConsentEventType::kSigned);
  r = ApplyAll(r, *events);
  const core::Instant later = kT0 + hours{1};
  EXPECT_TRUE(MayShare(r, InfoKind::kMogelijkhedenBeperkingen, "werkgever", later).allowed);
  EXPECT_TRUE(MayShare(r, InfoKind::kMedischeInformatie, "bedrijfsarts", later).allowed);
  EXPECT_TRUE(MayShare(r, InfoKind::kVoortgangWerktraining, "jobcoach", later).allowed);
  EXPECT_EQ(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "uwv", later).reason,
            PolicyReason::kNoConsent);
  EXPECT_EQ(MayShare(r, InfoKind::kMedischeInformatie, "werkgever", later).reason,
            PolicyReason::kNeverAllowed);
  EXPECT_EQ(Form3ContactAllowed(answers, "werkgever"), true);
  EXPECT_EQ(Form3ContactAllowed(answers, "uwv"), false);
  EXPECT_EQ(Form3ContactAllowed(answers, "gemeente"), std::nullopt);
}

TEST(Form3Test, AMedicalYesForTheEmployerIsNeverCarriedOver) {
  // Even if such an answer slipped through, no event for it is produced.
  auto row = PartyRow("werkgever", true, true);
  row.answers["medische_informatie"] = B(true);
  auto events = EventsFromForm3(ConsentRecord{}, Form3({row}), kRic, kT0, kPortal);
  ASSERT_TRUE(events.ok());
  for (const auto& e : *events) EXPECT_NE(e.kind, InfoKind::kMedischeInformatie);
}

TEST(Form3Test, ANewVersionOfTheFormWithdrawsWhatIsNoLongerGiven) {
  ConsentRecord r{core::RevalidantId{5}, {}};
  r = ApplyAll(r,
               *EventsFromForm3(r, Form3({PartyRow("werkgever", true, true)}), kRic, kT0, kPortal));
  const core::Instant t1 = kT0 + days{10};
  const forms::Signature again{forms::SignatureMethod::kPaper, kRic, t1 + minutes{1},
                               core::DutchDate(t1)};
  auto events = EventsFromForm3(r, Form3({PartyRow("werkgever", true, false)}), kRic, t1, again);
  ASSERT_TRUE(events.ok());
  r = ApplyAll(r, *events);
  EXPECT_EQ(MayShare(r, InfoKind::kReIntegratievisie, "werkgever", t1 + hours{1}).reason,
            PolicyReason::kWithdrawn);
  EXPECT_TRUE(MayShare(r, InfoKind::kReIntegratievisie, "werkgever", t1 - hours{1}).allowed);
}

TEST(Form3Test, NoConsentToContinueWithdrawsEverything) {
  ConsentRecord r{core::RevalidantId{5}, {}};
  r = ApplyAll(r, *EventsFromForm3(r, Form3({PartyRow("bedrijfsarts", true, true, true)}), kRic,
                                   kT0, kPortal));
  forms::Answers stop;
  stop["ric_inzet_vervolgen"] = B(false);
  const core::Instant t1 = kT0 + days{1};
  auto events =
      EventsFromForm3(r, stop, kRic, t1, {forms::SignatureMethod::kPortal, kRevalidant, t1, {}});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 5u);  // five "yes" cells withdrawn, nothing to sign
  r = ApplyAll(r, *events);
  EXPECT_EQ(MayShare(r, InfoKind::kMedischeInformatie, "bedrijfsarts", t1).reason,
            PolicyReason::kWithdrawn);
  EXPECT_EQ(Form3ContactAllowed(stop, "bedrijfsarts"), false);
}

TEST(Form3Test, RejectsBrokenAnswersAndAnEarlySignature) {
  forms::Row bad;
  bad.answers["contact_toegestaan"] = B(true);
  auto r = EventsFromForm3(ConsentRecord{}, Form3({bad}), kRic, kT0, kPortal);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).path, "items.betrokkenen[0].partij");
  auto early =
      EventsFromForm3(ConsentRecord{}, Form3({PartyRow("uwv", true, true)}), kRic, kT0,
                      {forms::SignatureMethod::kPortal, kRevalidant, kT0 - seconds{1}, {}});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields.at(0).path, "signature");
}

}  // namespace
}  // namespace werkpad::domain::consent
