#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "store/database.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/statements.hpp"

namespace werkpad::store::sql {

struct SqlDatabaseOptions {
  // Read connections kept open. Readers beyond this wait for a free connection.
  int read_pool_size = 8;
  // Upper bound of units in one group commit. Larger batches amortise the fsync further but
  // make each unit wait for the others' statements.
  int max_batch = 256;
};

// The SOCI implementation of Database for SQLite and PostgreSQL.
// Reads: a pool of connections. Writes: one writer thread owns one connection and runs queued
// units in batches, one transaction per batch, one savepoint per unit (group commit).
// On PostgreSQL every batch first locks the audit chain head, so batches of several processes
// serialise in one order and cannot deadlock. Thread-safe.
class SqlDatabase final : public Database {
 public:
  // Opens the writer and the readers. kUnavailable when the database cannot be opened.
  static core::Result<std::unique_ptr<SqlDatabase>> Open(const DatabaseUrl& url,
                                                         SqlDatabaseOptions options);
  ~SqlDatabase() override;  // drains the write queue, then closes connections

  core::Status ReadUnit(const Unit& fn) override;
  core::Status WriteUnit(const Unit& fn) override;
  void WriteUnitAsync(Unit fn, Completion done) override;
  DatabaseStats Stats() const override;
  std::string_view Dialect() const override;

  // The native connection of a reader, for maintenance (backup). REQUIRES: no other use.
  const DatabaseUrl& url() const { return url_; }

 private:
  struct Pending {
    explicit Pending(const Unit* f) : fn(f) {}
    // WriteUnitAsync: the Pending owns its unit, is heap-allocated and deleted by the writer
    // after calling `done` instead of waking a waiting thread.
    Pending(Unit f, Completion d) : owned(std::move(f)), fn(&owned), done(std::move(d)) {}
    Unit owned;
    const Unit* fn;
    Completion done;
    core::Status result = core::Ok();
    // Set once by the writer; the handler thread sleeps on it with a futex (Linux). Neither
    // std::binary_semaphore (libstdc++ spins with sched_yield first: 7% of the server's CPU)
    // nor a mutex + condition variable (the woken waiter collides with the notifier on the
    // mutex: a second wake-up) — one FUTEX_WAKE per unit. See Finish/Wait in the .cpp.
    std::atomic<std::uint32_t> finished{0};

    void Finish();
    void Wait();
  };


  SqlDatabase(DatabaseUrl url, SqlDatabaseOptions options);
  void WriterLoop();
  void RunBatch(std::vector<Pending*>& batch);
  // Replaces a possibly broken connection by a newly opened one; keeps it when that fails.
  void Reopen(Connection& conn, ConnectionRole role);

  DatabaseUrl url_;
  SqlDatabaseOptions options_;

  // Readers.
  mutable std::mutex read_mu_;
  std::condition_variable read_cv_;
  std::vector<Connection> free_readers_;
  int readers_total_ = 0;
  std::atomic<std::int64_t> read_waits_{0};

  // Writer.
  Connection writer_;
  mutable std::mutex write_mu_;
  std::condition_variable write_cv_;
  std::deque<Pending*> queue_;
  bool stopping_ = false;
  std::atomic<std::int64_t> batches_{0}, units_{0}, failures_{0};
  std::atomic<std::int64_t> audit_entries_{0}, audit_batches_{0};
  std::thread writer_thread_;
};

}  // namespace werkpad::store::sql
