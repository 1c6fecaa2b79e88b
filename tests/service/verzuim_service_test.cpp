// VerzuimService on a real SQLite database with a fake clock: statuses move with "today", the
// dashboard's stored next due date follows every change, a refused write leaves nothing behind,
// and reads, writes and refusals are audited.
#include "service/verzuim_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

#include "audit/verify.hpp"
#include "core/dutch_date.hpp"
#include "service/fixture.hpp"
#include "service/revalidant_service.hpp"

namespace werkpad::service {
namespace {

namespace bj = boost::json;
namespace pw = domain::poortwachter;
using domain::identity::Role;

core::Date D(const char* text) { return *core::ParseDate(text); }

bool HasField(const core::Error& e, const std::string& path, const std::string& code) {
  for (const auto& f : e.fields) {
    if (f.path == path && f.code == code) return true;
  }
  return false;
}

const MilestoneView* Find(const DossierView& v, std::string_view key) {
  for (const auto& m : v.timeline->milestones) {
    if (m.milestone.key == key) return &m;
  }
  return nullptr;
}

class VerzuimServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    verzuim_ = std::make_unique<VerzuimService>(*db_, clock_);
    team_a_ = AddTeam("Team A");
    team_b_ = AddTeam("Team B");
    ric_ = AddUser("ric", Role::kRic, {team_a_});
    ric_b_ = AddUser("ric.b", Role::kRic, {team_b_});
    werkgever_ = AddUser("werkgever", Role::kWerkgever);
    RevalidantService revalidanten(*db_, clock_);
    domain::registry::RevalidantData d;
    d.given_names = "Test";
    d.family_name = "Verzuim";
    d.date_of_birth = D("1980-04-01");
    d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
    d.team_id = team_a_;
    d.ric_user_id = ric_;
    auto r = revalidanten.Create(Ctx(ric_), d);
    ASSERT_TRUE(r.ok()) << r.error().message;
    revalidant_ = r->revalidant.id;
    DossierInput in;
    in.employer = "Werkgever Test BV";
    in.casemanager_user_id = ric_;
    auto dossier = verzuim_->CreateDossier(Ctx(ric_), revalidant_, in);
    ASSERT_TRUE(dossier.ok()) << dossier.error().message;
    dossier_ = dossier->record.id;
  }

  std::unique_ptr<VerzuimService> verzuim_;
  core::TeamId team_a_, team_b_;
  core::UserId ric_, ric_b_, werkgever_;
  core::RevalidantId revalidant_;
  std::int64_t dossier_ = 0;
};

