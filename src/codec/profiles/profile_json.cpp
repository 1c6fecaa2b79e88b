#include "codec/profiles/profile_json.hpp"

#include <boost/json/serialize.hpp>

#include <cmath>

#include "codec/json_reader.hpp"

namespace werkpad::codec::profiles {

namespace json = boost::json;
namespace dp = domain::profiles;
using Need = ObjectReader::Need;

namespace {

// Numbers are range-checked by the domain validation (with the same paths); the codec only keeps
// them finite and of sane size.
constexpr double kAnyNumber = 1e12;
constexpr std::size_t kMaxItemsInProfile = 200;

std::string At(const std::string& base, std::size_t i) {
  return base + "[" + std::to_string(i) + "]";
}

template <class E>
std::vector<std::string_view> Codes(std::span<const E> all) {
  std::vector<std::string_view> out;
  for (E e : all) out.push_back(dp::ToCode(e));
  return out;
}

// An array of Shift / Mode codes as a FlagSet.
template <class E, class Parse>
std::optional<dp::FlagSet<E>> ReadSet(ObjectReader& r, std::string_view key,
                                      std::vector<core::FieldError>& errors, Parse parse) {
  const json::array* arr = r.Array(key, Need::kOptional, 16);
  if (arr == nullptr) return std::nullopt;
  dp::FlagSet<E> set;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const std::string path = At(r.Child(key), i);
    const json::value& v = (*arr)[i];
    if (!v.is_string()) {
      errors.push_back({path, "wrong_type", "must be a string"});
      continue;
    }
    auto e = parse(std::string_view(v.get_string()));
    if (!e) {
      errors.push_back(
          {path, "invalid_value", "unknown code '" + std::string(v.get_string()) + "'"});
      continue;
    }
    set.Add(*e);
  }
  return set;
}

std::optional<double> Num(ObjectReader& r, const dp::ItemDefinition& item, dp::Measure m,
                          std::string_view key) {
  if (!item.Has(m)) return std::nullopt;
  return r.Number(key, Need::kOptional, -kAnyNumber, kAnyNumber);
}

std::optional<dp::Frequency> Freq(ObjectReader& r, const dp::ItemDefinition& item) {
  if (!item.Has(dp::Measure::kFrequency)) return std::nullopt;
  auto code = r.Enum("frequentie", Need::kOptional, Codes(dp::AllFrequencies()));
  if (!code) return std::nullopt;
  return dp::ParseFrequency(*code);
}

std::optional<bool> Flag(ObjectReader& r, const dp::ItemDefinition& item, dp::Measure m,
                         std::string_view key) {
  if (!item.Has(m)) return std::nullopt;
  return r.Bool(key, Need::kOptional);
}

// Reads a demand object of `item` (keys: DemandField of its measures, "taken" for task items).
// Keys of measures the item does not have are left unread: Finish reports them.
dp::DemandValue ReadDemand(const json::value& v, const std::string& path,
                           const dp::ItemDefinition& item, std::vector<core::FieldError>& errors) {
  using M = dp::Measure;
  dp::DemandValue out = dp::EmptyDemand(item.kind);
  ObjectReader r(v, path, errors);
  std::visit(
      [&](auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, dp::TaskDemand>) {
          x.tasks = r.String("taken", Need::kOptional, dp::kMaxTextLength + 1).value_or("");
          x.frequency = Freq(r, item);
          x.aid_possible = Flag(r, item, M::kWithoutAid, dp::DemandField(M::kWithoutAid));
        } else if constexpr (std::is_same_v<T, dp::StaticDemand>) {
          x.minutes_per_day = Num(r, item, M::kMinutesPerDay, "min_per_dag");
          x.minutes_continuous = Num(r, item, M::kMinutesContinuous, "min_achtereen");
        } else if constexpr (std::is_same_v<T, dp::DynamicDemand>) {
          x.times = Num(r, item, M::kTimes, "keer");
          x.weight_kg = Num(r, item, M::kWeightKg, "kg");
          x.minutes_continuous = Num(r, item, M::kMinutesContinuous, "min_achtereen");
        } else if constexpr (std::is_same_v<T, dp::HoursDemand>) {
          x.hours_per_day = Num(r, item, M::kHoursPerDay, "uur_per_dag");
          x.hours_per_week = Num(r, item, M::kHoursPerWeek, "uur_per_week");
        } else if constexpr (std::is_same_v<T, dp::ShiftsDemand>) {
          x.shifts =
              ReadSet<dp::Shift>(r, "diensten", errors, dp::ParseShift).value_or(dp::ShiftSet{});
        } else if constexpr (std::is_same_v<T, dp::AdaptedStartDemand>) {
          x.possible = Flag(r, item, M::kFullStart, dp::DemandField(M::kFullStart));
        } else if constexpr (std::is_same_v<T, dp::MobilityDemand>) {
          x.modes =
              ReadSet<dp::Mode>(r, "vervoerswijzen", errors, dp::ParseMode).value_or(dp::ModeSet{});
          x.travel_minutes = Num(r, item, M::kTravelMinutes, "reistijd_min");
        }
      },
      out);
  r.Finish();
  return out;
}

