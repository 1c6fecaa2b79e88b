// Store contract cases of the verzuimdossier repository (store/verzuim.hpp): dossiers with
// versions and one per revalidant, episodes with versions, documents with revisions, the scenario
// history, the open deadlines with the dashboard query by date, scope, casemanager, status and
// party, and the signal window setting. Each case runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

core::Date D(const char* text) { return *core::ParseDate(text); }

class VerzuimStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.verzuim", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(team_, db().Write([](Tx& tx) {
      return tx.organisation().InsertTeam("Team Verzuim");
    }));
    WP_ASSERT_OK_AND_ASSIGN(revalidant_, db().Write([&](Tx& tx) {
      auto data = MakeRevalidant("Test", "Verzuim", "1980-01-02");
      data.team_id = team_;
      return tx.revalidanten().Insert(data, At(0));
    }));
    WP_ASSERT_OK_AND_ASSIGN(other_, db().Write([&](Tx& tx) {
      auto data = MakeRevalidant("Ander", "Verzuim", "1981-01-02");
      data.ric_user_id = ric_;
      return tx.revalidanten().Insert(data, At(0));
    }));
  }

  DossierRecord NewDossier(core::RevalidantId r) {
    DossierRecord d;
    d.revalidant_id = r;
    d.employer = "Bouwbedrijf Test BV";
    d.bedrijfsarts = "Arbodienst Test";
    d.casemanager_user_id = ric_;
    d.created_by = d.updated_by = ric_;
    d.created_at = d.updated_at = At(10);
    return d;
  }

  core::UserId ric_;
  core::TeamId team_;
  core::RevalidantId revalidant_, other_;
};

TEST_P(VerzuimStoreTest, DossierRoundTripVersionsAndOnePerRevalidant) {
  DossierRecord in = NewDossier(revalidant_);
  in.next_due = D("2026-02-13");
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id,
                          db().Write([&](Tx& tx) { return tx.verzuim().InsertDossier(in); }));
  WP_ASSERT_OK_AND_ASSIGN(DossierRecord got,
                          db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(id); }));
  EXPECT_EQ(got.id, id);
  EXPECT_EQ(got.version, 1);
  EXPECT_EQ(got.revalidant_id, revalidant_);
  EXPECT_EQ(got.employer, "Bouwbedrijf Test BV");
  EXPECT_EQ(got.bedrijfsarts, "Arbodienst Test");
  EXPECT_EQ(got.casemanager_user_id, ric_);
  EXPECT_EQ(got.next_due, D("2026-02-13"));
  EXPECT_EQ(got.created_at, At(10));
  EXPECT_TRUE(got.episodes.empty());

  WP_ASSERT_OK_AND_ASSIGN(auto found, db().Read([&](Tx& tx) {
    return tx.verzuim().FindDossierOf(revalidant_);
  }));
  EXPECT_EQ(found, std::optional<std::int64_t>(id));
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([&](Tx& tx) {
    return tx.verzuim().FindDossierOf(other_);
  }));
  EXPECT_FALSE(none.has_value());

  auto twice = db().Write([&](Tx& tx) { return tx.verzuim().InsertDossier(in); });
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, core::ErrorCode::kConflict);

  got.employer = "Nieuwe Werkgever BV";
  got.casemanager_user_id = {};
  got.next_due.reset();
  got.updated_at = At(20);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2, db().Write([&](Tx& tx) {
    return tx.verzuim().UpdateDossier(got, 1);
  }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.verzuim().UpdateDossier(got, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  got.id = 999999;
  auto missing = db().Write([&](Tx& tx) { return tx.verzuim().UpdateDossier(got, 2); });
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
  auto absent = db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(999999); });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);

  WP_ASSERT_OK_AND_ASSIGN(DossierRecord after,
                          db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(id); }));
  EXPECT_EQ(after.version, 2);
  EXPECT_EQ(after.employer, "Nieuwe Werkgever BV");
  EXPECT_FALSE(after.casemanager_user_id.valid());
  EXPECT_FALSE(after.next_due.has_value());
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.verzuim().SetDerived(id, D("2026-03-01"), true);
  }));
  WP_ASSERT_OK_AND_ASSIGN(after, db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(id); }));
  EXPECT_EQ(after.version, 2);  // derived columns do not change the version
  EXPECT_EQ(after.next_due, D("2026-03-01"));
  EXPECT_TRUE(after.internal_return_expected);
}

