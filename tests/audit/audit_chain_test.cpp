#include <gtest/gtest.h>
#include <sqlite3.h>

#include <thread>

#include "audit/audit_log.hpp"
#include "audit/chain.hpp"
#include "audit/verify.hpp"
#include "service/fixture.hpp"

namespace werkpad::audit {
namespace {

AuditEvent Event(std::int64_t user, std::string object_id) {
  AuditEvent e;
  e.user_id = core::UserId{user};
  e.role = "ric";
  e.revalidant_id = core::RevalidantId{7};
  e.action = Action::kRead;
  e.object_type = "revalidant";
  e.object_id = std::move(object_id);
  e.source_address = "127.0.0.1";
  e.request_id = "req";
  return e;
}

TEST(AuditChainTest, CanonicalSerialisationIsUnambiguousAndHashCoversEveryField) {
  store::AuditRow a;
  a.seq = 1;
  a.role = "ab";
  a.action = "c";
  store::AuditRow b = a;
  b.role = "a";
  b.action = "bc";
  EXPECT_NE(CanonicalSerialisation(a), CanonicalSerialisation(b));

  a.prev_hash = std::string(kGenesisHash);
  a.hash = ComputeHash(a);
  EXPECT_TRUE(HashMatches(a));
  EXPECT_EQ(a.hash.size(), 64u);
  for (int field = 0; field < 14; ++field) {
    store::AuditRow t = a;
    switch (field) {
      case 0:
        t.seq = 2;
        break;
      case 1:
        t.at += std::chrono::milliseconds(1);
        break;
      case 2:
        t.user_id = core::UserId{1};
        break;
      case 3:
        t.role = "x";
        break;
      case 4:
        t.on_behalf_of = core::UserId{1};
        break;
      case 5:
        t.client_id = core::RevalidantId{1};
        break;
      case 6:
        t.action = "x";
        break;
      case 7:
        t.object_type = "x";
        break;
      case 8:
        t.object_id = "x";
        break;
      case 9:
        t.outcome = "x";
        break;
      case 10:
        t.source_address = "x";
        break;
      case 11:
        t.request_id = "x";
        break;
      case 12:
        t.detail = "x";
        break;
      case 13:
        t.prev_hash = std::string(64, '1');
        break;
    }
    EXPECT_FALSE(HashMatches(t)) << "field " << field;
  }
}

// The stored chain must verify with every later build: the canonical form and the hash of a
// fixed row are pinned here (the hash computed independently with Python's hashlib over
// prev_hash + "\n" + the form). A change of the format needs a new chain version, not an edit.
TEST(AuditChainTest, CanonicalFormAndHashOfAFixedRowNeverChange) {
  store::AuditRow r;
  r.seq = 41;
  r.at = core::FromMillis(1767225600123);
  r.user_id = core::UserId{3};
  r.role = "revalidatiearts";
  r.on_behalf_of = core::UserId{0};
  r.client_id = core::RevalidantId{12};
  r.action = "read";
  r.object_type = "revalidant";
  r.object_id = "12";
  r.outcome = "success";
  r.source_address = "192.0.2.7";
  r.request_id = "9f1c2b3a4d5e6f70";
  r.detail = "q_kind=naam";
  r.prev_hash = std::string(64, 'a');
  EXPECT_EQ(CanonicalSerialisation(r),
            "seq=41\nat=1767225600123\nuser_id=3\nrole=15:revalidatiearts\non_behalf_of=0\n"
            "client_id=12\naction=4:read\nobject_type=10:revalidant\nobject_id=2:12\n"
            "outcome=7:success\nsource_address=9:192.0.2.7\nrequest_id=16:9f1c2b3a4d5e6f70\n"
            "detail=11:q_kind=naam\n");
  EXPECT_EQ(ComputeHash(r), "abbf5cd2e91caadca3be207d46b1a43209e45c84b509e4c67868352df295430a");
}

TEST(AuditChainTest, ActionAndOutcomeCodesRoundTrip) {
  for (Action a :
       {Action::kCreate, Action::kRead, Action::kUpdate, Action::kDelete, Action::kExport,
        Action::kPrint, Action::kShare, Action::kSearch, Action::kLogin}) {
    EXPECT_EQ(ParseAction(ToCode(a)), a);
  }
  for (Outcome o : {Outcome::kSuccess, Outcome::kDenied, Outcome::kFailure}) {
    EXPECT_EQ(ParseOutcome(ToCode(o)), o);
  }
  EXPECT_FALSE(ParseAction("logout").has_value());
  EXPECT_FALSE(ParseOutcome("").has_value());
}

class AuditLogTest : public service::testing::ServiceTest {
 protected:
  // Changes one stored row behind the application's back (the triggers forbid it, so drop them
  // first — as an attacker with file access could).
  void Tamper(const std::string& sql) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(db_path_.c_str(), &raw), SQLITE_OK);
    char* err = nullptr;
    std::string script =
        "DROP TRIGGER IF EXISTS audit_log_no_update;"
        "DROP TRIGGER IF EXISTS audit_log_no_delete;" +
        sql;
    int rc = sqlite3_exec(raw, script.c_str(), nullptr, nullptr, &err);
    std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(raw);
    ASSERT_EQ(rc, SQLITE_OK) << msg;
  }
};

