#include <fmt/format.h>
#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::registry::RevalidantData;

// Field by field (RevalidantData's defaulted == is deleted: its parts have no ==).
void ExpectSameData(const RevalidantData& a, const RevalidantData& b) {
  EXPECT_EQ(a.given_names, b.given_names);
  EXPECT_EQ(a.family_name, b.family_name);
  EXPECT_EQ(a.date_of_birth, b.date_of_birth);
  EXPECT_EQ(a.bsn, b.bsn);
  EXPECT_EQ(a.contact.email, b.contact.email);
  EXPECT_EQ(a.contact.phone, b.contact.phone);
  EXPECT_EQ(a.contact.street, b.contact.street);
  EXPECT_EQ(a.contact.postal_code, b.contact.postal_code);
  EXPECT_EQ(a.contact.city, b.contact.city);
  ASSERT_EQ(a.naaste.has_value(), b.naaste.has_value());
  if (a.naaste) {
    EXPECT_EQ(a.naaste->name, b.naaste->name);
    EXPECT_EQ(a.naaste->relation, b.naaste->relation);
    EXPECT_EQ(a.naaste->phone, b.naaste->phone);
    EXPECT_EQ(a.naaste->email, b.naaste->email);
  }
  EXPECT_EQ(a.employment_status, b.employment_status);
  ASSERT_EQ(a.employer.has_value(), b.employer.has_value());
  if (a.employer) {
    EXPECT_EQ(a.employer->organisation, b.employer->organisation);
    EXPECT_EQ(a.employer->contact_name, b.employer->contact_name);
    EXPECT_EQ(a.employer->contact_phone, b.employer->contact_phone);
    EXPECT_EQ(a.employer->contact_email, b.employer->contact_email);
    EXPECT_EQ(a.employer->address, b.employer->address);
  }
  EXPECT_EQ(a.function_title, b.function_title);
  EXPECT_EQ(a.hours_per_week, b.hours_per_week);
  ASSERT_EQ(a.bedrijfsarts.has_value(), b.bedrijfsarts.has_value());
  if (a.bedrijfsarts) {
    EXPECT_EQ(a.bedrijfsarts->name, b.bedrijfsarts->name);
    EXPECT_EQ(a.bedrijfsarts->organisation, b.bedrijfsarts->organisation);
    EXPECT_EQ(a.bedrijfsarts->phone, b.bedrijfsarts->phone);
    EXPECT_EQ(a.bedrijfsarts->email, b.bedrijfsarts->email);
  }
  EXPECT_EQ(a.team_id, b.team_id);
  EXPECT_EQ(a.ric_user_id, b.ric_user_id);
}

class RevalidantenTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto ids = db().Write([&](Tx& tx) -> core::Result<std::pair<core::TeamId, core::TeamId>> {
      WP_ASSIGN_OR_RETURN(auto a, tx.organisation().InsertTeam("Team A"));
      WP_ASSIGN_OR_RETURN(auto b, tx.organisation().InsertTeam("Team B"));
      return std::make_pair(a, b);
    });
    ASSERT_TRUE(ids.ok()) << Describe(ids.error());
    team_a_ = ids->first;
    team_b_ = ids->second;
    UserRecord ric = MakeUser("ric.test", domain::identity::Role::kRic);
    ric.display_name = "Rian de RIC";
    auto r1 = db().Write([&](Tx& tx) { return tx.users().Insert(ric); });
    ASSERT_TRUE(r1.ok()) << Describe(r1.error());
    ric_ = *r1;
    auto r2 = db().Write([&](Tx& tx) { return tx.users().Insert(MakeUser("ric.two")); });
    ASSERT_TRUE(r2.ok());
    ric_two_ = *r2;
  }

  core::RevalidantId Insert(const RevalidantData& d, std::int64_t t = 0) {
    auto id = db().Write([&](Tx& tx) { return tx.revalidanten().Insert(d, At(t)); });
    EXPECT_TRUE(id.ok()) << Describe(id.error());
    return id.ok() ? *id : core::RevalidantId{};
  }
  RevalidantDetail Get(core::RevalidantId id) {
    auto d = db().Read([&](Tx& tx) { return tx.revalidanten().Get(id); });
    EXPECT_TRUE(d.ok()) << Describe(d.error());
    return d.ok() ? *d : RevalidantDetail{};
  }
  Page<RevalidantSummary> Search(const std::string& text, CaseloadScope scope = {true, {}, {}},
                                 PageRequest page = {}) {
    RevalidantQuery q{text, scope, page};
    auto p = db().Read([&](Tx& tx) { return tx.revalidanten().Search(q); });
    EXPECT_TRUE(p.ok()) << Describe(p.error());
    return p.ok() ? *p : Page<RevalidantSummary>{};
  }
  static std::vector<std::string> Names(const Page<RevalidantSummary>& p) {
    std::vector<std::string> out;
    for (const auto& s : p.items) out.push_back(s.given_names + " " + s.family_name);
    return out;
  }

  RevalidantData Full() {
    RevalidantData d = MakeRevalidant("Jan Pieter", "de Vries", "1980-05-01", "111222333");
    d.contact = {"jan@example.test", "0600000000", "Teststraat 1", "1234 AB", "Teststad"};
    d.naaste = domain::registry::Naaste{"Els de Vries", "partner", "0611111111", "els@example.test"};
    d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
    d.employer = domain::registry::Employer{"Testbedrijf BV", "Mw. Test", "0201234567",
                                            "hr@example.test", "Industrieweg 2, Teststad"};
    d.function_title = "Magazijnmedewerker";
    d.hours_per_week = 32.5;
    d.bedrijfsarts = domain::registry::BedrijfsartsContact{"Dr. Test", "Arbo Test",
                                                           "0301234567", "arbo@example.test"};
    d.team_id = team_a_;
    d.ric_user_id = ric_;
    return d;
  }

  core::TeamId team_a_, team_b_;
  core::UserId ric_, ric_two_;
};

TEST_P(RevalidantenTest, InsertThenGetRoundTripsEveryField) {
  RevalidantData in = Full();
  core::RevalidantId id = Insert(in, 60);
  ASSERT_TRUE(id.valid());
  RevalidantDetail out = Get(id);
  EXPECT_EQ(out.revalidant.id, id);
  EXPECT_EQ(out.revalidant.version, 1);
  ExpectSameData(out.revalidant.data, in);
  EXPECT_EQ(out.revalidant.created_at, At(60));
  EXPECT_EQ(out.revalidant.updated_at, At(60));
  EXPECT_EQ(out.team_name, "Team A");
  EXPECT_EQ(out.ric_name, "Rian de RIC");
}

TEST_P(RevalidantenTest, InsertWithoutOptionalPartsRoundTrips) {
  RevalidantData in = MakeRevalidant("Kees", "Test", "1966-12-31");
  in.employment_status = domain::registry::EmploymentStatus::kZzp;
  core::RevalidantId id = Insert(in);
  RevalidantDetail out = Get(id);
  ExpectSameData(out.revalidant.data, in);
  EXPECT_FALSE(out.revalidant.data.bsn.has_value());
  EXPECT_FALSE(out.revalidant.data.hours_per_week.has_value());
  EXPECT_FALSE(out.revalidant.data.naaste.has_value());
  EXPECT_FALSE(out.revalidant.data.employer.has_value());
  EXPECT_FALSE(out.revalidant.data.bedrijfsarts.has_value());
  EXPECT_FALSE(out.revalidant.data.team_id.valid());
  EXPECT_FALSE(out.revalidant.data.ric_user_id.valid());
  EXPECT_EQ(out.team_name, "");
  EXPECT_EQ(out.ric_name, "");
}

TEST_P(RevalidantenTest, GetOfAnAbsentRevalidantIsNotFound) {
  auto r = db().Read([&](Tx& tx) { return tx.revalidanten().Get(core::RevalidantId{31337}); });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kNotFound);
}

