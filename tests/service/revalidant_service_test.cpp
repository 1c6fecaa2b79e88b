#include "service/revalidant_service.hpp"

#include <gtest/gtest.h>

#include <future>
#include <optional>

#include "service/fixture.hpp"
#include "service/policy.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;
using domain::registry::RevalidantData;

// Runs `call` as the HTTP layer runs a GET or an I/O-thread PUT: inside a WriteDeferral that
// must queue exactly one unit. Returns the deferral's outcome, once it completed, and what `call`
// returned (a service::Pending).
template <class Call>
auto InDeferral(Call call) {
  auto deferral = store::WriteDeferral::Make();
  std::optional<decltype(call())> pending;
  {
    store::WriteDeferral::Scope scope(*deferral);
    pending.emplace(call());
  }
  EXPECT_EQ(deferral->submitted(), 1);
  std::promise<core::Status> done;
  deferral->Seal([&](core::Status s) { done.set_value(std::move(s)); });
  core::Status written = done.get_future().get();
  return std::make_pair(std::move(written), std::move(*pending));
}

RevalidantData Sample(std::string family, core::TeamId team = {}, core::UserId ric = {}) {
  RevalidantData d;
  d.given_names = "Test";
  d.family_name = std::move(family);
  d.date_of_birth = *core::ParseDate("1980-04-01");
  d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
  d.employer = domain::registry::Employer{"Voorbeeldbedrijf BV", "", "", "", ""};
  d.hours_per_week = 32;
  d.team_id = team;
  d.ric_user_id = ric;
  return d;
}

class RevalidantServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    svc_ = std::make_unique<RevalidantService>(*db_, clock_);
    team_a_ = AddTeam("Team A");
    team_b_ = AddTeam("Team B");
    arts_ = AddUser("arts", Role::kRevalidatiearts, {team_a_});
    ric_ = AddUser("ric", Role::kRic, {team_a_});
    ric_other_ = AddUser("ric.zuid", Role::kRic, {});
    fysio_a_ = AddUser("fysio", Role::kTherapeut, {team_a_});
    ergo_b_ = AddUser("ergo", Role::kTherapeut, {team_b_});
    admin_ = AddUser("admin", Role::kAdmin);
    werkgever_ = AddUser("werkgever", Role::kWerkgever);
    bedrijfsarts_ = AddUser("bedrijfsarts", Role::kBedrijfsarts);
    revalidant_user_ = AddUser("revalidant", Role::kRevalidant);
  }

  RevalidantView CreateOk(const RequestContext& ctx, RevalidantData d) {
    auto r = svc_->Create(ctx, std::move(d));
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : RevalidantView{};
  }

  std::unique_ptr<RevalidantService> svc_;
  core::TeamId team_a_, team_b_;
  core::UserId arts_, ric_, ric_other_, fysio_a_, ergo_b_, admin_, werkgever_, bedrijfsarts_,
      revalidant_user_;
};

// The HTTP GET's way: inside a WriteDeferral the read, its scope check and its audit entry are
// one queued unit; the result is there once the deferral completed, and then the entry is
// committed. A refusal is decided in the same unit and audited as denied.
TEST_F(RevalidantServiceTest, GetLaterReadsInTheAuditUnitOfADeferral) {
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Uitgesteld", team_a_, ric_));
  auto read_later = [&](core::UserId user) {
    auto [written, pending] =
        InDeferral([&] { return svc_->GetLater(Ctx(user), v.revalidant.id); });
    EXPECT_TRUE(written.ok());
    return pending.Take();
  };

  auto got = read_later(fysio_a_);
  ASSERT_TRUE(got.ok()) << got.error().message;
  EXPECT_EQ(got->revalidant.data.family_name, "Uitgesteld");
  ASSERT_TRUE(got->team.has_value());
  EXPECT_EQ(got->team->name, "Team A");

  auto refused = read_later(ergo_b_);  // other team
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);

  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].action, "read");
  EXPECT_EQ(rows[1].user_id, fysio_a_);
  EXPECT_EQ(rows[1].outcome, "success");
  EXPECT_EQ(rows[2].action, "read");
  EXPECT_EQ(rows[2].user_id, ergo_b_);
  EXPECT_EQ(rows[2].outcome, "denied");
  EXPECT_EQ(rows[2].client_id, v.revalidant.id);
}

