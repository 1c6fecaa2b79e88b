#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "service/views.hpp"
#include "store/audit_rows.hpp"
#include "store/database.hpp"

namespace werkpad::service {

struct AuditUserRef {
  core::UserId id;
  std::string username;
  std::string display_name;
};

// One AuditEntry of GET /audit. user: nullopt for user 0 (system/anonymous) -> JSON null;
// on_behalf_of / revalidant_id: 0 -> JSON null.
struct AuditEntryView {
  std::int64_t seq = 0;
  core::Instant at{};
  std::optional<AuditUserRef> user;
  std::string role;
  core::UserId on_behalf_of;
  core::RevalidantId revalidant_id;
  std::string action;
  std::string object_type;
  std::string object_id;
  std::string outcome;
  std::string source_address;
  std::string request_id;
};

struct AuditQuery {
  core::RevalidantId revalidant_id;   // 0 = any
  core::UserId user_id;               // 0 = any
  std::optional<core::Instant> from;  // inclusive
  std::optional<core::Instant> to;    // exclusive
  store::PageRequest page;
};

// The admin's view of the audit log. Thread-safe. The listing is itself audited (action
// "read", object_type "audit", detail naming the filters used, never their values except ids).
class AuditQueryService {
 public:
  AuditQueryService(store::Database& db, const core::Clock& clock);
  ~AuditQueryService();

  // Newest first. Errors: kForbidden (not admin; audited denied), kInvalidInput ("from" after
  // "to": field "to" out_of_range; page/page_size out_of_range), kUnavailable.
  core::Result<PageView<AuditEntryView>> List(const RequestContext& ctx, const AuditQuery& q);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
