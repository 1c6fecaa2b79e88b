#pragma once

// Helpers shared by the service implementations. Not part of the public service API.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service::internal {

// Records a refused attempt (outcome denied, own write unit) and returns kForbidden.
// If the audit entry cannot be written the store's error is returned instead: an access that
// cannot be logged is not answered as if it were.
core::Error Deny(store::Database& db, const RequestContext& ctx, audit::Action action,
                 std::string object_type, std::string object_id,
                 core::RevalidantId revalidant = {});

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
