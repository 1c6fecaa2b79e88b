#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "domain/agr/route.hpp"
#include "domain/reintegratievisie/visie.hpp"

namespace werkpad::domain::reintegratievisie {

// The pre-filled draft of form 7, built from the dossier when the RIC starts it. The text is
// Dutch document text (like a report template: docs/architecture.md allows Dutch text in
// templates), written into the sections the RIC then edits. Pure.

// One key answer of a form, already formatted for reading ("Functie" -> "Monteur").
struct FormFact {
  std::string form;   // e.g. "Formulier 2"
  std::string label;  // the item's label
  std::string text;   // the answer as text
};

// EXTENSION POINT (issue 4, capacity profiles): the definitive person profile (form 6) against
// the function profile (form 4), item by item. The profiles feature fills this in
// service/visie_service.cpp (ProfileInputFor); until then it is nullopt and the draft says
// "Nog geen profielgegevens".
struct ProfileItemComparison {
  std::string item;    // e.g. "Tillen"
  bool meets = false;  // the revalidant meets the demand now
  std::string note;    // e.g. "max. 10 kg, 20 x per dag"
};
struct ProfileComparison {
  std::vector<ProfileItemComparison> items;
};

// EXTENSION POINT (issue 4): the treatment goals and whether they were achieved.
struct TreatmentGoal {
  std::string goal;
  bool achieved = false;
};

// The key answers the draft takes from the forms (form id, item key, form name, Dutch label).
struct FactSpec {
  std::string_view form_id;
  std::string_view key;
  std::string_view form_name;
  std::string_view label;
};
std::span<const FactSpec> DraftFacts();

struct DraftInput {
  const agr::Trajectory* trajectory = nullptr;      // REQUIRES: not null
  std::vector<FormFact> facts;                      // key answers of forms 1, 2 and 5
  std::optional<ProfileComparison> profile;         // nullopt: no profile data yet
  std::optional<std::vector<TreatmentGoal>> goals;  // nullopt: no goals recorded yet
};

inline constexpr std::string_view kNoProfileData =
    "Nog geen profielgegevens (formulier 4 en 6) beschikbaar.";
inline constexpr std::string_view kNoGoals =
    "Nog geen profielgegevens: behandeldoelen zijn nog "
    "niet vastgelegd.";

// The draft: verloop (every decision with its date and outcome — no reasons or notes, which are
// internal), werksituatie (the facts), profielvergelijking and behandeldoelen (from the
// extension points or the "nog geen profielgegevens" texts), werktraining (the D3 start and the
// D4 evaluations). The team's view, attention points, means and advice stay empty: people write
// those.
Content BuildDraft(const DraftInput& in);

// dd-mm-jjjj, the Dutch way of writing a date in documents.
std::string FormatDateNl(core::Date d);

// Dutch labels for the documents and the draft.
std::string_view StepLabel(agr::Step s);
std::string_view DecisionLabel(agr::DecisionKind k);
std::string_view OutcomeLabel(agr::Outcome o);
std::string_view MeansLabel(Means m);

}  // namespace werkpad::domain::reintegratievisie
