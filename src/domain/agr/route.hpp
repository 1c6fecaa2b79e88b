#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/agr/reasons.hpp"
#include "domain/indication/criteria.hpp"
#include "domain/registry/revalidant.hpp"

namespace werkpad::domain::agr {

// The AGR route (arbeidsgerichte revalidatie) of one revalidant as a state machine, following the
// handbook's flowchart and step plan (ch. 3, "Stroomschema AGR" and "Stappenplan activiteiten
// AGR"). A Trajectory is a plain value: ApplyDecision takes one and returns the next, with the
// decision appended to its history. Pure: who and when come in as arguments. Not thread-safe;
// owned by the caller (the service stores it with an optimistic version).
//
//   intake_arts     D1 ja                      -> intake_ric
//   intake_arts     D1 nee (class 1)           -> gestopt (heropenen -> intake_ric)
//   intake_ric      D2 ja (signed form 3)      -> werkbezoek
//   intake_ric      D2 nee (geen toestemming)  -> gestopt
//   werkbezoek      werkbezoek_afgerond        -> terugkoppeling
//   terugkoppeling  D3 ja                      -> werktraining
//   terugkoppeling  D3 nog_niet (class 3)      -> terugkoppeling (parked; asked again)
//   terugkoppeling  D3 niet_zinvol (class 2)   -> gestopt
//   werktraining    D4 voortzetten / doelen_bijstellen -> werktraining
//   werktraining    D4 niet_zinvol (class 2/3) -> gestopt
//   werktraining    afronding_starten          -> afronding
//   afronding       afsluiten (end reason)     -> afgerond
//   From intake_ric, werkbezoek, terugkoppeling and werktraining, "beeindigen" (with an end reason:
//   discharge, return to work, employer takes over, insufficient possibilities) stops AGR early.

enum class Step {
  kIntakeArts,      // intake by the revalidatiearts, admission day (form 1); decision D1
  kIntakeRic,       // intake by the re-integratiecoördinator (forms 2, 3); decision D2
  kWerkbezoek,      // first visit to the employer, function analysis (form 4)
  kTerugkoppeling,  // feedback to the team (form 5), impression of the person profile (form 6); D3
  kWerktraining,    // work training until the end of rehabilitation; periodic decision D4
  kAfronding,       // around discharge: person profile, re-integratievisie (forms 6, 7), handover
  kAfgerond,        // finished after afronding (terminal)
  kGestopt,         // AGR stopped (terminal; after D1 "nee" it can be reopened)
};

// Codes "intake_arts", "intake_ric", "werkbezoek", "terugkoppeling", "werktraining", "afronding",
// "afgerond", "gestopt".
std::string_view ToCode(Step s);
std::optional<Step> ParseStep(std::string_view code);
std::span<const Step> AllSteps();
// The six working steps of the route in order (intake_arts .. afronding): what the UI draws.
std::span<const Step> RouteSteps();
bool IsTerminal(Step s);

enum class DecisionKind {
  kD1RicInzetten,       // D1: engage the RIC? (revalidatiearts)
  kD2Toestemming,       // D2: the revalidant decides whether the RIC continues and whom the RIC
                        //     may contact (recorded by the RIC)
  kWerkbezoekAfgerond,  // the first employer visit and function analysis are done (RIC)
  kD3Werktraining,      // D3: is work training meaningful? (team + arts + RIC)
  kD4Voortzetten,       // D4: is continuing meaningful, must the goals be adjusted? (team)
  kAfrondingStarten,    // discharge approaches: start the afronding (RIC)
  kAfsluiten,           // AGR finished after the handover, with its end reason (RIC)
  kBeeindigen,          // AGR ends early, with an end reason (RIC or arts)
  kHeropenen,           // after D1 nee: the revalidant does want to work after all (ch. 3)
};

// Codes "d1_ric_inzetten", "d2_toestemming", "werkbezoek_afgerond", "d3_werktraining",
// "d4_voortzetten", "afronding_starten", "afsluiten", "beeindigen", "heropenen".
std::string_view ToCode(DecisionKind k);
std::optional<DecisionKind> ParseDecisionKind(std::string_view code);

enum class Outcome {
  kJa,                // "ja"
  kNee,               // "nee"
  kNogNiet,           // "nog_niet"        (D3)
  kNietZinvol,        // "niet_zinvol"     (D3, D4)
  kVoortzetten,       // "voortzetten"     (D4)
  kDoelenBijstellen,  // "doelen_bijstellen" (D4: continue with adjusted goals)
  kGereed,            // "gereed"          (werkbezoek_afgerond, afronding_starten, afsluiten)
  kBeeindigd,         // "beeindigd"       (beeindigen)
  kHeropend,          // "heropend"        (heropenen)
};

std::string_view ToCode(Outcome o);
std::optional<Outcome> ParseOutcome(std::string_view code);

// Whom the RIC may contact, as decided by the revalidant at D2 (handbook ch. 3, flowchart: "of
// contact mag worden opgenomen met werkgever en/of bedrijfsarts en informatie met hen mag worden
// uitgewisseld"). What may be shared with them is decided per kind by consent::MayShare.
struct ContactPermissions {
  bool werkgever = false;
  bool bedrijfsarts = false;

