// Store contract cases of the profile repository (store/profiles.hpp, migration 0005): form 4
// with versions and revisions, form 6 rounds with one assessment per item, external capacity
// profiles, goals with their event history, work training, function catalogues with unique codes
// and cascade delete, and the discipline-assignment setting. Each case runs on SQLite and on
// PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

core::Date D(const char* text) { return *core::ParseDate(text); }

class ProfileStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.profiel", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(fysio_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("fysio.profiel", Role::kTherapeut));
    }));
    WP_ASSERT_OK_AND_ASSIGN(auto revalidant, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Test", "Profiel", "1980-01-02"), At(0));
    }));
    const TrajectoryRecord t = MakeTrajectory(revalidant, ric_, At(10));
    WP_ASSERT_OK_AND_ASSIGN(trajectory_,
                            db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(t); }));
  }

  core::UserId ric_, fysio_;
  core::TrajectId trajectory_;
};

TEST_P(ProfileStoreTest, DemandIsOnePerTrajectoryVersionedWithRevisions) {
  WP_ASSERT_OK_AND_ASSIGN(auto none,
                          db().Read([&](Tx& tx) { return tx.profiles().FindDemand(trajectory_); }));
  EXPECT_FALSE(none.has_value());
  DemandRecord d;
  d.trajectory_id = trajectory_;
  d.visit_date = D("2026-11-20");
  d.filled_with = "Hans Vermeulen (leidinggevende)";
  d.profile_json = R"([{"item":"tillen","relevant":true}])";
  d.created_by = d.updated_by = ric_;
  d.created_at = d.updated_at = At(20);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertDemand(d); }));
  auto again = db().Write([&](Tx& tx) { return tx.profiles().InsertDemand(d); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);

  d.profile_json = R"([{"item":"tillen","relevant":false}])";
  d.visit_date.reset();
  d.updated_at = At(30);
  WP_ASSERT_OK_AND_ASSIGN(auto v2,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateDemand(d, 1); }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.profiles().UpdateDemand(d, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  WP_ASSERT_OK_AND_ASSIGN(auto got,
                          db().Read([&](Tx& tx) { return tx.profiles().FindDemand(trajectory_); }));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->version, 2);
  EXPECT_FALSE(got->visit_date.has_value());
  EXPECT_EQ(got->profile_json, d.profile_json);
  EXPECT_EQ(got->created_at, At(20));
  EXPECT_EQ(got->updated_at, At(30));
  WP_ASSERT_OK_AND_ASSIGN(auto revisions, db().Read([&](Tx& tx) {
    return tx.profiles().ListDemandRevisions(trajectory_);
  }));
  ASSERT_EQ(revisions.size(), 2u);
  EXPECT_EQ(revisions[0].version, 1);
  EXPECT_EQ(revisions[0].visit_date, D("2026-11-20"));
  EXPECT_EQ(revisions[1].profile_json, d.profile_json);

  DemandRecord other = d;
  other.trajectory_id = core::TrajectId{trajectory_.value + 1000};
  auto missing = db().Write([&](Tx& tx) { return tx.profiles().UpdateDemand(other, 1); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
}

TEST_P(ProfileStoreTest, RoundsKeepOneAssessmentPerItemWithVersions) {
  RoundRecord r;
  r.trajectory_id = trajectory_;
  r.kind = "eerste_indruk";
  r.date = D("2026-11-25");
  r.created_by = r.updated_by = ric_;
  r.created_at = r.updated_at = At(40);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t first,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertRound(r); }));
  r.kind = "herbeoordeling";
  r.date = D("2026-12-05");
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t second,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertRound(r); }));

  AssessmentRecord a;
  a.round_id = first;
  a.item_code = "tillen";
  a.discipline = "fysiotherapie";
  a.verdict = "voldoet_niet";
  a.capacity_json = R"({"kg":5})";
  a.assessed_on = D("2026-11-25");
  a.assessor = fysio_;
  a.updated_at = At(41);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertAssessment(a); }));
  auto dup = db().Write([&](Tx& tx) { return tx.profiles().InsertAssessment(a); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  a.verdict = "voldoet_deels";
  a.capacity_json = R"({"kg":10})";
  WP_ASSERT_OK_AND_ASSIGN(auto v2,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateAssessment(a, 1); }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.profiles().UpdateAssessment(a, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  a.round_id = second;
  a.verdict = "voldoet";
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertAssessment(a); }));

  WP_ASSERT_OK_AND_ASSIGN(auto rounds,
                          db().Read([&](Tx& tx) { return tx.profiles().ListRounds(trajectory_); }));
  ASSERT_EQ(rounds.size(), 2u);
  EXPECT_EQ(rounds[0].id, first);
  EXPECT_EQ(rounds[0].kind, "eerste_indruk");
  ASSERT_EQ(rounds[0].assessments.size(), 1u);
  EXPECT_EQ(rounds[0].assessments[0].verdict, "voldoet_deels");
  EXPECT_EQ(rounds[0].assessments[0].capacity_json, R"({"kg":10})");
  EXPECT_EQ(rounds[0].assessments[0].version, 2);
  EXPECT_EQ(rounds[0].assessments[0].assessor, fysio_);
  ASSERT_EQ(rounds[1].assessments.size(), 1u);
  EXPECT_EQ(rounds[1].assessments[0].verdict, "voldoet");

  WP_ASSERT_OK_AND_ASSIGN(RoundRecord got,
                          db().Read([&](Tx& tx) { return tx.profiles().GetRound(second); }));
  got.closed = true;
  got.kind = "definitief";
  WP_ASSERT_OK_AND_ASSIGN(
      auto rv, db().Write([&](Tx& tx) { return tx.profiles().UpdateRound(got, got.version); }));
  EXPECT_EQ(rv, 2);
  WP_ASSERT_OK_AND_ASSIGN(got, db().Read([&](Tx& tx) { return tx.profiles().GetRound(second); }));
  EXPECT_TRUE(got.closed);
  EXPECT_EQ(got.kind, "definitief");
  auto absent = db().Read([&](Tx& tx) { return tx.profiles().GetRound(second + 1000); });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);
}

