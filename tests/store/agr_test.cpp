// Store contract cases of the AGR repository (store/agr.hpp): trajectories with decisions,
// team and settings; tasks; imported form definitions; form responses with events and field
// history; consent events. Each case runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

namespace agr = domain::agr;
namespace consent = domain::consent;
using domain::identity::Role;

class AgrStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(arts_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("arts.agr", Role::kRevalidatiearts));
    }));
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.agr", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(fysio_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("fysio.agr", Role::kTherapeut));
    }));
    WP_ASSERT_OK_AND_ASSIGN(revalidant_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Test", "Agr", "1980-01-02"), At(0));
    }));
  }

  TrajectoryRecord NewRecord() {
    TrajectoryRecord r;
    r.trajectory.revalidant_id = revalidant_;
    r.trajectory.admission_date = *core::ParseDate("2026-11-02");
    r.trajectory.started_by = arts_;
    r.trajectory.started_at = At(10);
    r.setting = "klinisch";
    r.ric_user_id = ric_;
    r.arts_user_id = arts_;
    r.team = {{"fysiotherapie", fysio_}};
    r.settings = {{"klinisch", "", arts_, At(10)}};
    r.updated_at = At(10);
    return r;
  }

  core::UserId arts_, ric_, fysio_;
  core::RevalidantId revalidant_;
};

TEST_P(AgrStoreTest, TrajectoryRoundTripVersionsAndOneActivePerRevalidant) {
  TrajectoryRecord rec = NewRecord();
  WP_ASSERT_OK_AND_ASSIGN(core::TrajectId id,
                          db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(rec); }));
  WP_ASSERT_OK_AND_ASSIGN(TrajectoryRecord got,
                          db().Read([&](Tx& tx) { return tx.agr().GetTrajectory(id); }));
  EXPECT_EQ(got.trajectory.id, id);
  EXPECT_EQ(got.trajectory.step, agr::Step::kIntakeArts);
  EXPECT_EQ(got.trajectory.admission_date, rec.trajectory.admission_date);
  EXPECT_EQ(got.trajectory.started_at, At(10));
  EXPECT_EQ(got.version, 1);
  EXPECT_TRUE(got.active);
  EXPECT_EQ(got.ric_user_id, ric_);
  ASSERT_EQ(got.team.size(), 1u);
  EXPECT_EQ(got.team[0].user_id, fysio_);
  ASSERT_EQ(got.settings.size(), 1u);
  EXPECT_FALSE(got.expected_duration.has_value());

  // A decision, a setting change, a new team and the expected duration in one update.
  agr::Decision d;
  d.kind = agr::DecisionKind::kD1RicInzetten;
  d.outcome = agr::Outcome::kNee;
  d.from = agr::Step::kIntakeArts;
  d.to = agr::Step::kGestopt;
  d.decided_by = arts_;
  d.decided_at = At(20);
  d.reason = agr::Reason::kStudent;
  d.note = "Notitie";
  got.trajectory.history.push_back(d);
  got.trajectory.step = agr::Step::kGestopt;
  got.trajectory.expected_discharge_date = core::ParseDate("2027-01-25");
  got.expected_duration = domain::forms::Duration{12, domain::forms::DurationUnit::kWeeks};
  got.settings.push_back({"poliklinisch", "Overdracht", ric_, At(21)});
  got.setting = "poliklinisch";
  got.team = {{"ergotherapie", ric_}};
  got.active = false;
  got.closed_at = At(22);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2,
                          db().Write([&](Tx& tx) { return tx.agr().UpdateTrajectory(got, 1); }));
  EXPECT_EQ(v2, 2);
  WP_ASSERT_OK_AND_ASSIGN(TrajectoryRecord again,
                          db().Read([&](Tx& tx) { return tx.agr().GetTrajectory(id); }));
  ASSERT_EQ(again.trajectory.history.size(), 1u);
  EXPECT_EQ(again.trajectory.history[0], d);
  EXPECT_EQ(again.trajectory.step, agr::Step::kGestopt);
  EXPECT_EQ(again.expected_duration->amount, 12);
  EXPECT_EQ(again.trajectory.expected_discharge_date, core::ParseDate("2027-01-25"));
  EXPECT_EQ(again.settings.size(), 2u);
  EXPECT_EQ(again.settings[1].handover_note, "Overdracht");
  EXPECT_EQ(again.team.size(), 1u);
  EXPECT_EQ(again.team[0].discipline, "ergotherapie");
  EXPECT_FALSE(again.active);
  EXPECT_EQ(again.closed_at, At(22));

  // Stale version: conflict, nothing written.
  auto stale = db().Write([&](Tx& tx) { return tx.agr().UpdateTrajectory(got, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  // Closed: a new active trajectory may start; a second active one may not.
  WP_ASSERT_OK_AND_ASSIGN(core::TrajectId second, db().Write([&](Tx& tx) {
    return tx.agr().InsertTrajectory(NewRecord());
  }));
  auto third = db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(NewRecord()); });
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code, core::ErrorCode::kConflict);
  ASSERT_FALSE(third.error().fields.empty());
  EXPECT_EQ(third.error().fields[0].path, "revalidant_id");
  WP_ASSERT_OK_AND_ASSIGN(auto list, db().Read([&](Tx& tx) {
    return tx.agr().ListTrajectories(revalidant_);
  }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].trajectory.id, second);  // newest first
  WP_ASSERT_OK_AND_ASSIGN(auto active,
                          db().Read([](Tx& tx) { return tx.agr().ListActiveTrajectories(); }));
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].trajectory.id, second);
  EXPECT_EQ(db().Read([](Tx& tx) { return tx.agr().GetTrajectory(core::TrajectId{999}); })
                .error()
                .code,
            core::ErrorCode::kNotFound);
}

