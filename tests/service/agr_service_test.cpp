#include "service/agr_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "core/dutch_date.hpp"
#include "service/fixture.hpp"

namespace werkpad::service {
namespace {

namespace bj = boost::json;
namespace agr = domain::agr;
namespace consent = domain::consent;
using agr::DecisionKind;
using agr::Outcome;

bool HasField(const core::Error& e, const std::string& path, const std::string& code) {
  for (const auto& f : e.fields) {
    if (f.path == path && f.code == code) return true;
  }
  return false;
}

class AgrServiceTest : public testing::TwoTeamsServiceTest {
 protected:
  void SetUp() override {
    TwoTeamsServiceTest::SetUp();
    agr_ = std::make_unique<AgrService>(*db_, clock_);
    AddTwoTeams("Agr");
    ASSERT_TRUE(revalidant_.valid());
  }

  RequestContext At(core::UserId user) { return Ctx(user); }

  core::TrajectId Start() {
    StartTrajectoryInput in;
    in.admission_date = *core::ParseDate("2026-11-23");
    in.setting = "klinisch";
    in.team = {{"fysiotherapie", fysio_}};
    auto t = agr_->StartTrajectory(At(arts_), revalidant_, in);
    EXPECT_TRUE(t.ok()) << t.error().message;
    return t.ok() ? t->record.trajectory.id : core::TrajectId{};
  }

  core::Result<TrajectoryView> Decide(core::UserId who, core::TrajectId id, DecisionKind kind,
                                      Outcome outcome,
                                      std::optional<agr::Reason> reason = std::nullopt,
                                      std::optional<agr::ContactPermissions> contacts =
                                          std::nullopt) {
    clock_.Advance(std::chrono::minutes(1));
    auto current = agr_->GetTrajectory(At(who), id);
    if (!current.ok()) return current.error();
    DecisionRequest in;
    in.kind = kind;
    in.outcome = outcome;
    in.reason = reason;
    in.contacts = contacts;
    in.version = current->record.version;
    return agr_->RecordDecision(At(who), id, in);
  }

  // Fills form 3 (werkgever: work situation and progress yes; bedrijfsarts incl. medical) and
  // signs it on paper.
  void SignForm3(core::TrajectId id) {
    const std::string form = "agr-3-toestemming";
    auto created = agr_->CreateResponse(At(ric_), id, form);
    ASSERT_TRUE(created.ok()) << created.error().message;
    bj::value answers = bj::object{
        {"ric_inzet_vervolgen", true},
        {"betrokkenen",
         bj::array{bj::object{{"partij", "werkgever"},
                              {"contact_toegestaan", true},
                              {"werksituatie_functieprofiel", true},
                              {"mogelijkheden_beperkingen", false},
                              {"voortgang_werktraining", true},
                              {"reintegratievisie", false}},
                   bj::object{{"partij", "bedrijfsarts"},
                              {"contact_toegestaan", true},
                              {"werksituatie_functieprofiel", true},
                              {"mogelijkheden_beperkingen", true},
                              {"voortgang_werktraining", true},
                              {"reintegratievisie", true},
                              {"medische_informatie", true}}}}};
    auto saved = agr_->SaveResponse(At(ric_), id, form, answers, created->record.version);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    auto final = agr_->FinaliseResponse(At(ric_), id, form, saved->record.version);
    ASSERT_TRUE(final.ok()) << final.error().message;
    SignRequest sign;
    sign.method = domain::forms::SignatureMethod::kPaper;
    sign.signed_on = core::DutchDate(clock_.Now());
    sign.version = final->record.version;
    auto signed_form = agr_->SignResponse(At(ric_), id, form, sign);
    ASSERT_TRUE(signed_form.ok()) << signed_form.error().message;
  }

