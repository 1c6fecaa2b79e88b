#include <fmt/format.h>
#include <gtest/gtest.h>

#include <thread>

#include "audit/audit_log.hpp"
#include "audit/verify.hpp"
#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

// Fake but well-formed chain values: the store keeps hashes, it does not compute them.
std::string FakeHash(std::int64_t seq) { return fmt::format("{:064x}", 0xabc000 + seq); }

AuditRow MakeRow(const AuditHead& head, std::int64_t at_s, std::int64_t user, std::int64_t client,
                 const std::string& action = "read") {
  AuditRow r;
  r.seq = head.seq + 1;
  r.at = At(at_s);
  r.user_id = core::UserId{user};
  r.role = "ric";
  r.on_behalf_of = core::UserId{0};
  r.client_id = core::RevalidantId{client};
  r.action = action;
  r.object_type = "revalidant";
  r.object_id = std::to_string(client);
  r.outcome = "success";
  r.source_address = "127.0.0.1";
  r.request_id = fmt::format("req-{}", r.seq);
  r.detail = "q_kind=name";
  r.prev_hash = head.hash;
  r.hash = FakeHash(r.seq);
  return r;
}

class AuditTest : public StoreTest {
 protected:
  // Appends one row after the current head, in its own write unit.
  core::Status AppendNext(std::int64_t at_s, std::int64_t user, std::int64_t client) {
    return db().WriteUnit([&](Tx& tx) -> core::Status {
      WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
      return tx.audit().Append(MakeRow(head, at_s, user, client));
    });
  }
  Page<AuditRow> List(AuditFilter f) {
    auto p = db().Read([&](Tx& tx) { return tx.audit().List(f); });
    EXPECT_TRUE(p.ok()) << Describe(p.error());
    return p.ok() ? *p : Page<AuditRow>{};
  }
  static std::vector<std::int64_t> Seqs(const Page<AuditRow>& p) {
    std::vector<std::int64_t> out;
    for (const auto& r : p.items) out.push_back(r.seq);
    return out;
  }
};

TEST_P(AuditTest, AppendMovesTheHeadAndRowsRoundTrip) {
  WP_ASSERT_OK_AND_ASSIGN(auto head0, db().Read([](Tx& tx) { return tx.audit().Head(); }));
  EXPECT_EQ(head0.seq, 0);
  EXPECT_EQ(head0.hash, std::string(64, '0'));

  AuditRow first = MakeRow(head0, 10, 3, 7, "create");
  first.on_behalf_of = core::UserId{5};
  WP_ASSERT_OK(db().WriteUnit([&](Tx& tx) { return tx.audit().Append(first); }));
  WP_ASSERT_OK(AppendNext(11, 4, 8));

  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().Head(); }));
  EXPECT_EQ(head.seq, 2);
  EXPECT_EQ(head.hash, FakeHash(2));
  WP_ASSERT_OK_AND_ASSIGN(auto stored, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(stored.seq, 2);
  EXPECT_EQ(stored.hash, FakeHash(2));

  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 10); }));
  ASSERT_EQ(rows.size(), 2u);
  const AuditRow& r = rows[0];
  EXPECT_EQ(r.seq, 1);
  EXPECT_EQ(r.at, At(10));
  EXPECT_EQ(r.user_id, core::UserId{3});
  EXPECT_EQ(r.role, "ric");
  EXPECT_EQ(r.on_behalf_of, core::UserId{5});
  EXPECT_EQ(r.client_id, core::RevalidantId{7});
  EXPECT_EQ(r.action, "create");
  EXPECT_EQ(r.object_type, "revalidant");
  EXPECT_EQ(r.object_id, "7");
  EXPECT_EQ(r.outcome, "success");
  EXPECT_EQ(r.source_address, "127.0.0.1");
  EXPECT_EQ(r.request_id, "req-1");
  EXPECT_EQ(r.detail, "q_kind=name");
  EXPECT_EQ(r.prev_hash, std::string(64, '0'));
  EXPECT_EQ(r.hash, FakeHash(1));
  EXPECT_EQ(rows[1].prev_hash, FakeHash(1));
}

