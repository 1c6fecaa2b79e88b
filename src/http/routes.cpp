#include "http/routes.hpp"

namespace werkpad::http {

namespace h = handlers;

std::span<const RouteSpec> ApiRoutes() {
  static constexpr RouteSpec kRoutes[] = {
      // Session and two-factor authentication.
      {"POST", "/api/v1/session", Access::kPublic, h::Login},
      {"GET", "/api/v1/session", Access::kAnySession, h::GetSession, true},
      {"DELETE", "/api/v1/session", Access::kOptionalSession, h::Logout},
      {"POST", "/api/v1/session/totp", Access::kAnySession, h::VerifyTotp},
      {"POST", "/api/v1/session/totp/enrolment", Access::kAnySession, h::StartEnrolment},
      {"POST", "/api/v1/session/totp/enrolment/confirm", Access::kAnySession, h::ConfirmEnrolment},
      {"PUT", "/api/v1/session/password", Access::kActive, h::ChangePassword},
      // Revalidanten.
      {"GET", "/api/v1/revalidanten", Access::kActive, h::SearchRevalidanten},
      {"POST", "/api/v1/revalidanten", Access::kActive, h::CreateRevalidant},
      {"GET", "/api/v1/revalidanten/{id}", Access::kActive, h::GetRevalidant, true},
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
      // AGR: trajectories, decisions, team and setting (docs/api.md "AGR").
      {"GET", "/api/v1/revalidanten/{id}/trajectories", Access::kActive, h::ListTrajectories},
      {"POST", "/api/v1/revalidanten/{id}/trajectories", Access::kActive, h::StartTrajectory},
      {"GET", "/api/v1/trajectories/{id}", Access::kActive, h::GetTrajectory, true},
      {"POST", "/api/v1/trajectories/{id}/decisions", Access::kActive, h::RecordDecision},
      {"PUT", "/api/v1/trajectories/{id}/team", Access::kActive, h::ChangeTeam},
      {"POST", "/api/v1/trajectories/{id}/setting", Access::kActive, h::ChangeSetting},
      // AGR: tasks and the team meeting.
      {"GET", "/api/v1/trajectories/{id}/tasks", Access::kActive, h::TrajectoryTasks},
      {"GET", "/api/v1/tasks", Access::kActive, h::MyTasks},
      {"POST", "/api/v1/tasks/{id}/complete", Access::kActive, h::CompleteTask},
      {"GET", "/api/v1/team-meeting", Access::kActive, h::TeamMeeting},
      // AGR: form definitions.
      {"GET", "/api/v1/form-definitions", Access::kActive, h::ListFormDefinitions},
      {"POST", "/api/v1/form-definitions/import", Access::kActive, h::ImportFormDefinition},
      {"GET", "/api/v1/form-definitions/export", Access::kActive, h::ExportFormDefinitions},
      {"GET", "/api/v1/form-definitions/{form}", Access::kActive, h::GetFormDefinition},
      {"GET", "/api/v1/form-definitions/{form}/versions/{version}", Access::kActive,
       h::GetFormDefinition},
      // AGR: form responses per trajectory.
      {"GET", "/api/v1/trajectories/{id}/forms", Access::kActive, h::ListForms},
      {"GET", "/api/v1/trajectories/{id}/forms/{form}/response", Access::kActive,
       h::GetFormResponse},
      {"POST", "/api/v1/trajectories/{id}/forms/{form}/response", Access::kActive,
       h::CreateFormResponse},
      {"PUT", "/api/v1/trajectories/{id}/forms/{form}/response", Access::kActive,
       h::SaveFormResponse},
      {"POST", "/api/v1/trajectories/{id}/forms/{form}/response/finalise", Access::kActive,
       h::FinaliseFormResponse},
      {"POST", "/api/v1/trajectories/{id}/forms/{form}/response/sign", Access::kActive,
       h::SignFormResponse},
      {"POST", "/api/v1/trajectories/{id}/forms/{form}/response/reopen", Access::kActive,
       h::ReopenFormResponse},
      {"GET", "/api/v1/trajectories/{id}/forms/{form}/response/history", Access::kActive,
       h::FormResponseHistory},
      // AGR: consent (form 3) and the sharing policy.
      {"GET", "/api/v1/revalidanten/{id}/consent", Access::kActive, h::GetConsent, true},
      {"PUT", "/api/v1/revalidanten/{id}/consent/cells", Access::kActive, h::SetConsentCell},
      {"POST", "/api/v1/revalidanten/{id}/consent/withdrawals", Access::kActive,
       h::WithdrawConsent},
      {"POST", "/api/v1/revalidanten/{id}/consent/parties", Access::kActive, h::AddConsentParty},
      {"DELETE", "/api/v1/revalidanten/{id}/consent/parties/{party}", Access::kActive,
       h::RemoveConsentParty},
      {"POST", "/api/v1/revalidanten/{id}/consent/signature", Access::kActive, h::SignConsent},
      {"GET", "/api/v1/revalidanten/{id}/consent/history", Access::kActive, h::ConsentHistory},
      {"GET", "/api/v1/revalidanten/{id}/consent/check", Access::kActive, h::CheckConsent},
      // Verzuim (Poortwachter): dossier, episodes, documents, scenario, RIV, dashboard.
      {"GET", "/api/v1/revalidanten/{id}/verzuimdossier", Access::kActive,
       h::GetRevalidantVerzuim},
      {"POST", "/api/v1/revalidanten/{id}/verzuimdossier", Access::kActive,
       h::CreateVerzuimDossier},
      {"GET", "/api/v1/verzuimdossiers/{id}", Access::kActive, h::GetVerzuimDossier, true},
      {"PUT", "/api/v1/verzuimdossiers/{id}", Access::kActive, h::UpdateVerzuimDossier},
      {"POST", "/api/v1/verzuimdossiers/{id}/episodes", Access::kActive, h::AddVerzuimEpisode},
      {"PUT", "/api/v1/verzuimdossiers/{id}/episodes/{episode}", Access::kActive,
       h::UpdateVerzuimEpisode},
      {"POST", "/api/v1/verzuimdossiers/{id}/episodes/{episode}/end", Access::kActive,
       h::EndVerzuimEpisode},
      {"DELETE", "/api/v1/verzuimdossiers/{id}/episodes/{episode}", Access::kActive,
       h::DeleteVerzuimEpisode},
      {"POST", "/api/v1/verzuimdossiers/{id}/documents", Access::kActive, h::AddVerzuimDocument},
      {"GET", "/api/v1/verzuimdossiers/{id}/documents/{document}", Access::kActive,
       h::GetVerzuimDocument},
      {"PUT", "/api/v1/verzuimdossiers/{id}/documents/{document}", Access::kActive,
       h::UpdateVerzuimDocument},
      {"POST", "/api/v1/verzuimdossiers/{id}/scenario", Access::kActive,
       h::ChangeVerzuimScenario},
      {"GET", "/api/v1/verzuimdossiers/{id}/riv", Access::kActive, h::GetVerzuimRiv},
      {"GET", "/api/v1/verzuim/signalen", Access::kActive, h::VerzuimSignals},
      {"GET", "/api/v1/verzuim/settings", Access::kActive, h::GetVerzuimSettings},
      {"PUT", "/api/v1/verzuim/settings", Access::kActive, h::UpdateVerzuimSettings},
      {"GET", "/api/v1/verzuim/catalogus", Access::kActive, h::VerzuimCatalogue},
      {"POST", "/api/v1/wia/schatting", Access::kActive, h::EstimateWia},
      {"GET", "/api/v1/wia/begeleiding", Access::kActive, h::WiaGuidance},
      // The API description itself.
      {"GET", "/api/v1/openapi.json", Access::kPublic, h::OpenApi},
  };
  return kRoutes;
}

}  // namespace werkpad::http
