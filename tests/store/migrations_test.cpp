#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <thread>

#include "store/sql/migrations.hpp"
#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

TEST(MigrationFiles, BothDialectsHoldTheSameNumbersAndNames) {
  auto sqlite = sql::MigrationsFor(sql::Dialect::kSqlite);
  auto postgres = sql::MigrationsFor(sql::Dialect::kPostgres);
  ASSERT_FALSE(sqlite.empty());
  ASSERT_EQ(sqlite.size(), postgres.size());
  for (std::size_t i = 0; i < sqlite.size(); ++i) {
    EXPECT_EQ(sqlite[i].version, postgres[i].version);
    EXPECT_EQ(sqlite[i].name, postgres[i].name);
    // NNNN_name, numbered 1, 2, 3, ... without gaps.
    EXPECT_EQ(sqlite[i].version, static_cast<int>(i) + 1) << sqlite[i].name;
    ASSERT_GE(sqlite[i].name.size(), 6u);
    for (int c = 0; c < 4; ++c) {
      EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(sqlite[i].name[c]))) << sqlite[i].name;
    }
    EXPECT_EQ(sqlite[i].name[4], '_') << sqlite[i].name;
    EXPECT_FALSE(sqlite[i].sql.empty());
    EXPECT_FALSE(postgres[i].sql.empty());
  }
}

class MigrationTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<ScratchDatabase>(GetParam());
    if (scratch_->skipped()) GTEST_SKIP() << "WERKPAD_TEST_PG_URL_FILE is not set";
  }
  std::unique_ptr<ScratchDatabase> scratch_;
};

TEST_P(MigrationTest, AppliesEverythingOnceAndIsIdempotent) {
  const int latest = sql::MigrationsFor(scratch_->url().dialect).back().version;
  WP_ASSERT_OK_AND_ASSIGN(int before, sql::CurrentVersion(scratch_->url()));
  EXPECT_EQ(before, 0);

  WP_ASSERT_OK_AND_ASSIGN(auto first, sql::Migrate(scratch_->url(), 1000));
  EXPECT_EQ(first.from_version, 0);
  EXPECT_EQ(first.to_version, latest);
  EXPECT_EQ(first.applied.size(), sql::MigrationsFor(scratch_->url().dialect).size());
  EXPECT_EQ(first.applied.front(), "0001_platform");

  WP_ASSERT_OK_AND_ASSIGN(auto second, sql::Migrate(scratch_->url(), 2000));
  EXPECT_EQ(second.from_version, latest);
  EXPECT_EQ(second.to_version, latest);
  EXPECT_TRUE(second.applied.empty());
  WP_ASSERT_OK_AND_ASSIGN(int after, sql::CurrentVersion(scratch_->url()));
  EXPECT_EQ(after, latest);

  // The seeded rows exist exactly once.
  auto db = sql::SqlDatabase::Open(scratch_->url(), {});
  ASSERT_TRUE(db.ok()) << Describe(db.error());
  auto inst = (*db)->Read([](Tx& tx) { return tx.organisation().GetInstitution(); });
  ASSERT_TRUE(inst.ok()) << Describe(inst.error());
  EXPECT_EQ(inst->version, 1);
  EXPECT_EQ(inst->ric_model, "vast");
  auto head = (*db)->Read([](Tx& tx) { return tx.audit().StoredHead(); });
  ASSERT_TRUE(head.ok()) << Describe(head.error());
  EXPECT_EQ(head->seq, 0);
  EXPECT_EQ(head->hash, std::string(64, '0'));

  auto raw = sql::Open(scratch_->url(), sql::ConnectionRole::kWriter);
  ASSERT_TRUE(raw.ok());
  long long rows = 0, institutions = 0;
  **raw << "SELECT COUNT(*) FROM schema_migration", soci::into(rows);
  **raw << "SELECT COUNT(*) FROM institution", soci::into(institutions);
  EXPECT_EQ(rows, static_cast<long long>(sql::MigrationsFor(scratch_->url().dialect).size()));
  EXPECT_EQ(institutions, 1);
}

