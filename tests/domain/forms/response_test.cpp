#include "domain/forms/response.hpp"

#include <gtest/gtest.h>

#include "core/dutch_date.hpp"
#include "domain/forms/sample_form.hpp"

namespace werkpad::domain::forms {
namespace {

using namespace std::chrono;
using testing::MakeRow;
using testing::SampleForm;

const core::Instant kT0 = core::Instant{sys_days{year{2026} / March / 2}} + hours{10};
const core::UserId kRic{11};
const core::UserId kRevalidant{20};

Value S(const char* s) { return Value{std::string(s)}; }

Answers Complete() {
  Answers a;
  a["heeft_werk"] = true;
  a["dienstverband"] = S("zzp");
  a["werkgever_naam"] = S("wordt gewist");
  a["verwachte_duur"] = Duration{12, DurationUnit::kWeeks};
  a["contacten"] = std::vector<Row>{MakeRow({{"partij", S("uwv")}, {"naam", S("UWV")}})};
  return a;
}

FormResponse Final() {
  const auto def = SampleForm();
  auto r = NewResponse(def, kRic, kT0);
  r = SaveDraft(def, *r, Complete(), kRic, kT0 + minutes{5});
  r = Finalise(def, *r, kRic, kT0 + minutes{10});
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return *r;
}

TEST(ResponseTest, DraftToFinalToSigned) {
  const auto def = SampleForm();
  auto r = NewResponse(def, kRic, kT0);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, ResponseStatus::kDraft);
  EXPECT_EQ(r->form_id, "test-intake");
  EXPECT_EQ(r->form_version, 2);

  FormResponse f = Final();
  EXPECT_EQ(f.status, ResponseStatus::kFinal);
  EXPECT_EQ(f.answers.count("werkgever_naam"), 0u);  // disabled (ZZP) and cleared on finalise
  EXPECT_FALSE(IsComplete(def, f));                  // the sample requires a signature

  auto s = Sign(def, f, Signature{SignatureMethod::kPortal, kRevalidant, kT0 + hours{2}, {}});
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->status, ResponseStatus::kSigned);
  ASSERT_TRUE(s->signature.has_value());
  EXPECT_EQ(s->signature->signed_on, core::DutchDate(kT0));
  EXPECT_TRUE(IsComplete(def, *s));
  std::vector<ResponseEventType> types;
  for (const auto& e : s->events) types.push_back(e.type);
  EXPECT_EQ(types, (std::vector<ResponseEventType>{
                       ResponseEventType::kCreated, ResponseEventType::kSaved,
                       ResponseEventType::kFinalised, ResponseEventType::kSigned}));
}

TEST(ResponseTest, DraftSavesAreValidatedForTypesOnly) {
  const auto def = SampleForm();
  auto r = NewResponse(def, kRic, kT0);
  Answers partial;
  partial["uren"] = 12.0;
  auto saved = SaveDraft(def, *r, partial, kRic, kT0 + minutes{1});
  ASSERT_TRUE(saved.ok());
  Answers bad;
  bad["uren"] = 1000.0;
  auto refused = SaveDraft(def, *saved, bad, kRic, kT0 + minutes{2});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().fields.at(0).path, "items.uren");
  // Finalising the partial draft reports every missing required item.
  auto fin = Finalise(def, *saved, kRic, kT0 + minutes{3});
  ASSERT_FALSE(fin.ok());
  EXPECT_EQ(fin.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(fin.error().fields.at(0).path, "items.heeft_werk");
  EXPECT_EQ(fin.error().fields.at(0).code, "required");
}

TEST(ResponseTest, AFinalResponseCannotBeEditedOnlyReopened) {
  const auto def = SampleForm();
  FormResponse f = Final();
  auto edit = SaveDraft(def, f, Complete(), kRic, kT0 + hours{1});
  ASSERT_FALSE(edit.ok());
  EXPECT_EQ(edit.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_FALSE(Finalise(def, f, kRic, kT0 + hours{1}).ok());

  auto no_reason = Reopen(def, f, kRic, kT0 + hours{1}, "  ");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().fields.at(0).path, "reason");
  auto long_reason = Reopen(def, f, kRic, kT0 + hours{1}, std::string(1001, 'x'));
  ASSERT_FALSE(long_reason.ok());
  EXPECT_EQ(long_reason.error().fields.at(0).code, "too_long");

  auto reopened = Reopen(def, f, kRic, kT0 + hours{1}, "Werkgever verkeerd gespeld");
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(reopened->status, ResponseStatus::kDraft);
  EXPECT_EQ(reopened->events.back().reason, "Werkgever verkeerd gespeld");
  EXPECT_TRUE(SaveDraft(def, *reopened, Complete(), kRic, kT0 + hours{2}).ok());
  EXPECT_FALSE(Reopen(def, *reopened, kRic, kT0 + hours{3}, "nogmaals").ok());
}

