#include "audit/chain.hpp"

#include <charconv>

#include "core/crypto.hpp"

namespace werkpad::audit {
namespace {

// Appended piece by piece (every audited request hashes one row on the writer's thread; the
// form is pinned by AuditChainTest.CanonicalFormAndHashOfAFixedRowNeverChange).
void Digits(std::string& out, std::int64_t value) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
}
void Text(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += '=';
  Digits(out, static_cast<std::int64_t>(value.size()));
  out += ':';
  out += value;
  out += '\n';
}
void Number(std::string& out, std::string_view name, std::int64_t value) {
  out += name;
  out += '=';
  Digits(out, value);
  out += '\n';
}

void AppendCanonical(std::string& out, const store::AuditRow& row) {
  Number(out, "seq", row.seq);
  Number(out, "at", core::ToMillis(row.at));
  Number(out, "user_id", row.user_id.value);
  Text(out, "role", row.role);
  Number(out, "on_behalf_of", row.on_behalf_of.value);
  Number(out, "client_id", row.client_id.value);
  Text(out, "action", row.action);
  Text(out, "object_type", row.object_type);
  Text(out, "object_id", row.object_id);
  Text(out, "outcome", row.outcome);
  Text(out, "source_address", row.source_address);
  Text(out, "request_id", row.request_id);
  Text(out, "detail", row.detail);
}

}  // namespace

std::string CanonicalSerialisation(const store::AuditRow& row) {
  std::string out;
  out.reserve(256);
  AppendCanonical(out, row);
  return out;
}

std::string ComputeHash(const store::AuditRow& row) {
  std::string input;
  input.reserve(row.prev_hash.size() + 1 + 256 + row.detail.size());
  input += row.prev_hash;
  input += '\n';
  AppendCanonical(input, row);
  return core::Sha256Hex(input);
}

bool HashMatches(const store::AuditRow& row) {
  return core::ConstantTimeEqual(row.hash, ComputeHash(row));
}

}  // namespace werkpad::audit
