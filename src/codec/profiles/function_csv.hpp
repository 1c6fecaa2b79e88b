#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/profile.hpp"

namespace werkpad::codec::profiles {

// CSV import of a function catalogue (alternative functions): one function per row, one column
// per (item, measure). Format documented in docs/function-catalogue-csv.md, example in
// resources/profiles/functiecatalogus-voorbeeld.csv. Parsed with libcsv (RFC 4180 quoting);
// the delimiter is ',' or ';' (taken from the header line). Summary:
//
//   code;titel;organisatie;uren_per_week;loon;tillen.kg;tillen.keer;zitten.min_achtereen;...
//
//   - "titel" is required; "code", "organisatie", "uren_per_week", "loon" (euro per month,
//     "2450", "2450,50" or "2450.50") optional columns;
//   - item columns "<item>.<field>" with the DemandField of its measures (values.hpp), plus
//     "<item>.taken" (task items: in which tasks) and "<item>.relevant" ("ja"/"nee");
//   - an item is relevant when "<item>.relevant" is "ja", or, without that column or with it
//     empty, when any of its columns has a value; "nee" with values is an error;
//   - numbers with '.' or ',' as decimal separator; frequency codes zelden/soms/regelmatig/vaak/
//     voortdurend; yes/no as "ja"/"nee"; sets (diensten, vervoerswijzen) as codes separated by
//     '+' or spaces: "dag+avond+nacht".
//
// Every data row is checked on its own (values, then ValidateFunctionProfile): a bad row gives
// one or more errors with its line number and column and is left out; good rows are returned.
// The caller decides whether to import when errors are present. Header problems (missing
// "titel", unknown or duplicate columns, no data) are errors on line 1 and then no rows are read.

struct CsvError {
  std::size_t line = 0;  // 1-based physical line where the row starts
  std::string column;    // header name, empty for the whole row
  std::string code;      // machine code: "required", "invalid_number", "unknown_column", ...
  std::string message;   // Dutch, for the user: "regel 7, kolom tillen.kg: 'veel' is geen getal"

  friend bool operator==(const CsvError&, const CsvError&) = default;
};

struct FunctionCsvImport {
  std::vector<domain::profiles::FunctionProfile> functions;  // good rows, in file order
  std::vector<std::size_t> lines;                            // line of each good row
  std::vector<CsvError> errors;                              // in line order
  std::size_t rows = 0;                                      // data rows seen (good + bad)
};

inline constexpr std::size_t kMaxCsvBytes = 64 * 1024 * 1024;
inline constexpr std::size_t kMaxCsvErrors = 1000;  // further errors are counted, not listed

// Never fails as a whole: problems are in `errors` (a file above kMaxCsvBytes gives one error on
// line 0). `rows` counts every data row; errors beyond kMaxCsvErrors are dropped, and the last
// error then says how many were left out.
FunctionCsvImport ParseFunctionCsv(const domain::profiles::ItemCatalogue& catalogue,
                                   std::string_view csv);

// The header line (with ',' as delimiter) of every column the catalogue allows, in catalogue
// order: for the example file and for the UI's "download template".
std::string FunctionCsvTemplateHeader(const domain::profiles::ItemCatalogue& catalogue);

}  // namespace werkpad::codec::profiles
