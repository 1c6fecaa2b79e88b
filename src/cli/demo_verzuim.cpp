#include "cli/demo_verzuim.hpp"
#include "cli/demo_context.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "core/dutch_date.hpp"
#include "service/verzuim_service.hpp"

namespace werkpad::cli {

namespace {

namespace bj = boost::json;
namespace pw = domain::poortwachter;

// One demo step: document kind, days before today, content.
struct Step {
  const char* kind;
  int days_ago;
  bj::object content;
};

// One demo case: the revalidant (index in kRevalidanten), the staff member who records it, the
// employer, the episodes (days before today; end -1 = still sick), the steps and the scenarios.
struct Episode {
  int start_days_ago;
  int end_days_ago;  // -1: open
  int percentage;
};
struct ScenarioMove {
  pw::Scenario scenario;
  int days_ago;
  const char* reason;
};
struct Case {
  std::size_t revalidant;
  const char* who;
  const char* employer;
  std::vector<Episode> episodes;
  std::vector<Step> steps;
  std::vector<ScenarioMove> scenarios;
};

std::vector<Case> Cases() {
  const bj::object pa{{"inzetbaarheid", "nog_niet_inzetbaar"},
                      {"advies", "Eerst herstel; daarna opbouw in eigen werk (fictief)"}};
  const bj::object plan{
      {"doel", "Terugkeer in het eigen werk (fictief)"},
      {"acties", bj::array{bj::object{{"omschrijving", "Contact elke twee weken"},
                                      {"eigenaar", "werkgever"}},
                           bj::object{{"omschrijving", "Revalidatieprogramma volgen"},
                                      {"eigenaar", "werknemer"}}}}};
  return {
      // Henk de Vries (portal account): sick for about 7 months, two episodes that add up
      // (a gap of 10 days), probleemanalyse, plan and two evaluations; scenario 2.
      {0,
       "ric",
       "Installatiebedrijf Voorbeeld BV (fictief)",
       {{215, 150, 100}, {139, -1, 50}},
       {{"ziekmelding", 213, {}},
        {"probleemanalyse", 180, pa},
        {"plan_van_aanpak", 170, plan},
        {"evaluatie", 128, {{"verslag", "Opbouw volgens plan"}}},
        {"evaluatie", 86, {{"verslag", "Bijstelling: meer rustmomenten"}, {"bijstelling", true}}}},
       {{pw::Scenario::kEigenWerkLater, 170, "Plan van aanpak: eigen werk na herstel"}}},
      // Fatima El Idrissi: a new case, sick for 20 days; the probleemanalyse is due soon.
      {1, "ric", "Zorggroep Voorbeeld (fictief)", {{20, -1, 100}}, {{"ziekmelding", 19, {}}}, {}},
      // Sanne Kuipers: sick for 44 weeks; evaluations missed and the 42nd-week report due.
      {3,
       "ric",
       "Drukkerij Voorbeeld (fictief)",
       {{305, -1, 100}},
       {{"ziekmelding", 304, {}}, {"probleemanalyse", 265, pa}, {"plan_van_aanpak", 255, plan}},
       {{pw::Scenario::kEigenWerkLater, 255, "Plan van aanpak"},
        {pw::Scenario::kAnderWerkEigenOrganisatie, 120, "Eigen werk blijft te zwaar"}}},
      // Mohamed Amrani: recovered after 10 weeks.
      {4,
       "ric",
       "Logistiek Voorbeeld BV (fictief)",
       {{150, 80, 100}},
       {{"ziekmelding", 149, {}}, {"probleemanalyse", 110, pa}, {"plan_van_aanpak", 100, plan}},
       {{pw::Scenario::kEigenWerkNu, 100, "Volledig hersteld in eigen werk"}}},
      // Ahmet Yilmaz (Team Zuid): sick for 85 weeks; the RIV is being put together.
      {10,
       "ric.zuid",
       "Metaalwerken Voorbeeld (fictief)",
       {{595, -1, 100}},
       {{"ziekmelding", 594, {}},
        {"probleemanalyse", 560, pa},
        {"plan_van_aanpak", 550, plan},
        {"evaluatie", 510, {{"verslag", "Geen vooruitgang"}}},
        {"evaluatie", 470, {{"verslag", "Spoor 2 voorbereiden"}, {"bijstelling", true}}},
        {"melding_42e_week", 300, {}},
        {"eerstejaarsevaluatie", 232, {{"verslag", "Terugkeer in eigen organisatie niet haalbaar"},
                                       {"interne_terugkeer_verwacht", false}}},
        {"spoor_2", 200, {}},
        {"evaluatie", 190, {{"verslag", "Re-integratiebureau gestart"}}}},
       {{pw::Scenario::kEigenWerkLater, 550, "Plan van aanpak"},
        {pw::Scenario::kWerkAndereOrganisatie, 232, "Eerstejaarsevaluatie: spoor 2"}}},
  };
}

}  // namespace

core::Result<int> AddDemoVerzuim(store::Database& db, const core::Clock& clock,
                                 const std::map<std::string, core::UserId>& users,
                                 const std::vector<core::RevalidantId>& revalidanten) {
  service::VerzuimService verzuim(db, clock);
  int created = 0;
  for (const Case& c : Cases()) {
    if (c.revalidant >= revalidanten.size()) continue;
    WP_ASSIGN_OR_RETURN(service::RequestContext ctx, DemoContext(db, clock, users, c.who));
    const core::Date today = core::DutchDate(ctx.now);
    auto ago = [&](int days) { return core::AddDays(today, -days); };

    service::DossierInput in;
    in.employer = c.employer;
    in.bedrijfsarts = "Arbodienst Midden (fictief)";
    in.casemanager_user_id = ctx.actor.user_id;
    auto fail = [&](const core::Error& e, const char* what) {
      core::Error out = e;
      out.message = fmt::format("verzuimdossier of demo revalidant {} ({}): {}",
                                c.revalidant + 1, what, e.message);
      for (const auto& f : e.fields) out.message += fmt::format(" [{} {}]", f.path, f.code);
      return out;
    };
    auto dossier = verzuim.CreateDossier(ctx, revalidanten[c.revalidant], in);
    if (!dossier.ok()) return fail(dossier.error(), "create");
    const std::int64_t did = dossier->record.id;
    for (const Episode& e : c.episodes) {
      service::EpisodeInput ep;
      ep.start = ago(e.start_days_ago);
      if (e.end_days_ago >= 0) ep.end = ago(e.end_days_ago);
      ep.percentage = e.percentage;
      auto r = verzuim.AddEpisode(ctx, did, ep);
      if (!r.ok()) return fail(r.error(), "episode");
    }
    for (const Step& s : c.steps) {
      service::DocumentInput doc;
      doc.kind = s.kind;
      doc.date = ago(s.days_ago);
      doc.content = s.content;
      auto r = verzuim.AddDocument(ctx, did, doc);
      if (!r.ok()) return fail(r.error(), s.kind);
    }
    for (const ScenarioMove& m : c.scenarios) {
      WP_ASSIGN_OR_RETURN(auto current, verzuim.GetDossier(ctx, did));
      service::ScenarioInput sc;
      sc.scenario = m.scenario;
      sc.date = ago(m.days_ago);
      sc.reason = m.reason;
      sc.version = current.record.version;
      auto r = verzuim.ChangeScenario(ctx, did, sc);
      if (!r.ok()) return fail(r.error(), "scenario");
    }
    ++created;
  }
  return created;
}

}  // namespace werkpad::cli
