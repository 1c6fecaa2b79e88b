#include "domain/reintegratievisie/draft.hpp"

#include <string>

#include "core/dutch_date.hpp"

namespace werkpad::domain::reintegratievisie {
namespace {

using agr::DecisionKind;
using agr::Outcome;
using agr::Step;

}  // namespace

std::string FormatDateNl(core::Date d) {
  const std::string iso = core::FormatDate(d);  // YYYY-MM-DD
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
}

namespace {

std::string DateNl(core::Date d) { return FormatDateNl(d); }

// The Dutch calendar date of an instant (Europe/Amsterdam, core::DutchDate).
std::string DateNl(core::Instant t) { return DateNl(core::DutchDate(t)); }

}  // namespace

std::span<const FactSpec> DraftFacts() {
  static constexpr FactSpec kFacts[] = {
      {"agr-2-intake-ric", "functie", "Formulier 2 (intake RIC)", "Functie"},
      {"agr-2-intake-ric", "uren_per_week", "Formulier 2 (intake RIC)", "Uren per week"},
      {"agr-2-intake-ric", "werktijden", "Formulier 2 (intake RIC)", "Werktijden"},
      {"agr-2-intake-ric", "vraag_revalidant", "Formulier 2 (intake RIC)",
       "Vraag van de revalidant over werk"},
      {"agr-5-terugkoppeling-werkbezoek", "datum_werkbezoek", "Formulier 5 (werkbezoek)",
       "Datum werkbezoek"},
      {"agr-5-terugkoppeling-werkbezoek", "houding_werkgever", "Formulier 5 (werkbezoek)",
       "Houding van de werkgever"},
      {"agr-5-terugkoppeling-werkbezoek", "werkomgeving", "Formulier 5 (werkbezoek)",
       "Werkomgeving"},
      {"agr-5-terugkoppeling-werkbezoek", "absolute_voorwaarden", "Formulier 5 (werkbezoek)",
       "Absolute voorwaarden"},
      {"agr-5-terugkoppeling-werkbezoek", "mogelijke_aanpassingen", "Formulier 5 (werkbezoek)",
       "Mogelijke aanpassingen"},
  };
  return kFacts;
}

std::string_view StepLabel(Step s) {
  switch (s) {
    case Step::kIntakeArts:
      return "Intake revalidatiearts";
    case Step::kIntakeRic:
      return "Intake re-integratiecoördinator";
    case Step::kWerkbezoek:
      return "Werkbezoek";
    case Step::kTerugkoppeling:
      return "Terugkoppeling aan het team";
    case Step::kWerktraining:
      return "Werktraining";
    case Step::kAfronding:
      return "Afronding";
    case Step::kAfgerond:
      return "Afgerond";
    case Step::kGestopt:
      return "Gestopt";
  }
  return "";
}

std::string_view DecisionLabel(DecisionKind k) {
  switch (k) {
    case DecisionKind::kD1RicInzetten:
      return "Inzet re-integratiecoördinator (D1)";
    case DecisionKind::kD2Toestemming:
      return "Toestemming revalidant (D2)";
    case DecisionKind::kWerkbezoekAfgerond:
      return "Werkbezoek afgerond";
    case DecisionKind::kD3Werktraining:
      return "Start werktraining (D3)";
    case DecisionKind::kD4Voortzetten:
      return "Evaluatie werktraining (D4)";
    case DecisionKind::kAfrondingStarten:
      return "Afronding gestart";
    case DecisionKind::kAfsluiten:
      return "AGR afgesloten";
    case DecisionKind::kBeeindigen:
      return "AGR beëindigd";
    case DecisionKind::kHeropenen:
      return "AGR heropend";
  }
  return "";
}

std::string_view OutcomeLabel(Outcome o) {
  switch (o) {
    case Outcome::kJa:
      return "ja";
    case Outcome::kNee:
      return "nee";
    case Outcome::kNogNiet:
      return "nog niet";
    case Outcome::kNietZinvol:
      return "niet zinvol";
    case Outcome::kVoortzetten:
      return "voortzetten";
    case Outcome::kDoelenBijstellen:
      return "voortzetten met bijgestelde doelen";
    case Outcome::kGereed:
      return "gereed";
    case Outcome::kBeeindigd:
      return "beëindigd";
    case Outcome::kHeropend:
      return "heropend";
  }
  return "";
}

std::string_view MeansLabel(Means m) {
  switch (m) {
    case Means::kEigenWerkAanpassingen:
      return "Eigen werk met aanpassingen";
    case Means::kAnderWerk:
      return "Ander werk";
    case Means::kJobcoach:
      return "Jobcoach";
    case Means::kWerkfitTraject:
      return "Traject 'Werkfit maken'";
    case Means::kNaarWerkTraject:
      return "Traject 'Naar werk'";
    case Means::kArbeidstherapeutischePlaatsing:
      return "Arbeidstherapeutische plaatsing (maximaal zes weken)";
    case Means::kOutplacement:
      return "Outplacement";
    case Means::kDagbesteding:
      return "Dagbesteding";
    case Means::kWerkplekaanpassingen:
      return "Werkplekaanpassingen";
    case Means::kVasteCollegaBuddy:
      return "Vaste collega als buddy";
  }
  return "";
}

Content BuildDraft(const DraftInput& in) {
  Content c;
  const agr::Trajectory& t = *in.trajectory;

  // Verloop: the start and every decision, without reasons or notes (those are internal and
  // may be clinical; the section is also part of the employer's copy).
  c.verloop = "Start revalidatie: " + DateNl(t.admission_date) + ".\n";
  for (const auto& d : t.history) {
    c.verloop += DateNl(d.decided_at) + ": " + std::string(DecisionLabel(d.kind)) + " — " +
                 std::string(OutcomeLabel(d.outcome)) + " (" + std::string(StepLabel(d.from)) +
                 " → " + std::string(StepLabel(d.to)) + ").\n";
  }
  c.verloop += "Huidige stap: " + std::string(StepLabel(t.step)) + ".";

  // Werksituatie: the key answers of the forms, grouped by form in the given order.
  std::string last_form;
  for (const auto& f : in.facts) {
    if (f.text.empty()) continue;
    if (f.form != last_form) {
      if (!c.werksituatie.empty()) c.werksituatie += "\n";
      c.werksituatie += f.form + ":\n";
      last_form = f.form;
    }
    c.werksituatie += "- " + f.label + ": " + f.text + "\n";
  }
  if (c.werksituatie.empty()) {
    c.werksituatie = "Nog geen gegevens uit formulier 2 en 5 vastgelegd.";
  } else if (c.werksituatie.back() == '\n') {
    c.werksituatie.pop_back();
  }

  // Profile comparison and goals: the extension points of issue 4.
  if (in.profile && !in.profile->items.empty()) {
    for (const auto& item : in.profile->items) {
      c.profielvergelijking += "- " + item.item + ": " +
                               (item.meets ? "voldoet" : "voldoet (nog) niet") +
                               (item.note.empty() ? "" : " (" + item.note + ")") + "\n";
    }
    c.profielvergelijking.pop_back();
  } else {
    c.profielvergelijking = std::string(kNoProfileData);
  }
  if (in.goals && !in.goals->empty()) {
    for (const auto& g : *in.goals) {
      c.behandeldoelen += "- " + g.goal + ": " + (g.achieved ? "behaald" : "niet behaald") + "\n";
    }
    c.behandeldoelen.pop_back();
  } else {
    c.behandeldoelen = std::string(kNoGoals);
  }

  // Werktraining: the D3 start and the D4 evaluations.
  int evaluations = 0;
  const agr::Decision* last_d4 = nullptr;
  const agr::Decision* d3_ja = nullptr;
  for (const auto& d : t.history) {
    if (d.kind == DecisionKind::kD3Werktraining && d.outcome == Outcome::kJa) d3_ja = &d;
    if (d.kind == DecisionKind::kD4Voortzetten) {
      ++evaluations;
      last_d4 = &d;
    }
  }
  if (d3_ja == nullptr) {
    c.werktraining = "Er is (nog) niet gestart met werktraining.";
  } else {
    c.werktraining = "Werktraining gestart op " + DateNl(d3_ja->decided_at) + ".";
    if (evaluations > 0) {
      c.werktraining += " Aantal evaluaties door het team: " + std::to_string(evaluations) +
                        "; laatste op " + DateNl(last_d4->decided_at) + ": " +
                        std::string(OutcomeLabel(last_d4->outcome)) + ".";
    }
  }
  return c;
}

}  // namespace werkpad::domain::reintegratievisie
