#include <gtest/gtest.h>

#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using StoreOrganisationTest = StoreTest;

TEST_P(StoreOrganisationTest, TeamsAreListedByNameAndNamesAreUnique) {
  core::TeamId zuid, noord;
  {
    WP_ASSERT_OK_AND_ASSIGN(zuid, db().Write([](Tx& tx) { return tx.organisation().InsertTeam("Zuid"); }));
  }
  {
    WP_ASSERT_OK_AND_ASSIGN(noord, db().Write([](Tx& tx) { return tx.organisation().InsertTeam("Noord"); }));
  }
  EXPECT_NE(zuid, noord);
  WP_ASSERT_OK_AND_ASSIGN(auto teams, db().Read([](Tx& tx) { return tx.organisation().ListTeams(); }));
  ASSERT_EQ(teams.size(), 2u);
  EXPECT_EQ(teams[0].name, "Noord");
  EXPECT_EQ(teams[0].id, noord);
  EXPECT_EQ(teams[0].version, 1);
  EXPECT_EQ(teams[1].name, "Zuid");

  WP_ASSERT_OK_AND_ASSIGN(auto team, db().Read([&](Tx& tx) { return tx.organisation().GetTeam(zuid); }));
  EXPECT_EQ(team.name, "Zuid");
  EXPECT_EQ(team.id, zuid);
  auto absent = db().Read([](Tx& tx) { return tx.organisation().GetTeam(core::TeamId{404}); });
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);

  auto dup = db().Write([](Tx& tx) { return tx.organisation().InsertTeam("Zuid"); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(dup.error().fields.size(), 1u);
  EXPECT_EQ(dup.error().fields[0].path, "name");
  EXPECT_EQ(dup.error().fields[0].code, "taken");
}

TEST_P(StoreOrganisationTest, DisciplinesBuiltinFirstAndCodesUnique) {
  WP_ASSERT_OK(db().Write([](Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(tx.organisation().InsertDiscipline({"muziektherapie", "Muziektherapie", false}));
    WP_RETURN_IF_ERROR(tx.organisation().InsertDiscipline({"fysiotherapie", "Fysiotherapie", true}));
    return tx.organisation().InsertDiscipline({"ergotherapie", "Ergotherapie", true});
  }));
  WP_ASSERT_OK_AND_ASSIGN(auto list, db().Read([](Tx& tx) { return tx.organisation().ListDisciplines(); }));
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0].code, "ergotherapie");
  EXPECT_TRUE(list[0].builtin);
  EXPECT_EQ(list[1].code, "fysiotherapie");
  EXPECT_EQ(list[2].code, "muziektherapie");
  EXPECT_EQ(list[2].label, "Muziektherapie");
  EXPECT_FALSE(list[2].builtin);

  auto dup = db().Write([](Tx& tx) {
    return tx.organisation().InsertDiscipline({"fysiotherapie", "Fysio (dubbel)", false});
  });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(dup.error().fields.size(), 1u);
  EXPECT_EQ(dup.error().fields[0].code, "taken");
  WP_ASSERT_OK_AND_ASSIGN(auto after, db().Read([](Tx& tx) { return tx.organisation().ListDisciplines(); }));
  EXPECT_EQ(after.size(), 3u);
  EXPECT_EQ(after[1].label, "Fysiotherapie");
}

TEST_P(StoreOrganisationTest, InstitutionUpdateIsVersioned) {
  WP_ASSERT_OK_AND_ASSIGN(Institution inst, db().Read([](Tx& tx) { return tx.organisation().GetInstitution(); }));
  EXPECT_EQ(inst.version, 1);
  Institution stale = inst;

  inst.name = "Revalidatiecentrum Test";
  inst.address = "Zorgpad 1";
  inst.postal_code = "9999 ZZ";
  inst.city = "Teststad";
  inst.phone = "010-0000000";
  inst.email = "info@example.test";
  inst.website = "https://example.test";
  inst.ric_model = "wisselend";
  WP_ASSERT_OK_AND_ASSIGN(auto v, db().Write([&](Tx& tx) { return tx.organisation().UpdateInstitution(inst); }));
  EXPECT_EQ(v, 2);
  WP_ASSERT_OK_AND_ASSIGN(Institution out, db().Read([](Tx& tx) { return tx.organisation().GetInstitution(); }));
  EXPECT_EQ(out.version, 2);
  EXPECT_EQ(out.name, "Revalidatiecentrum Test");
  EXPECT_EQ(out.address, "Zorgpad 1");
  EXPECT_EQ(out.postal_code, "9999 ZZ");
  EXPECT_EQ(out.city, "Teststad");
  EXPECT_EQ(out.phone, "010-0000000");
  EXPECT_EQ(out.email, "info@example.test");
  EXPECT_EQ(out.website, "https://example.test");
  EXPECT_EQ(out.ric_model, "wisselend");

  stale.name = "Verouderd";
  auto conflict = db().Write([&](Tx& tx) { return tx.organisation().UpdateInstitution(stale); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(Institution again, db().Read([](Tx& tx) { return tx.organisation().GetInstitution(); }));
  EXPECT_EQ(again.name, "Revalidatiecentrum Test");
  EXPECT_EQ(again.version, 2);

  // The database refuses an unknown RIC model (an error value, not a crash).
  Institution bad = again;
  bad.ric_model = "anders";
  auto refused = db().Write([&](Tx& tx) { return tx.organisation().UpdateInstitution(bad); });
  EXPECT_FALSE(refused.ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreOrganisationTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
