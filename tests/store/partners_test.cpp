// Store contract cases of the network partner repository (store/partners.hpp, migration 0009):
// partners with optimistic versions and an end date, handover moments with nullable endpoints
// and dates (update, stale update, delete), and the append-only AGR handover record with its
// attendees. Each case runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

class PartnerStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.partners", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(revalidant_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Test", "Partners", "1980-01-02"), At(0));
    }));
    WP_ASSERT_OK_AND_ASSIGN(other_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Ander", "Dossier", "1981-01-02"), At(0));
    }));
    const TrajectoryRecord r = MakeTrajectory(revalidant_, ric_, At(1));
    WP_ASSERT_OK_AND_ASSIGN(trajectory_,
                            db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(r); }));
  }

  PartnerRecord NewPartner(core::RevalidantId who, const char* kind) {
    PartnerRecord p;
    p.revalidant_id = who;
    p.kind = kind;
    p.name = "Sara Bos";
    p.organisation = "Jobcoach Midden";
    p.phone = "06-12345678";
    p.email = "sara@example.org";
    p.note = "Bereikbaar op dinsdag";
    p.roles = "werktraining=active";
    p.created_by = p.updated_by = ric_;
    p.created_at = p.updated_at = At(10);
    return p;
  }

  core::UserId ric_;
  core::RevalidantId revalidant_;
  core::RevalidantId other_;
  core::TrajectId trajectory_;
};

TEST_P(PartnerStoreTest, PartnersAreVersionedEndedAndListedPerRevalidant) {
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id, db().Write([&](Tx& tx) {
    return tx.partners().InsertPartner(NewPartner(revalidant_, "jobcoach"));
  }));
  WP_ASSERT_OK(db().Write(
      [&](Tx& tx) { return tx.partners().InsertPartner(NewPartner(other_, "huisarts")); }));
  WP_ASSERT_OK_AND_ASSIGN(auto got,
                          db().Read([&](Tx& tx) { return tx.partners().GetPartner(id); }));
  EXPECT_EQ(got.kind, "jobcoach");
  EXPECT_EQ(got.version, 1);
  EXPECT_EQ(got.roles, "werktraining=active");
  EXPECT_EQ(got.email, "sara@example.org");
  EXPECT_FALSE(got.ended_on.has_value());
  EXPECT_EQ(got.created_at, At(10));

  got.roles = "";
  got.ended_on = core::ParseDate("2026-12-01");
  got.updated_at = At(20);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2,
                          db().Write([&](Tx& tx) { return tx.partners().UpdatePartner(got, 1); }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.partners().UpdatePartner(got, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  got.id = 999999;
  auto missing = db().Write([&](Tx& tx) { return tx.partners().UpdatePartner(got, 2); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);

  WP_ASSERT_OK_AND_ASSIGN(
      auto list, db().Read([&](Tx& tx) { return tx.partners().ListPartners(revalidant_); }));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].roles, "");
  ASSERT_TRUE(list[0].ended_on.has_value());
  EXPECT_EQ(core::FormatDate(*list[0].ended_on), "2026-12-01");
  EXPECT_EQ(list[0].updated_at, At(20));
  auto none = db().Read([&](Tx& tx) { return tx.partners().GetPartner(424242); });
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, core::ErrorCode::kNotFound);
}

