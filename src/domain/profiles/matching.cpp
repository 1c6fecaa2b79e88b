#include "domain/profiles/matching.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "domain/profiles/measure_values.hpp"

namespace werkpad::domain::profiles {

namespace {

// "15", "7,5", "0,3": at most one decimal, Dutch decimal comma.
std::string Number(double v) {
  const double r = std::round(v * 10) / 10;
  if (r == std::trunc(r)) return std::to_string(static_cast<long long>(r));
  std::string s = std::to_string(static_cast<long long>(std::trunc(r))) + ",";
  s += std::to_string(static_cast<long long>(std::llround(std::fabs(r - std::trunc(r)) * 10)));
  if (r < 0 && std::trunc(r) == 0) s = "-" + s;
  return s;
}

// "a", "a en b", "a, b en c" (or "of").
std::string JoinDutch(const std::vector<std::string>& parts, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? " " + std::string(last) + " " : ", ";
    out += parts[i];
  }
  return out;
}

std::vector<std::string> ShiftNames(unsigned bits) {
  std::vector<std::string> out;
  for (Shift s : AllShifts()) {
    if (bits & static_cast<unsigned>(s)) out.emplace_back(DutchLabel(s));
  }
  return out;
}

std::vector<std::string> ModeNames(unsigned bits) {
  std::vector<std::string> out;
  for (Mode m : AllModes()) {
    if (bits & static_cast<unsigned>(m)) out.emplace_back(DutchLabel(m));
  }
  return out;
}

std::string_view MeasureName(Measure m) {
  switch (m) {
    case Measure::kFrequency:
      return "frequentie";
    case Measure::kWithoutAid:
      return "hulpmiddel of strategie";
    case Measure::kMinutesPerDay:
      return "minuten per dag";
    case Measure::kMinutesContinuous:
      return "minuten achtereen";
    case Measure::kTimes:
      return "aantal keer";
    case Measure::kWeightKg:
      return "gewicht";
    case Measure::kHoursPerDay:
      return "uren per dag";
    case Measure::kHoursPerWeek:
      return "uren per week";
    case Measure::kShifts:
      return "diensten";
    case Measure::kFullStart:
      return "aangepaste start";
    case Measure::kModes:
      return "vervoerswijzen";
    case Measure::kTravelMinutes:
      return "reistijd";
  }
  return "";
}

std::string FrequencyText(double level) {
  const int l = static_cast<int>(std::lround(level));
  if (l < 1 || l > 5) return Number(level);
  return std::string(ToCode(static_cast<Frequency>(l)));
}

// One numeric quantity with its unit: "15 kg", "10×/uur", "60 min achtereen", "vaak".
std::string Quantity(const ItemDefinition& item, Measure m, double v) {
  switch (m) {
    case Measure::kFrequency:
      return FrequencyText(v);
    case Measure::kMinutesPerDay:
      return Number(v) + " min per dag";
    case Measure::kMinutesContinuous:
      return Number(v) + " min achtereen";
    case Measure::kTimes:
      return Number(v) + (item.frequency_unit == FrequencyUnit::kPerDay ? "×/dag" : "×/uur");
    case Measure::kWeightKg:
      return Number(v) + " kg";
    case Measure::kHoursPerDay:
      return Number(v) + " uur per dag";
    case Measure::kHoursPerWeek:
      return Number(v) + " uur per week";
    case Measure::kTravelMinutes:
      return Number(v) + " min reistijd";
    default:
      return Number(v);
  }
}

// "moet 15 kg 10×/uur tillen", "moet vaak dingen onthouden, zonder hulpmiddel of strategie".
std::string DemandText(const ItemDefinition& item, const std::vector<MeasureGap>& gaps) {
  std::vector<std::string> amounts;  // quantities before the activity
  std::vector<std::string> after;    // qualifications after it
  for (const auto& g : gaps) {
    switch (g.measure) {
      case Measure::kWithoutAid:
        after.emplace_back("zonder hulpmiddel of strategie");
        break;
      case Measure::kFullStart:
        break;  // phrased below
      case Measure::kShifts:
        amounts.push_back(JoinDutch(ShiftNames(static_cast<unsigned>(g.demand)), "en"));
        break;
      case Measure::kModes:
        after.push_back("met " + JoinDutch(ModeNames(static_cast<unsigned>(g.demand)),
                                           detail::IsAnyOf(item, g.measure) ? "of" : "en"));
        break;
      case Measure::kTravelMinutes:
        after.push_back(Quantity(item, g.measure, g.demand));
        break;
      default:
        amounts.push_back(Quantity(item, g.measure, g.demand));
    }
  }
  if (item.kind == ItemKind::kAdaptedStart) {
    return gaps.empty() ? "starten met aangepaste uren is mogelijk"
                        : "starten met aangepaste uren is niet mogelijk";
  }
  if (gaps.empty()) return "geen toetsbare eis ingevuld";
  std::string s = "moet ";
  const bool joined = item.kind == ItemKind::kStatic || item.kind == ItemKind::kHours;
  if (item.kind == ItemKind::kShifts) {
    s += amounts.empty() ? "" : amounts.front() + " draaien";
  } else {
    if (!amounts.empty())
      s += joined ? JoinDutch(amounts, "en") + " " : [&] {
        std::string a;
        for (const auto& x : amounts) a += x + " ";
        return a;
      }();
    s += item.activity;
  }
  for (const auto& x : after) s += ", " + x;
  return s;
}

// What the capacity offers on the measures that matter: those with a shortfall when there is
// any, else every assessed one. Empty when nothing is known.
std::string CapacityText(const ItemDefinition& item, const std::vector<MeasureGap>& gaps) {
  const bool any_short =
      std::any_of(gaps.begin(), gaps.end(), [](const MeasureGap& g) { return g.shortfall > 0; });
  std::vector<std::string> parts;
  for (const auto& g : gaps) {
    if (!g.capacity || (any_short && g.shortfall == 0)) continue;
    const double c = *g.capacity;
    switch (g.measure) {
      case Measure::kWithoutAid:
        parts.emplace_back(c == 0 ? "alleen met hulpmiddel of strategie" : "zonder hulpmiddel");
        break;
      case Measure::kFullStart:
        parts.emplace_back(c == 0 ? "heeft een aangepaste start nodig" : "kan volledig starten");
        break;
      case Measure::kShifts: {
        const unsigned missing = static_cast<unsigned>(g.demand) & ~static_cast<unsigned>(c);
        parts.push_back(missing != 0
                            ? "geen " + JoinDutch(ShiftNames(missing), "en")
                            : JoinDutch(ShiftNames(static_cast<unsigned>(g.demand)), "en"));
        break;
      }
      case Measure::kModes: {
        if (detail::IsAnyOf(item, g.measure)) {
          parts.push_back(g.shortfall > 0
                              ? "geen van deze vervoerswijzen"
                              : "met " + JoinDutch(ModeNames(static_cast<unsigned>(g.demand) &
                                                             static_cast<unsigned>(c)),
                                                   "of"));
        } else {
          const unsigned missing = static_cast<unsigned>(g.demand) & ~static_cast<unsigned>(c);
          parts.push_back(
              missing != 0 ? "niet met " + JoinDutch(ModeNames(missing), "en")
                           : "met " + JoinDutch(ModeNames(static_cast<unsigned>(g.demand)), "en"));
        }
        break;
      }
      default:
        parts.push_back(Quantity(item, g.measure, c));
    }
  }
  if (parts.empty()) return "";
  std::string s;
  for (const auto& p : parts) {
    if (!s.empty()) s += ", ";
    s += p;
  }
  return s;
}

std::string UnknownText(const std::vector<MeasureGap>& gaps) {
  std::vector<std::string> names;
  for (const auto& g : gaps) {
    if (!g.capacity) names.emplace_back(MeasureName(g.measure));
  }
  return JoinDutch(names, "en");
}

int StatusRank(AssessmentStatus s) {
  switch (s) {
    case AssessmentStatus::kMeets:
      return 0;
    case AssessmentStatus::kPartly:
      return 1;
    case AssessmentStatus::kDoesNotMeet:
      return 2;
    case AssessmentStatus::kNotAssessed:
      return 3;
  }
  return 3;
}

// The capacity part of a description: "kan 5 kg", "geen beperking", "niet beoordeeld".
std::string CapacityPart(const ItemMatch& m, const ItemDefinition& item) {
  if (m.unrestricted) return "geen beperking";
  std::string cap = CapacityText(item, m.gaps);
  std::string s;
  if (!cap.empty()) {
    const bool kan = cap.rfind("heeft", 0) != 0 && cap.rfind("kan", 0) != 0;
    s = kan ? "kan " + cap : cap;
  }
  // Some measures assessed, others not (and no shortfall decides): name the missing ones.
  const std::string unknown = UnknownText(m.gaps);
  if (!unknown.empty() && !s.empty() && m.computed == AssessmentStatus::kNotAssessed) {
    s += ", niet beoordeeld: " + unknown;
  }
  if (m.verdict) {
    const std::string v = "oordeel: " + std::string(DutchLabel(*m.verdict));
    s = s.empty() ? v : s + " (" + v + ")";
  }
  if (s.empty()) s = m.gaps.empty() ? "voldoet" : "niet beoordeeld";
  return s;
}

}  // namespace

