#pragma once

#include <span>
#include <string_view>

#include "core/date.hpp"

namespace werkpad::domain::indication {

// The statutory state-pension age (AOW-leeftijd, Algemene Ouderdomswet art. 7a) by birth date.
// The handbook says AGR is for revalidanten "tussen de 18 en 67 jaar" (ch. 3); the AOW age has
// been above or below 67 for many birth cohorts, so werkpad uses the real table.
//
// Sources (checked 2026-11-23):
//  - Rijksoverheid, "Wanneer gaat mijn AOW in?" (rijksoverheid.nl/onderwerpen/
//    algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in): table 2024-2029 with
//    birth-date ranges.
//  - Rijksoverheid, "AOW-leeftijd stijgt minder snel" (Wet temporisering verhoging AOW-leeftijd,
//    Stb. 5 July 2019): 2020 and 2021 66 years 4 months, 2022 66+7, 2023 66+10, 2024 67, with the
//    birth-date ranges.
//  - Earlier steps 2013-2019 (Wet versnelling stapsgewijze verhoging AOW-leeftijd), as published
//    by Rijksoverheid/SVB: 65+1 .. 66+4.
//  - Minister of SZW, Kamerbrief November 2024: 2030 stays 67 years 3 months; announcement of
//    November 2025 (CBS life-expectancy forecast for 2031: 21.02 years): 2031 stays 67+3.
//  - Ages reached from a birthday on a day the target month lacks: the day after the month's last
//    day (Rijksoverheid/Wikipedia example: born 31 August 1950 reaches 65 years 3 months on
//    1 December 2015), consistent with core::AgeInYears for 29 February.
//
// Beyond the fixed table (birth dates on or after 1 October 1964, who would reach the age in 2032
// or later): the minister fixes each year's age five years ahead (art. 7a lid 2), and the age
// cannot go down by law. So werkpad uses the last fixed age, 67 years and 3 months, as a
// PROVISIONAL lower bound and marks the result `fixed = false`. This matters only for people born
// after September 1964 and only from 2031 on; the table must be extended every November when the
// next year is fixed (see docs/agr-route.md).

struct AowAge {
  int years = 67;
  int months = 0;
  bool fixed = true;  // false: provisional (birth date beyond the legally fixed table)

  friend bool operator==(const AowAge&, const AowAge&) = default;
};

// One row of the table: people born in [born_from, born_to] reach the AOW age `age` in `year`.
struct AowRow {
  core::Date born_from;
  core::Date born_to;
  int year;  // the calendar year in which this cohort reaches its AOW age (0: before 2013)
  AowAge age;
};

// The fixed table, in birth-date order, contiguous from 1 January 1948 (everyone born earlier:
// 65 years). Last row: born up to 30 September 1964, reaching 67 years 3 months in 2031.
std::span<const AowRow> AowTable();

// The AOW age for someone born on `birth`. REQUIRES: birth.ok()
AowAge AowAgeFor(core::Date birth);

// `birth` plus `years` and `months`: the same day of the month; when that day does not exist in
// the target month, the first day of the next month. REQUIRES: birth.ok()
core::Date AddYearsMonths(core::Date birth, int years, int months);

// The date on which someone born on `birth` reaches the AOW age (the first day of AOW; the boundary
// AGR uses). REQUIRES: birth.ok()
core::Date AowDate(core::Date birth);

// The last birth date covered by the fixed table (30 September 1964).
core::Date LastFixedBirthDate();

// Where the table comes from, for display next to a computed boundary.
inline constexpr std::string_view kAowSource =
    "Rijksoverheid 'Wanneer gaat mijn AOW in?' en Wet temporisering verhoging AOW-leeftijd; "
    "AOW-leeftijd vastgesteld t/m 2031 (67 jaar en 3 maanden); gecontroleerd 2026-11-23";

}  // namespace werkpad::domain::indication
