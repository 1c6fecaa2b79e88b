#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "domain/poortwachter/episodes.hpp"

namespace werkpad::domain::poortwachter {

// Who has to act for a milestone. Codes: "werkgever", "werknemer", "bedrijfsarts", "uwv",
// "arbeidsdeskundige".
enum class Party { kEmployer, kEmployee, kBedrijfsarts, kUwv, kArbeidsdeskundige };
std::string_view ToCode(Party p);
// Parties as a bit set (bit PartyBit(p)), as the store keeps them for the dashboard's filter.
std::uint32_t PartyBit(Party p);
std::uint32_t PartyMask(std::span<const Party> parties);
std::vector<Party> PartiesOf(std::uint32_t mask);  // in enum order

// How a milestone's date is meant.
//   kDeadline  must be done on or before `due`; late = overdue
//   kWindow    may be done from `opens` up to and including `due`; unused after = expired
//   kOption    may be done from `due` on; never overdue
//   kEvent     happens (or is expected) around `due` without anyone having to act in werkpad
// Codes: "deadline", "window", "option", "event".
enum class MilestoneKind { kDeadline, kWindow, kOption, kEvent };
std::string_view ToCode(MilestoneKind k);

// Codes: "done", "upcoming", "open", "due", "overdue", "expired", "passed", "not_applicable".
//   done            recorded as done (see Milestone::done_on and Milestone::late)
//   upcoming        more than the signal window ahead (or a window/option not yet open)
//   open            a window or option that can be used now
//   due             a deadline (or a closing window) within the signal window: act now
//   overdue         a deadline that passed without being recorded
//   expired         a window that closed unused
//   passed          an event whose date has passed
//   not_applicable  does not apply: spoor 2 when an internal return is expected, or any step
//                   after the last sick day of a closed period (the employee recovered)
enum class MilestoneStatus {
  kDone,
  kUpcoming,
  kOpen,
  kDue,
  kOverdue,
  kExpired,
  kPassed,
  kNotApplicable
};
std::string_view ToCode(MilestoneStatus s);

// Stable milestone keys (snake_case), in the order of DOMAIN.md section 6.
namespace keys {
inline constexpr std::string_view kZiekmelding = "ziekmelding";
inline constexpr std::string_view kProbleemanalyse = "probleemanalyse";
inline constexpr std::string_view kPlanVanAanpak = "plan_van_aanpak";
inline constexpr std::string_view kEvaluatie = "evaluatie";
inline constexpr std::string_view kArbeidsdeskundigOnderzoek = "arbeidsdeskundig_onderzoek";
inline constexpr std::string_view kMelding42eWeek = "melding_42e_week";
inline constexpr std::string_view kUwvBriefEerstejaarsevaluatie = "uwv_brief_eerstejaarsevaluatie";
inline constexpr std::string_view kEerstejaarsevaluatie = "eerstejaarsevaluatie";
inline constexpr std::string_view kSpoor2 = "spoor_2";
inline constexpr std::string_view kVervroegdeIva = "vervroegde_iva";
inline constexpr std::string_view kUwvBriefWia = "uwv_brief_wia";
inline constexpr std::string_view kActueelOordeel = "actueel_oordeel";
inline constexpr std::string_view kEindevaluatie = "eindevaluatie";
inline constexpr std::string_view kWiaAanvraag = "wia_aanvraag";
inline constexpr std::string_view kUwvBeschikking = "uwv_beschikking";
inline constexpr std::string_view kEindeWachttijd = "einde_wachttijd";
}  // namespace keys

// The code of the document the milestone with `key` produces; empty for "einde_wachttijd" and
// unknown keys.
std::string_view DocumentOf(std::string_view key);
// The keys:: constant equal to `key` (static storage), nullopt when it names no milestone.
std::optional<std::string_view> CanonicalKey(std::string_view key);

// Version of the deadline rules. The store keeps each dossier's open deadlines derived by these
// rules (service/verzuim_service.cpp, migration 0007); a dossier stored under another version is
// recomputed when the application starts. Bump it whenever a change to this engine can change
// a due date, a responsible party or which deadlines are open.
inline constexpr int kRulesVersion = 1;

// What has been done so far, as dates (all optional). Filled from the case file; the CLI fills it
// from --gedaan KEY=DATE.
struct RecordedSteps {
  std::optional<core::Date> ziekmelding;
  std::optional<core::Date> probleemanalyse;
  std::optional<core::Date> plan_van_aanpak;
  std::vector<core::Date> evaluaties;  // each evaluation / bijstelling of the plan, any order
  std::optional<core::Date> arbeidsdeskundig_onderzoek;
  std::optional<core::Date> melding_42e_week;
  std::optional<core::Date> uwv_brief_eerstejaarsevaluatie;  // received
  std::optional<core::Date> eerstejaarsevaluatie;
  // Recorded at the eerstejaarsevaluatie: a concrete, structural return to work in the own
  // organisation is expected within 3 months, so spoor 2 need not start.
  bool internal_return_expected = false;
  std::optional<core::Date> spoor_2;         // second track started
  std::optional<core::Date> vervroegde_iva;  // early IVA application sent
  std::optional<core::Date> uwv_brief_wia;   // "binnenkort 2 jaar ziek" letter received
  std::optional<core::Date> actueel_oordeel;
  std::optional<core::Date> eindevaluatie;
  std::optional<core::Date> wia_aanvraag;
  std::optional<core::Date> uwv_beschikking;

