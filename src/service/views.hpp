#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/identity/role.hpp"
#include "store/page.hpp"
#include "store/users.hpp"

namespace werkpad::service {

// A user as the API shows it (GET /users, Session.user). No security fields.
struct UserView {
  core::UserId id;
  std::int64_t version = 0;
  std::string username;
  std::string display_name;
  std::string email;
  domain::identity::Role role = domain::identity::Role::kTherapeut;
  std::string discipline;  // empty -> JSON null
  std::vector<core::TeamId> team_ids;
  core::RevalidantId revalidant_id;  // 0 -> JSON null
  bool disabled = false;
  bool totp_enabled = false;
  std::optional<core::Instant> last_login_at;
};

// A paginated list as every list endpoint answers it: {"items","page","page_size","total"}.
template <class T>
using PageView = store::Page<T>;

// The view of a stored user (no security fields).
UserView ToView(const store::UserRecord& u);

// Checks page >= 1 and 1 <= page_size <= store::kMaxPageSize.
// Errors: kInvalidInput field "page" / "page_size" code "out_of_range".
core::Status CheckPage(const store::PageRequest& page);

}  // namespace werkpad::service
