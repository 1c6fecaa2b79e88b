#include "domain/consent/consent.hpp"

#include <gtest/gtest.h>

#include "core/dutch_date.hpp"
#include "domain/consent/policy.hpp"

namespace werkpad::domain::consent {
namespace {

using namespace std::chrono;

const core::Instant kT0 = core::Instant{sys_days{year{2026} / March / 9}} + hours{10};
const core::UserId kRic{11};
const core::UserId kRevalidant{20};

core::Instant At(int minutes_after) { return kT0 + minutes{minutes_after}; }

ConsentRecord Empty() { return ConsentRecord{core::RevalidantId{5}, {}}; }

ConsentRecord With(ConsentRecord r, ConsentEvent e) {
  auto next = Append(r, std::move(e));
  EXPECT_TRUE(next.ok()) << (next.ok() ? "" : next.error().message);
  return next.ok() ? *next : r;
}

// Form 3 filled in by the RIC with the revalidant and signed in the portal.
ConsentRecord Signed() {
  ConsentRecord r = Empty();
  r = With(r, RecordCell("werkgever", InfoKind::kWerksituatieFunctieprofiel, true, kRic, At(0)));
  r = With(r, RecordCell("werkgever", InfoKind::kMogelijkhedenBeperkingen, true, kRic, At(0)));
  r = With(r, RecordCell("werkgever", InfoKind::kReIntegratievisie, false, kRic, At(0)));
  r = With(r, RecordCell("bedrijfsarts", InfoKind::kMedischeInformatie, true, kRic, At(1)));
  r = With(r, RecordCell("bedrijfsarts", InfoKind::kMogelijkhedenBeperkingen, true, kRic, At(1)));
  r = With(r, SignInPortal(kRevalidant, At(5)));
  return r;
}

TEST(ConsentPolicyTest, SignedYesIsAllowed) {
  auto r = Signed();
  auto d = MayShare(r, InfoKind::kMogelijkhedenBeperkingen, "werkgever", At(10));
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.reason, PolicyReason::kAllowed);
  EXPECT_EQ(d.allowed_since, At(5));
  EXPECT_TRUE(MayShare(r, InfoKind::kMedischeInformatie, "bedrijfsarts", At(10)).allowed);
}

TEST(ConsentPolicyTest, NoAnswerOrNoIsNoConsent) {
  auto r = Signed();
  EXPECT_EQ(MayShare(r, InfoKind::kReIntegratievisie, "werkgever", At(10)).reason,
            PolicyReason::kNoConsent);  // answered no
  EXPECT_EQ(MayShare(r, InfoKind::kVoortgangWerktraining, "werkgever", At(10)).reason,
            PolicyReason::kNoConsent);  // never asked
  EXPECT_EQ(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "uwv", At(10)).reason,
            PolicyReason::kNoConsent);  // default party without answers
  EXPECT_EQ(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "jobcoach", At(10)).reason,
            PolicyReason::kNoConsent);  // not on the form
  EXPECT_EQ(MayShare(Empty(), InfoKind::kWerksituatieFunctieprofiel, "werkgever", At(10)).reason,
            PolicyReason::kNoConsent);
}

TEST(ConsentPolicyTest, YesWithoutSignatureIsNotSigned) {
  ConsentRecord r = With(
      Empty(), RecordCell("werkgever", InfoKind::kWerksituatieFunctieprofiel, true, kRic, At(0)));
  auto d = MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "werkgever", At(10));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, PolicyReason::kNotSigned);
  // Signed on paper afterwards: allowed from the moment the signature is recorded.
  r = With(r, SignOnPaper(kRic, At(30), core::DutchDate(At(0))));
  EXPECT_EQ(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "werkgever", At(29)).reason,
            PolicyReason::kNotSigned);
  EXPECT_TRUE(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "werkgever", At(30)).allowed);
}