// The dashboard pages through the deadlines in due-date order; each page writes one search
// entry and one read entry per dossier shown (NEN 7513), in one batch that verifies.
TEST_F(VerzuimServiceTest, DashboardPagesInDueDateOrderAndAuditsEveryDossierShown) {
  // Five dossiers, sick on five different days: each has an overdue ziekmelding (and the
  // probleemanalyse further ahead, outside 14 days).
  RevalidantService revalidanten(*db_, clock_);
  std::vector<std::int64_t> dossiers = {dossier_};
  for (int i = 1; i < 5; ++i) {
    domain::registry::RevalidantData d;
    d.given_names = "Pagina";
    d.family_name = "Verzuim " + std::to_string(i);
    d.date_of_birth = D("1981-04-01");
    d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
    d.team_id = team_a_;
    d.ric_user_id = ric_;
    auto r = revalidanten.Create(Ctx(ric_), d);
    ASSERT_TRUE(r.ok()) << r.error().message;
    DossierInput in;
    in.employer = "Werkgever Test BV";
    auto dossier = verzuim_->CreateDossier(Ctx(ric_), r->revalidant.id, in);
    ASSERT_TRUE(dossier.ok()) << dossier.error().message;
    dossiers.push_back(dossier->record.id);
  }
  for (std::size_t i = 0; i < dossiers.size(); ++i) {
    // Today is 2026-11-23; sick from 10 to 14 November (the ziekmelding is due the next day).
    const core::Date start = core::AddDays(D("2026-11-10"), static_cast<int>(i));
    ASSERT_TRUE(verzuim_->AddEpisode(Ctx(ric_), dossiers[i], {start, std::nullopt, 100, 0}).ok());
  }
  const std::size_t audit_before = AuditRows().size();

  std::vector<std::int64_t> seen;
  SignalQuery q;
  q.limit = 2;
  for (int page = 0; page < 3; ++page) {
    q.offset = page * 2;
    auto list = verzuim_->Signals(Ctx(ric_), q);
    ASSERT_TRUE(list.ok()) << list.error().message;
    EXPECT_EQ(list->limit, 2);
    EXPECT_EQ(list->offset, page * 2);
    EXPECT_EQ(list->truncated, page < 2);
    ASSERT_EQ(list->items.size(), page < 2 ? 2u : 1u);
    for (const auto& item : list->items) {
      EXPECT_EQ(item.milestone.key, pw::keys::kZiekmelding);
      seen.push_back(item.dossier_id);
    }
  }
  // Every dossier once, earliest due first: the order of the sick days.
  EXPECT_EQ(seen, dossiers);

  // Three pages: per page one search entry, then one read entry per dossier shown.
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), audit_before + 3 + 5);
  std::vector<std::int64_t> read_dossiers;
  for (std::size_t i = audit_before; i < rows.size(); ++i) {
    if (rows[i].action == "search") {
      EXPECT_EQ(rows[i].object_type, "verzuim_signalen");
      continue;
    }
    EXPECT_EQ(rows[i].action, "read");
    EXPECT_EQ(rows[i].detail, "dashboard");
    EXPECT_TRUE(rows[i].client_id.valid());
    read_dossiers.push_back(std::stoll(rows[i].object_id));
  }
  EXPECT_EQ(read_dossiers, dossiers);
  EXPECT_EQ(rows[audit_before].detail, "days=14;mine=0;offset=0;items=2");
  auto report = audit::Verify(*db_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem << " at " << report->first_broken_seq;

  // Bounds: limit 1..500, offset 0..100000.
  for (auto [limit, offset] : {std::pair{0, 0}, std::pair{501, 0}, std::pair{10, -1},
                               std::pair{10, 100001}}) {
    SignalQuery bad;
    bad.limit = limit;
    bad.offset = offset;
    auto r = verzuim_->Signals(Ctx(ric_), bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidInput);
  }
}

TEST_F(VerzuimServiceTest, StatusesFollowTodayAndTheStoredNextDueFollowsEveryChange) {
  // Today is 2026-11-23 (the fixture's clock); sick since 2 November.
  auto v = verzuim_->AddEpisode(Ctx(ric_), dossier_, {D("2026-11-02"), std::nullopt, 100, 0});
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_EQ(Find(*v, pw::keys::kZiekmelding)->milestone.status, pw::MilestoneStatus::kOverdue);
  EXPECT_EQ(Find(*v, pw::keys::kProbleemanalyse)->milestone.due, D("2026-12-13"));
  EXPECT_EQ(Find(*v, pw::keys::kProbleemanalyse)->milestone.status,
            pw::MilestoneStatus::kUpcoming);
  EXPECT_EQ(v->record.next_due, D("2026-11-08"));  // the overdue ziekmelding

  auto signals = verzuim_->Signals(Ctx(ric_), {});
  ASSERT_TRUE(signals.ok());
  ASSERT_EQ(signals->items.size(), 1u);
  EXPECT_EQ(signals->items[0].milestone.key, pw::keys::kZiekmelding);
  EXPECT_EQ(signals->items[0].days_left, -15);
  // Another team's RIC sees nothing; the werkgever is refused.
  auto other = verzuim_->Signals(Ctx(ric_b_), {});
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->items.empty());
  EXPECT_EQ(verzuim_->Signals(Ctx(werkgever_), {}).error().code, core::ErrorCode::kForbidden);

  // Recording the ziekmelding moves next_due to the probleemanalyse.
  DocumentInput ziek;
  ziek.kind = "ziekmelding";
  ziek.date = D("2026-11-03");
  ziek.content = bj::object{};
  ASSERT_TRUE(verzuim_->AddDocument(Ctx(ric_), dossier_, ziek).ok());
  auto after = verzuim_->GetDossier(Ctx(ric_), dossier_);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->record.next_due, D("2026-12-13"));
  EXPECT_EQ(Find(*after, pw::keys::kZiekmelding)->milestone.status, pw::MilestoneStatus::kDone);
  EXPECT_TRUE(verzuim_->Signals(Ctx(ric_), {})->items.empty());

  // A week later the probleemanalyse is within the 14-day signal window.
  clock_.Advance(std::chrono::hours(24 * 7));
  auto later = verzuim_->GetDossier(Ctx(ric_), dossier_);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(Find(*later, pw::keys::kProbleemanalyse)->milestone.status, pw::MilestoneStatus::kDue);
  auto due = verzuim_->Signals(Ctx(ric_), {});
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->items.size(), 1u);
  EXPECT_EQ(due->items[0].milestone.key, pw::keys::kProbleemanalyse);

  // Recovery: later steps no longer apply, nothing is open any more.
  auto dossier = verzuim_->GetDossier(Ctx(ric_), dossier_);
  const auto& episode = dossier->record.episodes.front();
  auto recovered =
      verzuim_->EndEpisode(Ctx(ric_), dossier_, episode.id, D("2026-11-20"), episode.version);
  ASSERT_TRUE(recovered.ok()) << recovered.error().message;
  EXPECT_TRUE(recovered->timeline->timeline.recovered);
  EXPECT_EQ(Find(*recovered, pw::keys::kProbleemanalyse)->milestone.status,
            pw::MilestoneStatus::kNotApplicable);
  EXPECT_FALSE(recovered->record.next_due.has_value());
}