TEST_F(RevalidantServiceTest, UpdateLaterChangesInTheAuditUnitOfADeferral) {
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Uitgesteld", team_a_, ric_));
  // Returns the deferral's outcome and the pending result.
  auto update_later = [&](core::UserId user, std::int64_t version, const RevalidantData& data) {
    return InDeferral(
        [&] { return svc_->UpdateLater(Ctx(user), v.revalidant.id, version, data); });
  };

  RevalidantData changed = v.revalidant.data;
  changed.function_title = "Uitgesteld gewijzigd";
  auto [written, pending] = update_later(fysio_a_, 1, changed);
  ASSERT_TRUE(written.ok()) << written.error().message;
  auto up = pending.Take();
  ASSERT_TRUE(up.ok()) << up.error().message;
  EXPECT_EQ(up->revalidant.version, 2);
  EXPECT_EQ(up->revalidant.data.function_title, "Uitgesteld gewijzigd");

  // A stale version fails the unit: the deferral carries the conflict, nothing changed.
  changed.function_title = "Verouderd";
  auto [stale, stale_pending] = update_later(fysio_a_, 1, changed);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  // Outside the actor's scope: refused inside the unit, the refusal audited.
  auto [refused_written, refused_pending] = update_later(ergo_b_, 2, changed);
  ASSERT_TRUE(refused_written.ok());
  auto refused = refused_pending.Take();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);

  auto now = svc_->Get(Ctx(ric_), v.revalidant.id);
  ASSERT_TRUE(now.ok());
  EXPECT_EQ(now->revalidant.version, 2);
  EXPECT_EQ(now->revalidant.data.function_title, "Uitgesteld gewijzigd");
  // The update's answer (built from what was written) is what a read returns.
  EXPECT_EQ(up->revalidant.created_at, now->revalidant.created_at);
  EXPECT_EQ(up->revalidant.updated_at, now->revalidant.updated_at);
  EXPECT_EQ(up->revalidant.data.date_of_birth, now->revalidant.data.date_of_birth);
  EXPECT_EQ(up->revalidant.data.bsn, now->revalidant.data.bsn);
  ASSERT_TRUE(up->team.has_value() && now->team.has_value());
  EXPECT_EQ(up->team->name, now->team->name);
  ASSERT_TRUE(up->ric.has_value() && now->ric.has_value());
  EXPECT_EQ(up->ric->display_name, now->ric->display_name);
  // create, update, update denied, read.
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].action, "update");
  EXPECT_EQ(rows[1].outcome, "success");
  EXPECT_EQ(rows[2].action, "update");
  EXPECT_EQ(rows[2].user_id, ergo_b_);
  EXPECT_EQ(rows[2].outcome, "denied");
}

