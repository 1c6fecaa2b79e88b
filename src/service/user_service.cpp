#include "service/user_service.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "audit/audit_log.hpp"
#include "service/internal.hpp"
#include "service/policy.hpp"

namespace werkpad::service {
namespace {

using domain::identity::Role;

constexpr std::size_t kMaxDisplayName = 200;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string IdText(core::UserId id) { return std::to_string(id.value); }

// kConflict (field "revalidant_id", code "taken") when the revalidant already has an account.
core::Status NoPortalAccountYet(store::Tx& tx, core::RevalidantId revalidant) {
  WP_ASSIGN_OR_RETURN(std::optional<store::UserRecord> linked,
                      tx.users().FindByRevalidant(revalidant));
  if (!linked) return core::Ok();
  return core::Error{core::ErrorCode::kConflict,
                     "the revalidant already has a portal account",
                     {{"revalidant_id", "taken", "already has a portal account"}}};
}

bool IsStaffDirectoryRole(Role r) {
  return r == Role::kRevalidatiearts || r == Role::kRic || r == Role::kTherapeut;
}

// The profile fields shared by create and update, checked against the organisation.
struct Profile {
  std::string display_name;
  std::string email;
  std::optional<Role> role;
  std::string discipline;
  std::vector<core::TeamId> team_ids;
};

core::Status CheckProfile(store::Tx& tx, internal::FieldChecker& c, const std::string& display_name,
                          const std::string& email, const std::string& role_code,
                          const std::string& discipline, const std::vector<core::TeamId>& teams,
                          Profile& out) {
  out.display_name = internal::Trim(display_name);
  c.Required("display_name", out.display_name);
  c.MaxLen("display_name", out.display_name, kMaxDisplayName);
  out.email = internal::Trim(email);
  c.MaxLen("email", out.email, 254);
  if (!c.Has("email")) c.Email("email", out.email);
  if (role_code.empty()) {
    c.Add("role", "required", "is required");
  } else {
    out.role = domain::identity::ParseRole(role_code);
    if (!out.role) c.Add("role", "invalid_value", "is not a role");
  }
  if (out.role && domain::identity::RequiresDiscipline(*out.role)) {
    if (discipline.empty()) {
      c.Add("discipline", "required", "is required for this role");
    } else {
      WP_ASSIGN_OR_RETURN(std::vector<store::Discipline> known, internal::AllDisciplines(tx));
      bool found = std::any_of(known.begin(), known.end(),
                               [&](const store::Discipline& d) { return d.code == discipline; });
      if (!found) c.Add("discipline", "invalid_value", "is not a known discipline");
      out.discipline = discipline;
    }
  }
  // Other roles carry no discipline (a value left over from an earlier role is dropped).
  std::set<std::int64_t> seen;
  for (core::TeamId t : teams) {
    if (!seen.insert(t.value).second) continue;
    auto team = tx.organisation().GetTeam(t);
    if (!team.ok()) {
      if (team.error().code != core::ErrorCode::kNotFound) return std::move(team).error();
      c.Add("team_ids", "invalid_value", "names a team that does not exist");
      break;
    }
    out.team_ids.push_back(t);
  }
  return core::Ok();
}

}  // namespace

bool IsValidUsername(std::string_view username) {
  if (username.size() < 3 || username.size() > 64) return false;
  return std::all_of(username.begin(), username.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
           ch == '-';
  });
}

struct UserService::Impl {
  store::Database& db;
  const core::Clock& clock;
  PasswordHasher hasher;

  Impl(store::Database& d, const core::Clock& c, PasswordHasher h)
      : db(d), clock(c), hasher(std::move(h)) {}

  core::Result<bool> Admin(const RequestContext& ctx, audit::Action action, core::UserId id) {
    if (Allows(ctx.actor, Permission::kManageUsers)) return true;
    return internal::Deny(db, ctx, action, "user", id.valid() ? IdText(id) : "");
  }

