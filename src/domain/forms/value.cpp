#include "domain/forms/value.hpp"

#include <array>
#include <cctype>

namespace werkpad::domain::forms {

namespace {
constexpr std::array kUnits = {DurationUnit::kDays, DurationUnit::kWeeks, DurationUnit::kMonths};

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;
}  // namespace

std::string_view ToCode(DurationUnit unit) {
  switch (unit) {
    case DurationUnit::kDays:
      return "days";
    case DurationUnit::kWeeks:
      return "weeks";
    case DurationUnit::kMonths:
      return "months";
  }
  return "weeks";
}

std::optional<DurationUnit> ParseDurationUnit(std::string_view code) {
  for (DurationUnit u : kUnits) {
    if (ToCode(u) == code) return u;
  }
  return std::nullopt;
}

std::span<const DurationUnit> AllDurationUnits() { return kUnits; }

core::Date AddDuration(core::Date start, Duration d) {
  using namespace std::chrono;
  switch (d.unit) {
    case DurationUnit::kDays:
      return core::AddDays(start, static_cast<int>(d.amount));
    case DurationUnit::kWeeks:
      return core::AddDays(start, static_cast<int>(d.amount * 7));
    case DurationUnit::kMonths: {
      year_month ym = year_month{start.year(), start.month()} + months{d.amount};
      day last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
      return year_month_day{ym.year(), ym.month(), start.day() > last ? last : start.day()};
    }
  }
  return start;
}

bool IsAnswered(const Value& v) {
  return std::visit(Overloaded{
                        [](const std::string& s) {
                          for (char c : s) {
                            if (!std::isspace(static_cast<unsigned char>(c))) return true;
                          }
                          return false;
                        },
                        [](const std::vector<std::string>& l) { return !l.empty(); },
                        [](const std::vector<Row>& rows) { return !rows.empty(); },
                        [](const auto&) { return true; },
                    },
                    v);
}

std::string_view ValueKindName(const Value& v) {
  return std::visit(Overloaded{
                        [](const std::string&) { return std::string_view("string"); },
                        [](bool) { return std::string_view("bool"); },
                        [](double) { return std::string_view("number"); },
                        [](const std::vector<std::string>&) { return std::string_view("list"); },
                        [](const Duration&) { return std::string_view("duration"); },
                        [](const core::Date&) { return std::string_view("date"); },
                        [](const std::vector<Row>&) { return std::string_view("rows"); },
                    },
                    v);
}

std::string DescribeValue(const Value& v) {
  return std::visit(
      Overloaded{
          [](const std::string& s) { return "\"" + s + "\""; },
          [](bool b) { return std::string(b ? "true" : "false"); },
          [](double d) { return std::to_string(d); },
          [](const std::vector<std::string>& l) {
            std::string out = "[";
            for (std::size_t i = 0; i < l.size(); ++i) {
              if (i > 0) out += ", ";
              out += l[i];
            }
            return out + "]";
          },
          [](const Duration& d) {
            return std::to_string(d.amount) + " " + std::string(ToCode(d.unit));
          },
          [](const core::Date& d) { return core::FormatDate(d); },
          [](const std::vector<Row>& rows) { return std::to_string(rows.size()) + " rows"; },
      },
      v);
}

}  // namespace werkpad::domain::forms
