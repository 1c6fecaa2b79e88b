#include "service/audit_query_service.hpp"

#include <map>

#include "audit/audit_log.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {

struct AuditQueryService::Impl {
  store::Database& db;
  const core::Clock& clock;
};

AuditQueryService::AuditQueryService(store::Database& db, const core::Clock& clock)
    : impl_(std::make_unique<Impl>(Impl{db, clock})) {}

AuditQueryService::~AuditQueryService() = default;

core::Result<PageView<AuditEntryView>> AuditQueryService::List(const RequestContext& ctx,
                                                               const AuditQuery& q) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kReadAudit)) {
    return internal::Deny(m.db, ctx, audit::Action::kRead, "audit", "", q.revalidant_id);
  }
  WP_RETURN_IF_ERROR(CheckPage(q.page));
  if (q.from && q.to && *q.to < *q.from) {
    return core::Error::Invalid("the period ends before it starts",
                                {{"to", "out_of_range", "is before from"}});
  }
  store::AuditFilter filter;
  filter.client_id = q.revalidant_id;
  filter.user_id = q.user_id;
  filter.from = q.from;
  filter.to = q.to;
  filter.page = q.page;

  PageView<AuditEntryView> out;
  WP_RETURN_IF_ERROR(m.db.ReadUnit([&](store::Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(store::Page<store::AuditRow> page, tx.audit().List(filter));
    std::map<std::int64_t, std::optional<AuditUserRef>> users;
    out.page = page.page;
    out.page_size = page.page_size;
    out.total = page.total;
    for (store::AuditRow& row : page.items) {
      AuditEntryView v;
      v.seq = row.seq;
      v.at = row.at;
      if (row.user_id.valid()) {
        auto it = users.find(row.user_id.value);
        if (it == users.end()) {
          std::optional<AuditUserRef> ref;
          auto u = tx.users().Get(row.user_id);
          if (u.ok()) {
            ref = AuditUserRef{u->id, u->username, u->display_name};
          } else if (u.error().code != core::ErrorCode::kNotFound) {
            return std::move(u).error();
          } else {
            ref = AuditUserRef{row.user_id, "", ""};
          }
          it = users.emplace(row.user_id.value, std::move(ref)).first;
        }
        v.user = it->second;
      }
      v.role = std::move(row.role);
      v.on_behalf_of = row.on_behalf_of;
      v.revalidant_id = row.client_id;
      v.action = std::move(row.action);
      v.object_type = std::move(row.object_type);
      v.object_id = std::move(row.object_id);
      v.outcome = std::move(row.outcome);
      v.source_address = std::move(row.source_address);
      v.request_id = std::move(row.request_id);
      out.items.push_back(std::move(v));
    }
    return core::Ok();
  }));

  // Reading the log is itself logged: which filters were used (ids only), and how many rows.
  audit::AuditEvent e = EventFor(ctx, audit::Action::kRead, "audit", "", q.revalidant_id);
  e.detail = "filters=";
  bool first = true;
  auto add = [&](const char* name, bool used) {
    if (!used) return;
    if (!first) e.detail += ',';
    e.detail += name;
    first = false;
  };
  add("revalidant_id", q.revalidant_id.valid());
  add("user_id", q.user_id.valid());
  add("from", q.from.has_value());
  add("to", q.to.has_value());
  if (q.user_id.valid()) e.detail += ";user_id=" + std::to_string(q.user_id.value);
  e.detail += ";page=" + std::to_string(q.page.page) + ";rows=" + std::to_string(out.items.size());
  WP_RETURN_IF_ERROR(audit::Append(m.db, e, ctx.now));
  return out;
}

}  // namespace werkpad::service
