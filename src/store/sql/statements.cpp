#include "store/sql/statements.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

namespace werkpad::store::sql {

Prepared::Prepared(soci::session& s) : st_(s), sqlite_(s.get_backend_name() == "sqlite3") {}

void Prepared::Prepare(const std::string& sql) {
  st_.alloc();
  st_.prepare(sql);
  st_.define_and_bind();
}

bool Prepared::ExecuteOne() {
  ScopedReset reset(*this);
  return st_.execute(true);
}

long long Prepared::ExecuteUpdate() {
  ScopedReset reset(*this);
  st_.execute(true);
  return st_.get_affected_rows();
}

void Prepared::Reset() noexcept {
  if (!sqlite_) return;  // PostgreSQL: the whole result was fetched already
  auto* backend = static_cast<soci::sqlite3_statement_backend*>(st_.get_backend());
  if (backend != nullptr && backend->stmt_ != nullptr) sqlite_api::sqlite3_reset(backend->stmt_);
}

}  // namespace werkpad::store::sql