TEST(ConsentPolicyTest, AWithdrawalBlocksTheNextRequest) {
  auto r = Signed();
  const InfoKind k = InfoKind::kMogelijkhedenBeperkingen;
  ASSERT_TRUE(MayShare(r, k, "werkgever", At(20)).allowed);
  r = With(r, WithdrawCell("werkgever", k, kRevalidant, At(30)));
  // Time-ordered: before the withdrawal the answer was yes, from its moment on it is no.
  EXPECT_TRUE(MayShare(r, k, "werkgever", At(29)).allowed);
  EXPECT_EQ(MayShare(r, k, "werkgever", At(30)).reason, PolicyReason::kWithdrawn);
  EXPECT_EQ(MayShare(r, k, "werkgever", At(31)).reason, PolicyReason::kWithdrawn);
  // Other cells are untouched.
  EXPECT_TRUE(MayShare(r, InfoKind::kWerksituatieFunctieprofiel, "werkgever", At(31)).allowed);
  EXPECT_TRUE(MayShare(r, k, "bedrijfsarts", At(31)).allowed);
  // Giving consent again needs a new signature.
  r = With(r, RecordCell("werkgever", k, true, kRic, At(40)));
  EXPECT_EQ(MayShare(r, k, "werkgever", At(41)).reason, PolicyReason::kNotSigned);
  r = With(r, SignInPortal(kRevalidant, At(45)));
  EXPECT_TRUE(MayShare(r, k, "werkgever", At(45)).allowed);
}

TEST(ConsentPolicyTest, MedicalInformationIsNeverAllowedForTheEmployer) {
  // Recording it is refused...
  auto r = Signed();
  auto refused =
      Append(r, RecordCell("werkgever", InfoKind::kMedischeInformatie, true, kRevalidant, At(10)));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_NE(refused.error().message.find("bedrijfsarts"), std::string::npos);
  // ...and even a record that somehow contains such a yes (imported, hand-built) never allows it.
  ConsentRecord forged = r;
  forged.events.push_back(
      RecordCell("werkgever", InfoKind::kMedischeInformatie, true, kRic, At(11)));
  forged.events.push_back(SignInPortal(kRevalidant, At(12)));
  auto d = MayShare(forged, InfoKind::kMedischeInformatie, "werkgever", At(20));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.reason, PolicyReason::kNeverAllowed);
  // The same for every other party but the bedrijfsarts.
  for (const char* party :
       {"werkgever", "uwv", "psycholoog", "afdeling_arbeidsintegratie", "jobcoach"}) {
    EXPECT_EQ(MayShare(r, InfoKind::kMedischeInformatie, party, At(20)).reason,
              PolicyReason::kNeverAllowed)
        << party;
    EXPECT_FALSE(KindAllowedFor(party, InfoKind::kMedischeInformatie)) << party;
  }
  EXPECT_TRUE(KindAllowedFor("bedrijfsarts", InfoKind::kMedischeInformatie));
  // Recording "no" for the employer's medical cell is harmless and allowed.
  EXPECT_TRUE(
      Append(r, RecordCell("werkgever", InfoKind::kMedischeInformatie, false, kRic, At(10))).ok());
}

TEST(ConsentPolicyTest, PartiesCanBeAddedAndRemovedPerRevalidant) {
  ConsentRecord r = Empty();
  auto unknown =
      Append(r, RecordCell("jobcoach", InfoKind::kVoortgangWerktraining, true, kRic, At(0)));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, core::ErrorCode::kRuleViolation);
  r = With(r, AddParty("jobcoach", kRic, At(0)));
  EXPECT_FALSE(Append(r, AddParty("jobcoach", kRic, At(1))).ok());
  r = With(r, RecordCell("jobcoach", InfoKind::kVoortgangWerktraining, true, kRic, At(1)));
  r = With(r, SignInPortal(kRevalidant, At(2)));
  EXPECT_TRUE(MayShare(r, InfoKind::kVoortgangWerktraining, "jobcoach", At(3)).allowed);
  // A party with a yes cannot be removed; withdraw first.
  auto busy = Append(r, RemoveParty("jobcoach", kRic, At(4)));
  ASSERT_FALSE(busy.ok());
  EXPECT_EQ(busy.error().code, core::ErrorCode::kRuleViolation);
  r = With(r, WithdrawCell("jobcoach", InfoKind::kVoortgangWerktraining, kRevalidant, At(4)));
  r = With(r, RemoveParty("jobcoach", kRic, At(5)));
  EXPECT_EQ(MayShare(r, InfoKind::kVoortgangWerktraining, "jobcoach", At(6)).reason,
            PolicyReason::kNoConsent);
  // A default party can be removed too.
  r = With(r, RemoveParty("psycholoog", kRic, At(6)));
  auto state = CurrentConsent(r, At(7));
  EXPECT_EQ(state.parties, (std::vector<std::string>{"werkgever", "bedrijfsarts", "uwv",
                                                     "afdeling_arbeidsintegratie"}));
}

