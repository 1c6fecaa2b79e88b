#include "domain/profiles/values.hpp"

#include <array>

namespace werkpad::domain::profiles {

namespace {
constexpr std::array kFrequencies = {Frequency::kZelden, Frequency::kSoms, Frequency::kRegelmatig,
                                     Frequency::kVaak, Frequency::kVoortdurend};
constexpr std::array kShifts = {Shift::kDag, Shift::kAvond, Shift::kNacht, Shift::kWeekend};
constexpr std::array kModes = {Mode::kAuto,  Mode::kOpenbaarVervoer,  Mode::kFiets,
                               Mode::kLopen, Mode::kAangepastVervoer, Mode::kMeerijden};

template <class E, std::size_t N>
std::optional<E> ParseIn(const std::array<E, N>& all, std::string_view code) {
  for (E e : all) {
    if (ToCode(e) == code) return e;
  }
  return std::nullopt;
}
}  // namespace

std::string_view ToCode(Frequency f) {
  switch (f) {
    case Frequency::kZelden:
      return "zelden";
    case Frequency::kSoms:
      return "soms";
    case Frequency::kRegelmatig:
      return "regelmatig";
    case Frequency::kVaak:
      return "vaak";
    case Frequency::kVoortdurend:
      return "voortdurend";
  }
  return "zelden";
}
std::optional<Frequency> ParseFrequency(std::string_view code) {
  return ParseIn(kFrequencies, code);
}
std::span<const Frequency> AllFrequencies() { return kFrequencies; }
std::string_view DutchLabel(Frequency f) {
  switch (f) {
    case Frequency::kZelden:
      return "zelden (minder dan eens per week)";
    case Frequency::kSoms:
      return "soms (enkele keren per week)";
    case Frequency::kRegelmatig:
      return "regelmatig (dagelijks)";
    case Frequency::kVaak:
      return "vaak (meerdere keren per dag)";
    case Frequency::kVoortdurend:
      return "voortdurend (het grootste deel van de werktijd)";
  }
  return "";
}

std::string_view ToCode(Shift s) {
  switch (s) {
    case Shift::kDag:
      return "dag";
    case Shift::kAvond:
      return "avond";
    case Shift::kNacht:
      return "nacht";
    case Shift::kWeekend:
      return "weekend";
  }
  return "dag";
}
std::optional<Shift> ParseShift(std::string_view code) { return ParseIn(kShifts, code); }
std::span<const Shift> AllShifts() { return kShifts; }
std::string_view DutchLabel(Shift s) {
  switch (s) {
    case Shift::kDag:
      return "dagdienst";
    case Shift::kAvond:
      return "avonddienst";
    case Shift::kNacht:
      return "nachtdienst";
    case Shift::kWeekend:
      return "weekenddienst";
  }
  return "";
}

std::string_view ToCode(Mode m) {
  switch (m) {
    case Mode::kAuto:
      return "auto";
    case Mode::kOpenbaarVervoer:
      return "openbaar_vervoer";
    case Mode::kFiets:
      return "fiets";
    case Mode::kLopen:
      return "lopen";
    case Mode::kAangepastVervoer:
      return "aangepast_vervoer";
    case Mode::kMeerijden:
      return "meerijden";
  }
  return "auto";
}
std::optional<Mode> ParseMode(std::string_view code) { return ParseIn(kModes, code); }
std::span<const Mode> AllModes() { return kModes; }
std::string_view DutchLabel(Mode m) {
  switch (m) {
    case Mode::kAuto:
      return "zelf autorijden";
    case Mode::kOpenbaarVervoer:
      return "openbaar vervoer";
    case Mode::kFiets:
      return "fiets";
    case Mode::kLopen:
      return "lopen";
    case Mode::kAangepastVervoer:
      return "aangepast vervoer";
    case Mode::kMeerijden:
      return "meerijden";
  }
  return "";
}

std::size_t VariantIndex(ItemKind k) {
  switch (k) {
    case ItemKind::kTask:
      return 0;
    case ItemKind::kStatic:
      return 1;
    case ItemKind::kDynamic:
      return 2;
    case ItemKind::kHours:
      return 3;
    case ItemKind::kShifts:
      return 4;
    case ItemKind::kAdaptedStart:
      return 5;
    case ItemKind::kTransport:
    case ItemKind::kMovingAround:
      return 6;
  }
  return 0;
}

DemandValue EmptyDemand(ItemKind k) {
  switch (VariantIndex(k)) {
    case 1:
      return StaticDemand{};
    case 2:
      return DynamicDemand{};
    case 3:
      return HoursDemand{};
    case 4:
      return ShiftsDemand{};
    case 5:
      return AdaptedStartDemand{};
    case 6:
      return MobilityDemand{};
    default:
      return TaskDemand{};
  }
}

CapacityValue EmptyCapacity(ItemKind k) {
  switch (VariantIndex(k)) {
    case 1:
      return StaticCapacity{};
    case 2:
      return DynamicCapacity{};
    case 3:
      return HoursCapacity{};
    case 4:
      return ShiftsCapacity{};
    case 5:
      return AdaptedStartCapacity{};
    case 6:
      return MobilityCapacity{};
    default:
      return TaskCapacity{};
  }
}

}  // namespace werkpad::domain::profiles

