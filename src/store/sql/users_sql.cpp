#include <soci/soci.h>

#include <algorithm>
#include <cctype>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

namespace {

using domain::identity::ParseRole;
using domain::identity::ToCode;

// Usernames are stored and compared in (ASCII) lowercase.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr const char* kColumns =
    "SELECT id, version, username, display_name, email, role, discipline, revalidant_id,"
    " disabled, password_hash, totp_secret, totp_enabled, totp_last_step, last_login_ms,"
    " created_ms FROM app_user";

// Receives one app_user row.
struct UserRow {
  long long id = 0, version = 0, revalidant_id = 0, totp_last_step = 0, last_login_ms = 0,
            created_ms = 0;
  int disabled = 0, totp_enabled = 0;
  std::string username, display_name, email, role, discipline, password_hash, totp_secret;
  soci::indicator revalidant_ind = soci::i_null, last_login_ind = soci::i_null;

  void Exchange(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(username));
    st.exchange(soci::into(display_name));
    st.exchange(soci::into(email));
    st.exchange(soci::into(role));
    st.exchange(soci::into(discipline));
    st.exchange(soci::into(revalidant_id, revalidant_ind));
    st.exchange(soci::into(disabled));
    st.exchange(soci::into(password_hash));
    st.exchange(soci::into(totp_secret));
    st.exchange(soci::into(totp_enabled));
    st.exchange(soci::into(totp_last_step));
    st.exchange(soci::into(last_login_ms, last_login_ind));
    st.exchange(soci::into(created_ms));
  }

  UserRecord ToRecord() const {
    UserRecord u;
    u.id = core::UserId{id};
    u.version = version;
    u.username = username;
    u.display_name = display_name;
    u.email = email;
    u.role = ParseRole(role).value_or(domain::identity::Role::kPartner);
    u.discipline = discipline;
    u.revalidant_id = core::RevalidantId{revalidant_ind == soci::i_ok ? revalidant_id : 0};
    u.disabled = disabled != 0;
    u.password_hash = password_hash;
    u.totp_secret = totp_secret;
    u.totp_enabled = totp_enabled != 0;
    u.totp_last_step = totp_last_step;
    if (last_login_ind == soci::i_ok) u.last_login_at = core::FromMillis(last_login_ms);
    u.created_at = core::FromMillis(created_ms);
    return u;
  }
};

}  // namespace

namespace {

// The user of every authenticated request is loaded with its teams: both prepared once per
// connection.
struct GetUser {
  UserRow row;
  long long uid = 0;
  Prepared q;

  GetUser(soci::session& s, Dialect) : q(s) {
    row.Exchange(q.st());
    q.st().exchange(soci::use(uid));
    q.Prepare(std::string(kColumns) + " WHERE id = :id");
  }
};

struct TeamsOfUser {
  long long team = 0, uid = 0;
  Prepared q;

  TeamsOfUser(soci::session& s, Dialect) : q(s) {
    q.st().exchange(soci::into(team));
    q.st().exchange(soci::use(uid));
    q.Prepare("SELECT team_id FROM team_member WHERE user_id = :u ORDER BY team_id");
  }
};

}  // namespace

core::Status SqlUserRepo::LoadTeams(UserRecord& user) {
  auto& t = stmts_.Get<TeamsOfUser>();
  t.uid = user.id.value;
  ScopedReset reset(t.q);
  t.q.Execute();
  user.team_ids.clear();
  while (t.q.Fetch()) user.team_ids.push_back(core::TeamId{t.team});
  return core::Ok();
}

void SqlUserRepo::WriteTeams(core::UserId id, const std::vector<core::TeamId>& teams) {
  long long uid = id.value;
  sql_ << "DELETE FROM team_member WHERE user_id = :u", soci::use(uid);
  for (auto t : teams) {
    long long tid = t.value;
    sql_ << "INSERT INTO team_member (team_id, user_id) VALUES (:t, :u)", soci::use(tid),
        soci::use(uid);
  }
}

core::Result<UserRecord> SqlUserRepo::Get(core::UserId id) {
  return Guard("user get", [&]() -> core::Result<UserRecord> {
    auto& g = stmts_.Get<GetUser>();
    g.uid = id.value;
    if (!g.q.ExecuteOne()) return core::Error::NotFound("user not found");
    UserRecord u = g.row.ToRecord();
    WP_RETURN_IF_ERROR(LoadTeams(u));
    return u;
  });
}

