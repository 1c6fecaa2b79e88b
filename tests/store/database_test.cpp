#include <fmt/format.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

#include "store/sql/migrations.hpp"
#include "store/store_fixture.hpp"

namespace werkpad::store::testing {
namespace {

using namespace std::chrono_literals;

// Polls `cond` for up to 10 s.
template <class F>
bool Eventually(F cond) {
  for (int i = 0; i < 1000; ++i) {
    if (cond()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return cond();
}

class DatabaseTest : public StoreTest {
 protected:
  std::int64_t CountTeams(Database& d) {
    auto teams = d.Read([](Tx& tx) { return tx.organisation().ListTeams(); });
    EXPECT_TRUE(teams.ok()) << Describe(teams.error());
    return teams.ok() ? static_cast<std::int64_t>(teams->size()) : -1;
  }
  bool TeamExists(const std::string& name) {
    auto teams = db().Read([](Tx& tx) { return tx.organisation().ListTeams(); });
    if (!teams.ok()) return false;
    for (const auto& t : *teams) {
      if (t.name == name) return true;
    }
    return false;
  }

  // Occupies the writer thread with a unit that waits for Release(); returns once it runs.
  void BlockWriter() {
    blocker_ = std::async(std::launch::async, [this] {
      return db().WriteUnit([this](Tx&) -> core::Status {
        started_.set_value();
        release_.get_future().wait();
        return core::Ok();
      });
    });
    started_.get_future().wait();
  }
  void ReleaseWriter() {
    release_.set_value();
    auto s = blocker_.get();
    EXPECT_TRUE(s.ok());
  }
  std::promise<void> started_, release_;
  std::future<core::Status> blocker_;
};

TEST_P(DatabaseTest, ManyConcurrentWritersAreAllDurable) {
  constexpr int kThreads = 8, kPerThread = 40;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto id = db().Write([&](Tx& tx) {
          return tx.organisation().InsertTeam(fmt::format("team-{}-{}", t, i));
        });
        if (!id.ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  DatabaseStats stats = db().Stats();
  EXPECT_EQ(stats.write_units, kThreads * kPerThread);
  EXPECT_GE(stats.write_batches, 1);
  EXPECT_LE(stats.write_batches, stats.write_units);
  EXPECT_EQ(stats.write_failures, 0);
  EXPECT_EQ(stats.write_queue_depth, 0);

  // Everything acknowledged is there for a database opened afresh.
  db_.reset();
  auto reopened = OpenDatabase();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(CountTeams(*reopened), kThreads * kPerThread);
}

TEST_P(DatabaseTest, UnitsQueuedTogetherCommitInOneBatch) {
  const DatabaseStats before = db().Stats();
  BlockWriter();
  constexpr int kUnits = 20;
  std::vector<std::future<core::Status>> results;
  for (int i = 0; i < kUnits; ++i) {
    results.push_back(std::async(std::launch::async, [this, i] {
      return db().WriteUnit([i](Tx& tx) -> core::Status {
        auto id = tx.organisation().InsertTeam(fmt::format("batched-{}", i));
        if (!id.ok()) return id.error();
        return core::Ok();
      });
    }));
  }
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == kUnits; }));
  ReleaseWriter();
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  const DatabaseStats after = db().Stats();
  EXPECT_EQ(after.write_units - before.write_units, kUnits + 1);
  EXPECT_EQ(after.write_batches - before.write_batches, 2) << "the blocker's batch, then one batch";
  EXPECT_EQ(CountTeams(db()), kUnits);
}

TEST_P(DatabaseTest, ABatchHoldsAtMostMaxBatchUnits) {
  db_ = OpenDatabase({/*read_pool_size=*/2, /*max_batch=*/4});
  ASSERT_NE(db_, nullptr);
  BlockWriter();
  std::vector<std::future<core::Status>> results;
  for (int i = 0; i < 10; ++i) {
    results.push_back(std::async(std::launch::async, [this, i] {
      return db().WriteUnit([i](Tx& tx) -> core::Status {
        auto id = tx.organisation().InsertTeam(fmt::format("m{}", i));
        if (!id.ok()) return id.error();
        return core::Ok();
      });
    }));
  }
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 10; }));
  ReleaseWriter();
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  EXPECT_EQ(db().Stats().write_batches, 1 + 3) << "the blocker, then 4 + 4 + 2";
  EXPECT_EQ(db().Stats().write_units, 11);
  EXPECT_EQ(CountTeams(db()), 10);
}

