#include "domain/agr/route.hpp"

#include <algorithm>
#include <array>

#include "domain/indication/indication.hpp"

namespace werkpad::domain::agr {

namespace {

constexpr std::array kAllSteps = {Step::kIntakeArts,     Step::kIntakeRic,    Step::kWerkbezoek,
                                  Step::kTerugkoppeling, Step::kWerktraining, Step::kAfronding,
                                  Step::kAfgerond,       Step::kGestopt};
constexpr std::array kRouteSteps = {Step::kIntakeArts,     Step::kIntakeRic,    Step::kWerkbezoek,
                                    Step::kTerugkoppeling, Step::kWerktraining, Step::kAfronding};
constexpr std::array kKinds = {
    DecisionKind::kD1RicInzetten,  DecisionKind::kD2Toestemming, DecisionKind::kWerkbezoekAfgerond,
    DecisionKind::kD3Werktraining, DecisionKind::kD4Voortzetten, DecisionKind::kAfrondingStarten,
    DecisionKind::kAfsluiten,      DecisionKind::kBeeindigen,    DecisionKind::kHeropenen};
constexpr std::array kOutcomes = {
    Outcome::kJa,         Outcome::kNee,         Outcome::kNogNiet,
    Outcome::kNietZinvol, Outcome::kVoortzetten, Outcome::kDoelenBijstellen,
    Outcome::kGereed,     Outcome::kBeeindigd,   Outcome::kHeropend};

// Reason-class sets of the transition table, as bits.
enum ClassBits : unsigned {
  kNone = 0,
  kC1 = 1u << 0,  // kNietRelevant
  kC2 = 1u << 1,  // kNietZinvol
  kC3 = 1u << 2,  // kNogNietBelastbaar
  kCT = 1u << 3,  // kGeenToestemming
};

unsigned Bit(ReasonClass c) {
  switch (c) {
    case ReasonClass::kNietRelevant:
      return kC1;
    case ReasonClass::kNietZinvol:
      return kC2;
    case ReasonClass::kNogNietBelastbaar:
      return kC3;
    case ReasonClass::kGeenToestemming:
      return kCT;
  }
  return kNone;
}

struct Transition {
  Step from;
  DecisionKind kind;
  Outcome outcome;
  Step to;
  unsigned classes;  // ClassBits; kNone = no reason
  bool end_reason;
  bool contacts;  // D2 ja: contact permissions required, and a signed form 3
};

// The whole state machine. Sources: handbook ch. 3, "Stroomschema AGR" (decisions, reason classes
// 1-3, "Geen toestemming", "Vraag komt terug ...") and "Stappenplan activiteiten AGR" footnote ii
// (end reasons); DOMAIN.md §2.
constexpr std::array<Transition, 18> kTransitions = {{
    // D1 (ch. 3: "Beslismoment: Inzetten re-integratiecoördinator ja/nee")
    {Step::kIntakeArts, DecisionKind::kD1RicInzetten, Outcome::kJa, Step::kIntakeRic, kNone, false,
     false},
    {Step::kIntakeArts, DecisionKind::kD1RicInzetten, Outcome::kNee, Step::kGestopt, kC1, false,
     false},
    // D2 (ch. 3: "Revalidant bepaalt of inzet re-integratiecoördinator mag worden vervolgd en of
    // contact mag worden opgenomen met werkgever en/of bedrijfsarts")
    {Step::kIntakeRic, DecisionKind::kD2Toestemming, Outcome::kJa, Step::kWerkbezoek, kNone, false,
     true},
    {Step::kIntakeRic, DecisionKind::kD2Toestemming, Outcome::kNee, Step::kGestopt, kCT, false,
     false},
    {Step::kIntakeRic, DecisionKind::kBeeindigen, Outcome::kBeeindigd, Step::kGestopt, kNone, true,
     false},
    // Werkbezoek done -> feedback to the team (ch. 3: "Bevindingen werkbezoek worden gedeeld met
    // behandelteam en revalidant")
    {Step::kWerkbezoek, DecisionKind::kWerkbezoekAfgerond, Outcome::kGereed, Step::kTerugkoppeling,
     kNone, false, false},
    {Step::kWerkbezoek, DecisionKind::kBeeindigen, Outcome::kBeeindigd, Step::kGestopt, kNone, true,
     false},
    // D3 (ch. 3: "Revalidatiebehandelteam bepaalt of starten werktraining zinvol is"; "Nog niet 3",
    // "Voortzetten niet zinvol 2")
    {Step::kTerugkoppeling, DecisionKind::kD3Werktraining, Outcome::kJa, Step::kWerktraining, kNone,
     false, false},
    {Step::kTerugkoppeling, DecisionKind::kD3Werktraining, Outcome::kNogNiet, Step::kTerugkoppeling,
     kC3, false, false},
    {Step::kTerugkoppeling, DecisionKind::kD3Werktraining, Outcome::kNietZinvol, Step::kGestopt,
     kC2, false, false},
    {Step::kTerugkoppeling, DecisionKind::kBeeindigen, Outcome::kBeeindigd, Step::kGestopt, kNone,
     true, false},
    // D4 (ch. 3: "bekijkt regelmatig ... of voortzetten arbeidsgerichte revalidatie zinvol is en of
    // behandeldoelstellingen gericht op arbeid al dan niet bijgesteld moeten worden";
    // "Voortzetten niet zinvol 2,3")
    {Step::kWerktraining, DecisionKind::kD4Voortzetten, Outcome::kVoortzetten, Step::kWerktraining,
     kNone, false, false},
    {Step::kWerktraining, DecisionKind::kD4Voortzetten, Outcome::kDoelenBijstellen,
     Step::kWerktraining, kNone, false, false},
    {Step::kWerktraining, DecisionKind::kD4Voortzetten, Outcome::kNietZinvol, Step::kGestopt,
     kC2 | kC3, false, false},
    // "Bij ontslag revalidatie" -> afronding; then AGR ends with its end reason (footnote ii)
    {Step::kWerktraining, DecisionKind::kAfrondingStarten, Outcome::kGereed, Step::kAfronding,
     kNone, false, false},
    {Step::kWerktraining, DecisionKind::kBeeindigen, Outcome::kBeeindigd, Step::kGestopt, kNone,
     true, false},
    {Step::kAfronding, DecisionKind::kAfsluiten, Outcome::kGereed, Step::kAfgerond, kNone, true,
     false},
    // ch. 3: "Wanneer de revalidant in een later stadium van de revalidatie aangeeft alsnog met
    // arbeid aan de slag te willen, wordt de re-integratiecoördinator op dat moment ingeschakeld."
    {Step::kGestopt, DecisionKind::kHeropenen, Outcome::kHeropend, Step::kIntakeRic, kNone, false,
     false},
}};

std::vector<ReasonClass> Classes(unsigned bits) {
  std::vector<ReasonClass> out;
  for (auto c : {ReasonClass::kNietRelevant, ReasonClass::kNietZinvol,
                 ReasonClass::kNogNietBelastbaar, ReasonClass::kGeenToestemming}) {
    if ((bits & Bit(c)) != 0) out.push_back(c);
  }
  return out;
}

AllowedDecision ToAllowed(const Transition& tr) {
  return AllowedDecision{tr.kind,       tr.outcome,  tr.to,      Classes(tr.classes),
                         tr.end_reason, tr.contacts, tr.contacts};
}

// Heropenen is only possible after a stop at D1 (the handbook's "alsnog" sentence follows the
// D1 reasons). Stops at D2, D3, D4 or by beeindigen are final.
bool StoppedAtD1(const Trajectory& t) {
  const Decision* last = LastDecision(t);
  return t.step == Step::kGestopt && last != nullptr &&
         last->kind == DecisionKind::kD1RicInzetten && last->outcome == Outcome::kNee;
}

std::string AllowedList(const std::vector<AllowedDecision>& allowed) {
  if (allowed.empty()) return "none";
  std::string out;
  for (const auto& a : allowed) {
    if (!out.empty()) out += ", ";
    out += std::string(ToCode(a.kind)) + "=" + std::string(ToCode(a.outcome));
  }
  return out;
}

std::size_t Ordinal(Step s) {
  auto it = std::find(kRouteSteps.begin(), kRouteSteps.end(), s);
  return static_cast<std::size_t>(it - kRouteSteps.begin());
}

bool HasEmployerContacts(Step s) {
  // Steps with employer contacts: the employer visit, informing the employer after D3 (during
  // werktraining), and the handover (afronding). Handbook ch. 3 step plan; ch. 5 "Werkgever".
  return s == Step::kWerkbezoek || s == Step::kWerktraining || s == Step::kAfronding;
}

}  // namespace

std::string_view ToCode(Step s) {
  switch (s) {
    case Step::kIntakeArts:
      return "intake_arts";
    case Step::kIntakeRic:
      return "intake_ric";
    case Step::kWerkbezoek:
      return "werkbezoek";
    case Step::kTerugkoppeling:
      return "terugkoppeling";
    case Step::kWerktraining:
      return "werktraining";
    case Step::kAfronding:
      return "afronding";
    case Step::kAfgerond:
      return "afgerond";
    case Step::kGestopt:
      return "gestopt";
  }
  return "gestopt";
}

std::optional<Step> ParseStep(std::string_view code) {
  for (Step s : kAllSteps) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::span<const Step> AllSteps() { return kAllSteps; }
std::span<const Step> RouteSteps() { return kRouteSteps; }
bool IsTerminal(Step s) { return s == Step::kAfgerond || s == Step::kGestopt; }

std::string_view ToCode(DecisionKind k) {
  switch (k) {
    case DecisionKind::kD1RicInzetten:
      return "d1_ric_inzetten";
    case DecisionKind::kD2Toestemming:
      return "d2_toestemming";
    case DecisionKind::kWerkbezoekAfgerond:
      return "werkbezoek_afgerond";
    case DecisionKind::kD3Werktraining:
      return "d3_werktraining";
    case DecisionKind::kD4Voortzetten:
      return "d4_voortzetten";
    case DecisionKind::kAfrondingStarten:
      return "afronding_starten";
    case DecisionKind::kAfsluiten:
      return "afsluiten";
    case DecisionKind::kBeeindigen:
      return "beeindigen";
    case DecisionKind::kHeropenen:
      return "heropenen";
  }
  return "d1_ric_inzetten";
}

std::optional<DecisionKind> ParseDecisionKind(std::string_view code) {
  for (DecisionKind k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::string_view ToCode(Outcome o) {
  switch (o) {
    case Outcome::kJa:
      return "ja";
    case Outcome::kNee:
      return "nee";
    case Outcome::kNogNiet:
      return "nog_niet";
    case Outcome::kNietZinvol:
      return "niet_zinvol";
    case Outcome::kVoortzetten:
      return "voortzetten";
    case Outcome::kDoelenBijstellen:
      return "doelen_bijstellen";
    case Outcome::kGereed:
      return "gereed";
    case Outcome::kBeeindigd:
      return "beeindigd";
    case Outcome::kHeropend:
      return "heropend";
  }
  return "ja";
}

std::optional<Outcome> ParseOutcome(std::string_view code) {
  for (Outcome o : kOutcomes) {
    if (ToCode(o) == code) return o;
  }
  return std::nullopt;
}

std::string_view ToCode(StepStatus s) {
  switch (s) {
    case StepStatus::kDone:
      return "done";
    case StepStatus::kCurrent:
      return "current";
    case StepStatus::kNext:
      return "next";
    case StepStatus::kLater:
      return "later";
    case StepStatus::kStoppedHere:
      return "stopped_here";
    case StepStatus::kNotReached:
      return "not_reached";
  }
  return "later";
}

core::Result<Trajectory> StartTrajectory(const StartInput& in) {
  std::vector<core::FieldError> errors;
  if (!in.admission_date.ok()) {
    errors.push_back({"admission_date", "required", "a valid admission date is required"});
  }
  if (!in.started_by.valid()) errors.push_back({"started_by", "required", "is required"});
  if (!in.revalidant_id.valid()) errors.push_back({"revalidant_id", "required", "is required"});
  if (!errors.empty()) return core::Error::Invalid("cannot start the AGR trajectory", errors);
  Trajectory t;
  t.id = in.id;
  t.revalidant_id = in.revalidant_id;
  t.zzp = in.employment_status == registry::EmploymentStatus::kZzp;
  t.admission_date = in.admission_date;
  t.started_by = in.started_by;
  t.started_at = in.started_at;
  t.step = Step::kIntakeArts;
  return t;
}

std::vector<AllowedDecision> AllowedDecisions(Step step) {
  std::vector<AllowedDecision> out;
  for (const auto& tr : kTransitions) {
    if (tr.from == step) out.push_back(ToAllowed(tr));
  }
  return out;
}

std::vector<AllowedDecision> AllowedDecisions(const Trajectory& t) {
  if (t.step == Step::kGestopt && !StoppedAtD1(t)) return {};
  return AllowedDecisions(t.step);
}

core::Result<Trajectory> ApplyDecision(const Trajectory& t, const DecisionInput& in,
                                       const DecisionContext& context) {
  const std::vector<AllowedDecision> allowed = AllowedDecisions(t);
  const Transition* tr = nullptr;
  for (const auto& row : kTransitions) {
    if (row.from == t.step && row.kind == in.kind && row.outcome == in.outcome) tr = &row;
  }
  if (tr == nullptr || (in.kind == DecisionKind::kHeropenen && !StoppedAtD1(t))) {
    std::string why = "'" + std::string(ToCode(in.kind)) + "=" + std::string(ToCode(in.outcome)) +
                      "' is not allowed: current step is '" + std::string(ToCode(t.step)) +
                      "'; allowed now: " + AllowedList(allowed);
    if (t.step == Step::kGestopt && !StoppedAtD1(t)) {
      why += " (only a stop at D1 can be reopened)";
    }
    return core::Error::Rule(std::move(why));
  }

  // Field checks: all problems at once.
  std::vector<core::FieldError> errors;
  if (!in.decided_by.valid()) errors.push_back({"decided_by", "required", "is required"});
  const core::Instant previous = t.history.empty() ? t.started_at : t.history.back().decided_at;
  if (in.decided_at < previous) {
    errors.push_back(
        {"decided_at", "before_previous", "is before the previous decision of this trajectory"});
  }
  if (tr->classes != kNone) {
    if (!in.reason) {
      errors.push_back({"reason", "required", "this decision needs a reason"});
    } else if ((tr->classes & Bit(ClassOf(*in.reason))) == 0) {
      std::string classes;
      for (ReasonClass c : Classes(tr->classes)) {
        if (!classes.empty()) classes += " or ";
        classes += ToCode(c);
      }
      errors.push_back(
          {"reason", "wrong_class",
           "'" + std::string(ToCode(*in.reason)) + "' is not a reason of class " + classes});
    }
  } else if (in.reason) {
    errors.push_back({"reason", "not_applicable", "this decision takes no reason"});
  }
  if (tr->end_reason && !in.end_reason) {
    errors.push_back({"end_reason", "required", "an end reason is required"});
  } else if (!tr->end_reason && in.end_reason) {
    errors.push_back({"end_reason", "not_applicable", "this decision does not end AGR"});
  }
  if (tr->contacts && !in.contacts) {
    errors.push_back({"contacts", "required", "D2 records whom the RIC may contact"});
  } else if (!tr->contacts && in.contacts) {
    errors.push_back({"contacts", "not_applicable", "only D2 ja records contacts"});
  }
  if (in.checklist && in.kind != DecisionKind::kD3Werktraining) {
    errors.push_back({"checklist", "not_applicable", "only D3 records the five criteria"});
  }
  if (in.folder_handed_out &&
      !(in.kind == DecisionKind::kD1RicInzetten && in.outcome == Outcome::kNee)) {
    errors.push_back(
        {"folder_handed_out", "not_applicable", "the folder is only recorded with D1 nee"});
  }
  if (in.note.size() > kMaxNoteLength) {
    errors.push_back({"note", "too_long", "is longer than 2000 characters"});
  }
  if (!errors.empty()) {
    std::string msg = "invalid decision: " + errors.front().path + " " + errors.front().message;
    return core::Error::Invalid(std::move(msg), std::move(errors));
  }

  if (tr->contacts) {
    if (!context.consent_form_signed) {
      return core::Error::Rule(
          "D2 ja needs a signed form 3 (toestemmingsformulier informatie-uitwisseling)");
    }
    if (t.zzp && in.contacts->werkgever) {
      return core::Error::Rule("a ZZP'er has no employer to contact");
    }
  }

  std::optional<D3Assessment> d3;
  if (in.checklist) {
    const indication::D3Suggestion s = indication::SuggestD3(*in.checklist);
    d3 = D3Assessment{*in.checklist, s.outcome, s.reason};
  }
  Trajectory next = t;
  next.history.push_back(Decision{in.kind, in.outcome, t.step, tr->to, in.decided_by, in.decided_at,
                                  in.reason, in.end_reason, in.contacts, d3, in.folder_handed_out,
                                  in.note});
  next.step = tr->to;
  if (tr->contacts) next.contacts = *in.contacts;
  if (in.kind == DecisionKind::kHeropenen) next.contacts = ContactPermissions{};
  return next;
}

core::Result<Trajectory> SetExpectedDischarge(const Trajectory& t, core::Date expected) {
  if (IsTerminal(t.step)) return core::Error::Rule("the AGR trajectory has ended");
  if (!expected.ok() || core::DaysBetween(t.admission_date, expected) < 0) {
    return core::Error::Invalid("the expected discharge is before the admission",
                                {{"expected_discharge_date", "before_admission",
                                  "must be on or after the admission date"}});
  }
  Trajectory next = t;
  next.expected_discharge_date = expected;
  return next;
}

core::Result<Trajectory> SetEmploymentStatus(const Trajectory& t,
                                             registry::EmploymentStatus status) {
  if (IsTerminal(t.step)) return core::Error::Rule("the AGR trajectory has ended");
  Trajectory next = t;
  next.zzp = status == registry::EmploymentStatus::kZzp;
  if (next.zzp) next.contacts.werkgever = false;
  return next;
}

bool EmployerStepsApply(const Trajectory& t) { return !t.zzp; }
bool MayContactWerkgever(const Trajectory& t) { return !t.zzp && t.contacts.werkgever; }
bool MayContactBedrijfsarts(const Trajectory& t) { return t.contacts.bedrijfsarts; }

bool DiffersFromSuggestion(const Decision& d) {
  return d.d3 && d.d3->suggested_outcome && *d.d3->suggested_outcome != d.outcome;
}

std::string_view ToCode(FolderStatus s) {
  switch (s) {
    case FolderStatus::kNotApplicable:
      return "niet_van_toepassing";
    case FolderStatus::kHandedOut:
      return "uitgereikt";
    case FolderStatus::kOpen:
      return "open";
  }
  return "niet_van_toepassing";
}

FolderStatus FolderStatusOf(const Trajectory& t) {
  for (auto it = t.history.rbegin(); it != t.history.rend(); ++it) {
    if (it->kind == DecisionKind::kD1RicInzetten && it->outcome == Outcome::kNee) {
      return it->folder_handed_out.value_or(false) ? FolderStatus::kHandedOut : FolderStatus::kOpen;
    }
  }
  return FolderStatus::kNotApplicable;
}

const Decision* LastDecision(const Trajectory& t) {
  return t.history.empty() ? nullptr : &t.history.back();
}

std::optional<DecisionKind> TeamQuestionDue(const Trajectory& t, core::Instant meeting_start) {
  std::optional<DecisionKind> question;
  if (t.step == Step::kTerugkoppeling) question = DecisionKind::kD3Werktraining;
  if (t.step == Step::kWerktraining) question = DecisionKind::kD4Voortzetten;
  if (!question) return std::nullopt;
  for (auto it = t.history.rbegin(); it != t.history.rend() && it->decided_at >= meeting_start;
       ++it) {
    if (it->kind == DecisionKind::kD3Werktraining || it->kind == DecisionKind::kD4Voortzetten) {
      return std::nullopt;  // answered in this meeting already
    }
  }
  return question;
}

std::vector<StepProgress> RouteProgress(const Trajectory& t) {
  const bool d2_done = std::any_of(t.history.begin(), t.history.end(), [](const Decision& d) {
    return d.kind == DecisionKind::kD2Toestemming && d.outcome == Outcome::kJa;
  });
  const bool no_employer = t.zzp || (d2_done && !t.contacts.werkgever);

  std::size_t current = kRouteSteps.size();  // afgerond: everything done
  bool stopped = false;
  if (t.step == Step::kGestopt) {
    stopped = true;
    const Decision* last = LastDecision(t);
    current = last != nullptr ? Ordinal(last->from) : 0;
  } else if (t.step != Step::kAfgerond) {
    current = Ordinal(t.step);
  }

  std::vector<StepProgress> out;
  for (std::size_t i = 0; i < kRouteSteps.size(); ++i) {
    StepProgress p;
    p.step = kRouteSteps[i];
    p.without_employer = no_employer && HasEmployerContacts(p.step);
    if (i < current) {
      p.status = StepStatus::kDone;
    } else if (i == current) {
      p.status = stopped ? StepStatus::kStoppedHere : StepStatus::kCurrent;
    } else if (stopped) {
      p.status = StepStatus::kNotReached;
    } else {
      p.status = i == current + 1 ? StepStatus::kNext : StepStatus::kLater;
    }
    out.push_back(p);
  }
  return out;
}

}  // namespace werkpad::domain::agr