TEST(ConsentTest, AppendChecksShapeAndOrder) {
  ConsentRecord r = Signed();
  struct Case {
    const char* name;
    ConsentEvent event;
    std::string path;
    std::string code;
  };
  ConsentEvent no_kind = RecordCell("uwv", InfoKind::kReIntegratievisie, true, kRic, At(10));
  no_kind.kind.reset();
  ConsentEvent signed_with_party = SignInPortal(kRevalidant, At(10));
  signed_with_party.party = "werkgever";
  ConsentEvent no_method = SignInPortal(kRevalidant, At(10));
  no_method.method.reset();
  ConsentEvent paper_no_date = SignOnPaper(kRic, At(10), core::DutchDate(At(10)));
  paper_no_date.signed_on.reset();
  ConsentEvent long_note = RecordCell("uwv", InfoKind::kReIntegratievisie, true, kRic, At(10));
  long_note.note = std::string(kMaxNoteLength + 1, 'x');
  const std::vector<Case> cases = {
      {"no user", RecordCell("uwv", InfoKind::kReIntegratievisie, true, core::UserId{}, At(10)),
       "by", "required"},
      {"backwards", RecordCell("uwv", InfoKind::kReIntegratievisie, true, kRic, At(4)), "at",
       "before_previous"},
      {"bad party", RecordCell("UWV", InfoKind::kReIntegratievisie, true, kRic, At(10)), "party",
       "invalid_code"},
      {"no kind", no_kind, "kind", "required"},
      {"signature with party", signed_with_party, "party", "not_applicable"},
      {"no method", no_method, "method", "required"},
      {"paper without date", paper_no_date, "signed_on", "required"},
      {"paper from the future", SignOnPaper(kRic, At(10), core::AddDays(core::DutchDate(At(10)), 1)),
       "signed_on", "in_future"},
      {"long note", long_note, "note", "too_long"},
  };
  for (const auto& c : cases) {
    auto got = Append(r, c.event);
    ASSERT_FALSE(got.ok()) << c.name;
    EXPECT_EQ(got.error().code, core::ErrorCode::kInvalidInput) << c.name;
    EXPECT_EQ(got.error().fields.at(0).path, c.path) << c.name;
    EXPECT_EQ(got.error().fields.at(0).code, c.code) << c.name;
  }
}

