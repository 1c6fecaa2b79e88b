#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace werkpad::domain::profiles {

// The item catalogue of AGR forms 4 (function-demand profile) and 6 (person profile): every item
// of the handbook's form 4, what is measured per item (its measures and units), the default
// assessing disciplines and the mapping onto the UWV FML. The catalogue is data
// (resources/profiles/items.v1.json, loaded by codec/profiles/catalogue_json.hpp); this header
// only defines its shape and its consistency rules. Documented in docs/fml-mapping.md.

// The five parts of form 4. Codes "persoonlijk", "sociaal", "fysiek_statisch",
// "fysiek_dynamisch", "werktijden_vervoer".
enum class Section {
  kPersoonlijk,
  kSociaal,
  kFysiekStatisch,
  kFysiekDynamisch,
  kWerktijdenVervoer
};
std::string_view ToCode(Section s);
std::optional<Section> ParseSection(std::string_view code);
std::span<const Section> AllSections();
std::string_view DutchLabel(Section s);  // "Persoonlijk functioneren", ...

// What kind of value an item takes; each kind has its own demand and capacity value types
// (values.hpp). Codes:
//   "taak"             persoonlijk and sociaal: in which tasks, how often, aid/strategy possible
//   "statisch"         static postures: minutes per day and minutes continuously
//   "dynamisch"        dynamic actions: frequency (per hour or per day), weight kg, minutes
//                      continuously (which of the three apply is per item:
//                      ItemDefinition::measures)
//   "uren"             working hours: hours per day and per week
//   "diensten"         shifts: which shifts (dag, avond, nacht, weekend)
//   "aangepaste_start" starting with adapted hours: possible (demand) / needed (capacity)
//   "vervoer"          transport to the workplace: usable modes (any one suffices), travel minutes
//   "verplaatsen"      moving around during work: modes the work requires (all of them)
enum class ItemKind {
  kTask,
  kStatic,
  kDynamic,
  kHours,
  kShifts,
  kAdaptedStart,
  kTransport,
  kMovingAround,
};
std::string_view ToCode(ItemKind k);
std::optional<ItemKind> ParseItemKind(std::string_view code);
std::span<const ItemKind> AllItemKinds();

// One quantity of an item, compared between demand and capacity. Codes (also the CSV column
// suffixes and the JSON field names of values.hpp's codec):
//   "frequentie"        task items: ordinal Frequency 1..5; capacity = the highest frequency
//                       the person copes with
//   "zonder_hulpmiddel" task items: demand "no aid/strategy possible" vs capacity "needs an
//                       aid/strategy" (unmet when both)
//   "min_per_dag"       minutes per working day (static)
//   "min_achtereen"     minutes continuously (static, dynamic)
//   "keer"              times per hour or per day (dynamic; unit ItemDefinition::frequency_unit)
//   "kg"                weight in kg (dynamic: tillen, dragen, heffen)
//   "uur_per_dag"       hours per day (werktijden)
//   "uur_per_week"      hours per week (werktijden)
//   "diensten"          set of shifts (ploegendienst; demand: all must be worked)
//   "volledige_start"   demand "adapted start not possible" vs capacity "needs adapted start"
//   "vervoerswijzen"    set of modes (vervoer: any one shared mode suffices; verplaatsen: all)
//   "reistijd_min"      one-way travel minutes (vervoer)
// Numeric measures are "at most" comparisons: the demand is met when capacity >= demand.
enum class Measure {
  kFrequency,
  kWithoutAid,
  kMinutesPerDay,
  kMinutesContinuous,
  kTimes,
  kWeightKg,
  kHoursPerDay,
  kHoursPerWeek,
  kShifts,
  kFullStart,
  kModes,
  kTravelMinutes,
};
std::string_view ToCode(Measure m);
std::optional<Measure> ParseMeasure(std::string_view code);
std::span<const Measure> AllMeasures();
// The measures an item of this kind may have (the catalogue picks a non-empty subset).
std::span<const Measure> MeasuresOfKind(ItemKind k);
// Numeric measures compare numbers; the others (kWithoutAid, kShifts, kFullStart, kModes) sets.
bool IsNumeric(Measure m);
// Largest accepted value of a numeric measure (minutes per day <= 1440, hours per week <= 168,
// kg <= 1000, times <= 10000, ...). All numeric values are >= 0.
double MaxValue(Measure m);

// Unit of the frequency of a dynamic item. Codes "per_uur", "per_dag". Dutch short form
// "×/uur", "×/dag".
enum class FrequencyUnit { kNone, kPerHour, kPerDay };
std::string_view ToCode(FrequencyUnit u);
std::optional<FrequencyUnit> ParseFrequencyUnit(std::string_view code);

