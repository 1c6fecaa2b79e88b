#include "domain/profiles/profile.hpp"

#include <array>
#include <cmath>
#include <set>

namespace werkpad::domain::profiles {

namespace {

constexpr std::array kStatuses = {AssessmentStatus::kMeets, AssessmentStatus::kPartly,
                                  AssessmentStatus::kDoesNotMeet, AssessmentStatus::kNotAssessed};

std::string At(std::string_view base, std::size_t i) {
  return std::string(base) + "[" + std::to_string(i) + "]";
}

using Errors = std::vector<core::FieldError>;

void CheckText(Errors& errors, const std::string& path, const std::string& text, std::size_t max) {
  if (text.size() > max) {
    errors.push_back({path, "too_long", "at most " + std::to_string(max) + " characters"});
  }
}

// Checks the measure fields of a value: each set field must be a measure of the item and in range.
// Returns how many fields are set.
template <class Value>
int CheckFields(Errors& errors, const std::string& path, const ItemDefinition& item,
                const Value& value, std::string_view (*field_name)(Measure)) {
  int set = 0;
  ForEachField(value, [&](Measure m, std::optional<double> v) {
    if (!v) return;
    ++set;
    const std::string fpath = path + "." + std::string(field_name(m));
    if (!item.Has(m)) {
      errors.push_back({fpath, "measure_not_of_item",
                        "item " + item.code + " does not measure " + std::string(ToCode(m))});
      return;
    }
    if (IsNumeric(m) && (!std::isfinite(*v) || *v < 0 || *v > MaxValue(m))) {
      errors.push_back({fpath, "out_of_range",
                        "must be between 0 and " + std::to_string(static_cast<long>(MaxValue(m)))});
    }
  });
  return set;
}

}  // namespace

std::string_view ToCode(AssessmentStatus s) {
  switch (s) {
    case AssessmentStatus::kMeets:
      return "voldoet";
    case AssessmentStatus::kPartly:
      return "voldoet_deels";
    case AssessmentStatus::kDoesNotMeet:
      return "voldoet_niet";
    case AssessmentStatus::kNotAssessed:
      return "niet_beoordeeld";
  }
  return "niet_beoordeeld";
}

std::optional<AssessmentStatus> ParseAssessmentStatus(std::string_view code) {
  for (AssessmentStatus s : kStatuses) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::span<const AssessmentStatus> AllAssessmentStatuses() { return kStatuses; }

std::string_view DutchLabel(AssessmentStatus s) {
  switch (s) {
    case AssessmentStatus::kMeets:
      return "voldoet";
    case AssessmentStatus::kPartly:
      return "voldoet deels";
    case AssessmentStatus::kDoesNotMeet:
      return "voldoet niet";
    case AssessmentStatus::kNotAssessed:
      return "niet beoordeeld";
  }
  return "";
}

std::string_view ToCode(CapacitySource s) {
  switch (s) {
    case CapacitySource::kForm6:
      return "formulier6";
    case CapacitySource::kFml:
      return "fml";
    case CapacitySource::kIzp:
      return "izp";
    case CapacitySource::kBar:
      return "bar";
  }
  return "formulier6";
}

std::optional<CapacitySource> ParseCapacitySource(std::string_view code) {
  for (CapacitySource s :
       {CapacitySource::kForm6, CapacitySource::kFml, CapacitySource::kIzp, CapacitySource::kBar}) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::string_view ToCode(AssessmentMoment m) {
  switch (m) {
    case AssessmentMoment::kEersteIndruk:
      return "eerste_indruk";
    case AssessmentMoment::kHerbeoordeling:
      return "herbeoordeling";
    case AssessmentMoment::kDefinitief:
      return "definitief";
  }
  return "eerste_indruk";
}

std::optional<AssessmentMoment> ParseAssessmentMoment(std::string_view code) {
  for (AssessmentMoment m : {AssessmentMoment::kEersteIndruk, AssessmentMoment::kHerbeoordeling,
                             AssessmentMoment::kDefinitief}) {
    if (ToCode(m) == code) return m;
  }
  return std::nullopt;
}

const ItemDemand* FunctionProfile::Find(std::string_view item_code) const {
  for (const auto& d : items) {
    if (d.item == item_code) return &d;
  }
  return nullptr;
}

const ItemAssessment* CapacityProfile::Find(std::string_view item_code) const {
  for (const auto& a : items) {
    if (a.item == item_code) return &a;
  }
  return nullptr;
}

core::Status ValidateFunctionProfile(const ItemCatalogue& catalogue, const FunctionProfile& p) {
  Errors errors;
  if (p.title.empty()) errors.push_back({"title", "required", "title is required"});
  CheckText(errors, "title", p.title, kMaxTitleLength);
  CheckText(errors, "code", p.code, kMaxCodeLength);
  CheckText(errors, "organisation", p.organisation, kMaxTitleLength);
  if (p.hours_per_week && (!std::isfinite(*p.hours_per_week) || *p.hours_per_week < 0 ||
                           *p.hours_per_week > kMaxHoursPerWeek)) {
    errors.push_back({"hours_per_week", "out_of_range", "must be between 0 and 168"});
  }
  if (p.wage_cents && (*p.wage_cents < 0 || *p.wage_cents > kMaxWageCents)) {
    errors.push_back({"wage_cents", "out_of_range", "must be between 0 and 10 million euro"});
  }
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    const ItemDemand& d = p.items[i];
    const std::string path = At("items", i);
    const ItemDefinition* item = catalogue.Find(d.item);
    if (item == nullptr) {
      errors.push_back(
          {path + ".item", "unknown_item", "'" + d.item + "' is not a catalogue item"});
      continue;
    }
    if (!seen.insert(d.item).second) {
      errors.push_back({path + ".item", "duplicate", "item " + d.item + " given twice"});
    }
    CheckText(errors, path + ".note", d.note, kMaxTextLength);
    const std::string vpath = path + ".demand";
    const auto* task = std::get_if<TaskDemand>(&d.value);
    if (task) CheckText(errors, vpath + ".taken", task->tasks, kMaxTextLength);
    if (!d.relevant) {
      int set = 0;
      ForEachField(d.value, [&](Measure, std::optional<double> v) { set += v.has_value(); });
      if (set > 0 || (task && !task->tasks.empty())) {
        errors.push_back({vpath, "not_relevant_with_value",
                          "item " + d.item + " is marked not relevant but has a demand"});
      }
      continue;
    }
    if (d.value.index() != VariantIndex(item->kind)) {
      errors.push_back(
          {vpath, "wrong_kind",
           "item " + d.item + " takes a value of kind " + std::string(ToCode(item->kind))});
      continue;
    }
    if (CheckFields(errors, vpath, *item, d.value, &DemandField) == 0) {
      errors.push_back({vpath, "required",
                        "a relevant item needs at least one quantity (e.g. how often, how long)"});
    }
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("invalid function profile", std::move(errors));
}

core::Status ValidateCapacityProfile(const ItemCatalogue& catalogue, const CapacityProfile& p) {
  Errors errors;
  CheckText(errors, "assessor", p.assessor, kMaxTitleLength);
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < p.items.size(); ++i) {
    const ItemAssessment& a = p.items[i];
    const std::string path = At("items", i);
    const ItemDefinition* item = catalogue.Find(a.item);
    if (item == nullptr) {
      errors.push_back(
          {path + ".item", "unknown_item", "'" + a.item + "' is not a catalogue item"});
      continue;
    }
    if (!seen.insert(a.item).second) {
      errors.push_back({path + ".item", "duplicate", "item " + a.item + " given twice"});
    }
    CheckText(errors, path + ".note", a.note, kMaxTextLength);
    CheckText(errors, path + ".assessor", a.assessor, kMaxTitleLength);
    if (!a.discipline.empty() && catalogue.FindDiscipline(a.discipline) == nullptr) {
      errors.push_back({path + ".discipline", "unknown_discipline",
                        "'" + a.discipline + "' is not a discipline of the catalogue"});
    }
    if (!a.value) continue;
    const std::string vpath = path + ".capacity";
    if (a.value->index() != VariantIndex(item->kind)) {
      errors.push_back(
          {vpath, "wrong_kind",
           "item " + a.item + " takes a value of kind " + std::string(ToCode(item->kind))});
      continue;
    }
    const int set = CheckFields(errors, vpath, *item, *a.value, &CapacityField);
    if (a.unrestricted && set > 0) {
      errors.push_back(
          {vpath, "unrestricted_with_value", "'geen beperking' and values exclude each other"});
    }
  }
  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("invalid capacity profile", std::move(errors));
}

}  // namespace werkpad::domain::profiles
