#include "cli/rules/poortwachter_command.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "cli/run.hpp"

namespace werkpad::cli {
namespace {

// 1 March 2030, far from every date used below, so a test that forgot --vandaag would show.
const core::Instant kClockNow =
    core::Instant{std::chrono::sys_days{std::chrono::year{2030} / 3 / 1}};

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome RunPoortwachter(std::vector<std::string> args) {
  CLI::App app{"werkpad"};
  std::ostringstream out;
  std::ostringstream err;
  int exit_code = kExitOk;
  core::FakeClock clock(kClockNow);
  AddPoortwachterCommand(app, Io{out, err}, exit_code, clock);
  args.insert(args.begin(), "poortwachter");
  int code = Run(app, args, Io{out, err}, exit_code);
  return {code, out.str(), err.str()};
}

boost::json::object Json(const Outcome& o) {
  boost::json::value v = boost::json::parse(o.out);
  return v.as_object();
}

const boost::json::object* Milestone(const boost::json::object& root, std::string_view key) {
  for (const auto& m : root.at("milestones").as_array()) {
    if (m.as_object().at("key").as_string() == key) return &m.as_object();
  }
  return nullptr;
}

std::string Due(const boost::json::object& root, std::string_view key) {
  const auto* m = Milestone(root, key);
  if (m == nullptr) return "<missing " + std::string(key) + ">";
  return std::string(m->at("due").as_string());
}

TEST(PoortwachterCommandTest, JsonForTheDomainExample) {
  auto o = RunPoortwachter({"--ziek", "2026-01-05", "--vandaag", "2026-01-06", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  EXPECT_EQ(o.err, "");
  auto j = Json(o);
  EXPECT_EQ(Due(j, "ziekmelding"), "2026-01-11");
  EXPECT_EQ(Due(j, "probleemanalyse"), "2026-02-15");
  EXPECT_EQ(Due(j, "plan_van_aanpak"), "2026-03-01");
  EXPECT_EQ(Due(j, "melding_42e_week"), "2026-10-26");
  EXPECT_EQ(Due(j, "eerstejaarsevaluatie"), "2027-01-03");
  EXPECT_EQ(Due(j, "wia_aanvraag"), "2027-10-17");
  EXPECT_EQ(Due(j, "einde_wachttijd"), "2028-01-02");
  EXPECT_EQ(j.at("wia_ingangsdatum").as_string(), "2028-01-03");
  EXPECT_EQ(j.at("first_sick_day").as_string(), "2026-01-05");
  EXPECT_EQ(j.at("today").as_string(), "2026-01-06");
  EXPECT_EQ(j.at("current_week").as_int64(), 1);

  const auto* pa = Milestone(j, "probleemanalyse");
  ASSERT_NE(pa, nullptr);
  EXPECT_EQ(pa->at("week").as_int64(), 6);
  EXPECT_EQ(pa->at("responsible").as_array().size(), 1u);
  EXPECT_EQ(pa->at("responsible").as_array()[0].as_string(), "bedrijfsarts");
  EXPECT_EQ(pa->at("document").as_string(), "probleemanalyse");
  EXPECT_EQ(pa->at("status").as_string(), "upcoming");
  const auto* einde = Milestone(j, "einde_wachttijd");
  ASSERT_NE(einde, nullptr);
  EXPECT_TRUE(einde->at("document").is_null());
  EXPECT_EQ(einde->at("week").as_int64(), 104);
}

TEST(PoortwachterCommandTest, PublishedExampleWithGapOf21Days) {
  auto o = RunPoortwachter({"--ziek", "2022-01-03:2022-07-03", "--ziek", "2022-07-25", "--vandaag",
                            "2022-08-01", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  auto j = Json(o);
  EXPECT_EQ(Due(j, "einde_wachttijd"), "2024-01-21");
  EXPECT_EQ(j.at("wia_ingangsdatum").as_string(), "2024-01-22");
  EXPECT_EQ(j.at("gap_days").as_int64(), 21);

  auto single =
      Json(RunPoortwachter({"--ziek", "2022-01-03", "--vandaag", "2022-08-01", "--json"}));
  EXPECT_EQ(single.at("wia_ingangsdatum").as_string(), "2024-01-01");
}

TEST(PoortwachterCommandTest, GapOfFourWeeksStartsANewCount) {
  auto o = RunPoortwachter({"--ziek", "2022-01-03:2022-07-03", "--ziek", "2022-08-01", "--vandaag",
                            "2022-08-01", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  auto j = Json(o);
  EXPECT_EQ(j.at("first_sick_day").as_string(), "2022-08-01");
  EXPECT_EQ(j.at("gap_days").as_int64(), 0);
}

TEST(PoortwachterCommandTest, DutchTable) {
  auto o = RunPoortwachter(
      {"--ziek", "2026-01-05", "--vandaag", "2026-02-16", "--gedaan", "ziekmelding=2026-01-06"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  EXPECT_NE(o.out.find("Eerste ziektedag:  2026-01-05 (ma)"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("WIA-ingangsdatum:  2028-01-03 (ma)"), std::string::npos);
  EXPECT_NE(o.out.find("Probleemanalyse"), std::string::npos);
  EXPECT_NE(o.out.find("2026-02-15 (zo)"), std::string::npos);
  EXPECT_NE(o.out.find("bedrijfsarts"), std::string::npos);
  EXPECT_NE(o.out.find("TE LAAT"), std::string::npos);  // probleemanalyse overdue on 16 Feb
  EXPECT_NE(o.out.find("gedaan 2026-01-06"), std::string::npos);
  EXPECT_NE(o.out.find("Einde wachttijd (104 weken)"), std::string::npos);
}

TEST(PoortwachterCommandTest, RecordedStepsAndFlag) {
  auto o = RunPoortwachter({"--ziek", "2026-01-05", "--vandaag", "2027-03-01", "--gedaan",
                            "probleemanalyse=2026-02-01", "--gedaan", "evaluatie=2026-03-20",
                            "--interne-terugkeer-verwacht", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  auto j = Json(o);
  EXPECT_EQ(Due(j, "plan_van_aanpak"), "2026-02-15");
  EXPECT_EQ(Milestone(j, "probleemanalyse")->at("status").as_string(), "done");
  EXPECT_EQ(Milestone(j, "spoor_2")->at("status").as_string(), "not_applicable");
}

TEST(PoortwachterCommandTest, DefaultTodayComesFromTheInjectedClock) {
  auto o = RunPoortwachter({"--ziek", "2026-01-05", "--json"});
  ASSERT_EQ(o.code, kExitOk) << o.err;
  EXPECT_EQ(Json(o).at("today").as_string(), "2030-03-01");
}

TEST(PoortwachterCommandTest, BadArgumentsGiveExitCode2AndNoOutput) {
  struct Case {
    const char* name;
    std::vector<std::string> args;
    std::string expected_in_err;
  };
  const std::vector<Case> cases = {
      {"no_episode", {"--vandaag", "2026-11-23"}, "--ziek"},
      {"invalid_start", {"--ziek", "2026-02-30", "--vandaag", "2026-11-23"}, "geen geldige datum"},
      {"garbage_start", {"--ziek", "gisteren", "--vandaag", "2026-11-23"}, "geen geldige datum"},
      {"invalid_end",
       {"--ziek", "2026-01-05:2026-13-01", "--vandaag", "2026-11-23"},
       "geen geldige datum"},
      {"empty_end", {"--ziek", "2026-01-05:", "--vandaag", "2026-11-23"}, "geen geldige datum"},
      {"end_before_start",
       {"--ziek", "2026-02-05:2026-02-01", "--vandaag", "2026-11-23"},
       "end_before_start"},
      {"overlap",
       {"--ziek", "2026-01-05:2026-02-10", "--ziek", "2026-02-01", "--vandaag", "2026-11-23"},
       "overlap"},
      {"open_then_later",
       {"--ziek", "2026-01-05", "--ziek", "2026-03-01:2026-03-05", "--vandaag", "2026-11-23"},
       "overlap"},
      {"start_after_today", {"--ziek", "2026-12-01", "--vandaag", "2026-11-23"}, "in_future"},
      {"invalid_today", {"--ziek", "2026-01-05", "--vandaag", "23-11-2026"}, "--vandaag"},
      {"unknown_step",
       {"--ziek", "2026-01-05", "--vandaag", "2026-11-23", "--gedaan", "koffie=2026-02-01"},
       "onbekende stap"},
      {"step_without_date",
       {"--ziek", "2026-01-05", "--vandaag", "2026-11-23", "--gedaan", "probleemanalyse"},
       "STAP=JJJJ-MM-DD"},
      {"step_before_first_day",
       {"--ziek", "2026-01-05", "--vandaag", "2026-11-23", "--gedaan",
        "probleemanalyse=2026-01-01"},
       "before_first_sick_day"},
      {"signal_out_of_range",
       {"--ziek", "2026-01-05", "--vandaag", "2026-11-23", "--signaal", "400"},
       "--signaal"},
      {"unknown_option", {"--ziek", "2026-01-05", "--morgen"}, "--morgen"},
  };
  for (const auto& c : cases) {
    auto o = RunPoortwachter(c.args);
    EXPECT_EQ(o.code, kExitUsage) << c.name;
    EXPECT_EQ(o.out, "") << c.name;
    EXPECT_NE(o.err.find(c.expected_in_err), std::string::npos) << c.name << ": " << o.err;
  }
}

TEST(PoortwachterCommandTest, ErrorNamesTheOffendingEpisode) {
  auto o = RunPoortwachter(
      {"--ziek", "2026-01-05:2026-02-10", "--ziek", "2026-02-01", "--vandaag", "2026-11-23"});
  ASSERT_EQ(o.code, kExitUsage);
  EXPECT_NE(o.err.find("--ziek 2026-02-01"), std::string::npos) << o.err;
}

}  // namespace
}  // namespace werkpad::cli
