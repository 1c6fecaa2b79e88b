#include "cli/user_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "service/organisation_service.hpp"
#include "service/user_service.hpp"

namespace werkpad::cli {

namespace {

struct UserArgs {
  std::string username;
  std::string role;
  std::string discipline;
  std::string display_name;
  std::string email;
  std::vector<std::string> teams;
  std::int64_t revalidant_id = 0;
  bool password_stdin = false;
};

// An open database plus the services the user commands use.
struct Session {
  std::unique_ptr<store::sql::SqlDatabase> db;
  std::unique_ptr<service::UserService> users;
  std::unique_ptr<service::OrganisationService> organisation;
  service::RequestContext ctx;
};

core::Result<Session> OpenSession(const SettingsSource& source, const core::Clock& clock) {
  WP_ASSIGN_OR_RETURN(auto settings, source());
  settings.pool_size = 1;
  Session s;
  WP_ASSIGN_OR_RETURN(s.db, OpenMigrated(settings));
  s.users = std::make_unique<service::UserService>(*s.db, clock);
  s.organisation = std::make_unique<service::OrganisationService>(*s.db, clock);
  s.ctx = service::SystemContext(clock.Now(), "cli");
  return s;
}

core::Result<core::UserId> FindUser(store::Database& db, const std::string& username) {
  std::string lower = username;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  auto found = db.Read([&](store::Tx& tx) { return tx.users().FindByUsername(lower); });
  if (!found.ok()) return std::move(found).error();
  if (!found->has_value()) {
    return core::Error::NotFound(fmt::format("no user with username \"{}\"", username));
  }
  return (*found)->id;
}

core::Result<std::vector<core::TeamId>> TeamIds(Session& s, const std::vector<std::string>& names) {
  std::vector<core::TeamId> ids;
  if (names.empty()) return ids;
  WP_ASSIGN_OR_RETURN(auto teams, s.organisation->ListTeams(s.ctx));
  for (const auto& name : names) {
    auto it = std::find_if(teams.begin(), teams.end(),
                           [&](const store::Team& t) { return t.name == name; });
    if (it == teams.end()) {
      std::string known;
      for (const auto& t : teams) known += (known.empty() ? "" : ", ") + t.name;
      return core::Error::Invalid(fmt::format("no team named \"{}\" (teams: {})", name,
                                              known.empty() ? "none yet" : known));
    }
    ids.push_back(it->id);
  }
  return ids;
}

std::string ReadPasswordLine(std::istream& in) {
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int Add(Io io, std::istream& in, const UserArgs& a, const SettingsSource& source,
        const core::Clock& clock) {
  std::optional<std::string> password;
  if (a.password_stdin) {
    password = ReadPasswordLine(in);
    if (password->empty()) {
      return Fail(io, core::Error::Invalid("--password-stdin: no password on standard input"));
    }
  }
  auto s = OpenSession(source, clock);
  if (!s.ok()) return Fail(io, s.error());
  auto teams = TeamIds(*s, a.teams);
  if (!teams.ok()) return Fail(io, teams.error());
  service::NewUser user;
  user.username = a.username;
  user.display_name = a.display_name.empty() ? a.username : a.display_name;
  user.email = a.email;
  user.role = a.role;
  user.discipline = a.discipline;
  user.team_ids = *teams;
  user.revalidant_id = core::RevalidantId(a.revalidant_id);
  user.password = password;
  auto created = s->users->Create(s->ctx, user);
  if (!created.ok()) return Fail(io, created.error());
  io.out << fmt::format("user {} created (id {}, role {})\n", created->user.username,
                        created->user.id.value, domain::identity::ToCode(created->user.role));
  if (!a.password_stdin) io.out << "initial password: " << created->initial_password << "\n";
  if (domain::identity::RequiresTwoFactor(created->user.role)) {
    io.out << "two-factor authentication is set up at the first login\n";
  }
  return kExitOk;
}

int List(Io io, const std::string& role, const SettingsSource& source, const core::Clock& clock) {
  auto s = OpenSession(source, clock);
  if (!s.ok()) return Fail(io, s.error());
  std::vector<service::UserView> all;
  service::UserListQuery q;
  q.role = role;
  q.page.page = 1;
  q.page.page_size = store::kMaxPageSize;
  for (;;) {
    auto page = s->users->List(s->ctx, q);
    if (!page.ok()) return Fail(io, page.error());
    all.insert(all.end(), page->items.begin(), page->items.end());
    if (page->items.empty() || static_cast<std::int64_t>(all.size()) >= page->total) break;
    ++q.page.page;
  }
  std::sort(all.begin(), all.end(), [](const service::UserView& a, const service::UserView& b) {
    return a.id < b.id;
  });
  std::size_t w_user = 8, w_role = 4, w_disc = 10;
  for (const auto& u : all) {
    w_user = std::max(w_user, u.username.size());
    w_role = std::max(w_role, domain::identity::ToCode(u.role).size());
    w_disc = std::max(w_disc, u.discipline.size());
  }
  io.out << fmt::format("{:>4}  {:<{}}  {:<{}}  {:<{}}  {:<3}  {:<8}  {}\n", "ID", "USERNAME",
                        w_user, "ROLE", w_role, "DISCIPLINE", w_disc, "2FA", "STATUS", "NAME");
  for (const auto& u : all) {
    io.out << fmt::format("{:>4}  {:<{}}  {:<{}}  {:<{}}  {:<3}  {:<8}  {}\n", u.id.value,
                          u.username, w_user, domain::identity::ToCode(u.role), w_role,
                          u.discipline.empty() ? "-" : u.discipline, w_disc,
                          u.totp_enabled ? "yes" : "no", u.disabled ? "disabled" : "active",
                          u.display_name);
  }
  io.out << fmt::format("{} user{}\n", all.size(), all.size() == 1 ? "" : "s");
  return kExitOk;
}

enum class Action { kDisable, kEnable, kResetPassword, kReset2fa };

int Change(Io io, Action action, const std::string& username, const SettingsSource& source,
           const core::Clock& clock) {
  auto s = OpenSession(source, clock);
  if (!s.ok()) return Fail(io, s.error());
  auto id = FindUser(*s->db, username);
  if (!id.ok()) return Fail(io, id.error());
  switch (action) {
    case Action::kDisable: {
      auto r = s->users->Disable(s->ctx, *id);
      if (!r.ok()) return Fail(io, r.error());
      io.out << fmt::format("user {} disabled; their sessions have ended\n", r->username);
      break;
    }
    case Action::kEnable: {
      auto r = s->users->Enable(s->ctx, *id);
      if (!r.ok()) return Fail(io, r.error());
      io.out << fmt::format("user {} enabled\n", r->username);
      break;
    }
    case Action::kResetPassword: {
      auto r = s->users->ResetPassword(s->ctx, *id);
      if (!r.ok()) return Fail(io, r.error());
      io.out << fmt::format("temporary password for {}: {}\n", username, *r);
      break;
    }
    case Action::kReset2fa: {
      auto r = s->users->ResetTotp(s->ctx, *id);
      if (!r.ok()) return Fail(io, r.error());
      io.out << fmt::format(
          "two-factor authentication of {} reset; they enrol again at the next login\n",
          r->username);
      break;
    }
  }
  return kExitOk;
}

}  // namespace

void AddUserCommand(CLI::App& root, Io io, std::istream& in, int& exit_code,
                    SettingsSource settings, const core::Clock& clock) {
  auto* user = root.add_subcommand("user", "Manage user accounts");
  user->require_subcommand(1);

  auto args = std::make_shared<UserArgs>();
  auto* add = user->add_subcommand("add", "Create a user and print the initial password");
  add->add_option("--username", args->username, "3-64 characters of a-z 0-9 . _ -")->required();
  add->add_option("--role", args->role,
                  "admin, revalidatiearts, ric, therapeut, revalidant, werkgever, bedrijfsarts "
                  "or partner")
      ->required();
  add->add_option("--discipline", args->discipline, "Discipline code (therapeut), e.g. fysiotherapie");
  add->add_option("--display-name", args->display_name, "Name shown in the UI [default: username]");
  add->add_option("--email", args->email, "E-mail address");
  add->add_option("--team", args->teams, "Team name (repeat for several teams)");
  add->add_option("--revalidant-id", args->revalidant_id,
                  "For the revalidant role: id of their revalidant record");
  add->add_flag("--password-stdin", args->password_stdin,
                "Read the initial password from the first line of standard input");
  add->callback([io, &in, &exit_code, args, settings, &clock] {
    exit_code = Add(io, in, *args, settings, clock);
  });

  auto role = std::make_shared<std::string>();
  auto* list = user->add_subcommand("list", "Print all users as a table");
  list->add_option("--role", *role, "Only users with this role");
  list->callback([io, &exit_code, role, settings, &clock] {
    exit_code = List(io, *role, settings, clock);
  });

  struct Spec {
    const char* name;
    const char* help;
    Action action;
  };
  for (const Spec& spec : {Spec{"disable", "Disable a user and end their sessions", Action::kDisable},
                           Spec{"enable", "Enable a disabled user", Action::kEnable},
                           Spec{"reset-password", "Set and print a temporary password",
                                Action::kResetPassword},
                           Spec{"reset-2fa", "Clear two-factor authentication (enrol again)",
                                Action::kReset2fa}}) {
    auto username = std::make_shared<std::string>();
    auto* cmd = user->add_subcommand(spec.name, spec.help);
    cmd->add_option("--username", *username, "The user's username")->required();
    Action action = spec.action;
    cmd->callback([io, &exit_code, username, action, settings, &clock] {
      exit_code = Change(io, action, *username, settings, clock);
    });
  }
}

}  // namespace werkpad::cli