TEST_P(AgrStoreTest, D3ChecklistSuggestionAndFolderRoundTrip) {
  TrajectoryRecord rec = NewRecord();
  WP_ASSERT_OK_AND_ASSIGN(core::TrajectId id,
                          db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(rec); }));
  WP_ASSERT_OK_AND_ASSIGN(TrajectoryRecord got,
                          db().Read([&](Tx& tx) { return tx.agr().GetTrajectory(id); }));
  namespace ind = domain::indication;
  // D1 nee with the folder handed out; a D3 with a full checklist (deviating from the
  // suggestion); a D3 with an incomplete checklist and no suggestion; a D3 without checklist.
  agr::Decision d1;
  d1.kind = agr::DecisionKind::kD1RicInzetten;
  d1.outcome = agr::Outcome::kNee;
  d1.from = agr::Step::kIntakeArts;
  d1.to = agr::Step::kGestopt;
  d1.decided_by = arts_;
  d1.decided_at = At(20);
  d1.reason = agr::Reason::kStudent;
  d1.folder_handed_out = true;
  agr::Decision full;
  full.kind = agr::DecisionKind::kD3Werktraining;
  full.outcome = agr::Outcome::kNogNiet;
  full.from = agr::Step::kTerugkoppeling;
  full.to = agr::Step::kTerugkoppeling;
  full.decided_by = ric_;
  full.decided_at = At(21);
  full.reason = agr::Reason::kOrientatieOnvoldoende;
  agr::D3Assessment a;
  a.checklist.belastbaarheid = ind::CriterionAnswer::kMet;
  a.checklist.orientatie = ind::CriterionAnswer::kNotMet;
  a.checklist.taalbegrip = ind::CriterionAnswer::kMet;
  a.checklist.leerbaarheid = ind::CriterionAnswer::kNotMet;
  a.checklist.recovery_within_three_months = false;
  a.suggested_outcome = agr::Outcome::kNietZinvol;
  a.suggested_reason = agr::Reason::kNietLeerbaar;
  full.d3 = a;
  agr::Decision partial = full;
  partial.decided_at = At(22);
  partial.d3 = agr::D3Assessment{};
  partial.d3->checklist.taalbegrip = ind::CriterionAnswer::kMet;
  agr::Decision d1_open = d1;
  d1_open.folder_handed_out = false;
  agr::Decision none = full;
  none.decided_at = At(23);
  none.d3.reset();
  got.trajectory.history = {d1, full, partial, d1_open, none};
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().UpdateTrajectory(got, 1); }));
  WP_ASSERT_OK_AND_ASSIGN(TrajectoryRecord again,
                          db().Read([&](Tx& tx) { return tx.agr().GetTrajectory(id); }));
  ASSERT_EQ(again.trajectory.history.size(), 5u);
  EXPECT_EQ(again.trajectory.history[0], d1);
  EXPECT_EQ(again.trajectory.history[1], full);
  EXPECT_EQ(again.trajectory.history[2], partial);
  EXPECT_EQ(again.trajectory.history[3], d1_open);
  EXPECT_EQ(again.trajectory.history[4], none);
  EXPECT_FALSE(again.trajectory.history[4].folder_handed_out.has_value());
}

