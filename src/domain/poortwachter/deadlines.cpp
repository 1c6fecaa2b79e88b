#include "domain/poortwachter/deadlines.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace werkpad::domain::poortwachter {

namespace {

using Steps = RecordedSteps;
using OptDate = std::optional<core::Date>;

// Recordable single-date steps, by milestone key.
struct StepField {
  std::string_view key;
  OptDate Steps::*field;
};
constexpr std::array kStepFields = {
    StepField{keys::kZiekmelding, &Steps::ziekmelding},
    StepField{keys::kProbleemanalyse, &Steps::probleemanalyse},
    StepField{keys::kPlanVanAanpak, &Steps::plan_van_aanpak},
    StepField{keys::kArbeidsdeskundigOnderzoek, &Steps::arbeidsdeskundig_onderzoek},
    StepField{keys::kMelding42eWeek, &Steps::melding_42e_week},
    StepField{keys::kUwvBriefEerstejaarsevaluatie, &Steps::uwv_brief_eerstejaarsevaluatie},
    StepField{keys::kEerstejaarsevaluatie, &Steps::eerstejaarsevaluatie},
    StepField{keys::kSpoor2, &Steps::spoor_2},
    StepField{keys::kVervroegdeIva, &Steps::vervroegde_iva},
    StepField{keys::kUwvBriefWia, &Steps::uwv_brief_wia},
    StepField{keys::kActueelOordeel, &Steps::actueel_oordeel},
    StepField{keys::kEindevaluatie, &Steps::eindevaluatie},
    StepField{keys::kWiaAanvraag, &Steps::wia_aanvraag},
    StepField{keys::kUwvBeschikking, &Steps::uwv_beschikking},
};

// The document each milestone produces (one place, also for rows read back from the store).
struct MilestoneSpec {
  std::string_view key;
  std::string_view document;
};
constexpr std::array kMilestoneSpecs = {
    MilestoneSpec{keys::kZiekmelding, "ziekmelding"},
    MilestoneSpec{keys::kProbleemanalyse, "probleemanalyse"},
    MilestoneSpec{keys::kPlanVanAanpak, "plan_van_aanpak"},
    MilestoneSpec{keys::kEvaluatie, "evaluatieverslag"},
    MilestoneSpec{keys::kArbeidsdeskundigOnderzoek, "arbeidsdeskundig_rapport"},
    MilestoneSpec{keys::kMelding42eWeek, "melding_42e_week"},
    MilestoneSpec{keys::kUwvBriefEerstejaarsevaluatie, "uwv_brief"},
    MilestoneSpec{keys::kEerstejaarsevaluatie, "eerstejaarsevaluatie"},
    MilestoneSpec{keys::kSpoor2, "bijgesteld_plan_van_aanpak"},
    MilestoneSpec{keys::kVervroegdeIva, "wia_aanvraag_vervroegd"},
    MilestoneSpec{keys::kUwvBriefWia, "uwv_brief"},
    MilestoneSpec{keys::kActueelOordeel, "actueel_oordeel"},
    MilestoneSpec{keys::kEindevaluatie, "eindevaluatie"},
    MilestoneSpec{keys::kWiaAanvraag, "wia_aanvraag_met_riv"},
    MilestoneSpec{keys::kUwvBeschikking, "beschikking"},
    MilestoneSpec{keys::kEindeWachttijd, ""},
};

bool Before(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; }
core::Date Earlier(core::Date a, core::Date b) { return Before(a, b) ? a : b; }

// First Monday-to-Friday day on or after `d`. Public holidays are not taken into account.
core::Date FirstWorkdayFrom(core::Date d) {
  std::chrono::weekday wd{std::chrono::sys_days{d}};
  if (wd == std::chrono::Saturday) return core::AddDays(d, 2);
  if (wd == std::chrono::Sunday) return core::AddDays(d, 1);
  return d;
}

void CheckStepDate(std::vector<core::FieldError>& errors, std::string path, core::Date d,
                   core::Date first_sick_day, core::Date today) {
  if (!d.ok()) {
    errors.push_back({std::move(path), "invalid_date", "is not a calendar date"});
  } else if (Before(d, first_sick_day)) {
    errors.push_back({std::move(path), "before_first_sick_day",
                      "lies before the first sick day of the current period"});
  } else if (Before(today, d)) {
    errors.push_back({std::move(path), "in_future", "lies after today"});
  }
}

std::vector<core::FieldError> ValidateSteps(const Steps& steps, core::Date first_sick_day,
                                            core::Date today) {
  std::vector<core::FieldError> errors;
  for (const StepField& f : kStepFields) {
    if (const OptDate& d = steps.*(f.field)) {
      CheckStepDate(errors, "steps." + std::string(f.key), *d, first_sick_day, today);
    }
  }
  for (std::size_t i = 0; i < steps.evaluaties.size(); ++i) {
    std::string path = "steps.evaluaties[" + std::to_string(i) + "]";
    CheckStepDate(errors, path, steps.evaluaties[i], first_sick_day, today);
    if (steps.plan_van_aanpak && steps.evaluaties[i].ok() && steps.plan_van_aanpak->ok() &&
        Before(steps.evaluaties[i], *steps.plan_van_aanpak)) {
      errors.push_back({path, "before_plan_van_aanpak", "lies before the plan van aanpak"});
    }
  }
  if (steps.plan_van_aanpak && steps.probleemanalyse && steps.plan_van_aanpak->ok() &&
      steps.probleemanalyse->ok() && Before(*steps.plan_van_aanpak, *steps.probleemanalyse)) {
    errors.push_back({"steps.plan_van_aanpak", "before_probleemanalyse",
                      "lies before the probleemanalyse it is based on"});
  }
  return errors;
}

class Builder {
 public:
  Builder(Timeline& t, const TimelineOptions& options) : t_(t), options_(options) {}

