#include "audit/chain.hpp"

#include <fmt/format.h>

#include "core/crypto.hpp"

namespace werkpad::audit {
namespace {

void Text(std::string& out, std::string_view name, std::string_view value) {
  fmt::format_to(std::back_inserter(out), "{}={}:{}\n", name, value.size(), value);
}
void Number(std::string& out, std::string_view name, std::int64_t value) {
  fmt::format_to(std::back_inserter(out), "{}={}\n", name, value);
}

}  // namespace

std::string CanonicalSerialisation(const store::AuditRow& row) {
  std::string out;
  out.reserve(256);
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
  return out;
}

std::string ComputeHash(const store::AuditRow& row) {
  std::string input = row.prev_hash;
  input += '\n';
  input += CanonicalSerialisation(row);
  return core::Sha256Hex(input);
}

bool HashMatches(const store::AuditRow& row) {
  return core::ConstantTimeEqual(row.hash, ComputeHash(row));
}

}  // namespace werkpad::audit
