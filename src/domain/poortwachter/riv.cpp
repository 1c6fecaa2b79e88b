#include "domain/poortwachter/riv.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace werkpad::domain::poortwachter {

namespace {

using D = RivDocumentKind;

constexpr std::array kKinds = {
    D::kZiekmelding,
    D::kAfspraken,
    D::kProbleemanalyse,
    D::kBijstellingProbleemanalyse,
    D::kPlanVanAanpak,
    D::kBijstellingPlanVanAanpak,
    D::kMelding42eWeek,
    D::kEerstejaarsevaluatie,
    D::kArbeidsdeskundigRapport,
    D::kReintegratiebureauRapport,
    D::kActueelOordeel,
    D::kEindevaluatie,
    D::kVisieWerknemer,
};

bool Before(core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; }

// The timeline milestone whose due date a document has (nullptr for optional documents).
const Milestone* DueMilestone(const Timeline& t, D k) {
  switch (k) {
    case D::kZiekmelding:
      return FindMilestone(t, keys::kZiekmelding);
    case D::kProbleemanalyse:
      return FindMilestone(t, keys::kProbleemanalyse);
    case D::kPlanVanAanpak:
      return FindMilestone(t, keys::kPlanVanAanpak);
    case D::kBijstellingPlanVanAanpak:
      return FindMilestone(t, keys::kEvaluatie, 1);
    case D::kMelding42eWeek:
      return FindMilestone(t, keys::kMelding42eWeek);
    case D::kEerstejaarsevaluatie:
      return FindMilestone(t, keys::kEerstejaarsevaluatie);
    case D::kActueelOordeel:
      return FindMilestone(t, keys::kActueelOordeel);
    case D::kEindevaluatie:
      return FindMilestone(t, keys::kEindevaluatie);
    case D::kReintegratiebureauRapport:
    case D::kVisieWerknemer:
      return FindMilestone(t, keys::kWiaAanvraag);
    case D::kAfspraken:
    case D::kBijstellingProbleemanalyse:
    case D::kArbeidsdeskundigRapport:
      return nullptr;
  }
  return nullptr;
}

}  // namespace

std::string_view ToCode(RivPart p) {
  switch (p) {
    case RivPart::kEmployer:
      return "werkgever";
    case RivPart::kMedical:
      return "medisch";
    case RivPart::kEmployee:
      return "werknemer";
  }
  return "werkgever";
}

std::string_view ToCode(RivDocumentKind k) {
  switch (k) {
    case D::kZiekmelding:
      return "ziekmelding";
    case D::kAfspraken:
      return "afspraken";
    case D::kProbleemanalyse:
      return "probleemanalyse";
    case D::kBijstellingProbleemanalyse:
      return "bijstelling_probleemanalyse";
    case D::kPlanVanAanpak:
      return "plan_van_aanpak";
    case D::kBijstellingPlanVanAanpak:
      return "bijstelling_plan_van_aanpak";
    case D::kMelding42eWeek:
      return "melding_42e_week";
    case D::kEerstejaarsevaluatie:
      return "eerstejaarsevaluatie";
    case D::kArbeidsdeskundigRapport:
      return "arbeidsdeskundig_rapport";
    case D::kReintegratiebureauRapport:
      return "reintegratiebureau_rapport";
    case D::kActueelOordeel:
      return "actueel_oordeel";
    case D::kEindevaluatie:
      return "eindevaluatie";
    case D::kVisieWerknemer:
      return "visie_werknemer";
  }
  return "ziekmelding";
}