  friend bool operator==(const ContactPermissions&, const ContactPermissions&) = default;
};

// D3 as the team assessed it: the five criteria of handbook ch. 1 ("Indicatiestelling") and the
// outcome the system suggested from them at that moment (indication::SuggestD3). People decide:
// the decision's outcome may differ from the suggestion; both are kept.
struct D3Assessment {
  indication::D3Checklist checklist;
  std::optional<Outcome> suggested_outcome;  // nullopt: checklist incomplete, no suggestion
  std::optional<Reason> suggested_reason;

  friend bool operator==(const D3Assessment&, const D3Assessment&) = default;
};

// What a user submits.
struct DecisionInput {
  DecisionKind kind = DecisionKind::kD1RicInzetten;
  Outcome outcome = Outcome::kJa;
  core::UserId decided_by;
  core::Instant decided_at{};
  std::optional<Reason> reason;                // required exactly when the transition names classes
  std::optional<EndReason> end_reason;         // required for afsluiten and beeindigen, else absent
  std::optional<ContactPermissions> contacts;  // required for D2 ja, else absent
  // D3 only (optional): the five criteria. ApplyDecision stores them with the suggestion.
  std::optional<indication::D3Checklist> checklist;
  // D1 nee only (optional): whether the folder 'Arbeidsgerichte revalidatie' was handed out
  // ("wordt dan wel een folder meegegeven met informatie over AGR", ch. 3). Not handed out (false
  // or absent): the step plan's task folder_agr_meegeven stays open (tasks.hpp).
  std::optional<bool> folder_handed_out;
  std::string note;  // free text, at most kMaxNoteLength
};

// Facts the caller establishes outside the trajectory.
struct DecisionContext {
  // D2 "ja" needs a signed form 3 (toestemmingsformulier): "De revalidant heeft toestemming
  // gegeven voor de inzet van de re-integratiecoördinator en het uitwisselen van informatie met
  // derden" (handbook ch. 3, stappenplan, result of the RIC intake). The service passes
  // forms::IsComplete(form 3 definition, the revalidant's form 3 response).
  bool consent_form_signed = false;
};

// A recorded decision (or step completion), as kept in the history.
struct Decision {
  DecisionKind kind = DecisionKind::kD1RicInzetten;
  Outcome outcome = Outcome::kJa;
  Step from = Step::kIntakeArts;
  Step to = Step::kIntakeArts;
  core::UserId decided_by;
  core::Instant decided_at{};
  std::optional<Reason> reason;
  std::optional<EndReason> end_reason;
  std::optional<ContactPermissions> contacts;
  std::optional<D3Assessment> d3;          // D3 with a checklist
  std::optional<bool> folder_handed_out;   // D1 nee, when recorded
  std::string note;

  friend bool operator==(const Decision&, const Decision&) = default;
};

struct Trajectory {
  core::TrajectId id;
  core::RevalidantId revalidant_id;
  // A ZZP'er (self-employed, no personnel) has no employer: "Wanneer er sprake is van een
  // zelfstandige zonder personeel (ZZP-er) vervalt uiteraard het contact met de werkgever. De
  // stappen worden verder zoveel mogelijk genomen." (handbook ch. 3). See EmployerStepsApply.
  bool zzp = false;
  core::Date admission_date{};  // start of rehabilitation ("opnamedag / bij start revalidatie")
  std::optional<core::Date> expected_discharge_date;  // from form 1's expected duration
  core::UserId started_by;
  core::Instant started_at{};
  Step step = Step::kIntakeArts;
  ContactPermissions contacts;    // in force since the latest D2 ja (werkgever false for a ZZP'er)
  std::vector<Decision> history;  // append-only, in time order

  friend bool operator==(const Trajectory&, const Trajectory&) = default;
};

inline constexpr std::size_t kMaxNoteLength = 2000;

struct StartInput {
  core::TrajectId id;
  core::RevalidantId revalidant_id;
  registry::EmploymentStatus employment_status = registry::EmploymentStatus::kAnders;
  core::Date admission_date{};
  core::UserId started_by;
  core::Instant started_at{};
};

// A new trajectory in intake_arts. "In principe wordt bij iedere revalidant met een leeftijd
// tussen de 18 en 67 jaar AGR opgestart met de intake van de arts" (ch. 3); the age check is
// indication::CheckAge, whose result feeds D1, not this function.
// Errors: kInvalidInput: "admission_date" required (not a valid date), "started_by" required,
//         "revalidant_id" required.
core::Result<Trajectory> StartTrajectory(const StartInput& input);

// One decision that may be taken now, for the UI and for error messages.
struct AllowedDecision {
  DecisionKind kind = DecisionKind::kD1RicInzetten;
  Outcome outcome = Outcome::kJa;
  Step to = Step::kIntakeArts;
  std::vector<ReasonClass> reason_classes;  // empty: no reason; else one of these is required
  bool end_reason_required = false;
  bool contacts_required = false;      // D2 ja
  bool requires_consent_form = false;  // D2 ja: DecisionContext::consent_form_signed

