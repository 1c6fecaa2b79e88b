#include "service/views.hpp"

namespace werkpad::service {

UserView ToView(const store::UserRecord& u) {
  UserView v;
  v.id = u.id;
  v.version = u.version;
  v.username = u.username;
  v.display_name = u.display_name;
  v.email = u.email;
  v.role = u.role;
  v.discipline = u.discipline;
  v.team_ids = u.team_ids;
  v.revalidant_id = u.revalidant_id;
  v.disabled = u.disabled;
  v.totp_enabled = u.totp_enabled;
  v.last_login_at = u.last_login_at;
  return v;
}

core::Status CheckPage(const store::PageRequest& page) {
  std::vector<core::FieldError> fields;
  if (page.page < 1) fields.push_back({"page", "out_of_range", "must be at least 1"});
  if (page.page_size < 1 || page.page_size > store::kMaxPageSize) {
    fields.push_back({"page_size", "out_of_range", "must be between 1 and 100"});
  }
  if (!fields.empty()) return core::Error::Invalid("invalid page", std::move(fields));
  return core::Ok();
}

}  // namespace werkpad::service