  // Reads the user, applies `change` to the record and stores the profile, ending the user's
  // sessions when `end_sessions` says so; audited as an update with `detail`.
  core::Result<UserView> ChangeProfile(
      const RequestContext& ctx, core::UserId id, const std::string& detail,
      const std::function<core::Result<bool>(store::Tx&, store::UserRecord&)>& change) {
    auto changed = db.Write([&](store::Tx& tx) -> core::Result<UserView> {
      WP_ASSIGN_OR_RETURN(store::UserRecord u, tx.users().Get(id));
      const core::RevalidantId linked = u.revalidant_id;  // before the change may unlink it
      WP_ASSIGN_OR_RETURN(bool end_sessions, change(tx, u));
      WP_ASSIGN_OR_RETURN(u.version, tx.users().UpdateProfile(u));
      if (end_sessions) WP_RETURN_IF_ERROR(tx.sessions().DeleteForUser(id));
      // Changing a portal account is a write on the client's data: the entry names them.
      audit::AuditEvent e = EventFor(ctx, audit::Action::kUpdate, "user", IdText(id), linked);
      e.detail = detail;
      WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
      return ToView(u);
    });
    internal::NoteIdentityChange();  // role, teams, disabled: cached sessions re-read
    return changed;
  }
};

UserService::UserService(store::Database& db, const core::Clock& clock,
                         PasswordHasherOptions hashing)
    : impl_(std::make_unique<Impl>(db, clock, PasswordHasher(hashing))) {}

UserService::UserService(store::Database& db, const core::Clock& clock,
                         const PasswordHasher& hasher)
    : impl_(std::make_unique<Impl>(db, clock, hasher)) {}

UserService::~UserService() = default;

core::Result<PageView<UserView>> UserService::List(const RequestContext& ctx,
                                                   const UserListQuery& q) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kSearch, {}));
  WP_RETURN_IF_ERROR(CheckPage(q.page));
  store::UserFilter filter;
  filter.text = internal::Trim(q.text);
  filter.page = q.page;
  if (!q.role.empty()) {
    filter.role = domain::identity::ParseRole(q.role);
    if (!filter.role) {
      return core::Error::Invalid("unknown role", {{"role", "invalid_value", "is not a role"}});
    }
  }
  WP_ASSIGN_OR_RETURN(store::Page<store::UserRecord> page,
                      m.db.Read([&](store::Tx& tx) { return tx.users().List(filter); }));
  PageView<UserView> out;
  out.page = page.page;
  out.page_size = page.page_size;
  out.total = page.total;
  for (const auto& u : page.items) out.items.push_back(ToView(u));
  return out;
}

core::Result<UserView> UserService::Get(const RequestContext& ctx, core::UserId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kRead, id));
  WP_ASSIGN_OR_RETURN(store::UserRecord u,
                      m.db.Read([&](store::Tx& tx) { return tx.users().Get(id); }));
  return ToView(u);
}

