#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace werkpad::domain::identity {

// The roles of DOMAIN.md §1. Staff work inside the institution; external roles see only what a
// revalidant consented to (granted by later features through the policy module).
enum class Role {
  kAdmin,            // functional administrator: users, teams, settings; no clinical content
  kRevalidatiearts,  // rehabilitation physician
  kRic,              // re-integratiecoördinator
  kTherapeut,        // member of the treatment team, with a discipline
  kRevalidant,       // the patient / employee, through the portal
  kWerkgever,        // employer or manager (external)
  kBedrijfsarts,     // occupational physician / arbodienst (external)
  kPartner,          // other external partner: UWV, gemeente, jobcoach, insurer, ...
};

// Stable codes used in the API and the database: "admin", "revalidatiearts", "ric", "therapeut",
// "revalidant", "werkgever", "bedrijfsarts", "partner".
std::string_view ToCode(Role role);
std::optional<Role> ParseRole(std::string_view code);
std::span<const Role> AllRoles();

// Staff roles work with patient data inside the institution.
bool IsStaff(Role role);
// NEN 7510 expects two-factor authentication for access to patient data: every staff role must
// pass TOTP before its session becomes active. Source: NEN 7510-2:2017 control 9.4.2.
bool RequiresTwoFactor(Role role);
// Roles that must carry a discipline (the therapist's profession).
bool RequiresDiscipline(Role role);

// The built-in disciplines of the behandelteam (DOMAIN.md §1); institutions may add more codes.
struct BuiltinDiscipline {
  std::string_view code;
  std::string_view label;  // Dutch label as shown in the UI catalogue default
};
std::span<const BuiltinDiscipline> BuiltinDisciplines();

// A discipline code: lowercase ASCII letters, digits and '_', 2..40 characters.
bool IsValidDisciplineCode(std::string_view code);

}  // namespace werkpad::domain::identity