  friend bool operator==(const AllowedDecision&, const AllowedDecision&) = default;
};

// Every decision the state machine has from `step` (for gestopt: heropenen, which additionally
// requires that the stop was a D1 "nee"; see the Trajectory overload).
std::vector<AllowedDecision> AllowedDecisions(Step step);
// The decisions allowed for this trajectory now.
std::vector<AllowedDecision> AllowedDecisions(const Trajectory& t);

// Applies one decision and returns the new trajectory (history extended, step moved).
// Errors:
//   kRuleViolation  the decision is not allowed in the current step; the message names the
//                   current step and lists the allowed decisions ("current step is
//                   'terugkoppeling'; allowed now: d3_werktraining=ja, ..."). Also: D2 ja
//                   without a signed form 3; werkgever contact for a ZZP'er; heropenen after a
//                   stop that was not D1.
//   kInvalidInput   field problems: "decided_by" required; "decided_at" before_previous;
//                   "reason" required / wrong_class / not_applicable; "end_reason" required /
//                   not_applicable; "contacts" required / not_applicable; "checklist"
//                   not_applicable (not D3); "folder_handed_out" not_applicable (not D1 nee);
//                   "note" too_long.
core::Result<Trajectory> ApplyDecision(const Trajectory& t, const DecisionInput& input,
                                       const DecisionContext& context = {});

// Sets the expected discharge date (from form 1: admission + expected duration, see
// forms::AddDuration). Errors: kInvalidInput "expected_discharge_date" before_admission;
// kRuleViolation when the trajectory is terminal.
core::Result<Trajectory> SetExpectedDischarge(const Trajectory& t, core::Date expected);

// Updates the ZZP flag when the employment status becomes known or changes (e.g. at the RIC
// intake). Becoming ZZP withdraws the werkgever contact permission. Errors: kRuleViolation when
// the trajectory is terminal.
core::Result<Trajectory> SetEmploymentStatus(const Trajectory& t,
                                             registry::EmploymentStatus status);

// Whether the employer contacts of the route apply at all (false for a ZZP'er). What a ZZP'er
// skips: the employer visit (werkbezoek's talk with werkgever/leidinggevende and the folders for
// the employer), informing the employer after D3, and the handover to the employer at the end.
// What stays: the werkbezoek STEP itself (the RIC analyses the revalidant's own work, form 4 with
// the revalidant), contacts with the bedrijfsarts if there is one and consent allows it, the team
// steps, D3/D4, work training and the afronding.
bool EmployerStepsApply(const Trajectory& t);
bool MayContactWerkgever(const Trajectory& t);     // employer steps apply and D2 allowed it
bool MayContactBedrijfsarts(const Trajectory& t);  // D2 allowed it

// Whether the D3 decision differs from the outcome the system suggested (false without a
// checklist or without a suggestion).
bool DiffersFromSuggestion(const Decision& d);

// The folder 'Arbeidsgerichte revalidatie' after D1 nee (ch. 3).
enum class FolderStatus {
  kNotApplicable,  // "niet_van_toepassing": no D1 nee in the history
  kHandedOut,      // "uitgereikt": marked with the (latest) D1 nee
  kOpen,           // "open": the latest D1 nee did not mark it (the task folder_agr_meegeven)
};
std::string_view ToCode(FolderStatus s);
// From the latest D1 nee in the history.
FolderStatus FolderStatusOf(const Trajectory& t);

// The latest decision, or nullptr.
const Decision* LastDecision(const Trajectory& t);

// The team question that is due at a team meeting (patiëntenbespreking) or patient contact
// starting at `meeting_start`: D3 in terugkoppeling ("Vraag komt terug bij ieder volgend
// patiëntencontact en tijdens iedere patiëntenbespreking", flowchart, after "nog niet"), D4 in
// werktraining ("Revalidatiebehandelteam bekijkt regelmatig (bijvoorbeeld tijdens iedere
// patiëntenbespreking) of voortzetten zinvol is"). Not due when that question was already decided
// at or after `meeting_start` (it was answered in this meeting) — for D4 a D3 "ja" in this meeting
// counts too. nullopt in every other step.
std::optional<DecisionKind> TeamQuestionDue(const Trajectory& t, core::Instant meeting_start);

enum class StepStatus {
  kDone,         // "done"
  kCurrent,      // "current"
  kNext,         // "next": the step after the current one
  kLater,        // "later"
  kStoppedHere,  // "stopped_here": AGR stopped during this step
  kNotReached,   // "not_reached": AGR stopped before it
};

std::string_view ToCode(StepStatus s);

struct StepProgress {
  Step step = Step::kIntakeArts;
  StepStatus status = StepStatus::kLater;
  bool without_employer = false;  // the step's employer contacts do not apply (ZZP'er, or no
                                  // consent to contact the employer)

  friend bool operator==(const StepProgress&, const StepProgress&) = default;
};

// The six route steps with their status, for drawing the route.
std::vector<StepProgress> RouteProgress(const Trajectory& t);

}  // namespace werkpad::domain::agr
