#include "cli/demo_profiles.hpp"
#include "cli/demo_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include <boost/json.hpp>

#include "core/dutch_date.hpp"
#include "service/profile_service.hpp"

namespace werkpad::cli {

namespace {

namespace bj = boost::json;

// One demand of a demo form 4: item code and its demand object (null: not relevant).
struct DemoDemand {
  const char* item;
  const char* demand_json;  // nullptr: not relevant
};

// One demo assessment: item, assessing user, status and capacity object (JSON text).
struct DemoAssessment {
  const char* item;
  const char* who;
  const char* status;
  const char* capacity_json;
};

struct DemoCase {
  std::size_t revalidant_index;  // in kRevalidanten order (demo_command.cpp)
  const char* ric;               // the trajectory's RIC username
  const char* filled_with;
  std::vector<DemoDemand> demands;
  std::vector<DemoAssessment> first;   // eerste indruk
  std::vector<DemoAssessment> second;  // herbeoordeling (may be empty)
  bool adjust_by_d4 = false;           // the trajectory's D4 decided "doelen bijstellen"
};

const std::vector<DemoCase>& Cases() {
  static const std::vector<DemoCase> kCases = {
      // Henk de Vries, timmerman (work training; portal account).
      {0,
       "ric",
       "Hans Vermeulen (uitvoerder, fictief)",
       {{"tillen", R"({"kg": 25, "keer": 10})"},
        {"dragen", R"({"kg": 20, "keer": 5, "min_achtereen": 2})"},
        {"staan", R"({"min_per_dag": 360, "min_achtereen": 120})"},
        {"boven_hoofd", R"({"min_per_dag": 60, "min_achtereen": 10})"},
        {"klimmen", R"({"keer": 10, "min_achtereen": 5})"},
        {"aandacht", R"({"taken": "zagen en maatvoering", "frequentie": "voortdurend",
                         "hulpmiddel_mogelijk": false})"},
        {"werktijden", R"({"uur_per_dag": 8, "uur_per_week": 38})"},
        {"zitten", nullptr},
        {"ploegendienst", nullptr}},
       {{"tillen", "fysio", "voldoet_niet", R"({"kg": 10, "keer": 10})"},
        {"dragen", "fysio", "voldoet_deels", R"({"kg": 15, "keer": 5, "min_achtereen": 2})"},
        {"staan", "fysio", "voldoet_deels", R"({"min_per_dag": 240, "min_achtereen": 60})"},
        {"boven_hoofd", "ergo", "voldoet", R"({"min_per_dag": 60, "min_achtereen": 10})"},
        {"aandacht", "psycholoog", "voldoet_deels", R"({"frequentie": "vaak"})"},
        {"werktijden", "psycholoog", "voldoet_niet", R"({"uur_per_dag": 4, "uur_per_week": 20})"}},
       {{"tillen", "fysio", "voldoet_deels", R"({"kg": 20, "keer": 10})"},
        {"dragen", "fysio", "voldoet", R"({"kg": 20, "keer": 5, "min_achtereen": 2})"},
        {"staan", "fysio", "voldoet_deels", R"({"min_per_dag": 300, "min_achtereen": 90})"},
        {"aandacht", "psycholoog", "voldoet", R"({"frequentie": "voortdurend"})"},
        {"werktijden", "psycholoog", "voldoet_deels", R"({"uur_per_dag": 6, "uur_per_week": 30})"}},
       false},
      // Ahmet Yilmaz, CNC-operator (work training, D4 "doelen bijstellen").
      {10,
       "ric.zuid",
       "Dirk Jansen (leidinggevende, fictief)",
       {{"staan", R"({"min_per_dag": 420, "min_achtereen": 90})"},
        {"hand_vinger", R"({"keer": 60, "min_achtereen": 30})"},
        {"tillen", R"({"kg": 15, "keer": 4})"},
        {"aandacht", R"({"taken": "machine instellen", "frequentie": "vaak",
                         "hulpmiddel_mogelijk": true})"},
        {"werkdruk", R"({"taken": "spoedorders", "frequentie": "regelmatig",
                         "hulpmiddel_mogelijk": false})"},
        {"ploegendienst", R"({"diensten": ["dag", "avond"]})"}},
       {{"staan", "ergo", "voldoet_niet", R"({"min_per_dag": 120, "min_achtereen": 30})"},
        {"hand_vinger", "ergo", "voldoet_deels", R"({"keer": 40, "min_achtereen": 20})"},
        {"tillen", "ergo", "voldoet", R"({"kg": 15, "keer": 4})"},
        {"aandacht", "psycholoog", "voldoet", R"({"frequentie": "vaak"})"},
        {"werkdruk", "psycholoog", "voldoet_niet", R"({"frequentie": "soms"})"},
        {"ploegendienst", "psycholoog", "voldoet_deels", R"({"diensten": ["dag"]})"}},
       {},
       true},
      // Priya Ramdin, assistent-accountant (afronding).
      {7,
       "ric",
       "Arjen Verhoef (eigenaar, fictief)",
       {{"zitten", R"({"min_per_dag": 360, "min_achtereen": 90})"},
        {"tempo", R"({"taken": "boekingen verwerken", "frequentie": "voortdurend",
                      "hulpmiddel_mogelijk": false})"},
        {"geheugen", R"({"taken": "klantdossiers", "frequentie": "vaak",
                         "hulpmiddel_mogelijk": true})"},
        {"werktijden", R"({"uur_per_dag": 8, "uur_per_week": 32})"},
        {"tillen", nullptr}},
       {{"zitten", "fysio", "voldoet_deels", R"({"min_per_dag": 240, "min_achtereen": 45})"},
        {"tempo", "psycholoog", "voldoet_niet", R"({"frequentie": "regelmatig"})"},
        {"geheugen", "psycholoog", "voldoet",
         R"({"frequentie": "vaak", "hulpmiddel_nodig": true})"},
        {"werktijden", "psycholoog", "voldoet_deels", R"({"uur_per_dag": 6, "uur_per_week": 24})"}},
       {{"zitten", "fysio", "voldoet", R"({"min_per_dag": 360, "min_achtereen": 90})"},
        {"tempo", "psycholoog", "voldoet_deels", R"({"frequentie": "vaak"})"},
        {"werktijden", "psycholoog", "voldoet_deels", R"({"uur_per_dag": 7, "uur_per_week": 28})"}},
       false},
  };
  return kCases;
}

