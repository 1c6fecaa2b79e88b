#pragma once

#include <functional>
#include <optional>
#include <string>
#include <type_traits>

#include "core/result.hpp"
#include "store/agr.hpp"
#include "store/audit_rows.hpp"
#include "store/organisation.hpp"
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

}  // namespace werkpad::store