// SQLite files: COMMIT does not fsync (synchronous=NORMAL on the writer); the syncer thread
// fdatasyncs the WAL and only then releases the batch. PostgreSQL commits durably itself.
TEST_P(DatabaseTest, AWriteIsAcknowledgedOnlyAfterItsWalSync) {
  const bool sqlite = GetParam() == Backend::kSqlite;
  for (int i = 0; i < 3; ++i) {
    const std::int64_t before = db().Stats().wal_syncs;
    std::promise<std::int64_t> seen;
    db().WriteUnitAsync(
        [i](Tx& tx) -> core::Status {
          auto id = tx.organisation().InsertTeam(fmt::format("synced-{}", i));
          if (!id.ok()) return id.error();
          return core::Ok();
        },
        [&](core::Status s) {
          EXPECT_TRUE(s.ok());
          seen.set_value(db().Stats().wal_syncs);
        });
    const std::int64_t at_completion = seen.get_future().get();
    if (sqlite) {
      EXPECT_GT(at_completion, before) << "completed before a WAL sync";
    } else {
      EXPECT_EQ(at_completion, 0);
    }
  }
  const DatabaseStats stats = db().Stats();
  if (sqlite) {
    EXPECT_LE(stats.wal_syncs, stats.write_batches);
    EXPECT_GT(stats.wal_sync_seconds, 0.0);  // the syncs took some time
  } else {
    EXPECT_EQ(stats.wal_sync_seconds, 0.0);
  }
  // Acknowledged means on disk for a database opened afresh.
  db_.reset();
  auto reopened = OpenDatabase();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(CountTeams(*reopened), 3);
}

// SQLite files: the checkpointer thread, not the writer's COMMIT, copies the WAL into the
// database file once a commit left checkpoint_frames frames in it.
TEST_P(DatabaseTest, TheCheckpointerCheckpointsTheWal) {
  db_ = OpenDatabase({/*read_pool_size=*/2, /*max_batch=*/256, /*checkpoint_frames=*/4});
  ASSERT_NE(db_, nullptr);
  for (int i = 0; i < 20; ++i) {
    WP_EXPECT_OK(db().Write(
        [i](Tx& tx) { return tx.organisation().InsertTeam(fmt::format("checkpointed-{}", i)); }));
  }
  if (GetParam() == Backend::kSqlite) {
    EXPECT_TRUE(Eventually([&] { return db().Stats().wal_checkpoints >= 1; }));
    EXPECT_GT(db().Stats().wal_checkpoint_seconds, 0.0);
  } else {
    EXPECT_EQ(db().Stats().wal_checkpoints, 0);
    EXPECT_EQ(db().Stats().wal_checkpoint_seconds, 0.0);
  }
  EXPECT_EQ(CountTeams(db()), 20);
  db_.reset();
  auto reopened = OpenDatabase();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(CountTeams(*reopened), 20);
}

TEST_P(DatabaseTest, ClosingDrainsQueuedUnits) {
  BlockWriter();
  std::vector<std::future<core::Status>> results;
  for (int i = 0; i < 5; ++i) {
    results.push_back(std::async(std::launch::async, [this, i] {
      return db().WriteUnit([i](Tx& tx) -> core::Status {
        auto id = tx.organisation().InsertTeam(fmt::format("d{}", i));
        if (!id.ok()) return id.error();
        return core::Ok();
      });
    }));
  }
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 5; }));
  // The destructor waits for the writer, which finishes the queue first.
  auto closing = std::async(std::launch::async, [this] { db_.reset(); });
  EXPECT_EQ(closing.wait_for(100ms), std::future_status::timeout);
  ReleaseWriter();
  closing.get();
  for (auto& r : results) EXPECT_TRUE(r.get().ok());
  auto reopened = OpenDatabase();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(CountTeams(*reopened), 5);
}