TEST_P(RevalidantenTest, ATakenBsnIsAConflictOnTheBsnField) {
  Insert(MakeRevalidant("Een", "Test", "1970-01-01", "111222333"));
  // Several revalidanten without a BSN are fine.
  Insert(MakeRevalidant("Twee", "Test", "1970-01-01"));
  Insert(MakeRevalidant("Drie", "Test", "1970-01-01"));
  auto r = db().Write([&](Tx& tx) {
    return tx.revalidanten().Insert(MakeRevalidant("Vier", "Test", "1970-01-01", "111222333"),
                                    At(0));
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_EQ(r.error().fields[0].path, "bsn");
  EXPECT_EQ(r.error().fields[0].code, "taken");
  EXPECT_EQ(Search("").total, 3);
}

TEST_P(RevalidantenTest, UpdateChecksTheVersion) {
  core::RevalidantId id = Insert(Full(), 0);
  core::RevalidantId other = Insert(MakeRevalidant("Ander", "Test", "1970-01-01", "123456782"));
  RevalidantData changed = Full();
  changed.family_name = "Jansen";
  changed.employer.reset();
  changed.hours_per_week.reset();
  changed.team_id = team_b_;
  changed.ric_user_id = ric_two_;
  auto v =
      db().Write([&](Tx& tx) { return tx.revalidanten().Update(id, 1, changed, nullptr, At(99)); });
  ASSERT_TRUE(v.ok()) << Describe(v.error());
  EXPECT_EQ(*v, 2);
  RevalidantDetail out = Get(id);
  EXPECT_EQ(out.revalidant.version, 2);
  ExpectSameData(out.revalidant.data, changed);
  EXPECT_EQ(out.revalidant.created_at, At(0));
  EXPECT_EQ(out.revalidant.updated_at, At(99));
  EXPECT_EQ(out.team_name, "Team B");

  RevalidantData stale = changed;
  stale.family_name = "Verloren";
  auto s =
      db().Write([&](Tx& tx) { return tx.revalidanten().Update(id, 1, stale, nullptr, At(100)); });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(Get(id).revalidant.data.family_name, "Jansen");
  EXPECT_EQ(Get(id).revalidant.version, 2);

  auto absent = db().Write(
      [&](Tx& tx) {
        return tx.revalidanten().Update(core::RevalidantId{9999}, 1, changed, nullptr, At(1));
      });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);

  RevalidantData taken = Get(other).revalidant.data;
  taken.bsn = "111222333";
  auto t =
      db().Write([&](Tx& tx) { return tx.revalidanten().Update(other, 1, taken, nullptr, At(2)); });
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(t.error().fields.size(), 1u);
  EXPECT_EQ(t.error().fields[0].path, "bsn");
}

// With the stored data given, an update that keeps the date of birth, BSN, team and RIC does
// not assign those columns (SqlRevalidantRepo: UpdateRevalidant<false>); one that changes any
// of them writes them all. Either way the record reads back as written and stays findable by
// its keys.
TEST_P(RevalidantenTest, UpdateWithTheStoredDataWritesEveryChangedField) {
  core::RevalidantId id = Insert(Full(), 0);
  core::RevalidantId other = Insert(MakeRevalidant("Ander", "Test", "1970-01-01", "123456782"));
  auto update = [&](core::RevalidantId rid, const RevalidantData& data, std::int64_t at) {
    return db().Write([&](Tx& tx) -> core::Result<std::int64_t> {
      WP_ASSIGN_OR_RETURN(auto stored, tx.revalidanten().Get(rid));
      return tx.revalidanten().Update(rid, stored.revalidant.version, data,
                                      &stored.revalidant.data, At(at));
    });
  };
  // Keys kept: the other fields change, the keys are still there.
  RevalidantData same_keys = Full();
  same_keys.family_name = "Jansen";
  same_keys.contact.phone = "06-11112222";
  same_keys.employer.reset();
  same_keys.hours_per_week.reset();
  auto v = update(id, same_keys, 10);
  ASSERT_TRUE(v.ok()) << Describe(v.error());
  EXPECT_EQ(*v, 2);
  RevalidantDetail out = Get(id);
  ExpectSameData(out.revalidant.data, same_keys);
  EXPECT_EQ(out.revalidant.updated_at, At(10));
  EXPECT_EQ(Search(same_keys.bsn.value_or("")).total, 1);
  EXPECT_EQ(Search("Jansen").total, 1);

  // Each key changed on its own is written (and the others kept).
  RevalidantData moved = same_keys;
  moved.team_id = team_b_;
  ASSERT_TRUE(update(id, moved, 11).ok());
  EXPECT_EQ(Get(id).team_name, "Team B");
  moved.ric_user_id = ric_two_;
  ASSERT_TRUE(update(id, moved, 12).ok());
  moved.date_of_birth = *core::ParseDate("1961-02-03");
  ASSERT_TRUE(update(id, moved, 13).ok());
  moved.bsn.reset();
  ASSERT_TRUE(update(id, moved, 14).ok());
  out = Get(id);
  ExpectSameData(out.revalidant.data, moved);
  EXPECT_EQ(out.revalidant.version, 6);

  // A BSN another revalidant has is still refused, the record unchanged.
  RevalidantData theirs = Get(other).revalidant.data;
  moved.bsn = "123456782";
  auto t = update(id, moved, 15);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(t.error().fields.size(), 1u);
  EXPECT_EQ(t.error().fields[0].path, "bsn");
  ExpectSameData(Get(id).revalidant.data, out.revalidant.data);
  ExpectSameData(Get(other).revalidant.data, theirs);
}

// On SQLite the writer keeps the records it read between batches (RevalidantCache). Every way a
// record can change must reach the next read on the writer: another connection's commit, a
// second process, a change of the RIC's name through the writer, and a rolled-back unit that
// changed and read the record. (On PostgreSQL nothing is kept; the same reads must hold.)
TEST_P(RevalidantenTest, TheWriterSeesEveryChangeOfARecordItReadBefore) {
  core::RevalidantId id = Insert(Full(), 0);
  auto read = [&] {
    auto d = db().Write([&](Tx& tx) { return tx.revalidanten().Get(id); });
    EXPECT_TRUE(d.ok()) << Describe(d.error());
    return d.ok() ? *d : RevalidantDetail{};
  };
  EXPECT_EQ(read().revalidant.data.family_name, "de Vries");
  EXPECT_EQ(read().ric_name, "Rian de RIC");

  // Another connection commits.
  {
    auto raw = RawSession();
    long long rid = id.value;
    *raw << "UPDATE revalidant SET family_name = 'Extern', version = version + 1 WHERE id = :id",
        soci::use(rid);
  }
  RevalidantDetail now = read();
  EXPECT_EQ(now.revalidant.data.family_name, "Extern");
  EXPECT_EQ(now.revalidant.version, 2);

  // The RIC's name changes through this writer.
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Result<std::int64_t> {
    WP_ASSIGN_OR_RETURN(auto user, tx.users().Get(ric_));
    user.display_name = "Rian Hernoemd";
    return tx.users().UpdateProfile(user);
  }));
  EXPECT_EQ(read().ric_name, "Rian Hernoemd");

  // A unit changes and reads the record, then fails: rolled back, nothing of it stays.
  auto failed = db().Write([&](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto stored, tx.revalidanten().Get(id));
    RevalidantData data = stored.revalidant.data;
    data.family_name = "Teruggedraaid";
    auto updated = tx.revalidanten().Update(id, stored.revalidant.version, data,
                                            &stored.revalidant.data, At(50));
    if (!updated.ok()) return std::move(updated).error();
    WP_ASSIGN_OR_RETURN(auto changed, tx.revalidanten().Get(id));
    EXPECT_EQ(changed.revalidant.data.family_name, "Teruggedraaid");
    return core::Error::Conflict("the test gives up");
  });
  ASSERT_FALSE(failed.ok());
  now = read();
  EXPECT_EQ(now.revalidant.data.family_name, "Extern");
  EXPECT_EQ(now.revalidant.version, 2);

  // An update through this writer: the next read has it (kept again as written).
  RevalidantData data = now.revalidant.data;
  data.function_title = "Planner";
  auto v = db().Write([&](Tx& tx) -> core::Result<std::int64_t> {
    WP_ASSIGN_OR_RETURN(auto stored, tx.revalidanten().Get(id));
    return tx.revalidanten().Update(id, stored.revalidant.version, data, &stored.revalidant.data,
                                    At(60));
  });
  ASSERT_TRUE(v.ok()) << Describe(v.error());
  now = read();
  ExpectSameData(now.revalidant.data, data);
  EXPECT_EQ(now.revalidant.version, 3);
  EXPECT_EQ(now.revalidant.updated_at, At(60));
  EXPECT_EQ(now.revalidant.created_at, At(0));
  EXPECT_EQ(now.team_name, "Team A");

  // A second process changes it.
  auto second = OpenDatabase();
  data.function_title = "Teamleider";
  WP_ASSERT_OK(second->Write([&](Tx& tx) -> core::Result<std::int64_t> {
    return tx.revalidanten().Update(id, 3, data, nullptr, At(70));
  }));
  now = read();
  EXPECT_EQ(now.revalidant.data.function_title, "Teamleider");
  EXPECT_EQ(now.revalidant.version, 4);
}

