// Store contract cases of the contact log (store/contacts.hpp, migration 0008) and the open
// contact-moment task query (AgrRepo::ListOpenTasksDueBy): insert with the first version row, one
// contact per task, stale updates refused, versions kept, list order. Each case runs on SQLite
// and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

class ContactStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.contact", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(revalidant_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Test", "Contact", "1980-01-02"), At(0));
    }));
    const TrajectoryRecord r = MakeTrajectory(revalidant_, ric_, At(1));
    WP_ASSERT_OK_AND_ASSIGN(trajectory_,
                            db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(r); }));
    TaskRecord t;
    t.trajectory_id = trajectory_;
    t.key = "werkbezoek_werkgever";
    t.occurrence = 2;
    t.role = "ric";
    t.assignee = ric_;
    t.due = *core::ParseDate("2026-11-09");
    t.due_rule = "zo_snel_mogelijk";
    t.source = "h5";
    t.created_at = At(2);
    TaskRecord later = t;
    later.key = "contact_bedrijfsarts_intake";
    later.due = *core::ParseDate("2026-11-20");
    TaskRecord other = t;
    other.key = "functieprofiel_form4";
    WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertTasks({t, later, other}); }));
    WP_ASSERT_OK_AND_ASSIGN(auto tasks,
                            db().Read([&](Tx& tx) { return tx.agr().ListTasksOf(trajectory_); }));
    for (const auto& k : tasks) {
      if (k.key == "werkbezoek_werkgever") task_ = k.id;
    }
    ASSERT_GT(task_, 0);
  }

  ContactRecord NewContact() {
    ContactRecord c;
    c.trajectory_id = trajectory_;
    c.revalidant_id = revalidant_;
    c.date = *core::ParseDate("2026-11-06");
    c.party = "werkgever";
    c.channel = "bezoek_werkplek";
    c.purpose = "Werkgever informeren over AGR";
    c.materials = {"folder_agr", "formulier_4"};
    c.other_materials = "Visitekaartje, met komma";
    c.summary = "Werkplek bekeken — tilbelasting besproken.";
    c.created_by = c.updated_by = ric_;
    c.created_at = c.updated_at = At(10);
    return c;
  }

  core::UserId ric_;
  core::RevalidantId revalidant_;
  core::TrajectId trajectory_;
  std::int64_t task_ = 0;
};