TEST_P(DatabaseTest, AFailingUnitRollsBackAloneWithinItsBatch) {
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("existing"); }));
  const DatabaseStats before = db().Stats();
  BlockWriter();
  auto submit = [this](Database::Unit unit) {
    return std::async(std::launch::async, [this, unit = std::move(unit)] {
      return db().WriteUnit(unit);
    });
  };
  auto insert = [](const std::string& name) {
    return [name](Tx& tx) -> core::Status {
      auto id = tx.organisation().InsertTeam(name);
      if (!id.ok()) return id.error();
      return core::Ok();
    };
  };
  std::vector<std::future<core::Status>> futures;
  futures.push_back(submit(insert("ok-1")));
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 1; }));
  // Writes, then reports an error: its write must not survive.
  futures.push_back(submit([](Tx& tx) -> core::Status {
    auto id = tx.organisation().InsertTeam("rolled-back");
    if (!id.ok()) return id.error();
    return core::Error::Rule("changed my mind");
  }));
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 2; }));
  // A statement error (duplicate) after a successful statement in the same unit.
  futures.push_back(submit([](Tx& tx) -> core::Status {
    auto a = tx.organisation().InsertTeam("half-done");
    if (!a.ok()) return a.error();
    auto b = tx.organisation().InsertTeam("existing");
    if (!b.ok()) return b.error();
    return core::Ok();
  }));
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 3; }));
  // A unit that throws: an error value, not a crash.
  futures.push_back(submit([](Tx&) -> core::Status { throw std::runtime_error("boom"); }));
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 4; }));
  futures.push_back(submit(insert("ok-2")));
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 5; }));
  ReleaseWriter();

  std::vector<core::Status> r;
  for (auto& f : futures) r.push_back(f.get());
  EXPECT_TRUE(r[0].ok());
  ASSERT_FALSE(r[1].ok());
  EXPECT_EQ(r[1].error().code, core::ErrorCode::kRuleViolation);
  ASSERT_FALSE(r[2].ok());
  EXPECT_EQ(r[2].error().code, core::ErrorCode::kConflict);
  ASSERT_FALSE(r[3].ok());
  EXPECT_EQ(r[3].error().code, core::ErrorCode::kInternal);
  EXPECT_TRUE(r[4].ok());

  EXPECT_TRUE(TeamExists("ok-1"));
  EXPECT_TRUE(TeamExists("ok-2"));
  EXPECT_FALSE(TeamExists("rolled-back"));
  EXPECT_FALSE(TeamExists("half-done"));
  EXPECT_EQ(CountTeams(db()), 3);
  const DatabaseStats after = db().Stats();
  EXPECT_EQ(after.write_batches - before.write_batches, 2);
  EXPECT_EQ(after.write_units - before.write_units, 6);
  EXPECT_EQ(after.write_failures, 0) << "unit errors are not failed batches";
}

