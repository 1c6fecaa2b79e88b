#include "store/sql/sql_database.hpp"

#include <fcntl.h>

#include <chrono>
#include <linux/futex.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "core/log.hpp"
#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {
namespace {

// A unit whose commit (or the fsync after it) failed: nothing of it is durable.
constexpr const char* kNotSaved = "the change could not be saved; please try again";

// Time since `start`, for the syncer's and checkpointer's counters.
std::int64_t NanosSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() -
                                                              start)
      .count();
}
}  // namespace

core::Result<std::unique_ptr<SqlDatabase>> SqlDatabase::Open(const DatabaseUrl& url,
                                                             SqlDatabaseOptions options) {
  std::unique_ptr<SqlDatabase> db(new SqlDatabase(url, options));
  WP_ASSIGN_OR_RETURN(auto writer, sql::Open(url, ConnectionRole::kWriter));
  db->writer_ = Connection(std::move(writer), url.dialect);
  for (int i = 0; i < options.read_pool_size; ++i) {
    WP_ASSIGN_OR_RETURN(auto reader, sql::Open(url, ConnectionRole::kReader));
    db->free_readers_.emplace_back(std::move(reader), url.dialect);
  }
  db->readers_total_ = options.read_pool_size;
  db->SetUpPipelinedSync();
  db->ConfigureWriter();
  if (db->wal_fd_ >= 0) db->syncer_thread_ = std::thread([d = db.get()] { d->SyncerLoop(); });
  if (db->checkpoint_session_) {
    db->checkpointer_thread_ = std::thread([d = db.get()] { d->CheckpointerLoop(); });
  }
  db->writer_thread_ = std::thread([d = db.get()] { d->WriterLoop(); });
  return db;
}

void SqlDatabase::SetUpPipelinedSync() {
  if (url_.dialect != sql::Dialect::kSqlite || !writer_.session) return;
  auto* backend = static_cast<soci::sqlite3_session_backend*>(writer_.session->get_backend());
  const char* db_file = sqlite_api::sqlite3_db_filename(backend->conn_, "main");
  // An in-memory or temporary database has no file name, and no WAL to sync.
  if (db_file == nullptr || *db_file == '\0') return;
  // The WAL exists from the first access in WAL mode (the connections above read the schema)
  // and stays while any connection of this process is open: SQLite removes it only when the
  // last connection to the database closes.
  const char* wal = sqlite_api::sqlite3_filename_wal(db_file);
  wal_fd_ = wal == nullptr ? -1 : ::open(wal, O_RDONLY | O_CLOEXEC);
  if (wal_fd_ < 0) {
    core::log::Warn("db_wal_not_opened", {{"effect", "commits sync inside COMMIT"}});
    return;
  }
  // Checkpoints on a connection of their own; without one, SQLite's auto-checkpoint (inside
  // the writer's COMMIT) stays in place.
  auto conn = sql::Open(url_, ConnectionRole::kWriter);
  if (conn.ok()) checkpoint_session_ = std::move(conn).value();
}

void SqlDatabase::ConfigureWriter() {
  revalidant_cache_.Clear();
  data_version_ = -1;
  if (url_.dialect != sql::Dialect::kSqlite || !writer_.session) return;
  auto* backend = static_cast<soci::sqlite3_session_backend*>(writer_.session->get_backend());
  // The revalidant cache's first rule (see RevalidantCache): every row this connection changes.
  sqlite_api::sqlite3_update_hook(
      backend->conn_,
      [](void* cache, int, const char*, const char* table, sqlite_api::sqlite3_int64 rowid) {
        static_cast<RevalidantCache*>(cache)->Changed(table, rowid);
      },
      &revalidant_cache_);
  use_revalidant_cache_ = true;
  if (wal_fd_ < 0) return;
  try {
    *writer_.session << "PRAGMA synchronous=NORMAL";
  } catch (const std::exception&) {
    // Stays FULL: still durable, only without the overlap.
  }
  if (!checkpoint_session_) return;
  // Replaces the connection's auto-checkpoint hook.
  sqlite_api::sqlite3_wal_hook(
      backend->conn_,
      [](void* self, sqlite_api::sqlite3* db, const char*, int frames) {
        if (static_cast<SqlDatabase*>(self)->NoteWalFrames(frames)) {
          // The safety net (see NoteWalFrames): as SQLite's own auto-checkpoint, here.
          sqlite_api::sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                                nullptr);
        }
        return 0;  // SQLITE_OK
      },
      this);
}

