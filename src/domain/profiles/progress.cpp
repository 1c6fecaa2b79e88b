#include "domain/profiles/progress.hpp"

namespace werkpad::domain::profiles {

std::vector<MeasureProgress> Progress(const ItemCatalogue& catalogue, const FunctionProfile& demand,
                                      std::span<const CapacityProfile> assessments,
                                      const MatchOptions& options) {
  std::vector<MeasureProgress> out;
  for (std::size_t i = 0; i < catalogue.items.size(); ++i) {
    const ItemDefinition& item = catalogue.items[i];
    const ItemDemand* d = demand.Find(item.code);
    if (d == nullptr || !d->relevant) continue;
    // The item's match at every assessment; its gaps carry demand and capacity per measure.
    std::vector<ItemMatch> matches;
    matches.reserve(assessments.size());
    for (const CapacityProfile& a : assessments) {
      matches.push_back(MatchItem(catalogue, i, *d, a.Find(item.code), options));
    }
    for (Measure m : item.measures) {
      if (!IsNumeric(m)) continue;
      std::optional<double> demand_value;
      for (const ItemMatch& match : matches) {
        for (const MeasureGap& g : match.gaps) {
          if (g.measure == m) demand_value = g.demand;
        }
      }
      if (!demand_value && assessments.empty()) {
        // No assessment yet: the demand alone, from a match against nothing.
        const ItemMatch none = MatchItem(catalogue, i, *d, nullptr, options);
        for (const MeasureGap& g : none.gaps) {
          if (g.measure == m) demand_value = g.demand;
        }
      }
      if (!demand_value) continue;
      MeasureProgress mp;
      mp.item = item.code;
      mp.item_index = i;
      mp.measure = m;
      mp.demand = *demand_value;
      for (std::size_t k = 0; k < matches.size(); ++k) {
        ProgressPoint p;
        p.assessment = k;
        p.date = assessments[k].date;
        p.moment = assessments[k].moment;
        p.unrestricted = matches[k].unrestricted;
        p.status = matches[k].status;
        p.severity = matches[k].severity;
        for (const MeasureGap& g : matches[k].gaps) {
          if (g.measure == m) p.capacity = g.capacity;
        }
        mp.points.push_back(p);
      }
      out.push_back(std::move(mp));
    }
  }
  return out;
}

}  // namespace werkpad::domain::profiles
