#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/agr_service.hpp"
#include "service/context.hpp"
#include "service/document_service.hpp"
#include "service/password.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// External access (issue 6; docs/api.md "Externe toegang"): the RIC (or revalidatiearts) invites
// a werkgever, bedrijfsarts or other partner as an ACCOUNT and grants it access to one
// revalidant as one form 3 party; the external account sees, per request, exactly the kinds of
// information THE consent policy (consent::MayShare on the stored form 3 record) allows that
// party at that moment — a withdrawn cell or a revoked grant takes effect on the next request.
// Never a diagnosis or medical field for anyone but the bedrijfsarts with medical consent.
// Messages external parties send are checked for medical terms (domain/privacy).
//
// Every method: role rule (service/policy.hpp), need-to-know, one transaction per write, an
// audit record: grants object "external_grant"; every external view object "external_view"
// (read; refused ones with outcome denied, also the 404 for a revalidant without a grant);
// downloads "document" (export); messages "external_message". Thread-safe.

struct ExternalAccountView {
  core::UserId id;
  std::string username;
  std::string display_name;
  std::string email;
  domain::identity::Role role = domain::identity::Role::kWerkgever;
};

struct GrantView {
  store::ExternalGrantRecord grant;
  ExternalAccountView user;
  UserRef invited_by;  // id 0: the system (demo data)
  std::vector<std::string> allowed_kinds;  // kinds MayShare allows the party now
};

struct GrantInput {
  std::string party;
  core::UserId user_id;  // an existing external account, or
  std::string username;  // a new account: username, display_name, email
  std::string display_name;
  std::string email;
};

struct Invitation {
  GrantView grant;
  std::optional<std::string> initial_password;  // only for a new account, shown once
};

struct ExternalMessageView {
  store::ExternalMessageRecord message;
  UserRef by;
};

struct SharedItem {
  std::int64_t grant_id = 0;
  core::RevalidantId revalidant_id;
  std::string revalidant_name;
  std::string party;
  std::vector<std::string> allowed_kinds;
  core::Instant since{};
};

struct SharedKind {
  std::string kind;
  bool allowed = false;
  std::string reason;  // consent::PolicyReason code
};

struct SharedField {
  std::string label;
  std::string value;
};

struct SharedSection {
  std::string kind;
  std::string title;
  std::optional<core::Instant> updated_at;
  std::vector<SharedField> fields;
};

struct SharedView {
  core::RevalidantId revalidant_id;
  std::string revalidant_name;
  std::string party;
  std::vector<SharedKind> kinds;
  std::vector<SharedSection> sections;
  std::vector<store::GeneratedDocument> documents;
  std::vector<ExternalMessageView> messages;
};

// Longest external message, in characters.
inline constexpr std::size_t kMaxExternalMessage = 2000;

class ExternalAccessService {
 public:
  ExternalAccessService(store::Database& db, const core::Clock& clock,
                        const PasswordHasher& hasher);
  ~ExternalAccessService();

  // --- staff (RIC, revalidatiearts with need-to-know) ---
  core::Result<std::vector<GrantView>> ListGrants(const RequestContext& ctx,
                                                  core::RevalidantId revalidant);
  // Errors: kForbidden; kNotFound (revalidant); kInvalidInput ("party" required/invalid_code/
  // not_on_form; "user_id" invalid_value; "username" required/invalid_value/too_long,
  // "display_name" required/too_long, "email" required/invalid_value); kConflict ("user_id"
  // taken: an active grant exists; "username" taken).
  core::Result<Invitation> Invite(const RequestContext& ctx, core::RevalidantId revalidant,
                                  const GrantInput& in);
  // kNotFound when the grant is not of this revalidant; kConflict when already revoked.
  core::Result<GrantView> Revoke(const RequestContext& ctx, core::RevalidantId revalidant,
                                 std::int64_t grant_id);
  // Enabled external accounts whose username or display name contains `q` (at most 50).
  core::Result<std::vector<ExternalAccountView>> SearchAccounts(const RequestContext& ctx,
                                                                const std::string& q);
  core::Result<std::vector<ExternalMessageView>> Messages(const RequestContext& ctx,
                                                          core::RevalidantId revalidant);

  // --- external accounts (own active grants only) ---
  core::Result<std::vector<SharedItem>> Shared(const RequestContext& ctx);
  // kNotFound when the account has no active grant for the revalidant (whether it exists or
  // not); kForbidden for other roles.
  core::Result<SharedView> View(const RequestContext& ctx, core::RevalidantId revalidant);
  // The PDF when it is listed in View's documents now; else kNotFound.
  core::Result<DocumentContent> Download(const RequestContext& ctx, core::RevalidantId revalidant,
                                         std::int64_t document_id);
  // Errors: kInvalidInput ("text" required/too_long/medical_content with a Dutch message naming
  // the words found); kNotFound as View.
  core::Result<ExternalMessageView> SendMessage(const RequestContext& ctx,
                                                core::RevalidantId revalidant,
                                                const std::string& text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