std::optional<RivDocumentKind> ParseRivDocumentKind(std::string_view code) {
  for (D k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::span<const RivDocumentKind> AllRivDocumentKinds() { return kKinds; }

RivPart PartOf(RivDocumentKind k) {
  switch (k) {
    // Written by the bedrijfsarts; the employer receives only the non-medical conclusions.
    case D::kProbleemanalyse:
    case D::kBijstellingProbleemanalyse:
    case D::kActueelOordeel:
      return RivPart::kMedical;
    case D::kVisieWerknemer:
      return RivPart::kEmployee;
    default:
      return RivPart::kEmployer;
  }
}

RivRequirement RequirementOf(RivDocumentKind k) {
  switch (k) {
    case D::kAfspraken:
    case D::kBijstellingProbleemanalyse:
    case D::kArbeidsdeskundigRapport:
      return RivRequirement::kOptional;
    case D::kReintegratiebureauRapport:
      return RivRequirement::kConditional;
    default:
      return RivRequirement::kRequired;
  }
}

std::string_view ToCode(RivItemStatus s) {
  switch (s) {
    case RivItemStatus::kPresent:
      return "present";
    case RivItemStatus::kLate:
      return "late";
    case RivItemStatus::kMissing:
      return "missing";
    case RivItemStatus::kPending:
      return "pending";
    case RivItemStatus::kNotRequired:
      return "not_required";
  }
  return "pending";
}

std::string_view ToCode(RivUrgency u) {
  switch (u) {
    case RivUrgency::kNone:
      return "none";
    case RivUrgency::kLow:
      return "low";
    case RivUrgency::kMedium:
      return "medium";
    case RivUrgency::kHigh:
      return "high";
    case RivUrgency::kCritical:
      return "critical";
  }
  return "none";
}

RivUrgency UrgencyFor(int week, bool complete) {
  if (complete || week < kRivUrgencyFromWeek) return RivUrgency::kNone;
  if (week <= 84) return RivUrgency::kLow;
  if (week <= 88) return RivUrgency::kMedium;
  if (week <= kWiaAanvraagWeek) return RivUrgency::kHigh;
  return RivUrgency::kCritical;
}

core::Result<RivChecklist> CheckRiv(const Timeline& timeline,
                                    std::span<const RivDocument> documents) {
  std::vector<core::FieldError> errors;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    std::string path = "documents[" + std::to_string(i) + "].date";
    const core::Date d = documents[i].date;
    if (!d.ok()) {
      errors.push_back({path, "invalid_date", "is not a calendar date"});
    } else if (Before(d, timeline.period.first_sick_day())) {
      errors.push_back(
          {path, "before_first_sick_day", "lies before the first sick day of the current period"});
    } else if (Before(timeline.today, d)) {
      errors.push_back({path, "in_future", "lies after today"});
    }
  }
  if (!errors.empty())
    return core::Error::Invalid("the RIV documents are invalid", std::move(errors));

  const Milestone* spoor2 = FindMilestone(timeline, keys::kSpoor2);
  const bool spoor2_applies = spoor2 && spoor2->status != MilestoneStatus::kNotApplicable;

  RivChecklist out;
  out.week = timeline.current_week;
  for (D kind : kKinds) {
    RivItem item;
    item.kind = kind;
    item.requirement = RequirementOf(kind);
    item.required = item.requirement == RivRequirement::kRequired ||
                    (item.requirement == RivRequirement::kConditional && spoor2_applies);
    if (const Milestone* m = DueMilestone(timeline, kind)) item.due = m->due;
    for (const RivDocument& doc : documents) {
      if (doc.kind == kind) item.dates.push_back(doc.date);
    }
    std::sort(item.dates.begin(), item.dates.end(), Before);
    if (!item.dates.empty()) {
      item.status = (item.due && Before(*item.due, item.dates.front())) ? RivItemStatus::kLate
                                                                        : RivItemStatus::kPresent;
    } else if (!item.required) {
      item.status = RivItemStatus::kNotRequired;
    } else {
      item.status = (item.due && Before(*item.due, timeline.today)) ? RivItemStatus::kMissing
                                                                    : RivItemStatus::kPending;
      out.not_recorded.push_back(kind);
    }
    switch (PartOf(kind)) {
      case RivPart::kEmployer:
        out.employer_part.push_back(std::move(item));
        break;
      case RivPart::kMedical:
        out.medical_part.push_back(std::move(item));
        break;
      case RivPart::kEmployee:
        out.employee_part.push_back(std::move(item));
        break;
    }
  }
  out.complete = out.not_recorded.empty();
  out.urgency = UrgencyFor(out.week, out.complete);
  return out;
}

}  // namespace werkpad::domain::poortwachter