dp::CapacityValue ReadCapacity(const json::value& v, const std::string& path,
                               const dp::ItemDefinition& item,
                               std::vector<core::FieldError>& errors) {
  using M = dp::Measure;
  dp::CapacityValue out = dp::EmptyCapacity(item.kind);
  ObjectReader r(v, path, errors);
  std::visit(
      [&](auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, dp::TaskCapacity>) {
          x.max_frequency = Freq(r, item);
          x.needs_aid = Flag(r, item, M::kWithoutAid, dp::CapacityField(M::kWithoutAid));
        } else if constexpr (std::is_same_v<T, dp::StaticCapacity>) {
          x.minutes_per_day = Num(r, item, M::kMinutesPerDay, "min_per_dag");
          x.minutes_continuous = Num(r, item, M::kMinutesContinuous, "min_achtereen");
        } else if constexpr (std::is_same_v<T, dp::DynamicCapacity>) {
          x.times = Num(r, item, M::kTimes, "keer");
          x.weight_kg = Num(r, item, M::kWeightKg, "kg");
          x.minutes_continuous = Num(r, item, M::kMinutesContinuous, "min_achtereen");
        } else if constexpr (std::is_same_v<T, dp::HoursCapacity>) {
          x.hours_per_day = Num(r, item, M::kHoursPerDay, "uur_per_dag");
          x.hours_per_week = Num(r, item, M::kHoursPerWeek, "uur_per_week");
        } else if constexpr (std::is_same_v<T, dp::ShiftsCapacity>) {
          x.shifts = ReadSet<dp::Shift>(r, "diensten", errors, dp::ParseShift);
        } else if constexpr (std::is_same_v<T, dp::AdaptedStartCapacity>) {
          x.needed = Flag(r, item, M::kFullStart, dp::CapacityField(M::kFullStart));
        } else if constexpr (std::is_same_v<T, dp::MobilityCapacity>) {
          x.modes = ReadSet<dp::Mode>(r, "vervoerswijzen", errors, dp::ParseMode);
          x.travel_minutes = Num(r, item, M::kTravelMinutes, "reistijd_min");
        }
      },
      out);
  r.Finish();
  return out;
}

json::value Number(double d) {
  if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9e15) {
    return json::value(static_cast<std::int64_t>(d));
  }
  return json::value(d);
}

template <class E>
json::array SetToJson(dp::FlagSet<E> set, std::span<const E> all) {
  json::array a;
  for (E e : all) {
    if (set.Has(e)) a.emplace_back(dp::ToCode(e));
  }
  return a;
}

void PutNum(json::object& o, std::string_view key, const std::optional<double>& v) {
  if (v) o[key] = Number(*v);
}

json::object DemandToJson(const dp::DemandValue& value) {
  json::object o;
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, dp::TaskDemand>) {
          if (!x.tasks.empty()) o["taken"] = x.tasks;
          if (x.frequency) o["frequentie"] = dp::ToCode(*x.frequency);
          if (x.aid_possible) o["hulpmiddel_mogelijk"] = *x.aid_possible;
        } else if constexpr (std::is_same_v<T, dp::StaticDemand>) {
          PutNum(o, "min_per_dag", x.minutes_per_day);
          PutNum(o, "min_achtereen", x.minutes_continuous);
        } else if constexpr (std::is_same_v<T, dp::DynamicDemand>) {
          PutNum(o, "keer", x.times);
          PutNum(o, "kg", x.weight_kg);
          PutNum(o, "min_achtereen", x.minutes_continuous);
        } else if constexpr (std::is_same_v<T, dp::HoursDemand>) {
          PutNum(o, "uur_per_dag", x.hours_per_day);
          PutNum(o, "uur_per_week", x.hours_per_week);
        } else if constexpr (std::is_same_v<T, dp::ShiftsDemand>) {
          if (!x.shifts.empty()) o["diensten"] = SetToJson(x.shifts, dp::AllShifts());
        } else if constexpr (std::is_same_v<T, dp::AdaptedStartDemand>) {
          if (x.possible) o["aangepaste_start_mogelijk"] = *x.possible;
        } else if constexpr (std::is_same_v<T, dp::MobilityDemand>) {
          if (!x.modes.empty()) o["vervoerswijzen"] = SetToJson(x.modes, dp::AllModes());
          PutNum(o, "reistijd_min", x.travel_minutes);
        }
      },
      value);
  return o;
}

