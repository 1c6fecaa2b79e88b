#include "domain/agr/tasks.hpp"

#include <algorithm>
#include <array>

#include "core/dutch_date.hpp"

namespace werkpad::domain::agr {

namespace {

using identity::Role;

// The catalogue. Sources are the handbook (ch. 3 "Stappenplan activiteiten AGR", ch. 5 "Werkgever"
// and "Bedrijfsarts" minimum contact moments); forms are the definitions in resources/forms.
constexpr std::array<TaskSpec, 21> kCatalogue = {{
    {"intake_arts", Role::kRevalidatiearts, DueRule::kOpnamedag, "agr-1-intake-arts",
     "h3 stappenplan: intakegesprek met de revalidatiearts (opnamedag/bij start revalidatie), "
     "vaststellen arbeidsstatus; AGR formulier 1",
     false, false},
    {"folder_agr_meegeven", Role::kRevalidatiearts, DueRule::kDirect, "",
     "h3: bij geen doorverwijzing 'wordt dan wel een folder meegegeven met informatie over AGR'",
     false, false},
    {"intake_ric", Role::kRic, DueRule::kZoSnelMogelijk, "agr-2-intake-ric",
     "h3 stappenplan: intakegesprek met de re-integratiecoördinator (zo snel mogelijk na start "
     "revalidatie); AGR formulier 2",
     false, false},
    {"toestemming_form3", Role::kRic, DueRule::kZoSnelMogelijk, "agr-3-toestemming",
     "h3 stappenplan: intake RIC, resultaat 'de revalidant heeft toestemming gegeven'; h5 "
     "Toestemming revalidant; AGR formulier 3",
     false, false},
    {"werkbezoek_werkgever", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: tijdens eerste bezoek aan werkgever (informeren over beperkingen en AGR, "
     "beide folders); h5 Werkgever: na intake re-integratiecoördinator",
     true, false},
    {"functieprofiel_form4", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: analyseren van de werkfunctie, voorwaarden, mogelijke aanpassingen; AGR "
     "formulier 4 (voor een ZZP'er met de revalidant zelf)",
     false, false},
    {"contact_bedrijfsarts_intake", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h5 Bedrijfsarts: na intake re-integratiecoördinator (informeren over letsel indien nodig en "
     "AGR, informatie over het functieprofiel; beide folders)",
     false, true},
    {"terugkoppeling_team", Role::kRic, DueRule::kZoSnelMogelijk, "agr-5-terugkoppeling-werkbezoek",
     "h3 stappenplan: zodra de functieanalyse is uitgevoerd, overdragen van informatie aan het "
     "behandelteam; AGR formulieren 2, 4 en 5",
     false, false},
    {"indruk_persoonsprofiel", Role::kTherapeut, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: zodra de functieanalyse is uitgevoerd, vaststellen van de mate waarin de "
     "mogelijkheden overeenkomen met de functie-eisen; eventueel AGR formulier 6",
     false, false},
    {"behandeldoelen_arbeid", Role::kTherapeut, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: behandeldoelstellingen gericht op arbeid worden geformuleerd; h2 "
     "Behandeldoelstellingen (per discipline)",
     false, false},
    {"informeren_revalidant_doelen", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: nadat bepaald is of starten werktraining zinvol is, informeren revalidant "
     "en eventueel naaste(n)",
     false, false},
    {"informeren_werkgever_strategie", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: werkgever (telefonisch, mail of brief) informeren over te volgen strategie; "
     "h5 Werkgever: na bepaling starten werktraining, input worksamples; samenvatting afspraken",
     true, false},
    {"informeren_bedrijfsarts_strategie", Role::kRic, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: eventueel bedrijfsarts informeren over te volgen strategie; h5 "
     "Bedrijfsarts: na bepaling starten werktraining",
     false, true},
    {"herbeoordeling_persoonsprofiel", Role::kTherapeut, DueRule::kZoSnelMogelijk, "",
     "h3 stappenplan: terugkoppeling training arbeidsvaardigheden door herbeoordeling functionele "
     "mogelijkheden, eventueel bijstellen behandeldoelen; eventueel AGR formulier 6",
     false, false},
    {"persoonsprofiel_definitief", Role::kTherapeut, DueRule::kVoorOntslag, "",
     "h3 stappenplan: voor ontslag uit de revalidatie, vaststellen persoonsprofiel; AGR "
     "formulier 6",
     false, false},
    {"reintegratievisie_opstellen", Role::kRic, DueRule::kVoorOntslag, "",
     "h3 stappenplan: rond ontslag, formuleren van de re-integratievisie; AGR formulier 7", false,
     false},
    {"reintegratievisie_beoordelen", Role::kRevalidatiearts, DueRule::kVoorOntslag, "",
     "h3 stappenplan: relevante disciplines en revalidatiearts beoordelen de visie en vullen "
     "eventueel aan",
     false, false},
    {"reintegratievisie_tekenen", Role::kRic, DueRule::kBijOntslag, "",
     "h3 stappenplan: na formuleren re-integratievisie revalidant informeren en laten tekenen "
     "voor akkoord; h4 formulier 7: revalidant geeft aan met wie de visie gedeeld mag worden",
     false, false},
    {"overdracht_werkgever", Role::kRic, DueRule::kBijOntslag, "",
     "h3 stappenplan: rondom ontslag werkgever informeren over bevindingen en advies, zo nodig "
     "warm; h5 Werkgever: bij afsluiting AGR, formulier 7",
     true, false},
    {"overdracht_bedrijfsarts", Role::kRic, DueRule::kBijOntslag, "",
     "h3 stappenplan: rondom ontslag bedrijfsarts of arbodienst informeren; h5 Bedrijfsarts: bij "
     "afsluiting AGR, formulier 7",
     false, true},
    {"overdracht_ketenpartners", Role::kRic, DueRule::kBijOntslag, "",
     "h3 stappenplan: rondom ontslag eventuele andere ketenpartners informeren (met toestemming "
     "van de revalidant, formulier 7)",
     false, false},
}};

std::vector<std::string_view> KeysFor(const Decision& d) {
  switch (d.kind) {
    case DecisionKind::kD1RicInzetten:
      if (d.outcome == Outcome::kJa) return {"intake_ric", "toestemming_form3"};
      // Handed out at the decision (marked in the D1 dialog): nothing left to do.
      if (d.folder_handed_out.value_or(false)) return {};
      return {"folder_agr_meegeven"};
    case DecisionKind::kHeropenen:
      return {"intake_ric", "toestemming_form3"};
    case DecisionKind::kD2Toestemming:
      if (d.outcome == Outcome::kJa) {
        return {"werkbezoek_werkgever", "functieprofiel_form4", "contact_bedrijfsarts_intake"};
      }
      return {};
    case DecisionKind::kWerkbezoekAfgerond:
      return {"terugkoppeling_team", "indruk_persoonsprofiel"};
    case DecisionKind::kD3Werktraining:
      if (d.outcome == Outcome::kJa) {
        return {"behandeldoelen_arbeid", "informeren_revalidant_doelen",
                "informeren_werkgever_strategie", "informeren_bedrijfsarts_strategie"};
      }
      return {};  // "nog niet": the question returns at every team meeting (TeamQuestionDue)
    case DecisionKind::kD4Voortzetten:
      if (d.outcome == Outcome::kDoelenBijstellen) return {"herbeoordeling_persoonsprofiel"};
      return {};
    case DecisionKind::kAfrondingStarten:
      return {"persoonsprofiel_definitief",   "reintegratievisie_opstellen",
              "reintegratievisie_beoordelen", "reintegratievisie_tekenen",
              "overdracht_werkgever",         "overdracht_bedrijfsarts",
              "overdracht_ketenpartners"};
    case DecisionKind::kAfsluiten:
    case DecisionKind::kBeeindigen:
      return {};
  }
  return {};
}

core::Date Later(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0 ? b : a; }

core::Date DueDate(const Trajectory& t, DueRule rule, core::Date event_day,
                   const TaskPolicy& policy) {
  switch (rule) {
    case DueRule::kOpnamedag:
      return t.admission_date;
    case DueRule::kDirect:
      return event_day;
    case DueRule::kZoSnelMogelijk:
      return core::AddDays(event_day, policy.asap_days);
    case DueRule::kVoorOntslag:
    case DueRule::kBijOntslag: {
      if (!t.expected_discharge_date) return core::AddDays(event_day, policy.asap_days);
      int offset = rule == DueRule::kVoorOntslag ? policy.before_discharge_days : 0;
      return Later(event_day, core::AddDays(*t.expected_discharge_date, -offset));
    }
  }
  return event_day;
}

}  // namespace

std::string_view ToCode(DueRule r) {
  switch (r) {
    case DueRule::kOpnamedag:
      return "opnamedag";
    case DueRule::kDirect:
      return "direct";
    case DueRule::kZoSnelMogelijk:
      return "zo_snel_mogelijk";
    case DueRule::kVoorOntslag:
      return "voor_ontslag";
    case DueRule::kBijOntslag:
      return "bij_ontslag";
  }
  return "direct";
}

std::span<const TaskSpec> TaskCatalogue() { return kCatalogue; }

const TaskSpec* FindTaskSpec(std::string_view key) {
  auto it = std::find_if(kCatalogue.begin(), kCatalogue.end(),
                         [&](const TaskSpec& s) { return s.key == key; });
  return it == kCatalogue.end() ? nullptr : &*it;
}

std::vector<TaskTemplate> TasksFor(const Trajectory& t, const RouteEvent& event,
                                   const TaskPolicy& policy) {
  std::vector<std::string_view> keys;
  std::size_t occurrence = 0;
  core::Date event_day = t.admission_date;
  if (std::holds_alternative<TrajectoryStarted>(event)) {
    keys = {"intake_arts"};
    event_day = core::DutchDate(t.started_at);
  } else {
    const std::size_t index = std::get<DecisionApplied>(event).index;
    if (index >= t.history.size()) return {};
    const Decision& d = t.history[index];
    keys = KeysFor(d);
    occurrence = index + 1;
    event_day = core::DutchDate(d.decided_at);
  }

  std::vector<TaskTemplate> out;
  for (std::string_view key : keys) {
    const TaskSpec* spec = FindTaskSpec(key);
    if (spec == nullptr) continue;
    // Handbook ch. 3: for a ZZP'er "vervalt uiteraard het contact met de werkgever"; without the
    // revalidant's permission at D2 there is no contact either (flowchart D2).
    if (spec->needs_werkgever_contact && !MayContactWerkgever(t)) continue;
    if (spec->needs_bedrijfsarts_contact && !MayContactBedrijfsarts(t)) continue;
    out.push_back(TaskTemplate{spec->key, occurrence, spec->role,
                               DueDate(t, spec->due_rule, event_day, policy), spec->due_rule,
                               spec->form, spec->source});
  }
  return out;
}

}  // namespace werkpad::domain::agr