TEST_P(AuditTest, AppendOutsideAWriteUnitIsRefused) {
  auto s = db().ReadUnit([](Tx& tx) -> core::Status {
    return tx.audit().Append(MakeRow(AuditHead{0, std::string(64, '0')}, 1, 1, 1));
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kInternal);
  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(head.seq, 0);
}

TEST_P(AuditTest, AFailedAppendLeavesTheHeadAlone) {
  WP_ASSERT_OK(AppendNext(1, 1, 1));
  // A second writer that read a stale head collides on the sequence number.
  auto s = db().WriteUnit([](Tx& tx) -> core::Status {
    return tx.audit().Append(MakeRow(AuditHead{0, std::string(64, '0')}, 2, 2, 2));
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kConflict);
  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(head.seq, 1);
  EXPECT_EQ(head.hash, FakeHash(1));
}

TEST_P(AuditTest, StatsCountCommittedEntriesAndARolledBackUnitMovesNoHead) {
  const DatabaseStats before = db().Stats();
  WP_ASSERT_OK(AppendNext(1, 1, 1));
  // A unit that appends and then fails: its row is rolled back with it, and the next unit
  // continues the chain from the head before it (the writer holds the head per batch).
  auto failed = db().WriteUnit([](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
    WP_RETURN_IF_ERROR(tx.audit().Append(MakeRow(head, 2, 2, 2)));
    return core::Error::Invalid("changed my mind");
  });
  ASSERT_FALSE(failed.ok());
  WP_ASSERT_OK(AppendNext(3, 3, 3));
  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(head.seq, 2);
  const DatabaseStats after = db().Stats();
  EXPECT_EQ(after.audit_entries - before.audit_entries, 2);
  EXPECT_GE(after.audit_batches - before.audit_batches, 1);
  EXPECT_LE(after.audit_batches - before.audit_batches, 2);
}

TEST_P(AuditTest, ListFiltersNewestFirstWithPaging) {
  // seq: 1..6 at t=100..600; users 1,2 alternate; clients 10 (odd seq) and 20 (even seq).
  for (int i = 1; i <= 6; ++i) WP_ASSERT_OK(AppendNext(i * 100, i % 2 == 1 ? 1 : 2, i % 2 == 1 ? 10 : 20));
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(Seqs(List({})), (V{6, 5, 4, 3, 2, 1}));
  EXPECT_EQ(List({}).total, 6);
  AuditFilter by_client;
  by_client.client_id = core::RevalidantId{20};
  EXPECT_EQ(Seqs(List(by_client)), (V{6, 4, 2}));
  AuditFilter by_user;
  by_user.user_id = core::UserId{1};
  EXPECT_EQ(Seqs(List(by_user)), (V{5, 3, 1}));
  AuditFilter window;
  window.from = At(200);  // inclusive
  window.to = At(500);    // exclusive
  EXPECT_EQ(Seqs(List(window)), (V{4, 3, 2}));
  window.user_id = core::UserId{2};
  EXPECT_EQ(Seqs(List(window)), (V{4, 2}));
  AuditFilter paged;
  paged.page = {2, 4};
  auto p = List(paged);
  EXPECT_EQ(Seqs(p), (V{2, 1}));
  EXPECT_EQ(p.total, 6);
  EXPECT_EQ(p.page, 2);
  AuditFilter nobody;
  nobody.user_id = core::UserId{99};
  EXPECT_EQ(List(nobody).total, 0);
}

// Queries by client and by user read audit_client / audit_user (filled in bulk once
// `audit_index_lag` entries came after their mark, migrations 0012 and 0013) and the entries
// after the mark: every entry is found before, at and after a catch-up, with the period, both
// filters together and the paging as before.
TEST_P(AuditTest, ListByClientOrUserFindsEntriesOnBothSidesOfTheIndexMark) {
  db_.reset();
  sql::SqlDatabaseOptions options;
  options.audit_index_lag = 4;
  db_ = OpenDatabase(options);
  auto raw = RawSession();
  // {rows in audit_client, rows in audit_user, mark}
  auto indexed = [&] {
    long long clients = 0, users = 0, mark = 0;
    *raw << "SELECT COUNT(*) FROM audit_client", soci::into(clients);
    *raw << "SELECT COUNT(*) FROM audit_user", soci::into(users);
    *raw << "SELECT seq FROM audit_index_mark WHERE id = 1", soci::into(mark);
    return std::vector<long long>{clients, users, mark};
  };
  using L = std::vector<long long>;
  using V = std::vector<std::int64_t>;
  auto by_client = [](std::int64_t client) {
    AuditFilter f;
    f.client_id = core::RevalidantId{client};
    return f;
  };
  // seq 1..3 (clients 10, 20, 10): after the mark, nothing indexed yet.
  WP_ASSERT_OK(AppendNext(100, 1, 10));
  WP_ASSERT_OK(AppendNext(200, 2, 20));
  WP_ASSERT_OK(AppendNext(300, 1, 10));
  EXPECT_EQ(indexed(), (L{0, 0, 0}));
  EXPECT_EQ(Seqs(List(by_client(10))), (V{3, 1}));
  // seq 4 reaches the lag: its batch indexes 1..4 (the entry without a client is left out of
  // audit_client).
  WP_ASSERT_OK(AppendNext(400, 2, 0));
  EXPECT_EQ(indexed(), (L{3, 4, 4}));
  // seq 5..6 after the mark again.
  WP_ASSERT_OK(AppendNext(500, 1, 10));
  WP_ASSERT_OK(AppendNext(600, 2, 10));
  EXPECT_EQ(indexed(), (L{3, 4, 4}));

  auto all10 = List(by_client(10));
  EXPECT_EQ(Seqs(all10), (V{6, 5, 3, 1}));
  EXPECT_EQ(all10.total, 4);
  EXPECT_EQ(Seqs(List(by_client(20))), (V{2}));
  EXPECT_EQ(List(by_client(0)).total, 6);  // no client filter
  AuditFilter window = by_client(10);
  window.from = At(300);  // inclusive: one indexed entry and both after the mark
  window.to = At(600);    // exclusive
  EXPECT_EQ(Seqs(List(window)), (V{5, 3}));
  EXPECT_EQ(List(window).total, 2);
  AuditFilter user = by_client(10);
  user.user_id = core::UserId{1};
  EXPECT_EQ(Seqs(List(user)), (V{5, 3, 1}));
  EXPECT_EQ(List(user).total, 3);
  AuditFilter paged = by_client(10);
  paged.page = {2, 3};  // the page crosses the mark
  auto p = List(paged);
  EXPECT_EQ(Seqs(p), (V{1}));
  EXPECT_EQ(p.total, 4);
  paged.page = {1, 3};
  EXPECT_EQ(Seqs(List(paged)), (V{6, 5, 3}));
  // By user alone, on both sides of the mark.
  AuditFilter by_user;
  by_user.user_id = core::UserId{2};
  auto user2 = List(by_user);
  EXPECT_EQ(Seqs(user2), (V{6, 4, 2}));
  EXPECT_EQ(user2.total, 3);
  by_user.from = At(300);
  EXPECT_EQ(Seqs(List(by_user)), (V{6, 4}));
  EXPECT_EQ(List(by_user).total, 2);

  // seq 7..8: the next catch-up adds 5..8, and the answers stay the same.
  WP_ASSERT_OK(AppendNext(700, 1, 20));
  WP_ASSERT_OK(AppendNext(800, 1, 10));
  EXPECT_EQ(indexed(), (L{7, 8, 8}));
  EXPECT_EQ(Seqs(List(by_client(10))), (V{8, 6, 5, 3, 1}));
  EXPECT_EQ(Seqs(List(by_client(20))), (V{7, 2}));
  EXPECT_EQ(Seqs(List(window)), (V{5, 3}));
  EXPECT_EQ(Seqs(List(user)), (V{8, 5, 3, 1}));
  AuditFilter user1;
  user1.user_id = core::UserId{1};
  EXPECT_EQ(Seqs(List(user1)), (V{8, 7, 5, 3, 1}));
}

TEST_P(AuditTest, ScanReturnsRowsAfterASeqInOrder) {
  for (int i = 1; i <= 5; ++i) WP_ASSERT_OK(AppendNext(i, 1, 1));
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(2, 2); }));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].seq, 3);
  EXPECT_EQ(rows[1].seq, 4);
  WP_ASSERT_OK_AND_ASSIGN(auto rest, db().Read([](Tx& tx) { return tx.audit().Scan(4, 100); }));
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].seq, 5);
  WP_ASSERT_OK_AND_ASSIGN(auto none, db().Read([](Tx& tx) { return tx.audit().Scan(5, 100); }));
  EXPECT_TRUE(none.empty());
}

