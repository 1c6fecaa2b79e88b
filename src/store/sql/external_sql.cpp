// SqlExternalRepo: the tables of migration 0010 (store/external.hpp).
#include <soci/soci.h>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/rows.hpp"

namespace werkpad::store::sql {
namespace {

constexpr const char* kGrantColumns =
    "SELECT id, revalidant_id, user_id, party, status, invited_by, invited_ms, revoked_by,"
    " revoked_ms, last_viewed_ms FROM external_grant";

struct GrantRow {
  long long id = 0, reval = 0, user = 0, invited_by = 0, invited_ms = 0, revoked_by = 0,
            revoked_ms = 0, viewed_ms = 0;
  std::string party, status;
  soci::indicator i_ib = soci::i_null, i_rb = soci::i_null, i_rm = soci::i_null,
                  i_vm = soci::i_null;

  template <class S>
  void Bind(S& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(user));
    st.exchange(soci::into(party));
    st.exchange(soci::into(status));
    st.exchange(soci::into(invited_by, i_ib));
    st.exchange(soci::into(invited_ms));
    st.exchange(soci::into(revoked_by, i_rb));
    st.exchange(soci::into(revoked_ms, i_rm));
    st.exchange(soci::into(viewed_ms, i_vm));
  }
  ExternalGrantRecord Record() const {
    ExternalGrantRecord r;
    r.id = id;
    r.revalidant_id = core::RevalidantId{reval};
    r.user_id = core::UserId{user};
    r.party = party;
    r.status = status;
    if (i_ib == soci::i_ok) r.invited_by = core::UserId{invited_by};
    r.invited_at = core::FromMillis(invited_ms);
    if (i_rb == soci::i_ok) r.revoked_by = core::UserId{revoked_by};
    if (i_rm == soci::i_ok) r.revoked_at = core::FromMillis(revoked_ms);
    if (i_vm == soci::i_ok) r.last_viewed_at = core::FromMillis(viewed_ms);
    return r;
  }
};

constexpr const char* kMessageColumns =
    "SELECT id, revalidant_id, grant_id, user_id, party, body, created_ms FROM external_message";

struct MessageRow {
  long long id = 0, reval = 0, grant = 0, user = 0, at = 0;
  std::string party, body;

  template <class S>
  void Bind(S& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(grant));
    st.exchange(soci::into(user));
    st.exchange(soci::into(party));
    st.exchange(soci::into(body));
    st.exchange(soci::into(at));
  }
  ExternalMessageRecord Record() const {
    ExternalMessageRecord r;
    r.id = id;
    r.revalidant_id = core::RevalidantId{reval};
    r.grant_id = grant;
    r.user_id = core::UserId{user};
    r.party = party;
    r.text = body;
    r.created_at = core::FromMillis(at);
    return r;
  }
};

}  // namespace

core::Result<std::int64_t> SqlExternalRepo::InsertGrant(const ExternalGrantRecord& g) {
  return GuardWrite(
      sql_, "external grant insert",
      [&]() -> core::Result<std::int64_t> {
        soci::indicator by_ind = soci::i_ok;
        long long reval = g.revalidant_id.value, user = g.user_id.value,
                  by = IdOrNull(g.invited_by.value, by_ind), at = core::ToMillis(g.invited_at),
                  id = 0;
        sql_ << "INSERT INTO external_grant (revalidant_id, user_id, party, status, invited_by,"
                " invited_ms) VALUES (:r, :u, :p, 'active', :b, :a) RETURNING id",
            soci::use(reval), soci::use(user), soci::use(g.party), soci::use(by, by_ind),
            soci::use(at), soci::into(id);
        return static_cast<std::int64_t>(id);
      },
      "user_id");
}

core::Result<ExternalGrantRecord> SqlExternalRepo::GetGrant(std::int64_t id) {
  return Guard("external grant get", [&]() -> core::Result<ExternalGrantRecord> {
    long long gid = id;
    return CollectOne<GrantRow>(sql_, std::string(kGrantColumns) + " WHERE id = :id",
                                "grant not found", gid);
  });
}

core::Result<std::vector<ExternalGrantRecord>> SqlExternalRepo::GrantsOfRevalidant(
    core::RevalidantId revalidant) {
  return Guard("external grants of revalidant",
               [&]() -> core::Result<std::vector<ExternalGrantRecord>> {
                 long long r = revalidant.value;
                 return CollectRows<GrantRow>(
                     sql_,
                     std::string(kGrantColumns) +
                         " WHERE revalidant_id = :r ORDER BY CASE status WHEN 'active' THEN 0"
                         " ELSE 1 END, invited_ms DESC, id DESC",
                     r);
               });
}