namespace werkpad::domain::profiles {

namespace {
std::optional<double> Num(const std::optional<Frequency>& f) {
  if (!f) return std::nullopt;
  return static_cast<double>(*f);
}
std::optional<double> Num(const std::optional<bool>& b) {
  if (!b) return std::nullopt;
  return *b ? 1.0 : 0.0;
}
template <class E>
std::optional<double> Num(const FlagSet<E>& s) {
  if (s.empty()) return std::nullopt;
  return static_cast<double>(s.bits);
}
template <class E>
std::optional<double> Num(const std::optional<FlagSet<E>>& s) {
  if (!s) return std::nullopt;
  return static_cast<double>(s->bits);
}
}  // namespace

std::string_view DemandField(Measure m) {
  if (m == Measure::kWithoutAid) return "hulpmiddel_mogelijk";
  if (m == Measure::kFullStart) return "aangepaste_start_mogelijk";
  return ToCode(m);
}

std::string_view CapacityField(Measure m) {
  if (m == Measure::kWithoutAid) return "hulpmiddel_nodig";
  if (m == Measure::kFullStart) return "aangepaste_start_nodig";
  return ToCode(m);
}

void ForEachField(const DemandValue& v,
                  const std::function<void(Measure, std::optional<double>)>& fn) {
  if (const auto* t = std::get_if<TaskDemand>(&v)) {
    fn(Measure::kFrequency, Num(t->frequency));
    fn(Measure::kWithoutAid, Num(t->aid_possible));
  } else if (const auto* s = std::get_if<StaticDemand>(&v)) {
    fn(Measure::kMinutesPerDay, s->minutes_per_day);
    fn(Measure::kMinutesContinuous, s->minutes_continuous);
  } else if (const auto* d = std::get_if<DynamicDemand>(&v)) {
    fn(Measure::kTimes, d->times);
    fn(Measure::kWeightKg, d->weight_kg);
    fn(Measure::kMinutesContinuous, d->minutes_continuous);
  } else if (const auto* h = std::get_if<HoursDemand>(&v)) {
    fn(Measure::kHoursPerDay, h->hours_per_day);
    fn(Measure::kHoursPerWeek, h->hours_per_week);
  } else if (const auto* sh = std::get_if<ShiftsDemand>(&v)) {
    fn(Measure::kShifts, Num(sh->shifts));
  } else if (const auto* a = std::get_if<AdaptedStartDemand>(&v)) {
    fn(Measure::kFullStart, Num(a->possible));
  } else if (const auto* mo = std::get_if<MobilityDemand>(&v)) {
    fn(Measure::kModes, Num(mo->modes));
    fn(Measure::kTravelMinutes, mo->travel_minutes);
  }
}

void ForEachField(const CapacityValue& v,
                  const std::function<void(Measure, std::optional<double>)>& fn) {
  if (const auto* t = std::get_if<TaskCapacity>(&v)) {
    fn(Measure::kFrequency, Num(t->max_frequency));
    fn(Measure::kWithoutAid, Num(t->needs_aid));
  } else if (const auto* s = std::get_if<StaticCapacity>(&v)) {
    fn(Measure::kMinutesPerDay, s->minutes_per_day);
    fn(Measure::kMinutesContinuous, s->minutes_continuous);
  } else if (const auto* d = std::get_if<DynamicCapacity>(&v)) {
    fn(Measure::kTimes, d->times);
    fn(Measure::kWeightKg, d->weight_kg);
    fn(Measure::kMinutesContinuous, d->minutes_continuous);
  } else if (const auto* h = std::get_if<HoursCapacity>(&v)) {
    fn(Measure::kHoursPerDay, h->hours_per_day);
    fn(Measure::kHoursPerWeek, h->hours_per_week);
  } else if (const auto* sh = std::get_if<ShiftsCapacity>(&v)) {
    fn(Measure::kShifts, Num(sh->shifts));
  } else if (const auto* a = std::get_if<AdaptedStartCapacity>(&v)) {
    fn(Measure::kFullStart, Num(a->needed));
  } else if (const auto* mo = std::get_if<MobilityCapacity>(&v)) {
    fn(Measure::kModes, Num(mo->modes));
    fn(Measure::kTravelMinutes, mo->travel_minutes);
  }
}

}  // namespace werkpad::domain::profiles
