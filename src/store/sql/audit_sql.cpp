#include <soci/soci.h>

#include <array>
#include <string>
#include <vector>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/statements.hpp"

namespace werkpad::store::sql {

namespace {

constexpr const char* kColumns =
    "SELECT seq, at_ms, user_id, role, on_behalf_of, client_id, action, object_type, object_id,"
    " outcome, source_address, request_id, detail, prev_hash, hash FROM audit_log";

struct Row {
  long long seq = 0, at_ms = 0, user_id = 0, on_behalf_of = 0, client_id = 0;
  std::string role, action, object_type, object_id, outcome, source_address, request_id, detail,
      prev_hash, hash;

  void Into(soci::statement& st) {
    st.exchange(soci::into(seq));
    st.exchange(soci::into(at_ms));
    st.exchange(soci::into(user_id));
    st.exchange(soci::into(role));
    st.exchange(soci::into(on_behalf_of));
    st.exchange(soci::into(client_id));
    st.exchange(soci::into(action));
    st.exchange(soci::into(object_type));
    st.exchange(soci::into(object_id));
    st.exchange(soci::into(outcome));
    st.exchange(soci::into(source_address));
    st.exchange(soci::into(request_id));
    st.exchange(soci::into(detail));
    st.exchange(soci::into(prev_hash));
    st.exchange(soci::into(hash));
  }

  AuditRow ToRow() const {
    AuditRow r;
    r.seq = seq;
    r.at = core::FromMillis(at_ms);
    r.user_id = core::UserId{user_id};
    r.role = role;
    r.on_behalf_of = core::UserId{on_behalf_of};
    r.client_id = core::RevalidantId{client_id};
    r.action = action;
    r.object_type = object_type;
    r.object_id = object_id;
    r.outcome = outcome;
    r.source_address = source_address;
    r.request_id = request_id;
    r.detail = detail;
    r.prev_hash = prev_hash;
    r.hash = hash;
    return r;
  }
};

}  // namespace

namespace {

// Every audited request appends a row: the chain head read, the insert and the head update
// are prepared once per connection (the writer's).
struct ReadHead {
  long long seq = 0;
  std::string hash;
  Prepared plain, locking;

  ReadHead(soci::session& s, Dialect d) : plain(s), locking(s) {
    plain.st().exchange(soci::into(seq));
    plain.st().exchange(soci::into(hash));
    plain.Prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (d == Dialect::kPostgres) {
      locking.st().exchange(soci::into(seq));
      locking.st().exchange(soci::into(hash));
      locking.Prepare("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
    }
  }
};

struct InsertAuditRow {
  long long seq = 0, at = 0, user = 0, behalf = 0, client = 0;
  std::string role, action, object_type, object_id, outcome, source_address, request_id, detail,
      prev_hash, hash;
  Prepared insert, head;

  InsertAuditRow(soci::session& s, Dialect) : insert(s), head(s) {
    soci::statement& st = insert.st();
    st.exchange(soci::use(seq));
    st.exchange(soci::use(at));
    st.exchange(soci::use(user));
    st.exchange(soci::use(role));
    st.exchange(soci::use(behalf));
    st.exchange(soci::use(client));
    st.exchange(soci::use(action));
    st.exchange(soci::use(object_type));
    st.exchange(soci::use(object_id));
    st.exchange(soci::use(outcome));
    st.exchange(soci::use(source_address));
    st.exchange(soci::use(request_id));
    st.exchange(soci::use(detail));
    st.exchange(soci::use(prev_hash));
    st.exchange(soci::use(hash));
    insert.Prepare(
        "INSERT INTO audit_log (seq, at_ms, user_id, role, on_behalf_of, client_id, action,"
        " object_type, object_id, outcome, source_address, request_id, detail, prev_hash,"
        " hash) VALUES (:s, :at, :u, :r, :b, :c, :a, :ot, :oi, :o, :sa, :ri, :d, :ph, :h)");
    head.st().exchange(soci::use(seq));
    head.st().exchange(soci::use(hash));
    head.Prepare("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1");
  }
};

// N rows in one INSERT (AppendMany): the bound values of every row next to the statement.
// Prepared once per connection and size; a batch is split into sizes of powers of two up to 128
// (e.g. 501 rows: 3 x 128, 64, 32, 16, 4, 1), so a page of the dashboard costs a handful of
// statements (round trips on PostgreSQL) instead of one per row.
template <int N>
struct InsertAuditRows {
  static constexpr int kInts = 5, kTexts = 10;
  std::array<long long, N * kInts> ints{};
  std::array<std::string, N * kTexts> texts;
  Prepared insert;