TEST_P(VerzuimStoreTest, EpisodesWithVersionsAndDelete) {
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t dossier, db().Write([&](Tx& tx) {
    return tx.verzuim().InsertDossier(NewDossier(revalidant_));
  }));
  EpisodeRecord a{0, dossier, 1, D("2026-01-05"), D("2026-02-01"), 100, ric_, At(30)};
  EpisodeRecord b{0, dossier, 1, D("2026-02-10"), std::nullopt, 50, ric_, At(31)};
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id_b,
                          db().Write([&](Tx& tx) { return tx.verzuim().InsertEpisode(b); }));
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id_a,
                          db().Write([&](Tx& tx) { return tx.verzuim().InsertEpisode(a); }));
  WP_ASSERT_OK_AND_ASSIGN(DossierRecord got,
                          db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(dossier); }));
  ASSERT_EQ(got.episodes.size(), 2u);
  EXPECT_EQ(got.episodes[0].id, id_a);  // by start date
  EXPECT_EQ(got.episodes[0].end, D("2026-02-01"));
  EXPECT_EQ(got.episodes[1].id, id_b);
  EXPECT_FALSE(got.episodes[1].end.has_value());
  EXPECT_EQ(got.episodes[1].percentage, 50);
  EXPECT_EQ(got.episodes[1].updated_at, At(31));

  EpisodeRecord ended = got.episodes[1];
  ended.end = D("2026-03-01");
  ended.percentage = 80;
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v, db().Write([&](Tx& tx) {
    return tx.verzuim().UpdateEpisode(ended, 1);
  }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.verzuim().UpdateEpisode(ended, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  ended.dossier_id = dossier + 1000;  // another dossier's episode path
  auto foreign = db().Write([&](Tx& tx) { return tx.verzuim().UpdateEpisode(ended, 2); });
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, core::ErrorCode::kNotFound);

  auto stale_delete =
      db().Write([&](Tx& tx) { return tx.verzuim().DeleteEpisode(dossier, id_b, 1); });
  ASSERT_FALSE(stale_delete.ok());
  EXPECT_EQ(stale_delete.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.verzuim().DeleteEpisode(dossier, id_b, 2); }));
  auto gone = db().Write([&](Tx& tx) { return tx.verzuim().DeleteEpisode(dossier, id_b, 2); });
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, core::ErrorCode::kNotFound);
  WP_ASSERT_OK_AND_ASSIGN(got, db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(dossier); }));
  ASSERT_EQ(got.episodes.size(), 1u);
  EXPECT_EQ(got.episodes[0].id, id_a);
}