TEST_F(RevalidantServiceTest, CreateGetUpdateWithVersionAndAudit) {
  RequestContext ctx = Ctx(ric_);
  RevalidantView v = CreateOk(ctx, Sample("Voorbeeld", team_a_, ric_));
  EXPECT_TRUE(v.revalidant.id.valid());
  EXPECT_EQ(v.revalidant.version, 1);
  ASSERT_TRUE(v.team.has_value());
  EXPECT_EQ(v.team->name, "Team A");
  ASSERT_TRUE(v.ric.has_value());
  EXPECT_EQ(v.ric->display_name, "Test ric");
  EXPECT_EQ(v.revalidant.created_at, clock_.Now());

  auto got = svc_->Get(Ctx(fysio_a_), v.revalidant.id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->revalidant.data.family_name, "Voorbeeld");

  RevalidantData changed = v.revalidant.data;
  changed.function_title = "Magazijnmedewerker";
  auto up = svc_->Update(Ctx(arts_), v.revalidant.id, 1, changed);
  ASSERT_TRUE(up.ok()) << up.error().message;
  EXPECT_EQ(up->revalidant.version, 2);
  EXPECT_EQ(up->revalidant.data.function_title, "Magazijnmedewerker");

  // A stale version is a conflict and changes nothing.
  changed.function_title = "Anders";
  auto stale = svc_->Update(Ctx(fysio_a_), v.revalidant.id, 1, changed);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(svc_->Get(ctx, v.revalidant.id)->revalidant.data.function_title, "Magazijnmedewerker");

  auto missing = svc_->Get(ctx, core::RevalidantId{999});
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);

  // create, read, update, read (the stale update wrote nothing) — all with the revalidant id.
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].action, "create");
  EXPECT_EQ(rows[1].action, "read");
  EXPECT_EQ(rows[1].user_id, fysio_a_);
  EXPECT_EQ(rows[2].action, "update");
  EXPECT_EQ(rows[3].action, "read");
  for (const auto& r : rows) {
    EXPECT_EQ(r.client_id, v.revalidant.id);
    EXPECT_EQ(r.outcome, "success");
    EXPECT_EQ(r.request_id, "req-test");
  }
}

TEST_F(RevalidantServiceTest, ValidationErrorsIncludingElfproefAndReferences) {
  RequestContext ctx = Ctx(ric_);
  RevalidantData d = Sample("Voorbeeld", team_a_);
  d.bsn = "123456789";  // fails the elfproef
  auto bad = svc_->Create(ctx, d);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput);
  ASSERT_EQ(bad.error().fields.size(), 1u);
  EXPECT_EQ(bad.error().fields[0].path, "bsn");
  EXPECT_EQ(bad.error().fields[0].code, "elfproef");

  d.bsn = "123.456.782";  // valid, normalised
  d.given_names = "";
  auto missing = svc_->Create(ctx, d);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields.at(0).path, "given_names");

  d.given_names = "Test";
  d.team_id = core::TeamId{999};
  d.ric_user_id = fysio_a_;  // a therapist cannot be RIC in model "vast"
  auto refs = svc_->Create(ctx, d);
  ASSERT_FALSE(refs.ok());
  ASSERT_EQ(refs.error().fields.size(), 2u);
  EXPECT_EQ(refs.error().fields[0].path, "team_id");
  EXPECT_EQ(refs.error().fields[1].path, "ric_user_id");

  d.team_id = team_a_;
  d.ric_user_id = ric_;
  RevalidantView v = CreateOk(ctx, d);
  EXPECT_EQ(v.revalidant.data.bsn, "123456782");

  // The same BSN twice is an input error on field bsn (not an edit conflict).
  RevalidantData twin = Sample("Ander", team_a_);
  twin.bsn = "123456782";
  auto dup = svc_->Create(ctx, twin);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(dup.error().fields.at(0).path, "bsn");
  EXPECT_EQ(dup.error().fields.at(0).code, "taken");

  // Only the successful create was audited.
  EXPECT_EQ(AuditRows().size(), 1u);
}

TEST_F(RevalidantServiceTest, UnassignedRegistrationGoesToTheCreatorsTeamOrCaseload) {
  // A therapist registers without team or RIC: the record lands in their team, so that they
  // (and their team) can open it.
  RevalidantView v = CreateOk(Ctx(fysio_a_), Sample("Zonderteam"));
  EXPECT_EQ(v.revalidant.data.team_id, team_a_);
  EXPECT_TRUE(svc_->Get(Ctx(fysio_a_), v.revalidant.id).ok());
  // A RIC without teams: their caseload.
  RevalidantView w = CreateOk(Ctx(ric_other_), Sample("Caseload"));
  EXPECT_FALSE(w.revalidant.data.team_id.valid());
  EXPECT_EQ(w.revalidant.data.ric_user_id, ric_other_);
  EXPECT_TRUE(svc_->Get(Ctx(ric_other_), w.revalidant.id).ok());
  // A therapist without teams must choose.
  core::UserId loose = AddUser("los", Role::kTherapeut);
  auto none = svc_->Create(Ctx(loose), Sample("Nergens"));
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().fields.at(0).path, "team_id");
  EXPECT_EQ(none.error().fields.at(0).code, "required");
  // An update may not leave the record unassigned.
  RevalidantData cleared = v.revalidant.data;
  cleared.team_id = {};
  auto up = svc_->Update(Ctx(fysio_a_), v.revalidant.id, v.revalidant.version, cleared);
  ASSERT_FALSE(up.ok());
  EXPECT_EQ(up.error().fields.at(0).code, "required");
}

