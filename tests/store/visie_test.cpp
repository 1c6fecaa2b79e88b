// Store contract cases of the re-integratievisie and document repositories (store/visie.hpp,
// migration 0006): one visie per trajectory, versions with hashes, stale updates, the signature
// columns with the sharing choice, comments, documents with their bytes, and the logo. Each case
// runs on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using domain::identity::Role;

class VisieStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    WP_ASSERT_OK_AND_ASSIGN(ric_, db().Write([](Tx& tx) {
      return tx.users().Insert(MakeUser("ric.visie", Role::kRic));
    }));
    WP_ASSERT_OK_AND_ASSIGN(revalidant_, db().Write([](Tx& tx) {
      return tx.revalidanten().Insert(MakeRevalidant("Test", "Visie", "1980-01-02"), At(0));
    }));
    const TrajectoryRecord r = MakeTrajectory(revalidant_, ric_, At(1));
    WP_ASSERT_OK_AND_ASSIGN(trajectory_,
                            db().Write([&](Tx& tx) { return tx.agr().InsertTrajectory(r); }));
  }

  VisieRecord NewVisie() {
    VisieRecord v;
    v.trajectory_id = trajectory_;
    v.status = "draft";
    v.content_json = R"({"verloop":"x"})";
    v.content_sha256 = core::Sha256Hex(v.content_json);
    v.created_by = v.updated_by = ric_;
    v.created_at = v.updated_at = At(10);
    return v;
  }

  VisieVersionRecord Row(const VisieRecord& v, const char* event) {
    return {0, v.status, event, "", v.content_json, v.content_sha256, ric_, v.updated_at};
  }

  core::UserId ric_;
  core::RevalidantId revalidant_;
  core::TrajectId trajectory_;
};

TEST_P(VisieStoreTest, OnePerTrajectoryWithVersionsAndStaleUpdatesRefused) {
  VisieRecord v = NewVisie();
  WP_ASSERT_OK_AND_ASSIGN(
      std::int64_t id, db().Write([&](Tx& tx) { return tx.visie().Insert(v, Row(v, "created")); }));
  auto dup = db().Write([&](Tx& tx) { return tx.visie().Insert(v, Row(v, "created")); });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);

  WP_ASSERT_OK_AND_ASSIGN(
      auto found, db().Read([&](Tx& tx) { return tx.visie().FindByTrajectory(trajectory_); }));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, id);
  EXPECT_EQ(found->version, 1);
  EXPECT_EQ(found->revalidant_id, revalidant_);
  EXPECT_EQ(found->content_sha256, v.content_sha256);
  EXPECT_FALSE(found->signature.has_value());

  VisieRecord next = *found;
  next.content_json = R"({"verloop":"y"})";
  next.content_sha256 = core::Sha256Hex(next.content_json);
  next.updated_at = At(20);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t v2, db().Write([&](Tx& tx) {
    return tx.visie().Update(next, 1, Row(next, "saved"));
  }));
  EXPECT_EQ(v2, 2);
  auto stale = db().Write([&](Tx& tx) { return tx.visie().Update(next, 1, Row(next, "saved")); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);

  WP_ASSERT_OK_AND_ASSIGN(auto versions,
                          db().Read([&](Tx& tx) { return tx.visie().ListVersions(id); }));
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].event, "created");
  EXPECT_EQ(versions[1].version, 2);
  EXPECT_EQ(versions[1].content_json, R"({"verloop":"y"})");
  WP_ASSERT_OK_AND_ASSIGN(auto first,
                          db().Read([&](Tx& tx) { return tx.visie().GetVersion(id, 1); }));
  EXPECT_EQ(first.content_json, R"({"verloop":"x"})");
  auto missing = db().Read([&](Tx& tx) { return tx.visie().GetVersion(id, 9); });
  EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
}