TEST_P(VerzuimStoreTest, DocumentsKeepEveryRevisionAndScenariosAppend) {
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t dossier, db().Write([&](Tx& tx) {
    return tx.verzuim().InsertDossier(NewDossier(revalidant_));
  }));
  DocumentRecord doc;
  doc.dossier_id = dossier;
  doc.kind = "plan_van_aanpak";
  doc.date = D("2026-02-20");
  doc.content_json = R"({"doel":"terug in eigen werk"})";
  doc.medical_json = R"({"toelichting":"geheim"})";
  doc.created_by = doc.updated_by = ric_;
  doc.created_at = doc.updated_at = At(40);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t id,
                          db().Write([&](Tx& tx) { return tx.verzuim().InsertDocument(doc); }));
  doc.id = id;
  doc.content_json = R"({"doel":"ander werk"})";
  doc.date = D("2026-02-21");
  doc.updated_at = At(50);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v, db().Write([&](Tx& tx) {
    return tx.verzuim().UpdateDocument(doc, 1);
  }));
  EXPECT_EQ(v, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.verzuim().UpdateDocument(doc, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  WP_ASSERT_OK_AND_ASSIGN(DossierRecord got,
                          db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(dossier); }));
  ASSERT_EQ(got.documents.size(), 1u);
  EXPECT_EQ(got.documents[0].version, 2);
  EXPECT_EQ(got.documents[0].kind, "plan_van_aanpak");
  EXPECT_EQ(got.documents[0].date, D("2026-02-21"));
  EXPECT_EQ(got.documents[0].content_json, R"({"doel":"ander werk"})");
  EXPECT_EQ(got.documents[0].medical_json, R"({"toelichting":"geheim"})");
  EXPECT_EQ(got.documents[0].created_at, At(40));
  EXPECT_EQ(got.documents[0].updated_at, At(50));
  WP_ASSERT_OK_AND_ASSIGN(auto revisions,
                          db().Read([&](Tx& tx) { return tx.verzuim().ListRevisions(id); }));
  ASSERT_EQ(revisions.size(), 2u);
  EXPECT_EQ(revisions[0].version, 1);
  EXPECT_EQ(revisions[0].content_json, R"({"doel":"terug in eigen werk"})");
  EXPECT_EQ(revisions[0].date, D("2026-02-20"));
  EXPECT_EQ(revisions[1].version, 2);
  EXPECT_EQ(revisions[1].at, At(50));

  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.verzuim().AppendScenario(
        dossier, {0, D("2026-02-20"), "eigen_werk_later", "start", ric_, At(60)});
  }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.verzuim().AppendScenario(
        dossier, {0, D("2026-04-01"), "ander_werk_eigen_organisatie", "eigen werk te zwaar", ric_,
                  At(70)});
  }));
  WP_ASSERT_OK_AND_ASSIGN(got, db().Read([&](Tx& tx) { return tx.verzuim().GetDossier(dossier); }));
  ASSERT_EQ(got.scenarios.size(), 2u);
  EXPECT_EQ(got.scenarios[0].seq, 1);
  EXPECT_EQ(got.scenarios[1].seq, 2);
  EXPECT_EQ(got.scenarios[1].scenario, "ander_werk_eigen_organisatie");
  EXPECT_EQ(got.scenarios[1].date, D("2026-04-01"));
  EXPECT_EQ(got.scenarios[1].reason, "eigen werk te zwaar");
}

std::vector<std::int64_t> DossiersOf(const std::vector<DeadlineRow>& rows) {
  std::vector<std::int64_t> out;
  for (const auto& r : rows) out.push_back(r.dossier_id);
  return out;
}