bool SqlDatabase::NoteWalFrames(int frames) {
  if (frames < options_.checkpoint_frames) return false;
  // The WAL starts again from its beginning only when a checkpoint has copied every frame
  // before the next write begins. Under a steady stream of commits the checkpointer, running
  // beside the writer, may keep missing that moment; past 8 x the threshold the writer
  // checkpoints itself between two batches, so the WAL cannot grow without bound.
  if (frames >= 8 * options_.checkpoint_frames) return true;
  {
    std::lock_guard lock(checkpoint_mu_);
    if (checkpoint_wanted_) return false;
    checkpoint_wanted_ = true;
  }
  checkpoint_cv_.notify_one();
  return false;
}

void SqlDatabase::CheckpointerLoop() {
  auto* backend = static_cast<soci::sqlite3_session_backend*>(checkpoint_session_->get_backend());
  for (;;) {
    {
      std::unique_lock lock(checkpoint_mu_);
      checkpoint_cv_.wait(lock, [&] { return checkpoint_stopping_ || checkpoint_wanted_; });
      if (checkpoint_stopping_) return;
      checkpoint_wanted_ = false;
    }
    // PASSIVE: copies what no reader still needs, without waiting for anyone and without
    // blocking the writer; with synchronous=NORMAL it syncs the WAL before and the database
    // file after the copy. SQLITE_BUSY (another checkpoint, e.g. by a CLI process) is harmless:
    // the next commit past the threshold asks again.
    const auto start = std::chrono::steady_clock::now();
    int rc = sqlite_api::sqlite3_wal_checkpoint_v2(backend->conn_, "main",
                                                   SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    checkpoint_ns_ += NanosSince(start);
    if (rc == 0) {
      ++checkpoints_;
    } else if (rc != SQLITE_BUSY) {
      core::log::Warn("db_checkpoint_failed", {{"rc", static_cast<std::int64_t>(rc)}});
    }
  }
}

namespace {
long Futex(std::atomic<std::uint32_t>* word, int op, std::uint32_t value) {
  static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t));
  return syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(word), op, value, nullptr, nullptr, 0);
}
}  // namespace

// The waiter may see `finished` and destroy this Pending before FUTEX_WAKE runs: waking a futex
// word that no longer exists is harmless (at worst a spurious wake-up of a later waiter on the
// same address, which re-checks its own word).
void SqlDatabase::Pending::Wait() {
  while (finished.load(std::memory_order_acquire) == 0) {
    Futex(&finished, FUTEX_WAIT_PRIVATE, 0);  // returns at once if it is no longer 0
  }
}

SqlDatabase::SqlDatabase(DatabaseUrl url, SqlDatabaseOptions options)
    : url_(std::move(url)), options_(options) {}

SqlDatabase::~SqlDatabase() {
  {
    std::lock_guard lock(write_mu_);
    stopping_ = true;
  }
  write_cv_.notify_all();
  if (writer_thread_.joinable()) writer_thread_.join();
  // The writer has handed over its last batches; the syncer releases them and ends.
  {
    std::lock_guard lock(sync_mu_);
    sync_stopping_ = true;
  }
  sync_cv_.notify_all();
  if (syncer_thread_.joinable()) syncer_thread_.join();
  {
    std::lock_guard lock(checkpoint_mu_);
    checkpoint_stopping_ = true;
  }
  checkpoint_cv_.notify_all();
  if (checkpointer_thread_.joinable()) checkpointer_thread_.join();
  checkpoint_session_.reset();
  if (wal_fd_ >= 0) ::close(wal_fd_);
}