// WriteUnitAsync: no thread waits; the completion comes from the writer after the commit, in
// the order the units were queued.
TEST_P(DatabaseTest, AsyncUnitsCompleteAfterTheirCommitInQueueOrder) {
  const DatabaseStats before = db().Stats();
  BlockWriter();
  std::mutex mu;
  std::vector<int> completed;
  std::vector<core::Status> results(4, core::Ok());
  std::vector<std::int64_t> teams_seen(4, -1);
  for (int i = 0; i < 4; ++i) {
    db().WriteUnitAsync(
        [i](Tx& tx) -> core::Status {
          if (i == 2) return core::Error::Rule("unit 2 refuses");
          auto id = tx.organisation().InsertTeam(fmt::format("async-{}", i));
          if (!id.ok()) return id.error();
          return core::Ok();
        },
        [&, i](core::Status s) {
          // Committed before the completion runs: another connection sees the rows.
          std::int64_t seen = CountTeams(db());
          std::lock_guard lock(mu);
          completed.push_back(i);
          results[static_cast<std::size_t>(i)] = std::move(s);
          teams_seen[static_cast<std::size_t>(i)] = seen;
        });
  }
  ASSERT_TRUE(Eventually([&] { return db().Stats().write_queue_depth == 4; }));
  {
    std::lock_guard lock(mu);
    EXPECT_TRUE(completed.empty()) << "nothing completes before its commit";
  }
  ReleaseWriter();
  ASSERT_TRUE(Eventually([&] {
    std::lock_guard lock(mu);
    return completed.size() == 4;
  }));
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("after-async"); }));
  std::lock_guard lock(mu);
  EXPECT_EQ(completed, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_TRUE(results[0].ok());
  EXPECT_TRUE(results[1].ok());
  ASSERT_FALSE(results[2].ok());
  EXPECT_EQ(results[2].error().code, core::ErrorCode::kRuleViolation);
  EXPECT_TRUE(results[3].ok());
  EXPECT_EQ(teams_seen[0], 3) << "the whole batch was committed";
  EXPECT_EQ(CountTeams(db()), 4);
  EXPECT_EQ(db().Stats().write_batches - before.write_batches, 3);
}

// WriteOrDefer: synchronous without a WriteDeferral on the thread; with one, it returns at once
// and the deferral's Seal callback gets the first error after all deferred units committed.
TEST_P(DatabaseTest, DeferredWritesReportToTheirDeferralAfterTheCommit) {
  auto insert = [](std::string name) {
    return [name](Tx& tx) -> core::Status {
      auto id = tx.organisation().InsertTeam(name);
      if (!id.ok()) return id.error();
      return core::Ok();
    };
  };
  WP_ASSERT_OK(db().WriteOrDefer(insert("direct")));
  EXPECT_EQ(CountTeams(db()), 1) << "no deferral installed: a plain WriteUnit";
  EXPECT_EQ(WriteDeferral::Current(), nullptr);

  // Nothing deferred: Seal calls back at once on this thread.
  auto empty = WriteDeferral::Make();
  bool empty_done = false;
  empty->Seal([&](core::Status s) {
    EXPECT_TRUE(s.ok());
    empty_done = true;
  });
  EXPECT_TRUE(empty_done);

  BlockWriter();
  auto deferral = WriteDeferral::Make();
  {
    WriteDeferral::Scope scope(*deferral);
    EXPECT_EQ(WriteDeferral::Current(), deferral.get());
    WP_EXPECT_OK(db().WriteOrDefer(insert("deferred-1")));
    WP_EXPECT_OK(db().WriteOrDefer(insert("direct")));  // duplicate: fails in the writer
    WP_EXPECT_OK(db().WriteOrDefer(insert("deferred-2")));
  }
  EXPECT_EQ(WriteDeferral::Current(), nullptr);
  EXPECT_EQ(deferral->submitted(), 3);
  std::promise<core::Status> sealed;
  deferral->Seal([&](core::Status s) { sealed.set_value(std::move(s)); });
  auto result = sealed.get_future();
  EXPECT_EQ(result.wait_for(100ms), std::future_status::timeout) << "held until the commit";
  ReleaseWriter();
  core::Status s = result.get();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(TeamExists("deferred-1"));
  EXPECT_TRUE(TeamExists("deferred-2"));
  EXPECT_EQ(CountTeams(db()), 3);
}

// Units queued after the database began to close are refused at once, not lost.
TEST_P(DatabaseTest, AsyncUnitsAfterCloseAreRefused) {
  Database* raw = db_.get();
  std::promise<core::Status> done;
  BlockWriter();
  auto closing = std::async(std::launch::async, [this] { db_.reset(); });
  // The destructor sets the stop flag first, then waits for the (blocked) writer.
  ASSERT_EQ(closing.wait_for(500ms), std::future_status::timeout);
  raw->WriteUnitAsync([](Tx&) -> core::Status { return core::Ok(); },
                      [&](core::Status s) { done.set_value(std::move(s)); });
  core::Status s = done.get_future().get();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kUnavailable);
  ReleaseWriter();
  closing.get();
}

