#include "domain/profiles/catalogue.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace werkpad::domain::profiles {

namespace {

constexpr std::array kSections = {Section::kPersoonlijk, Section::kSociaal,
                                  Section::kFysiekStatisch, Section::kFysiekDynamisch,
                                  Section::kWerktijdenVervoer};
constexpr std::array kKinds = {
    ItemKind::kTask,   ItemKind::kStatic,       ItemKind::kDynamic,   ItemKind::kHours,
    ItemKind::kShifts, ItemKind::kAdaptedStart, ItemKind::kTransport, ItemKind::kMovingAround};
constexpr std::array kMeasures = {
    Measure::kFrequency, Measure::kWithoutAid, Measure::kMinutesPerDay, Measure::kMinutesContinuous,
    Measure::kTimes,     Measure::kWeightKg,   Measure::kHoursPerDay,   Measure::kHoursPerWeek,
    Measure::kShifts,    Measure::kFullStart,  Measure::kModes,         Measure::kTravelMinutes};

constexpr std::array kTaskMeasures = {Measure::kFrequency, Measure::kWithoutAid};
constexpr std::array kStaticMeasures = {Measure::kMinutesPerDay, Measure::kMinutesContinuous};
constexpr std::array kDynamicMeasures = {Measure::kTimes, Measure::kWeightKg,
                                         Measure::kMinutesContinuous};
constexpr std::array kHoursMeasures = {Measure::kHoursPerDay, Measure::kHoursPerWeek};
constexpr std::array kShiftsMeasures = {Measure::kShifts};
constexpr std::array kAdaptedStartMeasures = {Measure::kFullStart};
constexpr std::array kTransportMeasures = {Measure::kModes, Measure::kTravelMinutes};
constexpr std::array kMovingMeasures = {Measure::kModes};

bool IsCodeChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

bool IsValidItemCode(std::string_view code) {
  return !code.empty() && code.size() <= kMaxCodeLength &&
         std::all_of(code.begin(), code.end(), IsCodeChar);
}

// Roman numeral I..VI -> 1..6, 0 otherwise.
int RomanRubriek(std::string_view r) {
  static constexpr std::array<std::string_view, 6> kRoman = {"I", "II", "III", "IV", "V", "VI"};
  for (std::size_t i = 0; i < kRoman.size(); ++i) {
    if (kRoman[i] == r) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool IsPositiveNumber(std::string_view s) {
  if (s.empty() || s.size() > 3 || s[0] == '0') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Rubrieken an item of a section may map to: persoonlijk I, sociaal II, fysiek statisch V,
// fysiek dynamisch IV, werktijden en vervoer VI (werktijden), II (vervoer, DOMAIN.md section 7)
// or IV (verplaatsen tijdens het werk: lopen).
bool RubriekFits(Section s, int rubriek) {
  switch (s) {
    case Section::kPersoonlijk:
      return rubriek == 1;
    case Section::kSociaal:
      return rubriek == 2;
    case Section::kFysiekStatisch:
      return rubriek == 5;
    case Section::kFysiekDynamisch:
      return rubriek == 4;
    case Section::kWerktijdenVervoer:
      return rubriek == 6 || rubriek == 2 || rubriek == 4;
  }
  return false;
}

std::string At(std::string_view base, std::size_t i) {
  return std::string(base) + "[" + std::to_string(i) + "]";
}

}  // namespace

std::string_view ToCode(Section s) {
  switch (s) {
    case Section::kPersoonlijk:
      return "persoonlijk";
    case Section::kSociaal:
      return "sociaal";
    case Section::kFysiekStatisch:
      return "fysiek_statisch";
    case Section::kFysiekDynamisch:
      return "fysiek_dynamisch";
    case Section::kWerktijdenVervoer:
      return "werktijden_vervoer";
  }
  return "persoonlijk";
}

std::optional<Section> ParseSection(std::string_view code) {
  for (Section s : kSections) {
    if (ToCode(s) == code) return s;
  }
  return std::nullopt;
}

std::span<const Section> AllSections() { return kSections; }

std::string_view DutchLabel(Section s) {
  switch (s) {
    case Section::kPersoonlijk:
      return "Persoonlijk functioneren";
    case Section::kSociaal:
      return "Sociaal functioneren";
    case Section::kFysiekStatisch:
      return "Fysieke vaardigheden: statisch";
    case Section::kFysiekDynamisch:
      return "Fysieke vaardigheden: dynamisch";
    case Section::kWerktijdenVervoer:
      return "Werktijden en vervoer";
  }
  return "";
}

std::string_view ToCode(ItemKind k) {
  switch (k) {
    case ItemKind::kTask:
      return "taak";
    case ItemKind::kStatic:
      return "statisch";
    case ItemKind::kDynamic:
      return "dynamisch";
    case ItemKind::kHours:
      return "uren";
    case ItemKind::kShifts:
      return "diensten";
    case ItemKind::kAdaptedStart:
      return "aangepaste_start";
    case ItemKind::kTransport:
      return "vervoer";
    case ItemKind::kMovingAround:
      return "verplaatsen";
  }
  return "taak";
}

std::optional<ItemKind> ParseItemKind(std::string_view code) {
  for (ItemKind k : kKinds) {
    if (ToCode(k) == code) return k;
  }
  return std::nullopt;
}

std::span<const ItemKind> AllItemKinds() { return kKinds; }

std::string_view ToCode(Measure m) {
  switch (m) {
    case Measure::kFrequency:
      return "frequentie";
    case Measure::kWithoutAid:
      return "zonder_hulpmiddel";
    case Measure::kMinutesPerDay:
      return "min_per_dag";
    case Measure::kMinutesContinuous:
      return "min_achtereen";
    case Measure::kTimes:
      return "keer";
    case Measure::kWeightKg:
      return "kg";
    case Measure::kHoursPerDay:
      return "uur_per_dag";
    case Measure::kHoursPerWeek:
      return "uur_per_week";
    case Measure::kShifts:
      return "diensten";
    case Measure::kFullStart:
      return "volledige_start";
    case Measure::kModes:
      return "vervoerswijzen";
    case Measure::kTravelMinutes:
      return "reistijd_min";
  }
  return "frequentie";
}

std::optional<Measure> ParseMeasure(std::string_view code) {
  for (Measure m : kMeasures) {
    if (ToCode(m) == code) return m;
  }
  return std::nullopt;
}

std::span<const Measure> AllMeasures() { return kMeasures; }

std::span<const Measure> MeasuresOfKind(ItemKind k) {
  switch (k) {
    case ItemKind::kTask:
      return kTaskMeasures;
    case ItemKind::kStatic:
      return kStaticMeasures;
    case ItemKind::kDynamic:
      return kDynamicMeasures;
    case ItemKind::kHours:
      return kHoursMeasures;
    case ItemKind::kShifts:
      return kShiftsMeasures;
    case ItemKind::kAdaptedStart:
      return kAdaptedStartMeasures;
    case ItemKind::kTransport:
      return kTransportMeasures;
    case ItemKind::kMovingAround:
      return kMovingMeasures;
  }
  return {};
}

bool IsNumeric(Measure m) {
  switch (m) {
    case Measure::kWithoutAid:
    case Measure::kShifts:
    case Measure::kFullStart:
    case Measure::kModes:
      return false;
    default:
      return true;
  }
}

double MaxValue(Measure m) {
  switch (m) {
    case Measure::kFrequency:
      return 5;
    case Measure::kMinutesPerDay:
    case Measure::kMinutesContinuous:
      return 1440;
    case Measure::kTimes:
      return 10000;
    case Measure::kWeightKg:
      return 1000;
    case Measure::kHoursPerDay:
      return 24;
    case Measure::kHoursPerWeek:
      return 168;
    case Measure::kTravelMinutes:
      return 1440;
    default:
      return 255;  // bitmasks
  }
}

std::string_view ToCode(FrequencyUnit u) {
  switch (u) {
    case FrequencyUnit::kNone:
      return "";
    case FrequencyUnit::kPerHour:
      return "per_uur";
    case FrequencyUnit::kPerDay:
      return "per_dag";
  }
  return "";
}

std::optional<FrequencyUnit> ParseFrequencyUnit(std::string_view code) {
  if (code == "per_uur") return FrequencyUnit::kPerHour;
  if (code == "per_dag") return FrequencyUnit::kPerDay;
  return std::nullopt;
}

std::string_view ToCode(FmlConfidence c) {
  switch (c) {
    case FmlConfidence::kDocumented:
      return "documented";
    case FmlConfidence::kApproximate:
      return "approximate";
    case FmlConfidence::kUnverified:
      return "unverified";
  }
  return "unverified";
}

std::optional<FmlConfidence> ParseFmlConfidence(std::string_view code) {
  for (FmlConfidence c :
       {FmlConfidence::kDocumented, FmlConfidence::kApproximate, FmlConfidence::kUnverified}) {
    if (ToCode(c) == code) return c;
  }
  return std::nullopt;
}

bool ItemDefinition::Has(Measure m) const {
  return std::find(measures.begin(), measures.end(), m) != measures.end();
}

const ItemDefinition* ItemCatalogue::Find(std::string_view item_code) const {
  for (const auto& item : items) {
    if (item.code == item_code) return &item;
  }
  return nullptr;
}

std::optional<std::size_t> ItemCatalogue::IndexOf(std::string_view item_code) const {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].code == item_code) return i;
  }
  return std::nullopt;
}

