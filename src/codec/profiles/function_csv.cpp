#include "codec/profiles/function_csv.hpp"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace werkpad::codec::profiles {

namespace dp = domain::profiles;

namespace {

// ---------------------------------------------------------------- records (libcsv)

struct Record {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

struct Collector {
  std::vector<Record> records;
  std::vector<std::string> fields;
  std::size_t record_start = 0;  // first line of the record being read (0: none yet)
  std::size_t line = 0;          // line being fed
};

void OnField(void* data, std::size_t len, void* out) {
  auto* c = static_cast<Collector*>(out);
  c->fields.emplace_back(data == nullptr ? "" : std::string(static_cast<const char*>(data), len));
}

void OnRecord(int /*terminator*/, void* out) {
  auto* c = static_cast<Collector*>(out);
  c->records.push_back({c->record_start != 0 ? c->record_start : c->line, std::move(c->fields)});
  c->fields.clear();
  c->record_start = 0;
}

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; });
}

// ',' or ';': whichever occurs more often outside quotes in the first line (Dutch spreadsheet
// programs write ';').
unsigned char Delimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char ch : text) {
    if (ch == '"') quoted = !quoted;
    if (quoted) continue;
    if (ch == '\n') break;
    if (ch == ',') ++commas;
    if (ch == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

// ---------------------------------------------------------------- columns

enum class ColumnKind {
  kCode,
  kTitle,
  kOrganisation,
  kHours,
  kWage,
  kRelevant,  // <item>.relevant
  kTasks,     // <item>.taken
  kMeasure,   // <item>.<demand field>
};

struct Column {
  std::string name;
  ColumnKind kind = ColumnKind::kCode;
  std::size_t item = 0;  // catalogue index for item columns
  dp::Measure measure = dp::Measure::kFrequency;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::optional<Column> ParseColumn(const dp::ItemCatalogue& cat, const std::string& name) {
  static const std::map<std::string, ColumnKind, std::less<>> kFixed = {
      {"code", ColumnKind::kCode},
      {"titel", ColumnKind::kTitle},
      {"organisatie", ColumnKind::kOrganisation},
      {"uren_per_week", ColumnKind::kHours},
      {"loon", ColumnKind::kWage}};
  if (auto it = kFixed.find(name); it != kFixed.end()) return Column{name, it->second, 0, {}};
  const auto dot = name.find('.');
  if (dot == std::string::npos) return std::nullopt;
  const auto index = cat.IndexOf(std::string_view(name).substr(0, dot));
  if (!index) return std::nullopt;
  const dp::ItemDefinition& item = cat.items[*index];
  const std::string_view field = std::string_view(name).substr(dot + 1);
  if (field == "relevant") return Column{name, ColumnKind::kRelevant, *index, {}};
  if (field == "taken" && item.kind == dp::ItemKind::kTask) {
    return Column{name, ColumnKind::kTasks, *index, {}};
  }
  for (dp::Measure m : item.measures) {
    if (dp::DemandField(m) == field) return Column{name, ColumnKind::kMeasure, *index, m};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- values

std::string Quote(std::string_view s) {
  constexpr std::size_t kShown = 40;
  if (s.size() > kShown) return "'" + std::string(s.substr(0, kShown)) + "…'";
  return "'" + std::string(s) + "'";
}

std::string Join(const std::vector<std::string_view>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) out += i + 1 == codes.size() ? " of " : ", ";
    out += codes[i];
  }
  return out;
}

// "12", "12.5", "12,5" (no thousands separators, no sign).
std::optional<double> ParseNumber(std::string_view s) {
  std::string t(s);
  std::replace(t.begin(), t.end(), ',', '.');
  if (t.empty() || std::count(t.begin(), t.end(), '.') > 1) return std::nullopt;
  if (!std::all_of(t.begin(), t.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.';
      })) {
    return std::nullopt;
  }
  if (t.front() == '.' || t.back() == '.') return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec != std::errc() || ptr != t.data() + t.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// Euro with at most two decimals -> cents: "2450", "2450,5", "2450.50". Exact (no floating point).
std::optional<std::int64_t> ParseEuro(std::string_view s) {
  std::string t(s);
  if (!t.empty() && t.rfind("€", 0) == 0) t = Trim(t.substr(std::string("€").size()));
  std::replace(t.begin(), t.end(), ',', '.');
  const auto dot = t.find('.');
  const std::string whole = t.substr(0, dot);
  const std::string frac = dot == std::string::npos ? "" : t.substr(dot + 1);
  auto digits = [](const std::string& x) {
    return std::all_of(x.begin(), x.end(),
                       [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
  };
  if (whole.empty() || whole.size() > 9 || !digits(whole) || frac.size() > 2 || !digits(frac) ||
      (dot != std::string::npos && frac.empty())) {
    return std::nullopt;
  }
  std::int64_t cents = std::stoll(whole) * 100;
  if (frac.size() == 1) cents += (frac[0] - '0') * 10;
  if (frac.size() == 2) cents += (frac[0] - '0') * 10 + (frac[1] - '0');
  return cents;
}

std::optional<bool> ParseYesNo(std::string_view s) {
  const std::string t = Lower(s);
  if (t == "ja" || t == "j") return true;
  if (t == "nee" || t == "n") return false;
  return std::nullopt;
}

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == '+' || ch == ' ' || ch == '|' || ch == '\t') {
      if (!cur.empty()) out.push_back(Lower(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(Lower(cur));
  return out;
}

// Dutch text for a domain validation error of one cell.
std::string DutchForDomainError(const dp::ItemCatalogue& cat, const core::FieldError& e,
                                const std::string& item_code, dp::Measure measure,
                                bool has_measure) {
  if (e.code == "out_of_range") {
    if (has_measure) {
      return "de waarde valt buiten het toegestane bereik (0 tot " +
             std::to_string(static_cast<long long>(dp::MaxValue(measure))) + ")";
    }
    return "de waarde valt buiten het toegestane bereik";
  }
  if (e.code == "required" && item_code.empty()) return "de titel ontbreekt";
  if (e.code == "required") {
    const auto* item = cat.Find(item_code);
    return "'" + (item ? item->label : item_code) +
           "' is relevant maar zonder eis: vul minstens één waarde in (hoe vaak, hoe lang, hoe "
           "zwaar)";
  }
  if (e.code == "not_relevant_with_value") {
    return "het item is als niet relevant ('nee') aangegeven maar er zijn waarden ingevuld";
  }
  if (e.code == "too_long") return "de tekst is te lang";
  return "ongeldige waarde (" + e.code + ")";
}

}  // namespace

FunctionCsvImport ParseFunctionCsv(const dp::ItemCatalogue& catalogue, std::string_view csv) {
  FunctionCsvImport out;
  std::size_t dropped = 0;
  auto error = [&](std::size_t line, std::string column, std::string code, std::string text) {
    if (out.errors.size() >= kMaxCsvErrors) {
      ++dropped;
      return;
    }
    std::string prefix = "regel " + std::to_string(line);
    if (!column.empty()) prefix += ", kolom " + column;
    out.errors.push_back({line, std::move(column), std::move(code), prefix + ": " + text});
  };
  auto finish = [&] {
    if (dropped > 0) {
      out.errors.push_back(
          {0, "", "too_many_errors", "nog " + std::to_string(dropped) + " fouten niet getoond"});
    }
    return out;
  };

  if (csv.size() > kMaxCsvBytes) {
    error(0, "", "too_large", "het bestand is groter dan 64 MB");
    return finish();
  }
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);  // UTF-8 byte order mark

  // ---- records, with the line each starts on
  Collector col;
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    error(0, "", "internal", "de CSV-lezer kon niet starten");
    return finish();
  }
  csv_set_delim(&parser, Delimiter(csv));
  bool broken = false;
  std::size_t pos = 0;
  while (pos < csv.size()) {
    const std::size_t nl = csv.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? csv.size() : nl + 1;
    const std::string_view line = csv.substr(pos, end - pos);
    ++col.line;
    if (col.record_start == 0 && !(Blank(line) && col.fields.empty())) col.record_start = col.line;
    if (csv_parse(&parser, line.data(), line.size(), OnField, OnRecord, &col) != line.size()) {
      error(col.record_start != 0 ? col.record_start : col.line, "", "malformed_csv",
            "ongeldige CSV (" + std::string(csv_strerror(csv_error(&parser))) +
                ", bijvoorbeeld een aanhalingsteken midden in een waarde); de rest van het "
                "bestand is niet gelezen");
      broken = true;
      break;
    }
    pos = end;
  }
  if (!broken && csv_fini(&parser, OnField, OnRecord, &col) != 0) {
    error(col.record_start != 0 ? col.record_start : col.line, "", "malformed_csv",
          "een waarde tussen aanhalingstekens wordt niet afgesloten");
    broken = true;
  }
  csv_free(&parser);
  if (col.records.empty()) {
    if (!broken) error(1, "", "empty", "het bestand is leeg: er is geen kopregel");
    return finish();
  }

  // ---- header
  const Record& header = col.records.front();
  std::vector<Column> columns;
  std::set<std::string> seen;
  bool header_ok = true;
  bool has_title = false;
  for (const auto& raw : header.fields) {
    const std::string name = Lower(Trim(raw));
    auto c = ParseColumn(catalogue, name);
    if (!c) {
      error(header.line, name, "unknown_column",
            "onbekende kolom " + Quote(name) +
                " (zie docs/function-catalogue-csv.md voor de kolomnamen)");
      header_ok = false;
      continue;
    }
    if (!seen.insert(name).second) {
      error(header.line, name, "duplicate_column", "de kolom komt twee keer voor");
      header_ok = false;
    }
    has_title = has_title || c->kind == ColumnKind::kTitle;
    columns.push_back(*c);
  }
  if (!has_title) {
    error(header.line, "titel", "required", "de verplichte kolom 'titel' ontbreekt");
    header_ok = false;
  }
  if (!header_ok) return finish();
  if (col.records.size() == 1 && !broken) {
    error(header.line, "", "empty", "er staan geen functies onder de kopregel");
    return finish();
  }

  // ---- rows
  std::map<std::string, std::size_t> codes;  // code -> line of first use
  for (std::size_t r = 1; r < col.records.size(); ++r) {
    const Record& rec = col.records[r];
    if (std::all_of(rec.fields.begin(), rec.fields.end(),
                    [](const std::string& f) { return Blank(f); })) {
      continue;  // an empty row (";;;;" from a spreadsheet)
    }
    ++out.rows;
    const std::size_t errors_before = out.errors.size() + dropped;
    if (rec.fields.size() != columns.size()) {
      error(rec.line, "", "column_count",
            std::to_string(rec.fields.size()) + " kolommen, de kopregel heeft er " +
                std::to_string(columns.size()));
      continue;
    }
    dp::FunctionProfile p;
    // Per catalogue item: the demand being built, whether any value was given, relevance.
    struct Pending {
      dp::ItemDemand demand;
      bool used = false;
      bool any_value = false;
      std::optional<bool> relevant;
      std::string first_column;
    };
    std::map<std::size_t, Pending> pending;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const Column& c = columns[k];
      const std::string value = Trim(rec.fields[k]);
      switch (c.kind) {
        case ColumnKind::kCode:
          p.code = value;
          continue;
        case ColumnKind::kTitle:
          p.title = value;
          continue;
        case ColumnKind::kOrganisation:
          p.organisation = value;
          continue;
        case ColumnKind::kHours:
          if (value.empty()) continue;
          if (auto v = ParseNumber(value)) {
            p.hours_per_week = *v;
          } else {
            error(rec.line, c.name, "invalid_number", Quote(value) + " is geen getal");
          }
          continue;
        case ColumnKind::kWage:
          if (value.empty()) continue;
          if (auto v = ParseEuro(value)) {
            p.wage_cents = *v;
          } else {
            error(rec.line, c.name, "invalid_amount",
                  Quote(value) + " is geen bedrag in euro (bijvoorbeeld 2450 of 2450,50)");
          }
          continue;
        default:
          break;
      }
      const dp::ItemDefinition& item = catalogue.items[c.item];
      Pending& pd = pending[c.item];
      if (!pd.used) {
        pd.used = true;
        pd.first_column = c.name;
        pd.demand.item = item.code;
        pd.demand.value = dp::EmptyDemand(item.kind);
      }
      if (value.empty()) continue;
      if (c.kind == ColumnKind::kRelevant) {
        if (auto yes = ParseYesNo(value)) {
          pd.relevant = *yes;
        } else {
          error(rec.line, c.name, "invalid_yes_no", Quote(value) + " is geen ja of nee");
        }
        continue;
      }
      pd.any_value = true;
      if (c.kind == ColumnKind::kTasks) {
        std::get<dp::TaskDemand>(pd.demand.value).tasks = value;
        continue;
      }
      // A measure.
      using M = dp::Measure;
      auto& v = pd.demand.value;
      switch (c.measure) {
        case M::kFrequency: {
          if (auto f = dp::ParseFrequency(Lower(value))) {
            std::get<dp::TaskDemand>(v).frequency = *f;
          } else {
            std::vector<std::string_view> codes_list;
            for (auto fr : dp::AllFrequencies()) codes_list.push_back(dp::ToCode(fr));
            error(rec.line, c.name, "invalid_frequency",
                  Quote(value) + " is geen frequentie (kies " + Join(codes_list) + ")");
          }
          break;
        }
        case M::kWithoutAid:
        case M::kFullStart: {
          auto yes = ParseYesNo(value);
          if (!yes) {
            error(rec.line, c.name, "invalid_yes_no", Quote(value) + " is geen ja of nee");
          } else if (c.measure == M::kWithoutAid) {
            std::get<dp::TaskDemand>(v).aid_possible = *yes;
          } else {
            std::get<dp::AdaptedStartDemand>(v).possible = *yes;
          }
          break;
        }
        case M::kShifts:
        case M::kModes: {
          std::uint8_t bits = 0;
          std::vector<std::string_view> allowed;
          bool ok = true;
          for (const auto& tok : Tokens(value)) {
            if (c.measure == M::kShifts) {
              if (auto s = dp::ParseShift(tok)) {
                bits |= static_cast<std::uint8_t>(*s);
                continue;
              }
              for (auto s : dp::AllShifts()) allowed.push_back(dp::ToCode(s));
            } else {
              if (auto m = dp::ParseMode(tok)) {
                bits |= static_cast<std::uint8_t>(*m);
                continue;
              }
              for (auto m : dp::AllModes()) allowed.push_back(dp::ToCode(m));
            }
            error(rec.line, c.name, "invalid_code",
                  Quote(tok) + " is geen " +
                      (c.measure == M::kShifts ? "dienst" : "vervoerswijze") + " (kies uit " +
                      Join(allowed) + ", gescheiden door +)");
            ok = false;
            break;
          }
          if (!ok) break;
          if (c.measure == M::kShifts) {
            std::get<dp::ShiftsDemand>(v).shifts.bits = bits;
          } else {
            std::get<dp::MobilityDemand>(v).modes.bits = bits;
          }
          break;
        }
        default: {
          auto n = ParseNumber(value);
          if (!n) {
            error(rec.line, c.name, "invalid_number", Quote(value) + " is geen getal");
            break;
          }
          std::visit(
              [&](auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, dp::StaticDemand>) {
                  (c.measure == M::kMinutesPerDay ? x.minutes_per_day : x.minutes_continuous) = *n;
                } else if constexpr (std::is_same_v<T, dp::DynamicDemand>) {
                  if (c.measure == M::kTimes) x.times = *n;
                  if (c.measure == M::kWeightKg) x.weight_kg = *n;
                  if (c.measure == M::kMinutesContinuous) x.minutes_continuous = *n;
                } else if constexpr (std::is_same_v<T, dp::HoursDemand>) {
                  (c.measure == M::kHoursPerDay ? x.hours_per_day : x.hours_per_week) = *n;
                } else if constexpr (std::is_same_v<T, dp::MobilityDemand>) {
                  x.travel_minutes = *n;
                }
              },
              v);
        }
      }
    }
    if (out.errors.size() + dropped != errors_before) continue;  // value errors: row left out

    // Items in catalogue order: relevant when marked so, or unmarked with values.
    std::vector<std::string> item_of_entry;  // p.items index -> first column of that item
    for (auto& [index, pd] : pending) {
      if (!pd.used) continue;
      if (!pd.relevant && !pd.any_value) continue;  // nothing said about this item
      pd.demand.relevant = pd.relevant.value_or(true);
      p.items.push_back(std::move(pd.demand));
      item_of_entry.push_back(pd.first_column);
    }

    // Domain rules, each error translated to its column.
    auto st = dp::ValidateFunctionProfile(catalogue, p);
    if (!st.ok()) {
      for (const auto& e : st.error().fields) {
        std::string column;
        std::string item_code;
        dp::Measure measure = dp::Measure::kFrequency;
        bool has_measure = false;
        if (e.path == "title") column = "titel";
        if (e.path == "code") column = "code";
        if (e.path == "organisation") column = "organisatie";
        if (e.path == "hours_per_week") column = "uren_per_week";
        if (e.path == "wage_cents") column = "loon";
        if (e.path.rfind("items[", 0) == 0) {
          const std::size_t k = std::stoul(e.path.substr(6));
          item_code = p.items[k].item;
          column = item_of_entry[k];
          const auto field_at = e.path.find(".demand.");
          if (field_at != std::string::npos) {
            const std::string field = e.path.substr(field_at + 8);
            column = item_code + "." + field;
            for (dp::Measure m : dp::AllMeasures()) {
              if (dp::DemandField(m) == field) {
                measure = m;
                has_measure = true;
              }
            }
          } else if (e.code == "not_relevant_with_value") {
            column = item_code + ".relevant";
          }
        }
        error(rec.line, column, e.code,
              DutchForDomainError(catalogue, e, item_code, measure, has_measure));
      }
      continue;
    }
    if (!p.code.empty()) {
      auto [it, inserted] = codes.emplace(p.code, rec.line);
      if (!inserted) {
        error(rec.line, "code", "duplicate_code",
              "code " + Quote(p.code) + " staat al op regel " + std::to_string(it->second));
        continue;
      }
    }
    out.functions.push_back(std::move(p));
    out.lines.push_back(rec.line);
  }
  return finish();
}

std::string FunctionCsvTemplateHeader(const dp::ItemCatalogue& catalogue) {
  std::string h = "code,titel,organisatie,uren_per_week,loon";
  for (const auto& item : catalogue.items) {
    h += "," + item.code + ".relevant";
    if (item.kind == dp::ItemKind::kTask) h += "," + item.code + ".taken";
    for (dp::Measure m : item.measures)
      h += "," + item.code + "." + std::string(dp::DemandField(m));
  }
  return h;
}

}  // namespace werkpad::codec::profiles