TEST_P(AuditTest, TriggersRefuseUpdateAndDeleteOfAuditRows) {
  for (int i = 1; i <= 2; ++i) WP_ASSERT_OK(AppendNext(i, 1, 1));
  auto raw = RawSession();
  ASSERT_NE(raw, nullptr);
  EXPECT_THROW(*raw << "UPDATE audit_log SET detail = 'tampered' WHERE seq = 1", std::exception);
  EXPECT_THROW(*raw << "DELETE FROM audit_log WHERE seq = 2", std::exception);
  EXPECT_THROW(*raw << "DELETE FROM audit_log", std::exception);
  if (GetParam() == Backend::kPostgres) {
    EXPECT_THROW(*raw << "TRUNCATE audit_log", std::exception);
  }
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 10); }));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].detail, "q_kind=name");
}

// A chain of `n` fake rows after `head` (each linked to the one before it).
std::vector<AuditRow> ChainAfter(AuditHead head, int n, std::int64_t at_s) {
  std::vector<AuditRow> rows;
  for (int i = 0; i < n; ++i) {
    rows.push_back(MakeRow(head, at_s + i, 1 + i % 3, 100 + i));
    head = AuditHead{rows.back().seq, rows.back().hash};
  }
  return rows;
}

TEST_P(AuditTest, AppendManyStoresEveryRowInOrderAndMovesTheHead) {
  WP_ASSERT_OK(AppendNext(1, 1, 1));
  // 300 rows: every statement size of AppendMany but one (128, 128, 32, 8, 4).
  std::vector<AuditRow> batch;
  WP_ASSERT_OK(db().WriteUnit([&](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
    batch = ChainAfter(head, 300, 10);
    batch[150].on_behalf_of = core::UserId{9};
    batch[150].detail = "it's \"quoted\"";
    WP_RETURN_IF_ERROR(tx.audit().AppendMany(batch));
    // A single append in the same unit continues after the batch.
    WP_ASSIGN_OR_RETURN(auto after, tx.audit().Head());
    EXPECT_EQ(after.seq, 301);
    return tx.audit().Append(MakeRow(after, 400, 2, 2));
  }));
  WP_ASSERT_OK(db().WriteUnit([](Tx& tx) { return tx.audit().AppendMany({}); }));  // no-op
  WP_ASSERT_OK_AND_ASSIGN(auto stored, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(stored.seq, 302);
  EXPECT_EQ(stored.hash, FakeHash(302));
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 1000); }));
  ASSERT_EQ(rows.size(), 302u);
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const AuditRow& got = rows[i + 1];
    const AuditRow& want = batch[i];
    ASSERT_EQ(got.seq, want.seq);
    EXPECT_EQ(got.at, want.at);
    EXPECT_EQ(got.user_id, want.user_id);
    EXPECT_EQ(got.on_behalf_of, want.on_behalf_of);
    EXPECT_EQ(got.client_id, want.client_id);
    EXPECT_EQ(got.role, want.role);
    EXPECT_EQ(got.action, want.action);
    EXPECT_EQ(got.object_type, want.object_type);
    EXPECT_EQ(got.object_id, want.object_id);
    EXPECT_EQ(got.outcome, want.outcome);
    EXPECT_EQ(got.source_address, want.source_address);
    EXPECT_EQ(got.request_id, want.request_id);
    EXPECT_EQ(got.detail, want.detail);
    EXPECT_EQ(got.prev_hash, want.prev_hash);
    EXPECT_EQ(got.hash, want.hash);
  }
  EXPECT_EQ(rows[301].prev_hash, FakeHash(301));
  EXPECT_EQ(db().Stats().audit_entries, 302);
}