TEST_P(VisieStoreTest, SignatureWithTheSharingChoiceAndComments) {
  VisieRecord v = NewVisie();
  WP_ASSERT_OK_AND_ASSIGN(
      std::int64_t id, db().Write([&](Tx& tx) { return tx.visie().Insert(v, Row(v, "created")); }));
  v.id = id;
  v.status = "signed";
  VisieSignatureRecord sig;
  sig.method = "paper";
  sig.recorded_by = ric_;
  sig.recorded_at = At(30);
  sig.signed_on = *core::ParseDate("2026-12-01");
  sig.signed_version = 1;
  sig.content_sha256 = v.content_sha256;
  sig.share_with = {"werkgever", "bedrijfsarts"};
  v.signature = sig;
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.visie().Update(v, 1, Row(v, "signed")); }));
  WP_ASSERT_OK_AND_ASSIGN(
      auto got, db().Read([&](Tx& tx) { return tx.visie().FindByTrajectory(trajectory_); }));
  ASSERT_TRUE(got.has_value());
  const VisieRecord rec = *got;
  EXPECT_EQ(rec.status, "signed");
  ASSERT_TRUE(rec.signature.has_value());
  const VisieSignatureRecord s = rec.signature.value_or(VisieSignatureRecord{});
  EXPECT_EQ(s.method, "paper");
  EXPECT_FALSE(s.signed_by.valid());
  EXPECT_EQ(s.recorded_by, ric_);
  EXPECT_EQ(s.recorded_at, At(30));
  EXPECT_EQ(s.signed_on, *core::ParseDate("2026-12-01"));
  EXPECT_EQ(s.content_sha256, v.content_sha256);
  EXPECT_EQ(s.share_with, (std::vector<std::string>{"werkgever", "bedrijfsarts"}));

  VisieCommentRecord c{0, 1, "advies", "Graag concreter.", "fysiotherapie", ric_, At(25)};
  WP_ASSERT_OK(db().Write([&](Tx& tx) { return tx.visie().AddComment(id, c); }));
  WP_ASSERT_OK_AND_ASSIGN(auto comments,
                          db().Read([&](Tx& tx) { return tx.visie().ListComments(id); }));
  ASSERT_EQ(comments.size(), 1u);
  EXPECT_EQ(comments[0].text, "Graag concreter.");
  EXPECT_EQ(comments[0].section, "advies");
  EXPECT_EQ(comments[0].on_version, 1);
}

TEST_P(VisieStoreTest, DocumentsKeepTheirBytesAndHashAndListNewestFirst) {
  std::string bytes("%PDF-1.5\0binary\xff\x00tail", 22);
  GeneratedDocument d;
  d.trajectory_id = trajectory_;
  d.revalidant_id = revalidant_;
  d.kind = "folder_agr";
  d.audience = "algemeen";
  d.title = "Folder";
  d.filename = "folder_agr.pdf";
  d.size = static_cast<std::int64_t>(bytes.size());
  d.sha256 = core::Sha256Hex(bytes);
  d.created_by = ric_;
  d.created_at = At(40);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t first,
                          db().Write([&](Tx& tx) { return tx.documents().Insert(d, bytes); }));
  d.kind = "formulier_7";
  d.source_version = 3;
  d.created_at = At(50);
  WP_ASSERT_OK_AND_ASSIGN(std::int64_t second,
                          db().Write([&](Tx& tx) { return tx.documents().Insert(d, "x"); }));
  WP_ASSERT_OK_AND_ASSIGN(auto list,
                          db().Read([&](Tx& tx) { return tx.documents().ListOf(trajectory_); }));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, second);
  EXPECT_EQ(list[0].source_version, 3);
  EXPECT_EQ(list[1].id, first);
  EXPECT_EQ(list[1].sha256, core::Sha256Hex(bytes));
  WP_ASSERT_OK_AND_ASSIGN(auto got, db().Read([&](Tx& tx) { return tx.documents().Bytes(first); }));
  EXPECT_EQ(got, bytes);
  EXPECT_EQ(core::Sha256Hex(got), list[1].sha256);
  auto absent = db().Read([&](Tx& tx) { return tx.documents().Get(999999); });
  EXPECT_EQ(absent.error().code, core::ErrorCode::kNotFound);
}

TEST_P(VisieStoreTest, LogoSetReplaceAndDelete) {
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([](Tx& tx) { return tx.documents().GetLogo(); }));
  EXPECT_FALSE(none.has_value());
  std::string png("\x89PNG\r\n\x1a\n\x00\x01", 10);
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.documents().SetLogo({png, core::Sha256Hex(png), ric_, At(5)});
  }));
  WP_ASSERT_OK(db().Write([&](Tx& tx) {
    return tx.documents().SetLogo({png + "2", core::Sha256Hex(png + "2"), ric_, At(6)});
  }));
  WP_ASSERT_OK_AND_ASSIGN(auto got, db().Read([](Tx& tx) { return tx.documents().GetLogo(); }));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->png, png + "2");
  EXPECT_EQ(got->updated_at, At(6));
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.documents().DeleteLogo(); }));
  WP_ASSERT_OK_AND_ASSIGN(auto gone, db().Read([](Tx& tx) { return tx.documents().GetLogo(); }));
  EXPECT_FALSE(gone.has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, VisieStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