core::Result<std::vector<ExternalGrantRecord>> SqlExternalRepo::ActiveGrantsOfUser(
    core::UserId user) {
  return Guard("external grants of user", [&]() -> core::Result<std::vector<ExternalGrantRecord>> {
    long long u = user.value;
    return CollectRows<GrantRow>(
        sql_,
        std::string(kGrantColumns) +
            " WHERE user_id = :u AND status = 'active' ORDER BY invited_ms, id",
        u);
  });
}

core::Result<std::optional<ExternalGrantRecord>> SqlExternalRepo::FindActiveGrant(
    core::UserId user, core::RevalidantId revalidant) {
  return Guard("external grant find", [&]() -> core::Result<std::optional<ExternalGrantRecord>> {
    long long u = user.value, r = revalidant.value;
    WP_ASSIGN_OR_RETURN(auto rows, CollectRows<GrantRow>(
        sql_,
        std::string(kGrantColumns) +
            " WHERE user_id = :u AND revalidant_id = :r AND status = 'active'",
        u, r));
    if (rows.empty()) return std::optional<ExternalGrantRecord>();
    return std::optional<ExternalGrantRecord>(rows.front());
  });
}

core::Status SqlExternalRepo::RevokeGrant(std::int64_t id, core::UserId by, core::Instant at) {
  return Guard("external grant revoke", [&]() -> core::Status {
    long long gid = id, b = by.value, ms = core::ToMillis(at);
    soci::statement st = (sql_.prepare << "UPDATE external_grant SET status = 'revoked',"
                                          " revoked_by = :b, revoked_ms = :a"
                                          " WHERE id = :id AND status = 'active'",
                          soci::use(b), soci::use(ms), soci::use(gid));
    st.execute(true);
    if (st.get_affected_rows() > 0) return core::Ok();
    long long found = 0;
    sql_ << "SELECT COUNT(*) FROM external_grant WHERE id = :id", soci::use(gid),
        soci::into(found);
    if (found == 0) return core::Error::NotFound("grant not found");
    return core::Error{core::ErrorCode::kConflict,
                       "the grant has already been revoked",
                       {{"status", "revoked", "the grant is revoked"}}};
  });
}

core::Status SqlExternalRepo::TouchGrant(std::int64_t id, core::Instant viewed_at) {
  return Guard("external grant touch", [&]() -> core::Status {
    long long gid = id, ms = core::ToMillis(viewed_at);
    sql_ << "UPDATE external_grant SET last_viewed_ms = :m WHERE id = :id", soci::use(ms),
        soci::use(gid);
    return core::Ok();
  });
}

core::Result<std::int64_t> SqlExternalRepo::InsertMessage(const ExternalMessageRecord& m) {
  return Guard("external message insert", [&]() -> core::Result<std::int64_t> {
    long long reval = m.revalidant_id.value, grant = m.grant_id, user = m.user_id.value,
              at = core::ToMillis(m.created_at), id = 0;
    sql_ << "INSERT INTO external_message (revalidant_id, grant_id, user_id, party, body,"
            " created_ms) VALUES (:r, :g, :u, :p, :b, :a) RETURNING id",
        soci::use(reval), soci::use(grant), soci::use(user), soci::use(m.party),
        soci::use(m.text), soci::use(at), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::vector<ExternalMessageRecord>> SqlExternalRepo::MessagesOfRevalidant(
    core::RevalidantId revalidant) {
  return Guard("external messages", [&]() -> core::Result<std::vector<ExternalMessageRecord>> {
    long long r = revalidant.value;
    return CollectRows<MessageRow>(
        sql_,
        std::string(kMessageColumns) +
            " WHERE revalidant_id = :r ORDER BY created_ms DESC, id DESC",
        r);
  });
}

core::Result<std::vector<ExternalMessageRecord>> SqlExternalRepo::MessagesOfUser(
    core::UserId user, core::RevalidantId revalidant) {
  return Guard("external messages of user",
               [&]() -> core::Result<std::vector<ExternalMessageRecord>> {
                 long long u = user.value, r = revalidant.value;
                 return CollectRows<MessageRow>(
                     sql_,
                     std::string(kMessageColumns) +
                         " WHERE user_id = :u AND revalidant_id = :r"
                         " ORDER BY created_ms DESC, id DESC",
                     u, r);
               });
}

}  // namespace werkpad::store::sql