ItemMatch MatchItem(const ItemCatalogue& catalogue, std::size_t item_index,
                    const ItemDemand& demand, const ItemAssessment* capacity,
                    const MatchOptions& options) {
  const ItemDefinition& item = catalogue.items[item_index];
  ItemMatch m;
  m.item = item.code;
  m.item_index = item_index;
  const auto disciplines = options.assignment.For(item);
  m.disciplines.assign(disciplines.begin(), disciplines.end());
  if (capacity != nullptr) {
    m.assessed_by = capacity->discipline;
    m.unrestricted = capacity->unrestricted;
  }
  const bool kind_fits = demand.value.index() == VariantIndex(item.kind);
  const bool cap_fits =
      capacity != nullptr && capacity->value && capacity->value->index() == VariantIndex(item.kind);

  bool unknown = false;
  double worst = 0;
  if (kind_fits) {
    for (Measure measure : item.measures) {
      auto d = detail::DemandMeasure(item, demand.value, measure);
      if (!d) continue;
      MeasureGap g;
      g.measure = measure;
      g.demand = *d;
      if (m.unrestricted) {
        g.shortfall = 0;
      } else if (cap_fits) {
        g.capacity = detail::CapacityMeasure(item, *capacity->value, measure);
      }
      if (g.capacity) {
        g.shortfall =
            detail::Shortfall(IsNumeric(measure), detail::IsAnyOf(item, measure), *d, *g.capacity);
      } else if (!m.unrestricted) {
        unknown = true;
      }
      worst = std::max(worst, g.shortfall);
      m.gaps.push_back(g);
    }
  }
  if (worst > kPartlyThreshold) {
    m.computed = AssessmentStatus::kDoesNotMeet;
  } else if (worst > 0) {
    m.computed = AssessmentStatus::kPartly;
  } else if (unknown) {
    m.computed = AssessmentStatus::kNotAssessed;
  } else {
    m.computed = AssessmentStatus::kMeets;
  }

  if (options.use_verdicts && capacity != nullptr &&
      capacity->status != AssessmentStatus::kNotAssessed) {
    m.verdict = capacity->status;
  }
  m.status = m.verdict ? *m.verdict : m.computed;
  m.severity = worst;
  if (m.verdict) {
    switch (*m.verdict) {
      case AssessmentStatus::kMeets:
        m.severity = 0;
        m.inconsistent =
            m.computed == AssessmentStatus::kPartly || m.computed == AssessmentStatus::kDoesNotMeet;
        break;
      case AssessmentStatus::kPartly:
        if (worst == 0) m.severity = kPartlyThreshold;
        break;
      case AssessmentStatus::kDoesNotMeet:
        if (worst == 0) m.severity = 1;
        m.inconsistent =
            m.computed == AssessmentStatus::kMeets && !m.gaps.empty() && !m.unrestricted;
        break;
      case AssessmentStatus::kNotAssessed:
        break;
    }
  }
  if (m.status == AssessmentStatus::kNotAssessed) m.severity = 0;

  m.description = DemandText(item, m.gaps) + "; " + CapacityPart(m, item);
  return m;
}