const Discipline* ItemCatalogue::FindDiscipline(std::string_view code) const {
  for (const auto& d : disciplines) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

const FmlItem* ItemCatalogue::FindFml(std::string_view code) const {
  for (const auto& f : fml_items) {
    if (f.code == code) return &f;
  }
  return nullptr;
}

bool IsValidFmlCode(std::string_view code) {
  const auto dot = code.find('.');
  if (dot == std::string_view::npos || RomanRubriek(code.substr(0, dot)) == 0) return false;
  std::string_view rest = code.substr(dot + 1);
  const auto dot2 = rest.find('.');
  if (dot2 == std::string_view::npos) return IsPositiveNumber(rest);
  return IsPositiveNumber(rest.substr(0, dot2)) && IsPositiveNumber(rest.substr(dot2 + 1));
}

int FmlRubriek(std::string_view code) { return RomanRubriek(code.substr(0, code.find('.'))); }

core::Status ValidateCatalogue(const ItemCatalogue& catalogue) {
  std::vector<core::FieldError> errors;
  auto fail = [&](std::string path, std::string code, std::string message) {
    errors.push_back({std::move(path), std::move(code), std::move(message)});
  };

  std::set<std::string, std::less<>> disciplines;
  for (std::size_t i = 0; i < catalogue.disciplines.size(); ++i) {
    const auto& d = catalogue.disciplines[i];
    const std::string path = At("disciplines", i);
    if (!IsValidItemCode(d.code)) fail(path + ".code", "invalid_code", "must match [a-z0-9_]+");
    if (!disciplines.insert(d.code).second) fail(path + ".code", "duplicate", "code used twice");
    if (d.label.empty()) fail(path + ".label", "required", "label is empty");
  }

  std::set<std::string, std::less<>> fml;
  for (std::size_t i = 0; i < catalogue.fml_items.size(); ++i) {
    const auto& f = catalogue.fml_items[i];
    const std::string path = At("fml_items", i);
    if (!IsValidFmlCode(f.code)) {
      fail(path + ".code", "invalid_code", "must be an FML code such as IV.13");
    }
    if (!fml.insert(f.code).second) fail(path + ".code", "duplicate", "code used twice");
    if (f.label.empty()) fail(path + ".label", "required", "label is empty");
  }

  if (catalogue.items.size() > kMaxItems) {
    fail("items", "too_many", "at most " + std::to_string(kMaxItems) + " items");
  }
  std::size_t slots = 0;
  std::set<std::string, std::less<>> codes;
  for (std::size_t i = 0; i < catalogue.items.size(); ++i) {
    const auto& item = catalogue.items[i];
    const std::string path = At("items", i);
    if (!IsValidItemCode(item.code)) {
      fail(path + ".code", "invalid_code", "must match [a-z0-9_]+, at most 64 characters");
    }
    if (!codes.insert(item.code).second) fail(path + ".code", "duplicate", "code used twice");
    if (item.label.empty()) fail(path + ".label", "required", "label is empty");
    if (item.activity.empty()) fail(path + ".activity", "required", "activity is empty");

    if (item.measures.empty()) fail(path + ".measures", "required", "at least one measure");
    const auto allowed = MeasuresOfKind(item.kind);
    std::set<Measure> seen;
    for (std::size_t k = 0; k < item.measures.size(); ++k) {
      const Measure m = item.measures[k];
      if (std::find(allowed.begin(), allowed.end(), m) == allowed.end()) {
        fail(
            At(path + ".measures", k), "measure_not_of_kind",
            std::string(ToCode(m)) + " is not a measure of kind " + std::string(ToCode(item.kind)));
      }
      if (!seen.insert(m).second) {
        fail(At(path + ".measures", k), "duplicate", "measure listed twice");
      }
    }
    slots += item.measures.size();
    const bool has_times = item.Has(Measure::kTimes);
    if (has_times != (item.frequency_unit != FrequencyUnit::kNone)) {
      fail(path + ".frequency_unit", "frequency_unit",
           has_times ? "an item measuring 'keer' needs a frequency unit"
                     : "only items measuring 'keer' have a frequency unit");
    }

    if (item.disciplines.empty()) {
      fail(path + ".disciplines", "required", "at least one assessing discipline");
    }
    for (std::size_t k = 0; k < item.disciplines.size(); ++k) {
      if (!disciplines.contains(item.disciplines[k])) {
        fail(At(path + ".disciplines", k), "unknown_discipline",
             "'" + item.disciplines[k] + "' is not a discipline of the catalogue");
      }
    }
    for (std::size_t k = 0; k < item.fml.size(); ++k) {
      const auto& ref = item.fml[k];
      const std::string rpath = At(path + ".fml", k) + ".code";
      if (!fml.contains(ref.code)) {
        fail(rpath, "unknown_fml_item", "'" + ref.code + "' is not in fml_items");
      } else if (IsValidFmlCode(ref.code) && !RubriekFits(item.section, FmlRubriek(ref.code))) {
        fail(rpath, "fml_rubriek",
             "'" + ref.code + "' is outside the FML rubrieken of section " +
                 std::string(ToCode(item.section)));
      }
    }
  }
  if (slots > 64) fail("items", "too_many", "at most 64 measures over all items");

  if (errors.empty()) return core::Ok();
  return core::Error::Invalid("invalid item catalogue", std::move(errors));
}

std::span<const std::string> DisciplineAssignment::For(const ItemDefinition& item) const {
  for (const auto& [code, disciplines] : overrides) {
    if (code == item.code) return disciplines;
  }
  return item.disciplines;
}

}  // namespace werkpad::domain::profiles
