#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace werkpad::domain::agr {

// Reason classes of the AGR flowchart (handbook ch. 3, "Stroomschema AGR", footnotes 1-3). The
// flowchart's "Geen toestemming" branch after the RIC intake has no number; it gets its own class.
enum class ReasonClass {
  kNietRelevant,       // 1: "Revalidant is al met pensioen, student, comateus, wil niet aan arbeid
                       //    denken, etc." (D1 nee)
  kNietZinvol,         // 2: "De afstand naar werk is te groot of de revalidant is bijvoorbeeld niet
                       //    leerbaar of is juist te goed en heeft training niet (meer) nodig"
  kNogNietBelastbaar,  // 3: "Revalidant is (nog) niet genoeg belastbaar voor training"
  kGeenToestemming,    // D2 nee: no consent to continue ("Geen toestemming -> AGR stopt")
};

// Codes "niet_relevant", "niet_zinvol", "nog_niet_belastbaar", "geen_toestemming".
std::string_view ToCode(ReasonClass c);
std::optional<ReasonClass> ParseReasonClass(std::string_view code);
// The flowchart's footnote number: 1, 2, 3; 0 for kGeenToestemming (unnumbered).
int FlowchartNumber(ReasonClass c);

// The specific reasons, each inside exactly one class.
enum class Reason {
  // Class 1 (handbook ch. 3: "Wanneer de revalidant al met pensioen is, student is of comateus,
  // vindt geen doorverwijzing naar de re-integratiecoördinator plaats. Ook wanneer de revalidant
  // absoluut niet aan werk wil denken ...")
  kMetPensioen,           // "met_pensioen"
  kStudent,               // "student"
  kComateus,              // "comateus"
  kWilNietAanWerkDenken,  // "wil_niet_aan_werk_denken"
  kBuitenLeeftijdsgrens,  // "buiten_leeftijdsgrens": not 18..AOW age (ch. 3 "tussen 18 en 67")
  kNietRelevantOverig,    // "niet_relevant_overig" ("etc."; explain in the note)
  // Class 2 (flowchart footnote 2; ch. 1 "Prognose")
  kAfstandTotWerkTeGroot,  // "afstand_tot_werk_te_groot"
  kNietLeerbaar,           // "niet_leerbaar": not learnable / trainable
  kTrainingNietNodig,      // "training_niet_nodig": too good, does not need training (any more)
  kGeenHerstelVerwacht,    // "geen_herstel_verwacht": criteria not met and no recovery expected
                           //  within three months (ch. 1, "Prognose")
  kNietZinvolOverig,       // "niet_zinvol_overig"
  // Class 3 (flowchart footnote 3): which indication criterion (ch. 1) is not yet met
  kBelastbaarheidOnvoldoende,  // "belastbaarheid_onvoldoende": cannot yet sit up 2 dagdelen
  kOrientatieOnvoldoende,      // "orientatie_onvoldoende": orientation in place and time
  kTaalbegripOnvoldoende,      // "taalbegrip_onvoldoende": language comprehension
  kLeerbaarheidOnvoldoende,    // "leerbaarheid_onvoldoende": not yet learnable / trainable
  kNogNietBelastbaarOverig,    // "nog_niet_belastbaar_overig"
  // D2 "geen toestemming"
  kGeenToestemmingVervolg,  // "geen_toestemming_vervolg": the revalidant does not want the RIC
                            //  to continue
  kGeenToestemmingOverig,   // "geen_toestemming_overig" (e.g. not able to consent; ch. 1
                            //  "Indicatiestelling": "of de revalidant in staat is toestemming
                            //  te geven")
};

std::string_view ToCode(Reason r);
std::optional<Reason> ParseReason(std::string_view code);
std::span<const Reason> AllReasons();
ReasonClass ClassOf(Reason r);
std::vector<Reason> ReasonsIn(ReasonClass c);

// Why AGR ended (handbook ch. 3, stappenplan footnote ii: "AGR wordt beëindigd bij ontslag uit
// revalidatie, (volledige) re-integratie in werk, oppakken re-integratietraject door werkgever,
// onvoldoende mogelijkheden voor opstarten of vervolgen re-integratietraject").
enum class EndReason {
  kOntslagRevalidatie,        // "ontslag_revalidatie": discharge from rehabilitation
  kTerugkeerWerk,             // "terugkeer_werk": (full) return to work
  kWerkgeverNeemtOver,        // "werkgever_neemt_over": the employer takes over the reintegration
  kOnvoldoendeMogelijkheden,  // "onvoldoende_mogelijkheden": insufficient possibilities to start
                              //  or continue a reintegration route
};

std::string_view ToCode(EndReason r);
std::optional<EndReason> ParseEndReason(std::string_view code);
std::span<const EndReason> AllEndReasons();

}  // namespace werkpad::domain::agr