TEST_P(AgrStoreTest, TasksAreUniquePerKeyAndOccurrenceAndCompleteWithVersion) {
  WP_ASSERT_OK_AND_ASSIGN(core::TrajectId id, db().Write([&](Tx& tx) {
    return tx.agr().InsertTrajectory(NewRecord());
  }));
  TaskRecord ric_task;
  ric_task.trajectory_id = id;
  ric_task.key = "intake_ric";
  ric_task.occurrence = 1;
  ric_task.role = "ric";
  ric_task.assignee = ric_;
  ric_task.due = *core::ParseDate("2026-11-09");
  ric_task.due_rule = "zo_snel_mogelijk";
  ric_task.form = "agr-2-intake-ric";
  ric_task.source = "h3";
  ric_task.created_at = At(30);
  TaskRecord team_task = ric_task;
  team_task.key = "indruk_persoonsprofiel";
  team_task.role = "therapeut";
  team_task.assignee = {};
  team_task.due = *core::ParseDate("2026-11-05");
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertTasks({ric_task, team_task}); }));
  // Inserting the same (key, occurrence) again is skipped.
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertTasks({ric_task}); }));
  WP_ASSERT_OK_AND_ASSIGN(auto all, db().Read([&](Tx& tx) { return tx.agr().ListTasksOf(id); }));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].key, "indruk_persoonsprofiel");  // due date order
  EXPECT_EQ(all[1].revalidant_id, revalidant_);
  EXPECT_EQ(all[1].form, "agr-2-intake-ric");

  // "Mine": the RIC gets the assigned one, the therapist of the team the unassigned one.
  WP_ASSERT_OK_AND_ASSIGN(auto ric_list,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasks({ric_, true}); }));
  ASSERT_EQ(ric_list.size(), 1u);
  EXPECT_EQ(ric_list[0].key, "intake_ric");
  WP_ASSERT_OK_AND_ASSIGN(auto fysio_list,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasks({fysio_, true}); }));
  ASSERT_EQ(fysio_list.size(), 1u);
  EXPECT_EQ(fysio_list[0].key, "indruk_persoonsprofiel");
  WP_ASSERT_OK_AND_ASSIGN(auto arts_list,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasks({arts_, true}); }));
  EXPECT_TRUE(arts_list.empty());

  const std::int64_t task = ric_list[0].id;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v, db().Write([&](Tx& tx) {
    return tx.agr().CompleteTask(task, 1, ric_, At(40));
  }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.agr().CompleteTask(task, 1, ric_, At(41)); });
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(TaskRecord done, db().Read([&](Tx& tx) { return tx.agr().GetTask(task); }));
  EXPECT_EQ(done.done_at, At(40));
  EXPECT_EQ(done.done_by, ric_);
  WP_ASSERT_OK_AND_ASSIGN(auto open,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasks({ric_, true}); }));
  EXPECT_TRUE(open.empty());
  WP_ASSERT_OK_AND_ASSIGN(auto with_done,
                          db().Read([&](Tx& tx) { return tx.agr().ListTasks({ric_, false}); }));
  EXPECT_EQ(with_done.size(), 1u);
}

TEST_P(AgrStoreTest, PublishedFormDefinitionsAreNeverReplaced) {
  StoredFormDefinition def{"test-form", 1, "Test", true, R"({"id":"test-form"})", arts_, At(5)};
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertFormDefinition(def); }));
  StoredFormDefinition other = def;
  other.title = "Anders";
  auto again = db().Write([&](Tx& tx) { return tx.agr().InsertFormDefinition(other); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  ASSERT_FALSE(again.error().fields.empty());
  EXPECT_EQ(again.error().fields[0].code, "published");
  WP_ASSERT_OK_AND_ASSIGN(auto found, db().Read([](Tx& tx) {
    return tx.agr().FindFormDefinition("test-form", 1);
  }));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->title, "Test");
  EXPECT_TRUE(found->requires_signature);
  EXPECT_EQ(found->imported_at, At(5));
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([](Tx& tx) {
    return tx.agr().FindFormDefinition("test-form", 2);
  }));
  EXPECT_FALSE(none.has_value());
  WP_ASSERT_OK_AND_ASSIGN(auto list, db().Read([](Tx& tx) { return tx.agr().ListFormDefinitions(); }));
  EXPECT_EQ(list.size(), 1u);
}

