#pragma once

// Small builders for form 4 / form 6 profiles in tests. The catalogue is the built-in one
// (resources/profiles/items.v1.json), so the tests exercise the real items.

#include <string>
#include <utility>

#include "codec/profiles/catalogue_json.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::domain::profiles::testing {

inline const ItemCatalogue& Cat() { return codec::profiles::BuiltinItemCatalogue(); }

inline ItemDemand Relevant(std::string item, DemandValue v) {
  return ItemDemand{std::move(item), true, std::move(v), ""};
}
inline ItemDemand NotRelevant(std::string item) {
  ItemDemand d;
  d.item = std::move(item);
  d.relevant = false;
  d.value = EmptyDemand(Cat().Find(d.item)->kind);
  return d;
}

inline ItemAssessment Assessed(std::string item, CapacityValue v,
                               AssessmentStatus status = AssessmentStatus::kNotAssessed,
                               std::string discipline = "") {
  ItemAssessment a;
  a.item = std::move(item);
  a.value = std::move(v);
  a.status = status;
  a.discipline = std::move(discipline);
  return a;
}
inline ItemAssessment VerdictOnly(std::string item, AssessmentStatus status) {
  ItemAssessment a;
  a.item = std::move(item);
  a.status = status;
  return a;
}
inline ItemAssessment Unrestricted(std::string item) {
  ItemAssessment a;
  a.item = std::move(item);
  a.unrestricted = true;
  return a;
}

inline DynamicDemand Lift(double kg, double per_hour) {
  DynamicDemand d;
  d.weight_kg = kg;
  d.times = per_hour;
  return d;
}
inline DynamicCapacity CanLift(std::optional<double> kg, std::optional<double> per_hour) {
  DynamicCapacity c;
  c.weight_kg = kg;
  c.times = per_hour;
  return c;
}
inline StaticDemand Posture(std::optional<double> per_day, std::optional<double> continuous) {
  return StaticDemand{per_day, continuous};
}
inline StaticCapacity CanHold(std::optional<double> per_day, std::optional<double> continuous) {
  return StaticCapacity{per_day, continuous};
}
inline TaskDemand Task(Frequency f, std::optional<bool> aid_possible = std::nullopt) {
  TaskDemand t;
  t.tasks = "orders verwerken";
  t.frequency = f;
  t.aid_possible = aid_possible;
  return t;
}
inline TaskCapacity CanTask(std::optional<Frequency> f,
                            std::optional<bool> needs_aid = std::nullopt) {
  return TaskCapacity{f, needs_aid};
}

}  // namespace werkpad::domain::profiles::testing
