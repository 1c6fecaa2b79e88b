// Withholding team-written text with medical terms from the werkgever.
#include "service/medical_text.hpp"

#include <cstdlib>

namespace werkpad::service {

std::string_view BuiltinMedicalTermsText();  // generated from resources/privacy (CMake)

namespace rv = domain::reintegratievisie;

namespace {

// The text of a section of form 7 by its key (rv::Sections); nullptr for an unknown key.
std::string* TextOf(rv::Content& c, std::string_view key) {
  if (key == "verloop") return &c.verloop;
  if (key == "werksituatie") return &c.werksituatie;
  if (key == "profielvergelijking") return &c.profielvergelijking;
  if (key == "behandeldoelen") return &c.behandeldoelen;
  if (key == "werktraining") return &c.werktraining;
  if (key == "visie_team") return &c.visie_team;
  if (key == "aandachtspunten") return &c.aandachtspunten;
  if (key == "advies") return &c.advies;
  if (key == "medische_toelichting") return &c.medische_toelichting;
  return nullptr;
}

}  // namespace

const domain::privacy::MedicalTermList& MedicalTerms() {
  static const domain::privacy::MedicalTermList list = [] {
    auto parsed = domain::privacy::ParseMedicalTermList(BuiltinMedicalTermsText());
    // The embedded list is checked by the unit tests; a malformed one is a build defect.
    if (!parsed.ok()) std::abort();
    return std::move(*parsed);
  }();
  return list;
}

bool WithholdMedicalText(std::string& value) {
  if (domain::privacy::FindMedicalTerms(MedicalTerms(), value).empty()) return false;
  value = std::string(kWithheldNotice);
  return true;
}

std::optional<std::string> MedicalContentRefusal(std::string_view text) {
  const auto found = domain::privacy::FindMedicalTerms(MedicalTerms(), text);
  if (found.empty()) return std::nullopt;
  std::string words;
  for (const auto& w : found) words += (words.empty() ? "" : ", ") + w;
  return "Vul geen medische informatie in (gevonden: " + words + ").";
}

std::vector<EmployerSectionTerms> EmployerMedicalTerms(const rv::Content& c) {
  rv::Content copy = rv::EmployerCopy(c);
  std::vector<EmployerSectionTerms> out;
  for (const auto& s : rv::Sections()) {
    if (s.medical) continue;
    const std::string* text = TextOf(copy, s.key);
    if (text == nullptr) continue;  // every key of rv::Sections has a text
    auto terms = domain::privacy::FindMedicalTerms(MedicalTerms(), *text);
    if (!terms.empty()) out.push_back({std::string(s.key), std::move(terms)});
  }
  return out;
}

rv::Content WithholdForEmployer(const rv::Content& c, int* withheld) {
  rv::Content copy = rv::EmployerCopy(c);
  int n = 0;
  for (const auto& s : rv::Sections()) {
    if (s.medical) continue;  // EmployerCopy left these empty
    std::string* text = TextOf(copy, s.key);
    if (text != nullptr && WithholdMedicalText(*text)) ++n;
  }
  if (withheld != nullptr) *withheld = n;
  return copy;
}

}  // namespace werkpad::service
