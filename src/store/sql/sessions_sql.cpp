#include <soci/soci.h>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/statements.hpp"

namespace werkpad::store::sql {

core::Status SqlSessionRepo::Insert(const SessionRecord& s) {
  return GuardWrite(sql_, "session insert", [&]() -> core::Status {
    long long uid = s.user_id.value;
    std::string state(ToCode(s.state));
    long long created = core::ToMillis(s.created_at), seen = core::ToMillis(s.last_seen_at),
              expires = core::ToMillis(s.expires_at);
    sql_ << "INSERT INTO session (token_hash, user_id, state, csrf_token, pending_totp_secret,"
            " created_ms, last_seen_ms, expires_ms, source_address)"
            " VALUES (:t, :u, :s, :c, :p, :cr, :ls, :ex, :a)",
        soci::use(s.token_hash), soci::use(uid), soci::use(state), soci::use(s.csrf_token),
        soci::use(s.pending_totp_secret), soci::use(created), soci::use(seen),
        soci::use(expires), soci::use(s.source_address);
    return core::Ok();
  });
}

namespace {

// Every authenticated request looks its session up (and touches it now and then): prepared
// once per connection.
struct FindSession {
  std::string token_hash, state, csrf, pending, address;
  long long uid = 0, created = 0, seen = 0, expires = 0;
  Prepared q;

  FindSession(soci::session& s, Dialect) : q(s) {
    soci::statement& st = q.st();
    st.exchange(soci::use(token_hash));
    st.exchange(soci::into(uid));
    st.exchange(soci::into(state));
    st.exchange(soci::into(csrf));
    st.exchange(soci::into(pending));
    st.exchange(soci::into(created));
    st.exchange(soci::into(seen));
    st.exchange(soci::into(expires));
    st.exchange(soci::into(address));
    q.Prepare(
        "SELECT user_id, state, csrf_token, pending_totp_secret, created_ms, last_seen_ms,"
        " expires_ms, source_address FROM session WHERE token_hash = :t");
  }
};

struct TouchSession {
  std::string token_hash;
  long long at = 0, at2 = 0;
  Prepared q;

  TouchSession(soci::session& s, Dialect) : q(s) {
    q.st().exchange(soci::use(at));
    q.st().exchange(soci::use(token_hash));
    q.st().exchange(soci::use(at2));
    q.Prepare("UPDATE session SET last_seen_ms = :a WHERE token_hash = :t AND last_seen_ms < :b");
  }
};

}  // namespace

core::Result<std::optional<SessionRecord>> SqlSessionRepo::Find(const std::string& token_hash) {
  return Guard("session find", [&]() -> core::Result<std::optional<SessionRecord>> {
    auto& f = stmts_.Get<FindSession>();
    f.token_hash = token_hash;
    if (!f.q.ExecuteOne()) return std::optional<SessionRecord>{};
    SessionRecord r;
    r.token_hash = token_hash;
    r.user_id = core::UserId{f.uid};
    auto parsed = ParseSessionState(f.state);
    if (!parsed) return core::Error::Internal("session has an unknown state");
    r.state = *parsed;
    // Moved out: no copy of the secrets stays behind in the cached statement's buffers.
    r.csrf_token = std::move(f.csrf);
    r.pending_totp_secret = std::move(f.pending);
    r.created_at = core::FromMillis(f.created);
    r.last_seen_at = core::FromMillis(f.seen);
    r.expires_at = core::FromMillis(f.expires);
    r.source_address = std::move(f.address);
    return std::optional<SessionRecord>{std::move(r)};
  });
}

core::Status SqlSessionRepo::Touch(const std::string& token_hash, core::Instant at) {
  return Guard("session touch", [&]() -> core::Status {
    auto& t = stmts_.Get<TouchSession>();
    t.token_hash = token_hash;
    t.at = t.at2 = core::ToMillis(at);
    t.q.ExecuteUpdate();
    return core::Ok();
  });
}

core::Status SqlSessionRepo::Update(const SessionRecord& s) {
  return Guard("session update", [&]() -> core::Status {
    std::string state(ToCode(s.state));
    soci::statement st =
        (sql_.prepare << "UPDATE session SET state = :s, csrf_token = :c,"
                         " pending_totp_secret = :p WHERE token_hash = :t",
         soci::use(state), soci::use(s.csrf_token), soci::use(s.pending_totp_secret),
         soci::use(s.token_hash));
    st.execute(true);
    if (st.get_affected_rows() == 0) return core::Error::NotFound("session not found");
    return core::Ok();
  });
}

core::Status SqlSessionRepo::Delete(const std::string& token_hash) {
  return Guard("session delete", [&]() -> core::Status {
    sql_ << "DELETE FROM session WHERE token_hash = :t", soci::use(token_hash);
    return core::Ok();
  });
}

core::Status SqlSessionRepo::DeleteForUser(core::UserId user) {
  return Guard("session delete user", [&]() -> core::Status {
    long long uid = user.value;
    sql_ << "DELETE FROM session WHERE user_id = :u", soci::use(uid);
    return core::Ok();
  });
}

core::Result<std::int64_t> SqlSessionRepo::DeleteExpired(core::Instant now,
                                                         core::Instant idle_before) {
  return Guard("session expire", [&]() -> core::Result<std::int64_t> {
    long long n = core::ToMillis(now), idle = core::ToMillis(idle_before);
    soci::statement st =
        (sql_.prepare << "DELETE FROM session WHERE expires_ms <= :n OR last_seen_ms < :i",
         soci::use(n), soci::use(idle));
    st.execute(true);
    return static_cast<std::int64_t>(st.get_affected_rows());
  });
}

namespace {
std::string KindCode(LoginThrottleRepo::Kind k) {
  return k == LoginThrottleRepo::Kind::kAccount ? "account" : "address";
}
}  // namespace

core::Status SqlLoginThrottleRepo::RecordFailure(Kind kind, const std::string& key,
                                                 core::Instant at) {
  return Guard("throttle record", [&]() -> core::Status {
    std::string k = KindCode(kind);
    long long ms = core::ToMillis(at);
    sql_ << "INSERT INTO login_failure (kind, key, at_ms) VALUES (:k, :key, :a)", soci::use(k),
        soci::use(key), soci::use(ms);
    return core::Ok();
  });
}

core::Result<int> SqlLoginThrottleRepo::CountFailuresSince(Kind kind, const std::string& key,
                                                           core::Instant since) {
  return Guard("throttle count", [&]() -> core::Result<int> {
    std::string k = KindCode(kind);
    long long ms = core::ToMillis(since);
    long long n = 0;
    sql_ << "SELECT COUNT(*) FROM login_failure WHERE kind = :k AND key = :key AND at_ms >= :a",
        soci::use(k), soci::use(key), soci::use(ms), soci::into(n);
    return static_cast<int>(n);
  });
}

core::Status SqlLoginThrottleRepo::Clear(Kind kind, const std::string& key) {
  return Guard("throttle clear", [&]() -> core::Status {
    std::string k = KindCode(kind);
    sql_ << "DELETE FROM login_failure WHERE kind = :k AND key = :key", soci::use(k),
        soci::use(key);
    return core::Ok();
  });
}

core::Status SqlLoginThrottleRepo::DeleteBefore(core::Instant before) {
  return Guard("throttle prune", [&]() -> core::Status {
    long long ms = core::ToMillis(before);
    sql_ << "DELETE FROM login_failure WHERE at_ms < :a", soci::use(ms);
    return core::Ok();
  });
}

}  // namespace werkpad::store::sql