TEST_F(VerzuimServiceTest, ARefusedWriteLeavesNothingBehindAndEverythingIsAudited) {
  ASSERT_TRUE(verzuim_->AddEpisode(Ctx(ric_), dossier_, {D("2026-09-01"), std::nullopt, 100, 0})
                  .ok());
  DocumentInput pa;
  pa.kind = "probleemanalyse";
  pa.date = D("2026-10-01");
  pa.content = bj::object{{"inzetbaarheid", "onzeker"}};
  pa.medical = bj::object{{"toelichting", "fictief"}};
  pa.medical_given = true;
  auto stored = verzuim_->AddDocument(Ctx(ric_), dossier_, pa);
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  const auto rows_before = AuditRows().size();

  // The plan may not lie before the probleemanalyse: 422 on "date", nothing stored or audited.
  DocumentInput plan;
  plan.kind = "plan_van_aanpak";
  plan.date = D("2026-09-20");
  plan.content = bj::object{{"doel", "Terugkeer"}};
  auto refused = verzuim_->AddDocument(Ctx(ric_), dossier_, plan);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(refused.error(), "date", "before_probleemanalyse"));
  auto dossier = verzuim_->GetDossier(Ctx(ric_), dossier_);
  ASSERT_TRUE(dossier.ok());
  EXPECT_EQ(dossier->documents.size(), 1u);
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), rows_before + 1);  // only the read just now
  EXPECT_EQ(rows.back().action, "read");
  EXPECT_EQ(rows.back().object_type, "verzuimdossier");
  EXPECT_EQ(rows.back().client_id, revalidant_);

  // An episode change that would move the probleemanalyse out of the period is refused too.
  const auto& episode = dossier->record.episodes.front();
  auto moved = verzuim_->UpdateEpisode(Ctx(ric_), dossier_, episode.id,
                                       {D("2026-10-05"), std::nullopt, 100, episode.version});
  ASSERT_FALSE(moved.ok());
  EXPECT_TRUE(HasField(moved.error(), "start", "documents_before_start")) << moved.error().message;
  auto deleted = verzuim_->DeleteEpisode(Ctx(ric_), dossier_, episode.id, episode.version);
  ASSERT_FALSE(deleted.ok());
  EXPECT_TRUE(HasField(deleted.error(), "episodes", "documents_exist"));
  EXPECT_EQ(verzuim_->GetDossier(Ctx(ric_), dossier_)->record.episodes.front().start,
            D("2026-09-01"));

  // Refusals are audited as denied with the client.
  EXPECT_EQ(verzuim_->GetDossier(Ctx(ric_b_), dossier_).error().code,
            core::ErrorCode::kForbidden);
  EXPECT_EQ(verzuim_->GetDossier(Ctx(werkgever_), dossier_).error().code,
            core::ErrorCode::kForbidden);
  rows = AuditRows();
  int denied = 0;
  for (const auto& r : rows) {
    if (r.object_type == "verzuimdossier" && r.outcome == "denied") ++denied;
  }
  EXPECT_EQ(denied, 2);

  // The medical part stays with clinical staff; a document's revisions are kept.
  auto doc = verzuim_->GetDocument(Ctx(ric_), dossier_, stored->record.id);
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE(doc->medical.has_value());
  EXPECT_EQ(doc->revisions.size(), 1u);
  EXPECT_EQ(AuditRows().back().object_type, "verzuim_document");
}

