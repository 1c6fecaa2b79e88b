#include "cli/rules/wia_command.hpp"

#include <boost/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/rules/text.hpp"
#include "domain/wia/estimate.hpp"

namespace werkpad::cli {

namespace wia = domain::wia;

namespace {

struct Options {
  std::string maatmanloon;
  std::string restverdiencapaciteit;
  std::vector<std::string> functielonen;
  std::string duurzaam;
  bool json = false;
};

// Parses one amount; writes a clear message and returns nullopt when it is not an amount.
std::optional<wia::Cents> Amount(const std::string& option, const std::string& text,
                                 std::ostream& err) {
  if (!text.empty() && text.front() == '-') {
    err << "fout: " << option << " " << text << ": een loon kan niet negatief zijn\n";
    return std::nullopt;
  }
  auto cents = ParseEuros(text);
  if (!cents) {
    err << "fout: " << option << " " << text
        << ": geen bedrag (verwacht euro's met hoogstens twee decimalen en een punt, bijv. "
           "2500.50)\n";
  }
  return cents;
}

std::string_view OutcomeLabel(wia::WiaOutcome o) {
  switch (o) {
    case wia::WiaOutcome::kGeenWia:
      return "geen WIA-uitkering (minder dan 35%)";
    case wia::WiaOutcome::kWga:
      return "WGA";
    case wia::WiaOutcome::kIva:
      return "IVA";
  }
  return "";
}

std::string Percentage(int hundredths) {
  std::string frac = std::to_string(hundredths % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return std::to_string(hundredths / 100) + "." + frac + "%";
}

std::string Explain(const core::FieldError& f) {
  if (f.code == "too_few_functions") {
    return "--functielonen: er zijn minstens drie passende functies nodig";
  }
  if (f.code == "exactly_one_required") {
    return "geef of --restverdiencapaciteit of --functielonen, niet allebei en niet geen van "
           "beide";
  }
  if (f.code == "not_positive" && f.path == "maatmanloon") {
    return "--maatmanloon: moet meer dan 0 zijn";
  }
  if (f.code == "not_positive") return "--functielonen: elk functieloon moet meer dan 0 zijn";
  if (f.code == "out_of_range") return f.path + ": onwaarschijnlijk hoog bedrag";
  if (f.code == "negative") return f.path + ": kan niet negatief zijn";
  return f.path + ": " + f.message;
}

// Boost.JSON 1.81 writes every double in exponent form ("3.499E1"): valid JSON, but poor to read.
// Rewrites the value of "ao_percentage" as a plain number with two decimals ("34.99"), which is
// exact because the percentage is a whole number of hundredths.
std::string WithFixedPercentage(std::string json, int hundredths) {
  constexpr std::string_view kKey = "\"ao_percentage\":";
  auto at = json.find(kKey);
  if (at == std::string::npos) return json;
  auto begin = at + kKey.size();
  auto end = json.find_first_of(",}", begin);
  std::string fixed = Percentage(hundredths);
  fixed.pop_back();  // the '%'
  return json.replace(begin, end - begin, fixed);
}

int Execute(const Options& o, Io io) {
  wia::WiaInput in;
  auto maatman = Amount("--maatmanloon", o.maatmanloon, io.err);
  if (!maatman) return kExitUsage;
  in.maatmanloon = *maatman;
  if (!o.restverdiencapaciteit.empty()) {
    auto rvc = Amount("--restverdiencapaciteit", o.restverdiencapaciteit, io.err);
    if (!rvc) return kExitUsage;
    in.restverdiencapaciteit = *rvc;
  }
  for (const std::string& f : o.functielonen) {
    auto wage = Amount("--functielonen", f, io.err);
    if (!wage) return kExitUsage;
    in.functielonen.push_back(*wage);
  }
  in.duurzaam = o.duurzaam == "ja";

  auto estimate = wia::EstimateWia(in);
  if (!estimate.ok()) {
    for (const core::FieldError& f : estimate.error().fields) {
      io.err << "fout: " << Explain(f) << " [" << f.code << "]\n";
    }
    return kExitUsage;
  }
  const wia::WiaEstimate& e = *estimate;
  if (o.json) {
    boost::json::object j;
    j["maatmanloon_cents"] = in.maatmanloon;
    j["restverdiencapaciteit_cents"] = e.restverdiencapaciteit;
    if (!e.functions_used.empty()) {
      boost::json::array used;
      for (wia::Cents c : e.functions_used) used.emplace_back(c);
      j["functielonen_gebruikt_cents"] = std::move(used);
    }
    j["ao_percentage"] = e.ao_percentage();
    j["ao_honderdsten"] = e.ao_hundredths;
    j["duurzaam"] = in.duurzaam;
    j["uitkomst"] = wia::ToCode(e.outcome);
    io.out << WithFixedPercentage(boost::json::serialize(j), e.ao_hundredths) << "\n";
    return kExitOk;
  }
  io.out << "Maatmanloon:            EUR " << FormatEuros(in.maatmanloon) << "\n";
  io.out << "Restverdiencapaciteit:  EUR " << FormatEuros(e.restverdiencapaciteit);
  if (!e.functions_used.empty()) {
    io.out << " (middelste van de drie best betaalde functies:";
    for (std::size_t i = 0; i < e.functions_used.size(); ++i) {
      io.out << (i == 0 ? " " : ", ") << FormatEuros(e.functions_used[i]);
    }
    io.out << ")";
  }
  io.out << "\n";
  io.out << "Arbeidsongeschikt:      " << Percentage(e.ao_hundredths)
         << " (naar beneden afgerond op twee decimalen)\n";
  io.out << "Duurzaam:               " << (in.duurzaam ? "ja" : "nee") << "\n";
  io.out << "Uitkomst:               " << OutcomeLabel(e.outcome) << "\n";
  return kExitOk;
}

}  // namespace

void AddWiaCommand(CLI::App& root, Io io, int& exit_code) {
  auto o = std::make_shared<Options>();
  CLI::App* sub = root.add_subcommand(
      "wia", "Schatting arbeidsongeschiktheidspercentage en WIA-uitkomst (geen_wia, wga, iva)");
  sub->add_option("--maatmanloon", o->maatmanloon, "Loon voor de ziekte, in euro's")->required();
  sub->add_option("--restverdiencapaciteit", o->restverdiencapaciteit,
                  "Wat nog verdiend kan worden, in euro's");
  sub->add_option("--functielonen", o->functielonen,
                  "Lonen van passende functies, komma-gescheiden (minstens drie)")
      ->delimiter(',')
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  sub->add_option("--duurzaam", o->duurzaam, "Duurzaam arbeidsongeschikt: ja of nee")
      ->required()
      ->check(CLI::IsMember({"ja", "nee"}));
  sub->add_flag("--json", o->json, "Uitvoer als JSON");
  sub->callback([o, io, &exit_code] { exit_code = Execute(*o, io); });
}

}  // namespace werkpad::cli