TEST(ConsentTest, RuleViolations) {
  ConsentRecord r = Signed();
  auto nothing = Append(r, WithdrawCell("uwv", InfoKind::kReIntegratievisie, kRic, At(10)));
  ASSERT_FALSE(nothing.ok());
  EXPECT_EQ(nothing.error().code, core::ErrorCode::kRuleViolation);
  auto refused = Append(r, WithdrawCell("werkgever", InfoKind::kReIntegratievisie, kRic, At(10)));
  EXPECT_FALSE(refused.ok());  // it was "no"
  auto empty_sign = Append(Empty(), SignInPortal(kRevalidant, At(0)));
  ASSERT_FALSE(empty_sign.ok());
  EXPECT_EQ(empty_sign.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_FALSE(Append(r, RemoveParty("jobcoach", kRic, At(10))).ok());
}

TEST(ConsentTest, CurrentStateShowsTheMatrixWithHistory) {
  ConsentRecord r = Signed();
  r = With(r,
           WithdrawCell("werkgever", InfoKind::kWerksituatieFunctieprofiel, kRevalidant, At(20)));
  r = With(r, RecordCell("uwv", InfoKind::kVoortgangWerktraining, true, kRic, At(25)));
  auto state = CurrentConsent(r, At(30));
  EXPECT_EQ(state.parties.size(), 5u);
  // 5 parties x 4 shareable kinds + the bedrijfsarts's medical cell.
  EXPECT_EQ(state.cells.size(), 21u);
  ASSERT_TRUE(state.signature.has_value());
  EXPECT_EQ(state.signature->method, SignatureMethod::kPortal);
  auto cell = [&](const std::string& party, InfoKind kind) {
    for (const auto& c : state.cells) {
      if (c.party == party && c.kind == kind) return c;
    }
    ADD_FAILURE() << party << " " << ToCode(kind);
    return CellState{};
  };
  EXPECT_EQ(cell("werkgever", InfoKind::kWerksituatieFunctieprofiel).status,
            CellStatus::kWithdrawn);
  EXPECT_EQ(cell("werkgever", InfoKind::kWerksituatieFunctieprofiel).recorded_by, kRevalidant);
  EXPECT_EQ(cell("werkgever", InfoKind::kReIntegratievisie).status, CellStatus::kRefused);
  EXPECT_EQ(cell("werkgever", InfoKind::kMogelijkhedenBeperkingen).status, CellStatus::kGranted);
  EXPECT_TRUE(cell("werkgever", InfoKind::kMogelijkhedenBeperkingen).signed_after);
  EXPECT_EQ(cell("uwv", InfoKind::kVoortgangWerktraining).status, CellStatus::kGranted);
  EXPECT_FALSE(cell("uwv", InfoKind::kVoortgangWerktraining).signed_after);
  EXPECT_EQ(cell("uwv", InfoKind::kReIntegratievisie).status, CellStatus::kUnset);
  EXPECT_EQ(cell("bedrijfsarts", InfoKind::kMedischeInformatie).status, CellStatus::kGranted);
  // The state as it was before the withdrawal.
  auto earlier = CurrentConsent(r, At(10));
  for (const auto& c : earlier.cells) {
    if (c.party == "werkgever" && c.kind == InfoKind::kWerksituatieFunctieprofiel) {
      EXPECT_EQ(c.status, CellStatus::kGranted);
    }
  }
}

TEST(ConsentTest, Codes) {
  for (InfoKind k : AllInfoKinds()) EXPECT_EQ(ParseInfoKind(ToCode(k)), k);
  EXPECT_EQ(AllInfoKinds().size(), 5u);
  for (auto t : {ConsentEventType::kPartyAdded, ConsentEventType::kPartyRemoved,
                 ConsentEventType::kCellRecorded, ConsentEventType::kCellWithdrawn,
                 ConsentEventType::kSigned}) {
    EXPECT_EQ(ParseConsentEventType(ToCode(t)), t);
  }
  for (auto p : {PolicyReason::kAllowed, PolicyReason::kNoConsent, PolicyReason::kWithdrawn,
                 PolicyReason::kNotSigned, PolicyReason::kNeverAllowed}) {
    EXPECT_EQ(ParsePolicyReason(ToCode(p)), p);
  }
  EXPECT_EQ(ToCode(PolicyReason::kNeverAllowed), "never_allowed");
  EXPECT_EQ(ToCode(CellStatus::kWithdrawn), "withdrawn");
  EXPECT_EQ(DefaultParties().size(), 5u);
  EXPECT_TRUE(IsValidPartyCode("afdeling_arbeidsintegratie"));
  EXPECT_FALSE(IsValidPartyCode("x"));
  EXPECT_FALSE(IsValidPartyCode("1uwv"));
  for (auto p : SuggestedExtraParties()) EXPECT_TRUE(IsValidPartyCode(p)) << p;
}

}  // namespace
}  // namespace werkpad::domain::consent