std::string_view SqlDatabase::Dialect() const {
  return url_.dialect == sql::Dialect::kSqlite ? "sqlite" : "postgresql";
}

namespace {
// BEGIN and COMMIT of a read unit on SQLite, prepared once per reader connection.
struct ReadTxStatements {
  Prepared begin, commit;
  ReadTxStatements(soci::session& s, Dialect) : begin(s), commit(s) {
    begin.Prepare("BEGIN");
    commit.Prepare("COMMIT");
  }
};
}  // namespace

core::Status SqlDatabase::ReadUnit(const Unit& fn) {
  Connection conn;
  {
    std::unique_lock lock(read_mu_);
    if (free_readers_.empty()) {
      ++read_waits_;
      if (!read_cv_.wait_for(lock, std::chrono::seconds(10),
                             [&] { return !free_readers_.empty(); })) {
        return core::Error::Unavailable("no database connection available");
      }
    }
    conn = std::move(free_readers_.back());
    free_readers_.pop_back();
  }
  core::Status result = core::Ok();
  // SQLite: the whole unit is one read transaction. Otherwise every statement would begin and
  // end its own (in WAL mode each takes and drops a read-mark lock on the -shm file: two fcntl
  // system calls per statement, ~5 per audited read), and the unit's statements could see
  // different snapshots. PostgreSQL keeps autocommit (BEGIN/COMMIT would be two more round
  // trips).
  ReadTxStatements* rtx = nullptr;
  try {
    if (url_.dialect == sql::Dialect::kSqlite) {
      rtx = &conn.statements->Get<ReadTxStatements>();
      rtx->begin.ExecuteUpdate();
    }
    SqlTx tx(*conn.statements, /*write=*/false);
    result = fn(tx);
  } catch (const std::exception& e) {
    result = FromException("read unit", e);
  }
  if (rtx != nullptr) {
    try {
      rtx->commit.ExecuteUpdate();
    } catch (const std::exception&) {
      // Not in a transaction (BEGIN failed) or the connection broke: nothing to keep open.
      try {
        *conn.session << "ROLLBACK";
      } catch (const std::exception&) {
      }
    }
  }
  if (!result.ok() && result.error().code == core::ErrorCode::kUnavailable) {
    // The connection may be broken (server restarted): try to re-establish it for the next use.
    Reopen(conn, ConnectionRole::kReader);
  }
  {
    std::lock_guard lock(read_mu_);
    free_readers_.push_back(std::move(conn));
  }
  read_cv_.notify_one();
  return result;
}

core::Status SqlDatabase::WriteUnit(const Unit& fn) {
  Pending p(&fn);
  {
    std::lock_guard lock(write_mu_);
    if (stopping_) return core::Error::Unavailable("the database is shutting down");
    queue_.push_back(&p);
  }
  write_cv_.notify_one();
  p.Wait();
  return std::move(p.result);
}

void SqlDatabase::WriteUnitAsync(Unit fn, Completion done) {
  auto* p = new Pending(std::move(fn), std::move(done));
  {
    std::unique_lock lock(write_mu_);
    if (!stopping_) {
      queue_.push_back(p);
      lock.unlock();
      write_cv_.notify_one();
      return;
    }
  }
  Completion refused = std::move(p->done);
  delete p;
  refused(core::Error::Unavailable("the database is shutting down"));
}

DatabaseStats SqlDatabase::Stats() const {
  DatabaseStats s;
  {
    std::lock_guard lock(read_mu_);
    s.read_connections = readers_total_;
    s.read_connections_in_use = readers_total_ - static_cast<int>(free_readers_.size());
  }
  s.read_waits = read_waits_.load();
  {
    std::lock_guard lock(write_mu_);
    s.write_queue_depth = static_cast<std::int64_t>(queue_.size());
  }
  s.write_batches = batches_.load();
  s.write_units = units_.load();
  s.write_failures = failures_.load();
  s.audit_entries = audit_entries_.load();
  s.audit_batches = audit_batches_.load();
  s.wal_syncs = syncs_.load();
  s.wal_sync_seconds = static_cast<double>(sync_ns_.load()) / 1e9;
  s.wal_checkpoints = checkpoints_.load();
  s.wal_checkpoint_seconds = static_cast<double>(checkpoint_ns_.load()) / 1e9;
  return s;
}