core::Result<UserCreated> UserService::Create(const RequestContext& ctx, const NewUser& in) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kCreate, {}));

  const std::string username = Lower(internal::Trim(in.username));
  std::string password;
  bool generated = false;
  if (in.password) {
    password = *in.password;
  } else {
    password = GeneratePassword();
    generated = true;
  }
  // Validation needs the organisation (teams, disciplines): run it on a read connection first,
  // hash outside any transaction, then insert.
  store::UserRecord rec;
  WP_RETURN_IF_ERROR(m.db.ReadUnit([&](store::Tx& tx) -> core::Status {
    internal::FieldChecker c;
    if (username.empty()) {
      c.Add("username", "required", "is required");
    } else if (username.size() > 64) {
      c.Add("username", "too_long", "is longer than 64");
    } else if (!IsValidUsername(username)) {
      c.Add("username", "invalid_value", "must be 3-64 characters of a-z 0-9 . _ -");
    }
    Profile p;
    WP_RETURN_IF_ERROR(
        CheckProfile(tx, c, in.display_name, in.email, in.role, in.discipline, in.team_ids, p));
    if (!generated && password.size() < kMinPasswordLength) {
      c.Add("password", "too_short", "must have at least 12 characters");
    } else if (password.size() > kMaxPasswordLength) {
      c.Add("password", "too_long", "must have at most 256 characters");
    }
    // A revalidant account is the portal of one revalidant: it names the revalidant, and a
    // revalidant has at most one. Staff and external accounts are linked to nobody.
    bool check_linked = false;
    if (in.revalidant_id.valid()) {
      if (p.role && *p.role != Role::kRevalidant) {
        c.Add("revalidant_id", "invalid_value", "only for the revalidant role");
      } else {
        auto r = tx.revalidanten().Get(in.revalidant_id);
        if (!r.ok()) {
          if (r.error().code != core::ErrorCode::kNotFound) return std::move(r).error();
          c.Add("revalidant_id", "invalid_value", "does not exist");
        } else {
          check_linked = true;
        }
      }
    } else if (p.role && *p.role == Role::kRevalidant) {
      c.Add("revalidant_id", "required", "is required for the revalidant role");
    }
    if (!c.Has("username") && !username.empty()) {
      WP_ASSIGN_OR_RETURN(std::optional<store::UserRecord> existing,
                          tx.users().FindByUsername(username));
      if (existing) {
        return core::Error{core::ErrorCode::kConflict,
                           "the username is taken",
                           {{"username", "taken", "is already in use"}}};
      }
    }
    WP_RETURN_IF_ERROR(c.Done("the user has invalid fields"));
    if (check_linked) WP_RETURN_IF_ERROR(NoPortalAccountYet(tx, in.revalidant_id));
    rec.username = username;
    rec.display_name = p.display_name;
    rec.email = p.email;
    rec.role = *p.role;
    rec.discipline = p.discipline;
    rec.team_ids = p.team_ids;
    rec.revalidant_id = in.revalidant_id;
    return core::Ok();
  }));
  WP_ASSIGN_OR_RETURN(rec.password_hash, m.hasher.Hash(password));
  rec.created_at = ctx.now;
  rec.version = 1;
  WP_ASSIGN_OR_RETURN(rec.id, m.db.Write([&](store::Tx& tx) -> core::Result<core::UserId> {
    // Checked again in the writing transaction: two admins may link the same revalidant at once.
    if (rec.revalidant_id.valid()) WP_RETURN_IF_ERROR(NoPortalAccountYet(tx, rec.revalidant_id));
    WP_ASSIGN_OR_RETURN(core::UserId id, tx.users().Insert(rec));
    // A portal account is a write on the client's data: the entry names the revalidant.
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kCreate, "user", IdText(id), rec.revalidant_id);
    e.detail = "role=" + std::string(domain::identity::ToCode(rec.role));
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    return id;
  }));
  return UserCreated{ToView(rec), std::move(password)};
}

core::Result<UserView> UserService::Update(const RequestContext& ctx, core::UserId id,
                                           const UserUpdate& in) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kUpdate, id));
  return m.ChangeProfile(
      ctx, id, "profile", [&](store::Tx& tx, store::UserRecord& u) -> core::Result<bool> {
        internal::FieldChecker c;
        Profile p;
        WP_RETURN_IF_ERROR(
            CheckProfile(tx, c, in.display_name, in.email, in.role, in.discipline, in.team_ids, p));
        if (p.role && *p.role != Role::kRevalidant && u.revalidant_id.valid() &&
            u.role == Role::kRevalidant) {
          // A portal account stays linked only while it is a revalidant.
          u.revalidant_id = {};
        }
        if (p.role && *p.role == Role::kRevalidant && u.role != Role::kRevalidant &&
            !u.revalidant_id.valid()) {
          // The link is made when the account is created; an unlinked account cannot become one.
          c.Add("role", "invalid_value", "a revalidant account is created for a revalidant");
        }
        if (p.role && *p.role != Role::kAdmin && u.id == ctx.actor.user_id &&
            u.role == Role::kAdmin) {
          c.Add("role", "invalid_value", "you cannot remove your own admin role");
        }
        WP_RETURN_IF_ERROR(c.Done("the user has invalid fields"));
        if (u.version != in.version) {
          return core::Error::Conflict("the user was changed by someone else");
        }
        const bool role_changed = u.role != *p.role;
        u.display_name = p.display_name;
        u.email = p.email;
        u.role = *p.role;
        u.discipline = p.discipline;
        u.team_ids = p.team_ids;
        return role_changed;
      });
}

core::Result<UserView> UserService::Disable(const RequestContext& ctx, core::UserId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kUpdate, id));
  if (id == ctx.actor.user_id) return core::Error::Rule("you cannot disable your own account");
  return m.ChangeProfile(ctx, id, "disable", [](store::Tx&, store::UserRecord& u) {
    u.disabled = true;
    return core::Result<bool>(true);
  });
}

core::Result<UserView> UserService::Enable(const RequestContext& ctx, core::UserId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kUpdate, id));
  return m.ChangeProfile(ctx, id, "enable", [](store::Tx&, store::UserRecord& u) {
    u.disabled = false;
    return core::Result<bool>(false);
  });
}

