#include "domain/identity/role.hpp"

#include <array>

namespace werkpad::domain::identity {

namespace {
constexpr std::array kRoles = {Role::kAdmin,      Role::kRevalidatiearts, Role::kRic,
                               Role::kTherapeut,  Role::kRevalidant,      Role::kWerkgever,
                               Role::kBedrijfsarts, Role::kPartner};

constexpr std::array<BuiltinDiscipline, 7> kDisciplines = {{
    {"fysiotherapie", "Fysiotherapie"},
    {"ergotherapie", "Ergotherapie"},
    {"psychologie", "Psychologie"},
    {"logopedie", "Logopedie"},
    {"maatschappelijk_werk", "Maatschappelijk werk"},
    {"verpleging", "Verpleging"},
    {"cognitieve_training", "Cognitieve training"},
}};
}  // namespace

std::string_view ToCode(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kRevalidatiearts: return "revalidatiearts";
    case Role::kRic: return "ric";
    case Role::kTherapeut: return "therapeut";
    case Role::kRevalidant: return "revalidant";
    case Role::kWerkgever: return "werkgever";
    case Role::kBedrijfsarts: return "bedrijfsarts";
    case Role::kPartner: return "partner";
  }
  return "partner";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (Role r : kRoles) {
    if (ToCode(r) == code) return r;
  }
  return std::nullopt;
}

std::span<const Role> AllRoles() { return kRoles; }

bool IsStaff(Role role) {
  return role == Role::kAdmin || role == Role::kRevalidatiearts || role == Role::kRic ||
         role == Role::kTherapeut;
}

bool RequiresTwoFactor(Role role) { return IsStaff(role); }

bool RequiresDiscipline(Role role) { return role == Role::kTherapeut; }

std::span<const BuiltinDiscipline> BuiltinDisciplines() { return kDisciplines; }

bool IsValidDisciplineCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 40) return false;
  for (char c : code) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace werkpad::domain::identity