void SqlDatabase::Reopen(Connection& conn, ConnectionRole role) {
  // A new connection through sql::Open rather than session::reconnect(), which would lose the
  // per-connection settings (SQLite foreign_keys and query_only, PostgreSQL read-only readers).
  auto fresh = sql::Open(url_, role);
  if (fresh.ok()) {
    conn = Connection(std::move(fresh).value(), url_.dialect);
  } else {
    core::log::Warn("db_reconnect_failed",
                    {{"role", role == ConnectionRole::kReader ? "reader" : "writer"}});
  }
}

void SqlDatabase::WriterLoop() {
  std::vector<Pending*> batch;
  for (;;) {
    {
      std::unique_lock lock(write_mu_);
      write_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty() && stopping_) return;
      while (!queue_.empty() && static_cast<int>(batch.size()) < options_.max_batch) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    RunBatch(batch);
    batch.clear();
  }
}

namespace {

// The writer's transaction statements, prepared once per connection.
struct BatchStatements {
  Prepared begin, lock_head, data_version, savepoint, release, rollback_to, commit;
  long long head_seq = 0, version = 0;

  BatchStatements(soci::session& s, Dialect d)
      : begin(s), lock_head(s), data_version(s), savepoint(s), release(s), rollback_to(s),
        commit(s) {
    const bool pg = d == Dialect::kPostgres;
    begin.Prepare(pg ? "BEGIN" : "BEGIN IMMEDIATE");
    if (pg) {
      lock_head.st().exchange(soci::into(head_seq));
      lock_head.Prepare("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE");
    } else {
      data_version.st().exchange(soci::into(version));
      data_version.Prepare("PRAGMA data_version");
    }
    savepoint.Prepare("SAVEPOINT unit");
    release.Prepare("RELEASE SAVEPOINT unit");
    rollback_to.Prepare("ROLLBACK TO SAVEPOINT unit");
    commit.Prepare("COMMIT");
  }
};

// Error paths: a one-shot statement that does not depend on the prepared ones.
void Exec(soci::session& s, const char* sql) { s << sql; }

}  // namespace

