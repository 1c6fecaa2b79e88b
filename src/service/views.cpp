#include "service/views.hpp"

namespace werkpad::service {

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
