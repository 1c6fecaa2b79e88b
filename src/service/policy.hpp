#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/ids.hpp"
#include "domain/consent/consent.hpp"
#include "domain/consent/policy.hpp"
#include "domain/agr/route.hpp"
#include "domain/identity/role.hpp"
#include "domain/registry/revalidant.hpp"
#include "service/context.hpp"
#include "store/agr.hpp"
#include "store/revalidanten.hpp"

namespace werkpad::service {

// The one policy module: which role may do what, and which revalidanten a user may see
// (need-to-know). Pure functions of the actor and the record; thread-safe. Every service asks
// here; nothing else decides access.
//
// Matrix (system context: everything). Columns: adm = admin, arts = revalidatiearts, ric,
// ther = therapeut, rev = revalidant, wg = werkgever, ba = bedrijfsarts, par = partner.
//   permission            adm   arts   ric    ther   rev  wg  ba  par
//   kSearchRevalidanten   min*  scope  scope  scope  -    -   -   -
//   kReadRevalidant       -     scope  scope  scope  own  -   -   -
//   kCreateRevalidant     -     x      x      x      -    -   -   -
//   kUpdateRevalidant     -     scope  scope  scope  -    -   -   -
//   kManageUsers          x     -      -      -      -    -   -   -
//   kReadStaffDirectory   x     x      x      x      -    -   -   -
//   kReadOrganisation     x     x      x      x      -    -   -   -   (teams, disciplines)
//   kManageOrganisation   x     -      -      -      -    -   -   -   (and the institution)
//   kReadAudit            x     -      -      -      -    -   -   -
//   kChangeOwnPassword    x     x      x      x      x    x   x   x
// * admin: a minimal lookup only (id, names, date of birth), never the record.
// scope = need-to-know (CaseloadFor): revalidanten of the actor's teams, plus those whose
// ric_user_id is the actor (caseload of a RIC, or of a therapist acting as RIC in model
// "wisselend"). Clinical staff are all team-scoped; only the system (and the admin's minimal
// lookup) reaches every revalidant.
// Medical/clinical content (later features) is visible only to revalidatiearts and therapeut and
// the RIC; werkgever, bedrijfsarts, partner and admin never see it (MaySeeMedicalData), external
// roles see only what the revalidant consented to (granted by later features).
enum class Permission {
  kSearchRevalidanten,
  kReadRevalidant,
  kCreateRevalidant,
  kUpdateRevalidant,
  kManageUsers,
  kReadStaffDirectory,
  kReadOrganisation,
  kManageOrganisation,
  kReadAudit,
  kChangeOwnPassword,
};

// Whether the role may use this kind of action at all (before any per-record check).
bool Allows(const Actor& actor, Permission p);

// The search scope for kSearchRevalidanten (store applies it in SQL). Empty scope (nothing
// visible) when the actor has no teams and no caseload. System: all.
store::CaseloadScope CaseloadFor(const Actor& actor);

// Need-to-know on one revalidant: kReadRevalidant / kUpdateRevalidant for this record.
// True when Allows(actor, p) and the record is in the actor's scope (revalidant role: only the
// own record and only for reading).
bool MayAccess(const Actor& actor, Permission p, const domain::registry::RevalidantData& data,
               core::RevalidantId id);

// Admin's revalidant search returns only id, names and date of birth.
bool MinimalLookupOnly(const Actor& actor);

// Medical and clinical content (diagnoses, treatment, assessments): never for werkgever,
// bedrijfsarts, partner, revalidant portal (until a consent grants a specific part) or admin.
bool MaySeeMedicalData(const Actor& actor);

// AGR route: which ROLE may take which kind of action (docs/api.md "AGR", table "Who may do
// what"). Need-to-know on the revalidant is MayAccess above. The system context may do everything.
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

// Re-integratievisie (AGR form 7) and generated documents (issue 6).
//
//   action                                   admin arts ric therapeut revalidant external
//   create the draft                           -    -    x     -          -          -
//   read, edit content, review comments        -    x    x     x     read own*     -
//   change status (review, ready, back)        -    -    x     -          -          -
//   sign in the portal / record paper sig.     -  -/x  -/x   -/-        x/-         -
//   generate, list and download documents     -    x    x     x          -          -
//   institution logo: change / read            x/x -/x  -/x   -/x        -          -
// * the revalidant reads the own visie only once it is ready for signature (then signs it), and
//   never the review comments. Need-to-know on the revalidant is MayAccess above.
// Outside the team nobody sees the visie unless the revalidant chose that party when signing
// and the consent (form 3 cell "reintegratievisie", recorded with the signature) still allows it:
// MayPartySeeVisie.
bool MayDraftVisie(const Actor& actor);
bool MayEditVisie(const Actor& actor);
bool MayChangeVisieStatus(const Actor& actor);
bool MaySignVisieOnPaper(const Actor& actor);
// The revalidant sees the own visie from "ready_for_signature" on (status code).
bool RevalidantMaySeeVisie(std::string_view status);
// An external party (werkgever, bedrijfsarts, ...) may see the visie: it is signed, the
// revalidant chose `party` at signing, and the consent still allows it now.
bool MayPartySeeVisie(std::string_view party, bool is_signed,
                      const std::vector<std::string>& share_with, bool consent_allows);
bool MayGenerateDocuments(const Actor& actor);
bool MayReadDocuments(const Actor& actor);
// --- Profiles (issue 4): forms 4 and 6, matching, goals, work training, function catalogues ---
// Need-to-know is narrower than the revalidant's scope: only the trajectory's TEAM (its RIC, its
// revalidatiearts and its team members; system always) reaches trajectory profile data, and
// MayAccess on the revalidant must hold as well. Within the team:
//
//   action                              arts  ric  therapeut           revalidant  admin  ext
//   kRead (form 4, rounds, FML, match,   x     x    x (own discipline's   -           -      -
//          training, goals, progress)               items only)
//   kReadOwnPortal (goals, progress)     -     -    -                   own         -      -
//   kEditDemand (form 4)                 x     x    trajectory RIC only -           -      -
//   kManageRounds (create, close)        x     x    x                   -           -      -
//   assess an item (form 6)              -     -    discipline assigned -           -      -
//                                                   to the item (MayAssessItem)
//   kEnterCapacity (FML/IZP)             x     x    -                   -           -      -
//   goals: create / evaluate / adjust    x     x    own discipline      -           -      -
//          (MayManageGoalFor)
//   kRecordTraining (sessions, reports)  x     x    x                   -           -      -
//   kRank (alternative functions)        x     x    trajectory RIC only -           -      -
//
// Catalogues (no client data): worksamples and the item-to-discipline assignment are managed by
// the admin; function catalogues by admin, ric and arts; all read by staff and admin. The item
// catalogue itself (labels, units, disciplines) is also read by the revalidant, whose portal shows
// their own goals and progress in the items' words (MayReadItemCatalogue).
enum class ProfileAction {
  kRead,
  kReadOwnPortal,
  kEditDemand,
  kManageRounds,
  kEnterCapacity,
  kRecordTraining,
  kRank,
};

// The actor is the trajectory's RIC or arts or one of its team members (or the system).
bool IsOnTrajectoryTeam(const Actor& actor, const store::TrajectoryRecord& t);
// The disciplines the actor assesses on this trajectory: their team entries plus their own
// discipline. Empty for non-therapists.
std::vector<std::string> DisciplinesOn(const Actor& actor, const store::TrajectoryRecord& t);
// Role and team rule of the table above. Need-to-know on the revalidant comes on top.
bool MayProfile(const Actor& actor, ProfileAction action, const store::TrajectoryRecord& t);
// Whether the actor sees every item (arts, ric, the trajectory's RIC, system) rather than only
// the items assigned to their discipline (therapists). The revalidant sees their own progress
// whole.
bool SeesAllProfileItems(const Actor& actor, const store::TrajectoryRecord& t);
// Form 6: a therapist on the team whose discipline is one of `item_disciplines` (system: yes).
bool MayAssessItem(const Actor& actor, const store::TrajectoryRecord& t,
                   const std::vector<std::string>& item_disciplines);
// Goals: arts and ric of the team for any discipline; a therapist on the team for their own.
bool MayManageGoalFor(const Actor& actor, const store::TrajectoryRecord& t,
                      const std::string& discipline);
bool MayReadProfileCatalogues(const Actor& actor);
bool MayReadItemCatalogue(const Actor& actor);
bool MayManageWorksamples(const Actor& actor);
bool MayManageAssignment(const Actor& actor);
bool MayManageFunctionCatalogues(const Actor& actor);

// Poortwachter / verzuim (docs/api.md "Verzuim (Poortwachter)"): which ROLE may do what.
// Need-to-know on the revalidant is MayAccess above; the medical part MaySeeMedicalData.
// The system context may do everything.
//
//   action                                   admin arts ric therapeut revalidant external
//   read a verzuimdossier, documents, RIV      -    x    x     x      own (read only)    -
//   open/change a dossier, episodes,           -    x    x     x          -          -
//   documents, scenario
//   dashboard of due/overdue steps             -    x    x     x          -          -
//   WIA estimate (figures entered, no client)  -    x    x     x          -          -
// External roles (werkgever, bedrijfsarts) get access only through a consent, which is not
// modelled yet: refused.
bool MayWriteVerzuim(const Actor& actor);
bool MayReadVerzuim(const Actor& actor);
bool MayUseVerzuimDashboard(const Actor& actor);
bool MayEstimateWia(const Actor& actor);

// External access (issue 6; docs/api.md "Externe toegang"). The RIC invites a werkgever,
// bedrijfsarts or other partner: an account of an external role plus a GRANT linking it to one
// revalidant as one form 3 party. What the account then sees is decided per request: an active
// grant AND, per information kind, THE consent policy (domain::consent::MayShare) at that moment.
//
//   action                                   admin arts ric therapeut revalidant external
//   invite / list / revoke grants, read the    -    x    x     -          -          -
//   external messages (with need-to-know)
//   search external accounts (picker)          -    x    x     -          -          -
//   "shared with me", the shared view,         -    -    -     -          -     own grants
//   downloads, send a message
bool MayManageExternalAccess(const Actor& actor);
bool IsExternalRole(domain::identity::Role role);
// The role an invited account of `party` gets: werkgever -> werkgever, bedrijfsarts ->
// bedrijfsarts, any other party -> partner.
domain::identity::Role RoleForParty(std::string_view party);
// Whether an (existing) account of `role` may hold a grant as `party` (RoleForParty(party)).
bool GrantFits(domain::identity::Role role, std::string_view party);
// The actor is an external account (werkgever, bedrijfsarts, partner), not the system.
bool MayUseSharedView(const Actor& actor);
// Whether an external party sees information of `kind` now: the kind may ever go to the party
// (KindAllowedFor) and the consent decision allows it.
bool ExternalMaySee(std::string_view party, domain::consent::InfoKind kind,
                    const domain::consent::PolicyDecision& decision);
// The full form 7 PDF (with its medical sections) goes only to the bedrijfsarts, only when both
// the visie and the medical information are allowed; everyone else gets the employer's copy.
bool MayReceiveFullForm7(std::string_view party, bool visie_allowed, bool medical_allowed);

}  // namespace werkpad::service