// Alternative functions (all fictitious): code, title, organisation, hours, wage (cents), form 4
// items as JSON.
struct DemoFunction {
  const char* code;
  const char* title;
  const char* organisation;
  double hours;
  std::int64_t wage_cents;
  const char* items_json;
};

constexpr DemoFunction kInstitutionFunctions[] = {
    {"ALG-01", "Magazijnmedewerker", "Logistiek", 38, 245000,
     R"([{"item": "tillen", "relevant": true, "demand": {"kg": 15, "keer": 10}},
         {"item": "staan", "relevant": true, "demand": {"min_per_dag": 360, "min_achtereen": 90}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 8, "uur_per_week": 38}}])"},
    {"ALG-02", "Administratief medewerker", "Kantoor", 32, 265000,
     R"([{"item": "zitten", "relevant": true, "demand": {"min_per_dag": 360, "min_achtereen": 60}},
         {"item": "aandacht", "relevant": true, "demand": {"frequentie": "vaak", "hulpmiddel_mogelijk": true}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 8, "uur_per_week": 32}}])"},
    {"ALG-03", "Receptiemedewerker", "Facilitair", 24, 230000,
     R"([{"item": "zitten", "relevant": true, "demand": {"min_per_dag": 240, "min_achtereen": 60}},
         {"item": "communicatie_sociaal", "relevant": true, "demand": {"frequentie": "voortdurend", "hulpmiddel_mogelijk": false}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 6, "uur_per_week": 24}}])"},
    {"ALG-04", "Werkvoorbereider bouw", "Bouw", 36, 320000,
     R"([{"item": "zitten", "relevant": true, "demand": {"min_per_dag": 300, "min_achtereen": 60}},
         {"item": "aandacht", "relevant": true, "demand": {"frequentie": "vaak", "hulpmiddel_mogelijk": true}},
         {"item": "lopen", "relevant": true, "demand": {"min_achtereen": 15, "keer": 4}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 8, "uur_per_week": 36}}])"},
    {"ALG-05", "Schoonmaker", "Facilitair", 20, 215000,
     R"([{"item": "bukken", "relevant": true, "demand": {"keer": 30}},
         {"item": "staan", "relevant": true, "demand": {"min_per_dag": 240, "min_achtereen": 120}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 4, "uur_per_week": 20}}])"},
};

