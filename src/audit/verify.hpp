#pragma once

#include <cstdint>
#include <string>

#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::audit {

// Result of checking the whole audit chain.
struct VerifyReport {
  std::int64_t entries_checked = 0;
  bool ok = true;
  // When !ok: seq of the first row that is wrong (or head.seq + 1 / the stored head's seq for
  // a head mismatch) and a machine code: "seq_gap", "prev_hash_mismatch", "hash_mismatch",
  // "head_mismatch".
  std::int64_t first_broken_seq = 0;
  std::string problem;
};

// Reads every row in seq order (in pages, on read connections) and checks seq continuity,
// prev_hash links and each row's hash, then that the stored head equals the last row.
// Errors: kUnavailable when the database fails (a broken chain is NOT an error: see report.ok).
core::Result<VerifyReport> Verify(store::Database& db);

}  // namespace werkpad::audit