MatchResult Match(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                  const CapacityProfile& capacity, const MatchOptions& options) {
  MatchResult r;
  for (std::size_t i = 0; i < catalogue.items.size(); ++i) {
    const ItemDefinition& item = catalogue.items[i];
    const ItemDemand* d = demand.Find(item.code);
    const ItemAssessment* a = capacity.Find(item.code);
    if (d == nullptr) {
      r.unanswered.push_back(item.code);
      if (a != nullptr) r.assessed_but_not_relevant.push_back(item.code);
      continue;
    }
    if (!d->relevant) {
      r.not_relevant.push_back(item.code);
      if (a != nullptr) r.assessed_but_not_relevant.push_back(item.code);
      continue;
    }
    ItemMatch m = MatchItem(catalogue, i, *d, a, options);
    ++r.summary.relevant;
    if (m.inconsistent) ++r.summary.inconsistent;
    switch (m.status) {
      case AssessmentStatus::kMeets:
        ++r.summary.met;
        r.met.push_back(std::move(m));
        break;
      case AssessmentStatus::kPartly:
        ++r.summary.partly;
        r.discrepancies.push_back(std::move(m));
        break;
      case AssessmentStatus::kDoesNotMeet:
        ++r.summary.not_met;
        r.discrepancies.push_back(std::move(m));
        break;
      case AssessmentStatus::kNotAssessed:
        ++r.summary.not_assessed;
        r.not_assessed.push_back(std::move(m));
        break;
    }
  }
  r.summary.not_relevant = static_cast<int>(r.not_relevant.size());
  r.summary.unanswered = static_cast<int>(r.unanswered.size());
  std::stable_sort(r.discrepancies.begin(), r.discrepancies.end(),
                   [](const ItemMatch& a, const ItemMatch& b) {
                     if (a.status != b.status) return StatusRank(a.status) > StatusRank(b.status);
                     if (a.severity != b.severity) return a.severity > b.severity;
                     return a.item_index < b.item_index;
                   });

  // Group per discipline: catalogue order of disciplines first, then unknown codes by code.
  std::vector<std::string> order;
  for (const auto& d : catalogue.disciplines) order.push_back(d.code);
  std::set<std::string> extra;
  for (const auto& m : r.discrepancies) {
    for (const auto& d : m.disciplines) {
      if (catalogue.FindDiscipline(d) == nullptr) extra.insert(d);
    }
  }
  order.insert(order.end(), extra.begin(), extra.end());
  for (const auto& code : order) {
    DisciplineGroup g;
    g.discipline = code;
    for (const auto& m : r.discrepancies) {
      if (std::find(m.disciplines.begin(), m.disciplines.end(), code) != m.disciplines.end()) {
        g.items.push_back(m.item);
      }
    }
    if (!g.items.empty()) r.by_discipline.push_back(std::move(g));
  }
  return r;
}