  InsertAuditRows(soci::session& s, Dialect) : insert(s) {
    soci::statement& st = insert.st();
    std::string sql =
        "INSERT INTO audit_log (seq, at_ms, user_id, role, on_behalf_of, client_id, action,"
        " object_type, object_id, outcome, source_address, request_id, detail, prev_hash,"
        " hash) VALUES ";
    for (int r = 0; r < N; ++r) {
      long long* i = &ints[static_cast<std::size_t>(r * kInts)];
      std::string* t = &texts[static_cast<std::size_t>(r * kTexts)];
      // Same column order as InsertAuditRow.
      st.exchange(soci::use(i[0]));   // seq
      st.exchange(soci::use(i[1]));   // at_ms
      st.exchange(soci::use(i[2]));   // user_id
      st.exchange(soci::use(t[0]));   // role
      st.exchange(soci::use(i[3]));   // on_behalf_of
      st.exchange(soci::use(i[4]));   // client_id
      for (int k = 1; k < kTexts; ++k) st.exchange(soci::use(t[k]));
      const std::string n = std::to_string(r);
      sql += (r == 0 ? "(" : ", (");
      bool first = true;
      for (const char* col : {"s", "at", "u", "r", "b", "c", "a", "ot", "oi", "o", "sa", "ri",
                              "d", "ph", "h"}) {
        sql += std::string(first ? ":" : ", :") + col + n;
        first = false;
      }
      sql += ')';
    }
    insert.Prepare(sql);
  }

  void Run(const std::vector<AuditRow>& rows, std::size_t from) {
    for (int r = 0; r < N; ++r) {
      const AuditRow& row = rows[from + static_cast<std::size_t>(r)];
      long long* i = &ints[static_cast<std::size_t>(r * kInts)];
      std::string* t = &texts[static_cast<std::size_t>(r * kTexts)];
      i[0] = row.seq;
      i[1] = core::ToMillis(row.at);
      i[2] = row.user_id.value;
      i[3] = row.on_behalf_of.value;
      i[4] = row.client_id.value;
      t[0] = row.role;
      t[1] = row.action;
      t[2] = row.object_type;
      t[3] = row.object_id;
      t[4] = row.outcome;
      t[5] = row.source_address;
      t[6] = row.request_id;
      t[7] = row.detail;
      t[8] = row.prev_hash;
      t[9] = row.hash;
    }
    insert.ExecuteUpdate();
  }
};

// audit_client and audit_user (migrations 0012, 0013), the per-client and per-user indexes of
// audit_log, are brought up to date in bulk: every entry after the mark, in key order, so a
// client's or user's leaf page is written once per catch-up instead of once per commit.
// `marked` is this connection's last catch-up, a hint for when the next one is due; the
// statements read the stored mark, so a hint left wrong by a failed commit or another
// process's catch-up only moves when it runs, never what it inserts.
struct IndexEntriesStatements {
  long long head = 0;
  std::int64_t marked = 0;
  Prepared clients, users, mark;