  std::unique_ptr<AgrService> agr_;
};

TEST_F(AgrServiceTest, StartCreatesTheIntakeTaskAndOnlyOneActiveTrajectory) {
  core::TrajectId id = Start();
  auto tasks = agr_->TrajectoryTasks(At(ric_), id);
  ASSERT_TRUE(tasks.ok());
  ASSERT_EQ(tasks->size(), 1u);
  EXPECT_EQ((*tasks)[0].task.key, "intake_arts");
  EXPECT_EQ((*tasks)[0].task.assignee, arts_);  // the starting arts
  EXPECT_EQ((*tasks)[0].state, "due_today");
  StartTrajectoryInput again;
  again.admission_date = *core::ParseDate("2026-11-24");
  again.setting = "klinisch";
  auto second = agr_->StartTrajectory(At(arts_), revalidant_, again);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_TRUE(HasField(second.error(), "revalidant_id", "active_trajectory_exists"));
}

TEST_F(AgrServiceTest, StartValidatesSettingAndPeople) {
  StartTrajectoryInput in;
  in.admission_date = *core::ParseDate("2026-11-23");
  in.setting = "thuis";
  in.ric_user_id = fysio_;  // a therapist cannot be RIC in model "vast"
  in.team = {{"fysiotherapie", fysio_}, {"fysiotherapie", arts_}, {"astrologie", fysio_}};
  auto r = agr_->StartTrajectory(At(arts_), revalidant_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "setting", "invalid_value"));
  in.setting = "klinisch";
  r = agr_->StartTrajectory(At(arts_), revalidant_, in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "ric_user_id", "not_ric")) << r.error().message;
  EXPECT_TRUE(HasField(r.error(), "team_members[1].discipline", "duplicate"));
  EXPECT_TRUE(HasField(r.error(), "team_members[2].discipline", "invalid_value"));
}

TEST_F(AgrServiceTest, D2NeedsTheSignedForm3AndInvalidTransitionsNameTheStep) {
  core::TrajectId id = Start();
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  auto early = Decide(ric_, id, DecisionKind::kD2Toestemming, Outcome::kJa, std::nullopt,
                      agr::ContactPermissions{true, true});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_TRUE(HasField(early.error(), "consent_form", "not_signed"));
  SignForm3(id);
  auto d2 = Decide(ric_, id, DecisionKind::kD2Toestemming, Outcome::kJa, std::nullopt,
                   agr::ContactPermissions{true, true});
  ASSERT_TRUE(d2.ok()) << d2.error().message;
  EXPECT_EQ(d2->record.trajectory.step, agr::Step::kWerkbezoek);
  auto wrong = Decide(arts_, id, DecisionKind::kD3Werktraining, Outcome::kJa);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_NE(wrong.error().message.find("current step is 'werkbezoek'"), std::string::npos)
      << wrong.error().message;
  EXPECT_NE(wrong.error().message.find("werkbezoek_afgerond=gereed"), std::string::npos);
  // Roles: D1 is the arts' decision, a therapist decides nothing.
  auto by_fysio = Decide(fysio_, id, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed);
  ASSERT_FALSE(by_fysio.ok());
  EXPECT_EQ(by_fysio.error().code, core::ErrorCode::kForbidden);
  // D2 "ja" made the werkbezoek tasks for the RIC.
  auto tasks = agr_->TrajectoryTasks(At(ric_), id);
  ASSERT_TRUE(tasks.ok());
  std::set<std::string> keys;
  for (const auto& t : *tasks) keys.insert(t.task.key);
  EXPECT_TRUE(keys.count("werkbezoek_werkgever"));
  EXPECT_TRUE(keys.count("functieprofiel_form4"));
  EXPECT_TRUE(keys.count("contact_bedrijfsarts_intake"));
}

TEST_F(AgrServiceTest, StaleDecisionIsAConflictAndChangesNothing) {
  core::TrajectId id = Start();
  auto current = agr_->GetTrajectory(At(arts_), id);
  ASSERT_TRUE(current.ok());
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  DecisionRequest stale;
  stale.kind = DecisionKind::kBeeindigen;
  stale.outcome = Outcome::kBeeindigd;
  stale.end_reason = agr::EndReason::kOntslagRevalidatie;
  stale.version = current->record.version;
  auto r = agr_->RecordDecision(At(arts_), id, stale);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(agr_->GetTrajectory(At(arts_), id)->record.trajectory.step, agr::Step::kIntakeRic);
}