TEST_P(AgrStoreTest, FormResponseVersionsEventsAndFieldHistory) {
  WP_ASSERT_OK_AND_ASSIGN(core::TrajectId id, db().Write([&](Tx& tx) {
    return tx.agr().InsertTrajectory(NewRecord());
  }));
  FormResponseRecord r;
  r.trajectory_id = id;
  r.form_id = "agr-3-toestemming";
  r.form_version = 1;
  r.created_at = r.updated_at = At(50);
  r.updated_by = ric_;
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.agr().InsertResponse(r); }));
  auto duplicate = db().Write([&](Tx& tx) { return tx.agr().InsertResponse(r); });
  EXPECT_EQ(duplicate.error().code, core::ErrorCode::kConflict);

  r.status = "signed";
  r.answers_json = R"({"ric_inzet_vervolgen":true})";
  r.signature = StoredSignature{"paper", *core::ParseDate("2026-11-20"), ric_, At(60)};
  r.updated_at = At(60);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v, db().Write([&](Tx& tx) {
    return tx.agr().UpdateResponse(r, 1);
  }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.agr().UpdateResponse(r, 1); });
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(auto got, db().Read([&](Tx& tx) {
    return tx.agr().FindResponse(id, "agr-3-toestemming");
  }));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->status, "signed");
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->answers_json, r.answers_json);
  ASSERT_TRUE(got->signature.has_value());
  EXPECT_EQ(got->signature->method, "paper");
  EXPECT_EQ(got->signature->signed_on, *core::ParseDate("2026-11-20"));
  EXPECT_EQ(got->signature->recorded_at, At(60));

  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.agr().AppendResponseEvent(id, r.form_id, {"created", ric_, At(50), ""}));
    WP_RETURN_IF_ERROR(tx.agr().AppendResponseEvent(id, r.form_id, {"reopened", ric_, At(70), "Fout"}));
    return tx.agr().AppendFieldChanges(
        id, r.form_id,
        {{"items.a", std::nullopt, std::string("\"x\""), ric_, At(55)},
         {"items.b[0].c", std::string("true"), std::nullopt, fysio_, At(56)}});
  }));
  WP_ASSERT_OK_AND_ASSIGN(auto events, db().Read([&](Tx& tx) {
    return tx.agr().ListResponseEvents(id, r.form_id);
  }));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].type, "reopened");
  EXPECT_EQ(events[1].reason, "Fout");
  WP_ASSERT_OK_AND_ASSIGN(auto changes, db().Read([&](Tx& tx) {
    return tx.agr().ListFieldChanges(id, r.form_id);
  }));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_FALSE(changes[0].old_json.has_value());
  EXPECT_EQ(changes[0].new_json, std::optional<std::string>("\"x\""));
  EXPECT_EQ(changes[1].path, "items.b[0].c");
  EXPECT_FALSE(changes[1].new_json.has_value());
  EXPECT_EQ(changes[1].by, fysio_);
  WP_ASSERT_OK_AND_ASSIGN(auto all, db().Read([&](Tx& tx) { return tx.agr().ListResponses(id); }));
  EXPECT_EQ(all.size(), 1u);
}

TEST_P(AgrStoreTest, ConsentEventsRoundTripAndConcurrentAppendsConflict) {
  std::vector<consent::ConsentEvent> events = {
      consent::RecordCell("werkgever", consent::InfoKind::kVoortgangWerktraining, true, ric_,
                          At(80)),
      consent::AddParty("jobcoach", ric_, At(81)),
      consent::SignOnPaper(ric_, At(82), *core::ParseDate("2026-11-30")),
      consent::WithdrawCell("werkgever", consent::InfoKind::kVoortgangWerktraining, ric_, At(83)),
  };
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.agr().AppendConsentEvents(revalidant_, 0, {events[0], events[1]});
  }));
  // A writer that still thinks the record is empty loses.
  auto stale = db().Write([&](Tx& tx) {
    return tx.agr().AppendConsentEvents(revalidant_, 0, {events[2]});
  });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.agr().AppendConsentEvents(revalidant_, 2, {events[2], events[3]});
  }));
  WP_ASSERT_OK_AND_ASSIGN(auto record, db().Read([&](Tx& tx) {
    return tx.agr().GetConsent(revalidant_);
  }));
  EXPECT_EQ(record.revalidant_id, revalidant_);
  ASSERT_EQ(record.events.size(), 4u);
  for (std::size_t i = 0; i < events.size(); ++i) EXPECT_EQ(record.events[i], events[i]) << i;
  WP_ASSERT_OK_AND_ASSIGN(auto empty, db().Read([](Tx& tx) {
    return tx.agr().GetConsent(core::RevalidantId{424242});
  }));
  EXPECT_TRUE(empty.events.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AgrStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