core::Result<std::optional<UserRecord>> SqlUserRepo::FindByUsername(const std::string& username) {
  return Guard("user find", [&]() -> core::Result<std::optional<UserRecord>> {
    UserRow row;
    std::string name = Lower(username);
    soci::statement st(sql_);
    row.Exchange(st);
    st.exchange(soci::use(name));
    st.alloc();
    st.prepare(std::string(kColumns) + " WHERE username = :n");
    st.define_and_bind();
    if (!st.execute(true)) return std::optional<UserRecord>{};
    UserRecord u = row.ToRecord();
    WP_RETURN_IF_ERROR(LoadTeams(u));
    return std::optional<UserRecord>{std::move(u)};
  });
}

core::Result<std::optional<UserRecord>> SqlUserRepo::FindByRevalidant(core::RevalidantId id) {
  return Guard("user find by revalidant", [&]() -> core::Result<std::optional<UserRecord>> {
    UserRow row;
    long long rid = id.value;
    soci::statement st(sql_);
    row.Exchange(st);
    st.exchange(soci::use(rid));
    st.alloc();
    st.prepare(std::string(kColumns) + " WHERE revalidant_id = :r ORDER BY id LIMIT 1");
    st.define_and_bind();
    if (!st.execute(true)) return std::optional<UserRecord>{};
    UserRecord u = row.ToRecord();
    WP_RETURN_IF_ERROR(LoadTeams(u));
    return std::optional<UserRecord>{std::move(u)};
  });
}

core::Result<Page<UserRecord>> SqlUserRepo::List(const UserFilter& f) {
  return Guard("user list", [&]() -> core::Result<Page<UserRecord>> {
    std::string pattern = "%";
    for (char c : Lower(f.text)) {
      if (c == '%' || c == '_' || c == '\\') pattern += '\\';  // LIKE wildcards are literal
      pattern += c;
    }
    pattern += "%";
    std::string role = f.role ? std::string(ToCode(*f.role)) : std::string();
    int include_disabled = f.include_disabled ? 1 : 0;
    const std::string where =
        " WHERE (LOWER(username) LIKE :p1 ESCAPE '\\'"
        " OR LOWER(display_name) LIKE :p2 ESCAPE '\\')"
        " AND (:r1 = '' OR role = :r2) AND (:d = 1 OR disabled = 0)";
    Page<UserRecord> page;
    page.page = f.page.page;
    page.page_size = f.page.page_size;
    long long total = 0;
    sql_ << "SELECT COUNT(*) FROM app_user" + where, soci::into(total), soci::use(pattern),
        soci::use(pattern), soci::use(role), soci::use(role), soci::use(include_disabled);
    page.total = total;
    long long limit = f.page.page_size;
    long long offset = f.page.offset();
    UserRow row;
    soci::statement st(sql_);
    row.Exchange(st);
    st.exchange(soci::use(pattern));
    st.exchange(soci::use(pattern));
    st.exchange(soci::use(role));
    st.exchange(soci::use(role));
    st.exchange(soci::use(include_disabled));
    st.exchange(soci::use(limit));
    st.exchange(soci::use(offset));
    st.alloc();
    st.prepare(std::string(kColumns) + where +
               " ORDER BY display_name, id LIMIT :lim OFFSET :off");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) page.items.push_back(row.ToRecord());
    for (auto& u : page.items) WP_RETURN_IF_ERROR(LoadTeams(u));
    return page;
  });
}

core::Result<core::UserId> SqlUserRepo::Insert(const UserRecord& u) {
  return GuardWrite(
      sql_, "user insert",
      [&]() -> core::Result<core::UserId> {
        long long id = 0;
        std::string username = Lower(u.username);
        std::string role(ToCode(u.role));
        soci::indicator rev_ind;
        long long rev = IdOrNull(u.revalidant_id.value, rev_ind);
        int disabled = u.disabled ? 1 : 0;
        int totp_enabled = u.totp_enabled ? 1 : 0;
        long long created = core::ToMillis(u.created_at);
        sql_ << "INSERT INTO app_user (username, display_name, email, role, discipline,"
                " revalidant_id, disabled, password_hash, totp_secret, totp_enabled, created_ms)"
                " VALUES (:u, :n, :e, :r, :d, :rev, :dis, :pw, :ts, :te, :c) RETURNING id",
            soci::use(username), soci::use(u.display_name), soci::use(u.email),
            soci::use(role), soci::use(u.discipline), soci::use(rev, rev_ind),
            soci::use(disabled), soci::use(u.password_hash), soci::use(u.totp_secret),
            soci::use(totp_enabled), soci::use(created), soci::into(id);
        WriteTeams(core::UserId{id}, u.team_ids);
        return core::UserId{id};
      },
      "username");
}

