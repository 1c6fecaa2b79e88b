#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::domain::registry {

// Employment status at registration; drives which AGR steps apply (a ZZP'er has no employer).
enum class EmploymentStatus { kLoondienst, kZzp, kWerkzoekend, kStudent, kGepensioneerd, kAnders };

// Codes "loondienst", "zzp", "werkzoekend", "student", "gepensioneerd", "anders".
std::string_view ToCode(EmploymentStatus s);
std::optional<EmploymentStatus> ParseEmploymentStatus(std::string_view code);
std::span<const EmploymentStatus> AllEmploymentStatuses();

// Text fields use the empty string for "not given".
struct ContactDetails {
  std::string email;
  std::string phone;
  std::string street;  // street and house number
  std::string postal_code;
  std::string city;
};

// Partner or other close person ("naaste").
struct Naaste {
  std::string name;
  std::string relation;  // partner, ouder, kind, ...
  std::string phone;
  std::string email;
};

struct Employer {
  std::string organisation;
  std::string contact_name;
  std::string contact_phone;
  std::string contact_email;
  std::string address;
};

// The bedrijfsarts or arbodienst that belongs with the employer.
struct BedrijfsartsContact {
  std::string name;
  std::string organisation;
  std::string phone;
  std::string email;
};

// What a user enters for a revalidant (create and update).
struct RevalidantData {
  std::string given_names;
  std::string family_name;
  core::Date date_of_birth{};
  std::optional<std::string> bsn;  // normalised nine digits when present
  ContactDetails contact;
  std::optional<Naaste> naaste;
  EmploymentStatus employment_status = EmploymentStatus::kAnders;
  std::optional<Employer> employer;
  std::string function_title;
  std::optional<double> hours_per_week;
  std::optional<BedrijfsartsContact> bedrijfsarts;
  core::TeamId team_id;      // 0 = not yet assigned
  core::UserId ric_user_id;  // 0 = not yet assigned

  bool operator==(const RevalidantData&) const = default;
};

struct Revalidant {
  core::RevalidantId id;
  std::int64_t version = 0;
  RevalidantData data;
  core::Instant created_at{};
  core::Instant updated_at{};
};

// Checks every field and returns all problems at once (field paths as in the API:
// "bsn", "contact.email", "employer.organisation", ...). Normalises the BSN in place.
// Errors: kInvalidInput with field codes required, too_long, elfproef, in_future, implausible,
// invalid_email, out_of_range.
core::Status ValidateRevalidant(RevalidantData& data, core::Date today);

// Limits, shared with the JSON layer's documentation.
inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxTextLength = 500;
inline constexpr int kMaxAgeYears = 120;
inline constexpr double kMaxHoursPerWeek = 80.0;

}  // namespace werkpad::domain::registry
