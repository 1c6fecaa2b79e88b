#pragma once

#include "domain/agr/route.hpp"
#include "service/context.hpp"

namespace werkpad::service {

// Role rules of the AGR route (docs/api.md "AGR", table "Who may do what"). Need-to-know on the
// revalidant is decided by policy.hpp (MayAccess); these functions only answer which ROLE may
// take which kind of action. Pure; thread-safe. The system context may do everything.
//
//   action                                   admin arts ric therapeut revalidant external
//   read AGR data (with need-to-know)          -    x    x     x      own (no notes)   -
//   start trajectory, change team/setting      -    x    x     -          -          -
//   decisions: see MayDecide                   -    x    x     -          -          -
//   edit / finalise / reopen form responses    -    x    x     x          -          -
//   sign (portal) / sign (paper)               -  -/x  -/x   -/-        x/-         -
//   record consent cells, parties, paper sig   -    x    x     -          -          -
//   withdraw consent                           -    x    x     -         own         -
//   import / export form definitions           x    -    -     -          -          -

// Staff who work on trajectories: revalidatiearts, ric, therapeut.
bool IsAgrStaff(const Actor& actor);
bool MayManageTrajectory(const Actor& actor);
// Who records which decision. Source: handbook ch. 3 (D1 by the revalidatiearts; D2 recorded
// by the RIC for the revalidant; werkbezoek, afronding and afsluiten by the RIC; D3/D4 by the
// team, recorded by arts or RIC; beeindigen and heropenen by arts or RIC).
bool MayDecide(const Actor& actor, domain::agr::DecisionKind kind);
bool MayEditForms(const Actor& actor);
bool MayRecordConsent(const Actor& actor);
bool MayManageFormDefinitions(const Actor& actor);

}  // namespace werkpad::service