TEST_P(ContactStoreTest, InsertRoundTripsAndOneContactPerTask) {
  ContactRecord c = NewContact();
  c.task_id = task_;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id,
                          db().Write([&](Tx& tx) { return tx.contacts().Insert(c); }));
  WP_ASSERT_OK_AND_ASSIGN(ContactRecord got,
                          db().Read([&](Tx& tx) { return tx.contacts().Get(id); }));
  EXPECT_EQ(got.version, 1);
  EXPECT_EQ(got.trajectory_id, trajectory_);
  EXPECT_EQ(got.revalidant_id, revalidant_);
  EXPECT_EQ(core::FormatDate(got.date), "2026-11-06");
  EXPECT_EQ(got.party, "werkgever");
  EXPECT_EQ(got.channel, "bezoek_werkplek");
  EXPECT_EQ(got.materials, (std::vector<std::string>{"folder_agr", "formulier_4"}));
  EXPECT_EQ(got.other_materials, "Visitekaartje, met komma");
  EXPECT_EQ(got.summary, c.summary);
  EXPECT_FALSE(got.medical);
  ASSERT_TRUE(got.task_id.has_value());
  EXPECT_EQ(*got.task_id, task_);
  EXPECT_EQ(got.created_at, At(10));

  // A second contact for the same task is a conflict on task_id.
  auto dup = db().Write([&](Tx& tx) { return tx.contacts().Insert(c); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);

  // Without a task and medical: fine, and listed newest contact date first.
  ContactRecord later = NewContact();
  later.date = *core::ParseDate("2026-11-08");
  later.party = "bedrijfsarts";
  later.medical = true;
  later.materials.clear();
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id2,
                          db().Write([&](Tx& tx) { return tx.contacts().Insert(later); }));
  WP_ASSERT_OK_AND_ASSIGN(auto list,
                          db().Read([&](Tx& tx) { return tx.contacts().ListOf(trajectory_); }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, id2);
  EXPECT_TRUE(list[0].medical);
  EXPECT_TRUE(list[0].materials.empty());
  EXPECT_FALSE(list[0].task_id.has_value());
  EXPECT_EQ(list[1].id, id);

  auto missing = db().Read([&](Tx& tx) { return tx.contacts().Get(999999); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
}

TEST_P(ContactStoreTest, UpdateChecksTheVersionAndKeepsEveryVersion) {
  ContactRecord c = NewContact();
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id,
                          db().Write([&](Tx& tx) { return tx.contacts().Insert(c); }));
  ContactRecord next = c;
  next.id = id;
  next.summary = "Tweede versie.";
  next.channel = "telefoon";
  next.updated_at = At(20);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v,
                          db().Write([&](Tx& tx) { return tx.contacts().Update(next, 1); }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.contacts().Update(next, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  ContactRecord ghost = next;
  ghost.id = 999999;
  auto absent = db().Write([&](Tx& tx) { return tx.contacts().Update(ghost, 1); });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);

  WP_ASSERT_OK_AND_ASSIGN(ContactRecord got,
                          db().Read([&](Tx& tx) { return tx.contacts().Get(id); }));
  EXPECT_EQ(got.version, 2);
  EXPECT_EQ(got.summary, "Tweede versie.");
  EXPECT_EQ(got.updated_at, At(20));
  EXPECT_EQ(got.created_at, At(10));
  WP_ASSERT_OK_AND_ASSIGN(auto versions,
                          db().Read([&](Tx& tx) { return tx.contacts().ListVersions(id); }));
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].version, 1);
  EXPECT_EQ(versions[0].summary, c.summary);
  EXPECT_EQ(versions[0].channel, "bezoek_werkplek");
  EXPECT_EQ(versions[1].version, 2);
  EXPECT_EQ(versions[1].summary, "Tweede versie.");
  EXPECT_EQ(versions[1].at, At(20));
}

TEST_P(ContactStoreTest, OpenTasksDueByFiltersKeysDatesAndDoneTasks) {
  const std::vector<std::string> keys = {"werkbezoek_werkgever", "contact_bedrijfsarts_intake"};
  WP_ASSERT_OK_AND_ASSIGN(auto early, db().Read([&](Tx& tx) {
    return tx.agr().ListOpenTasksDueBy(keys, *core::ParseDate("2026-11-10"));
  }));
  ASSERT_EQ(early.size(), 1u);
  EXPECT_EQ(early[0].key, "werkbezoek_werkgever");
  EXPECT_EQ(early[0].revalidant_id, revalidant_);
  WP_ASSERT_OK_AND_ASSIGN(auto both, db().Read([&](Tx& tx) {
    return tx.agr().ListOpenTasksDueBy(keys, *core::ParseDate("2026-12-31"));
  }));
  ASSERT_EQ(both.size(), 2u);  // not functieprofiel_form4: not a requested key
  EXPECT_EQ(both[0].key, "werkbezoek_werkgever");  // earliest due first
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.agr().CompleteTask(task_, 1, ric_, At(30)));
    return core::Ok();
  }));
  WP_ASSERT_OK_AND_ASSIGN(auto after, db().Read([&](Tx& tx) {
    return tx.agr().ListOpenTasksDueBy(keys, *core::ParseDate("2026-12-31"));
  }));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].key, "contact_bedrijfsarts_intake");
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([&](Tx& tx) {
    return tx.agr().ListOpenTasksDueBy({}, *core::ParseDate("2026-12-31"));
  }));
  EXPECT_TRUE(none.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ContactStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
