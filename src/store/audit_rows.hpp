#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/page.hpp"

namespace werkpad::store {

// One NEN 7513 audit entry as stored. `hash` = SHA-256 over `prev_hash` and the canonical
// serialisation of the other fields (see audit/chain.hpp). Rows are never updated or deleted:
// both dialects install triggers that refuse it.
struct AuditRow {
  std::int64_t seq = 0;  // 1, 2, 3, ... without gaps
  core::Instant at{};
  core::UserId user_id;        // 0 for the system or an anonymous login attempt
  std::string role;            // role code of the actor at the time
  core::UserId on_behalf_of;   // responsible user when acting for someone else
  core::RevalidantId client_id;
  std::string action;          // create, read, update, delete, export, print, share, search, login
  std::string object_type;     // revalidant, user, session, ...
  std::string object_id;
  std::string outcome;         // success, denied, failure
  std::string source_address;
  std::string request_id;
  std::string detail;          // codes only, never personal data (e.g. "q_kind=name")
  std::string prev_hash;       // hex
  std::string hash;            // hex
};

struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;  // hex; 64 zeros before the first entry
};

struct AuditFilter {
  core::RevalidantId client_id;  // 0 = any
  core::UserId user_id;          // 0 = any
  std::optional<core::Instant> from;  // inclusive
  std::optional<core::Instant> to;    // exclusive
  PageRequest page;
};

class AuditRepo {
 public:
  virtual ~AuditRepo() = default;
  // Current head of the chain. In a write unit this also takes the chain lock (PostgreSQL:
  // row lock until commit) so that processes append one after another.
  virtual core::Result<AuditHead> Head() = 0;
  // Appends `row` (seq and hashes already computed) and moves the head to it.
  virtual core::Status Append(const AuditRow& row) = 0;
  // Appends `rows` in order (each chained to the one before it, the first to the current head,
  // as AppendInTx builds them) with multi-row INSERTs, and moves the head to the last. One
  // stored row per element, exactly as if each had been appended with Append. kInternal (and
  // nothing written) when the rows do not continue the chain.
  virtual core::Status AppendMany(const std::vector<AuditRow>& rows) = 0;
  // Newest first.
  virtual core::Result<Page<AuditRow>> List(const AuditFilter& filter) = 0;
  // Rows with seq > after_seq in seq order, at most `limit` (for verification).
  virtual core::Result<std::vector<AuditRow>> Scan(std::int64_t after_seq, int limit) = 0;
  // The stored head row, read without locking (for verification).
  virtual core::Result<AuditHead> StoredHead() = 0;
};

}  // namespace werkpad::store