json::object CapacityToJson(const dp::CapacityValue& value) {
  json::object o;
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, dp::TaskCapacity>) {
          if (x.max_frequency) o["frequentie"] = dp::ToCode(*x.max_frequency);
          if (x.needs_aid) o["hulpmiddel_nodig"] = *x.needs_aid;
        } else if constexpr (std::is_same_v<T, dp::StaticCapacity>) {
          PutNum(o, "min_per_dag", x.minutes_per_day);
          PutNum(o, "min_achtereen", x.minutes_continuous);
        } else if constexpr (std::is_same_v<T, dp::DynamicCapacity>) {
          PutNum(o, "keer", x.times);
          PutNum(o, "kg", x.weight_kg);
          PutNum(o, "min_achtereen", x.minutes_continuous);
        } else if constexpr (std::is_same_v<T, dp::HoursCapacity>) {
          PutNum(o, "uur_per_dag", x.hours_per_day);
          PutNum(o, "uur_per_week", x.hours_per_week);
        } else if constexpr (std::is_same_v<T, dp::ShiftsCapacity>) {
          if (x.shifts) o["diensten"] = SetToJson(*x.shifts, dp::AllShifts());
        } else if constexpr (std::is_same_v<T, dp::AdaptedStartCapacity>) {
          if (x.needed) o["aangepaste_start_nodig"] = *x.needed;
        } else if constexpr (std::is_same_v<T, dp::MobilityCapacity>) {
          if (x.modes) o["vervoerswijzen"] = SetToJson(*x.modes, dp::AllModes());
          PutNum(o, "reistijd_min", x.travel_minutes);
        }
      },
      value);
  return o;
}

}  // namespace

std::string_view DemandKey(dp::Measure m) { return dp::DemandField(m); }
std::string_view CapacityKey(dp::Measure m) { return dp::CapacityField(m); }

core::Result<dp::FunctionProfile> FunctionProfileFromJson(const dp::ItemCatalogue& catalogue,
                                                          const json::value& v) {
  std::vector<core::FieldError> errors;
  dp::FunctionProfile p;
  ObjectReader r(v, "", errors);
  p.code = r.String("code", Need::kOptional, dp::kMaxCodeLength).value_or("");
  p.title = r.String("title", Need::kRequired, dp::kMaxTitleLength).value_or("");
  p.organisation = r.String("organisation", Need::kOptional, dp::kMaxTitleLength).value_or("");
  p.hours_per_week = r.Number("hours_per_week", Need::kOptional, -kAnyNumber, kAnyNumber);
  p.wage_cents = r.Int("wage_cents", Need::kOptional, -1'000'000'000'000LL, 1'000'000'000'000LL);
  if (const json::array* items = r.Array("items", Need::kOptional, kMaxItemsInProfile)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string path = At("items", i);
      ObjectReader ir((*items)[i], path, errors);
      dp::ItemDemand d;
      d.item = ir.String("item", Need::kRequired, dp::kMaxCodeLength).value_or("");
      d.relevant = ir.Bool("relevant", Need::kRequired).value_or(false);
      d.note = ir.String("note", Need::kOptional, dp::kMaxTextLength + 1).value_or("");
      const dp::ItemDefinition* item = catalogue.Find(d.item);
      const json::value* demand = ir.Object("demand", Need::kOptional);
      if (item != nullptr) {
        d.value = demand != nullptr ? ReadDemand(*demand, ir.Child("demand"), *item, errors)
                                    : dp::EmptyDemand(item->kind);
      }
      // An unknown item keeps its entry: the domain validation reports "unknown_item".
      ir.Finish();
      p.items.push_back(std::move(d));
    }
  }
  r.Finish();
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "function profile"));
  WP_RETURN_IF_ERROR(dp::ValidateFunctionProfile(catalogue, p));
  return p;
}

core::Result<dp::FunctionProfile> ParseFunctionProfile(const dp::ItemCatalogue& catalogue,
                                                       std::string_view text) {
  WP_ASSIGN_OR_RETURN(json::value v, ParseJson(text));
  return FunctionProfileFromJson(catalogue, v);
}