// The dashboard reads stored open deadlines (migration 0007) instead of recomputing dossiers.
// After every kind of change they must equal the engine's output, and for any later "today" the
// dashboard must list exactly the deadlines the engine's timeline of that day calls due or
// overdue (the split depends on today only, so it is made by the query).
TEST_F(VerzuimServiceTest, StoredDeadlinesEqualTheEngineAfterEveryKindOfChange) {
  auto check = [&](const std::string& step) {
    SCOPED_TRACE(step);
    auto rec = db_->Read([&](store::Tx& tx) { return tx.verzuim().GetDossier(dossier_); });
    ASSERT_TRUE(rec.ok());
    auto stored = db_->Read([&](store::Tx& tx) { return tx.verzuim().DeadlinesOf(dossier_); });
    ASSERT_TRUE(stored.ok());
    auto expected = OpenDeadlines(*rec, core::DutchDate(clock_.Now()));
    ASSERT_TRUE(expected.ok()) << expected.error().message;
    std::sort(expected->begin(), expected->end(), [](const auto& a, const auto& b) {
      return std::tie(a.due, a.milestone, a.sequence) < std::tie(b.due, b.milestone, b.sequence);
    });
    EXPECT_EQ(*stored, *expected);
    for (int offset : {0, 5, 30, 120, 400, 800}) {
      RequestContext c = Ctx(ric_);
      c.now += std::chrono::hours(24 * offset);
      auto view = verzuim_->GetDossier(c, dossier_);
      ASSERT_TRUE(view.ok());
      std::set<std::tuple<std::string, int, core::Date, std::string>> engine, dashboard;
      if (view->timeline) {
        for (const auto& mv : view->timeline->milestones) {
          const auto& m = mv.milestone;
          if (m.kind == pw::MilestoneKind::kDeadline &&
              (m.status == pw::MilestoneStatus::kDue ||
               m.status == pw::MilestoneStatus::kOverdue)) {
            engine.insert(
                {std::string(m.key), m.sequence, m.due, std::string(pw::ToCode(m.status))});
          }
        }
      }
      auto signals = verzuim_->Signals(c, {});
      ASSERT_TRUE(signals.ok());
      for (const auto& item : signals->items) {
        const auto& m = item.milestone;
        dashboard.insert(
            {std::string(m.key), m.sequence, m.due, std::string(pw::ToCode(m.status))});
      }
      EXPECT_EQ(dashboard, engine) << "today + " << offset << " days";
    }
  };
  check("no episode");
  auto v = verzuim_->AddEpisode(Ctx(ric_), dossier_, {D("2026-03-02"), std::nullopt, 100, 0});
  ASSERT_TRUE(v.ok()) << v.error().message;
  check("episode added");
  auto add = [&](const char* kind, const char* date, bj::object content) {
    DocumentInput in;
    in.kind = kind;
    in.date = D(date);
    in.content = std::move(content);
    auto d = verzuim_->AddDocument(Ctx(ric_), dossier_, in);
    EXPECT_TRUE(d.ok()) << kind << ": " << d.error().message;
    check(std::string("document ") + kind);
    return d.ok() ? d->record : store::DocumentRecord{};
  };
  add("ziekmelding", "2026-03-03", {});
  add("probleemanalyse", "2026-04-10", {{"inzetbaarheid", "onzeker"}});
  const auto plan = add("plan_van_aanpak", "2026-04-20", {{"doel", "Terugkeer"}});
  add("evaluatie", "2026-06-01", {{"verslag", "Gaat goed"}});
  add("evaluatie", "2026-07-10", {{"verslag", "Bijgesteld"}, {"bijstelling", true}});
  {
    DocumentInput in;
    in.date = D("2026-04-22");
    in.content = bj::object{{"doel", "Terugkeer in eigen werk"}};
    in.version = plan.version;
    auto d = verzuim_->UpdateDocument(Ctx(ric_), dossier_, plan.id, in);
    ASSERT_TRUE(d.ok()) << d.error().message;
    check("plan updated");
  }
  add("eerstejaarsevaluatie", "2026-11-20",
      {{"verslag", "Terugkeer binnen 3 maanden"}, {"interne_terugkeer_verwacht", true}});
  {
    auto d = verzuim_->GetDossier(Ctx(ric_), dossier_);
    ScenarioInput in{pw::Scenario::kAnderWerkEigenOrganisatie, D("2026-11-21"), "Aangepast werk",
                     d->record.version};
    core::Result<DossierView> s = verzuim_->ChangeScenario(Ctx(ric_), dossier_, in);
    ASSERT_TRUE(s.ok()) << s.error().message;
    check("scenario");
    // An intervention proposed without a scenario is tracked under the current one.
    const auto proposed = add("interventie", "2026-11-22",
                              {{"interventie", "arbeidsdeskundige"}, {"status", "voorgesteld"}});
    EXPECT_NE(proposed.content_json.find("\"scenario\":\"ander_werk_eigen_organisatie\""),
              std::string::npos)
        << proposed.content_json;
    s = verzuim_->GetDossier(Ctx(ric_), dossier_);
    DossierInput din;
    din.employer = "Andere BV";
    din.version = s->record.version;
    auto u = verzuim_->UpdateDossier(Ctx(ric_), dossier_, din);
    ASSERT_TRUE(u.ok()) << u.error().message;
    check("casemanager removed");
    // "mine" follows the casemanager copy: nothing is the RIC's own any more.
    SignalQuery mine;
    mine.mine = true;
    mine.days = 365;
    EXPECT_TRUE(verzuim_->Signals(Ctx(ric_), mine)->items.empty());
  }
  {
    auto d = verzuim_->GetDossier(Ctx(ric_), dossier_);
    const auto& e = d->record.episodes.front();
    ASSERT_TRUE(verzuim_->EndEpisode(Ctx(ric_), dossier_, e.id, D("2026-10-01"), e.version).ok());
    check("recovered");
    auto again = verzuim_->AddEpisode(Ctx(ric_), dossier_, {D("2026-10-20"), std::nullopt, 50, 0});
    ASSERT_TRUE(again.ok()) << again.error().message;
    check("sick again within 4 weeks");
    std::int64_t second = 0, version = 0;
    for (const auto& ep : again->record.episodes) {
      if (ep.start == D("2026-10-20")) {
        second = ep.id;
        version = ep.version;
      }
    }
    auto upd = verzuim_->UpdateEpisode(Ctx(ric_), dossier_, second,
                                       {D("2026-10-10"), std::nullopt, 100, version});
    ASSERT_TRUE(upd.ok()) << upd.error().message;
    check("episode moved");
    for (const auto& ep : upd->record.episodes) {
      if (ep.id == second) version = ep.version;
    }
    ASSERT_TRUE(verzuim_->DeleteEpisode(Ctx(ric_), dossier_, second, version).ok());
    check("episode deleted");
  }
  // A rules change (or a database from before 0007): the start-up refresh derives them again.
  ASSERT_TRUE(
      db_->Write([&](store::Tx& tx) { return tx.verzuim().ReplaceDeadlines(dossier_, {}, 0); })
          .ok());
  auto refreshed = verzuim_->RefreshDeadlines(SystemContext(clock_.Now()));
  ASSERT_TRUE(refreshed.ok());
  EXPECT_EQ(refreshed->refreshed, 1);
  check("refreshed at start-up");
  EXPECT_EQ(verzuim_->RefreshDeadlines(SystemContext(clock_.Now()))->refreshed, 0);
  EXPECT_EQ(verzuim_->RefreshDeadlines(Ctx(ric_)).error().code, core::ErrorCode::kForbidden);
}

}  // namespace
}  // namespace werkpad::service
