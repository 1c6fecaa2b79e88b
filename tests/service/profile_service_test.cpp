// ProfileService (issue 4) on a real SQLite database: the audit trail of reads, writes and
// refusals; the therapist's discipline rule; all-or-nothing CSV import; and a refused or invalid
// write that leaves nothing behind.
#include "service/profile_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "service/agr_service.hpp"
#include "service/fixture.hpp"

namespace werkpad::service {
namespace {

namespace bj = boost::json;
using domain::identity::Role;

class ProfileServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    profiles_ = std::make_unique<ProfileService>(*db_, clock_);
    AgrService agr(*db_, clock_);
    team_ = AddTeam("Team P");
    arts_ = AddUser("arts", Role::kRevalidatiearts, {team_});
    ric_ = AddUser("ric", Role::kRic, {team_});
    fysio_ = AddUser("fysio", Role::kTherapeut, {team_});  // fysiotherapie
    psy_ = AddUser("psy", Role::kTherapeut, {team_});
    admin_ = AddUser("admin", Role::kAdmin);
    const core::RevalidantId revalidant = AddRevalidant("Profiel", team_, ric_, "Monteur");
    ASSERT_TRUE(revalidant.valid());
    StartTrajectoryInput in;
    in.admission_date = *core::ParseDate("2026-11-23");
    in.setting = "klinisch";
    in.team = {{"fysiotherapie", fysio_}, {"psychologie", psy_}};
    auto t = agr.StartTrajectory(Ctx(arts_), revalidant, in);
    ASSERT_TRUE(t.ok()) << t.error().message;
    trajectory_ = t->record.trajectory.id;
    revalidant_ = revalidant;
  }

  RequestContext Psy() {
    RequestContext c = Ctx(psy_);
    c.actor.discipline = "psychologie";
    return c;
  }

  DemandInput Demand() {
    DemandInput in;
    in.profile = bj::parse(R"({"items": [
        {"item": "tillen", "relevant": true, "demand": {"kg": 15, "keer": 10}},
        {"item": "aandacht", "relevant": true, "demand": {"frequentie": "vaak"}},
        {"item": "klimmen", "relevant": false}]})");
    return in;
  }

  int CountAudit(const std::string& type, const std::string& action, const std::string& outcome) {
    int n = 0;
    for (const auto& row : AuditRows()) {
      n += row.object_type == type && row.action == action && row.outcome == outcome ? 1 : 0;
    }
    return n;
  }

  std::unique_ptr<ProfileService> profiles_;
  core::TeamId team_;
  core::UserId arts_, ric_, fysio_, psy_, admin_;
  core::TrajectId trajectory_;
  core::RevalidantId revalidant_;
};

TEST_F(ProfileServiceTest, ReadsWritesAndRefusalsAreAudited) {
  auto saved = profiles_->SaveDemand(Ctx(ric_), trajectory_, Demand());
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->profile.title, "Monteur");  // the revalidant's own function
  EXPECT_EQ(CountAudit("functieprofiel", "create", "success"), 1);
  ASSERT_TRUE(profiles_->GetDemand(Ctx(fysio_), trajectory_).ok());
  EXPECT_EQ(CountAudit("functieprofiel", "read", "success"), 1);
  auto refused = profiles_->SaveDemand(Ctx(fysio_), trajectory_, Demand());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CountAudit("functieprofiel", "update", "denied"), 1);
  for (const auto& row : AuditRows()) {
    if (row.object_type == "functieprofiel") {
      EXPECT_EQ(row.client_id, revalidant_);
    }
  }
}

TEST_F(ProfileServiceTest, TherapistsAssessOnlyTheirDisciplinesItems) {
  ASSERT_TRUE(profiles_->SaveDemand(Ctx(ric_), trajectory_, Demand()).ok());
  RoundInput r;
  r.kind = "eerste_indruk";
  r.date = *core::ParseDate("2026-11-30");
  auto round = profiles_->CreateRound(Ctx(fysio_), trajectory_, r);
  ASSERT_TRUE(round.ok()) << round.error().message;
  EXPECT_EQ(round->assessable_items, (std::vector<std::string>{"tillen"}));
  AssessmentInput a;
  a.status = "voldoet_niet";
  a.capacity = bj::parse(R"({"kg": 5})");
  auto denied = profiles_->Assess(Psy(), round->record.id, "tillen", a);
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CountAudit("persoonsprofiel", "update", "denied"), 1);
  auto ok = profiles_->Assess(Ctx(fysio_), round->record.id, "tillen", a);
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  ASSERT_EQ(ok->assessments.size(), 1u);
  EXPECT_EQ(ok->assessments[0].record.discipline, "fysiotherapie");
  // Bad units: nothing stored.
  AssessmentInput bad;
  bad.status = "voldoet";
  bad.capacity = bj::parse(R"({"kg": -3})");
  bad.version = 1;
  auto invalid = profiles_->Assess(Ctx(fysio_), round->record.id, "tillen", bad);
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().code, core::ErrorCode::kInvalidInput);
  auto again = profiles_->GetRound(Ctx(ric_), round->record.id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->assessments[0].record.version, 1);
  EXPECT_EQ(again->assessments[0].record.verdict, "voldoet_niet");
  // The psychologist sees no physical item; the RIC sees it.
  auto psy_view = profiles_->GetRound(Psy(), round->record.id);
  ASSERT_TRUE(psy_view.ok());
  EXPECT_TRUE(psy_view->assessments.empty());
  EXPECT_TRUE(psy_view->filtered);
}

TEST_F(ProfileServiceTest, CsvImportIsAllOrNothing) {
  CatalogueInput c{"Test catalogus", "instelling", "", 0};
  auto cat = profiles_->CreateCatalogue(Ctx(ric_), c);
  ASSERT_TRUE(cat.ok()) << cat.error().message;
  ImportInput in;
  in.csv =
      "code;titel;tillen.kg\n"
      "A;Goede functie;10\n"
      "B;Foute functie;zwaar\n";
  auto bad = profiles_->ImportFunctions(Ctx(ric_), cat->id, in);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);
  ASSERT_FALSE(bad.error().fields.empty());
  EXPECT_EQ(bad.error().fields[0].path.rfind("regel 3", 0), 0u) << bad.error().fields[0].path;
  auto none = profiles_->ListFunctions(Ctx(ric_), cat->id);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  in.csv = "code;titel;tillen.kg\nA;Goede functie;10\nB;Andere functie;20\n";
  in.dry_run = true;
  auto dry = profiles_->ImportFunctions(Ctx(ric_), cat->id, in);
  ASSERT_TRUE(dry.ok()) << dry.error().message;
  EXPECT_EQ(dry->valid, 2u);
  EXPECT_EQ(dry->imported, 0u);
  EXPECT_TRUE(profiles_->ListFunctions(Ctx(ric_), cat->id)->empty());
  in.dry_run = false;
  auto done = profiles_->ImportFunctions(Ctx(ric_), cat->id, in);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->imported, 2u);
  EXPECT_EQ(profiles_->ListFunctions(Ctx(ric_), cat->id)->size(), 2u);
  auto denied = profiles_->ImportFunctions(Ctx(fysio_), cat->id, in);
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, core::ErrorCode::kForbidden);
}

}  // namespace
}  // namespace werkpad::service