TEST_F(AgrServiceTest, StaleDecisionThatNoLongerFitsNamesTheCurrentStep) {
  core::TrajectId id = Start();
  auto current = agr_->GetTrajectory(At(arts_), id);
  ASSERT_TRUE(current.ok());
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  // A second D1 from the page loaded before the first one: the rule message names the step.
  DecisionRequest stale;
  stale.kind = DecisionKind::kD1RicInzetten;
  stale.outcome = Outcome::kNee;
  stale.reason = agr::Reason::kStudent;
  stale.version = current->record.version;
  auto r = agr_->RecordDecision(At(arts_), id, stale);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_NE(r.error().message.find("current step is 'intake_ric'"), std::string::npos)
      << r.error().message;
  auto after = agr_->GetTrajectory(At(arts_), id);
  EXPECT_EQ(after->record.trajectory.step, agr::Step::kIntakeRic);
  EXPECT_EQ(after->record.trajectory.history.size(), 1u);
}

TEST_F(AgrServiceTest, TeamMeetingListsDueQuestionsAndParkedD3ComesBack) {
  core::TrajectId id = Start();
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  SignForm3(id);
  ASSERT_TRUE(Decide(ric_, id, DecisionKind::kD2Toestemming, Outcome::kJa, std::nullopt,
                     agr::ContactPermissions{true, false})
                  .ok());
  ASSERT_TRUE(Decide(ric_, id, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed).ok());
  clock_.Advance(std::chrono::hours(1));
  const core::Instant meeting = clock_.Now();
  auto list = agr_->TeamMeeting(At(arts_), meeting);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->items[0].question, DecisionKind::kD3Werktraining);
  EXPECT_FALSE(list->items[0].parked);
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD3Werktraining, Outcome::kNogNiet,
                     agr::Reason::kOrientatieOnvoldoende)
                  .ok());
  // Answered in this meeting: not due any more now ...
  EXPECT_TRUE(agr_->TeamMeeting(At(arts_), meeting)->items.empty());
  // ... but at the next meeting the parked question comes back.
  clock_.Advance(std::chrono::hours(24 * 7));
  auto next = agr_->TeamMeeting(At(arts_), clock_.Now());
  ASSERT_EQ(next->items.size(), 1u);
  EXPECT_TRUE(next->items[0].parked);
  // Need-to-know: the RIC of another team does not see it.
  EXPECT_TRUE(agr_->TeamMeeting(At(ric_b_), clock_.Now())->items.empty());
}

TEST_F(AgrServiceTest, StaleFormSaveReturnsTheStoredValuesAndKeepsHistory) {
  core::TrajectId id = Start();
  const std::string form = "agr-5-terugkoppeling-werkbezoek";
  auto created = agr_->CreateResponse(At(ric_), id, form);
  ASSERT_TRUE(created.ok()) << created.error().message;
  const std::int64_t v = created->record.version;
  auto a = agr_->SaveResponse(At(ric_), id, form, bj::object{{"werkomgeving", "Hal"}}, v);
  ASSERT_TRUE(a.ok()) << a.error().message;
  FormResponseView current;
  clock_.Advance(std::chrono::seconds(5));
  auto b = agr_->SaveResponse(At(fysio_), id, form, bj::object{{"werkomgeving", "Kantoor"}}, v,
                              &current);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(current.record.version, a->record.version);
  EXPECT_EQ(std::get<std::string>(current.answers.at("werkomgeving")), "Hal");
  EXPECT_EQ(current.updated_by.id, ric_);
  auto c = agr_->SaveResponse(At(fysio_), id, form, bj::object{{"werkomgeving", "Kantoor"}},
                              current.record.version);
  ASSERT_TRUE(c.ok());
  auto history = agr_->ResponseHistory(At(ric_), id, form);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->changes.size(), 2u);
  EXPECT_EQ(history->changes[1].path, "items.werkomgeving");
  EXPECT_EQ(history->changes[1].old_json.value_or(""), "\"Hal\"");
  EXPECT_EQ(history->changes[1].new_json.value_or(""), "\"Kantoor\"");
  EXPECT_EQ(history->changes[1].by.id, fysio_);
  auto final = agr_->FinaliseResponse(At(ric_), id, form, c->record.version);
  ASSERT_FALSE(final.ok());
  EXPECT_EQ(final.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(final.error(), "items.datum_werkbezoek", "required"));
  EXPECT_TRUE(HasField(final.error(), "items.absolute_voorwaarden", "required"));
}

