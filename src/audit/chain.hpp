#pragma once

#include <string>
#include <string_view>

#include "store/audit_rows.hpp"

namespace werkpad::audit {

// The hash chain of the NEN 7513 audit log. Pure functions; thread-safe.
//
// Every row carries `hash` = hex SHA-256 of (prev_hash + "\n" + CanonicalSerialisation(row)),
// and `prev_hash` = the hash of the row before it (kGenesisHash for seq 1). Changing, removing
// or reordering any stored row breaks the chain at that row; Verify (audit/verify.hpp) finds it.

// 64 zeros: prev_hash of the first entry (and the head of an empty log).
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The canonical serialisation of every field except prev_hash and hash: one line per field in a
// fixed order ("seq=1\nat=<millis>\nuser_id=3\n..."), each text value length-prefixed
// ("role=3:ric") so that no choice of field contents can make two different rows serialise the
// same. Stable forever: changing it invalidates every stored chain.
std::string CanonicalSerialisation(const store::AuditRow& row);

// hex SHA-256 of prev_hash + "\n" + CanonicalSerialisation(row). Uses row.prev_hash; ignores
// row.hash.
std::string ComputeHash(const store::AuditRow& row);

// True when row.hash == ComputeHash(row).
bool HashMatches(const store::AuditRow& row);

}  // namespace werkpad::audit