TEST_P(ProfileStoreTest, CapacityProfilesAndGoalsWithHistory) {
  CapacityRecord c;
  c.trajectory_id = trajectory_;
  c.source = "uwv";
  c.instrument = "fml";
  c.date = D("2026-10-01");
  c.author = "verzekeringsarts (fictief)";
  c.profile_json = R"([{"item":"tillen","value":{"kg":10}}])";
  c.created_by = c.updated_by = ric_;
  c.created_at = c.updated_at = At(50);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t cid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertCapacity(c); }));
  WP_ASSERT_OK_AND_ASSIGN(
      auto caps, db().Read([&](Tx& tx) { return tx.profiles().ListCapacities(trajectory_); }));
  ASSERT_EQ(caps.size(), 1u);
  EXPECT_EQ(caps[0].id, cid);
  EXPECT_EQ(caps[0].instrument, "fml");
  EXPECT_EQ(caps[0].profile_json, c.profile_json);

  GoalRecord g;
  g.trajectory_id = trajectory_;
  g.discipline = "fysiotherapie";
  g.item_code = "tillen";
  g.description = "15 kg tillen, 10 keer per uur";
  g.target_json = R"({"kg":15})";
  g.target_date = D("2027-01-15");
  g.created_by = g.updated_by = fysio_;
  g.created_at = g.updated_at = At(60);
  GoalEventRecord e{
      0,  "aangemaakt", D("2026-12-01"), "actief", g.description, g.target_json, g.target_date,
      "", std::nullopt, fysio_,          At(60)};
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t gid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertGoal(g, e); }));
  g.id = gid;
  g.status = "bijgesteld";
  g.target_json = R"({"kg":10})";
  GoalEventRecord adj{0,
                      "bijgesteld",
                      D("2026-12-10"),
                      "bijgesteld",
                      g.description,
                      g.target_json,
                      g.target_date,
                      "D4: doel lager",
                      3,
                      fysio_,
                      At(70)};
  WP_ASSERT_OK_AND_ASSIGN(auto v2,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateGoal(g, 1, adj); }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.profiles().UpdateGoal(g, 1, adj); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(GoalRecord got,
                          db().Read([&](Tx& tx) { return tx.profiles().GetGoal(gid); }));
  EXPECT_EQ(got.status, "bijgesteld");
  EXPECT_EQ(got.target_json, R"({"kg":10})");
  ASSERT_EQ(got.events.size(), 2u);
  EXPECT_EQ(got.events[0].seq, 1);
  EXPECT_EQ(got.events[0].kind, "aangemaakt");
  EXPECT_FALSE(got.events[0].d4_seq.has_value());
  EXPECT_EQ(got.events[1].seq, 2);
  EXPECT_EQ(got.events[1].d4_seq, 3);
  EXPECT_EQ(got.events[1].note, "D4: doel lager");
  WP_ASSERT_OK_AND_ASSIGN(auto goals,
                          db().Read([&](Tx& tx) { return tx.profiles().ListGoals(trajectory_); }));
  ASSERT_EQ(goals.size(), 1u);
  EXPECT_EQ(goals[0].events.size(), 2u);
}

