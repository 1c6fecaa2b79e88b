#include "cli/rules/poortwachter_command.hpp"

#include <boost/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/rules/text.hpp"
#include "core/dutch_date.hpp"
#include "domain/poortwachter/deadlines.hpp"

namespace werkpad::cli {

namespace pw = domain::poortwachter;

namespace {

struct Options {
  std::vector<std::string> ziek;
  std::string vandaag;
  std::vector<std::string> gedaan;
  bool internal_return_expected = false;
  int signal_window_days = 14;
  bool json = false;
};

// Dutch label of a milestone key for the table.
std::string_view StepLabel(std::string_view key) {
  namespace k = pw::keys;
  if (key == k::kZiekmelding) return "Ziekmelding bij arbodienst/bedrijfsarts";
  if (key == k::kProbleemanalyse) return "Probleemanalyse";
  if (key == k::kPlanVanAanpak) return "Plan van aanpak";
  if (key == k::kEvaluatie) return "Evaluatie plan van aanpak";
  if (key == k::kArbeidsdeskundigOnderzoek) return "Arbeidsdeskundig onderzoek (mogelijk)";
  if (key == k::kMelding42eWeek) return "42e-weeksmelding bij UWV";
  if (key == k::kUwvBriefEerstejaarsevaluatie) return "Brief UWV over eerstejaarsevaluatie";
  if (key == k::kEerstejaarsevaluatie) return "Eerstejaarsevaluatie";
  if (key == k::kSpoor2) return "Start spoor 2";
  if (key == k::kVervroegdeIva) return "Vervroegde IVA-aanvraag (mogelijk)";
  if (key == k::kUwvBriefWia) return "Brief UWV 'binnenkort 2 jaar ziek'";
  if (key == k::kActueelOordeel) return "Actueel oordeel bedrijfsarts";
  if (key == k::kEindevaluatie) return "Eindevaluatie";
  if (key == k::kWiaAanvraag) return "WIA-aanvraag met re-integratieverslag";
  if (key == k::kUwvBeschikking) return "Beschikking UWV";
  if (key == k::kEindeWachttijd) return "Einde wachttijd (104 weken)";
  return key;
}

std::string StatusText(const pw::Milestone& m) {
  using S = pw::MilestoneStatus;
  switch (m.status) {
    case S::kDone: {
      std::string s = "gedaan " + core::FormatDate(*m.done_on);
      return m.late ? s + " (te laat)" : s;
    }
    case S::kUpcoming:
      return "gepland";
    case S::kOpen:
      return "mogelijk";
    case S::kDue:
      return "nu doen";
    case S::kOverdue:
      return "TE LAAT";
    case S::kExpired:
      return "verlopen";
    case S::kPassed:
      return "voorbij";
    case S::kNotApplicable:
      return "n.v.t.";
  }
  return "";
}

std::string Who(const pw::Milestone& m) {
  if (m.responsible.empty()) return "-";
  std::string s;
  for (pw::Party p : m.responsible) {
    if (!s.empty()) s += " + ";
    s += pw::ToCode(p);
  }
  return s;
}

// Parses "START[:END]". Returns nullopt and writes a message when malformed.
std::optional<pw::Episode> ParseEpisode(const std::string& text, std::ostream& err) {
  std::string_view t = text;
  auto colon = t.find(':');
  std::string_view start_text = t.substr(0, colon);
  auto start = core::ParseDate(start_text);
  if (!start) {
    err << "fout: --ziek " << text << ": '" << start_text
        << "' is geen geldige datum (verwacht JJJJ-MM-DD)\n";
    return std::nullopt;
  }
  pw::Episode e{*start, std::nullopt, 100};
  if (colon != std::string_view::npos) {
    std::string_view end_text = t.substr(colon + 1);
    auto end = core::ParseDate(end_text);
    if (!end) {
      err << "fout: --ziek " << text << ": '" << end_text
          << "' is geen geldige datum (verwacht JJJJ-MM-DD)\n";
      return std::nullopt;
    }
    e.end = *end;
  }
  return e;
}

// "episodes[2].end" -> "--ziek <text of the third --ziek>"; "steps.x" -> "--gedaan x".
std::string Where(const core::FieldError& f, const Options& o) {
  constexpr std::string_view kEpisodes = "episodes[";
  if (f.path.rfind(kEpisodes, 0) == 0) {
    std::size_t i = std::stoul(f.path.substr(kEpisodes.size()));
    if (i < o.ziek.size()) return "--ziek " + o.ziek[i];
  }
  if (f.path == "episodes") return "--ziek";
  if (f.path.rfind("steps.", 0) == 0) return "--gedaan " + f.path.substr(6);
  if (f.path == "options.signal_window_days") return "--signaal";
  return f.path;
}

std::string Explain(const core::FieldError& f, core::Date today) {
  const std::string& c = f.code;
  if (c == "required") return "geef minstens een ziekteperiode met --ziek";
  if (c == "end_before_start") return "de laatste ziektedag ligt voor de eerste ziektedag";
  if (c == "overlap") return "overlapt met een andere ziekteperiode";
  if (c == "in_future") return "ligt na vandaag (" + core::FormatDate(today) + ")";
  if (c == "out_of_range") return "buiten het toegestane bereik";
  if (c == "invalid_date") return "geen geldige datum";
  if (c == "before_first_sick_day") return "ligt voor de eerste ziektedag van de huidige periode";
  if (c == "before_probleemanalyse") return "ligt voor de probleemanalyse";
  if (c == "before_plan_van_aanpak") return "ligt voor het plan van aanpak";
  if (c == "unknown_step") return "onbekende stap";
  return f.message;
}

void PrintTable(const pw::Timeline& t, std::ostream& out) {
  out << "Poortwachter-tijdlijn\n";
  out << "Eerste ziektedag:  " << DateWithWeekday(t.period.first_sick_day()) << "\n";
  out << "Vandaag:           " << DateWithWeekday(t.today) << ", ziekteweek " << t.current_week
      << (t.recovered ? " (hersteld gemeld)" : "") << "\n";
  if (t.period.total_gap_days() > 0) {
    out << "Onderbrekingen:    " << t.period.total_gap_days()
        << " dagen (korter dan 4 weken: telling loopt door, termijnen schuiven op)\n";
  }
  out << "Einde wachttijd:   " << DateWithWeekday(t.einde_wachttijd) << "\n";
  out << "WIA-ingangsdatum:  " << DateWithWeekday(t.wia_ingangsdatum) << "\n\n";

  out << PadRight("Week", 5) << PadRight("Uiterlijk", 17) << PadRight("Wie", 27)
      << PadRight("Stap", 41) << "Status\n";
  for (const pw::Milestone& m : t.milestones) {
    std::string label(StepLabel(m.key));
    if (m.key == pw::keys::kEvaluatie) label += " " + std::to_string(m.sequence);
    std::string when = DateWithWeekday(m.due);
    if (m.kind == pw::MilestoneKind::kOption) when = "vanaf " + core::FormatDate(m.due);
    out << PadLeft(std::to_string(m.week), 4) << " " << PadRight(when, 17) << PadRight(Who(m), 27)
        << PadRight(label, 41) << StatusText(m) << "\n";
    if (m.opens) out << "     (mogelijk vanaf " << DateWithWeekday(*m.opens) << ")\n";
  }
}

boost::json::object ToJson(const pw::Timeline& t) {
  boost::json::object o;
  o["first_sick_day"] = core::FormatDate(t.period.first_sick_day());
  o["today"] = core::FormatDate(t.today);
  o["current_week"] = t.current_week;
  o["recovered"] = t.recovered;
  o["gap_days"] = t.period.total_gap_days();
  o["einde_wachttijd"] = core::FormatDate(t.einde_wachttijd);
  o["wia_ingangsdatum"] = core::FormatDate(t.wia_ingangsdatum);
  boost::json::array milestones;
  for (const pw::Milestone& m : t.milestones) {
    boost::json::object j;
    j["key"] = m.key;
    if (m.sequence > 0) j["sequence"] = m.sequence;
    j["week"] = m.week;
    j["due"] = core::FormatDate(m.due);
    if (m.opens) j["opens"] = core::FormatDate(*m.opens);
    j["kind"] = pw::ToCode(m.kind);
    boost::json::array who;
    for (pw::Party p : m.responsible) who.emplace_back(pw::ToCode(p));
    j["responsible"] = std::move(who);
    if (m.document.empty()) {
      j["document"] = nullptr;
    } else {
      j["document"] = m.document;
    }
    j["status"] = pw::ToCode(m.status);
    if (m.done_on) j["done_on"] = core::FormatDate(*m.done_on);
    j["late"] = m.late;
    milestones.emplace_back(std::move(j));
  }
  o["milestones"] = std::move(milestones);
  return o;
}

int Execute(const Options& o, Io io, const core::Clock& clock) {
  core::Date today = core::DutchDate(clock.Now());
  if (!o.vandaag.empty()) {
    auto d = core::ParseDate(o.vandaag);
    if (!d) {
      io.err << "fout: --vandaag " << o.vandaag << ": geen geldige datum (verwacht JJJJ-MM-DD)\n";
      return kExitUsage;
    }
    today = *d;
  }
  std::vector<pw::Episode> episodes;
  for (const std::string& z : o.ziek) {
    auto e = ParseEpisode(z, io.err);
    if (!e) return kExitUsage;
    episodes.push_back(*e);
  }
  pw::RecordedSteps steps;
  steps.internal_return_expected = o.internal_return_expected;
  for (const std::string& g : o.gedaan) {
    auto eq = g.find('=');
    auto date = eq == std::string::npos ? std::nullopt : core::ParseDate(g.substr(eq + 1));
    if (!date) {
      io.err << "fout: --gedaan " << g << ": verwacht STAP=JJJJ-MM-DD\n";
      return kExitUsage;
    }
    if (auto s = pw::RecordStep(steps, g.substr(0, eq), *date); !s.ok()) {
      io.err << "fout: --gedaan " << g << ": onbekende stap '" << g.substr(0, eq) << "'\n";
      return kExitUsage;
    }
  }
  auto timeline = pw::ComputeTimeline(episodes, steps, today, {o.signal_window_days});
  if (!timeline.ok()) {
    for (const core::FieldError& f : timeline.error().fields) {
      io.err << "fout: " << Where(f, o) << ": " << Explain(f, today) << " [" << f.code << "]\n";
    }
    return kExitUsage;
  }
  if (o.json) {
    io.out << boost::json::serialize(ToJson(*timeline)) << "\n";
  } else {
    PrintTable(*timeline, io.out);
  }
  return kExitOk;
}

void Register(CLI::App& root, Io io, int& exit_code, std::shared_ptr<const core::Clock> owned_clock,
              const core::Clock& clock) {
  auto o = std::make_shared<Options>();
  CLI::App* sub = root.add_subcommand("poortwachter",
                                      "Poortwachter-tijdlijn: termijnen vanaf de eerste ziektedag");
  sub->add_option("--ziek", o->ziek,
                  "Ziekteperiode START[:EIND] (JJJJ-MM-DD; EIND = laatste ziektedag), herhaalbaar")
      ->required()
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--vandaag", o->vandaag, "Datum van vandaag (JJJJ-MM-DD); standaard de klok");
  sub->add_option("--gedaan", o->gedaan,
                  "Stap gedaan op datum: STAP=JJJJ-MM-DD (bijv. probleemanalyse=2026-02-10)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_flag("--interne-terugkeer-verwacht", o->internal_return_expected,
                "Concrete terugkeer in eigen organisatie binnen 3 maanden verwacht (geen spoor 2)");
  sub->add_option("--signaal", o->signal_window_days,
                  "Aantal dagen voor een termijn dat die als 'nu doen' geldt (standaard 14)")
      ->check(CLI::Range(0, 365));
  sub->add_flag("--json", o->json, "Uitvoer als JSON");
  // `owned_clock` is held only to keep the system clock alive as long as the callback.
  sub->callback([o, io, &exit_code, owned = std::move(owned_clock), &clock] {
    exit_code = Execute(*o, io, clock);
  });
}

}  // namespace

void AddPoortwachterCommand(CLI::App& root, Io io, int& exit_code, const core::Clock& clock) {
  Register(root, io, exit_code, nullptr, clock);
}

void AddPoortwachterCommand(CLI::App& root, Io io, int& exit_code) {
  auto clock = std::make_shared<const core::SystemClock>();
  Register(root, io, exit_code, clock, *clock);
}

}  // namespace werkpad::cli