TEST_F(RevalidantServiceTest, TherapistAsRicOnlyInModelWisselend) {
  ASSERT_TRUE(db_->WriteUnit([&](store::Tx& tx) -> core::Status {
                   auto inst = tx.organisation().GetInstitution();
                   inst->ric_model = "wisselend";
                   return tx.organisation().UpdateInstitution(*inst).ok()
                              ? core::Ok()
                              : core::Error::Internal("x");
                 })
                  .ok());
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Wissel", team_b_, fysio_a_));
  // fysio is in team A, the revalidant in team B: reachable as its coordinator.
  EXPECT_TRUE(svc_->Get(Ctx(fysio_a_), v.revalidant.id).ok());
}

TEST_F(RevalidantServiceTest, SearchByNameBsnAndBirthDateWithinScope) {
  RequestContext ric = Ctx(ric_);
  RevalidantData a = Sample("Jansen", team_a_);
  a.bsn = "123456782";
  CreateOk(ric, a);
  RevalidantData b = Sample("Janssen-de Vries", team_b_, ric_);  // RIC's caseload, other team
  b.date_of_birth = *core::ParseDate("1975-12-31");
  CreateOk(ric, b);
  CreateOk(Ctx(ergo_b_), Sample("Pietersen", team_b_));

  auto all = svc_->Search(ric, {"", {}});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 2);  // not Pietersen: team B, not the RIC's caseload

  auto name = svc_->Search(ric, {"jans", {}});
  ASSERT_TRUE(name.ok());
  EXPECT_EQ(name->total, 2);
  auto bsn = svc_->Search(ric, {"123456782", {}});
  ASSERT_EQ(bsn->total, 1);
  EXPECT_EQ(bsn->items[0].family_name, "Jansen");
  ASSERT_TRUE(bsn->items[0].team.has_value());
  EXPECT_FALSE(bsn->items[0].minimal);
  auto dob = svc_->Search(ric, {"1975-12-31", {}});
  ASSERT_EQ(dob->total, 1);
  EXPECT_EQ(dob->items[0].family_name, "Janssen-de Vries");

  auto ergo = svc_->Search(Ctx(ergo_b_), {"", {}});
  EXPECT_EQ(ergo->total, 2);  // team B: Janssen-de Vries and Pietersen
  auto nobody = svc_->Search(Ctx(ric_other_), {"", {}});
  EXPECT_EQ(nobody->total, 0);

  // Paging.
  store::PageRequest p;
  p.page = 2;
  p.page_size = 1;
  auto page2 = svc_->Search(ric, {"", p});
  ASSERT_TRUE(page2.ok());
  EXPECT_EQ(page2->items.size(), 1u);
  EXPECT_EQ(page2->total, 2);
  p.page_size = 101;
  auto too_big = svc_->Search(ric, {"", p});
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().fields.at(0).path, "page_size");

  // Searches are audited by kind, never with the text.
  auto rows = AuditRows();
  bool saw_bsn_search = false;
  for (const auto& r : rows) {
    EXPECT_EQ(r.detail.find("123456782"), std::string::npos);
    EXPECT_EQ(r.detail.find("jans"), std::string::npos);
    if (r.action == "search" && r.detail.rfind("q_kind=bsn", 0) == 0) saw_bsn_search = true;
  }
  EXPECT_TRUE(saw_bsn_search);
  // One search entry per listed revalidant, with its id; an empty result still leaves a trace.
  const std::size_t before = AuditRows().size();
  ASSERT_EQ(svc_->Search(ric, {"jans", {}})->items.size(), 2u);
  auto after = AuditRows();
  ASSERT_EQ(after.size(), before + 2);
  EXPECT_TRUE(after[before].client_id.valid());
  EXPECT_NE(after[before].client_id, after[before + 1].client_id);
  EXPECT_EQ(after[before].detail, "q_kind=name;total=2");
  ASSERT_EQ(svc_->Search(ric, {"zzzz", {}})->items.size(), 0u);
  auto empty = AuditRows();
  ASSERT_EQ(empty.size(), before + 3);
  EXPECT_FALSE(empty.back().client_id.valid());
}