constexpr DemoFunction kEmployerFunctions[] = {
    {"HOO-01", "Timmerman", "Bouwbedrijf Hoogland BV (fictief)", 38, 310000,
     R"([{"item": "tillen", "relevant": true, "demand": {"kg": 25, "keer": 10}},
         {"item": "staan", "relevant": true, "demand": {"min_per_dag": 360, "min_achtereen": 120}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 8, "uur_per_week": 38}}])"},
    {"HOO-02", "Werkplaatsmedewerker prefab", "Bouwbedrijf Hoogland BV (fictief)", 32, 285000,
     R"([{"item": "tillen", "relevant": true, "demand": {"kg": 15, "keer": 6}},
         {"item": "staan", "relevant": true, "demand": {"min_per_dag": 300, "min_achtereen": 60}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 6, "uur_per_week": 30}}])"},
    {"HOO-03", "Calculator", "Bouwbedrijf Hoogland BV (fictief)", 36, 340000,
     R"([{"item": "zitten", "relevant": true, "demand": {"min_per_dag": 360, "min_achtereen": 60}},
         {"item": "aandacht", "relevant": true, "demand": {"frequentie": "voortdurend", "hulpmiddel_mogelijk": false}},
         {"item": "werktijden", "relevant": true, "demand": {"uur_per_dag": 8, "uur_per_week": 36}}])"},
};

class DemoProfiles {
 public:
  DemoProfiles(store::Database& db, const core::Clock& clock,
               const std::map<std::string, core::UserId>& users)
      : db_(db), clock_(clock), profiles_(db, clock), users_(users) {}

  core::Result<service::RequestContext> As(const std::string& username) {
    return DemoContext(db_, clock_, users_, username);
  }

  core::Date DaysAgo(int days) { return core::DutchDate(clock_.Now() - std::chrono::days(days)); }

  core::Result<std::vector<std::int64_t>> Catalogues() {
    WP_ASSIGN_OR_RETURN(auto admin, As("admin"));
    for (auto [name, kind, material, desc] :
         {std::tuple{"Magazijn: dozen tillen en stapelen", "fysiek", false,
                     "Dozen van 5 tot 25 kg van pallet naar stelling, 10 keer per uur."},
          std::tuple{"Bouw: plaatmateriaal zagen", "fysiek", true,
                     "Zagen en maatvoeren met plaatmateriaal van de werkgever."},
          std::tuple{"Kantoor: orderverwerking onder tijdsdruk", "cognitief", false,
                     "Orders invoeren met onderbrekingen door telefoon en collega's."},
          std::tuple{"Werkplaats: montage met storingen", "fysiek_cognitief", false,
                     "Kleine onderdelen monteren volgens tekening, met geplande storingen."}}) {
      service::WorksampleInput w{name, kind, material, desc, true, 0};
      WP_ASSIGN_OR_RETURN(auto rec, profiles_.CreateWorksample(admin, w));
      worksamples_.push_back(rec.id);
    }
    std::vector<std::int64_t> catalogues;
    WP_ASSIGN_OR_RETURN(
        auto inst,
        profiles_.CreateCatalogue(admin, {"Instelling: voorbeeldfuncties", "instelling", "", 0}));
    catalogues.push_back(inst.id);
    WP_RETURN_IF_ERROR(AddFunctions(admin, inst.id, kInstitutionFunctions));
    WP_ASSIGN_OR_RETURN(auto ric, As("ric"));
    WP_ASSIGN_OR_RETURN(
        auto hoog, profiles_.CreateCatalogue(ric, {"Bouwbedrijf Hoogland BV (fictief)", "werkgever",
                                                   "Bouwbedrijf Hoogland BV (fictief)", 0}));
    catalogues.push_back(hoog.id);
    WP_RETURN_IF_ERROR(AddFunctions(ric, hoog.id, kEmployerFunctions));
    return catalogues;
  }

