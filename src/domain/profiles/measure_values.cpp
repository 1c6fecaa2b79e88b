#include "domain/profiles/measure_values.hpp"

#include <bit>
#include <variant>

namespace werkpad::domain::profiles::detail {

namespace {

std::optional<double> Positive(const std::optional<double>& v) {
  if (v && *v > 0) return *v;
  return std::nullopt;
}

std::optional<double> Bits(std::uint8_t bits) {
  if (bits == 0) return std::nullopt;
  return static_cast<double>(bits);
}

}  // namespace

int PopCount(unsigned bits) { return std::popcount(bits); }

std::optional<double> DemandMeasure(const ItemDefinition& item, const DemandValue& value,
                                    Measure m) {
  if (!item.Has(m)) return std::nullopt;
  switch (m) {
    case Measure::kFrequency:
      if (const auto* t = std::get_if<TaskDemand>(&value); t && t->frequency) {
        return static_cast<double>(*t->frequency);
      }
      return std::nullopt;
    case Measure::kWithoutAid:
      if (const auto* t = std::get_if<TaskDemand>(&value); t && t->aid_possible == false) {
        return 1.0;
      }
      return std::nullopt;
    case Measure::kMinutesPerDay:
      if (const auto* s = std::get_if<StaticDemand>(&value)) return Positive(s->minutes_per_day);
      return std::nullopt;
    case Measure::kMinutesContinuous:
      if (const auto* s = std::get_if<StaticDemand>(&value)) return Positive(s->minutes_continuous);
      if (const auto* d = std::get_if<DynamicDemand>(&value))
        return Positive(d->minutes_continuous);
      return std::nullopt;
    case Measure::kTimes:
      if (const auto* d = std::get_if<DynamicDemand>(&value)) return Positive(d->times);
      return std::nullopt;
    case Measure::kWeightKg:
      if (const auto* d = std::get_if<DynamicDemand>(&value)) return Positive(d->weight_kg);
      return std::nullopt;
    case Measure::kHoursPerDay:
      if (const auto* h = std::get_if<HoursDemand>(&value)) return Positive(h->hours_per_day);
      return std::nullopt;
    case Measure::kHoursPerWeek:
      if (const auto* h = std::get_if<HoursDemand>(&value)) return Positive(h->hours_per_week);
      return std::nullopt;
    case Measure::kShifts:
      if (const auto* s = std::get_if<ShiftsDemand>(&value)) return Bits(s->shifts.bits);
      return std::nullopt;
    case Measure::kFullStart:
      if (const auto* a = std::get_if<AdaptedStartDemand>(&value); a && a->possible == false) {
        return 1.0;
      }
      return std::nullopt;
    case Measure::kModes:
      if (const auto* mo = std::get_if<MobilityDemand>(&value)) return Bits(mo->modes.bits);
      return std::nullopt;
    case Measure::kTravelMinutes:
      if (const auto* mo = std::get_if<MobilityDemand>(&value)) return Positive(mo->travel_minutes);
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<double> CapacityMeasure(const ItemDefinition& item, const CapacityValue& value,
                                      Measure m) {
  if (!item.Has(m)) return std::nullopt;
  switch (m) {
    case Measure::kFrequency:
      if (const auto* t = std::get_if<TaskCapacity>(&value); t && t->max_frequency) {
        return static_cast<double>(*t->max_frequency);
      }
      return std::nullopt;
    case Measure::kWithoutAid:
      if (const auto* t = std::get_if<TaskCapacity>(&value); t && t->needs_aid) {
        return *t->needs_aid ? 0.0 : 1.0;
      }
      return std::nullopt;
    case Measure::kMinutesPerDay:
      if (const auto* s = std::get_if<StaticCapacity>(&value)) return s->minutes_per_day;
      return std::nullopt;
    case Measure::kMinutesContinuous:
      if (const auto* s = std::get_if<StaticCapacity>(&value)) return s->minutes_continuous;
      if (const auto* d = std::get_if<DynamicCapacity>(&value)) return d->minutes_continuous;
      return std::nullopt;
    case Measure::kTimes:
      if (const auto* d = std::get_if<DynamicCapacity>(&value)) return d->times;
      return std::nullopt;
    case Measure::kWeightKg:
      if (const auto* d = std::get_if<DynamicCapacity>(&value)) return d->weight_kg;
      return std::nullopt;
    case Measure::kHoursPerDay:
      if (const auto* h = std::get_if<HoursCapacity>(&value)) return h->hours_per_day;
      return std::nullopt;
    case Measure::kHoursPerWeek:
      if (const auto* h = std::get_if<HoursCapacity>(&value)) return h->hours_per_week;
      return std::nullopt;
    case Measure::kShifts:
      if (const auto* s = std::get_if<ShiftsCapacity>(&value); s && s->shifts) {
        return static_cast<double>(s->shifts->bits);
      }
      return std::nullopt;
    case Measure::kFullStart:
      if (const auto* a = std::get_if<AdaptedStartCapacity>(&value); a && a->needed) {
        return *a->needed ? 0.0 : 1.0;
      }
      return std::nullopt;
    case Measure::kModes:
      if (const auto* mo = std::get_if<MobilityCapacity>(&value); mo && mo->modes) {
        return static_cast<double>(mo->modes->bits);
      }
      return std::nullopt;
    case Measure::kTravelMinutes:
      if (const auto* mo = std::get_if<MobilityCapacity>(&value)) return mo->travel_minutes;
      return std::nullopt;
  }
  return std::nullopt;
}

bool IsAnyOf(const ItemDefinition& item, Measure m) {
  return m == Measure::kModes && item.kind == ItemKind::kTransport;
}

double Shortfall(bool numeric, bool any_of, double demand, double capacity) {
  if (demand <= 0) return 0;
  if (numeric) return capacity >= demand ? 0 : (demand - capacity) / demand;
  const auto d = static_cast<unsigned>(demand);
  const auto c = static_cast<unsigned>(capacity);
  if (any_of) return (d & c) != 0 ? 0 : 1;
  const int wanted = PopCount(d);
  return wanted == 0 ? 0 : static_cast<double>(PopCount(d & ~c)) / wanted;
}

}  // namespace werkpad::domain::profiles::detail