TEST(ResponseTest, ReopeningASignedResponseDropsTheSignatureButKeepsItInTheEvents) {
  const auto def = SampleForm();
  auto s = Sign(def, Final(), Signature{SignatureMethod::kPortal, kRevalidant, kT0 + hours{1}, {}});
  ASSERT_TRUE(s.ok());
  auto reopened = Reopen(def, *s, kRic, kT0 + hours{2}, "Extra partij toevoegen");
  ASSERT_TRUE(reopened.ok());
  EXPECT_FALSE(reopened->signature.has_value());
  EXPECT_FALSE(IsComplete(def, *reopened));
  bool kept = false;
  for (const auto& e : reopened->events) {
    kept = kept || (e.type == ResponseEventType::kSigned && e.signature.has_value());
  }
  EXPECT_TRUE(kept);
}

TEST(ResponseTest, SignatureRules) {
  auto def = SampleForm();
  FormResponse f = Final();
  const core::Instant at = kT0 + days{3};
  // Paper: the date on the paper is required and cannot be after the recording day.
  auto no_date = Sign(def, f, Signature{SignatureMethod::kPaper, kRic, at, {}});
  ASSERT_FALSE(no_date.ok());
  EXPECT_EQ(no_date.error().fields.at(0).path, "signature.signed_on");
  EXPECT_EQ(no_date.error().fields.at(0).code, "required");
  auto future = Sign(
      def, f, Signature{SignatureMethod::kPaper, kRic, at, core::AddDays(core::DutchDate(at), 1)});
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().fields.at(0).code, "in_future");
  auto paper = Sign(
      def, f, Signature{SignatureMethod::kPaper, kRic, at, core::AddDays(core::DutchDate(at), -2)});
  ASSERT_TRUE(paper.ok());
  EXPECT_EQ(paper->signature->signed_on, core::AddDays(core::DutchDate(at), -2));
  // Portal: dated by the system.
  auto mismatch = Sign(
      def, f,
      Signature{SignatureMethod::kPortal, kRevalidant, at, core::AddDays(core::DutchDate(at), -1)});
  ASSERT_FALSE(mismatch.ok());
  EXPECT_EQ(mismatch.error().fields.at(0).code, "mismatch");
  // Nobody / backwards in time.
  EXPECT_FALSE(Sign(def, f, Signature{SignatureMethod::kPortal, core::UserId{}, at, {}}).ok());
  auto early = Sign(def, f, Signature{SignatureMethod::kPortal, kRevalidant, kT0, {}});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().fields.at(0).code, "before_previous");
  // Only final responses, and only when the definition asks for a signature.
  auto draft = NewResponse(def, kRic, kT0);
  EXPECT_EQ(
      Sign(def, *draft, Signature{SignatureMethod::kPortal, kRevalidant, at, {}}).error().code,
      core::ErrorCode::kRuleViolation);
  def.requires_signature = false;
  EXPECT_TRUE(IsComplete(def, f));
  EXPECT_EQ(Sign(def, f, Signature{SignatureMethod::kPortal, kRevalidant, at, {}}).error().code,
            core::ErrorCode::kRuleViolation);
}

TEST(ResponseTest, ResponsesBelongToOneDefinitionVersion) {
  auto def = SampleForm();
  FormResponse f = Final();
  def.version = 3;
  auto r = Reopen(def, f, kRic, kT0 + hours{1}, "andere versie");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_FALSE(IsComplete(def, f));
}

TEST(ResponseTest, ActorAndTimeAreChecked) {
  const auto def = SampleForm();
  EXPECT_FALSE(NewResponse(def, core::UserId{}, kT0).ok());
  auto r = NewResponse(def, kRic, kT0);
  auto back = SaveDraft(def, *r, {}, kRic, kT0 - seconds{1});
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().fields.at(0).path, "at");
  EXPECT_EQ(back.error().fields.at(0).code, "before_previous");
}

TEST(ResponseTest, Codes) {
  for (auto s : {ResponseStatus::kDraft, ResponseStatus::kFinal, ResponseStatus::kSigned}) {
    EXPECT_EQ(ParseResponseStatus(ToCode(s)), s);
  }
  EXPECT_EQ(ParseSignatureMethod("paper"), SignatureMethod::kPaper);
  EXPECT_EQ(ParseSignatureMethod("fax"), std::nullopt);
  EXPECT_EQ(ToCode(ResponseEventType::kReopened), "reopened");
}

}  // namespace
}  // namespace werkpad::domain::forms