TEST_F(AgrServiceTest, MaySharePolicyWithdrawalBlocksTheNextRequestMedicalNeverToEmployer) {
  core::TrajectId id = Start();
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  SignForm3(id);
  clock_.Advance(std::chrono::minutes(1));
  using consent::InfoKind;
  using consent::PolicyReason;
  auto may = [&](InfoKind kind, const std::string& party) {
    auto d = agr_->MayShare(At(ric_), revalidant_, kind, party);
    EXPECT_TRUE(d.ok());
    return d.ok() ? d->reason : PolicyReason::kNoConsent;
  };
  EXPECT_EQ(may(InfoKind::kVoortgangWerktraining, "werkgever"), PolicyReason::kAllowed);
  EXPECT_EQ(may(InfoKind::kMogelijkhedenBeperkingen, "werkgever"), PolicyReason::kNoConsent);
  EXPECT_EQ(may(InfoKind::kMedischeInformatie, "bedrijfsarts"), PolicyReason::kAllowed);
  EXPECT_EQ(may(InfoKind::kMedischeInformatie, "werkgever"), PolicyReason::kNeverAllowed);

  auto matrix = agr_->GetConsent(At(ric_), revalidant_);
  ASSERT_TRUE(matrix.ok());
  // Recording "yes" for medical information to the employer is refused outright.
  auto medical = agr_->SetConsentCell(At(ric_), revalidant_, "werkgever",
                                      InfoKind::kMedischeInformatie, true, matrix->version);
  ASSERT_FALSE(medical.ok());
  EXPECT_EQ(medical.error().code, core::ErrorCode::kRuleViolation);
  EXPECT_EQ(may(InfoKind::kMedischeInformatie, "werkgever"), PolicyReason::kNeverAllowed);

  // The withdrawal blocks the very next request (same instant included).
  auto withdrawn = agr_->WithdrawConsentCell(At(ric_), revalidant_, "werkgever",
                                             InfoKind::kVoortgangWerktraining, matrix->version);
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message;
  EXPECT_EQ(may(InfoKind::kVoortgangWerktraining, "werkgever"), PolicyReason::kWithdrawn);
  // Stale consent writes are conflicts.
  auto stale = agr_->SetConsentCell(At(ric_), revalidant_, "uwv",
                                    InfoKind::kReIntegratievisie, true, matrix->version);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  // Every decision is audited as "share"; refusals as denied.
  int allowed = 0, denied = 0;
  for (const auto& row : AuditRows()) {
    if (row.action != "share") continue;
    (row.outcome == "success" ? allowed : denied)++;
  }
  EXPECT_EQ(allowed, 2);
  EXPECT_EQ(denied, 4);
  // Need-to-know: another team's RIC may not even ask.
  auto outside = agr_->MayShare(At(ric_b_), revalidant_, InfoKind::kReIntegratievisie, "uwv");
  ASSERT_FALSE(outside.ok());
  EXPECT_EQ(outside.error().code, core::ErrorCode::kForbidden);
}

TEST_F(AgrServiceTest, Form1FinalSetsTheExpectedDischarge) {
  core::TrajectId id = Start();
  const std::string form = "agr-1-intake-arts";
  auto created = agr_->CreateResponse(At(arts_), id, form);
  ASSERT_TRUE(created.ok());
  auto saved = agr_->SaveResponse(
      At(arts_), id, form,
      bj::object{{"arbeidsstatus", "zzp"},
                 {"ric_inzetten", true},
                 {"verwachte_revalidatieduur", bj::object{{"amount", 3}, {"unit", "months"}}}},
      created->record.version);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ASSERT_TRUE(agr_->FinaliseResponse(At(arts_), id, form, saved->record.version).ok());
  auto t = agr_->GetTrajectory(At(arts_), id);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(core::FormatDate(*t->record.trajectory.expected_discharge_date), "2027-02-23");
  EXPECT_TRUE(t->record.trajectory.zzp);
}

