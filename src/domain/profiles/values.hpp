#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "domain/profiles/catalogue.hpp"

namespace werkpad::domain::profiles {

// Demand (form 4) and capacity (form 6 or FML) values, one pair of types per ItemKind. Every
// quantity is optional: a demand gives what the employer could say, a capacity what the assessor
// measured. Which fields an item may use is ItemDefinition::measures (ValidateDemand /
// ValidateCapacity in profile.hpp check it). Numbers are in the unit of their measure
// (catalogue.hpp): minutes, hours, kg, times per hour/day.

// How often a task demand occurs (persoonlijk, sociaal). Ordinal; codes and Dutch labels:
//   1 "zelden" (zelden: minder dan eens per week), 2 "soms" (enkele keren per week),
//   3 "regelmatig" (dagelijks), 4 "vaak" (meerdere keren per dag),
//   5 "voortdurend" (het grootste deel van de werktijd).
enum class Frequency { kZelden = 1, kSoms = 2, kRegelmatig = 3, kVaak = 4, kVoortdurend = 5 };
std::string_view ToCode(Frequency f);
std::optional<Frequency> ParseFrequency(std::string_view code);
std::span<const Frequency> AllFrequencies();
std::string_view DutchLabel(Frequency f);  // "vaak (meerdere keren per dag)"

// Shifts. Codes "dag", "avond", "nacht", "weekend".
enum class Shift : std::uint8_t { kDag = 1, kAvond = 2, kNacht = 4, kWeekend = 8 };
std::string_view ToCode(Shift s);
std::optional<Shift> ParseShift(std::string_view code);
std::span<const Shift> AllShifts();
std::string_view DutchLabel(Shift s);  // "nachtdienst"

// Ways to travel / move around. Codes "auto" (zelf autorijden), "openbaar_vervoer", "fiets",
// "lopen", "aangepast_vervoer" (taxi, Wmo-vervoer), "meerijden" (carpool, als passagier).
enum class Mode : std::uint8_t {
  kAuto = 1,
  kOpenbaarVervoer = 2,
  kFiets = 4,
  kLopen = 8,
  kAangepastVervoer = 16,
  kMeerijden = 32,
};
std::string_view ToCode(Mode m);
std::optional<Mode> ParseMode(std::string_view code);
std::span<const Mode> AllModes();
std::string_view DutchLabel(Mode m);  // "openbaar vervoer"

// A small set of Shift or Mode values as a bitmask.
template <class E>
struct FlagSet {
  std::uint8_t bits = 0;

