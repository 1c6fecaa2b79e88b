#include "domain/indication/aow.hpp"

#include <array>

namespace werkpad::domain::indication {

namespace {

using namespace std::chrono;

constexpr core::Date D(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

// Source: see aow.hpp (Rijksoverheid tables; Wet temporisering verhoging AOW-leeftijd 2019;
// Kamerbrieven SZW November 2024 and November 2025). Checked 2026-11-23.
constexpr std::array<AowRow, 20> kTable = {{
    {D(1948, 1, 1), D(1948, 11, 30), 2013, {65, 1, true}},
    {D(1948, 12, 1), D(1949, 10, 31), 2014, {65, 2, true}},
    {D(1949, 11, 1), D(1950, 9, 30), 2015, {65, 3, true}},
    {D(1950, 10, 1), D(1951, 6, 30), 2016, {65, 6, true}},
    {D(1951, 7, 1), D(1952, 3, 31), 2017, {65, 9, true}},
    {D(1952, 4, 1), D(1952, 12, 31), 2018, {66, 0, true}},
    {D(1953, 1, 1), D(1953, 8, 31), 2019, {66, 4, true}},
    {D(1953, 9, 1), D(1954, 8, 31), 2020, {66, 4, true}},
    {D(1954, 9, 1), D(1955, 8, 31), 2021, {66, 4, true}},
    {D(1955, 9, 1), D(1956, 5, 31), 2022, {66, 7, true}},
    {D(1956, 6, 1), D(1957, 2, 28), 2023, {66, 10, true}},
    {D(1957, 3, 1), D(1957, 12, 31), 2024, {67, 0, true}},
    {D(1958, 1, 1), D(1958, 12, 31), 2025, {67, 0, true}},
    {D(1959, 1, 1), D(1959, 12, 31), 2026, {67, 0, true}},
    {D(1960, 1, 1), D(1960, 12, 31), 2027, {67, 0, true}},
    {D(1961, 1, 1), D(1961, 9, 30), 2028, {67, 3, true}},
    {D(1961, 10, 1), D(1962, 9, 30), 2029, {67, 3, true}},
    {D(1962, 10, 1), D(1963, 9, 30), 2030, {67, 3, true}},
    {D(1963, 10, 1), D(1964, 9, 30), 2031, {67, 3, true}},
    // 2032 and later: not fixed yet (see AowAgeFor).
    {D(1964, 10, 1), D(1964, 10, 1), 0, {67, 3, false}},  // sentinel, not part of AowTable()
}};

constexpr std::size_t kFixedRows = kTable.size() - 1;

bool OnOrBefore(core::Date a, core::Date b) { return sys_days{a} <= sys_days{b}; }

}  // namespace

std::span<const AowRow> AowTable() { return std::span<const AowRow>(kTable.data(), kFixedRows); }

core::Date LastFixedBirthDate() { return kTable[kFixedRows - 1].born_to; }

AowAge AowAgeFor(core::Date birth) {
  if (!OnOrBefore(kTable.front().born_from, birth)) return AowAge{65, 0, true};  // before 1948
  for (std::size_t i = 0; i < kFixedRows; ++i) {
    if (OnOrBefore(birth, kTable[i].born_to)) return kTable[i].age;
  }
  // Beyond the fixed table: provisional lower bound (the AOW age cannot go down; AOW art. 7a).
  return kTable.back().age;
}

core::Date AddYearsMonths(core::Date birth, int years, int months) {
  year_month ym =
      year_month{birth.year(), birth.month()} + std::chrono::months{years * 12 + months};
  year_month_day candidate{ym.year(), ym.month(), birth.day()};
  if (candidate.ok()) return candidate;
  // The day does not exist in that month (31st, 30th, 29 February): the first of the next month.
  year_month following = ym + std::chrono::months{1};
  return year_month_day{following.year(), following.month(), day{1}};
}

core::Date AowDate(core::Date birth) {
  AowAge age = AowAgeFor(birth);
  return AddYearsMonths(birth, age.years, age.months);
}

}  // namespace werkpad::domain::indication