json::value FunctionProfileToJson(const dp::ItemCatalogue& catalogue,
                                  const dp::FunctionProfile& p) {
  (void)catalogue;  // the values carry their kind; kept for symmetry with the reader
  json::object o;
  if (!p.code.empty()) o["code"] = p.code;
  o["title"] = p.title;
  if (!p.organisation.empty()) o["organisation"] = p.organisation;
  if (p.hours_per_week) o["hours_per_week"] = Number(*p.hours_per_week);
  if (p.wage_cents) o["wage_cents"] = *p.wage_cents;
  json::array items;
  for (const auto& d : p.items) {
    json::object jo;
    jo["item"] = d.item;
    jo["relevant"] = d.relevant;
    json::object demand = DemandToJson(d.value);
    if (!demand.empty()) jo["demand"] = std::move(demand);
    if (!d.note.empty()) jo["note"] = d.note;
    items.emplace_back(std::move(jo));
  }
  o["items"] = std::move(items);
  return o;
}

core::Result<dp::CapacityProfile> CapacityProfileFromJson(const dp::ItemCatalogue& catalogue,
                                                          const json::value& v) {
  std::vector<core::FieldError> errors;
  dp::CapacityProfile p;
  ObjectReader r(v, "", errors);
  if (auto s = r.Enum("source", Need::kOptional, {"formulier6", "fml", "izp", "bar"})) {
    p.source = *dp::ParseCapacitySource(*s);
  }
  if (auto m =
          r.Enum("moment", Need::kOptional, {"eerste_indruk", "herbeoordeling", "definitief"})) {
    p.moment = dp::ParseAssessmentMoment(*m);
  }
  p.date = r.Date("date", Need::kOptional);
  p.assessor = r.String("assessor", Need::kOptional, dp::kMaxTitleLength).value_or("");
  if (const json::array* items = r.Array("items", Need::kOptional, kMaxItemsInProfile)) {
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string path = At("items", i);
      ObjectReader ir((*items)[i], path, errors);
      dp::ItemAssessment a;
      a.item = ir.String("item", Need::kRequired, dp::kMaxCodeLength).value_or("");
      if (auto s = ir.Enum("status", Need::kOptional, Codes(dp::AllAssessmentStatuses()))) {
        a.status = *dp::ParseAssessmentStatus(*s);
      }
      a.unrestricted = ir.Bool("unrestricted", Need::kOptional).value_or(false);
      a.discipline = ir.String("discipline", Need::kOptional, dp::kMaxCodeLength).value_or("");
      a.assessor = ir.String("assessor", Need::kOptional, dp::kMaxTitleLength).value_or("");
      a.date = ir.Date("date", Need::kOptional);
      a.note = ir.String("note", Need::kOptional, dp::kMaxTextLength + 1).value_or("");
      const dp::ItemDefinition* item = catalogue.Find(a.item);
      const json::value* capacity = ir.Object("capacity", Need::kOptional);
      if (item != nullptr && capacity != nullptr) {
        a.value = ReadCapacity(*capacity, ir.Child("capacity"), *item, errors);
      }
      ir.Finish();
      p.items.push_back(std::move(a));
    }
  }
  r.Finish();
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "capacity profile"));
  WP_RETURN_IF_ERROR(dp::ValidateCapacityProfile(catalogue, p));
  return p;
}

core::Result<dp::CapacityProfile> ParseCapacityProfile(const dp::ItemCatalogue& catalogue,
                                                       std::string_view text) {
  WP_ASSIGN_OR_RETURN(json::value v, ParseJson(text));
  return CapacityProfileFromJson(catalogue, v);
}

json::value CapacityProfileToJson(const dp::ItemCatalogue& catalogue,
                                  const dp::CapacityProfile& p) {
  (void)catalogue;
  json::object o;
  o["source"] = dp::ToCode(p.source);
  if (p.moment) o["moment"] = dp::ToCode(*p.moment);
  if (p.date) o["date"] = core::FormatDate(*p.date);
  if (!p.assessor.empty()) o["assessor"] = p.assessor;
  json::array items;
  for (const auto& a : p.items) {
    json::object jo;
    jo["item"] = a.item;
    jo["status"] = dp::ToCode(a.status);
    if (a.value) jo["capacity"] = CapacityToJson(*a.value);
    if (a.unrestricted) jo["unrestricted"] = true;
    if (!a.discipline.empty()) jo["discipline"] = a.discipline;
    if (!a.assessor.empty()) jo["assessor"] = a.assessor;
    if (a.date) jo["date"] = core::FormatDate(*a.date);
    if (!a.note.empty()) jo["note"] = a.note;
    items.emplace_back(std::move(jo));
  }
  o["items"] = std::move(items);
  return o;
}

}  // namespace werkpad::codec::profiles
