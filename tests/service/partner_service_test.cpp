// PartnerService (docs/api.md "Netwerkpartners en overdracht") against a real SQLite store:
// roles per phase with overrides, the matrix for the current phase, versions, ending a partner,
// handover moments between partners, need-to-know and the audit trail. The AGR handover record
// itself is covered by the API tests (it needs a signed form 7: tests/api/partners_api_test.cpp).
#include "service/partner_service.hpp"

#include <gtest/gtest.h>

#include "core/dutch_date.hpp"
#include "service/agr_service.hpp"
#include "service/fixture.hpp"

namespace werkpad::service {
namespace {

namespace pt = domain::partners;
using domain::agr::Step;

class PartnerServiceTest : public testing::TwoTeamsServiceTest {
 protected:
  void SetUp() override {
    TwoTeamsServiceTest::SetUp();
    partners_ = std::make_unique<PartnerService>(*db_, clock_);
    AddTwoTeams("Partners");
    ASSERT_TRUE(revalidant_.valid());
  }

  PartnerInput Jobcoach() {
    PartnerInput in;
    in.kind = "jobcoach";
    in.name = "S. Bos (fictief)";
    in.organisation = "Jobcoach Midden (fictief)";
    in.email = "s.bos@jobcoach.example";
    return in;
  }

  core::TrajectId StartTrajectory() {
    AgrService agr(*db_, clock_);
    StartTrajectoryInput in;
    in.admission_date = core::DutchDate(clock_.Now());
    in.setting = "klinisch";
    in.team = {{"fysiotherapie", fysio_}};
    auto t = agr.StartTrajectory(Ctx(arts_), revalidant_, in);
    EXPECT_TRUE(t.ok()) << t.error().message;
    return t.ok() ? t->record.trajectory.id : core::TrajectId{};
  }

  std::unique_ptr<PartnerService> partners_;
};

TEST_F(PartnerServiceTest, RolesAreTheDefaultsWithTheTeamsOverridesAndFollowTheCurrentPhase) {
  PartnerInput in = Jobcoach();
  in.roles = {{Step::kIntakeArts, pt::Role::kActive}};
  auto created = partners_->Create(Ctx(ric_), revalidant_, in);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->kind, pt::Kind::kJobcoach);
  EXPECT_EQ(created->record.version, 1);
  const auto& roles = created->roles;
  ASSERT_EQ(roles.size(), pt::kPhaseCount);
  EXPECT_EQ(roles[0].phase, Step::kIntakeArts);
  EXPECT_EQ(roles[0].role, pt::Role::kActive);
  EXPECT_FALSE(roles[0].is_default);
  for (std::size_t i = 1; i < roles.size(); ++i) {
    EXPECT_EQ(roles[i].role, pt::DefaultRole(pt::Kind::kJobcoach, roles[i].phase)) << i;
    EXPECT_TRUE(roles[i].is_default) << i;
  }

  // No trajectory yet: the matrix has the partner but no phase.
  auto before = partners_->Matrix(Ctx(fysio_), revalidant_);
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_FALSE(before->current_phase.has_value());
  ASSERT_EQ(before->rows.size(), 1u);

  // With a trajectory at its first step the matrix shows the override of that phase.
  ASSERT_TRUE(StartTrajectory().valid());
  auto during = partners_->Matrix(Ctx(fysio_), revalidant_);
  ASSERT_TRUE(during.ok()) << during.error().message;
  ASSERT_TRUE(during->current_phase.has_value());
  EXPECT_EQ(*during->current_phase, Step::kIntakeArts);
  ASSERT_EQ(during->rows.size(), 1u);
  EXPECT_EQ(during->rows[0].current_role, pt::Role::kActive);
}

TEST_F(PartnerServiceTest, UpdatesAreVersionedAndAnEndedPartnerLeavesTheMatrix) {
  auto created = partners_->Create(Ctx(ric_), revalidant_, Jobcoach());
  ASSERT_TRUE(created.ok()) << created.error().message;
  const std::int64_t id = created->record.id;

  PartnerInput change = Jobcoach();
  change.phone = "06-11112222";
  change.version = 1;
  auto updated = partners_->Update(Ctx(ric_), id, change);
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->record.version, 2);
  EXPECT_EQ(updated->record.phone, "06-11112222");
  auto stale = partners_->Update(Ctx(ric_), id, change);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  PartnerEndInput end;
  end.version = 2;
  auto ended = partners_->End(Ctx(ric_), id, end);
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_EQ(ended->record.ended_on, core::DutchDate(clock_.Now()));
  end.version = ended->record.version;
  auto again = partners_->End(Ctx(ric_), id, end);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kRuleViolation);
  change.version = ended->record.version;
  auto edit_ended = partners_->Update(Ctx(ric_), id, change);
  ASSERT_FALSE(edit_ended.ok());
  EXPECT_EQ(edit_ended.error().code, core::ErrorCode::kRuleViolation);

  auto matrix = partners_->Matrix(Ctx(ric_), revalidant_);
  ASSERT_TRUE(matrix.ok());
  EXPECT_TRUE(matrix->rows.empty()) << "ended partners are not in the matrix";
  auto all = partners_->List(Ctx(ric_), revalidant_);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 1u) << "but still in the list";
}