TEST_P(DatabaseTest, ABatchOfOnlyFailingUnitsChangesNothing) {
  auto s = db().WriteUnit([](Tx& tx) -> core::Status {
    auto id = tx.organisation().InsertTeam("never");
    if (!id.ok()) return id.error();
    return core::Error::Invalid("no");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(CountTeams(db()), 0);
  WP_EXPECT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("after"); }));
  EXPECT_EQ(CountTeams(db()), 1);
}

TEST_P(DatabaseTest, AUnitCanGoOnAfterARepositoryReturnedAnError) {
  // Errors are values: a unit that gets kConflict may handle it and continue (for example
  // seeding built-in rows that may exist already). On PostgreSQL a failed statement aborts
  // the whole transaction unless it ran in its own savepoint.
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("bestaat"); }));
  auto s = db().WriteUnit([](Tx& tx) -> core::Status {
    auto dup = tx.organisation().InsertTeam("bestaat");
    if (dup.ok() || dup.error().code != core::ErrorCode::kConflict) {
      return core::Error::Internal("expected a conflict");
    }
    auto disc = tx.organisation().InsertDiscipline({"fysiotherapie", "Fysiotherapie", true});
    if (!disc.ok()) return disc;
    auto again = tx.organisation().InsertDiscipline({"fysiotherapie", "Fysiotherapie", true});
    if (again.ok() || again.error().code != core::ErrorCode::kConflict) {
      return core::Error::Internal("expected a conflict");
    }
    auto user = tx.users().Insert(MakeUser("na.conflict"));
    if (!user.ok()) return user.error();
    auto dup_user = tx.users().Insert(MakeUser("na.conflict"));
    if (dup_user.ok()) return core::Error::Internal("expected a conflict");
    auto found = tx.users().FindByUsername("na.conflict");
    if (!found.ok()) return found.error();
    auto team = tx.organisation().InsertTeam("nieuw");
    if (!team.ok()) return team.error();
    return core::Ok();
  });
  ASSERT_TRUE(s.ok()) << Describe(s.error());
  EXPECT_TRUE(TeamExists("nieuw"));
  auto user = db().Read([](Tx& tx) { return tx.users().FindByUsername("na.conflict"); });
  ASSERT_TRUE(user.ok());
  EXPECT_TRUE(user->has_value());
  auto disciplines = db().Read([](Tx& tx) { return tx.organisation().ListDisciplines(); });
  ASSERT_TRUE(disciplines.ok());
  EXPECT_EQ(disciplines->size(), 1u);
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced) {
  UserRecord u = MakeUser("fk.test");
  u.team_ids = {core::TeamId{4040}};
  auto r = db().Write([&](Tx& tx) { return tx.users().Insert(u); });
  EXPECT_FALSE(r.ok());
  auto none = db().Read([](Tx& tx) { return tx.users().FindByUsername("fk.test"); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST_P(DatabaseTest, ReadersWaitForAFreeConnectionAndAllSucceed) {
  auto small = OpenDatabase({/*read_pool_size=*/2, /*max_batch=*/256});
  ASSERT_NE(small, nullptr);
  EXPECT_EQ(small->Stats().read_connections, 2);
  EXPECT_EQ(small->Stats().read_connections_in_use, 0);

  // Two readers hold both connections; a third must wait for one of them.
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> holding{0};
  auto hold = [&] {
    return small->ReadUnit([&](Tx& tx) -> core::Status {
      ++holding;
      released.wait();
      return tx.organisation().ListTeams().ok() ? core::Ok() : core::Error::Internal("list");
    });
  };
  auto h1 = std::async(std::launch::async, hold);
  auto h2 = std::async(std::launch::async, hold);
  ASSERT_TRUE(Eventually([&] { return holding.load() == 2; }));
  EXPECT_EQ(small->Stats().read_connections_in_use, 2);
  auto waiter = std::async(std::launch::async, [&] {
    return small->ReadUnit([](Tx& tx) -> core::Status {
      return tx.organisation().ListTeams().ok() ? core::Ok() : core::Error::Internal("list");
    });
  });
  ASSERT_TRUE(Eventually([&] { return small->Stats().read_waits >= 1; }));
  EXPECT_EQ(waiter.wait_for(50ms), std::future_status::timeout);
  release.set_value();
  EXPECT_TRUE(h1.get().ok());
  EXPECT_TRUE(h2.get().ok());
  EXPECT_TRUE(waiter.get().ok());

  // Many concurrent readers over two connections, while a writer writes.
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        auto teams = small->Read([](Tx& tx) { return tx.organisation().ListTeams(); });
        if (!teams.ok()) ++failures;
      }
    });
  }
  threads.emplace_back([&] {
    for (int i = 0; i < 20; ++i) {
      if (!small->Write([i](Tx& tx) { return tx.organisation().InsertTeam(fmt::format("r{}", i)); }).ok()) {
        ++failures;
      }
    }
  });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(small->Stats().read_connections_in_use, 0);
  EXPECT_EQ(CountTeams(*small), 20);
}

