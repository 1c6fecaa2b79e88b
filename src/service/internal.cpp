#include "service/internal.hpp"

#include <atomic>

#include "core/log.hpp"
#include "domain/identity/role.hpp"

namespace werkpad::service::internal {

namespace {
std::atomic<std::uint64_t> g_identity_generation{0};
}  // namespace

std::uint64_t IdentityGeneration() {
  return g_identity_generation.load(std::memory_order_acquire);
}

void NoteIdentityChange() { g_identity_generation.fetch_add(1, std::memory_order_acq_rel); }

core::Error Deny(store::Database& db, const RequestContext& ctx, audit::Action action,
                 std::string object_type, std::string object_id, core::RevalidantId revalidant) {
  audit::AuditEvent e = EventFor(ctx, action, std::move(object_type), std::move(object_id),
                                 revalidant, audit::Outcome::kDenied);
  core::Status s = audit::Append(db, e, ctx.now);
  LogDenied(ctx, e.object_type);
  if (!s.ok()) return std::move(s).error();
  return core::Error::Forbidden("not allowed");
}

void LogDenied(const RequestContext& ctx, std::string_view object_type) {
  core::log::Warn("access_denied", {{"user_id", ctx.actor.user_id.value},
                                    {"object_type", object_type},
                                    {"request_id", std::string_view(ctx.request_id)}});
}

core::Result<std::vector<store::Discipline>> AllDisciplines(store::Tx& tx) {
  WP_ASSIGN_OR_RETURN(std::vector<store::Discipline> stored, tx.organisation().ListDisciplines());
  std::vector<store::Discipline> out;
  for (const auto& b : domain::identity::BuiltinDisciplines()) {
    store::Discipline d{std::string(b.code), std::string(b.label), true};
    for (const auto& s : stored) {
      if (s.code == d.code) d.label = s.label;  // a stored row may carry the institution's label
    }
    out.push_back(std::move(d));
  }
  for (const auto& s : stored) {
    bool builtin = false;
    for (const auto& b : domain::identity::BuiltinDisciplines())
      builtin = builtin || b.code == s.code;
    if (!builtin) out.push_back(s);
  }
  return out;
}

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) {
    --e;
  }
  return std::string(s.substr(b, e - b));
}

bool LooksLikeEmail(std::string_view v) {
  auto at = v.find('@');
  return at != std::string_view::npos && at > 0 && v.find('@', at + 1) == std::string_view::npos &&
         v.find('.', at) != std::string_view::npos && v.back() != '.' &&
         v.find(' ') == std::string_view::npos && v.size() <= 254;
}

void FieldChecker::Required(std::string_view path, std::string_view value) {
  if (Trim(value).empty()) Add(std::string(path), "required", "is required");
}

void FieldChecker::MaxLen(std::string_view path, std::string_view value, std::size_t max) {
  if (value.size() > max) {
    Add(std::string(path), "too_long", "is longer than " + std::to_string(max));
  }
}

void FieldChecker::Email(std::string_view path, std::string_view value) {
  if (!value.empty() && !LooksLikeEmail(value)) {
    Add(std::string(path), "invalid_email", "is not an e-mail address");
  }
}

bool FieldChecker::Has(std::string_view path) const {
  for (const auto& f : fields_) {
    if (f.path == path) return true;
  }
  return false;
}

core::Status FieldChecker::Done(std::string message) {
  if (fields_.empty()) return core::Ok();
  return core::Error::Invalid(std::move(message), std::move(fields_));
}

}  // namespace werkpad::service::internal
