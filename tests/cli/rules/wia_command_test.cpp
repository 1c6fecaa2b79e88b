#include "cli/rules/wia_command.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "cli/rules/text.hpp"
#include "cli/run.hpp"

namespace werkpad::cli {
namespace {

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome RunWia(std::vector<std::string> args) {
  CLI::App app{"werkpad"};
  std::ostringstream out;
  std::ostringstream err;
  int exit_code = kExitOk;
  AddWiaCommand(app, Io{out, err}, exit_code);
  args.insert(args.begin(), "wia");
  int code = Run(app, args, Io{out, err}, exit_code);
  return {code, out.str(), err.str()};
}

boost::json::object Json(const Outcome& o) { return boost::json::parse(o.out).as_object(); }

TEST(WiaCommandTest, BoundariesThroughTheCli) {
  struct Case {
    std::string rvc;
    std::string duurzaam;
    double percentage;
    std::int64_t hundredths;
    std::string outcome;
  };
  const std::vector<Case> cases = {
      {"65.01", "nee", 34.99, 3499, "geen_wia"}, {"65", "nee", 35.00, 3500, "wga"},
      {"20.01", "ja", 79.99, 7999, "wga"},       {"20", "ja", 80.00, 8000, "iva"},
      {"20.00", "nee", 80.00, 8000, "wga"},      {"0", "ja", 100.00, 10000, "iva"},
  };
  for (const auto& c : cases) {
    auto o = RunWia({"--maatmanloon", "100", "--restverdiencapaciteit", c.rvc, "--duurzaam",
                     c.duurzaam, "--json"});
    ASSERT_EQ(o.code, kExitOk) << c.rvc << ": " << o.err;
    auto j = Json(o);
    EXPECT_DOUBLE_EQ(j.at("ao_percentage").to_number<double>(), c.percentage) << c.rvc;
    EXPECT_EQ(j.at("ao_honderdsten").as_int64(), c.hundredths) << c.rvc;
    EXPECT_EQ(j.at("uitkomst").as_string(), c.outcome) << c.rvc;
  }
}

TEST(WiaCommandTest, FunctionWagesUseTheMiddleOfTheThreeHighest) {
  auto o = RunWia({"--maatmanloon", "2500", "--functielonen", "1200,1500,1800,900", "--duurzaam",
                   "nee", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  auto j = Json(o);
  EXPECT_EQ(j.at("restverdiencapaciteit_cents").as_int64(), 150000);
  EXPECT_EQ(j.at("ao_honderdsten").as_int64(), 4000);
  EXPECT_EQ(j.at("uitkomst").as_string(), "wga");
  ASSERT_EQ(j.at("functielonen_gebruikt_cents").as_array().size(), 3u);
  EXPECT_NE(o.out.find("\"ao_percentage\":40.00,"), std::string::npos) << o.out;

  // Repeating the option works as well as a comma list.
  auto r = RunWia({"--maatmanloon", "2500", "--functielonen", "1200", "--functielonen", "1500",
                   "--functielonen", "1800", "--duurzaam", "nee", "--json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(Json(r).at("restverdiencapaciteit_cents").as_int64(), 150000);
}

TEST(WiaCommandTest, HumanReadableSummary) {
  auto o =
      RunWia({"--maatmanloon", "3000", "--restverdiencapaciteit", "1950.12", "--duurzaam", "nee"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  EXPECT_NE(o.out.find("34.99%"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("geen WIA-uitkering"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("EUR 3000.00"), std::string::npos) << o.out;

  auto f =
      RunWia({"--maatmanloon", "2500", "--functielonen", "1200,1500,1800", "--duurzaam", "ja"});
  ASSERT_EQ(f.code, kExitOk) << f.err;
  EXPECT_NE(f.out.find("1800.00, 1500.00, 1200.00"), std::string::npos) << f.out;
  EXPECT_NE(f.out.find("40.00%"), std::string::npos) << f.out;
  EXPECT_NE(f.out.find("WGA"), std::string::npos) << f.out;
}

TEST(WiaCommandTest, BadArgumentsGiveExitCode2AndNoOutput) {
  struct Case {
    const char* name;
    std::vector<std::string> args;
    std::string expected_in_err;
  };
  const std::vector<Case> cases = {
      {"negative_maatman",
       {"--maatmanloon", "-2500", "--restverdiencapaciteit", "100", "--duurzaam", "nee"},
       "negatief"},
      {"negative_rvc",
       {"--maatmanloon", "2500", "--restverdiencapaciteit", "-1", "--duurzaam", "nee"},
       "negatief"},
      {"negative_function",
       {"--maatmanloon", "2500", "--functielonen", "1200,-1500,1800", "--duurzaam", "nee"},
       "negatief"},
      {"zero_maatman",
       {"--maatmanloon", "0", "--restverdiencapaciteit", "0", "--duurzaam", "nee"},
       "meer dan 0"},
      {"comma_decimal",
       {"--maatmanloon", "2500", "--restverdiencapaciteit", "100,5x", "--duurzaam", "nee"},
       "geen bedrag"},
      {"three_decimals",
       {"--maatmanloon", "2500.001", "--restverdiencapaciteit", "100", "--duurzaam", "nee"},
       "geen bedrag"},
      {"two_functions",
       {"--maatmanloon", "2500", "--functielonen", "1200,1500", "--duurzaam", "nee"},
       "minstens drie"},
      {"both",
       {"--maatmanloon", "2500", "--restverdiencapaciteit", "100", "--functielonen",
        "1200,1500,1800", "--duurzaam", "nee"},
       "niet allebei"},
      {"neither", {"--maatmanloon", "2500", "--duurzaam", "nee"}, "niet allebei"},
      {"duurzaam_missing",
       {"--maatmanloon", "2500", "--restverdiencapaciteit", "100"},
       "--duurzaam"},
      {"duurzaam_invalid",
       {"--maatmanloon", "2500", "--restverdiencapaciteit", "100", "--duurzaam", "misschien"},
       "misschien"},
      {"maatman_missing", {"--restverdiencapaciteit", "100", "--duurzaam", "ja"}, "--maatmanloon"},
      {"huge",
       {"--maatmanloon", "9999999999999", "--restverdiencapaciteit", "1", "--duurzaam", "ja"},
       "geen bedrag"},
      {"implausible",
       {"--maatmanloon", "999999999999", "--restverdiencapaciteit", "1", "--duurzaam", "ja"},
       "onwaarschijnlijk"},
  };
  for (const auto& c : cases) {
    auto o = RunWia(c.args);
    EXPECT_EQ(o.code, kExitUsage) << c.name;
    EXPECT_EQ(o.out, "") << c.name;
    EXPECT_NE(o.err.find(c.expected_in_err), std::string::npos) << c.name << ": " << o.err;
  }
}

TEST(CliRulesTextTest, EuroParsingAndFormatting) {
  EXPECT_EQ(ParseEuros("2500"), 250000);
  EXPECT_EQ(ParseEuros("2500.5"), 250050);
  EXPECT_EQ(ParseEuros("2500.05"), 250005);
  EXPECT_EQ(ParseEuros("0"), 0);
  for (const char* bad : {"", "-1", "+1", "1,5", "1.", ".5", "1.234", " 1", "1e3", "abc"}) {
    EXPECT_FALSE(ParseEuros(bad).has_value()) << bad;
  }
  EXPECT_EQ(FormatEuros(250005), "2500.05");
  EXPECT_EQ(FormatEuros(0), "0.00");
  EXPECT_EQ(PadRight("ë", 3), "ë  ");
  EXPECT_EQ(PadLeft("7", 3), "  7");
  EXPECT_EQ(DateWithWeekday(std::chrono::year{2026} / 1 / 5), "2026-01-05 (ma)");
}

}  // namespace
}  // namespace werkpad::cli