class RevalidantSearchTest : public RevalidantenTest {
 protected:
  void SetUp() override {
    RevalidantenTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto jan = MakeRevalidant("Jan", "de Vries", "1980-05-01", "111222333");
    jan.team_id = team_a_;
    jan.ric_user_id = ric_;
    auto anna = MakeRevalidant("Anna", "Jansen", "1975-02-03");
    anna.team_id = team_b_;
    anna.employment_status = domain::registry::EmploymentStatus::kWerkzoekend;
    auto emile = MakeRevalidant("\xC3\x89mile", "Br\xC3\xBBl\xC3\xA9", "1990-01-01");
    emile.team_id = team_a_;
    auto piet = MakeRevalidant("Piet", "Janssens", "1962-07-08");
    piet.ric_user_id = ric_;
    auto odd = MakeRevalidant("Procent", "Test_Naam", "1999-09-09");
    for (const auto& d : {jan, anna, emile, piet, odd}) Insert(d);
  }
};

TEST_P(RevalidantSearchTest, ByNamePartCaseAndAccentInsensitive) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Names(Search("jans")), (V{"Anna Jansen", "Piet Janssens"}));
  EXPECT_EQ(Names(Search("JANS")), (V{"Anna Jansen", "Piet Janssens"}));
  EXPECT_EQ(Names(Search("  vries ")), (V{"Jan de Vries"}));
  EXPECT_EQ(Names(Search("jan de")), (V{"Jan de Vries"}));
  EXPECT_EQ(Names(Search("emile")), (V{"\xC3\x89mile Br\xC3\xBBl\xC3\xA9"}));
  EXPECT_EQ(Names(Search("BR\xC3\x9BL\xC3\x89")), (V{"\xC3\x89mile Br\xC3\xBBl\xC3\xA9"}));
  EXPECT_EQ(Search("xyz").total, 0);
  // LIKE wildcards in the text are literal.
  EXPECT_EQ(Search("%").total, 0);
  EXPECT_EQ(Names(Search("s_n")), V{}) << "_ would match the 'sen' of Jansen";
  EXPECT_EQ(Names(Search("test_n")), (V{"Procent Test_Naam"}));
}