// How well an FML item corresponds to a form 4 item. Codes:
//   "documented"  the correspondence is stated in our sources (DOMAIN.md §7: IV.13 tillen,
//                 IV.14 dragen, V.1 zitten, V.3 staan, VI.2, VI.3)
//   "approximate" same subject, but the FML item covers more or less than the form 4 item, or
//                 measures it differently (for example FML levels vs minutes)
//   "unverified"  code taken from the FML layout as we know it, not checked against an
//                 official FML copy
enum class FmlConfidence { kDocumented, kApproximate, kUnverified };
std::string_view ToCode(FmlConfidence c);
std::optional<FmlConfidence> ParseFmlConfidence(std::string_view code);

// FML rubrieken I..VI. A code such as "IV.13" has rubriek IV and item 13; sub-items "IV.13.1"
// are allowed.
struct FmlItem {
  std::string code;   // "IV.13"
  std::string label;  // Dutch, "Tillen of dragen"

  friend bool operator==(const FmlItem&, const FmlItem&) = default;
};

struct FmlReference {
  std::string code;  // an FmlItem code of the catalogue
  FmlConfidence confidence = FmlConfidence::kUnverified;
  std::string note;  // English, why approximate (may be empty)

  friend bool operator==(const FmlReference&, const FmlReference&) = default;
};

// An assessing discipline ("fysiotherapie", label "Fysiotherapie"). The institution may add its
// own (cognitieve training, muziektherapie, ...).
struct Discipline {
  std::string code;
  std::string label;

  friend bool operator==(const Discipline&, const Discipline&) = default;
};

struct ItemDefinition {
  std::string code;   // stable key, lower case [a-z0-9_], e.g. "tillen"; never reused
  std::string label;  // Dutch, as on form 4: "Tillen"
  std::string help;   // Dutch explanation for the form (may be empty)
  // Dutch verb phrase for descriptions: "moet 15 kg 10×/uur <tillen>". Required.
  std::string activity;
  Section section = Section::kPersoonlijk;
  ItemKind kind = ItemKind::kTask;
  std::vector<Measure> measures;  // non-empty subset of MeasuresOfKind(kind), in display order
  FrequencyUnit frequency_unit = FrequencyUnit::kNone;  // set iff measures has kTimes
  std::vector<std::string> disciplines;  // default assessing disciplines (codes), first = primary
  std::vector<FmlReference> fml;         // zero or more FML items it corresponds to

  bool Has(Measure m) const;
  friend bool operator==(const ItemDefinition&, const ItemDefinition&) = default;
};

// Upper bounds on a catalogue (ranking keeps an item bitmask per function).
inline constexpr std::size_t kMaxItems = 64;
inline constexpr std::size_t kMaxCodeLength = 64;

struct ItemCatalogue {
  int version = 1;
  std::vector<Discipline> disciplines;
  std::vector<FmlItem> fml_items;
  std::vector<ItemDefinition> items;  // in form order

  // nullptr / nullopt when unknown.
  const ItemDefinition* Find(std::string_view item_code) const;
  std::optional<std::size_t> IndexOf(std::string_view item_code) const;
  const Discipline* FindDiscipline(std::string_view code) const;
  const FmlItem* FindFml(std::string_view code) const;

  friend bool operator==(const ItemCatalogue&, const ItemCatalogue&) = default;
};

// True for "I".."VI" followed by ".N" or ".N.M" (N, M positive, no leading zero).
bool IsValidFmlCode(std::string_view code);
// The rubriek of a valid FML code: 1..6 ("IV.13" -> 4). REQUIRES: IsValidFmlCode(code)
int FmlRubriek(std::string_view code);

// Consistency of a catalogue. kInvalidInput with field errors (paths "items[3].measures[1]"):
//   "duplicate" (item, discipline or FML code twice), "invalid_code" (item code not [a-z0-9_]+
//   or too long; FML code not valid), "required" (empty label, no measures, no disciplines),
//   "measure_not_of_kind", "frequency_unit" (kTimes without unit or unit without kTimes),
//   "unknown_discipline", "unknown_fml_item", "fml_rubriek" (an FML reference outside the
//   rubriek of the section: persoonlijk I, sociaal II, fysiek statisch V, fysiek dynamisch IV,
//   werktijden en vervoer VI or II), "too_many" (more than kMaxItems items).
core::Status ValidateCatalogue(const ItemCatalogue& catalogue);

// Which disciplines assess which items. Defaults to the catalogue's item disciplines; the
// institution may override per item (the handbook: "naar eigen inzicht in te delen").
struct DisciplineAssignment {
  // item code -> discipline codes (first = primary). Items absent here use the catalogue default.
  std::vector<std::pair<std::string, std::vector<std::string>>> overrides;

  // The disciplines of one item (override, else the catalogue default).
  std::span<const std::string> For(const ItemDefinition& item) const;
};

}  // namespace werkpad::domain::profiles