TEST_P(PartnerStoreTest, HandoverMomentsKeepEndpointsAndDates) {
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t partner, db().Write([&](Tx& tx) {
    return tx.partners().InsertPartner(NewPartner(revalidant_, "jobcoach"));
  }));
  HandoverMomentRecord m;
  m.revalidant_id = revalidant_;
  m.from_party = "ric";
  m.to_partner_id = partner;
  m.phase = "afronding";
  m.planned_on = core::ParseDate("2026-12-20");
  m.note = "Bevindingen werktraining";
  m.created_by = m.updated_by = ric_;
  m.created_at = m.updated_at = At(30);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t later,
                          db().Write([&](Tx& tx) { return tx.partners().InsertMoment(m); }));
  HandoverMomentRecord early = m;
  early.planned_on.reset();
  early.done_on = core::ParseDate("2026-12-01");
  early.from_party = "";
  early.from_partner_id = partner;
  early.to_partner_id = 0;
  early.to_party = "werkgever";
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t first,
                          db().Write([&](Tx& tx) { return tx.partners().InsertMoment(early); }));

  WP_ASSERT_OK_AND_ASSIGN(
      auto list, db().Read([&](Tx& tx) { return tx.partners().ListMoments(revalidant_); }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, first);  // ordered by the date (done or planned)
  EXPECT_EQ(list[0].from_partner_id, partner);
  EXPECT_EQ(list[0].from_party, "");
  EXPECT_EQ(list[0].to_partner_id, 0);
  EXPECT_EQ(list[0].to_party, "werkgever");
  EXPECT_FALSE(list[0].planned_on.has_value());
  EXPECT_EQ(list[1].id, later);
  EXPECT_EQ(list[1].to_partner_id, partner);
  EXPECT_FALSE(list[1].done_on.has_value());

  WP_ASSERT_OK_AND_ASSIGN(auto got,
                          db().Read([&](Tx& tx) { return tx.partners().GetMoment(later); }));
  got.done_on = core::ParseDate("2026-12-05");
  got.updated_at = At(40);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2,
                          db().Write([&](Tx& tx) { return tx.partners().UpdateMoment(got, 1); }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.partners().UpdateMoment(got, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  auto stale_delete = db().Write([&](Tx& tx) { return tx.partners().DeleteMoment(later, 1); });
  ASSERT_FALSE(stale_delete.ok());
  EXPECT_EQ(stale_delete.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.partners().DeleteMoment(later, 2); }));
  auto gone = db().Read([&](Tx& tx) { return tx.partners().GetMoment(later); });
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, core::ErrorCode::kNotFound);
  auto gone_delete = db().Write([&](Tx& tx) { return tx.partners().DeleteMoment(later, 2); });
  ASSERT_FALSE(gone_delete.ok());
  EXPECT_EQ(gone_delete.error().code, core::ErrorCode::kNotFound);
}

TEST_P(PartnerStoreTest, HandoverRecordsKeepAttendeesInOrder) {
  TaskRecord task;
  task.trajectory_id = trajectory_;
  task.key = "overdracht_werkgever";
  task.occurrence = 3;
  task.role = "ric";
  task.assignee = ric_;
  task.due = *core::ParseDate("2026-12-10");
  task.due_rule = "bij_ontslag";
  task.created_at = At(5);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertTasks({task}); }));
  WP_ASSERT_OK_AND_ASSIGN(auto tasks,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasksOf(trajectory_); }));
  ASSERT_EQ(tasks.size(), 1u);

  HandoverRecord h;
  h.trajectory_id = trajectory_;
  h.held_on = *core::ParseDate("2026-12-04");
  h.party = "werkgever";
  h.warm = true;
  h.visie_version = 6;
  h.visie_sha256 = std::string(64, 'a');
  h.note = "Warme overdracht op de werkplek";
  h.task_id = tasks[0].id;
  h.attendees = {{"Marloes Bakker", "RIC"}, {"Henk", "revalidant"}, {"J. Smit", "werkgever"}};
  h.created_by = ric_;
  h.created_at = At(50);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.partners().InsertHandover(h); }));
  HandoverRecord cold = h;
  cold.held_on = *core::ParseDate("2026-12-02");
  cold.party = "uwv";
  cold.warm = false;
  cold.task_id = 0;
  cold.attendees = {{"M. de Wit", ""}};
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.partners().InsertHandover(cold); }));

  WP_ASSERT_OK_AND_ASSIGN(
      auto list, db().Read([&](Tx& tx) { return tx.partners().ListHandovers(trajectory_); }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].party, "uwv");  // by date
  EXPECT_FALSE(list[0].warm);
  EXPECT_EQ(list[0].task_id, 0);
  EXPECT_EQ(list[0].partner_id, 0);
  ASSERT_EQ(list[0].attendees.size(), 1u);
  EXPECT_EQ(list[0].attendees[0].role, "");
  EXPECT_EQ(list[1].party, "werkgever");
  EXPECT_TRUE(list[1].warm);
  EXPECT_EQ(list[1].visie_version, 6);
  EXPECT_EQ(list[1].task_id, tasks[0].id);
  EXPECT_EQ(list[1].created_at, At(50));
  ASSERT_EQ(list[1].attendees.size(), 3u);
  EXPECT_EQ(list[1].attendees[2].name, "J. Smit");
  EXPECT_EQ(list[1].attendees[0].role, "RIC");
}

INSTANTIATE_TEST_SUITE_P(Backends, PartnerStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