  // Adds a milestone due at a calendar date.
  Milestone& Add(std::string_view key, MilestoneKind kind, core::Date due,
                 std::vector<Party> responsible, const OptDate& done) {
    Milestone m;
    m.key = key;
    m.kind = kind;
    m.due = due;
    m.week = WeekOfDate(t_.period, due);
    m.responsible = std::move(responsible);
    m.document = DocumentOf(key);
    if (done) {
      m.done_on = *done;
      m.late = kind != MilestoneKind::kOption && Before(due, *done);
    }
    t_.milestones.push_back(std::move(m));
    return t_.milestones.back();
  }

  // Sets every status; `spoor2_not_applicable` from the internal-return flag.
  void Finish(bool spoor2_not_applicable) {
    for (Milestone& m : t_.milestones) {
      m.status = StatusOf(m, m.key == keys::kSpoor2 && spoor2_not_applicable);
    }
    // Order by due date; equal dates keep the order of insertion (the order of keys::).
    std::stable_sort(t_.milestones.begin(), t_.milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return Before(a.due, b.due); });
  }

 private:
  MilestoneStatus StatusOf(const Milestone& m, bool not_applicable) const {
    using S = MilestoneStatus;
    if (m.done_on) return S::kDone;
    if (not_applicable) return S::kNotApplicable;
    const core::Date today = t_.today;
    const int days_left = core::DaysBetween(today, m.due);
    if (t_.recovered) {
      // The employee is fit again: steps after the last sick day no longer apply, and nothing
      // can be started while fit. What was already missed during the sickness stays missed.
      const bool after_end = Before(t_.period.last_sick_day(), m.due);
      const bool still_open_window = m.kind == MilestoneKind::kWindow && days_left >= 0;
      if (after_end || still_open_window || m.kind == MilestoneKind::kOption) {
        return S::kNotApplicable;
      }
    }
    switch (m.kind) {
      case MilestoneKind::kDeadline:
        if (days_left < 0) return S::kOverdue;
        return days_left <= options_.signal_window_days ? S::kDue : S::kUpcoming;
      case MilestoneKind::kWindow:
        if (days_left < 0) return S::kExpired;
        if (m.opens && Before(today, *m.opens)) return S::kUpcoming;
        return days_left <= options_.signal_window_days ? S::kDue : S::kOpen;
      case MilestoneKind::kOption:
        return Before(today, m.due) ? S::kUpcoming : S::kOpen;
      case MilestoneKind::kEvent:
        if (days_left < 0) return S::kPassed;
        return days_left <= options_.signal_window_days ? S::kDue : S::kUpcoming;
    }
    return S::kUpcoming;
  }

  Timeline& t_;
  const TimelineOptions& options_;
};

}  // namespace

