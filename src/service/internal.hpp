#pragma once

// Helpers shared by the service implementations. Not part of the public service API.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "service/pending.hpp"
#include "store/database.hpp"

namespace werkpad::service::internal {

// Records a refused attempt (outcome denied, own write unit) and returns kForbidden.
// If the audit entry cannot be written the store's error is returned instead: an access that
// cannot be logged is not answered as if it were.
core::Error Deny(store::Database& db, const RequestContext& ctx, audit::Action action,
                 std::string object_type, std::string object_id,
                 core::RevalidantId revalidant = {});
// The log line of a refusal (no personal data), for refusals audited inside a unit.
void LogDenied(const RequestContext& ctx, std::string_view object_type);

// A read or a change and its audit entries as one write unit on the database writer's
// connection, for a caller that wants a result from it: `fn(tx, out)` reads (and changes),
// checks access, appends the audit entries (AppendInTx) and sets `out` to the caller's result,
// which may be an error such as kNotFound or kForbidden (what `fn` wrote for it, e.g. a denied
// entry, is committed). An error *returned* by `fn` rolls the unit back and is the request's
// answer (a store failure, or a refused change such as a stale version: nothing of it stays).
// A read and its audit trail are one transaction, and the reading costs no read transaction of
// its own (whose page cache every audit commit would reset).
// `defer`: queue the unit when the calling thread has a WriteDeferral (Database::WriteOrDefer;
// the result is there once the deferral completed); otherwise run it now (WriteUnit).
// `fn` must own what it uses.
template <class T, class F>
Pending<T> InWriteUnit(store::Database& db, F fn, bool defer) {
  auto slot = std::make_shared<typename Pending<T>::Slot>();
  store::Database::Unit unit = [slot, fn = std::move(fn)](store::Tx& tx) -> core::Status {
    std::optional<core::Result<T>> out;
    WP_RETURN_IF_ERROR(fn(tx, out));
    if (!out) return core::Error::Internal("write unit without a result");
    *slot = std::move(out);
    return core::Ok();
  };
  core::Status s = defer ? db.WriteOrDefer(std::move(unit)) : db.WriteUnit(unit);
  // Only a unit that ran (or failed) here reports an error; a queued one reports through the
  // deferral, and then `slot` belongs to the writer until the deferral completes.
  if (!s.ok()) slot->emplace(std::move(s).error());
  return Pending<T>(std::move(slot));
}

// The institution's disciplines: the stored ones plus the built-in ones of the domain
// (domain::identity::BuiltinDisciplines) that are not stored, built-in first.
core::Result<std::vector<store::Discipline>> AllDisciplines(store::Tx& tx);

// The generation of users and sessions in this process: AuthService keeps recently
// authenticated sessions in memory for a moment (AuthOptions::session_cache_ttl) and drops them
// when the generation moves. Every service that changes a user or a session calls
// NoteIdentityChange() after its unit committed, so a change made through this process takes
// effect on the next request.
std::uint64_t IdentityGeneration();
void NoteIdentityChange();

std::string Trim(std::string_view s);
bool LooksLikeEmail(std::string_view s);

// Collects field errors; Done() is Ok or kInvalidInput with all of them.
class FieldChecker {
 public:
  void Add(std::string path, std::string code, std::string message) {
    fields_.push_back({std::move(path), std::move(code), std::move(message)});
  }
  void Required(std::string_view path, std::string_view value);
  void MaxLen(std::string_view path, std::string_view value, std::size_t max);
  void Email(std::string_view path, std::string_view value);
  bool Has(std::string_view path) const;
  bool empty() const { return fields_.empty(); }
  core::Status Done(std::string message);

 private:
  std::vector<core::FieldError> fields_;
};

}  // namespace werkpad::service::internal
