#include "service/policy.hpp"

#include <algorithm>

namespace werkpad::service {
namespace {

using domain::identity::Role;

bool IsClinical(Role r) {
  return r == Role::kRevalidatiearts || r == Role::kRic || r == Role::kTherapeut;
}

bool InScope(const Actor& actor, const domain::registry::RevalidantData& data) {
  if (data.team_id.valid() && std::find(actor.team_ids.begin(), actor.team_ids.end(),
                                        data.team_id) != actor.team_ids.end()) {
    return true;
  }
  // The coordinator's own caseload, whatever the team (DOMAIN.md §1: one fixed coordinator —
  // a RIC, or in model 2 "wisselend" one of the team's therapists).
  return (actor.role == Role::kRic || actor.role == Role::kTherapeut) && actor.user_id.valid() &&
         data.ric_user_id == actor.user_id;
}

}  // namespace

bool Allows(const Actor& actor, Permission p) {
  if (actor.system) return true;
  const Role r = actor.role;
  switch (p) {
    case Permission::kSearchRevalidanten:
      return IsClinical(r) || r == Role::kAdmin;
    case Permission::kReadRevalidant:
      return IsClinical(r) || r == Role::kRevalidant;
    case Permission::kCreateRevalidant:
    case Permission::kUpdateRevalidant:
      return IsClinical(r);
    case Permission::kManageUsers:
    case Permission::kManageOrganisation:
    case Permission::kReadAudit:
      return r == Role::kAdmin;
    case Permission::kReadStaffDirectory:
    case Permission::kReadOrganisation:
      return IsClinical(r) || r == Role::kAdmin;
    case Permission::kChangeOwnPassword:
      return true;
  }
  return false;
}

store::CaseloadScope CaseloadFor(const Actor& actor) {
  store::CaseloadScope scope;
  if (actor.system || actor.role == Role::kAdmin) {
    // The admin's lookup covers everyone but returns only names and birth dates
    // (MinimalLookupOnly); it exists to link portal accounts to revalidanten.
    scope.all = true;
    return scope;
  }
  if (!IsClinical(actor.role)) return scope;  // nothing
  scope.teams = actor.team_ids;
  if (actor.role == Role::kRic || actor.role == Role::kTherapeut) scope.ric = actor.user_id;
  return scope;
}

bool MayAccess(const Actor& actor, Permission p, const domain::registry::RevalidantData& data,
               core::RevalidantId id) {
  if (!Allows(actor, p)) return false;
  if (actor.system) return true;
  if (actor.role == Role::kRevalidant) {
    return p == Permission::kReadRevalidant && actor.revalidant_id.valid() &&
           actor.revalidant_id == id;
  }
  if (!IsClinical(actor.role)) return false;
  return InScope(actor, data);
}

bool MinimalLookupOnly(const Actor& actor) { return !actor.system && actor.role == Role::kAdmin; }

bool MaySeeMedicalData(const Actor& actor) {
  // Source: DOMAIN.md §1 and §privacy (AP "De zieke werknemer", 2016): the employer never gets a
  // diagnosis; medical data go to the bedrijfsarts only via the revalidatiearts after written
  // consent — which later features grant explicitly, not this role check.
  return !actor.system && IsClinical(actor.role);
}

// --- AGR route: role rules ---

bool IsAgrStaff(const Actor& actor) {
  return actor.system || actor.role == Role::kRevalidatiearts || actor.role == Role::kRic ||
         actor.role == Role::kTherapeut;
}

bool MayManageTrajectory(const Actor& actor) {
  return actor.system || actor.role == Role::kRevalidatiearts || actor.role == Role::kRic;
}

bool MayDecide(const Actor& actor, domain::agr::DecisionKind kind) {
  if (actor.system) return true;
  switch (kind) {
    case domain::agr::DecisionKind::kD1RicInzetten:
      return actor.role == Role::kRevalidatiearts;
    case domain::agr::DecisionKind::kD2Toestemming:
    case domain::agr::DecisionKind::kWerkbezoekAfgerond:
    case domain::agr::DecisionKind::kAfrondingStarten:
    case domain::agr::DecisionKind::kAfsluiten:
      return actor.role == Role::kRic;
    case domain::agr::DecisionKind::kD3Werktraining:
    case domain::agr::DecisionKind::kD4Voortzetten:
    case domain::agr::DecisionKind::kBeeindigen:
    case domain::agr::DecisionKind::kHeropenen:
      return actor.role == Role::kRevalidatiearts || actor.role == Role::kRic;
  }
  return false;
}

bool MayEditForms(const Actor& actor) { return IsAgrStaff(actor); }

bool MayRecordConsent(const Actor& actor) { return MayManageTrajectory(actor); }

bool MayManageFormDefinitions(const Actor& actor) {
  return actor.system || actor.role == Role::kAdmin;
}

// --- re-integratievisie and documents ---

bool MayDraftVisie(const Actor& actor) { return actor.system || actor.role == Role::kRic; }

bool MayEditVisie(const Actor& actor) { return IsAgrStaff(actor); }

bool MayChangeVisieStatus(const Actor& actor) { return actor.system || actor.role == Role::kRic; }

bool MaySignVisieOnPaper(const Actor& actor) { return MayManageTrajectory(actor); }

bool RevalidantMaySeeVisie(std::string_view status) {
  return status == "ready_for_signature" || status == "signed";
}

bool MayPartySeeVisie(std::string_view party, bool is_signed,
                      const std::vector<std::string>& share_with, bool consent_allows) {
  // Source: handbook ch. 4, AGR formulier 7: "Zonder deze toestemming mag de visie niet
  // besproken worden met de werkgever, bedrijfsarts en/of andere betrokkenen."
  return is_signed && consent_allows &&
         std::find(share_with.begin(), share_with.end(), party) != share_with.end();
}

bool MayGenerateDocuments(const Actor& actor) { return IsAgrStaff(actor); }

bool MayReadDocuments(const Actor& actor) { return IsAgrStaff(actor); }

}  // namespace werkpad::service
