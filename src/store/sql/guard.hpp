#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace werkpad::store::sql {

// Converts a database exception into an error value. Unique-key violations become kConflict
// (with `conflict_field`/"taken" when given); connection problems kUnavailable; anything else
// kInternal. Driver messages are not copied: PostgreSQL's may contain the offending values.
core::Error FromException(std::string_view what, const std::exception& e,
                          std::string_view conflict_field = {});

// Runs `f` (returning Result<T> or Status) and converts exceptions with FromException.
template <class F>
auto Guard(std::string_view what, F&& f, std::string_view conflict_field = {}) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return FromException(what, e, conflict_field);
  }
}

// A savepoint around one repository write on PostgreSQL inside a transaction, where a failed
// statement (say a unique violation, returned as kConflict) would otherwise abort the whole
// unit: the unit could not go on after handling the error value. No-op for SQLite, where a
// failed statement leaves the transaction usable, and outside transactions.
class StatementSavepoint {
 public:
  explicit StatementSavepoint(soci::session& s);  // throws like any statement
  void Release();                                 // throws like any statement
  void Rollback() noexcept;                       // best effort: the connection may be gone

 private:
  soci::session& s_;
  bool active_ = false;
};

// Guard for a write that may fail with an expected error: runs `f` in a StatementSavepoint.
template <class F>
auto GuardWrite(soci::session& s, std::string_view what, F&& f,
                std::string_view conflict_field = {}) -> decltype(f()) {
  try {
    StatementSavepoint sp(s);
    try {
      auto r = f();
      sp.Release();
      return r;
    } catch (const std::exception&) {
      sp.Rollback();
      throw;
    }
  } catch (const std::exception& e) {
    return FromException(what, e, conflict_field);
  }
}

// Converts between soci's indicator-based nullable columns and values.
inline long long IdOrNull(std::int64_t id, soci::indicator& ind) {
  ind = id > 0 ? soci::i_ok : soci::i_null;
  return id;
}

}  // namespace werkpad::store::sql