TEST_P(ProfileStoreTest, WorkTrainingSessionsLinkGoalsAndWorksamples) {
  WorksampleRecord w;
  w.name = "Magazijn: dozen stapelen";
  w.kind = "fysiek";
  w.employer_material = true;
  w.updated_by = ric_;
  w.updated_at = At(80);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t wid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertWorksample(w); }));
  auto dup = db().Write([&](Tx& tx) { return tx.profiles().InsertWorksample(w); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  w.id = wid;
  w.active = false;
  WP_ASSERT_OK_AND_ASSIGN(auto wv,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateWorksample(w, 1); }));
  EXPECT_EQ(wv, 2);
  WP_ASSERT_OK_AND_ASSIGN(auto samples,
                          db().Read([&](Tx& tx) { return tx.profiles().ListWorksamples(); }));
  ASSERT_EQ(samples.size(), 1u);
  EXPECT_FALSE(samples[0].active);
  EXPECT_TRUE(samples[0].employer_material);

  GoalRecord g;
  g.trajectory_id = trajectory_;
  g.discipline = "fysiotherapie";
  g.description = "Doel";
  g.target_date = D("2027-01-15");
  g.created_by = g.updated_by = fysio_;
  GoalEventRecord e{0,  "aangemaakt", D("2026-12-01"), "actief", "Doel", "null", g.target_date,
                    "", std::nullopt, fysio_,          At(60)};
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t gid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertGoal(g, e); }));

  TrainingSessionRecord s;
  s.trajectory_id = trajectory_;
  s.kind = "werksample";
  s.date = D("2026-12-03");
  s.worksample_id = wid;
  s.duration_minutes = 45;
  s.disciplines = {"fysiotherapie", "ergotherapie"};
  s.observations = "Tilt 8 kg zonder pijn.";
  s.goal_ids = {gid};
  s.created_by = s.updated_by = fysio_;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t sid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertSession(s); }));
  WP_ASSERT_OK_AND_ASSIGN(auto got,
                          db().Read([&](Tx& tx) { return tx.profiles().GetSession(sid); }));
  EXPECT_EQ(got.worksample_id, wid);
  EXPECT_EQ(got.duration_minutes, 45);
  EXPECT_EQ(got.disciplines, s.disciplines);
  EXPECT_EQ(got.goal_ids, std::vector<std::int64_t>{gid});
  s.kind = "werkplek";
  s.worksample_id.reset();
  s.goal_ids.clear();
  s.date = D("2026-12-01");
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertSession(s); }));
  WP_ASSERT_OK_AND_ASSIGN(
      auto sessions, db().Read([&](Tx& tx) { return tx.profiles().ListSessions(trajectory_); }));
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].kind, "werkplek");  // by date
  EXPECT_FALSE(sessions[0].worksample_id.has_value());

  TrainingReportRecord r;
  r.trajectory_id = trajectory_;
  r.date = D("2026-12-05");
  r.period_from = D("2026-12-01");
  r.period_to = D("2026-12-05");
  r.text = "Verslag werktraining week 1.";
  r.created_by = r.updated_by = fysio_;
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertReport(r); }));
  WP_ASSERT_OK_AND_ASSIGN(
      auto reports, db().Read([&](Tx& tx) { return tx.profiles().ListReports(trajectory_); }));
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].period_from, D("2026-12-01"));
  EXPECT_EQ(reports[0].text, r.text);

  // Corrections: version checked, goal links replaced, stale and missing refused.
  got.kind = "werkplek";
  got.worksample_id.reset();
  got.duration_minutes = 50;
  got.goal_ids.clear();
  got.observations = "Gecorrigeerd.";
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2, db().Write([&](Tx& tx) {
    return tx.profiles().UpdateSession(got, got.version);
  }));
  EXPECT_EQ(v2, got.version + 1);
  WP_ASSERT_OK_AND_ASSIGN(auto corrected,
                          db().Read([&](Tx& tx) { return tx.profiles().GetSession(sid); }));
  EXPECT_EQ(corrected.version, v2);
  EXPECT_EQ(corrected.kind, "werkplek");
  EXPECT_FALSE(corrected.worksample_id.has_value());
  EXPECT_EQ(corrected.duration_minutes, 50);
  EXPECT_TRUE(corrected.goal_ids.empty());
  EXPECT_EQ(corrected.observations, "Gecorrigeerd.");
  auto stale = db().Write([&](Tx& tx) { return tx.profiles().UpdateSession(got, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  got.id = 999999;
  auto missing = db().Write([&](Tx& tx) { return tx.profiles().UpdateSession(got, 1); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);

  TrainingReportRecord rep = reports[0];
  WP_ASSERT_OK_AND_ASSIGN(auto fetched,
                          db().Read([&](Tx& tx) { return tx.profiles().GetReport(rep.id); }));
  EXPECT_EQ(fetched.text, r.text);
  EXPECT_EQ(fetched.trajectory_id, trajectory_);
  rep.text = "Verslag werktraining week 1 (gecorrigeerd).";
  rep.period_to = D("2026-12-06");
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t rv2, db().Write([&](Tx& tx) {
    return tx.profiles().UpdateReport(rep, rep.version);
  }));
  WP_ASSERT_OK_AND_ASSIGN(fetched,
                          db().Read([&](Tx& tx) { return tx.profiles().GetReport(rep.id); }));
  EXPECT_EQ(fetched.version, rv2);
  EXPECT_EQ(fetched.text, rep.text);
  EXPECT_EQ(fetched.period_to, D("2026-12-06"));
  auto stale_report = db().Write([&](Tx& tx) { return tx.profiles().UpdateReport(rep, 1); });
  ASSERT_FALSE(stale_report.ok());
  EXPECT_EQ(stale_report.error().code, core::ErrorCode::kConflict);
}

TEST_P(ProfileStoreTest, CataloguesHoldFunctionsWithUniqueCodes) {
  CatalogueRecord c;
  c.name = "Bouwbedrijf Test BV";
  c.kind = "werkgever";
  c.employer = "Bouwbedrijf Test BV";
  c.updated_by = ric_;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t cid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertCatalogue(c); }));
  auto dup = db().Write([&](Tx& tx) { return tx.profiles().InsertCatalogue(c); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);

  FunctionRecord f;
  f.catalogue_id = cid;
  f.code = "F-001";
  f.title = "Magazijnmedewerker";
  f.organisation = "Logistiek";
  f.hours_per_week_x10 = 380;
  f.wage_cents = 265000;
  f.profile_json = "[]";
  f.updated_by = ric_;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t fid,
                          db().Write([&](Tx& tx) { return tx.profiles().InsertFunction(f); }));
  auto same_code = db().Write([&](Tx& tx) { return tx.profiles().InsertFunction(f); });
  ASSERT_FALSE(same_code.ok());
  EXPECT_EQ(same_code.error().code, core::ErrorCode::kConflict);
  f.code = "F-002";
  f.title = "Administratief medewerker";
  f.hours_per_week_x10.reset();
  f.wage_cents.reset();
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().InsertFunction(f); }));

  WP_ASSERT_OK_AND_ASSIGN(auto list,
                          db().Read([&](Tx& tx) { return tx.profiles().ListFunctions(cid); }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].title, "Administratief medewerker");  // by title
  EXPECT_FALSE(list[0].hours_per_week_x10.has_value());
  EXPECT_FALSE(list[0].wage_cents.has_value());
  EXPECT_EQ(list[1].hours_per_week_x10, 380);
  EXPECT_EQ(list[1].wage_cents, 265000);

  WP_ASSERT_OK_AND_ASSIGN(FunctionRecord got,
                          db().Read([&](Tx& tx) { return tx.profiles().GetFunction(fid); }));
  got.title = "Magazijnmedewerker B";
  WP_ASSERT_OK_AND_ASSIGN(auto fv,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateFunction(got, 1); }));
  EXPECT_EQ(fv, 2);
  auto stale_delete = db().Write([&](Tx& tx) { return tx.profiles().DeleteFunction(fid, 1); });
  ASSERT_FALSE(stale_delete.ok());
  EXPECT_EQ(stale_delete.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().DeleteFunction(fid, 2); }));

  WP_ASSERT_OK_AND_ASSIGN(auto cats,
                          db().Read([&](Tx& tx) { return tx.profiles().ListCatalogues(); }));
  ASSERT_EQ(cats.size(), 1u);
  EXPECT_EQ(cats[0].function_count, 1);
  // Two inserts, an update and a delete moved the revision four times; the failed insert
  // (code taken) and the stale delete did not.
  EXPECT_EQ(cats[0].function_revision, 4);
  EXPECT_EQ(cats[0].version, 1) << "the catalogue's own version is not the functions'";
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.profiles().DeleteCatalogue(cid, 1); }));
  WP_ASSERT_OK_AND_ASSIGN(cats, db().Read([&](Tx& tx) { return tx.profiles().ListCatalogues(); }));
  EXPECT_TRUE(cats.empty());
  auto gone = db().Read([&](Tx& tx) { return tx.profiles().ListFunctions(cid); });
  ASSERT_TRUE(gone.ok());
  EXPECT_TRUE(gone->empty());
}

TEST_P(ProfileStoreTest, AssignmentSettingIsVersioned) {
  WP_ASSERT_OK_AND_ASSIGN(auto s, db().Read([&](Tx& tx) { return tx.profiles().GetSetting(); }));
  EXPECT_EQ(s.version, 1);
  EXPECT_EQ(s.assignment_json, "{}");
  EXPECT_FALSE(s.updated_at.has_value());
  s.assignment_json = R"({"tillen":["fysiotherapie"]})";
  s.updated_by = ric_;
  s.updated_at = At(90);
  WP_ASSERT_OK_AND_ASSIGN(auto v,
                          db().Write([&](Tx& tx) { return tx.profiles().UpdateSetting(s, 1); }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.profiles().UpdateSetting(s, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(s, db().Read([&](Tx& tx) { return tx.profiles().GetSetting(); }));
  EXPECT_EQ(s.assignment_json, R"({"tillen":["fysiotherapie"]})");
  EXPECT_EQ(s.updated_by, ric_);
  EXPECT_EQ(s.updated_at, At(90));
}

INSTANTIATE_TEST_SUITE_P(Backends, ProfileStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
