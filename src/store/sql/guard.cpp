#include "store/sql/guard.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "core/log.hpp"

namespace werkpad::store::sql {

core::Error FromException(std::string_view what, const std::exception& e,
                          std::string_view conflict_field) {
  if (const auto* se = dynamic_cast<const soci::soci_error*>(&e)) {
    auto category = se->get_error_category();
    // SOCI 4.0.3's SQLite backend does not classify its errors: use the SQLite result code.
    if (const auto* le = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
      int primary = le->result() & 0xff;
      if (primary == SQLITE_CONSTRAINT) category = soci::soci_error::constraint_violation;
    }
    switch (category) {
      case soci::soci_error::constraint_violation: {
        std::string msg(e.what());
        bool unique = msg.find("UNIQUE") != std::string::npos ||
                      msg.find("unique") != std::string::npos ||
                      msg.find("duplicate key") != std::string::npos;
        if (unique) {
          core::Error err = core::Error::Conflict(std::string(what) + ": already exists");
          if (!conflict_field.empty()) {
            err.fields.push_back({std::string(conflict_field), "taken", "is already in use"});
          }
          return err;
        }
        core::log::Warn("db_constraint_violation", {{"op", what}});
        return core::Error::Internal(std::string(what) + ": constraint violation");
      }
      case soci::soci_error::connection_error:
      case soci::soci_error::unknown_transaction_state:
      case soci::soci_error::system_error:
        core::log::Error("db_unavailable", {{"op", what}});
        return core::Error::Unavailable("the database is not available");
      default:
        break;
    }
    // SQLite reports a locked database (busy timeout exceeded) as an unknown category.
    std::string msg(e.what());
    if (msg.find("database is locked") != std::string::npos) {
      return core::Error::Unavailable("the database is busy");
    }
  }
  core::log::Error("db_error", {{"op", what}});
  return core::Error::Internal(std::string(what) + " failed");
}

StatementSavepoint::StatementSavepoint(soci::session& s) : s_(s) {
  if (s.get_backend_name() != "postgresql") return;
  auto* pg = static_cast<soci::postgresql_session_backend*>(s.get_backend());
  if (PQtransactionStatus(pg->conn_) != PQTRANS_INTRANS) return;
  s_ << "SAVEPOINT werkpad_stmt";
  active_ = true;
}

void StatementSavepoint::Release() {
  if (!active_) return;
  active_ = false;
  s_ << "RELEASE SAVEPOINT werkpad_stmt";
}

void StatementSavepoint::Rollback() noexcept {
  if (!active_) return;
  active_ = false;
  try {
    s_ << "ROLLBACK TO SAVEPOINT werkpad_stmt";
    s_ << "RELEASE SAVEPOINT werkpad_stmt";
  } catch (const std::exception&) {
  }
}

}  // namespace werkpad::store::sql