std::string_view DocumentOf(std::string_view key) {
  for (const MilestoneSpec& spec : kMilestoneSpecs) {
    if (spec.key == key) return spec.document;
  }
  return {};
}

std::optional<std::string_view> CanonicalKey(std::string_view key) {
  for (const MilestoneSpec& spec : kMilestoneSpecs) {
    if (spec.key == key) return spec.key;
  }
  return std::nullopt;
}

std::uint32_t PartyMask(std::span<const Party> parties) {
  std::uint32_t mask = 0;
  for (Party p : parties) mask |= PartyBit(p);
  return mask;
}

std::vector<Party> PartiesOf(std::uint32_t mask) {
  std::vector<Party> out;
  for (Party p : {Party::kEmployer, Party::kEmployee, Party::kBedrijfsarts, Party::kUwv,
                  Party::kArbeidsdeskundige}) {
    if ((mask & PartyBit(p)) != 0) out.push_back(p);
  }
  return out;
}

std::uint32_t PartyBit(Party p) { return 1u << static_cast<unsigned>(p); }

std::string_view ToCode(Party p) {
  switch (p) {
    case Party::kEmployer:
      return "werkgever";
    case Party::kEmployee:
      return "werknemer";
    case Party::kBedrijfsarts:
      return "bedrijfsarts";
    case Party::kUwv:
      return "uwv";
    case Party::kArbeidsdeskundige:
      return "arbeidsdeskundige";
  }
  return "werkgever";
}

std::string_view ToCode(MilestoneKind k) {
  switch (k) {
    case MilestoneKind::kDeadline:
      return "deadline";
    case MilestoneKind::kWindow:
      return "window";
    case MilestoneKind::kOption:
      return "option";
    case MilestoneKind::kEvent:
      return "event";
  }
  return "deadline";
}

std::string_view ToCode(MilestoneStatus s) {
  switch (s) {
    case MilestoneStatus::kDone:
      return "done";
    case MilestoneStatus::kUpcoming:
      return "upcoming";
    case MilestoneStatus::kOpen:
      return "open";
    case MilestoneStatus::kDue:
      return "due";
    case MilestoneStatus::kOverdue:
      return "overdue";
    case MilestoneStatus::kExpired:
      return "expired";
    case MilestoneStatus::kPassed:
      return "passed";
    case MilestoneStatus::kNotApplicable:
      return "not_applicable";
  }
  return "upcoming";
}

core::Status RecordStep(RecordedSteps& steps, std::string_view key, core::Date date) {
  if (key == keys::kEvaluatie) {
    steps.evaluaties.push_back(date);
    return core::Ok();
  }
  for (const StepField& f : kStepFields) {
    if (f.key == key) {
      steps.*(f.field) = date;
      return core::Ok();
    }
  }
  return core::Error::Invalid(
      "unknown step",
      {{"steps", "unknown_step", "'" + std::string(key) + "' is not a step that can be recorded"}});
}