TEST_P(AuditTest, AppendManyRefusesRowsThatDoNotContinueTheChainAndWritesNothing) {
  WP_ASSERT_OK(AppendNext(1, 1, 1));
  auto broken_link = db().WriteUnit([&](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
    auto rows = ChainAfter(head, 5, 2);
    rows[3].prev_hash = FakeHash(77);
    return tx.audit().AppendMany(rows);
  });
  ASSERT_FALSE(broken_link.ok());
  EXPECT_EQ(broken_link.error().code, core::ErrorCode::kInternal);
  auto stale_head = db().WriteUnit([&](Tx& tx) -> core::Status {
    return tx.audit().AppendMany(ChainAfter(AuditHead{0, std::string(64, '0')}, 3, 2));
  });
  ASSERT_FALSE(stale_head.ok());
  auto outside = db().ReadUnit([&](Tx& tx) -> core::Status {
    return tx.audit().AppendMany(ChainAfter(AuditHead{1, FakeHash(1)}, 2, 2));
  });
  ASSERT_FALSE(outside.ok());
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 100); }));
  EXPECT_EQ(rows.size(), 1u);
  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(head.seq, 1);
}

TEST_P(AuditTest, AppendManyInARolledBackUnitLeavesTheHeadAlone) {
  WP_ASSERT_OK(AppendNext(1, 1, 1));
  auto failed = db().WriteUnit([&](Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
    WP_RETURN_IF_ERROR(tx.audit().AppendMany(ChainAfter(head, 40, 2)));
    return core::Error::Invalid("changed my mind");
  });
  ASSERT_FALSE(failed.ok());
  WP_ASSERT_OK(AppendNext(3, 3, 3));
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 100); }));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].seq, 2);
  EXPECT_EQ(rows[1].prev_hash, FakeHash(1));
}

