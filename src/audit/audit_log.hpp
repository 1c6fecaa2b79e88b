#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::audit {

// What was done (NEN 7513 "actie"). Codes as stored and as shown by GET /audit.
enum class Action { kCreate, kRead, kUpdate, kDelete, kExport, kPrint, kShare, kSearch, kLogin };
// "create", "read", "update", "delete", "export", "print", "share", "search", "login".
std::string_view ToCode(Action a);
std::optional<Action> ParseAction(std::string_view code);

// How it ended: "success", "denied" (policy refused it), "failure" (e.g. wrong password).
enum class Outcome { kSuccess, kDenied, kFailure };
std::string_view ToCode(Outcome o);
std::optional<Outcome> ParseOutcome(std::string_view code);

// One audit event as the service layer describes it; AppendInTx turns it into a chained row.
// Never put personal data in any field: ids and codes only (no names, BSNs, usernames of
// failed logins, search texts). `detail` holds short machine codes, e.g. "q_kind=name".
struct AuditEvent {
  core::UserId user_id;              // actor; 0 = system or anonymous (failed login)
  std::string role;                  // role code of the actor at the time ("ric"), or "system"/""
  core::UserId on_behalf_of;         // 0 unless acting for someone else
  core::RevalidantId revalidant_id;  // whose data (client); 0 when none
  Action action = Action::kRead;
  std::string object_type;  // "revalidant", "user", "session", "team", "audit", ...
  std::string object_id;    // id as text; empty when none (e.g. a search)
  Outcome outcome = Outcome::kSuccess;
  std::string source_address;
  std::string request_id;
  std::string detail;
};

// Appends `event` to the chain inside the caller's write unit, i.e. in the same transaction as
// the change it records: reads Head() (which takes the chain lock), sets seq = head.seq + 1,
// prev_hash = head.hash, computes the hash, and calls AuditRepo::Append.
// Errors: whatever the store returns (kUnavailable); the caller must then fail its unit so the
// change is rolled back with it.
// REQUIRES: `tx` belongs to a write unit (Database::Write/WriteUnit).
core::Status AppendInTx(store::Tx& tx, const AuditEvent& event, core::Instant now);

// Appends `event` in its own write unit (for reads, searches and denied attempts, which change
// nothing else). Returns once the entry is durable. Errors: kUnavailable.
// When the calling thread has a store::WriteDeferral installed (the HTTP layer does that for
// GET and HEAD requests), the entry is queued and Ok returned at once; the request's answer is
// then held until the entry is durable and replaced by the error if it could not be written
// (Database::WriteOrDefer). So in both cases: no answer before its audit entry is durable.
core::Status Append(store::Database& db, const AuditEvent& event, core::Instant now);

// Several events (e.g. one read entry per client shown in a list, NEN 7513) appended in order:
// one chained row per event, exactly as that many AppendInTx calls would write them, but
// stored with multi-row INSERTs (AuditRepo::AppendMany). Empty `events`: nothing happens.
// REQUIRES: `tx` belongs to a write unit.
core::Status AppendManyInTx(store::Tx& tx, const std::vector<AuditEvent>& events,
                            core::Instant now);

// AppendManyInTx in its own write unit, deferred like Append when the calling thread has a
// store::WriteDeferral (the answer waits until all the entries are durable).
core::Status AppendMany(store::Database& db, std::vector<AuditEvent> events, core::Instant now);

// Append calls (process-wide) whose entry is not durable yet: the requests waiting for their
// audit row before they may answer (the audit queue, for /metrics). Entries written together
// with a change wait in that change's write unit and are not counted here.
std::int64_t PendingAppends();

// Builds the row AppendInTx would append after `head` (exposed for tests and verification).
store::AuditRow MakeRow(const AuditEvent& event, core::Instant now, const store::AuditHead& head);

}  // namespace werkpad::audit
