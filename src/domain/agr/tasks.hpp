#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "domain/agr/route.hpp"
#include "domain/identity/role.hpp"

namespace werkpad::domain::agr {

// Task templates from the handbook's step plan ("Stappenplan activiteiten AGR", ch. 3) and the
// minimum contact moments with werkgever and bedrijfsarts (ch. 5). Each route event creates the
// tasks that belong to it, with the responsible role and a due date computed from the
// trajectory's dates. The service turns templates into stored tasks (unique per trajectory, key
// and occurrence) and assigns people.

// How a task's due date is computed. The handbook names moments, not numbers; where it says "as
// soon as possible" the number of days comes from TaskPolicy.
enum class DueRule {
  kOpnamedag,       // "opnamedag": the admission date
  kDirect,          // "direct": the day of the event itself
  kZoSnelMogelijk,  // "zo_snel_mogelijk": event day + TaskPolicy::asap_days
  kVoorOntslag,     // "voor_ontslag": expected discharge - TaskPolicy::before_discharge_days
  kBijOntslag,      // "bij_ontslag": the expected discharge date
};

// Codes as listed above.
std::string_view ToCode(DueRule r);

// Institution settings for due dates. Every field has a default.
struct TaskPolicy {
  // Days for steps the handbook schedules "zo snel mogelijk" (intake RIC: "zo snel mogelijk na
  // start revalidatie"), "zodra" (feedback "zodra de functieanalyse is uitgevoerd") or "na"
  // (inform after D3). The handbook gives no number; 7 days reaches the next weekly team meeting.
  int asap_days = 7;
  // Days before the expected discharge by which the person profile (form 6, "voor ontslag uit de
  // revalidatie") and the re-integratievisie (form 7, "rond ontslag") are due, so that the
  // revalidant can read and sign the visie before the handover ("rondom ontslag").
  int before_discharge_days = 7;
};

// One entry of the catalogue: what the step plan asks, by whom, when, from which source.
struct TaskSpec {
  std::string_view key;  // stable snake_case key, e.g. "intake_ric"
  identity::Role role;   // responsible role
  DueRule due_rule;
  std::string_view
      form;  // form definition id in resources/forms, or "" (forms 4, 6, 7 are not defined yet)
  std::string_view source;          // handbook chapter / step-plan row
  bool needs_werkgever_contact;     // skipped for a ZZP'er or without D2 permission
  bool needs_bedrijfsarts_contact;  // skipped without D2 permission
};

// Every task the route can create, in route order (docs/agr-route.md lists them).
std::span<const TaskSpec> TaskCatalogue();
// The catalogue entry for `key`, or nullptr.
const TaskSpec* FindTaskSpec(std::string_view key);

struct TaskTemplate {
  std::string_view key;
  // Which event created it: 0 = the start of the trajectory, n = history[n-1]. Together with the
  // key it identifies the task, so a repeated event (D4 each team meeting) gives new tasks.
  std::size_t occurrence = 0;
  identity::Role role = identity::Role::kRic;
  core::Date due{};
  DueRule due_rule = DueRule::kDirect;
  std::string_view form;
  std::string_view source;

  friend bool operator==(const TaskTemplate&, const TaskTemplate&) = default;
};

// The trajectory was just started (StartTrajectory).
struct TrajectoryStarted {};

// The decision at history[index] was just applied.
struct DecisionApplied {
  std::size_t index = 0;
};

using RouteEvent = std::variant<TrajectoryStarted, DecisionApplied>;

// The new task templates for `event` on trajectory `t` (the trajectory AFTER the event).
// Due dates: kOpnamedag = admission date; kDirect = the event's UTC date; kZoSnelMogelijk = event
// date + asap_days; kVoorOntslag / kBijOntslag = expected discharge (- before_discharge_days),
// never earlier than the event date, and event date + asap_days when no discharge date is known.
// Employer tasks are left out for a ZZP'er or without werkgever permission at D2; bedrijfsarts
// tasks without bedrijfsarts permission. Events that create no tasks give an empty list.
// REQUIRES: for DecisionApplied, index < t.history.size().
std::vector<TaskTemplate> TasksFor(const Trajectory& t, const RouteEvent& event,
                                   const TaskPolicy& policy = {});

}  // namespace werkpad::domain::agr