TEST_P(RevalidantSearchTest, ByExactBsnAndByDateOfBirth) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Names(Search("111222333")), (V{"Jan de Vries"}));
  EXPECT_EQ(Names(Search("111.222.333")), (V{"Jan de Vries"}));
  EXPECT_EQ(Search("111222334").total, 0);
  EXPECT_EQ(Search("11122233").total, 0) << "a BSN part is not a match";
  EXPECT_EQ(Names(Search("1975-02-03")), (V{"Anna Jansen"}));
  EXPECT_EQ(Names(Search("03-02-1975")), (V{"Anna Jansen"}));
  EXPECT_EQ(Search("1975-02-04").total, 0);
}

TEST_P(RevalidantSearchTest, SummaryCarriesTeamAndRicNames) {
  auto p = Search("jan de vries");
  ASSERT_EQ(p.items.size(), 1u);
  const auto& s = p.items[0];
  EXPECT_TRUE(s.id.valid());
  EXPECT_EQ(s.given_names, "Jan");
  EXPECT_EQ(s.family_name, "de Vries");
  EXPECT_EQ(s.date_of_birth, core::ParseDate("1980-05-01").value());
  EXPECT_EQ(s.employment_status, domain::registry::EmploymentStatus::kLoondienst);
  EXPECT_EQ(s.team_id, team_a_);
  EXPECT_EQ(s.team_name, "Team A");
  EXPECT_EQ(s.ric_user_id, ric_);
  EXPECT_EQ(s.ric_name, "Rian de RIC");
  auto anna = Search("anna");
  ASSERT_EQ(anna.items.size(), 1u);
  EXPECT_EQ(anna.items[0].employment_status, domain::registry::EmploymentStatus::kWerkzoekend);
  EXPECT_FALSE(anna.items[0].ric_user_id.valid());
  EXPECT_EQ(anna.items[0].ric_name, "");
}

