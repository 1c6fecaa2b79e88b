#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/agr/route.hpp"

namespace werkpad::domain::partners {

// Network partners of one revalidant (handbook ch. 5 "Communicatie met netwerkpartners", the
// schema of partners per phase, and "Overige netwerkpartners"; ch. 2 "Netwerkpartners";
// DOMAIN.md §4). Werkgever and bedrijfsarts are not network partners here: they are the
// trajectory's own parties (form 2, consent of form 3, the minimum contact moments). Pure.

enum class Kind {
  kHuisarts,              // "huisarts"
  kMedischSpecialist,     // "medisch_specialist"
  kJobcoach,              // "jobcoach"
  kUwvVerzekeringsarts,   // "uwv_verzekeringsarts"
  kUwvArbeidsdeskundige,  // "uwv_arbeidsdeskundige"
  kGemeente,              // "gemeente"
  kPrivateVerzekeraar,    // "private_verzekeraar": private disability (or liability) insurer
  kReintegratiebureau,    // "reintegratiebureau"
  kCollega,               // "collega": a colleague, e.g. the fixed colleague as buddy
  kOverig,                // "overig": any other partner, with a free label
};

std::string_view ToCode(Kind k);
std::optional<Kind> ParseKind(std::string_view code);
std::span<const Kind> AllKinds();

// A partner's role in one phase, the three categories of the handbook's schema (ch. 5) plus
// "not involved": "Op de achtergrond aanwezig, indien nodig te consulteren" (background),
// "Actief bij proces betrokken" (active), "Niet standaard bij proces betrokken, betrokkenheid vaak
// wel sterk aan te raden" (recommended).
enum class Role {
  kBackground,   // "background"
  kActive,       // "active"
  kRecommended,  // "recommended"
  kNotInvolved,  // "not_involved"
};

std::string_view ToCode(Role r);
std::optional<Role> ParseRole(std::string_view code);

// The phases of the matrix: the six working steps of the AGR route (agr::RouteSteps(), intake_arts
// .. afronding). The whole AGR route lies in the handbook's "revalidatiefase"; its afronding is the
// end of that phase, where the schema puts the handover moments 5-8.
inline constexpr std::size_t kPhaseCount = 6;
std::span<const agr::Step> Phases();
// Index of `step` in Phases(), or nullopt for afgerond / gestopt.
std::optional<std::size_t> PhaseIndex(agr::Step step);

// The default role of a kind of partner in a phase (see partners.cpp for the sources per kind).
Role DefaultRole(Kind kind, agr::Step phase);

// The team's override of the default for one phase.
struct RoleOverride {
  agr::Step phase = agr::Step::kIntakeArts;
  Role role = Role::kBackground;

  friend bool operator==(const RoleOverride&, const RoleOverride&) = default;
};

struct PhaseRole {
  agr::Step phase = agr::Step::kIntakeArts;
  Role role = Role::kBackground;
  bool is_default = true;  // no override for this phase

  friend bool operator==(const PhaseRole&, const PhaseRole&) = default;
};

// The role in every phase (Phases() order): the override where there is one, else the default.
// An override equal to the default still counts as the default (is_default true).
std::array<PhaseRole, kPhaseCount> EffectiveRoles(Kind kind,
                                                  std::span<const RoleOverride> overrides);

// Only the overrides that differ from the default, in phase order (what is stored); later
// entries for the same phase win. kInvalidInput when a phase is not a route phase
// ("roles[i].phase" invalid_value).
core::Result<std::vector<RoleOverride>> NormaliseOverrides(Kind kind,
                                                           std::span<const RoleOverride> overrides);

// Storage form: "phase=role" joined with ",", e.g. "werktraining=active,afronding=background".
std::string EncodeOverrides(std::span<const RoleOverride> overrides);
// nullopt when malformed (unknown phase or role code).
std::optional<std::vector<RoleOverride>> DecodeOverrides(std::string_view text);

// The revalidant's current phase derived from the trajectory's route state: the step itself for
// the six working steps; afronding once AGR is afgerond (the handover phase was its last); for a
// stopped AGR the step in which it stopped.
agr::Step CurrentPhase(const agr::Trajectory& t);

// --- handover moments between partners (the numbered boxes of the schema, ch. 5) ---

// One side of a handover moment: a network partner of the revalidant (partner_id > 0) or one of
// the fixed parties of the route (party code).
inline constexpr std::array<std::string_view, 5> kFixedParties = {
    "revalidatieteam", "ric", "werkgever", "bedrijfsarts", "revalidant"};
bool IsFixedParty(std::string_view code);

struct Endpoint {
  std::int64_t partner_id = 0;
  std::string party;  // one of kFixedParties when partner_id == 0

  friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

struct MomentInput {
  Endpoint from;
  Endpoint to;
  agr::Step phase = agr::Step::kAfronding;
  std::optional<core::Date> planned_on;
  std::optional<core::Date> done_on;
  std::string note;
};

inline constexpr std::size_t kMaxNoteLength = 2000;

// Field checks (no store): "from"/"to" exactly one of partner_id and party ("required",
// "ambiguous", "invalid_party"); "to" same_as_from; "phase" invalid_value (not a route phase);
// "planned_on" required when done_on is absent; "done_on" in_future (after `today`); "note"
// too_long.
core::Status ValidateMoment(const MomentInput& in, core::Date today);

// --- the AGR handover record (ch. 3 stappenplan "Rondom ontslag uit revalidatie": "Werkgever en
// bedrijfsarts of betrokken arbodienst of andere ketenpartners informeren over bevindingen en
// advies behandelteam ... Overdracht indien nodig warm"; ch. 5 Werkgever "bij afsluiting AGR",
// formulier 7) ---

// The step-plan task that a handover to `party` completes (domain/agr/tasks.cpp):
// werkgever -> "overdracht_werkgever", bedrijfsarts -> "overdracht_bedrijfsarts", any other party
// -> "overdracht_ketenpartners".
std::string_view HandoverTaskKey(std::string_view party);

// The handovers the route expects at its end, as parties: werkgever when the employer contacts
// apply and D2 allowed them (agr::MayContactWerkgever), bedrijfsarts when D2 allowed it, and
// "ketenpartners" (other partners, any party) always listed as optional.
struct ExpectedHandover {
  std::string party;      // "werkgever" | "bedrijfsarts" | "ketenpartners"
  std::string_view task;  // HandoverTaskKey
  bool required = true;   // ketenpartners: false

  friend bool operator==(const ExpectedHandover&, const ExpectedHandover&) = default;
};
std::vector<ExpectedHandover> ExpectedHandovers(const agr::Trajectory& t);

// A handover may be recorded while the trajectory is in werktraining (an early handover around
// discharge) or afronding; not before, and not once AGR is finished or stopped.
bool HandoverAllowedIn(agr::Step step);

struct Attendee {
  std::string name;
  std::string role;  // party or role, free text ("werkgever", "RIC", "partner", ...)

  friend bool operator==(const Attendee&, const Attendee&) = default;
};

inline constexpr std::size_t kMaxAttendees = 20;

}  // namespace werkpad::domain::partners