void SqlDatabase::RunBatch(std::vector<Pending*>& batch) {
  soci::session& s = *writer_.session;
  const bool pg = url_.dialect == sql::Dialect::kPostgres;
  auto fail_all = [&](const core::Error& e) {
    for (Pending* p : batch) {
      if (p->result.ok()) p->result = e;
    }
  };
  if (sync_failed_.load()) {
    // A failed fdatasync may have lost pages the kernel then marked clean: no later commit
    // could be called durable (see the class comment).
    fail_all(core::Error::Unavailable("the database cannot save changes; restart werkpad"));
    ++failures_;
    Release(batch);
    return;
  }
  BatchStatements* st = nullptr;
  try {
    st = &writer_.statements->Get<BatchStatements>();
    st->begin.ExecuteUpdate();
    if (pg) st->lock_head.ExecuteOne();
    if (use_revalidant_cache_) {
      // The cache's third rule: with the write lock held, a commit by another connection since
      // the previous batch shows as a new data_version.
      st->data_version.ExecuteOne();
      if (st->version != data_version_) {
        revalidant_cache_.Clear();
        data_version_ = st->version;
      }
    }
  } catch (const std::exception& e) {
    core::Error err = FromException("write begin", e);
    if (err.code != core::ErrorCode::kUnavailable) {
      err = core::Error::Unavailable("the database is not available");
    }
    fail_all(err);
    ++failures_;
    // Separately: on a dropped connection the ROLLBACK throws too, and the reconnect must
    // still happen or every later batch fails the same way.
    try {
      if (pg) Exec(s, "ROLLBACK");
    } catch (const std::exception&) {
    }
    Reopen(writer_, ConnectionRole::kWriter);  // `s` refers to the old connection from here
    ConfigureWriter();
    for (Pending* p : batch) p->Finish();
    return;
  }

  SqlTx tx(*writer_.statements, /*write=*/true,
           use_revalidant_cache_ ? &revalidant_cache_ : nullptr);
  for (Pending* p : batch) {
    try {
      tx.sql_audit().BeginUnit();
      st->savepoint.ExecuteUpdate();
      p->result = (*p->fn)(tx);
    } catch (const std::exception& e) {
      p->result = FromException("write unit", e);
    }
    try {
      if (p->result.ok()) {
        st->release.ExecuteUpdate();
      } else {
        tx.sql_audit().RollbackUnit();
        revalidant_cache_.Clear();  // the cache's second rule
        st->rollback_to.ExecuteUpdate();
        st->release.ExecuteUpdate();
      }
    } catch (const std::exception& e) {
      // The transaction is unusable: nothing of this batch can commit.
      fail_all(FromException("write savepoint", e));
      break;
    }
  }

  bool any_ok = false;
  for (Pending* p : batch) any_ok = any_ok || p->result.ok();
  try {
    if (any_ok) {
      tx.sql_audit().IndexEntries(options_.audit_index_lag);
      tx.sql_audit().FlushHead();
      st->commit.ExecuteUpdate();
      if (tx.sql_audit().appended() > 0) {
        audit_entries_ += tx.sql_audit().appended();
        ++audit_batches_;
      }
    } else {
      revalidant_cache_.Clear();  // the cache's second rule
      Exec(s, "ROLLBACK");
    }
  } catch (const std::exception& e) {
    core::log::Error("db_commit_failed", {{"units", static_cast<std::int64_t>(batch.size())}});
    revalidant_cache_.Clear();
    fail_all(core::Error::Unavailable(kNotSaved));
    ++failures_;
    try {
      Exec(s, "ROLLBACK");
    } catch (const std::exception&) {
    }
  }
  ++batches_;
  units_ += static_cast<std::int64_t>(batch.size());
  Release(batch);
}

void SqlDatabase::Release(std::vector<Pending*>& batch) {
  if (wal_fd_ < 0) {
    for (Pending* p : batch) p->Finish();
    return;
  }
  {
    std::lock_guard lock(sync_mu_);
    sync_queue_.insert(sync_queue_.end(), batch.begin(), batch.end());
  }
  sync_cv_.notify_one();
}

void SqlDatabase::SyncerLoop() {
  std::vector<Pending*> ready;
  for (;;) {
    {
      std::unique_lock lock(sync_mu_);
      sync_cv_.wait(lock, [&] { return sync_stopping_ || !sync_queue_.empty(); });
      if (sync_queue_.empty()) return;  // stopping, and everything released
      ready.swap(sync_queue_);
    }
    // One fdatasync covers every frame written before it: all batches in `ready` (and possibly
    // part of the one being committed now, which is harmless).
    const auto sync_start = std::chrono::steady_clock::now();
    const int sync_rc = ::fdatasync(wal_fd_);
    sync_ns_ += NanosSince(sync_start);
    if (sync_rc != 0) {
      if (!sync_failed_.exchange(true)) {
        core::log::Error("db_sync_failed", {{"effect", "writes refused until restart"}});
      }
    }
    ++syncs_;
    for (Pending* p : ready) {
      if (sync_failed_.load() && p->result.ok()) {
        p->result = core::Error::Unavailable(kNotSaved);
      }
      p->Finish();
    }
    ready.clear();
  }
}

// Waiting threads are woken; asynchronous units get their completion (which typically posts the
// answers of the batch's requests to the HTTP I/O thread: one wake-up of that thread per batch).
void SqlDatabase::Pending::Finish() {
  if (done) {
    Completion d = std::move(done);
    core::Status r = std::move(result);
    delete this;
    try {
      d(std::move(r));
    } catch (const std::exception& e) {
      core::log::Error("db_completion_exception", {{"what", e.what()}});
    }
    return;
  }
  finished.store(1, std::memory_order_release);
  Futex(&finished, FUTEX_WAKE_PRIVATE, 1);
}

}  // namespace werkpad::store::sql