  template <std::size_t N>
  core::Status AddFunctions(const service::RequestContext& ctx, std::int64_t catalogue,
                            const DemoFunction (&list)[N]) {
    for (const auto& f : list) {
      bj::object p{{"code", f.code},
                   {"title", f.title},
                   {"organisation", f.organisation},
                   {"hours_per_week", f.hours},
                   {"wage_cents", f.wage_cents},
                   {"items", bj::parse(f.items_json)}};
      WP_RETURN_IF_ERROR(profiles_.CreateFunction(ctx, catalogue, {p, 0}));
    }
    return core::Ok();
  }

  core::Result<std::int64_t> Round(const DemoCase& c, core::TrajectId id, const char* kind,
                                   int days_ago, const std::vector<DemoAssessment>& list) {
    WP_ASSIGN_OR_RETURN(auto ric, As(c.ric));
    service::RoundInput in;
    in.kind = kind;
    in.date = DaysAgo(days_ago);
    WP_ASSIGN_OR_RETURN(auto round, profiles_.CreateRound(ric, id, in));
    for (const auto& a : list) {
      WP_ASSIGN_OR_RETURN(auto who, As(a.who));
      service::AssessmentInput ai;
      ai.status = a.status;
      ai.capacity = bj::parse(a.capacity_json);
      ai.date = DaysAgo(days_ago);
      WP_RETURN_IF_ERROR(profiles_.Assess(who, round.record.id, a.item, ai));
    }
    return round.record.id;
  }

