#include "domain/agr/reasons.hpp"

#include <array>

namespace werkpad::domain::agr {

namespace {

struct ReasonRow {
  Reason reason;
  std::string_view code;
  ReasonClass cls;
};

constexpr std::array<ReasonRow, 18> kReasons = {{
    {Reason::kMetPensioen, "met_pensioen", ReasonClass::kNietRelevant},
    {Reason::kStudent, "student", ReasonClass::kNietRelevant},
    {Reason::kComateus, "comateus", ReasonClass::kNietRelevant},
    {Reason::kWilNietAanWerkDenken, "wil_niet_aan_werk_denken", ReasonClass::kNietRelevant},
    {Reason::kBuitenLeeftijdsgrens, "buiten_leeftijdsgrens", ReasonClass::kNietRelevant},
    {Reason::kNietRelevantOverig, "niet_relevant_overig", ReasonClass::kNietRelevant},
    {Reason::kAfstandTotWerkTeGroot, "afstand_tot_werk_te_groot", ReasonClass::kNietZinvol},
    {Reason::kNietLeerbaar, "niet_leerbaar", ReasonClass::kNietZinvol},
    {Reason::kTrainingNietNodig, "training_niet_nodig", ReasonClass::kNietZinvol},
    {Reason::kGeenHerstelVerwacht, "geen_herstel_verwacht", ReasonClass::kNietZinvol},
    {Reason::kNietZinvolOverig, "niet_zinvol_overig", ReasonClass::kNietZinvol},
    {Reason::kBelastbaarheidOnvoldoende, "belastbaarheid_onvoldoende",
     ReasonClass::kNogNietBelastbaar},
    {Reason::kOrientatieOnvoldoende, "orientatie_onvoldoende", ReasonClass::kNogNietBelastbaar},
    {Reason::kTaalbegripOnvoldoende, "taalbegrip_onvoldoende", ReasonClass::kNogNietBelastbaar},
    {Reason::kLeerbaarheidOnvoldoende, "leerbaarheid_onvoldoende", ReasonClass::kNogNietBelastbaar},
    {Reason::kNogNietBelastbaarOverig, "nog_niet_belastbaar_overig",
     ReasonClass::kNogNietBelastbaar},
    {Reason::kGeenToestemmingVervolg, "geen_toestemming_vervolg", ReasonClass::kGeenToestemming},
    {Reason::kGeenToestemmingOverig, "geen_toestemming_overig", ReasonClass::kGeenToestemming},
}};

constexpr std::array<Reason, kReasons.size()> MakeReasonList() {
  std::array<Reason, kReasons.size()> out{};
  for (std::size_t i = 0; i < kReasons.size(); ++i) out[i] = kReasons[i].reason;
  return out;
}
constexpr auto kReasonList = MakeReasonList();

constexpr std::array kEndReasons = {EndReason::kOntslagRevalidatie, EndReason::kTerugkeerWerk,
                                    EndReason::kWerkgeverNeemtOver,
                                    EndReason::kOnvoldoendeMogelijkheden};

const ReasonRow& Row(Reason r) {
  for (const auto& row : kReasons) {
    if (row.reason == r) return row;
  }
  return kReasons.back();  // unreachable: every enumerator has a row (tested)
}

}  // namespace

std::string_view ToCode(ReasonClass c) {
  switch (c) {
    case ReasonClass::kNietRelevant:
      return "niet_relevant";
    case ReasonClass::kNietZinvol:
      return "niet_zinvol";
    case ReasonClass::kNogNietBelastbaar:
      return "nog_niet_belastbaar";
    case ReasonClass::kGeenToestemming:
      return "geen_toestemming";
  }
  return "niet_relevant";
}

std::optional<ReasonClass> ParseReasonClass(std::string_view code) {
  for (auto c : {ReasonClass::kNietRelevant, ReasonClass::kNietZinvol,
                 ReasonClass::kNogNietBelastbaar, ReasonClass::kGeenToestemming}) {
    if (ToCode(c) == code) return c;
  }
  return std::nullopt;
}

int FlowchartNumber(ReasonClass c) {
  switch (c) {
    case ReasonClass::kNietRelevant:
      return 1;
    case ReasonClass::kNietZinvol:
      return 2;
    case ReasonClass::kNogNietBelastbaar:
      return 3;
    case ReasonClass::kGeenToestemming:
      return 0;
  }
  return 0;
}

std::string_view ToCode(Reason r) { return Row(r).code; }

std::optional<Reason> ParseReason(std::string_view code) {
  for (const auto& row : kReasons) {
    if (row.code == code) return row.reason;
  }
  return std::nullopt;
}

std::span<const Reason> AllReasons() { return kReasonList; }

ReasonClass ClassOf(Reason r) { return Row(r).cls; }

std::vector<Reason> ReasonsIn(ReasonClass c) {
  std::vector<Reason> out;
  for (const auto& row : kReasons) {
    if (row.cls == c) out.push_back(row.reason);
  }
  return out;
}

std::string_view ToCode(EndReason r) {
  switch (r) {
    case EndReason::kOntslagRevalidatie:
      return "ontslag_revalidatie";
    case EndReason::kTerugkeerWerk:
      return "terugkeer_werk";
    case EndReason::kWerkgeverNeemtOver:
      return "werkgever_neemt_over";
    case EndReason::kOnvoldoendeMogelijkheden:
      return "onvoldoende_mogelijkheden";
  }
  return "ontslag_revalidatie";
}

std::optional<EndReason> ParseEndReason(std::string_view code) {
  for (EndReason r : kEndReasons) {
    if (ToCode(r) == code) return r;
  }
  return std::nullopt;
}

std::span<const EndReason> AllEndReasons() { return kEndReasons; }

}  // namespace werkpad::domain::agr