TEST_P(DatabaseTest, AReadUnitSeesEveryAcknowledgedWrite) {
  for (int i = 0; i < 30; ++i) {
    WP_EXPECT_OK(db().Write([i](Tx& tx) { return tx.organisation().InsertTeam(fmt::format("t{}", i)); }));
    ASSERT_EQ(CountTeams(db()), i + 1);
  }
}

TEST_P(DatabaseTest, AReadUnitCannotWrite) {
  auto r = db().Read([](Tx& tx) { return tx.organisation().InsertTeam("sneaky"); });
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(CountTeams(db()), 0);
}

TEST_P(DatabaseTest, ErrorsOfAReadUnitPassThrough) {
  auto s = db().ReadUnit([](Tx&) -> core::Status { return core::Error::NotFound("nope"); });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kNotFound);
  auto t = db().ReadUnit([](Tx&) -> core::Status { throw std::runtime_error("boom"); });
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().code, core::ErrorCode::kInternal);
  EXPECT_EQ(db().Stats().read_connections_in_use, 0);
  EXPECT_EQ(db().Dialect(), GetParam() == Backend::kSqlite ? "sqlite" : "postgresql");
}

TEST(SqliteBusy, AWriterLockedOutIsUnavailableAndKeepsItsSettings) {
  ScratchDatabase scratch(Backend::kSqlite);
  ASSERT_TRUE(sql::Migrate(scratch.url(), 1000).ok());
  auto db = sql::SqlDatabase::Open(scratch.url(), {});
  ASSERT_TRUE(db.ok());
  {
    // Another process holds the write lock for longer than the busy timeout (5 s).
    auto other = sql::Open(scratch.url(), sql::ConnectionRole::kWriter);
    ASSERT_TRUE(other.ok());
    **other << "BEGIN IMMEDIATE";
    auto s = (*db)->Write([](Tx& tx) { return tx.organisation().InsertTeam("blocked"); });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, core::ErrorCode::kUnavailable) << Describe(s.error());
    **other << "ROLLBACK";
  }
  WP_EXPECT_OK((*db)->Write([](Tx& tx) { return tx.organisation().InsertTeam("later"); }));
  // The writer's connection still enforces foreign keys.
  UserRecord u = MakeUser("fk.after.busy");
  u.team_ids = {core::TeamId{4040}};
  auto r = (*db)->Write([&](Tx& tx) { return tx.users().Insert(u); });
  EXPECT_FALSE(r.ok());
}