  core::Status Run(const DemoCase& c, core::RevalidantId revalidant) {
    WP_ASSIGN_OR_RETURN(
        auto list, db_.Read([&](store::Tx& tx) { return tx.agr().ListTrajectories(revalidant); }));
    if (list.empty()) return core::Error::Internal("demo trajectory missing");
    const store::TrajectoryRecord& t = list.front();
    const core::TrajectId id = t.trajectory.id;
    WP_ASSIGN_OR_RETURN(auto ric, As(c.ric));

    // Form 4 at the werkbezoek.
    bj::array items;
    for (const auto& d : c.demands) {
      bj::object item{{"item", d.item}, {"relevant", d.demand_json != nullptr}};
      if (d.demand_json) item["demand"] = bj::parse(d.demand_json);
      items.push_back(std::move(item));
    }
    service::DemandInput demand;
    demand.profile = bj::object{{"items", std::move(items)}};
    demand.visit_date = DaysAgo(42);
    demand.filled_with = c.filled_with;
    WP_RETURN_IF_ERROR(profiles_.SaveDemand(ric, id, demand));

    // Form 6: first impression, then (when given) a re-assessment during training.
    WP_ASSIGN_OR_RETURN(std::int64_t first, Round(c, id, "eerste_indruk", 35, c.first));

    // Goals from the first round's discrepancies, one per discipline's most severe item.
    WP_ASSIGN_OR_RETURN(auto match, profiles_.Match(ric, id, {first, 0}));
    std::vector<std::int64_t> goals;
    std::set<std::string> disciplines;
    for (const auto& group : match.match.by_discipline) {
      if (group.items.empty() || !disciplines.insert(group.discipline).second) continue;
      const std::string& item = group.items.front();
      if (std::any_of(c.first.begin(), c.first.end(), [&](const DemoAssessment& a) {
            return item == a.item && a.who == TherapistOf(group.discipline);
          })) {
        service::GoalInput g;
        g.discipline = group.discipline;
        g.item = item;
        g.round_id = first;
        g.description = fmt::format("Werkeis '{}' weer halen (uit de eerste indruk)", item);
        g.target_date = DaysAgo(-42);
        WP_ASSIGN_OR_RETURN(auto who, As(TherapistOf(group.discipline)));
        WP_ASSIGN_OR_RETURN(auto goal, profiles_.CreateGoal(who, id, g));
        goals.push_back(goal.record.id);
      }
    }

    // Work training: a worksample session and a visit to the own workplace, and a report.
    WP_ASSIGN_OR_RETURN(auto fysio_or_ergo,
                        As(c.ric == std::string("ric.zuid") ? "ergo" : "fysio"));
    service::SessionInput s;
    s.kind = "werksample";
    s.date = DaysAgo(28);
    s.worksample_id = worksamples_.empty() ? 0 : worksamples_.front();
    s.duration_minutes = 60;
    s.disciplines = {c.ric == std::string("ric.zuid") ? "ergotherapie" : "fysiotherapie"};
    s.observations = "Tilt en stapelt met goede techniek; na 40 minuten vermoeid.";
    s.goal_ids = goals;
    WP_RETURN_IF_ERROR(profiles_.AddSession(fysio_or_ergo, id, s));
    s.kind = "werkplek";
    s.date = DaysAgo(14);
    s.worksample_id = 0;
    s.duration_minutes = 120;
    s.observations = "Bezoek aan de eigen werkplek: taken besproken en twee uur meegedraaid.";
    WP_RETURN_IF_ERROR(profiles_.AddSession(ric, id, s));
    service::ReportInput r{DaysAgo(13), DaysAgo(28), DaysAgo(14),
                           "Werktraining verloopt volgens plan; belastbaarheid neemt toe."};
    WP_RETURN_IF_ERROR(profiles_.AddReport(ric, id, r));

    if (!c.second.empty()) {
      WP_RETURN_IF_ERROR(Round(c, id, "herbeoordeling", 7, c.second));
    }
    if (c.adjust_by_d4 && !goals.empty()) {
      // The D4 decision "doelen bijstellen" recorded by the AGR demo.
      std::int64_t seq = 0;
      for (std::size_t i = 0; i < t.trajectory.history.size(); ++i) {
        const auto& d = t.trajectory.history[i];
        if (d.kind == domain::agr::DecisionKind::kD4Voortzetten &&
            d.outcome == domain::agr::Outcome::kDoelenBijstellen) {
          seq = static_cast<std::int64_t>(i + 1);
        }
      }
      if (seq > 0) {
        WP_ASSIGN_OR_RETURN(auto goal_list, profiles_.ListGoals(ric, id));
        service::AdjustmentInput a;
        a.d4_seq = seq;
        a.date = DaysAgo(0);
        a.target_date = DaysAgo(-70);
        a.note = "Patiëntenbespreking: herstel gaat langzamer, streefdatum later.";
        a.version = goal_list.front().record.version;
        WP_RETURN_IF_ERROR(profiles_.AdjustGoal(ric, goal_list.front().record.id, a));
      }
    }
    return core::Ok();
  }

  static std::string TherapistOf(const std::string& discipline) {
    if (discipline == "fysiotherapie") return "fysio";
    if (discipline == "ergotherapie") return "ergo";
    if (discipline == "psychologie") return "psycholoog";
    if (discipline == "maatschappelijk_werk") return "maatschappelijk";
    return "";
  }

 private:
  store::Database& db_;
  const core::Clock& clock_;
  service::ProfileService profiles_;
  const std::map<std::string, core::UserId>& users_;
  std::vector<std::int64_t> worksamples_;
};

}  // namespace

core::Result<int> AddDemoProfiles(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten) {
  DemoProfiles demo(db, clock, users);
  WP_RETURN_IF_ERROR(demo.Catalogues());
  int done = 0;
  for (const auto& c : Cases()) {
    if (c.revalidant_index >= revalidanten.size()) continue;
    auto s = demo.Run(c, revalidanten[c.revalidant_index]);
    if (!s.ok()) {
      core::Error e = s.error();
      e.message =
          fmt::format("profiles of demo revalidant {}: {}", c.revalidant_index + 1, e.message);
      for (const auto& f : e.fields) e.message += fmt::format(" [{} {}]", f.path, f.code);
      return e;
    }
    ++done;
  }
  return done;
}

}  // namespace werkpad::cli
