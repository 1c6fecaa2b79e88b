#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/privacy/medical_terms.hpp"
#include "domain/reintegratievisie/visie.hpp"

namespace werkpad::service {

// Team-written text on its way to the werkgever (docs/medical-word-list.md). The employer never
// sees a diagnosis or the nature of the sickness (AP, "De zieke werknemer", 2016). The texts are
// written by the team; as a last line, a value in which the medical word list finds a term is
// withheld from the werkgever with a notice (the terms themselves are not shown: they are the
// medical information). One implementation for every place a werkgever reads team text: the
// shared view (ExternalAccessService) and the employer's copy of form 7 (DocumentService).
// Thread-safe (the list is parsed once, then only read).

// The built-in medical word list (resources/privacy/medische-termen.txt), parsed once.
const domain::privacy::MedicalTermList& MedicalTerms();

// What the werkgever reads instead of a withheld text.
inline constexpr std::string_view kWithheldNotice =
    "Niet getoond: deze tekst bevat mogelijk medische informatie. Vraag de "
    "re-integratiecoördinator om een tekst zonder medische gegevens.";

// Replaces `value` by kWithheldNotice when the built-in list finds a medical term in it.
// Returns whether it did.
bool WithholdMedicalText(std::string& value);

// For text a person writes to the werkgever themselves (a message in the shared view, a letter):
// nothing when the built-in list finds no medical term, else the Dutch refusal naming the terms
// found ("Vul geen medische informatie in (gevonden: ...)."), for a 422 `medical_content` on the
// field. The writer can rephrase, so such text is refused rather than withheld.
std::optional<std::string> MedicalContentRefusal(std::string_view text);

// A text section of form 7 that the employer's copy shows, with the medical terms found in it.
struct EmployerSectionTerms {
  std::string section;             // the section key, e.g. "aandachtspunten"
  std::vector<std::string> terms;  // as written in the text (FindMedicalTerms)
};

// For the team: the sections of `c` that the employer's copy shows (rv::EmployerCopy: every
// non-medical section) and in which the list finds a term, in document order. These are the
// sections WithholdForEmployer replaces.
std::vector<EmployerSectionTerms> EmployerMedicalTerms(const domain::reintegratievisie::Content& c);

// The content as the employer's copy of form 7 shows it: rv::EmployerCopy, then every text
// section in which the list finds a term replaced by kWithheldNotice. `withheld` (optional):
// how many sections were replaced.
domain::reintegratievisie::Content WithholdForEmployer(const domain::reintegratievisie::Content& c,
                                                       int* withheld = nullptr);

}  // namespace werkpad::service