TEST(PostgresUnavailable, AnUnreachableServerIsUnavailableNotACrash) {
  for (const char* text : {"postgresql:///werkpad?host=/nonexistent-werkpad-dir&user=postgres",
                           "postgresql://werkpad:geheim@127.0.0.1:1/werkpad?connect_timeout=2"}) {
    auto url = sql::ParseDatabaseUrl(text);
    ASSERT_TRUE(url.ok());
    auto db = sql::SqlDatabase::Open(*url, {});
    ASSERT_FALSE(db.ok()) << text;
    EXPECT_EQ(db.error().code, core::ErrorCode::kUnavailable);
    EXPECT_EQ(db.error().message.find("geheim"), std::string::npos) << db.error().message;
    auto m = sql::Migrate(*url, 1000);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, core::ErrorCode::kUnavailable);
    EXPECT_EQ(m.error().message.find("geheim"), std::string::npos) << m.error().message;
    auto v = sql::CurrentVersion(*url);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, core::ErrorCode::kUnavailable);
  }
}

class PostgresDatabaseTest : public DatabaseTest {
 protected:
  // Ends every server connection of this test's database, as a server restart would.
  void KillConnections() {
    auto admin = sql::Open(sql::ParseDatabaseUrl(PostgresBaseUrl()).value(),
                           sql::ConnectionRole::kWriter);
    ASSERT_TRUE(admin.ok());
    std::string name = scratch_->name();
    long long killed = 0;
    **admin << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
               " WHERE application_name = :n",
        soci::use(name), soci::into(killed);
    EXPECT_GT(killed, 0);
    // Wait until they are gone.
    ASSERT_TRUE(Eventually([&] {
      long long left = 0;
      **admin << "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = :n",
          soci::use(name), soci::into(left);
      return left == 0;
    }));
  }
};

TEST_P(PostgresDatabaseTest, RecoversAfterTheServerDroppedItsConnections) {
  WP_ASSERT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("before"); }));
  // Statements kept prepared per connection (session lookup on a reader, the batch statements
  // on the writer) are dropped with their dead connection when it is replaced: no crash.
  for (int i = 0; i < 3; ++i) {
    WP_ASSERT_OK(db().Read([](Tx& tx) { return tx.sessions().Find("no-such-token"); }));
  }
  KillConnections();
  // A dropped connection reports kUnavailable (retry may help), never a crash or kInternal...
  auto read = db().Read([](Tx& tx) { return tx.organisation().ListTeams(); });
  if (!read.ok()) {
    EXPECT_EQ(read.error().code, core::ErrorCode::kUnavailable) << Describe(read.error());
  }
  auto write = db().Write([](Tx& tx) { return tx.organisation().InsertTeam("during"); });
  if (!write.ok()) {
    EXPECT_EQ(write.error().code, core::ErrorCode::kUnavailable) << Describe(write.error());
  }
  // ...and the connections are re-established for later units.
  for (int i = 0; i < 10; ++i) {  // more than the pool, so every reader is used once
    auto again = db().Read([](Tx& tx) { return tx.organisation().ListTeams(); });
    if (!again.ok()) {
      EXPECT_EQ(again.error().code, core::ErrorCode::kUnavailable) << Describe(again.error());
    }
  }
  for (int i = 0; i < 10; ++i) {
    auto again = db().Read([](Tx& tx) { return tx.organisation().ListTeams(); });
    EXPECT_TRUE(again.ok()) << "read " << i << ": " << Describe(again.error());
  }
  WP_EXPECT_OK(db().Write([](Tx& tx) { return tx.organisation().InsertTeam("after"); }));
  EXPECT_TRUE(TeamExists("after"));
  EXPECT_TRUE(TeamExists("before"));
  if (!write.ok()) {
    EXPECT_GE(db().Stats().write_failures, 1);
  }
  // The new connections have the settings of the old: readers are still read-only.
  auto sneaky = db().Read([](Tx& tx) { return tx.organisation().InsertTeam("sneaky"); });
  EXPECT_FALSE(sneaky.ok());
  EXPECT_FALSE(TeamExists("sneaky"));
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);
INSTANTIATE_TEST_SUITE_P(Backends, PostgresDatabaseTest, ::testing::Values(Backend::kPostgres),
                         BackendName);

}  // namespace
}  // namespace werkpad::store::testing