// The real chain (audit::AppendManyInTx computes the hashes): a batch verifies like single
// appends, and a row changed inside a batch is found.
TEST_P(AuditTest, ABatchOfRealEntriesVerifiesAndATamperedRowInItIsFound) {
  auto event = [](std::int64_t client) {
    audit::AuditEvent e;
    e.user_id = core::UserId{4};
    e.role = "ric";
    e.revalidant_id = core::RevalidantId{client};
    e.action = audit::Action::kRead;
    e.object_type = "verzuim_dossier";
    e.object_id = std::to_string(client);
    e.request_id = "req-batch";
    e.detail = "dashboard";
    return e;
  };
  WP_ASSERT_OK(audit::Append(db(), event(1), At(1)));
  std::vector<audit::AuditEvent> events;
  for (int i = 0; i < 137; ++i) events.push_back(event(10 + i));  // 128 + 8 + 1
  WP_ASSERT_OK(audit::AppendMany(db(), events, At(2)));
  WP_ASSERT_OK(audit::Append(db(), event(2), At(3)));
  WP_ASSERT_OK_AND_ASSIGN(auto report, audit::Verify(db()));
  EXPECT_TRUE(report.ok) << report.problem << " at " << report.first_broken_seq;
  EXPECT_EQ(report.entries_checked, 139);
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 200); }));
  ASSERT_EQ(rows.size(), 139u);
  EXPECT_EQ(rows[1].client_id, core::RevalidantId{10});
  EXPECT_EQ(rows[137].client_id, core::RevalidantId{146});
  EXPECT_EQ(rows[138].prev_hash, rows[137].hash);

  // Behind the application's back (the triggers forbid it, so drop them first).
  auto raw = RawSession();
  ASSERT_NE(raw, nullptr);
  if (GetParam() == Backend::kPostgres) {
    *raw << "DROP TRIGGER audit_log_no_update ON audit_log";
  } else {
    *raw << "DROP TRIGGER audit_log_no_update";
  }
  *raw << "UPDATE audit_log SET client_id = 999 WHERE seq = 70";
  WP_ASSERT_OK_AND_ASSIGN(auto tampered, audit::Verify(db()));
  EXPECT_FALSE(tampered.ok);
  EXPECT_EQ(tampered.first_broken_seq, 70);
  EXPECT_EQ(tampered.problem, "hash_mismatch");
}

TEST_P(AuditTest, ConcurrentAppendersFormOneGaplessChain) {
  constexpr int kThreads = 6, kPerThread = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        if (!AppendNext(t * 1000 + i, t + 1, 1).ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 1000); }));
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(kThreads * kPerThread));
  std::string prev(64, '0');
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].seq, static_cast<std::int64_t>(i) + 1);
    EXPECT_EQ(rows[i].prev_hash, prev) << "at seq " << rows[i].seq;
    prev = rows[i].hash;
  }
  WP_ASSERT_OK_AND_ASSIGN(auto head, db().Read([](Tx& tx) { return tx.audit().StoredHead(); }));
  EXPECT_EQ(head.seq, kThreads * kPerThread);
}

TEST_P(AuditTest, TwoProcessesAppendingFormOneGaplessChain) {
  // Two SqlDatabase instances stand in for two werkpad processes on one database: each batch
  // takes the chain head first, so their appends serialise.
  auto second = OpenDatabase();
  ASSERT_NE(second, nullptr);
  std::atomic<int> failures{0};
  auto append = [&](Database& d, int n, int user) {
    for (int i = 0; i < n; ++i) {
      auto s = d.WriteUnit([&](Tx& tx) -> core::Status {
        WP_ASSIGN_OR_RETURN(auto head, tx.audit().Head());
        return tx.audit().Append(MakeRow(head, i, user, 1));
      });
      if (!s.ok()) ++failures;
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] { append(t % 2 == 0 ? db() : *second, 20, t + 1); });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  WP_ASSERT_OK_AND_ASSIGN(auto rows, db().Read([](Tx& tx) { return tx.audit().Scan(0, 1000); }));
  ASSERT_EQ(rows.size(), 80u);
  std::string prev(64, '0');
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].seq, static_cast<std::int64_t>(i) + 1);
    EXPECT_EQ(rows[i].prev_hash, prev) << "at seq " << rows[i].seq;
    prev = rows[i].hash;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace werkpad::store::testing
