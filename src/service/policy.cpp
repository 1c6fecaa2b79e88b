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
// --- Profiles ---

bool IsOnTrajectoryTeam(const Actor& actor, const store::TrajectoryRecord& t) {
  if (actor.system) return true;
  if (!actor.user_id.valid()) return false;
  if (t.ric_user_id == actor.user_id || t.arts_user_id == actor.user_id) return true;
  return std::any_of(t.team.begin(), t.team.end(),
                     [&](const store::TeamMember& m) { return m.user_id == actor.user_id; });
}

std::vector<std::string> DisciplinesOn(const Actor& actor, const store::TrajectoryRecord& t) {
  std::vector<std::string> out;
  if (actor.system || actor.role != Role::kTherapeut) return out;
  for (const auto& m : t.team) {
    if (m.user_id == actor.user_id) out.push_back(m.discipline);
  }
  if (!actor.discipline.empty() &&
      std::find(out.begin(), out.end(), actor.discipline) == out.end()) {
    out.push_back(actor.discipline);
  }
  return out;
}

bool MayProfile(const Actor& actor, ProfileAction action, const store::TrajectoryRecord& t) {
  if (actor.system) return true;
  if (action == ProfileAction::kReadOwnPortal) {
    return actor.role == Role::kRevalidant && actor.revalidant_id.valid() &&
           actor.revalidant_id == t.trajectory.revalidant_id;
  }
  if (!IsClinical(actor.role) || !IsOnTrajectoryTeam(actor, t)) return false;
  const bool lead = actor.role == Role::kRevalidatiearts || actor.role == Role::kRic;
  const bool coordinator = t.ric_user_id == actor.user_id;  // model 2: a therapist as RIC
  switch (action) {
    case ProfileAction::kRead:
    case ProfileAction::kManageRounds:
    case ProfileAction::kRecordTraining:
      return true;
    case ProfileAction::kEditDemand:
    case ProfileAction::kRank:
      return lead || coordinator;
    case ProfileAction::kEnterCapacity:
      return lead;
    case ProfileAction::kReadOwnPortal:
      return false;
  }
  return false;
}

bool SeesAllProfileItems(const Actor& actor, const store::TrajectoryRecord& t) {
  if (actor.system) return true;
  if (actor.role == Role::kRevalidatiearts || actor.role == Role::kRic) return true;
  if (actor.role == Role::kRevalidant) return true;  // own progress and goals, whole
  return t.ric_user_id == actor.user_id;
}

bool MayAssessItem(const Actor& actor, const store::TrajectoryRecord& t,
                   const std::vector<std::string>& item_disciplines) {
  if (actor.system) return true;
  if (actor.role != Role::kTherapeut || !IsOnTrajectoryTeam(actor, t)) return false;
  for (const auto& d : DisciplinesOn(actor, t)) {
    if (std::find(item_disciplines.begin(), item_disciplines.end(), d) != item_disciplines.end()) {
      return true;
    }
  }
  return false;
}

bool MayManageGoalFor(const Actor& actor, const store::TrajectoryRecord& t,
                      const std::string& discipline) {
  if (actor.system) return true;
  if (!IsClinical(actor.role) || !IsOnTrajectoryTeam(actor, t)) return false;
  if (actor.role == Role::kRevalidatiearts || actor.role == Role::kRic) return true;
  if (t.ric_user_id == actor.user_id) return true;
  const auto mine = DisciplinesOn(actor, t);
  return std::find(mine.begin(), mine.end(), discipline) != mine.end();
}

bool MayReadProfileCatalogues(const Actor& actor) {
  return actor.system || IsClinical(actor.role) || actor.role == Role::kAdmin;
}

bool MayReadItemCatalogue(const Actor& actor) {
  return MayReadProfileCatalogues(actor) || actor.role == Role::kRevalidant;
}

bool MayManageWorksamples(const Actor& actor) {
  return actor.system || actor.role == Role::kAdmin;
}

bool MayManageAssignment(const Actor& actor) { return actor.system || actor.role == Role::kAdmin; }

bool MayManageFunctionCatalogues(const Actor& actor) {
  return actor.system || actor.role == Role::kAdmin || actor.role == Role::kRic ||
         actor.role == Role::kRevalidatiearts;
}

// --- Poortwachter / verzuim: role rules ---

bool MayWriteVerzuim(const Actor& actor) { return IsAgrStaff(actor); }

bool MayReadVerzuim(const Actor& actor) {
  return MayWriteVerzuim(actor) || (!actor.system && actor.role == Role::kRevalidant);
}

bool MayUseVerzuimDashboard(const Actor& actor) { return MayWriteVerzuim(actor); }

bool MayEstimateWia(const Actor& actor) { return MayWriteVerzuim(actor); }

// --- External access ---

bool MayManageExternalAccess(const Actor& actor) { return MayManageTrajectory(actor); }

bool IsExternalRole(Role role) {
  return role == Role::kWerkgever || role == Role::kBedrijfsarts || role == Role::kPartner;
}

Role RoleForParty(std::string_view party) {
  if (party == domain::consent::kWerkgever) return Role::kWerkgever;
  if (party == domain::consent::kBedrijfsarts) return Role::kBedrijfsarts;
  return Role::kPartner;
}

bool GrantFits(Role role, std::string_view party) {
  return IsExternalRole(role) && RoleForParty(party) == role;
}

bool MayUseSharedView(const Actor& actor) { return !actor.system && IsExternalRole(actor.role); }

bool ExternalMaySee(std::string_view party, domain::consent::InfoKind kind,
                    const domain::consent::PolicyDecision& decision) {
  // Source: AP "De zieke werknemer" (2016): never a diagnosis for the werkgever, whatever the
  // form says; KindAllowedFor encodes it, MayShare repeats it, this is the third line.
  return domain::consent::KindAllowedFor(party, kind) && decision.allowed;
}

bool MayReceiveFullForm7(std::string_view party, bool visie_allowed, bool medical_allowed) {
  return party == domain::consent::kBedrijfsarts && visie_allowed && medical_allowed;
}

}  // namespace werkpad::service
