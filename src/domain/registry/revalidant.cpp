#include "domain/registry/revalidant.hpp"

#include <array>
#include <vector>

#include "domain/registry/bsn.hpp"

namespace werkpad::domain::registry {

namespace {

constexpr std::array kStatuses = {EmploymentStatus::kLoondienst, EmploymentStatus::kZzp,
                                  EmploymentStatus::kWerkzoekend, EmploymentStatus::kStudent,
                                  EmploymentStatus::kGepensioneerd, EmploymentStatus::kAnders};

class Checker {
 public:
  void Required(std::string_view path, const std::string& v) {
    if (Trimmed(v).empty()) Add(path, "required", "is required");
  }
  void MaxLen(std::string_view path, const std::string& v, std::size_t max) {
    if (v.size() > max) Add(path, "too_long", "is longer than " + std::to_string(max));
  }
  void Email(std::string_view path, const std::string& v) {
    if (v.empty()) return;
    auto at = v.find('@');
    bool ok = at != std::string::npos && at > 0 && v.find('@', at + 1) == std::string::npos &&
              v.find('.', at) != std::string::npos && v.back() != '.' &&
              v.find(' ') == std::string::npos && v.size() <= 254;
    if (!ok) Add(path, "invalid_email", "is not an e-mail address");
  }
  void Add(std::string_view path, std::string code, std::string message) {
    errors_.push_back({std::string(path), std::move(code), std::move(message)});
  }
  core::Status Done() {
    if (errors_.empty()) return core::Ok();
    return core::Error::Invalid("the revalidant has invalid fields", std::move(errors_));
  }

 private:
  static std::string_view Trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  }
  std::vector<core::FieldError> errors_;
};

}  // namespace

std::string_view ToCode(EmploymentStatus s) {
  switch (s) {
    case EmploymentStatus::kLoondienst: return "loondienst";
    case EmploymentStatus::kZzp: return "zzp";
    case EmploymentStatus::kWerkzoekend: return "werkzoekend";
    case EmploymentStatus::kStudent: return "student";
    case EmploymentStatus::kGepensioneerd: return "gepensioneerd";
    case EmploymentStatus::kAnders: return "anders";
  }
  return "anders";
}

std::optional<EmploymentStatus> ParseEmploymentStatus(std::string_view code) {
  for (auto s : kStatuses) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::span<const EmploymentStatus> AllEmploymentStatuses() { return kStatuses; }

core::Status ValidateRevalidant(RevalidantData& d, core::Date today) {
  Checker c;
  c.Required("given_names", d.given_names);
  c.MaxLen("given_names", d.given_names, kMaxNameLength);
  c.Required("family_name", d.family_name);
  c.MaxLen("family_name", d.family_name, kMaxNameLength);

  if (!d.date_of_birth.ok()) {
    c.Add("date_of_birth", "required", "is required");
  } else if (core::DaysBetween(d.date_of_birth, today) < 0) {
    c.Add("date_of_birth", "in_future", "lies in the future");
  } else if (core::AgeInYears(d.date_of_birth, today) > kMaxAgeYears) {
    c.Add("date_of_birth", "implausible", "gives an age above 120 years");
  }

  if (d.bsn) {
    if (auto n = NormaliseBsn(*d.bsn)) {
      d.bsn = *n;
    } else {
      c.Add("bsn", "elfproef", "is not a valid BSN (nine digits passing the elfproef)");
    }
  }

  c.MaxLen("contact.phone", d.contact.phone, 40);
  c.Email("contact.email", d.contact.email);
  c.MaxLen("contact.street", d.contact.street, kMaxNameLength);
  c.MaxLen("contact.postal_code", d.contact.postal_code, 20);
  c.MaxLen("contact.city", d.contact.city, kMaxNameLength);

  if (d.naaste) {
    c.Required("naaste.name", d.naaste->name);
    c.MaxLen("naaste.name", d.naaste->name, kMaxNameLength);
    c.MaxLen("naaste.relation", d.naaste->relation, 100);
    c.MaxLen("naaste.phone", d.naaste->phone, 40);
    c.Email("naaste.email", d.naaste->email);
  }
  if (d.employer) {
    c.Required("employer.organisation", d.employer->organisation);
    c.MaxLen("employer.organisation", d.employer->organisation, kMaxNameLength);
    c.MaxLen("employer.contact_name", d.employer->contact_name, kMaxNameLength);
    c.MaxLen("employer.contact_phone", d.employer->contact_phone, 40);
    c.Email("employer.contact_email", d.employer->contact_email);
    c.MaxLen("employer.address", d.employer->address, kMaxTextLength);
  }
  c.MaxLen("function_title", d.function_title, kMaxNameLength);
  if (d.hours_per_week && (*d.hours_per_week < 0 || *d.hours_per_week > kMaxHoursPerWeek)) {
    c.Add("hours_per_week", "out_of_range", "must be between 0 and 80");
  }
  if (d.bedrijfsarts) {
    if (d.bedrijfsarts->name.empty() && d.bedrijfsarts->organisation.empty()) {
      c.Add("bedrijfsarts.name", "required", "name or organisation is required");
    }
    c.MaxLen("bedrijfsarts.name", d.bedrijfsarts->name, kMaxNameLength);
    c.MaxLen("bedrijfsarts.organisation", d.bedrijfsarts->organisation, kMaxNameLength);
    c.MaxLen("bedrijfsarts.phone", d.bedrijfsarts->phone, 40);
    c.Email("bedrijfsarts.email", d.bedrijfsarts->email);
  }
  return c.Done();
}

}  // namespace werkpad::domain::registry
