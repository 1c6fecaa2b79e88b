#include "audit/audit_log.hpp"

#include <array>
#include <atomic>
#include <memory>
#include <utility>

#include "audit/chain.hpp"

namespace werkpad::audit {
namespace {

constexpr std::array<std::pair<Action, std::string_view>, 9> kActions = {{
    {Action::kCreate, "create"},
    {Action::kRead, "read"},
    {Action::kUpdate, "update"},
    {Action::kDelete, "delete"},
    {Action::kExport, "export"},
    {Action::kPrint, "print"},
    {Action::kShare, "share"},
    {Action::kSearch, "search"},
    {Action::kLogin, "login"},
}};

constexpr std::array<std::pair<Outcome, std::string_view>, 3> kOutcomes = {{
    {Outcome::kSuccess, "success"},
    {Outcome::kDenied, "denied"},
    {Outcome::kFailure, "failure"},
}};

}  // namespace

std::string_view ToCode(Action a) {
  for (const auto& [action, code] : kActions) {
    if (action == a) return code;
  }
  return "read";
}

std::optional<Action> ParseAction(std::string_view code) {
  for (const auto& [action, c] : kActions) {
    if (c == code) return action;
  }
  return std::nullopt;
}

std::string_view ToCode(Outcome o) {
  for (const auto& [outcome, code] : kOutcomes) {
    if (outcome == o) return code;
  }
  return "failure";
}

std::optional<Outcome> ParseOutcome(std::string_view code) {
  for (const auto& [outcome, c] : kOutcomes) {
    if (c == code) return outcome;
  }
  return std::nullopt;
}

store::AuditRow MakeRow(const AuditEvent& event, core::Instant now, const store::AuditHead& head) {
  store::AuditRow row;
  row.seq = head.seq + 1;
  row.at = now;
  row.user_id = event.user_id;
  row.role = event.role;
  row.on_behalf_of = event.on_behalf_of;
  row.client_id = event.revalidant_id;
  row.action = std::string(ToCode(event.action));
  row.object_type = event.object_type;
  row.object_id = event.object_id;
  row.outcome = std::string(ToCode(event.outcome));
  row.source_address = event.source_address;
  row.request_id = event.request_id;
  row.detail = event.detail;
  row.prev_hash = head.hash.empty() ? std::string(kGenesisHash) : head.hash;
  row.hash = ComputeHash(row);
  return row;
}

core::Status AppendInTx(store::Tx& tx, const AuditEvent& event, core::Instant now) {
  WP_ASSIGN_OR_RETURN(store::AuditHead head, tx.audit().Head());
  return tx.audit().Append(MakeRow(event, now, head));
}

core::Status AppendManyInTx(store::Tx& tx, const std::vector<AuditEvent>& events,
                            core::Instant now) {
  if (events.empty()) return core::Ok();
  WP_ASSIGN_OR_RETURN(store::AuditHead head, tx.audit().Head());
  std::vector<store::AuditRow> rows;
  rows.reserve(events.size());
  for (const AuditEvent& e : events) {
    rows.push_back(MakeRow(e, now, head));
    head = store::AuditHead{rows.back().seq, rows.back().hash};
  }
  return tx.audit().AppendMany(rows);
}

namespace {
std::atomic<std::int64_t> g_pending_appends{0};
}  // namespace

core::Status Append(store::Database& db, const AuditEvent& event, core::Instant now) {
  g_pending_appends.fetch_add(1, std::memory_order_relaxed);
  if (store::WriteDeferral::Current() != nullptr) {
    // The request's answer waits for this entry (see WriteDeferral); the count drops when the
    // writer is done with the unit (after its batch's commit), i.e. when the unit is destroyed.
    std::shared_ptr<void> counted(
        nullptr, [](void*) { g_pending_appends.fetch_sub(1, std::memory_order_relaxed); });
    return db.WriteOrDefer(
        [event, now, counted](store::Tx& tx) { return AppendInTx(tx, event, now); });
  }
  core::Status s = db.WriteUnit([&](store::Tx& tx) { return AppendInTx(tx, event, now); });
  g_pending_appends.fetch_sub(1, std::memory_order_relaxed);
  return s;
}

core::Status AppendMany(store::Database& db, std::vector<AuditEvent> events, core::Instant now) {
  if (events.empty()) return core::Ok();
  g_pending_appends.fetch_add(1, std::memory_order_relaxed);
  if (store::WriteDeferral::Current() != nullptr) {
    std::shared_ptr<void> counted(
        nullptr, [](void*) { g_pending_appends.fetch_sub(1, std::memory_order_relaxed); });
    return db.WriteOrDefer([events = std::move(events), now, counted](store::Tx& tx) {
      return AppendManyInTx(tx, events, now);
    });
  }
  core::Status s = db.WriteUnit([&](store::Tx& tx) { return AppendManyInTx(tx, events, now); });
  g_pending_appends.fetch_sub(1, std::memory_order_relaxed);
  return s;
}

std::int64_t PendingAppends() { return g_pending_appends.load(std::memory_order_relaxed); }

}  // namespace werkpad::audit