TEST_P(MigrationTest, ConcurrentMigratorsBothSucceed) {
  // Several nodes starting at once all run `migrate`: each must succeed, once applied.
  constexpr int kMigrators = 4;
  std::vector<core::Result<sql::MigrationReport>> results(kMigrators,
                                                          core::Error::Internal("not run"));
  std::vector<std::thread> threads;
  for (int i = 0; i < kMigrators; ++i) {
    threads.emplace_back([&, i] { results[i] = sql::Migrate(scratch_->url(), 1000 + i); });
  }
  for (auto& t : threads) t.join();
  std::size_t applied = 0;
  for (auto& r : results) {
    ASSERT_TRUE(r.ok()) << Describe(r.error());
    applied += r->applied.size();
  }
  EXPECT_EQ(applied, sql::MigrationsFor(scratch_->url().dialect).size());
  WP_ASSERT_OK_AND_ASSIGN(int after, sql::CurrentVersion(scratch_->url()));
  EXPECT_EQ(after, sql::MigrationsFor(scratch_->url().dialect).back().version);
}

// 0012 and 0013 move the per-client and per-user lookups of audit entries from indexes on
// audit_log to audit_client and audit_user: the entries a database already holds are indexed and
// the mark set after the last of them.
TEST_P(MigrationTest, AuditClientAndUserIndexesAreFilledFromTheExistingEntries) {
  WP_ASSERT_OK(sql::Migrate(scratch_->url(), 1000));
  auto raw = sql::Open(scratch_->url(), sql::ConnectionRole::kWriter);
  ASSERT_TRUE(raw.ok());
  soci::session& s = **raw;
  // Back to the schema before 0012, with three entries (two with a client, all by user 1).
  s << "DROP TABLE audit_client";
  s << "DROP TABLE audit_user";
  s << "DROP TABLE audit_index_mark";
  s << "CREATE INDEX audit_log_client ON audit_log(client_id, at_ms)";
  s << "CREATE INDEX audit_log_user ON audit_log(user_id, at_ms)";
  s << "DELETE FROM schema_migration WHERE version >= 12";
  for (long long seq : {1LL, 2LL, 3LL}) {
    long long client = seq == 2 ? 0 : 10 + seq;
    s << "INSERT INTO audit_log (seq, at_ms, user_id, role, on_behalf_of, client_id, action,"
         " object_type, object_id, outcome, source_address, request_id, detail, prev_hash, hash)"
         " VALUES (:s, :at, 1, 'ric', 0, :c, 'read', 'revalidant', '1', 'success', '127.0.0.1',"
         " 'r', '', 'p', 'h')",
        soci::use(seq), soci::use(seq * 1000), soci::use(client);
  }
  WP_ASSERT_OK_AND_ASSIGN(auto report, sql::Migrate(scratch_->url(), 2000));
  ASSERT_EQ(report.applied.size(), 2u);
  EXPECT_EQ(report.applied.front(), "0012_audit_client_index");
  EXPECT_EQ(report.applied.back(), "0013_audit_user_index");
  long long rows = 0, mark = 0, first_client = 0, last_seq = 0, user_rows = 0;
  s << "SELECT COUNT(*) FROM audit_client", soci::into(rows);
  s << "SELECT COUNT(*) FROM audit_user WHERE user_id = 1", soci::into(user_rows);
  s << "SELECT seq FROM audit_index_mark WHERE id = 1", soci::into(mark);
  s << "SELECT MIN(client_id) FROM audit_client", soci::into(first_client);
  s << "SELECT MAX(seq) FROM audit_client", soci::into(last_seq);
  EXPECT_EQ(rows, 2);
  EXPECT_EQ(user_rows, 3);
  EXPECT_EQ(mark, 3);
  EXPECT_EQ(first_client, 11);
  EXPECT_EQ(last_seq, 3);
}

TEST(SqliteMigration, AGarbageDatabaseFileIsUnavailableNotACrash) {
  ScratchDatabase scratch(Backend::kSqlite);
  {
    std::ofstream out(scratch.url().target, std::ios::binary);
    out << std::string(8192, 'x');
  }
  auto r = sql::Migrate(scratch.url(), 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::ErrorCode::kUnavailable);
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
