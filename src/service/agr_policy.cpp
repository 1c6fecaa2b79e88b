#include "service/agr_policy.hpp"

namespace werkpad::service {

using domain::agr::DecisionKind;
using domain::identity::Role;

bool IsAgrStaff(const Actor& actor) {
  return actor.system || actor.role == Role::kRevalidatiearts || actor.role == Role::kRic ||
         actor.role == Role::kTherapeut;
}

bool MayManageTrajectory(const Actor& actor) {
  return actor.system || actor.role == Role::kRevalidatiearts || actor.role == Role::kRic;
}

bool MayDecide(const Actor& actor, DecisionKind kind) {
  if (actor.system) return true;
  switch (kind) {
    case DecisionKind::kD1RicInzetten:
      return actor.role == Role::kRevalidatiearts;
    case DecisionKind::kD2Toestemming:
    case DecisionKind::kWerkbezoekAfgerond:
    case DecisionKind::kAfrondingStarten:
    case DecisionKind::kAfsluiten:
      return actor.role == Role::kRic;
    case DecisionKind::kD3Werktraining:
    case DecisionKind::kD4Voortzetten:
    case DecisionKind::kBeeindigen:
    case DecisionKind::kHeropenen:
      return actor.role == Role::kRevalidatiearts || actor.role == Role::kRic;
  }
  return false;
}

bool MayEditForms(const Actor& actor) { return IsAgrStaff(actor); }

bool MayRecordConsent(const Actor& actor) { return MayManageTrajectory(actor); }

bool MayManageFormDefinitions(const Actor& actor) {
  return actor.system || actor.role == Role::kAdmin;
}

}  // namespace werkpad::service