TEST_F(AgrServiceTest, TrajectoryShowsTheAgeAtIntakeAndTheAowBoundary) {
  core::TrajectId id = Start();  // born 1980-04-01, admission 2026-11-23
  auto t = agr_->GetTrajectory(At(ric_), id);
  ASSERT_TRUE(t.ok()) << t.error().message;
  ASSERT_TRUE(t->age.has_value());
  EXPECT_EQ(t->age->on, *core::ParseDate("2026-11-23"));
  EXPECT_EQ(t->age->check.age_years, 46);
  EXPECT_EQ(t->age->check.status, domain::indication::AgeStatus::kWithinRange);
  // Beyond the fixed table: the provisional 67 years and 3 months.
  EXPECT_EQ(t->age->check.aow_age, (domain::indication::AowAge{67, 3, false}));
  EXPECT_EQ(t->age->check.aow_date, *core::ParseDate("2047-07-01"));
  EXPECT_EQ(t->ric_model, "vast");
  EXPECT_EQ(t->folder, agr::FolderStatus::kNotApplicable);
}

TEST_F(AgrServiceTest, D3ChecklistIsStoredWithTheSuggestionAndAudited) {
  core::TrajectId id = Start();
  ASSERT_TRUE(Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kJa).ok());
  SignForm3(id);
  ASSERT_TRUE(Decide(ric_, id, DecisionKind::kD2Toestemming, Outcome::kJa, std::nullopt,
                     agr::ContactPermissions{true, true})
                  .ok());
  ASSERT_TRUE(Decide(ric_, id, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed).ok());
  auto current = agr_->GetTrajectory(At(arts_), id);
  ASSERT_TRUE(current.ok());
  DecisionRequest in;
  in.kind = DecisionKind::kD3Werktraining;
  in.outcome = Outcome::kJa;
  domain::indication::D3Checklist c;
  c.belastbaarheid = domain::indication::CriterionAnswer::kMet;
  c.orientatie = domain::indication::CriterionAnswer::kMet;
  c.taalbegrip = domain::indication::CriterionAnswer::kNotMet;
  c.leerbaarheid = domain::indication::CriterionAnswer::kMet;
  c.recovery_within_three_months = true;
  in.checklist = c;
  in.version = current->record.version;
  auto r = agr_->RecordDecision(At(arts_), id, in);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const agr::Decision& d = r->decisions.back().decision;
  ASSERT_TRUE(d.d3.has_value());
  EXPECT_EQ(d.d3->suggested_outcome, Outcome::kNogNiet);
  EXPECT_EQ(d.d3->suggested_reason, agr::Reason::kTaalbegripOnvoldoende);
  EXPECT_EQ(d.outcome, Outcome::kJa);  // people decide
  EXPECT_TRUE(agr::DiffersFromSuggestion(d));
  // Stored: a fresh read has the same checklist.
  auto again = agr_->GetTrajectory(At(ric_), id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->decisions.back().decision.d3, d.d3);
  bool audited = false;
  for (const auto& row : AuditRows()) {
    audited = audited || row.detail == "decision=d3_werktraining=ja checklist suggested=nog_niet";
  }
  EXPECT_TRUE(audited);
}

TEST_F(AgrServiceTest, TeamChangeChecksTheVersionAndTheClosedTrajectory) {
  core::TrajectId id = Start();
  auto t = agr_->GetTrajectory(At(ric_), id);
  ASSERT_TRUE(t.ok());
  TeamChange change;
  change.ric_user_id = ric_;
  change.arts_user_id = arts_;
  change.team = {{"fysiotherapie", fysio_}};
  change.version = t->record.version;
  auto ok = agr_->ChangeTeam(At(ric_), id, change);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(AuditRows().back().detail, "team ric=" + std::to_string(ric_.value) +
                                           " arts=" + std::to_string(arts_.value) + " members=1");
  auto stale = agr_->ChangeTeam(At(ric_), id, change);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  ASSERT_TRUE(
      Decide(arts_, id, DecisionKind::kD1RicInzetten, Outcome::kNee, agr::Reason::kStudent).ok());
  auto closed = agr_->GetTrajectory(At(ric_), id);
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->folder, agr::FolderStatus::kOpen);
  change.version = closed->record.version;
  auto refused = agr_->ChangeTeam(At(ric_), id, change);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kRuleViolation);
}

}  // namespace
}  // namespace werkpad::service