core::Result<std::string> UserService::ResetPassword(const RequestContext& ctx, core::UserId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kUpdate, id));
  // Your own password is changed with the current one (PUT /session/password), not reset.
  if (id == ctx.actor.user_id) {
    return core::Error::Rule("you cannot reset your own password; change it under your account");
  }
  std::string password = GeneratePassword();
  WP_ASSIGN_OR_RETURN(std::string hash, m.hasher.Hash(password));
  WP_RETURN_IF_ERROR(m.db.WriteUnit([&](store::Tx& tx) -> core::Status {
    WP_ASSIGN_OR_RETURN(store::UserRecord u, tx.users().Get(id));
    WP_RETURN_IF_ERROR(tx.users().SetPasswordHash(id, hash));
    WP_RETURN_IF_ERROR(tx.sessions().DeleteForUser(id));
    // A portal account's reset is in the revalidant's access log, like its creation.
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "user", IdText(id), u.revalidant_id);
    e.detail = "reset_password";
    return audit::AppendInTx(tx, e, ctx.now);
  }));
  internal::NoteIdentityChange();
  return password;
}

core::Result<UserView> UserService::ResetTotp(const RequestContext& ctx, core::UserId id) {
  Impl& m = *impl_;
  WP_RETURN_IF_ERROR(m.Admin(ctx, audit::Action::kUpdate, id));
  // Four eyes (NEN 7510): an administrator's own second factor is reset by another one.
  if (id == ctx.actor.user_id) {
    return core::Error::Rule("another administrator must reset your own second factor");
  }
  auto changed = m.db.Write([&](store::Tx& tx) -> core::Result<UserView> {
    WP_ASSIGN_OR_RETURN(store::UserRecord before, tx.users().Get(id));
    WP_RETURN_IF_ERROR(tx.users().SetTotp(id, "", false));
    WP_RETURN_IF_ERROR(tx.users().ReplaceRecoveryCodes(id, {}));
    WP_RETURN_IF_ERROR(tx.sessions().DeleteForUser(id));
    audit::AuditEvent e =
        EventFor(ctx, audit::Action::kUpdate, "user", IdText(id), before.revalidant_id);
    e.detail = "reset_2fa";
    WP_RETURN_IF_ERROR(audit::AppendInTx(tx, e, ctx.now));
    WP_ASSIGN_OR_RETURN(store::UserRecord u, tx.users().Get(id));
    return ToView(u);
  });
  internal::NoteIdentityChange();
  return changed;
}

core::Result<std::vector<StaffEntry>> UserService::StaffDirectory(const RequestContext& ctx,
                                                                  const std::string& role) {
  Impl& m = *impl_;
  if (!Allows(ctx.actor, Permission::kReadStaffDirectory)) {
    return internal::Deny(m.db, ctx, audit::Action::kSearch, "staff", "");
  }
  store::UserFilter filter;
  filter.include_disabled = false;
  filter.page.page_size = store::kMaxPageSize;
  if (!role.empty()) {
    filter.role = domain::identity::ParseRole(role);
    if (!filter.role || !IsStaffDirectoryRole(*filter.role)) {
      return core::Error::Invalid("unknown role",
                                  {{"role", "invalid_value", "is not a staff role"}});
    }
  }
  std::vector<StaffEntry> out;
  WP_RETURN_IF_ERROR(m.db.ReadUnit([&](store::Tx& tx) -> core::Status {
    for (filter.page.page = 1;; ++filter.page.page) {
      WP_ASSIGN_OR_RETURN(store::Page<store::UserRecord> page, tx.users().List(filter));
      for (const auto& u : page.items) {
        if (u.disabled || !IsStaffDirectoryRole(u.role)) continue;
        out.push_back({u.id, u.display_name, u.role, u.discipline});
      }
      if (page.items.size() < static_cast<std::size_t>(filter.page.page_size) ||
          filter.page.offset() + static_cast<std::int64_t>(page.items.size()) >= page.total) {
        break;
      }
    }
    return core::Ok();
  }));
  std::sort(out.begin(), out.end(), [](const StaffEntry& a, const StaffEntry& b) {
    return a.display_name != b.display_name ? a.display_name < b.display_name
                                            : a.id.value < b.id.value;
  });
  return out;
}

}  // namespace werkpad::service