core::Result<std::int64_t> SqlUserRepo::UpdateProfile(const UserRecord& u) {
  return GuardWrite(sql_, "user update", [&]() -> core::Result<std::int64_t> {
    std::string role(ToCode(u.role));
    soci::indicator rev_ind;
    long long rev = IdOrNull(u.revalidant_id.value, rev_ind);
    int disabled = u.disabled ? 1 : 0;
    long long id = u.id.value;
    long long version = u.version;
    soci::statement st =
        (sql_.prepare << "UPDATE app_user SET display_name = :n, email = :e, role = :r,"
                         " discipline = :d, revalidant_id = :rev, disabled = :dis,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(u.display_name), soci::use(u.email), soci::use(role),
         soci::use(u.discipline), soci::use(rev, rev_ind), soci::use(disabled), soci::use(id),
         soci::use(version));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM app_user WHERE id = :id", soci::use(id), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("user not found");
      return core::Error::Conflict("the user was changed by someone else");
    }
    WriteTeams(u.id, u.team_ids);
    return u.version + 1;
  });
}

namespace {
core::Status ExpectOneRow(soci::statement& st) {
  st.execute(true);
  if (st.get_affected_rows() == 0) return core::Error::NotFound("user not found");
  return core::Ok();
}
}  // namespace

core::Status SqlUserRepo::SetPasswordHash(core::UserId id, const std::string& hash) {
  return Guard("user password", [&]() -> core::Status {
    long long uid = id.value;
    soci::statement st = (sql_.prepare << "UPDATE app_user SET password_hash = :h,"
                                          " version = version + 1 WHERE id = :id",
                          soci::use(hash), soci::use(uid));
    return ExpectOneRow(st);
  });
}

core::Status SqlUserRepo::SetTotp(core::UserId id, const std::string& secret, bool enabled) {
  return Guard("user totp", [&]() -> core::Status {
    long long uid = id.value;
    int en = enabled ? 1 : 0;
    soci::statement st =
        (sql_.prepare << "UPDATE app_user SET totp_secret = :s, totp_enabled = :e,"
                         " totp_last_step = 0, version = version + 1 WHERE id = :id",
         soci::use(secret), soci::use(en), soci::use(uid));
    return ExpectOneRow(st);
  });
}

core::Status SqlUserRepo::SetTotpLastStep(core::UserId id, std::int64_t step) {
  return Guard("user totp step", [&]() -> core::Status {
    long long uid = id.value;
    long long s = step;
    soci::statement st = (sql_.prepare << "UPDATE app_user SET totp_last_step = :s WHERE id = :id",
                          soci::use(s), soci::use(uid));
    return ExpectOneRow(st);
  });
}

core::Status SqlUserRepo::SetLastLogin(core::UserId id, core::Instant at) {
  return Guard("user last login", [&]() -> core::Status {
    long long uid = id.value;
    long long ms = core::ToMillis(at);
    soci::statement st = (sql_.prepare << "UPDATE app_user SET last_login_ms = :a WHERE id = :id",
                          soci::use(ms), soci::use(uid));
    return ExpectOneRow(st);
  });
}

core::Status SqlUserRepo::ReplaceRecoveryCodes(core::UserId id,
                                               const std::vector<std::string>& hashes) {
  return GuardWrite(sql_, "recovery codes", [&]() -> core::Status {
    long long uid = id.value;
    sql_ << "DELETE FROM recovery_code WHERE user_id = :u", soci::use(uid);
    for (const auto& h : hashes) {
      sql_ << "INSERT INTO recovery_code (user_id, code_hash) VALUES (:u, :h)", soci::use(uid),
          soci::use(h);
    }
    return core::Ok();
  });
}

core::Result<bool> SqlUserRepo::ConsumeRecoveryCode(core::UserId id, const std::string& hash,
                                                    core::Instant at) {
  return Guard("recovery code use", [&]() -> core::Result<bool> {
    long long uid = id.value;
    long long ms = core::ToMillis(at);
    soci::statement st =
        (sql_.prepare << "UPDATE recovery_code SET used_ms = :a"
                         " WHERE user_id = :u AND code_hash = :h AND used_ms IS NULL",
         soci::use(ms), soci::use(uid), soci::use(hash));
    st.execute(true);
    return st.get_affected_rows() == 1;
  });
}

core::Result<int> SqlUserRepo::CountUnusedRecoveryCodes(core::UserId id) {
  return Guard("recovery code count", [&]() -> core::Result<int> {
    long long uid = id.value;
    long long n = 0;
    sql_ << "SELECT COUNT(*) FROM recovery_code WHERE user_id = :u AND used_ms IS NULL",
        soci::use(uid), soci::into(n);
    return static_cast<int>(n);
  });
}

}  // namespace werkpad::store::sql
