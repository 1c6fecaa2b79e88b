#include "domain/reintegratievisie/visie.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace werkpad::domain::reintegratievisie {
namespace {

constexpr std::array kAllMeans = {
    Means::kEigenWerkAanpassingen, Means::kAnderWerk,       Means::kJobcoach,
    Means::kWerkfitTraject,        Means::kNaarWerkTraject, Means::kArbeidstherapeutischePlaatsing,
    Means::kOutplacement,          Means::kDagbesteding,    Means::kWerkplekaanpassingen,
    Means::kVasteCollegaBuddy,
};

constexpr std::array kSections = {
    SectionInfo{"verloop", false},
    SectionInfo{"werksituatie", false},
    SectionInfo{"profielvergelijking", false},
    SectionInfo{"behandeldoelen", true},
    SectionInfo{"werktraining", false},
    SectionInfo{"visie_team", false},
    SectionInfo{"aandachtspunten", false},
    SectionInfo{"advies", false},
    SectionInfo{"medische_toelichting", true},
};

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; });
}

}  // namespace

std::string_view ToCode(Means m) {
  switch (m) {
    case Means::kEigenWerkAanpassingen:
      return "eigen_werk_aanpassingen";
    case Means::kAnderWerk:
      return "ander_werk";
    case Means::kJobcoach:
      return "jobcoach";
    case Means::kWerkfitTraject:
      return "werkfit_traject";
    case Means::kNaarWerkTraject:
      return "naar_werk_traject";
    case Means::kArbeidstherapeutischePlaatsing:
      return "arbeidstherapeutische_plaatsing";
    case Means::kOutplacement:
      return "outplacement";
    case Means::kDagbesteding:
      return "dagbesteding";
    case Means::kWerkplekaanpassingen:
      return "werkplekaanpassingen";
    case Means::kVasteCollegaBuddy:
      return "vaste_collega_buddy";
  }
  return "ander_werk";
}

std::optional<Means> ParseMeans(std::string_view code) {
  for (Means m : kAllMeans) {
    if (ToCode(m) == code) return m;
  }
  return std::nullopt;
}

std::span<const Means> AllMeans() { return kAllMeans; }

std::span<const SectionInfo> Sections() { return kSections; }

bool IsSection(std::string_view key) {
  return std::any_of(kSections.begin(), kSections.end(),
                     [&](const SectionInfo& s) { return s.key == key; });
}

Content EmployerCopy(const Content& c) {
  Content out = c;
  out.behandeldoelen.clear();
  out.medische_toelichting.clear();
  return out;
}

core::Status ValidateContent(const Content& c) {
  std::vector<core::FieldError> errors;
  auto len = [&](std::string_view key, const std::string& v) {
    if (v.size() > kMaxSectionLength) {
      errors.push_back({std::string(key), "too_long",
                        "at most " + std::to_string(kMaxSectionLength) + " characters"});
    }
  };
  len("verloop", c.verloop);
  len("werksituatie", c.werksituatie);
  len("profielvergelijking", c.profielvergelijking);
  len("behandeldoelen", c.behandeldoelen);
  len("werktraining", c.werktraining);
  len("visie_team", c.visie_team);
  len("aandachtspunten", c.aandachtspunten);
  len("advies", c.advies);
  len("medische_toelichting", c.medische_toelichting);
  std::set<Means> seen;
  for (std::size_t i = 0; i < c.middelen.size(); ++i) {
    if (!seen.insert(c.middelen[i]).second) {
      errors.push_back({"middelen[" + std::to_string(i) + "]", "duplicate", "named twice"});
    }
  }
  const bool placement = seen.count(Means::kArbeidstherapeutischePlaatsing) > 0;
  if (placement && !c.plaatsing_weken) {
    errors.push_back({"plaatsing_weken", "required",
                      "the number of weeks of the arbeidstherapeutische plaatsing is required"});
  } else if (placement &&
             (*c.plaatsing_weken < 1 || *c.plaatsing_weken > kMaxTherapeuticPlacementWeeks)) {
    // Source: handbook ch. 5, "Re-integratiemiddelen": in principe maximaal zes weken.
    errors.push_back({"plaatsing_weken", "out_of_range", "between 1 and 6 weeks"});
  } else if (!placement && c.plaatsing_weken) {
    errors.push_back(
        {"plaatsing_weken", "not_applicable", "only with an arbeidstherapeutische plaatsing"});
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("the re-integratievisie has invalid fields", std::move(errors));
}

std::string_view ToCode(Status s) {
  switch (s) {
    case Status::kDraft:
      return "draft";
    case Status::kInReview:
      return "in_review";
    case Status::kReadyForSignature:
      return "ready_for_signature";
    case Status::kSigned:
      return "signed";
  }
  return "draft";
}

std::optional<Status> ParseStatus(std::string_view code) {
  for (Status s :
       {Status::kDraft, Status::kInReview, Status::kReadyForSignature, Status::kSigned}) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

bool ContentEditable(Status s) { return s == Status::kDraft || s == Status::kInReview; }

bool CommentsOpen(Status s) { return s != Status::kSigned; }

core::Status CheckTransition(Status from, Status to, const Content& c, std::string_view reason) {
  const bool allowed =
      (from == Status::kDraft && to == Status::kInReview) ||
      (from == Status::kInReview && to == Status::kDraft) ||
      (from == Status::kInReview && to == Status::kReadyForSignature) ||
      (from == Status::kReadyForSignature && (to == Status::kInReview || to == Status::kDraft));
  if (!allowed) {
    return core::Error::Rule("the re-integratievisie cannot go from '" + std::string(ToCode(from)) +
                             "' to '" + std::string(ToCode(to)) + "'");
  }
  std::vector<core::FieldError> errors;
  if (to == Status::kReadyForSignature) {
    // The form's purpose: the team's view and an advice on the route (handbook ch. 4).
    if (Blank(c.visie_team)) {
      errors.push_back({"visie_team", "required", "the team's view is required"});
    }
    if (Blank(c.advies) && c.middelen.empty()) {
      errors.push_back({"advies", "required", "an advice or at least one means is required"});
    }
  }
  if (from == Status::kReadyForSignature && Blank(reason)) {
    errors.push_back({"reason", "required", "say why it goes back"});
  }
  if (!errors.empty()) {
    return core::Error::Invalid("the re-integratievisie is not complete", std::move(errors));
  }
  return core::Ok();
}

core::Status CheckSignable(Status s) {
  if (s != Status::kReadyForSignature) {
    return core::Error::Rule(
        "only a re-integratievisie that is ready for signature can be "
        "signed (status is '" +
        std::string(ToCode(s)) + "')");
  }
  return core::Ok();
}

}  // namespace werkpad::domain::reintegratievisie
