#include "audit/verify.hpp"

#include <vector>

#include "audit/chain.hpp"

namespace werkpad::audit {

core::Result<VerifyReport> Verify(store::Database& db) {
  constexpr int kBatch = 1000;
  VerifyReport report;
  std::int64_t last_seq = 0;
  std::string last_hash(kGenesisHash);

  auto broken = [&](std::int64_t seq, std::string problem) {
    report.ok = false;
    report.first_broken_seq = seq;
    report.problem = std::move(problem);
    return report;
  };

  for (;;) {
    std::vector<store::AuditRow> rows;
    WP_RETURN_IF_ERROR(db.ReadUnit([&](store::Tx& tx) -> core::Status {
      WP_ASSIGN_OR_RETURN(rows, tx.audit().Scan(last_seq, kBatch));
      return core::Ok();
    }));
    for (const store::AuditRow& row : rows) {
      if (row.seq != last_seq + 1) return broken(last_seq + 1, "seq_gap");
      if (row.prev_hash != last_hash) return broken(row.seq, "prev_hash_mismatch");
      if (!HashMatches(row)) return broken(row.seq, "hash_mismatch");
      ++report.entries_checked;
      last_seq = row.seq;
      last_hash = row.hash;
    }
    if (static_cast<int>(rows.size()) < kBatch) break;
  }

  store::AuditHead head;
  WP_RETURN_IF_ERROR(db.ReadUnit([&](store::Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(head, tx.audit().StoredHead());
    return core::Ok();
  }));
  std::string head_hash = head.hash.empty() ? std::string(kGenesisHash) : head.hash;
  if (head.seq != last_seq || head_hash != last_hash) {
    return broken(head.seq > last_seq ? last_seq + 1 : head.seq, "head_mismatch");
  }
  return report;
}

}  // namespace werkpad::audit