TEST_F(PartnerServiceTest, BadInputNamesTheFieldsAndStoresNothing) {
  PartnerInput in;
  in.kind = "tandarts";
  auto bad_kind = partners_->Create(Ctx(ric_), revalidant_, in);
  ASSERT_FALSE(bad_kind.ok());
  EXPECT_EQ(bad_kind.error().code, core::ErrorCode::kInvalidInput);

  PartnerInput overig;
  overig.kind = "overig";
  overig.name = "Iemand";
  overig.email = "geen-adres";
  auto bad = partners_->Create(Ctx(ric_), revalidant_, overig);
  ASSERT_FALSE(bad.ok());
  bool label = false, email = false;
  for (const auto& f : bad.error().fields) {
    if (f.path == "label" && f.code == "required") label = true;
    if (f.path == "email") email = true;
  }
  EXPECT_TRUE(label) << bad.error().message;
  EXPECT_TRUE(email) << bad.error().message;

  auto list = partners_->List(Ctx(ric_), revalidant_);
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->empty());
}

TEST_F(PartnerServiceTest, MomentsConnectPartnersOfThisRevalidantOnly) {
  auto jobcoach = partners_->Create(Ctx(ric_), revalidant_, Jobcoach());
  ASSERT_TRUE(jobcoach.ok()) << jobcoach.error().message;

  MomentInputView m;
  m.moment.from.party = "ric";
  m.moment.to.partner_id = jobcoach->record.id;
  m.moment.phase = Step::kAfronding;
  m.moment.planned_on = core::AddDays(core::DutchDate(clock_.Now()), 14);
  m.moment.note = "Bevindingen werktraining overdragen.";
  auto added = partners_->AddMoment(Ctx(ric_), revalidant_, m);
  ASSERT_TRUE(added.ok()) << added.error().message;

  // A partner id of nobody (or of another revalidant) is refused with the field named.
  MomentInputView foreign = m;
  foreign.moment.to.partner_id = jobcoach->record.id + 1000;
  auto refused = partners_->AddMoment(Ctx(ric_), revalidant_, foreign);
  ASSERT_FALSE(refused.ok());
  ASSERT_FALSE(refused.error().fields.empty());
  EXPECT_EQ(refused.error().fields[0].path, "to.partner_id");
  EXPECT_EQ(refused.error().fields[0].code, "unknown_partner");

  // Done: a date in the future is refused; today is fine; a stale version conflicts.
  MomentInputView done = m;
  done.version = added->record.version;
  done.moment.done_on = core::AddDays(core::DutchDate(clock_.Now()), 1);
  auto future = partners_->UpdateMoment(Ctx(ric_), added->record.id, done);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().code, core::ErrorCode::kInvalidInput);
  done.moment.done_on = core::DutchDate(clock_.Now());
  auto ok = partners_->UpdateMoment(Ctx(ric_), added->record.id, done);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  auto stale = partners_->UpdateMoment(Ctx(ric_), added->record.id, done);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  auto moments = partners_->Moments(Ctx(fysio_), revalidant_);
  ASSERT_TRUE(moments.ok());
  ASSERT_EQ(moments->size(), 1u);
  EXPECT_EQ((*moments)[0].record.done_on, core::DutchDate(clock_.Now()));
}

TEST_F(PartnerServiceTest, OutsideTheTeamNothingIsShownAndTheRefusalIsAudited) {
  ASSERT_TRUE(partners_->Create(Ctx(ric_), revalidant_, Jobcoach()).ok());
  auto other_team = partners_->Matrix(Ctx(ric_b_), revalidant_);
  ASSERT_FALSE(other_team.ok());
  EXPECT_EQ(other_team.error().code, core::ErrorCode::kForbidden);
  auto create = partners_->Create(Ctx(ric_b_), revalidant_, Jobcoach());
  ASSERT_FALSE(create.ok());
  EXPECT_EQ(create.error().code, core::ErrorCode::kForbidden);

  int created = 0, denied = 0, reads = 0;
  for (const auto& row : AuditRows()) {
    if (row.object_type != "network_partner") continue;
    if (row.outcome == "denied") ++denied;
    if (row.action == "create" && row.outcome == "success") ++created;
    if (row.action == "read" && row.outcome == "success") ++reads;
  }
  EXPECT_EQ(created, 1);
  EXPECT_EQ(denied, 2);
  EXPECT_EQ(reads, 0) << "a refused read shows nothing";
}

}  // namespace
}  // namespace werkpad::service
