#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>

#include "core/result.hpp"
#include "store/agr.hpp"
#include "store/audit_rows.hpp"
#include "store/contacts.hpp"
#include "store/external.hpp"
#include "store/organisation.hpp"
#include "store/partners.hpp"
#include "store/profiles.hpp"
#include "store/revalidanten.hpp"
#include "store/sessions.hpp"
#include "store/users.hpp"
#include "store/verzuim.hpp"
#include "store/visie.hpp"

namespace werkpad::store {

// One unit of work on one database connection. Obtained only inside Database::Read/Write.
// Not thread-safe; valid only during the callback.
class Tx {
 public:
  virtual ~Tx() = default;
  virtual UserRepo& users() = 0;
  virtual SessionRepo& sessions() = 0;
  virtual LoginThrottleRepo& throttle() = 0;
  virtual RevalidantRepo& revalidanten() = 0;
  virtual OrganisationRepo& organisation() = 0;
  virtual AuditRepo& audit() = 0;
  virtual AgrRepo& agr() = 0;
  virtual VerzuimRepo& verzuim() = 0;
  virtual VisieRepo& visie() = 0;
  virtual DocumentRepo& documents() = 0;
  virtual ProfileRepo& profiles() = 0;
  virtual ContactRepo& contacts() = 0;
  virtual PartnerRepo& partners() = 0;
  virtual ExternalRepo& external() = 0;
};

// Counters for /metrics. Plain values copied out of the implementation.
struct DatabaseStats {
  std::int64_t read_connections = 0;
  std::int64_t read_connections_in_use = 0;
  std::int64_t read_waits = 0;           // times a reader had to wait for a free connection
  std::int64_t write_queue_depth = 0;    // units waiting for the next batch
  std::int64_t write_batches = 0;
  std::int64_t write_units = 0;
  std::int64_t write_failures = 0;       // batches whose commit failed
  std::int64_t audit_entries = 0;        // audit log rows committed by this process
  std::int64_t audit_batches = 0;        // commits that carried at least one audit row
  std::int64_t wal_syncs = 0;            // SQLite: fdatasyncs of the WAL by the syncer thread
  double wal_sync_seconds = 0;           // SQLite: time spent in them
  std::int64_t wal_checkpoints = 0;      // SQLite: checkpoints by the checkpointer thread
  double wal_checkpoint_seconds = 0;     // SQLite: time spent in them (copy and two fsyncs)
};

// The store port. Reads run on pooled connections; writes are group-committed: units submitted
// at about the same time run one after another inside one transaction (each in its own
// savepoint, so a failing unit rolls back alone), and Write returns only after the commit is
// durable. Thread-safe.
class Database {
 public:
  using Unit = std::function<core::Status(Tx&)>;

  virtual ~Database() = default;

  // Runs `fn` on a read connection (autocommit). kUnavailable if no connection can be had.
  virtual core::Status ReadUnit(const Unit& fn) = 0;
  // Runs `fn` inside the next batch. When `fn` returns an error its changes are rolled back and
  // that error is returned; when the batch's commit fails, kUnavailable; otherwise Ok once the
  // change is durable.
  virtual core::Status WriteUnit(const Unit& fn) = 0;

  // WriteUnit without waiting: queues `fn` (which must own what it uses) for the next batch and
  // returns at once. `done` is called exactly once with what WriteUnit would have returned, on
  // the writer's thread after the batch's commit (so it must be quick and must not wait for the
  // database), or on the calling thread when the unit cannot be queued (shutting down). Units
  // queued by one thread, with WriteUnit or WriteUnitAsync, run and commit in that order.
  // This default runs WriteUnit on the calling thread (for test doubles).
  using Completion = std::function<void(core::Status)>;
  virtual void WriteUnitAsync(Unit fn, Completion done) { done(WriteUnit(fn)); }

  // For writes whose result matters to the caller only as "the request succeeded or not" (an
  // audit entry of a read, a session's last-seen time): when the calling thread has a
  // WriteDeferral installed (see below), queues `fn` with WriteUnitAsync, hands its outcome to
  // that deferral and returns Ok at once; otherwise it is WriteUnit(fn). `fn` must own what it
  // uses (it may run after the caller returned).
  core::Status WriteOrDefer(Unit fn);

  virtual DatabaseStats Stats() const = 0;
  // "sqlite" or "postgresql".
  virtual std::string_view Dialect() const = 0;

  // Typed conveniences: `fn` returns a Result<T>; so do these.
  template <class F>
  auto Read(F&& fn) -> std::invoke_result_t<F, Tx&> {
    return Run<F>(std::forward<F>(fn), /*write=*/false);
  }
  template <class F>
  auto Write(F&& fn) -> std::invoke_result_t<F, Tx&> {
    return Run<F>(std::forward<F>(fn), /*write=*/true);
  }

 private:
  template <class F>
  auto Run(F&& fn, bool write) -> std::invoke_result_t<F, Tx&> {
    using R = std::invoke_result_t<F, Tx&>;
    std::optional<R> out;
    Unit unit = [&](Tx& tx) -> core::Status {
      out.emplace(fn(tx));
      if (!out->ok()) return out->error();
      return core::Ok();
    };
    core::Status s = write ? WriteUnit(unit) : ReadUnit(unit);
    if (!s.ok()) return R(std::move(s).error());
    return std::move(*out);
  }
};

// The writes one request deferred with Database::WriteOrDefer, and what happens once they are all
// durable. The HTTP layer installs one on the handling thread for a request whose answer may
// wait in memory for them (a read): the handler does not block on the audit commit, and the
// answer is released (or replaced by the error) when `Seal`'s callback runs. The guarantee is
// the same as with WriteUnit: nothing depending on a deferred write leaves the server before it
// is durable. Thread-safe; always held by shared_ptr (the writer's completions keep it alive).
class WriteDeferral : public std::enable_shared_from_this<WriteDeferral> {
 public:
  // Makes `deferral` the current thread's deferral until the Scope ends (scopes nest).
  class Scope {
   public:
    explicit Scope(WriteDeferral& deferral);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    WriteDeferral* previous_;
  };

  static std::shared_ptr<WriteDeferral> Make() { return std::make_shared<WriteDeferral>(); }
  // The current thread's deferral, or nullptr.
  static WriteDeferral* Current();

  // Queues `fn` on `db` and counts it until its completion.
  void Submit(Database& db, Database::Unit fn);
  // Ends the submissions; `done` is called exactly once with Ok or the first deferred write's
  // error: at once on this thread when nothing is pending, otherwise on the thread of the last
  // completion (the database writer). REQUIRES: called once; no Submit afterwards.
  void Seal(Database::Completion done);
  // Writes submitted so far.
  int submitted() const;

 private:
  void Complete(core::Status s);

  mutable std::mutex mu_;
  int outstanding_ = 1;  // the submitter itself, until Seal
  int submitted_ = 0;
  core::Status status_ = core::Ok();
  Database::Completion done_;
};

}  // namespace werkpad::store