TEST_F(AuditLogTest, AppendsAChainThatVerifies) {
  auto empty = Verify(*db_);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->ok);
  EXPECT_EQ(empty->entries_checked, 0);

  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(Append(*db_, Event(1, std::to_string(i)), clock_.Now()).ok());
  }
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].seq, 1);
  EXPECT_EQ(rows[0].prev_hash, kGenesisHash);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].seq, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(rows[i].prev_hash, rows[i - 1].hash);
  }
  EXPECT_EQ(rows[2].client_id, core::RevalidantId{7});
  EXPECT_EQ(rows[2].action, "read");
  EXPECT_EQ(rows[2].outcome, "success");

  auto report = Verify(*db_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok);
  EXPECT_EQ(report->entries_checked, 5);
}

TEST_F(AuditLogTest, AppendInTxRollsBackWithTheUnit) {
  auto s = db_->WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_RETURN_IF_ERROR(AppendInTx(tx, Event(1, "a"), clock_.Now()));
    return core::Error::Invalid("the change failed");
  });
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(AuditRows().empty());
  ASSERT_TRUE(Append(*db_, Event(1, "b"), clock_.Now()).ok());
  auto rows = AuditRows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].seq, 1);
  EXPECT_TRUE(Verify(*db_)->ok);
}

TEST_F(AuditLogTest, ConcurrentAppendsStayOneChain) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        EXPECT_TRUE(Append(*db_, Event(t + 1, std::to_string(i)), clock_.Now()).ok());
      }
    });
  }
  for (auto& th : threads) th.join();
  auto report = Verify(*db_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem << " at " << report->first_broken_seq;
  EXPECT_EQ(report->entries_checked, 100);
}

TEST_F(AuditLogTest, VerifyFindsAChangedField) {
  for (int i = 0; i < 6; ++i)
    ASSERT_TRUE(Append(*db_, Event(1, std::to_string(i)), clock_.Now()).ok());
  Tamper("UPDATE audit_log SET user_id = 99 WHERE seq = 4;");
  auto report = Verify(*db_);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->ok);
  EXPECT_EQ(report->first_broken_seq, 4);
  EXPECT_EQ(report->problem, "hash_mismatch");
  EXPECT_EQ(report->entries_checked, 3);
}

TEST_F(AuditLogTest, VerifyFindsARecomputedRowByItsSuccessor) {
  for (int i = 0; i < 4; ++i)
    ASSERT_TRUE(Append(*db_, Event(1, std::to_string(i)), clock_.Now()).ok());
  // The attacker fixes the row's own hash too; the next row's prev_hash no longer matches.
  auto rows = AuditRows();
  store::AuditRow changed = rows[1];
  changed.detail = "edited";
  changed.hash = ComputeHash(changed);
  Tamper("UPDATE audit_log SET detail = 'edited', hash = '" + changed.hash + "' WHERE seq = 2;");
  auto report = Verify(*db_);
  EXPECT_FALSE(report->ok);
  EXPECT_EQ(report->first_broken_seq, 3);
  EXPECT_EQ(report->problem, "prev_hash_mismatch");
}

TEST_F(AuditLogTest, VerifyFindsADeletedRowAndATruncatedTail) {
  for (int i = 0; i < 5; ++i)
    ASSERT_TRUE(Append(*db_, Event(1, std::to_string(i)), clock_.Now()).ok());
  Tamper("DELETE FROM audit_log WHERE seq = 5;");
  auto tail = Verify(*db_);
  EXPECT_FALSE(tail->ok);
  EXPECT_EQ(tail->problem, "head_mismatch");
  Tamper("DELETE FROM audit_log WHERE seq = 2;");
  auto gap = Verify(*db_);
  EXPECT_FALSE(gap->ok);
  EXPECT_EQ(gap->problem, "seq_gap");
  EXPECT_EQ(gap->first_broken_seq, 2);
}

}  // namespace
}  // namespace werkpad::audit