TEST_P(VerzuimStoreTest, OpenDeadlinesAreReplacedAndListedByDateScopeCasemanagerStatusParty) {
  DossierRecord team_dossier = NewDossier(revalidant_);
  team_dossier.casemanager_user_id = {};
  DossierRecord ric_dossier = NewDossier(other_);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t a, db().Write([&](Tx& tx) {
    return tx.verzuim().InsertDossier(team_dossier);
  }));
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t b, db().Write([&](Tx& tx) {
    return tx.verzuim().InsertDossier(ric_dossier);
  }));
  // Party bits as domain::poortwachter::PartyBit: werkgever 1, werknemer 2, bedrijfsarts 4.
  const std::vector<DeadlineRecord> rows_a = {{"plan_van_aanpak", 0, D("2026-03-10"), 8, 3},
                                              {"evaluatie", 2, D("2026-04-20"), 14, 3}};
  const std::vector<DeadlineRecord> rows_b = {{"probleemanalyse", 0, D("2026-03-01"), 6, 4}};
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.verzuim().ReplaceDeadlines(a, rows_a, 1); }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.verzuim().ReplaceDeadlines(b, rows_b, 1); }));
  WP_ASSERT_OK_AND_ASSIGN(auto stored_a,
                          db().Read([&](Tx& tx) { return tx.verzuim().DeadlinesOf(a); }));
  EXPECT_EQ(stored_a, rows_a);
  EXPECT_EQ(
      db().Write([&](Tx& tx) { return tx.verzuim().ReplaceDeadlines(999999, {}, 1); }).error().code,
      core::ErrorCode::kNotFound);

  DeadlineQuery q;
  q.today = D("2026-03-05");
  q.due_until = D("2026-03-31");
  q.scope.all = true;
  auto list = [&]() {
    auto r = db().Read([&](Tx& tx) { return tx.verzuim().ListDeadlines(q); });
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? *r : std::vector<DeadlineRow>{};
  };
  auto all = list();
  ASSERT_EQ(DossiersOf(all), (std::vector<std::int64_t>{b, a}));  // by due date
  EXPECT_EQ(all[0].deadline, rows_b[0]);
  EXPECT_EQ(all[0].family_name, "Verzuim");
  EXPECT_EQ(all[0].given_names, "Ander");
  EXPECT_EQ(all[0].casemanager_user_id, ric_);
  EXPECT_FALSE(all[0].casemanager_name.empty());
  EXPECT_FALSE(all[1].casemanager_user_id.valid());
  q.limit = 1;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b}));
  q.limit = 500;

  q.overdue = true;  // due before today
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b}));
  q.overdue = false;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a}));
  q.overdue.reset();
  q.parties = 4;  // bedrijfsarts
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b}));
  q.parties = 2 | 16;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a}));
  q.parties = 0;
  q.due_until = D("2026-04-30");
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b, a, a}));

  // Need-to-know: the team's dossier by team, the RIC's caseload by ric_user_id, nothing twice.
  q.scope = {};
  q.scope.teams = {team_};
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a, a}));
  q.scope = {};
  q.scope.ric = ric_;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b}));
  q.scope.teams = {team_};
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b, a, a}));
  // Paging over the union of both branches: offset rows skipped in the result's order.
  q.limit = 1;
  q.offset = 1;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a}));
  q.limit = 2;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a, a}));
  q.offset = 2;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{a}));
  q.offset = 3;
  EXPECT_TRUE(list().empty());
  q.limit = 500;
  q.offset = 0;
  q.scope = {};
  EXPECT_TRUE(list().empty());
  q.scope.teams = {team_};
  q.casemanager = ric_;  // the team's dossier has no casemanager
  EXPECT_TRUE(list().empty());
  q.scope.ric = ric_;
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b}));

  // The copies follow the revalidant: moving "Ander" into the team puts the RIC dossier in the
  // team's range (same unit of work as the revalidant update).
  q = {};
  q.today = D("2026-03-05");
  q.due_until = D("2026-04-30");
  q.scope.teams = {team_};
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto detail, tx.revalidanten().Get(other_));
    auto data = detail.revalidant.data;
    data.team_id = team_;
    data.ric_user_id = {};
    WP_RETURN_IF_ERROR(tx.revalidanten().Update(other_, detail.revalidant.version, data,
                                                &detail.revalidant.data, At(20)));
    return core::Ok();
  }));
  EXPECT_EQ(DossiersOf(list()), (std::vector<std::int64_t>{b, a, a}));
  q.scope = {};
  q.scope.ric = ric_;
  EXPECT_TRUE(list().empty());

  // Replacing drops what is no longer open; the rules version marks the dossier as current.
  WP_ASSERT_OK_AND_ASSIGN(
      auto stale, db().Read([&](Tx& tx) { return tx.verzuim().StaleDeadlineDossiers(2, 10); }));
  EXPECT_EQ(stale, (std::vector<std::int64_t>{a, b}));
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.verzuim().ReplaceDeadlines(a, {}, 2); }));
  WP_ASSERT_OK_AND_ASSIGN(
      stale, db().Read([&](Tx& tx) { return tx.verzuim().StaleDeadlineDossiers(2, 10); }));
  EXPECT_EQ(stale, (std::vector<std::int64_t>{b}));
  WP_ASSERT_OK_AND_ASSIGN(stored_a, db().Read([&](Tx& tx) { return tx.verzuim().DeadlinesOf(a); }));
  EXPECT_TRUE(stored_a.empty());
}

TEST_P(VerzuimStoreTest, SignalDaysSetting) {
  WP_ASSERT_OK_AND_ASSIGN(int days, db().Read([](Tx& tx) { return tx.verzuim().SignalDays(); }));
  EXPECT_EQ(days, 14);
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.verzuim().SetSignalDays(21); }));
  WP_ASSERT_OK_AND_ASSIGN(days, db().Read([](Tx& tx) { return tx.verzuim().SignalDays(); }));
  EXPECT_EQ(days, 21);
}

INSTANTIATE_TEST_SUITE_P(Backends, VerzuimStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