std::string_view ToCode(ChangeKind k) {
  switch (k) {
    case ChangeKind::kClosed:
      return "gesloten";
    case ChangeKind::kNarrowed:
      return "kleiner";
    case ChangeKind::kWidened:
      return "groter";
    case ChangeKind::kNewlyAssessed:
      return "nieuw_beoordeeld";
    case ChangeKind::kNoLongerAssessed:
      return "niet_meer_beoordeeld";
    case ChangeKind::kUnchanged:
      return "ongewijzigd";
  }
  return "ongewijzigd";
}

std::string_view DutchLabel(ChangeKind k) {
  switch (k) {
    case ChangeKind::kClosed:
      return "verschil opgeheven";
    case ChangeKind::kNarrowed:
      return "verschil kleiner";
    case ChangeKind::kWidened:
      return "verschil groter";
    case ChangeKind::kNewlyAssessed:
      return "nieuw beoordeeld";
    case ChangeKind::kNoLongerAssessed:
      return "niet meer beoordeeld";
    case ChangeKind::kUnchanged:
      return "ongewijzigd";
  }
  return "";
}

AssessmentChanges CompareAssessments(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                                     const CapacityProfile& previous,
                                     const CapacityProfile& current, const MatchOptions& options) {
  // Severities closer than this count as equal (float noise, not a change).
  constexpr double kEpsilon = 1e-9;
  AssessmentChanges out;
  for (std::size_t i = 0; i < catalogue.items.size(); ++i) {
    const ItemDefinition& item = catalogue.items[i];
    const ItemDemand* d = demand.Find(item.code);
    if (d == nullptr || !d->relevant) continue;
    const ItemMatch before = MatchItem(catalogue, i, *d, previous.Find(item.code), options);
    const ItemMatch after = MatchItem(catalogue, i, *d, current.Find(item.code), options);
    ItemChange c;
    c.item = item.code;
    c.before = before.status;
    c.after = after.status;
    c.severity_before = before.severity;
    c.severity_after = after.severity;
    const bool was = before.status != AssessmentStatus::kNotAssessed;
    const bool is = after.status != AssessmentStatus::kNotAssessed;
    if (!was && !is) {
      c.kind = ChangeKind::kUnchanged;
    } else if (!was) {
      c.kind = ChangeKind::kNewlyAssessed;
    } else if (!is) {
      c.kind = ChangeKind::kNoLongerAssessed;
    } else if (before.status != AssessmentStatus::kMeets &&
               after.status == AssessmentStatus::kMeets) {
      c.kind = ChangeKind::kClosed;
    } else if (StatusRank(after.status) < StatusRank(before.status)) {
      c.kind = ChangeKind::kNarrowed;
    } else if (StatusRank(after.status) > StatusRank(before.status)) {
      c.kind = ChangeKind::kWidened;
    } else if (after.severity < before.severity - kEpsilon) {
      c.kind = ChangeKind::kNarrowed;
    } else if (after.severity > before.severity + kEpsilon) {
      c.kind = ChangeKind::kWidened;
    } else {
      c.kind = ChangeKind::kUnchanged;
    }
    switch (c.kind) {
      case ChangeKind::kClosed:
        ++out.summary.closed;
        break;
      case ChangeKind::kNarrowed:
        ++out.summary.narrowed;
        break;
      case ChangeKind::kWidened:
        ++out.summary.widened;
        break;
      case ChangeKind::kNewlyAssessed:
        ++out.summary.newly_assessed;
        break;
      case ChangeKind::kNoLongerAssessed:
        ++out.summary.no_longer_assessed;
        break;
      case ChangeKind::kUnchanged:
        ++out.summary.unchanged;
        continue;
    }
    c.description = item.label + ": " + std::string(DutchLabel(c.kind)) + ", van " +
                    std::string(DutchLabel(before.status)) + " (" + CapacityPart(before, item) +
                    ") naar " + std::string(DutchLabel(after.status)) + " (" +
                    CapacityPart(after, item) + "); " + DemandText(item, after.gaps);
    out.changes.push_back(std::move(c));
  }
  return out;
}

}  // namespace werkpad::domain::profiles
