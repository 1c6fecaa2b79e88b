#include "cli/demo_command.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/demo_agr.hpp"
#include "cli/demo_profiles.hpp"
#include "cli/demo_verzuim.hpp"
#include "cli/demo_partners.hpp"
#include "core/log.hpp"
#include "service/external_access_service.hpp"
#include "service/organisation_service.hpp"
#include "service/revalidant_service.hpp"
#include "service/user_service.hpp"

namespace werkpad::cli {

namespace {

using domain::registry::EmploymentStatus;

// All names, addresses, employers and numbers below are invented. BSNs come from the range
// 99999xxxx that is reserved for tests and pass the elfproef.
struct DemoRevalidant {
  const char* given_names;
  const char* family_name;
  const char* date_of_birth;
  const char* bsn;
  const char* street;
  const char* postal_code;
  const char* city;
  EmploymentStatus status;
  const char* employer;  // "" = none
  const char* employer_contact;
  const char* function_title;
  double hours;  // 0 = not given
  const char* naaste;  // "" = none; otherwise "Name|relation"
  int team;      // 0 = Team Noord, 1 = Team Zuid
};

constexpr std::array<DemoRevalidant, 20> kRevalidanten = {{
    {"Henk", "de Vries", "1968-03-14", "999990007", "Lindenlaan 12", "3818 AB", "Amersfoort",
     EmploymentStatus::kLoondienst, "Bouwbedrijf Hoogland BV (fictief)", "Hans Vermeulen",
     "Timmerman", 38, "Ria de Vries|partner", 0},
    {"Fatima", "El Idrissi", "1985-07-22", "999990019", "Kruiskamp 4", "3815 CD", "Amersfoort",
     EmploymentStatus::kLoondienst, "Zorggroep Eemvallei (fictief)", "Monique Peters",
     "Verzorgende IG", 28, "", 0},
    {"Jan Willem", "Bakker", "1972-11-05", "999990020", "Hamersveldseweg 88", "3833 GM",
     "Leusden", EmploymentStatus::kZzp, "", "", "Zelfstandig schilder", 40,
     "Ellen Bakker|partner", 0},
    {"Sanne", "Kuipers", "1990-01-30", "999990032", "Vlasakker 23", "3825 EP", "Amersfoort",
     EmploymentStatus::kLoondienst, "ICT Diensten Vallei BV (fictief)", "Ruud Smits",
     "Servicedeskmedewerker", 36, "", 0},
    {"Mohamed", "Amrani", "1979-09-18", "999990044", "Soesterweg 301", "3812 BK", "Amersfoort",
     EmploymentStatus::kLoondienst, "Transportbedrijf Van Houten BV (fictief)", "Gerrit van Houten",
     "Vrachtwagenchauffeur", 40, "Samira Amrani|partner", 0},
    {"Anneke", "Visser-Bos", "1964-04-02", "999990056", "Dorpsstraat 7", "3768 GA", "Soest",
     EmploymentStatus::kLoondienst, "Basisschool De Regenboog (fictief)", "Karin Wolters",
     "Leerkracht groep 5", 32, "", 0},
    {"Thijs", "van Leeuwen", "1995-12-11", "999990068", "Stationsplein 15", "3818 LE",
     "Amersfoort", EmploymentStatus::kWerkzoekend, "", "", "Magazijnmedewerker", 0,
     "Marja van Leeuwen|ouder", 0},
    {"Priya", "Ramdin", "1987-06-25", "999990081", "Laan van Duurstede 40", "3431 HA",
     "Nieuwegein", EmploymentStatus::kLoondienst, "Accountantskantoor Verhoef (fictief)",
     "Arjen Verhoef", "Assistent-accountant", 32, "", 0},
    {"Kees", "Brouwer", "1961-02-08", "999990093", "Molenweg 3", "3941 BA", "Doorn",
     EmploymentStatus::kZzp, "", "", "Hovenier", 45, "", 0},
    {"Lisa", "Hendriks", "1998-08-19", "999990111", "Koppelweg 19", "3813 RR", "Amersfoort",
     EmploymentStatus::kStudent, "", "", "Student verpleegkunde (bijbaan horeca)", 12, "", 0},
    {"Ahmet", "Yilmaz", "1975-05-27", "999990123", "Industrieweg 55", "3606 AS", "Maarssen",
     EmploymentStatus::kLoondienst, "Metaalbewerking Vecht BV (fictief)", "Dirk Jansen",
     "CNC-operator", 40, "Elif Yilmaz|partner", 1},
    {"Marieke", "de Boer", "1983-10-03", "999990135", "Biltstraat 210", "3572 BS", "Utrecht",
     EmploymentStatus::kLoondienst, "Gemeente Heuvelrug (fictief)", "Paul de Wit",
     "Beleidsmedewerker", 36, "", 1},
    {"Rob", "Verhoeven", "1970-07-07", "999990147", "Prinsenlaan 9", "3712 AT", "Huis ter Heide",
     EmploymentStatus::kLoondienst, "Supermarkt De Korenaar (fictief)", "Wendy Prins",
     "Afdelingsmanager", 38, "", 1},
    {"Noor", "Jacobs", "1992-03-29", "999990159", "Kanaalweg 61", "3526 KM", "Utrecht",
     EmploymentStatus::kZzp, "", "", "Grafisch ontwerper", 30, "Bram Jacobs|partner", 1},
    {"Gerard", "Willemsen", "1959-11-21", "999990160", "Kerkstraat 44", "3981 CM", "Bunnik",
     EmploymentStatus::kLoondienst, "Installatiebedrijf Post & Zn (fictief)", "Erik Post",
     "Elektromonteur", 40, "", 1},
    {"Ilse", "Maas", "1988-02-14", "999990172", "Vleutenseweg 130", "3532 HJ", "Utrecht",
     EmploymentStatus::kLoondienst, "Hotel De Eemhof (fictief)", "Sandra Kok",
     "Receptioniste", 24, "", 1},
    {"Dennis", "Schouten", "1981-09-09", "999990184", "Amsterdamsestraatweg 500", "3553 ER",
     "Utrecht", EmploymentStatus::kLoondienst, "Logistiek Centrum Midden BV (fictief)",
     "Joyce Mertens", "Heftruckchauffeur", 40, "", 1},
    {"Esra", "Demir", "1996-04-16", "999990196", "Zuilenstraat 2", "3512 NA", "Utrecht",
     EmploymentStatus::kWerkzoekend, "", "", "Administratief medewerker", 0, "", 1},
    {"Wim", "van der Heijden", "1958-12-24", "999990202", "Graaf Florisweg 17", "3451 CK",
     "Vleuten", EmploymentStatus::kLoondienst, "Schoonmaakbedrijf Glans BV (fictief)",
     "Linda Mol", "Glazenwasser", 32, "Truus van der Heijden|partner", 1},
    {"Yara", "Pinas", "1989-05-05", "999990214", "Marco Pololaan 88", "3526 GJ", "Utrecht",
     EmploymentStatus::kAnders, "", "", "Mantelzorger, voorheen kapster", 0, "", 1},
}};

struct DemoUser {
  const char* username;
  const char* display_name;
  const char* role;
  const char* discipline;
  std::vector<int> teams;  // indexes into the teams created
};

// Prints which step failed and turns the error into an exit code.
int StepFailed(Io io, std::string_view step, const core::Error& error) {
  core::Error e = error;
  e.message = fmt::format("demo: {} failed: {}", step, error.message);
  return Fail(io, e);
}

int Demo(Io io, const SettingsSource& source, const core::Clock& clock) {
  auto settings = source();
  if (!settings.ok()) return Fail(io, settings.error());
  settings->pool_size = 1;
  auto opened = OpenMigrated(*settings);
  if (!opened.ok()) return Fail(io, opened.error());
  store::Database& db = **opened;

  // Refuse anything but an empty installation: demo accounts with a published password must
  // never appear next to real ones.
  auto existing = db.Read([](store::Tx& tx) {
    store::UserFilter filter;
    filter.page.page_size = 1;
    return tx.users().List(filter);
  });
  if (!existing.ok()) return Fail(io, existing.error());
  if (existing->total > 0) {
    return Fail(io, core::Error::Invalid(fmt::format(
                        "database {} already has {} user(s); demo data is only added to an "
                        "empty database (nothing changed)",
                        settings->shown, existing->total)));
  }

  service::OrganisationService organisation(db, clock);
  service::UserService users(db, clock);
  service::RevalidantService revalidanten(db, clock);
  auto ctx = service::SystemContext(clock.Now(), "demo");

  auto inst = organisation.GetInstitution(ctx);
  if (!inst.ok()) return StepFailed(io, "reading the institution", inst.error());
  store::Institution institution = *inst;
  institution.name = "Revalidatiecentrum De Hoogte (fictief)";
  institution.address = "Heuvelweg 12";
  institution.postal_code = "3818 XZ";
  institution.city = "Amersfoort";
  institution.phone = "033-700 00 00";
  institution.email = "info@dehoogte.example";
  institution.website = "https://dehoogte.example";
  institution.ric_model = "vast";
  if (auto r = organisation.UpdateInstitution(ctx, institution); !r.ok()) {
    return StepFailed(io, "setting the institution", r.error());
  }

  std::vector<core::TeamId> teams;
  for (const char* name : {"Team Noord", "Team Zuid"}) {
    auto team = organisation.CreateTeam(ctx, name);
    if (!team.ok()) return StepFailed(io, fmt::format("creating {}", name), team.error());
    teams.push_back(team->id);
  }

  auto create_user = [&](const DemoUser& u, core::RevalidantId revalidant) -> core::Result<core::UserId> {
    service::NewUser in;
    in.username = u.username;
    in.display_name = u.display_name;
    in.email = fmt::format("{}@dehoogte.example", u.username);
    in.role = u.role;
    in.discipline = u.discipline;
    for (int t : u.teams) in.team_ids.push_back(teams.at(static_cast<std::size_t>(t)));
    in.revalidant_id = revalidant;
    in.password = kDemoPassword;
    WP_ASSIGN_OR_RETURN(auto created, users.Create(ctx, in));
    return created.user.id;
  };

  // Staff first: revalidanten need their RIC to exist.
  const std::vector<DemoUser> staff = {
      {"admin", "Femke Jansen (beheer)", "admin", "", {}},
      {"arts", "Pieter van Dijk", "revalidatiearts", "", {0, 1}},
      {"ric", "Marloes Bakker", "ric", "", {0}},
      {"ric.zuid", "Youssef El Amrani", "ric", "", {1}},
      {"fysio", "Joost Visser", "therapeut", "fysiotherapie", {0}},
      {"ergo", "Ingrid Smit", "therapeut", "ergotherapie", {0, 1}},
      {"psycholoog", "Lotte Mulder", "therapeut", "psychologie", {0, 1}},
      {"maatschappelijk", "Kees de Graaf", "therapeut", "maatschappelijk_werk", {1}},
  };
  std::map<std::string, core::UserId> ids;
  for (const auto& u : staff) {
    auto id = create_user(u, {});
    if (!id.ok()) return StepFailed(io, fmt::format("creating user {}", u.username), id.error());
    ids[u.username] = *id;
  }

  std::vector<core::RevalidantId> created;
  for (const auto& r : kRevalidanten) {
    domain::registry::RevalidantData d;
    d.given_names = r.given_names;
    d.family_name = r.family_name;
    d.date_of_birth = *core::ParseDate(r.date_of_birth);
    d.bsn = std::string(r.bsn);
    std::string slug = fmt::format("{}.{}", r.given_names, r.family_name);
    for (auto& c : slug) {
      c = (c == ' ') ? '.' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    d.contact.email = slug + "@mail.example";
    d.contact.phone = fmt::format("06-1000 {:04d}", static_cast<int>(created.size()) + 1);
    d.contact.street = r.street;
    d.contact.postal_code = r.postal_code;
    d.contact.city = r.city;
    std::string_view naaste(r.naaste);
    if (!naaste.empty()) {
      auto bar = naaste.find('|');
      d.naaste = domain::registry::Naaste{std::string(naaste.substr(0, bar)),
                                          std::string(naaste.substr(bar + 1)), "06-2000 0001",
                                          ""};
    }
    d.employment_status = r.status;
    if (*r.employer != '\0') {
      d.employer = domain::registry::Employer{r.employer, r.employer_contact, "030-600 00 00",
                                              "hr@werkgever.example", ""};
      d.bedrijfsarts = domain::registry::BedrijfsartsContact{
          "Esther Koster", "Arbodienst Midden (fictief)", "030-800 00 00",
          "bedrijfsarts@arbodienst.example"};
    }
    d.function_title = r.function_title;
    if (r.hours > 0) d.hours_per_week = r.hours;
    d.team_id = teams.at(static_cast<std::size_t>(r.team));
    d.ric_user_id = ids.at(r.team == 0 ? "ric" : "ric.zuid");
    auto view = revalidanten.Create(ctx, d);
    if (!view.ok()) {
      return StepFailed(io, fmt::format("registering demo revalidant {}", created.size() + 1),
                        view.error());
    }
    created.push_back(view->revalidant.id);
  }

  // External users: the portal account belongs to the first revalidant (Henk de Vries), the
  // werkgever and bedrijfsarts to his employer and arbodienst.
  const std::vector<std::pair<DemoUser, core::RevalidantId>> external = {
      {{"revalidant", "Henk de Vries", "revalidant", "", {}}, created.front()},
      {{"werkgever", "Hans Vermeulen", "werkgever", "", {}}, {}},
      {{"bedrijfsarts", "Esther Koster", "bedrijfsarts", "", {}}, {}},
  };
  for (const auto& [u, revalidant] : external) {
    auto id = create_user(u, revalidant);
    if (!id.ok()) return StepFailed(io, fmt::format("creating user {}", u.username), id.error());
    ids[u.username] = *id;
  }

  // AGR trajectories in every state of the route (issue 3).
  auto trajectories = AddDemoAgr(db, clock, ids, created);
  if (!trajectories.ok()) return StepFailed(io, "creating AGR trajectories", trajectories.error());

  // Forms 4 and 6, goals, work training and function catalogues (issue 4).
  auto profiles = AddDemoProfiles(db, clock, ids, created);
  if (!profiles.ok()) return StepFailed(io, "creating profiles", profiles.error());

  // Verzuimdossiers in different states of the Poortwachter route (issue 5).
  auto dossiers = AddDemoVerzuim(db, clock, ids, created);
  if (!dossiers.ok()) return StepFailed(io, "creating verzuimdossiers", dossiers.error());

  // Network partners with their role per phase and a planned handover moment (issue 6).
  auto partners = AddDemoPartners(db, clock, ids, created);
  if (!partners.ok()) return StepFailed(io, "creating network partners", partners.error());
  auto visies = AddDemoSignedVisies(db, clock, ids, created);
  if (!visies.ok()) return StepFailed(io, "signing a demo re-integratievisie", visies.error());
  auto contact_log = AddDemoContacts(db, clock, ids, created);
  if (!contact_log.ok()) return StepFailed(io, "logging demo contacts", contact_log.error());

  // External access (issue 6): the werkgever and the bedrijfsarts accounts are invited for Henk
  // de Vries (the portal revalidant), as the parties of his form 3. What they see follows his
  // consent on every request.
  {
    service::PasswordHasher hasher;
    service::ExternalAccessService external(db, clock, hasher);
    for (const char* party : {"werkgever", "bedrijfsarts"}) {
      service::GrantInput in;
      in.party = party;
      in.user_id = ids.at(party);
      auto granted = external.Invite(ctx, created.front(), in);
      if (!granted.ok()) {
        return StepFailed(io, fmt::format("granting external access to {}", party),
                          granted.error());
      }
    }
  }

  core::log::Info("demo_created", {{"users", std::int64_t(staff.size() + external.size())},
                                   {"revalidanten", std::int64_t(created.size())},
                                   {"trajectories", std::int64_t(*trajectories)},
                                   {"verzuimdossiers", std::int64_t(*dossiers)}});
  io.out << fmt::format(
      "demo data created in {}: institution \"{}\", 2 teams, {} users, {} revalidanten, "
      "{} AGR trajectories, {} verzuimdossiers\n"
      "log in as admin, arts, ric, ric.zuid, fysio, ergo, psycholoog, maatschappelijk, "
      "revalidant, werkgever or bedrijfsarts with password {}\n"
      "staff set up two-factor authentication at their first login\n",
      settings->shown, institution.name, staff.size() + external.size(), created.size(),
      *trajectories, *dossiers, kDemoPassword);
  return kExitOk;
}

}  // namespace

void AddDemoCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings,
                    const core::Clock& clock) {
  auto* cmd = root.add_subcommand("demo", "Fill an empty database with fictitious demo data");
  cmd->callback([io, &exit_code, settings = std::move(settings), &clock] {
    exit_code = Demo(io, settings, clock);
  });
}

}  // namespace werkpad::cli
