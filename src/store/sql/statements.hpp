#pragma once

#include <soci/soci.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql/connection.hpp"

namespace werkpad::store::sql {

// One prepared statement that is executed many times with new parameter values.
// SOCI binds `use`/`into` elements by reference, so the variables live next to the statement
// (see StatementCache). Preparing costs far more than executing: the benchmarks measured
// sqlite3_prepare_v2 at 27-40% of the server's CPU when every query was a one-shot `sql << ...`.
// On PostgreSQL SOCI keeps a named server-side prepared statement.
//
// After each use the statement is reset (SQLite), so it does not keep a read transaction, and
// with it an old snapshot, open on the connection between units.
class Prepared {
 public:
  explicit Prepared(soci::session& s);
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;

  soci::statement& st() { return st_; }
  // Call once, after st().exchange(...) of every into/use element. Throws like any statement.
  void Prepare(const std::string& sql);

  // Executes and fetches at most one row into the `into` elements; true when a row came.
  // Resets the statement afterwards.
  bool ExecuteOne();
  // Executes a statement without result rows; returns the number of affected rows.
  long long ExecuteUpdate();
  // For several rows: Execute(), then Fetch() until false; Reset() when done (also on errors:
  // see ScopedReset).
  void Execute() { st_.execute(false); }
  bool Fetch() { return st_.fetch(); }
  void Reset() noexcept;

 private:
  soci::statement st_;
  bool sqlite_;
};

// Resets a Prepared at scope exit (also when an exception leaves the scope).
class ScopedReset {
 public:
  explicit ScopedReset(Prepared& p) : p_(p) {}
  ~ScopedReset() { p_.Reset(); }
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;

 private:
  Prepared& p_;
};

// The prepared statements of one connection, created on first use and kept until the
// connection is closed or replaced (SqlDatabase drops the cache before the connection).
// A statement is a struct with its bound variables and a Prepared, constructed from the
// session: `auto& q = cache.Get<FindSession>();`. Not thread-safe: one connection, one user.
class StatementCache {
 public:
  explicit StatementCache(soci::session& s, Dialect dialect) : session_(s), dialect_(dialect) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  template <class T>
  T& Get() {
    auto& slot = slots_[Key<T>()];
    if (!slot) slot = std::make_unique<Holder<T>>(session_, dialect_);
    return static_cast<Holder<T>&>(*slot).value;
  }

  soci::session& session() { return session_; }
  Dialect dialect() const { return dialect_; }

 private:
  struct Base {
    virtual ~Base() = default;
  };
  template <class T>
  struct Holder final : Base {
    Holder(soci::session& s, Dialect d) : value(s, d) {}
    T value;
  };
  template <class T>
  static const void* Key() {
    static const char key = 0;
    return &key;
  }

  soci::session& session_;
  Dialect dialect_;
  std::unordered_map<const void*, std::unique_ptr<Base>> slots_;
};

// One connection with its statement cache. The cache is destroyed first (its statements
// belong to the session).
struct Connection {
  std::unique_ptr<soci::session> session;
  std::unique_ptr<StatementCache> statements;

  Connection() = default;
  Connection(std::unique_ptr<soci::session> s, Dialect d)
      : session(std::move(s)), statements(std::make_unique<StatementCache>(*session, d)) {}
  Connection(Connection&&) = default;
  Connection& operator=(Connection&& other) noexcept {
    statements.reset();
    session = std::move(other.session);
    statements = std::move(other.statements);
    return *this;
  }
  ~Connection() { statements.reset(); }
};

}  // namespace werkpad::store::sql