  bool Has(E e) const { return (bits & static_cast<std::uint8_t>(e)) != 0; }
  FlagSet& Add(E e) {
    bits = static_cast<std::uint8_t>(bits | static_cast<std::uint8_t>(e));
    return *this;
  }
  bool empty() const { return bits == 0; }
  friend bool operator==(const FlagSet&, const FlagSet&) = default;
};
using ShiftSet = FlagSet<Shift>;
using ModeSet = FlagSet<Mode>;

// ---- persoonlijk and sociaal ("taak")
struct TaskDemand {
  std::string tasks;                   // in which tasks it occurs (free text, Dutch)
  std::optional<Frequency> frequency;  // how often
  std::optional<bool> aid_possible;    // can an aid or strategy be used in this job
  friend bool operator==(const TaskDemand&, const TaskDemand&) = default;
};
struct TaskCapacity {
  std::optional<Frequency> max_frequency;  // highest frequency the person copes with
  std::optional<bool> needs_aid;           // only with an aid or strategy
  friend bool operator==(const TaskCapacity&, const TaskCapacity&) = default;
};

// ---- fysiek statisch ("statisch")
struct StaticDemand {
  std::optional<double> minutes_per_day;     // maximum per working day the job asks
  std::optional<double> minutes_continuous;  // maximum at a time
  friend bool operator==(const StaticDemand&, const StaticDemand&) = default;
};
struct StaticCapacity {
  std::optional<double> minutes_per_day;
  std::optional<double> minutes_continuous;
  friend bool operator==(const StaticCapacity&, const StaticCapacity&) = default;
};

// ---- fysiek dynamisch ("dynamisch")
struct DynamicDemand {
  std::optional<double> times;               // how often, per the item's FrequencyUnit
  std::optional<double> weight_kg;           // how heavy
  std::optional<double> minutes_continuous;  // how long at a time
  friend bool operator==(const DynamicDemand&, const DynamicDemand&) = default;
};
struct DynamicCapacity {
  std::optional<double> times;
  std::optional<double> weight_kg;
  std::optional<double> minutes_continuous;
  friend bool operator==(const DynamicCapacity&, const DynamicCapacity&) = default;
};

// ---- werktijden ("uren")
struct HoursDemand {
  std::optional<double> hours_per_day;
  std::optional<double> hours_per_week;
  friend bool operator==(const HoursDemand&, const HoursDemand&) = default;
};
struct HoursCapacity {
  std::optional<double> hours_per_day;
  std::optional<double> hours_per_week;
  friend bool operator==(const HoursCapacity&, const HoursCapacity&) = default;
};

// ---- ploegendienst ("diensten")
struct ShiftsDemand {
  ShiftSet shifts;  // every shift the job requires
  friend bool operator==(const ShiftsDemand&, const ShiftsDemand&) = default;
};
struct ShiftsCapacity {
  std::optional<ShiftSet> shifts;  // the shifts the person can work (nullopt: not assessed)
  friend bool operator==(const ShiftsCapacity&, const ShiftsCapacity&) = default;
};

// ---- starten in aangepaste uren ("aangepaste_start")
struct AdaptedStartDemand {
  std::optional<bool> possible;  // can the employer let the person start with adapted hours
  friend bool operator==(const AdaptedStartDemand&, const AdaptedStartDemand&) = default;
};
struct AdaptedStartCapacity {
  std::optional<bool> needed;  // does the person need to start with adapted hours
  friend bool operator==(const AdaptedStartCapacity&, const AdaptedStartCapacity&) = default;
};

// ---- vervoer ("vervoer") and verplaatsen tijdens het werk ("verplaatsen")
// Vervoer: the demand lists the modes by which the workplace can be reached and the one-way
// travel time; met when the person can use at least one of them and travel that long.
// Verplaatsen: the demand lists the modes the work requires; met when the person can use all.
struct MobilityDemand {
  ModeSet modes;
  std::optional<double> travel_minutes;  // vervoer only
  friend bool operator==(const MobilityDemand&, const MobilityDemand&) = default;
};
struct MobilityCapacity {
  std::optional<ModeSet> modes;          // usable modes (nullopt: not assessed)
  std::optional<double> travel_minutes;  // vervoer only: longest acceptable one-way trip
  friend bool operator==(const MobilityCapacity&, const MobilityCapacity&) = default;
};

// The variant index is fixed per kind: kTask 0, kStatic 1, kDynamic 2, kHours 3, kShifts 4,
// kAdaptedStart 5, kTransport and kMovingAround 6.
using DemandValue = std::variant<TaskDemand, StaticDemand, DynamicDemand, HoursDemand, ShiftsDemand,
                                 AdaptedStartDemand, MobilityDemand>;
using CapacityValue = std::variant<TaskCapacity, StaticCapacity, DynamicCapacity, HoursCapacity,
                                   ShiftsCapacity, AdaptedStartCapacity, MobilityCapacity>;

// The field name of a measure in a demand / capacity value (JSON keys, CSV column suffixes, error
// paths). Equal to ToCode(m) except kWithoutAid: demand "hulpmiddel_mogelijk", capacity
// "hulpmiddel_nodig"; kFullStart: demand "aangepaste_start_mogelijk", capacity
// "aangepaste_start_nodig". Task demands also have the text field "taken".
std::string_view DemandField(Measure m);
std::string_view CapacityField(Measure m);

// Calls fn(Measure, std::optional<double>) for every measure field of the value: numbers as
// given, frequencies as 1..5, sets as their bitmask (demand: nullopt when empty), the booleans
// aid_possible / needs_aid / possible / needed as 1 or 0. No requirement semantics (see
// matching.hpp for those).
void ForEachField(const DemandValue& v,
                  const std::function<void(Measure, std::optional<double>)>& fn);
void ForEachField(const CapacityValue& v,
                  const std::function<void(Measure, std::optional<double>)>& fn);

// The variant index for a kind, and empty values of the right alternative.
std::size_t VariantIndex(ItemKind k);
DemandValue EmptyDemand(ItemKind k);
CapacityValue EmptyCapacity(ItemKind k);

}  // namespace werkpad::domain::profiles
