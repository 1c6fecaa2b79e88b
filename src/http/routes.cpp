#include "http/routes.hpp"

namespace werkpad::http {

namespace h = handlers;

std::span<const RouteSpec> ApiRoutes() {
  static constexpr RouteSpec kRoutes[] = {
      // Session and two-factor authentication.
      {"POST", "/api/v1/session", Access::kPublic, h::Login},
      {"GET", "/api/v1/session", Access::kAnySession, h::GetSession},
      {"DELETE", "/api/v1/session", Access::kOptionalSession, h::Logout},
      {"POST", "/api/v1/session/totp", Access::kAnySession, h::VerifyTotp},
      {"POST", "/api/v1/session/totp/enrolment", Access::kAnySession, h::StartEnrolment},
      {"POST", "/api/v1/session/totp/enrolment/confirm", Access::kAnySession, h::ConfirmEnrolment},
      {"PUT", "/api/v1/session/password", Access::kActive, h::ChangePassword},
      // Revalidanten.
      {"GET", "/api/v1/revalidanten", Access::kActive, h::SearchRevalidanten},
      {"POST", "/api/v1/revalidanten", Access::kActive, h::CreateRevalidant},
      {"GET", "/api/v1/revalidanten/{id}", Access::kActive, h::GetRevalidant},
      {"PUT", "/api/v1/revalidanten/{id}", Access::kActive, h::UpdateRevalidant},
      // Users and the staff directory.
      {"GET", "/api/v1/users", Access::kActive, h::ListUsers},
      {"POST", "/api/v1/users", Access::kActive, h::CreateUser},
      {"GET", "/api/v1/users/{id}", Access::kActive, h::GetUser},
      {"PUT", "/api/v1/users/{id}", Access::kActive, h::UpdateUser},
      {"POST", "/api/v1/users/{id}/disable", Access::kActive, h::DisableUser},
      {"POST", "/api/v1/users/{id}/enable", Access::kActive, h::EnableUser},
      {"POST", "/api/v1/users/{id}/reset-password", Access::kActive, h::ResetUserPassword},
      {"POST", "/api/v1/users/{id}/reset-2fa", Access::kActive, h::ResetUserTotp},
      {"GET", "/api/v1/staff", Access::kActive, h::StaffDirectory},
      // Organisation.
      {"GET", "/api/v1/teams", Access::kActive, h::ListTeams},
      {"POST", "/api/v1/teams", Access::kActive, h::CreateTeam},
      {"GET", "/api/v1/disciplines", Access::kActive, h::ListDisciplines},
      {"POST", "/api/v1/disciplines", Access::kActive, h::CreateDiscipline},
      {"GET", "/api/v1/institution", Access::kActive, h::GetInstitution},
      {"PUT", "/api/v1/institution", Access::kActive, h::UpdateInstitution},
      // Audit log.
      {"GET", "/api/v1/audit", Access::kActive, h::ListAudit},
      // The API description itself.
      {"GET", "/api/v1/openapi.json", Access::kPublic, h::OpenApi},
  };
  return kRoutes;
}

}  // namespace werkpad::http