TEST_P(RevalidantSearchTest, CaseloadScopeIsAppliedWithTheText) {
  using V = std::vector<std::string>;
  const std::string emile = "\xC3\x89mile Br\xC3\xBBl\xC3\xA9";
  EXPECT_EQ(Search("", {true, {}, {}}).total, 5);
  EXPECT_EQ(Names(Search("", {false, {team_a_}, {}})), (V{emile, "Jan de Vries"}));
  // Ordered by family name, then given names, bytewise ("de Vries" after the capitals).
  EXPECT_EQ(Names(Search("", {false, {}, ric_})), (V{"Piet Janssens", "Jan de Vries"}));
  EXPECT_EQ(Names(Search("", {false, {team_b_}, ric_})),
            (V{"Anna Jansen", "Piet Janssens", "Jan de Vries"}));
  EXPECT_EQ(Names(Search("", {false, {team_a_, team_b_}, {}})),
            (V{emile, "Anna Jansen", "Jan de Vries"}));
  EXPECT_EQ(Names(Search("jans", {false, {team_a_}, {}})), V{});
  EXPECT_EQ(Names(Search("jans", {false, {team_a_}, ric_})), (V{"Piet Janssens"}));
  EXPECT_EQ(Search("", {false, {}, ric_two_}).total, 0);
  // An empty scope sees nothing.
  auto none = Search("", {false, {}, {}});
  EXPECT_EQ(none.total, 0);
  EXPECT_TRUE(none.items.empty());
}

TEST_P(RevalidantenTest, SearchPagesInNameOrderWithTotal) {
  WP_ASSERT_OK(db().Write([&](Tx& tx) -> core::Status {
    for (int i = 24; i >= 0; --i) {
      auto d = MakeRevalidant("Persoon", fmt::format("Test{:02}", i), "1970-01-01");
      auto r = tx.revalidanten().Insert(d, At(i));
      if (!r.ok()) return r.error();
    }
    return core::Ok();
  }));
  auto p2 = Search("persoon", {true, {}, {}}, {2, 10});
  EXPECT_EQ(p2.total, 25);
  EXPECT_EQ(p2.page, 2);
  EXPECT_EQ(p2.page_size, 10);
  ASSERT_EQ(p2.items.size(), 10u);
  EXPECT_EQ(p2.items.front().family_name, "Test10");
  EXPECT_EQ(p2.items.back().family_name, "Test19");
  auto p3 = Search("", {true, {}, {}}, {3, 10});
  EXPECT_EQ(p3.total, 25);
  ASSERT_EQ(p3.items.size(), 5u);
  EXPECT_EQ(p3.items.back().family_name, "Test24");
  EXPECT_TRUE(Search("", {true, {}, {}}, {4, 10}).items.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, RevalidantenTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);
INSTANTIATE_TEST_SUITE_P(Backends, RevalidantSearchTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