  IndexEntriesStatements(soci::session& s, Dialect) : clients(s), users(s), mark(s) {
    clients.st().exchange(soci::use(head));
    clients.Prepare(
        "INSERT INTO audit_client (client_id, at_ms, seq)"
        " SELECT client_id, at_ms, seq FROM audit_log"
        " WHERE seq > (SELECT seq FROM audit_index_mark WHERE id = 1) AND seq <= :h"
        " AND client_id > 0 ORDER BY client_id, at_ms, seq");
    users.st().exchange(soci::use(head));
    users.Prepare(
        "INSERT INTO audit_user (user_id, at_ms, seq)"
        " SELECT user_id, at_ms, seq FROM audit_log"
        " WHERE seq > (SELECT seq FROM audit_index_mark WHERE id = 1) AND seq <= :h"
        " AND user_id > 0 ORDER BY user_id, at_ms, seq");
    mark.st().exchange(soci::use(head));
    mark.Prepare("UPDATE audit_index_mark SET seq = :h WHERE id = 1");
  }
};

}  // namespace

core::Result<AuditHead> SqlAuditRepo::Head() {
  if (in_write_unit_ && head_) return *head_;
  return Guard("audit head", [&]() -> core::Result<AuditHead> {
    auto& q = stmts_.Get<ReadHead>();
    // In a write unit on PostgreSQL the batch already holds this row lock (taken first in every
    // batch, see SqlDatabase); FOR UPDATE here is then free and keeps the contract explicit.
    Prepared& p = (in_write_unit_ && dialect_ == Dialect::kPostgres) ? q.locking : q.plain;
    if (!p.ExecuteOne()) return core::Error::Internal("audit head missing");
    AuditHead h{q.seq, q.hash};
    if (in_write_unit_) {
      // Read once per batch; a unit that started before this read restores to it.
      head_ = h;
      stored_seq_ = h.seq;
      if (!unit_start_) unit_start_ = h;
    }
    return h;
  });
}

core::Result<AuditHead> SqlAuditRepo::StoredHead() {
  return Guard("audit stored head", [&]() -> core::Result<AuditHead> {
    if (in_write_unit_) FlushHead();
    auto& q = stmts_.Get<ReadHead>();
    if (!q.plain.ExecuteOne()) return core::Error::Internal("audit head missing");
    return AuditHead{q.seq, q.hash};
  });
}

void SqlAuditRepo::FlushHead() {
  if (!head_ || !stored_seq_ || *stored_seq_ == head_->seq) return;
  auto& q = stmts_.Get<InsertAuditRow>();
  q.seq = head_->seq;
  q.hash = head_->hash;
  q.head.ExecuteUpdate();
  stored_seq_ = head_->seq;
}

void SqlAuditRepo::IndexEntries(std::int64_t lag) {
  if (!head_) return;  // this batch has not touched the chain
  auto& q = stmts_.Get<IndexEntriesStatements>();
  if (head_->seq - q.marked < lag) return;
  q.head = head_->seq;
  q.clients.ExecuteUpdate();
  q.users.ExecuteUpdate();
  q.mark.ExecuteUpdate();
  q.marked = head_->seq;
}

core::Status SqlAuditRepo::Append(const AuditRow& r) {
  if (!in_write_unit_) return core::Error::Internal("audit append outside a write unit");
  // The batch's head must be known before it moves (AppendInTx has read it through Head()).
  if (!head_) {
    auto h = Head();
    if (!h.ok()) return std::move(h).error();
  }
  return GuardWrite(sql_, "audit append", [&]() -> core::Status {
    auto& q = stmts_.Get<InsertAuditRow>();
    q.seq = r.seq;
    q.at = core::ToMillis(r.at);
    q.user = r.user_id.value;
    q.behalf = r.on_behalf_of.value;
    q.client = r.client_id.value;
    q.role = r.role;
    q.action = r.action;
    q.object_type = r.object_type;
    q.object_id = r.object_id;
    q.outcome = r.outcome;
    q.source_address = r.source_address;
    q.request_id = r.request_id;
    q.detail = r.detail;
    q.prev_hash = r.prev_hash;
    q.hash = r.hash;
    q.insert.ExecuteUpdate();
    head_ = AuditHead{r.seq, r.hash};
    ++appended_;
    return core::Ok();
  });
}

core::Status SqlAuditRepo::AppendMany(const std::vector<AuditRow>& rows) {
  if (!in_write_unit_) return core::Error::Internal("audit append outside a write unit");
  if (rows.empty()) return core::Ok();
  if (!head_) {
    auto h = Head();
    if (!h.ok()) return std::move(h).error();
  }
  // The rows must continue the chain from the batch's head, each from the one before it.
  AuditHead prev = *head_;
  const std::string genesis(64, '0');
  for (const AuditRow& r : rows) {
    const std::string& prev_hash = prev.hash.empty() ? genesis : prev.hash;
    if (r.seq != prev.seq + 1 || r.prev_hash != prev_hash) {
      return core::Error::Internal("audit rows do not continue the chain");
    }
    prev = AuditHead{r.seq, r.hash};
  }
  return GuardWrite(sql_, "audit append", [&]() -> core::Status {
    std::size_t at = 0;
    while (at < rows.size()) {
      const std::size_t left = rows.size() - at;
      std::size_t n = 1;
      if (left >= 128) {
        stmts_.Get<InsertAuditRows<128>>().Run(rows, at), n = 128;
      } else if (left >= 64) {
        stmts_.Get<InsertAuditRows<64>>().Run(rows, at), n = 64;
      } else if (left >= 32) {
        stmts_.Get<InsertAuditRows<32>>().Run(rows, at), n = 32;
      } else if (left >= 16) {
        stmts_.Get<InsertAuditRows<16>>().Run(rows, at), n = 16;
      } else if (left >= 8) {
        stmts_.Get<InsertAuditRows<8>>().Run(rows, at), n = 8;
      } else if (left >= 4) {
        stmts_.Get<InsertAuditRows<4>>().Run(rows, at), n = 4;
      } else if (left >= 2) {
        stmts_.Get<InsertAuditRows<2>>().Run(rows, at), n = 2;
      } else {
        stmts_.Get<InsertAuditRows<1>>().Run(rows, at);
      }
      at += n;
    }
    head_ = prev;
    appended_ += static_cast<std::int64_t>(rows.size());
    return core::Ok();
  });
}

core::Result<Page<AuditRow>> SqlAuditRepo::List(const AuditFilter& f) {
  return Guard("audit list", [&]() -> core::Result<Page<AuditRow>> {
    // The period's conditions, with their values appended to `params` in placeholder order.
    std::vector<long long> params;
    auto period = [&](const std::string& n) {
      std::string c;
      if (f.from) {
        c += " AND at_ms >= :f" + n;
        params.push_back(core::ToMillis(*f.from));
      }
      if (f.to) {
        c += " AND at_ms < :t" + n;
        params.push_back(core::ToMillis(*f.to));
      }
      return c;
    };
    // By client and by user: the entries audit_client / audit_user hold and those after their
    // mark (migrations 0012, 0013).
    auto indexed = [&](const std::string& table, const std::string& column, long long value,
                       const std::string& n) {
      std::string q = "SELECT seq FROM " + table + " WHERE " + column + " = :" + n + "1";
      params.push_back(value);
      q += period(n + "1");
      q += " UNION ALL SELECT seq FROM audit_log"
           " WHERE seq > (SELECT seq FROM audit_index_mark WHERE id = 1) AND " +
           column + " = :" + n + "2";
      params.push_back(value);
      q += period(n + "2");
      return q;
    };
    std::vector<std::string> sets;
    if (f.client_id.valid()) {
      sets.push_back(indexed("audit_client", "client_id", f.client_id.value, "c"));
    }
    if (f.user_id.valid()) sets.push_back(indexed("audit_user", "user_id", f.user_id.value, "u"));
    std::string where = " WHERE 1 = 1";
    for (const std::string& set : sets) where += " AND seq IN (" + set + ")";
    if (sets.empty()) where += period("");
    Page<AuditRow> page;
    page.page = f.page.page;
    page.page_size = f.page.page_size;
    long long total = 0;
    {
      soci::statement st(sql_);
      st.exchange(soci::into(total));
      for (auto& p : params) st.exchange(soci::use(p));
      st.alloc();
      // By client or by user alone the seqs are counted without visiting their rows.
      st.prepare(sets.size() == 1 ? "SELECT COUNT(*) FROM (" + sets.front() + ") s"
                                  : "SELECT COUNT(*) FROM audit_log" + where);
      st.define_and_bind();
      st.execute(true);
    }
    page.total = total;
    long long limit = f.page.page_size, offset = f.page.offset();
    Row row;
    soci::statement st(sql_);
    row.Into(st);
    for (auto& p : params) st.exchange(soci::use(p));
    st.exchange(soci::use(limit));
    st.exchange(soci::use(offset));
    st.alloc();
    st.prepare(std::string(kColumns) + where + " ORDER BY seq DESC LIMIT :lim OFFSET :off");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) page.items.push_back(row.ToRow());
    return page;
  });
}

core::Result<std::vector<AuditRow>> SqlAuditRepo::Scan(std::int64_t after_seq, int limit) {
  return Guard("audit scan", [&]() -> core::Result<std::vector<AuditRow>> {
    long long after = after_seq, lim = limit;
    Row row;
    soci::statement st(sql_);
    row.Into(st);
    st.exchange(soci::use(after));
    st.exchange(soci::use(lim));
    st.alloc();
    st.prepare(std::string(kColumns) + " WHERE seq > :a ORDER BY seq LIMIT :l");
    st.define_and_bind();
    st.execute();
    std::vector<AuditRow> out;
    while (st.fetch()) out.push_back(row.ToRow());
    return out;
  });
}

}  // namespace werkpad::store::sql