  bool operator==(const RecordedSteps&) const = default;
};

// Records `date` for the step with milestone key `key` (for "evaluatie": adds one evaluation).
// Errors: kInvalidInput with field code "unknown_step" (path "steps") when the key names no
// recordable step ("einde_wachttijd" is not recordable).
core::Status RecordStep(RecordedSteps& steps, std::string_view key, core::Date date);

struct TimelineOptions {
  // A deadline within this many days from today (inclusive) is "due" rather than "upcoming".
  // REQUIRES: 0 <= signal_window_days <= 365
  int signal_window_days = 14;
};

// One derived milestone.
struct Milestone {
  std::string_view key;  // one of keys::k*
  int sequence = 0;      // 1, 2, ... for "evaluatie"; 0 for every other key
  MilestoneKind kind = MilestoneKind::kDeadline;
  int week = 0;  // the sickness week in which `due` falls (week 1 starts on the first sick day)
  core::Date due{};
  std::optional<core::Date> opens;  // kWindow only: first day it may be done
  std::vector<Party> responsible;   // empty for "einde_wachttijd"
  std::string_view document;        // code of the document it produces; empty when none
  MilestoneStatus status = MilestoneStatus::kUpcoming;
  std::optional<core::Date> done_on;  // when status is kDone
  bool late = false;                  // done after `due`
};

// The full Poortwachter timeline of the current period.
struct Timeline {
  SicknessPeriod period;
  core::Date today{};
  int current_week = 0;    // sickness week of `today` counting recorded sick days only; 0 = before
  bool recovered = false;  // the latest episode is closed
  core::Date einde_wachttijd{};       // last day of week 104
  core::Date wia_ingangsdatum{};      // the day after: when a WIA benefit would start
  std::vector<Milestone> milestones;  // ordered by due date, then by the order of keys::
};

// Derives every milestone of DOMAIN.md section 6 for the current period of `episodes` (see
// CurrentPeriod) from the recorded steps and `today`. Pure: the same input gives the same output.
// Errors: kInvalidInput with the field errors of ValidateEpisodes, and for steps (paths
// "steps.<key>", "steps.evaluaties[i]"): "before_first_sick_day", "in_future",
// "before_probleemanalyse" (plan van aanpak), "before_plan_van_aanpak" (evaluation),
// and "options.signal_window_days" "out_of_range".
core::Result<Timeline> ComputeTimeline(std::span<const Episode> episodes,
                                       const RecordedSteps& steps, core::Date today,
                                       const TimelineOptions& options = {});

// The milestone with `key`. For "evaluatie" `sequence` picks one (1, 2, ...); 0 picks the last one
// (the open or most recent evaluation). Returns nullptr when absent.
const Milestone* FindMilestone(const Timeline& timeline, std::string_view key, int sequence = 0);

// Rule constants (weeks count sick days, see EndOfWeek; day offsets are calendar days).
inline constexpr int kZiekmeldingWeek = 1;
inline constexpr int kProbleemanalyseWeek = 6;
inline constexpr int kPlanVanAanpakDaysAfterProbleemanalyse = 14;
inline constexpr int kPlanVanAanpakLatestWeek = 8;
inline constexpr int kEvaluationIntervalDays = 42;
inline constexpr int kArbeidsdeskundigOnderzoekFromWeek = 40;
inline constexpr int kMelding42eWeek = 42;
inline constexpr int kUwvBriefEerstejaarsevaluatieWeek = 44;
inline constexpr int kEerstejaarsevaluatieWeek = 52;
inline constexpr int kSpoor2DaysAfterEerstejaarsevaluatie = 42;
inline constexpr int kVervroegdeIvaOpensAfterWeek = 3;
inline constexpr int kVervroegdeIvaLastWeek = 68;
inline constexpr int kUwvBriefWiaWeek = 88;
inline constexpr int kActueelOordeelWeek = 91;
inline constexpr int kWiaAanvraagWeek = 93;
inline constexpr int kUwvBeschikkingDays = 56;
inline constexpr int kWachttijdWeeks = 104;

}  // namespace werkpad::domain::poortwachter