core::Result<Timeline> ComputeTimeline(std::span<const Episode> episodes,
                                       const RecordedSteps& steps, core::Date today,
                                       const TimelineOptions& options) {
  if (options.signal_window_days < 0 || options.signal_window_days > 365) {
    return core::Error::Invalid("invalid options", {{"options.signal_window_days", "out_of_range",
                                                     "must be between 0 and 365"}});
  }
  WP_RETURN_IF_ERROR(ValidateEpisodes(episodes, today));

  Timeline t;
  t.period = CurrentPeriod(episodes);
  t.today = today;
  const SicknessPeriod& p = t.period;
  if (auto errors = ValidateSteps(steps, p.first_sick_day(), today); !errors.empty()) {
    return core::Error::Invalid("the recorded steps are invalid", std::move(errors));
  }
  t.current_week = (SickDaysUpTo(p, today) + 6) / 7;
  t.recovered = !p.open();
  // Source: DOMAIN.md section 6 and rviregister.nl (3 Jan 2022 + 104 weeks: the period "ends on
  // 1 January 2024", the day after the last day of week 104), checked 2026-11-23.
  t.einde_wachttijd = EndOfWeek(p, kWachttijdWeeks);
  t.wia_ingangsdatum = core::AddDays(t.einde_wachttijd, 1);

  using K = MilestoneKind;
  const auto kEr = Party::kEmployer;
  const auto kEe = Party::kEmployee;
  Builder b(t, options);

  // Source: randstad.nl werkpocket "Ziekmelding door de werkgever": the employer reports the
  // sickness to the arbodienst or bedrijfsarts "uiterlijk binnen een week"; DOMAIN.md section 6,
  // checked 2026-11-23.
  b.Add(keys::kZiekmelding, K::kDeadline, EndOfWeek(p, kZiekmeldingWeek), {kEr}, steps.ziekmelding);

  // Source: randstad.nl werkpocket ("binnen zes weken ... in een probleemanalyse"); seed
  // vooruitzicht-arbo-unie ("binnen 6 weken een Probleemanalyse"); DOMAIN.md section 6 (end of
  // week 6), checked 2026-11-23.
  b.Add(keys::kProbleemanalyse, K::kDeadline, EndOfWeek(p, kProbleemanalyseWeek),
        {Party::kBedrijfsarts}, steps.probleemanalyse);

  // Source: DOMAIN.md section 6 (within 2 weeks of the probleemanalyse, at the latest at the end
  // of week 8); seed ("Plan van Aanpak (na 8 weken verzuim)"), checked 2026-11-23.
  core::Date plan_due = EndOfWeek(p, kPlanVanAanpakLatestWeek);
  if (steps.probleemanalyse) {
    plan_due = Earlier(
        core::AddDays(*steps.probleemanalyse, kPlanVanAanpakDaysAfterProbleemanalyse), plan_due);
  }
  b.Add(keys::kPlanVanAanpak, K::kDeadline, plan_due, {kEr, kEe}, steps.plan_van_aanpak);

  // Source: DOMAIN.md section 6 (evaluation at least every 6 weeks); the seed: follow-up every
  // 3-6 weeks. The next evaluation is due 6 weeks (42 calendar days) after the last one, the
  // first 6 weeks after the plan (its recorded date, else its due date). Checked 2026-11-23.
  std::vector<core::Date> evaluations = steps.evaluaties;
  std::stable_sort(evaluations.begin(), evaluations.end(), Before);
  core::Date base = steps.plan_van_aanpak.value_or(plan_due);
  int sequence = 0;
  for (core::Date done : evaluations) {
    Milestone& m = b.Add(keys::kEvaluatie, K::kDeadline,
                         core::AddDays(base, kEvaluationIntervalDays), {kEr, kEe}, done);
    m.sequence = ++sequence;
    base = done;
  }
  core::Date next_evaluation = core::AddDays(base, kEvaluationIntervalDays);
  if (!steps.eindevaluatie && !Before(t.einde_wachttijd, next_evaluation)) {
    Milestone& m = b.Add(keys::kEvaluatie, K::kDeadline, next_evaluation, {kEr, kEe}, std::nullopt);
    m.sequence = ++sequence;
  }

  // Source: seed vooruitzicht-arbo-unie ("Vanaf week 40 kan een arbeidsdeskundig onderzoek
  // plaatsvinden"), checked 2026-11-23. Possible from the first day of week 40.
  b.Add(keys::kArbeidsdeskundigOnderzoek, K::kOption,
        core::AddDays(EndOfWeek(p, kArbeidsdeskundigOnderzoekFromWeek - 1), 1),
        {Party::kArbeidsdeskundige}, steps.arbeidsdeskundig_onderzoek);

  // Source: uwv.nl werkgevers "Ziek melden bij UWV": "uiterlijk de eerste werkdag na de 42e
  // ziekteweek"; randstad.nl: added-up periods count ("bij elkaar opgeteld, 42 weken verzuimd"),
  // checked 2026-11-23. Late: a fine, no loonsanctie.
  b.Add(keys::kMelding42eWeek, K::kDeadline,
        FirstWorkdayFrom(core::AddDays(EndOfWeek(p, kMelding42eWeek), 1)), {kEr},
        steps.melding_42e_week);

  // Source: rendement.nl / randstad.nl: UWV confirms the melding "rond de 44e week" with the
  // obligations for the eerstejaarsevaluatie, checked 2026-11-23.
  b.Add(keys::kUwvBriefEerstejaarsevaluatie, K::kEvent,
        EndOfWeek(p, kUwvBriefEerstejaarsevaluatieWeek), {Party::kUwv},
        steps.uwv_brief_eerstejaarsevaluatie);

  // Source: DOMAIN.md section 6 (eerstejaarsevaluatie by the end of week 52); uwv.nl "Ziek melden
  // bij UWV" (the 42e-weeksmelding triggers UWV's letter about the eerstejaarsevaluatie), checked
  // 2026-11-23.
  b.Add(keys::kEerstejaarsevaluatie, K::kDeadline, EndOfWeek(p, kEerstejaarsevaluatieWeek),
        {kEr, kEe}, steps.eerstejaarsevaluatie);

  // Source: DOMAIN.md section 6: spoor 2 within 6
  // weeks after the eerstejaarsevaluatie unless a concrete structural return in the own
  // organisation is expected within 3 months, checked 2026-11-23.
  core::Date eje = steps.eerstejaarsevaluatie.value_or(EndOfWeek(p, kEerstejaarsevaluatieWeek));
  b.Add(keys::kSpoor2, K::kDeadline, core::AddDays(eje, kSpoor2DaysAfterEerstejaarsevaluatie),
        {kEr}, steps.spoor_2);

  // Source: besuitable.nl, pulsinzetbaarheid.nl, re-integratiegids-hbo.nl: an early IVA
  // application (verkorte wachttijd) is possible after at least 3 weeks of sickness and up to
  // week 68, once; wijzerwerkengezondheid.nl says week 13 to 78 (sources differ), checked
  // 2026-11-23. We open the window on the first day of week 4 and close it at the end of week 68.
  Milestone& iva = b.Add(keys::kVervroegdeIva, K::kWindow, EndOfWeek(p, kVervroegdeIvaLastWeek),
                         {kEe}, steps.vervroegde_iva);
  iva.opens = core::AddDays(EndOfWeek(p, kVervroegdeIvaOpensAfterWeek), 1);

  // Source: uwv.nl "Wanneer vraag ik een WIA-uitkering aan?": "Na 88 weken ziekte krijgt u een
  // brief van ons", checked 2026-11-23.
  b.Add(keys::kUwvBriefWia, K::kEvent, EndOfWeek(p, kUwvBriefWiaWeek), {Party::kUwv},
        steps.uwv_brief_wia);

  // Source: DOMAIN.md section 6 (actueel oordeel and eindevaluatie about 2 weeks before the WIA
  // application, which is due at the end of week 93), checked 2026-11-23.
  b.Add(keys::kActueelOordeel, K::kDeadline, EndOfWeek(p, kActueelOordeelWeek),
        {Party::kBedrijfsarts}, steps.actueel_oordeel);
  b.Add(keys::kEindevaluatie, K::kDeadline, EndOfWeek(p, kActueelOordeelWeek), {kEr, kEe},
        steps.eindevaluatie);

  // Source: uwv.nl (apply within the period given in the week-88 letter, "meestal 6 weken");
  // DOMAIN.md section 6: no later than the end of week 93, 11 weeks before the end of the waiting
  // time ("week 91" is the rule before 2013), checked 2026-11-23.
  b.Add(keys::kWiaAanvraag, K::kDeadline, EndOfWeek(p, kWiaAanvraagWeek), {kEe},
        steps.wia_aanvraag);

  // Source: DOMAIN.md section 6: UWV decides within 8 weeks of the application, checked
  // 2026-11-23.
  core::Date applied = steps.wia_aanvraag.value_or(EndOfWeek(p, kWiaAanvraagWeek));
  b.Add(keys::kUwvBeschikking, K::kDeadline, core::AddDays(applied, kUwvBeschikkingDays),
        {Party::kUwv}, steps.uwv_beschikking);

  b.Add(keys::kEindeWachttijd, K::kEvent, t.einde_wachttijd, {}, std::nullopt);

  b.Finish(steps.internal_return_expected);
  return t;
}

const Milestone* FindMilestone(const Timeline& timeline, std::string_view key, int sequence) {
  // Milestones are sorted by due date, and evaluations fall due in sequence order, so the last
  // match is the one with the highest sequence.
  const Milestone* last = nullptr;
  for (const Milestone& m : timeline.milestones) {
    if (m.key != key) continue;
    if (sequence != 0 && m.sequence == sequence) return &m;
    last = &m;
  }
  return sequence == 0 ? last : nullptr;
}

}  // namespace werkpad::domain::poortwachter
