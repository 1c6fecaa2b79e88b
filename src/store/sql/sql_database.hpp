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
#include "store/sql/revalidant_cache.hpp"
#include "store/sql/statements.hpp"

namespace werkpad::store::sql {

struct SqlDatabaseOptions {
  // Read connections kept open. Readers beyond this wait for a free connection.
  int read_pool_size = 8;
  // Upper bound of units in one group commit. Larger batches amortise the fsync further but
  // make each unit wait for the others' statements.
  int max_batch = 256;
  // SQLite files: when a commit leaves at least this many frames in the WAL, the checkpointer
  // thread copies them into the database file (PRAGMA wal_checkpoint(PASSIVE) on its own
  // connection) instead of the writer doing it inside a COMMIT (SQLite's auto-checkpoint).
  int checkpoint_frames = 1000;
  // Audit entries a query by client or by user finds by scanning after the mark of audit_client
  // and audit_user before a batch adds them to those indexes in bulk (SqlAuditRepo::IndexEntries;
  // docs/performance.md, runs U). Larger: fewer index pages per entry in the WAL, longer scans
  // per query.
  int audit_index_lag = 512;
};

// The SOCI implementation of Database for SQLite and PostgreSQL.
// Reads: a pool of connections. Writes: one writer thread owns one connection and runs queued
// units in batches, one transaction per batch, one savepoint per unit (group commit).
// On PostgreSQL every batch first locks the audit chain head, so batches of several processes
// serialise in one order and cannot deadlock.
// SQLite database files: the writer commits with synchronous=NORMAL (no fsync inside COMMIT)
// and hands each committed batch to a second thread, the syncer, which makes the write-ahead
// log durable with one fdatasync for every batch committed since its previous one and only
// then releases their units (WriteUnit returns, WriteUnitAsync's completion runs). The writer
// meanwhile runs the next batch, so statements and fsync overlap instead of alternating.
// Durability is that of synchronous=FULL: nothing is acknowledged before the WAL frames holding
// it are on disk (a checkpoint syncs the WAL first in both modes). Other connections may read a
// committed batch before its fsync returned; every answer showing client data waits for its
// own audit entry, which a later (or the same) fsync covers. When fdatasync fails, that batch's
// units fail with kUnavailable and every later write is refused until restart (the kernel may
// have dropped the unwritten pages: as PostgreSQL, do not trust a later fsync).
// Checkpoints of such a database run on a third thread with its own connection (see
// SqlDatabaseOptions::checkpoint_frames), so the writer never stalls for the copy and its two
// fsyncs. Thread-safe.
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
  // Finishes the batch's units: at once, or after the syncer's next fdatasync.
  void Release(std::vector<Pending*>& batch);
  void SyncerLoop();
  // SQLite file databases, once at Open (before ConfigureWriter): opens the WAL (wal_fd_) and
  // the checkpointer's connection. Leaves synchronous=FULL (no syncer) when the WAL cannot be
  // opened, and the auto-checkpoint when the checkpointer has no connection.
  void SetUpPipelinedSync();
  // The writer connection's part (at Open and again after a reconnect), SQLite only: the
  // update hook of the revalidant cache (emptied here), and with a syncer synchronous=NORMAL
  // and the WAL hook that wakes the checkpointer.
  void ConfigureWriter();
  void CheckpointerLoop();
  // Called by SQLite on the writer's thread after each commit (sqlite3_wal_hook) with the
  // frames now in the WAL: wakes the checkpointer, or returns true when the writer must
  // checkpoint itself (the WAL grew past 8 x checkpoint_frames).
  bool NoteWalFrames(int frames);
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
  // Writer's thread only: records kept between batches on SQLite (RevalidantCache), and the
  // data_version the last batch saw.
  RevalidantCache revalidant_cache_;
  bool use_revalidant_cache_ = false;
  long long data_version_ = -1;
  std::thread writer_thread_;

  // The syncer (SQLite files only; wal_fd_ < 0 otherwise).
  int wal_fd_ = -1;
  std::mutex sync_mu_;
  std::condition_variable sync_cv_;
  std::vector<Pending*> sync_queue_;
  bool sync_stopping_ = false;
  std::atomic<bool> sync_failed_{false};
  std::atomic<std::int64_t> syncs_{0};
  std::atomic<std::int64_t> sync_ns_{0};  // time spent in those fdatasyncs
  std::thread syncer_thread_;

  // The checkpointer (with the syncer; no connection otherwise).
  std::unique_ptr<soci::session> checkpoint_session_;
  std::mutex checkpoint_mu_;
  std::condition_variable checkpoint_cv_;
  bool checkpoint_wanted_ = false;
  bool checkpoint_stopping_ = false;
  std::atomic<std::int64_t> checkpoints_{0};
  std::atomic<std::int64_t> checkpoint_ns_{0};  // time spent in those checkpoints
  std::thread checkpointer_thread_;
};

}  // namespace werkpad::store::sql