TEST_F(RevalidantServiceTest, AdminGetsAMinimalLookupOnlyAndCannotOpenTheRecord) {
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Jansen", team_a_, ric_));
  auto lookup = svc_->Search(Ctx(admin_), {"", {}});
  ASSERT_TRUE(lookup.ok());
  ASSERT_EQ(lookup->total, 1);
  const RevalidantListItem& item = lookup->items[0];
  EXPECT_TRUE(item.minimal);
  EXPECT_EQ(item.family_name, "Jansen");
  EXPECT_FALSE(item.team.has_value());
  EXPECT_FALSE(item.ric.has_value());

  auto get = svc_->Get(Ctx(admin_), v.revalidant.id);
  ASSERT_FALSE(get.ok());
  EXPECT_EQ(get.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(AuditRows().back().outcome, "denied");
}

TEST_F(RevalidantServiceTest, TherapistOutsideTheTeamIsDeniedAndAudited) {
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Jansen", team_a_, ric_));
  auto get = svc_->Get(Ctx(ergo_b_), v.revalidant.id);
  ASSERT_FALSE(get.ok());
  EXPECT_EQ(get.error().code, core::ErrorCode::kForbidden);
  auto row = AuditRows().back();
  EXPECT_EQ(row.outcome, "denied");
  EXPECT_EQ(row.action, "read");
  EXPECT_EQ(row.user_id, ergo_b_);
  EXPECT_EQ(row.client_id, v.revalidant.id);

  RevalidantData changed = v.revalidant.data;
  changed.family_name = "Gewijzigd";
  auto up = svc_->Update(Ctx(ergo_b_), v.revalidant.id, 1, changed);
  ASSERT_FALSE(up.ok());
  EXPECT_EQ(up.error().code, core::ErrorCode::kForbidden);
  row = AuditRows().back();
  EXPECT_EQ(row.outcome, "denied");
  EXPECT_EQ(row.action, "update");
  // Nothing changed.
  EXPECT_EQ(svc_->Get(Ctx(ric_), v.revalidant.id)->revalidant.version, 1);
}

TEST_F(RevalidantServiceTest, ExternalRolesSeeNothingAndRevalidantOnlyOwnRecord) {
  RevalidantView v = CreateOk(Ctx(ric_), Sample("Jansen", team_a_, ric_));
  for (core::UserId u : {werkgever_, bedrijfsarts_, revalidant_user_}) {
    RequestContext ctx = Ctx(u);
    auto s = svc_->Search(ctx, {"", {}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, core::ErrorCode::kForbidden);
    auto g = svc_->Get(ctx, v.revalidant.id);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().code, core::ErrorCode::kForbidden);
    auto c = svc_->Create(ctx, Sample("X", team_a_));
    EXPECT_EQ(c.error().code, core::ErrorCode::kForbidden);
    EXPECT_FALSE(MaySeeMedicalData(ctx.actor));
    EXPECT_EQ(AuditRows().back().outcome, "denied");
  }
  // The portal account linked to this revalidant may read its own record.
  RequestContext own = Ctx(revalidant_user_);
  own.actor.revalidant_id = v.revalidant.id;
  EXPECT_TRUE(svc_->Get(own, v.revalidant.id).ok());
  auto upd = svc_->Update(own, v.revalidant.id, 1, v.revalidant.data);
  EXPECT_EQ(upd.error().code, core::ErrorCode::kForbidden);
}

}  // namespace
}  // namespace werkpad::service
