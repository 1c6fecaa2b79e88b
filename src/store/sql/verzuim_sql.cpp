// SqlVerzuimRepo: the verzuimdossier tables of migrations 0004_poortwachter and
// 0007_verzuim_deadlines (store/verzuim.hpp).
#include <soci/soci.h>

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

namespace {

core::Result<core::Date> DateColumn(const std::string& text, const char* what) {
  auto d = core::ParseDate(text);
  if (!d) return core::Error::Internal(std::string("stored ") + what + " date is malformed");
  return *d;
}

core::Status LoadEpisodes(soci::session& sql, DossierRecord& r) {
  long long id = 0, version = 0, percentage = 0, by = 0, ms = 0;
  std::string start, end;
  soci::indicator end_ind = soci::i_null;
  soci::statement st =
      (sql.prepare << "SELECT id, version, start_date, end_date, percentage, updated_by,"
                      " updated_ms FROM verzuim_episode WHERE dossier_id = :d"
                      " ORDER BY start_date, id",
       soci::use(r.id), soci::into(id), soci::into(version), soci::into(start),
       soci::into(end, end_ind), soci::into(percentage), soci::into(by), soci::into(ms));
  st.execute();
  while (st.fetch()) {
    EpisodeRecord e;
    e.id = id;
    e.dossier_id = r.id;
    e.version = version;
    WP_ASSIGN_OR_RETURN(e.start, DateColumn(start, "episode"));
    if (end_ind == soci::i_ok) {
      WP_ASSIGN_OR_RETURN(core::Date d, DateColumn(end, "episode"));
      e.end = d;
    }
    e.percentage = static_cast<int>(percentage);
    e.updated_by = core::UserId{by};
    e.updated_at = core::FromMillis(ms);
    r.episodes.push_back(std::move(e));
  }
  return core::Ok();
}

core::Status LoadDocuments(soci::session& sql, DossierRecord& r) {
  long long id = 0, version = 0, created_by = 0, created_ms = 0, updated_by = 0, updated_ms = 0;
  std::string kind, date, content, medical;
  soci::statement st =
      (sql.prepare << "SELECT id, version, kind, document_date, content_json, medical_json,"
                      " created_by, created_ms, updated_by, updated_ms FROM verzuim_document"
                      " WHERE dossier_id = :d ORDER BY document_date, id",
       soci::use(r.id), soci::into(id), soci::into(version), soci::into(kind), soci::into(date),
       soci::into(content), soci::into(medical), soci::into(created_by), soci::into(created_ms),
       soci::into(updated_by), soci::into(updated_ms));
  st.execute();
  while (st.fetch()) {
    DocumentRecord d;
    d.id = id;
    d.dossier_id = r.id;
    d.version = version;
    d.kind = kind;
    WP_ASSIGN_OR_RETURN(d.date, DateColumn(date, "document"));
    d.content_json = content;
    d.medical_json = medical;
    d.created_by = core::UserId{created_by};
    d.created_at = core::FromMillis(created_ms);
    d.updated_by = core::UserId{updated_by};
    d.updated_at = core::FromMillis(updated_ms);
    r.documents.push_back(std::move(d));
  }
  return core::Ok();
}

core::Status LoadScenarios(soci::session& sql, DossierRecord& r) {
  long long seq = 0, by = 0, ms = 0;
  std::string date, scenario, reason;
  soci::statement st =
      (sql.prepare << "SELECT seq, transition_date, scenario, reason, by_user, at_ms"
                      " FROM verzuim_scenario WHERE dossier_id = :d ORDER BY seq",
       soci::use(r.id), soci::into(seq), soci::into(date), soci::into(scenario),
       soci::into(reason), soci::into(by), soci::into(ms));
  st.execute();
  while (st.fetch()) {
    ScenarioRecord s;
    s.seq = seq;
    WP_ASSIGN_OR_RETURN(s.date, DateColumn(date, "scenario"));
    s.scenario = scenario;
    s.reason = reason;
    s.by = core::UserId{by};
    s.at = core::FromMillis(ms);
    r.scenarios.push_back(std::move(s));
  }
  return core::Ok();
}

// Nullable date column values.
struct OptDateValue {
  std::string text;
  soci::indicator ind = soci::i_null;
  explicit OptDateValue(const std::optional<core::Date>& d) {
    if (d) {
      text = core::FormatDate(*d);
      ind = soci::i_ok;
    }
  }
};

}  // namespace

// --- dossiers ---

core::Result<std::int64_t> SqlVerzuimRepo::InsertDossier(const DossierRecord& r) {
  return GuardWrite(
      sql_, "verzuim dossier insert",
      [&]() -> core::Result<std::int64_t> {
        long long revalidant = r.revalidant_id.value, created_by = r.created_by.value,
                  created_ms = core::ToMillis(r.created_at), updated_by = r.updated_by.value,
                  updated_ms = core::ToMillis(r.updated_at);
        soci::indicator cm_ind = soci::i_null;
        long long cm = IdOrNull(r.casemanager_user_id.value, cm_ind);
        int internal = r.internal_return_expected ? 1 : 0;
        OptDateValue next(r.next_due);
        long long id = 0;
        sql_ << "INSERT INTO verzuim_dossier (revalidant_id, employer, bedrijfsarts,"
                " casemanager_user_id, internal_return_expected, next_due_date, created_by,"
                " created_ms, updated_by, updated_ms) VALUES (:r, :e, :b, :c, :i, :n, :cb, :cm,"
                " :ub, :um) RETURNING id",
            soci::use(revalidant), soci::use(r.employer), soci::use(r.bedrijfsarts),
            soci::use(cm, cm_ind), soci::use(internal), soci::use(next.text, next.ind),
            soci::use(created_by), soci::use(created_ms), soci::use(updated_by),
            soci::use(updated_ms), soci::into(id);
        return static_cast<std::int64_t>(id);
      },
      "revalidant_id");
}

core::Result<DossierRecord> SqlVerzuimRepo::GetDossier(std::int64_t id) {
  return Guard("verzuim dossier get", [&]() -> core::Result<DossierRecord> {
    DossierRecord r;
    long long rid = id, version = 0, revalidant = 0, cm = 0, created_by = 0, created_ms = 0,
              updated_by = 0, updated_ms = 0;
    int internal = 0;
    std::string employer, bedrijfsarts, next;
    soci::indicator cm_ind = soci::i_null, next_ind = soci::i_null;
    sql_ << "SELECT version, revalidant_id, employer, bedrijfsarts, casemanager_user_id,"
            " internal_return_expected, next_due_date, created_by, created_ms, updated_by,"
            " updated_ms FROM verzuim_dossier WHERE id = :id",
        soci::use(rid), soci::into(version), soci::into(revalidant), soci::into(employer),
        soci::into(bedrijfsarts), soci::into(cm, cm_ind), soci::into(internal),
        soci::into(next, next_ind), soci::into(created_by), soci::into(created_ms),
        soci::into(updated_by), soci::into(updated_ms);
    if (!sql_.got_data()) return core::Error::NotFound("verzuimdossier not found");
    r.id = id;
    r.version = version;
    r.revalidant_id = core::RevalidantId{revalidant};
    r.employer = employer;
    r.bedrijfsarts = bedrijfsarts;
    if (cm_ind == soci::i_ok) r.casemanager_user_id = core::UserId{cm};
    r.internal_return_expected = internal != 0;
    if (next_ind == soci::i_ok) {
      WP_ASSIGN_OR_RETURN(core::Date d, DateColumn(next, "dossier"));
      r.next_due = d;
    }
    r.created_by = core::UserId{created_by};
    r.created_at = core::FromMillis(created_ms);
    r.updated_by = core::UserId{updated_by};
    r.updated_at = core::FromMillis(updated_ms);
    WP_RETURN_IF_ERROR(LoadEpisodes(sql_, r));
    WP_RETURN_IF_ERROR(LoadDocuments(sql_, r));
    WP_RETURN_IF_ERROR(LoadScenarios(sql_, r));
    return r;
  });
}

core::Result<std::optional<std::int64_t>> SqlVerzuimRepo::FindDossierOf(
    core::RevalidantId revalidant) {
  return Guard("verzuim dossier find", [&]() -> core::Result<std::optional<std::int64_t>> {
    long long rid = revalidant.value, id = 0;
    sql_ << "SELECT id FROM verzuim_dossier WHERE revalidant_id = :r", soci::use(rid),
        soci::into(id);
    if (!sql_.got_data()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(id);
  });
}

core::Result<std::int64_t> SqlVerzuimRepo::UpdateDossier(const DossierRecord& r,
                                                         std::int64_t expected_version) {
  return Guard("verzuim dossier update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, updated_by = r.updated_by.value,
              updated_ms = core::ToMillis(r.updated_at);
    soci::indicator cm_ind = soci::i_null;
    long long cm = IdOrNull(r.casemanager_user_id.value, cm_ind);
    int internal = r.internal_return_expected ? 1 : 0;
    OptDateValue next(r.next_due);
    soci::statement st =
        (sql_.prepare << "UPDATE verzuim_dossier SET employer = :e, bedrijfsarts = :b,"
                         " casemanager_user_id = :c, internal_return_expected = :i,"
                         " next_due_date = :n, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(r.employer), soci::use(r.bedrijfsarts), soci::use(cm, cm_ind),
         soci::use(internal), soci::use(next.text, next.ind), soci::use(updated_by),
         soci::use(updated_ms), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM verzuim_dossier WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("verzuimdossier not found");
      return core::Error::Conflict("the verzuimdossier was changed by someone else");
    }
    return expected_version + 1;
  });
}

core::Status SqlVerzuimRepo::SetDerived(std::int64_t id, std::optional<core::Date> next_due,
                                        bool internal_return_expected) {
  return Guard("verzuim dossier derived", [&]() -> core::Status {
    long long rid = id;
    int internal = internal_return_expected ? 1 : 0;
    OptDateValue next(next_due);
    sql_ << "UPDATE verzuim_dossier SET next_due_date = :n, internal_return_expected = :i"
            " WHERE id = :id",
        soci::use(next.text, next.ind), soci::use(internal), soci::use(rid);
    return core::Ok();
  });
}

// --- open deadlines ---

core::Status SqlVerzuimRepo::ReplaceDeadlines(std::int64_t dossier_id,
                                              const std::vector<DeadlineRecord>& rows,
                                              int rules_version) {
  return Guard("verzuim deadlines replace", [&]() -> core::Status {
    long long dossier = dossier_id, rules = rules_version;
    soci::statement st =
        (sql_.prepare << "UPDATE verzuim_dossier SET deadlines_rules = :r WHERE id = :d",
         soci::use(rules), soci::use(dossier));
    st.execute(true);
    if (st.get_affected_rows() == 0) return core::Error::NotFound("verzuimdossier not found");
    sql_ << "DELETE FROM verzuim_deadline WHERE dossier_id = :d", soci::use(dossier);
    for (const DeadlineRecord& row : rows) {
      long long sequence = row.sequence, week = row.week, parties = row.parties;
      std::string due = core::FormatDate(row.due);
      // The copies of the revalidant's team and RIC and of the casemanager come from the rows
      // they copy, in the same statement.
      sql_ << "INSERT INTO verzuim_deadline (dossier_id, milestone, sequence, due_date, week,"
              " parties, revalidant_id, team_id, ric_user_id, casemanager_user_id)"
              " SELECT d.id, :m, :s, :due, :w, :p, d.revalidant_id, r.team_id, r.ric_user_id,"
              " d.casemanager_user_id FROM verzuim_dossier d JOIN revalidant r"
              " ON r.id = d.revalidant_id WHERE d.id = :d",
          soci::use(row.milestone), soci::use(sequence), soci::use(due), soci::use(week),
          soci::use(parties), soci::use(dossier);
    }
    return core::Ok();
  });
}

core::Result<std::vector<DeadlineRecord>> SqlVerzuimRepo::DeadlinesOf(std::int64_t dossier_id) {
  return Guard("verzuim deadlines of", [&]() -> core::Result<std::vector<DeadlineRecord>> {
    std::vector<DeadlineRecord> out;
    long long dossier = dossier_id, sequence = 0, week = 0, parties = 0;
    std::string milestone, due;
    soci::statement st = (sql_.prepare << "SELECT milestone, sequence, due_date, week, parties"
                                          " FROM verzuim_deadline WHERE dossier_id = :d"
                                          " ORDER BY due_date, milestone, sequence",
                          soci::use(dossier), soci::into(milestone), soci::into(sequence),
                          soci::into(due), soci::into(week), soci::into(parties));
    st.execute();
    while (st.fetch()) {
      DeadlineRecord r;
      r.milestone = milestone;
      r.sequence = static_cast<int>(sequence);
      WP_ASSIGN_OR_RETURN(r.due, DateColumn(due, "deadline"));
      r.week = static_cast<int>(week);
      r.parties = static_cast<std::uint32_t>(parties);
      out.push_back(std::move(r));
    }
    return out;
  });
}

namespace {

// Bound values of a dynamic statement, in the order of their placeholders (SOCI binds unnamed
// uses by position). Deques keep the addresses the statement holds stable.
class Binds {
 public:
  std::string Int(long long v) {
    ints_.push_back(v);
    order_.push_back({true, ints_.size() - 1});
    return Next();
  }
  std::string Text(std::string v) {
    texts_.push_back(std::move(v));
    order_.push_back({false, texts_.size() - 1});
    return Next();
  }
  void Use(soci::statement& st) {
    for (const auto& [is_int, i] : order_) {
      if (is_int) {
        st.exchange(soci::use(ints_[i]));
      } else {
        st.exchange(soci::use(texts_[i]));
      }
    }
  }

 private:
  std::string Next() { return ":p" + std::to_string(order_.size()); }
  std::deque<long long> ints_;
  std::deque<std::string> texts_;
  std::vector<std::pair<bool, std::size_t>> order_;
};

}  // namespace

core::Result<std::vector<DeadlineRow>> SqlVerzuimRepo::ListDeadlines(const DeadlineQuery& q) {
  return Guard("verzuim deadline list", [&]() -> core::Result<std::vector<DeadlineRow>> {
    std::vector<DeadlineRow> out;
    if (q.limit <= 0) return out;
    if (!q.scope.all && q.scope.teams.empty() && !q.scope.ric.valid()) return out;
    Binds binds;
    // The scope is a union of index ranges: one branch per team ((team_id, due_date) index), one
    // for the RIC's own caseload ((ric_user_id, due_date)), or one for the casemanager
    // ((casemanager_user_id, due_date)) with the scope as a filter. Each branch reads at most
    // `limit` rows in due-date order, so the cost does not grow with the table; a row in two
    // branches (the RIC's caseload inside the RIC's team) is kept once by the UNION.
    auto common = [&]() {
      std::string w = " AND due_date <= " + binds.Text(core::FormatDate(q.due_until));
      if (q.overdue) {
        w += std::string(" AND due_date ") + (*q.overdue ? "< " : ">= ") +
             binds.Text(core::FormatDate(q.today));
      }
      if (q.parties != 0) w += " AND (parties & " + binds.Int(q.parties) + ") <> 0";
      return w;
    };
    // Each branch must deliver the rows of the pages before this one as well.
    const long long branch_limit = static_cast<long long>(q.limit) + std::max(q.offset, 0);
    auto branch = [&](const std::string& condition) {
      std::string sql =
          "SELECT dossier_id, milestone, sequence, due_date, week, parties, revalidant_id,"
          " casemanager_user_id FROM verzuim_deadline WHERE " +
          condition;
      sql += common();
      sql += " ORDER BY due_date, dossier_id LIMIT " + binds.Int(branch_limit);
      return sql;
    };
    auto team_list = [&]() {
      std::string list;
      for (std::size_t i = 0; i < q.scope.teams.size(); ++i) {
        list += (i == 0 ? "" : ", ") + binds.Int(q.scope.teams[i].value);
      }
      return list;
    };
    std::vector<std::string> branches;
    if (q.casemanager.valid()) {
      std::string condition = "casemanager_user_id = " + binds.Int(q.casemanager.value);
      if (!q.scope.all) {
        std::string scope;
        if (!q.scope.teams.empty()) scope = "team_id IN (" + team_list() + ")";
        if (q.scope.ric.valid()) {
          scope += (scope.empty() ? "" : " OR ") + std::string("ric_user_id = ") +
                   binds.Int(q.scope.ric.value);
        }
        condition += " AND (" + scope + ")";
      }
      branches.push_back(branch(condition));
    } else if (q.scope.all) {
      branches.push_back(branch("1 = 1"));
    } else {
      for (core::TeamId team : q.scope.teams) {
        branches.push_back(branch("team_id = " + binds.Int(team.value)));
      }
      if (q.scope.ric.valid()) {
        branches.push_back(branch("ric_user_id = " + binds.Int(q.scope.ric.value)));
      }
    }
    std::string unioned;
    for (std::size_t i = 0; i < branches.size(); ++i) {
      if (i != 0) unioned += " UNION ";
      unioned += "SELECT * FROM (" + branches[i] + ") AS b" + std::to_string(i);
    }
    // Placeholders are bound by position: create them in the order of the text (the operands
    // of one + chain are not evaluated in a guaranteed order).
    const std::string limit_param = binds.Int(q.limit);
    const std::string offset_param = binds.Int(std::max(q.offset, 0));
    const std::string sql =
        "SELECT b.dossier_id, b.milestone, b.sequence, b.due_date, b.week, b.parties,"
        " b.revalidant_id, r.given_names, r.family_name, b.casemanager_user_id, u.display_name"
        " FROM (" +
        unioned +
        ") AS b JOIN revalidant r ON r.id = b.revalidant_id"
        " LEFT JOIN app_user u ON u.id = b.casemanager_user_id"
        " ORDER BY b.due_date, b.dossier_id, b.milestone, b.sequence LIMIT " +
        limit_param + " OFFSET " + offset_param;

    long long dossier = 0, sequence = 0, week = 0, parties = 0, revalidant = 0, cm = 0;
    std::string milestone, due, given, family, cm_name;
    soci::indicator cm_ind = soci::i_null, cm_name_ind = soci::i_null;
    soci::statement st(sql_);
    st.exchange(soci::into(dossier));
    st.exchange(soci::into(milestone));
    st.exchange(soci::into(sequence));
    st.exchange(soci::into(due));
    st.exchange(soci::into(week));
    st.exchange(soci::into(parties));
    st.exchange(soci::into(revalidant));
    st.exchange(soci::into(given));
    st.exchange(soci::into(family));
    st.exchange(soci::into(cm, cm_ind));
    st.exchange(soci::into(cm_name, cm_name_ind));
    binds.Use(st);
    st.alloc();
    st.prepare(sql);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
      DeadlineRow row;
      row.dossier_id = dossier;
      row.revalidant_id = core::RevalidantId{revalidant};
      row.given_names = given;
      row.family_name = family;
      if (cm_ind == soci::i_ok) row.casemanager_user_id = core::UserId{cm};
      if (cm_name_ind == soci::i_ok) row.casemanager_name = cm_name;
      row.deadline.milestone = milestone;
      row.deadline.sequence = static_cast<int>(sequence);
      WP_ASSIGN_OR_RETURN(row.deadline.due, DateColumn(due, "deadline"));
      row.deadline.week = static_cast<int>(week);
      row.deadline.parties = static_cast<std::uint32_t>(parties);
      out.push_back(std::move(row));
    }
    return out;
  });
}

core::Result<std::vector<std::int64_t>> SqlVerzuimRepo::StaleDeadlineDossiers(int rules_version,
                                                                              int limit) {
  return Guard("verzuim stale deadlines", [&]() -> core::Result<std::vector<std::int64_t>> {
    std::vector<std::int64_t> out;
    long long rules = rules_version, lim = limit, id = 0;
    soci::statement st =
        (sql_.prepare << "SELECT id FROM verzuim_dossier WHERE deadlines_rules <> :r"
                         " ORDER BY id LIMIT :l",
         soci::use(rules), soci::use(lim), soci::into(id));
    st.execute();
    while (st.fetch()) out.push_back(id);
    return out;
  });
}

// --- episodes ---

core::Result<std::int64_t> SqlVerzuimRepo::InsertEpisode(const EpisodeRecord& e) {
  return Guard("verzuim episode insert", [&]() -> core::Result<std::int64_t> {
    long long dossier = e.dossier_id, percentage = e.percentage, by = e.updated_by.value,
              ms = core::ToMillis(e.updated_at), id = 0;
    std::string start = core::FormatDate(e.start);
    OptDateValue end(e.end);
    sql_ << "INSERT INTO verzuim_episode (dossier_id, start_date, end_date, percentage,"
            " updated_by, updated_ms) VALUES (:d, :s, :e, :p, :b, :m) RETURNING id",
        soci::use(dossier), soci::use(start), soci::use(end.text, end.ind), soci::use(percentage),
        soci::use(by), soci::use(ms), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::int64_t> SqlVerzuimRepo::UpdateEpisode(const EpisodeRecord& e,
                                                         std::int64_t expected_version) {
  return Guard("verzuim episode update", [&]() -> core::Result<std::int64_t> {
    long long id = e.id, dossier = e.dossier_id, v = expected_version, percentage = e.percentage,
              by = e.updated_by.value, ms = core::ToMillis(e.updated_at);
    std::string start = core::FormatDate(e.start);
    OptDateValue end(e.end);
    soci::statement st =
        (sql_.prepare << "UPDATE verzuim_episode SET start_date = :s, end_date = :e,"
                         " percentage = :p, updated_by = :b, updated_ms = :m,"
                         " version = version + 1"
                         " WHERE id = :id AND dossier_id = :d AND version = :v",
         soci::use(start), soci::use(end.text, end.ind), soci::use(percentage), soci::use(by),
         soci::use(ms), soci::use(id), soci::use(dossier), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM verzuim_episode WHERE id = :id AND dossier_id = :d",
          soci::use(id), soci::use(dossier), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("episode not found");
      return core::Error::Conflict("the episode was changed by someone else");
    }
    return expected_version + 1;
  });
}

core::Status SqlVerzuimRepo::DeleteEpisode(std::int64_t dossier_id, std::int64_t episode_id,
                                           std::int64_t expected_version) {
  return Guard("verzuim episode delete", [&]() -> core::Status {
    long long id = episode_id, dossier = dossier_id, v = expected_version;
    soci::statement st =
        (sql_.prepare << "DELETE FROM verzuim_episode WHERE id = :id AND dossier_id = :d"
                         " AND version = :v",
         soci::use(id), soci::use(dossier), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM verzuim_episode WHERE id = :id AND dossier_id = :d",
          soci::use(id), soci::use(dossier), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("episode not found");
      return core::Error::Conflict("the episode was changed by someone else");
    }
    return core::Ok();
  });
}

// --- documents ---

namespace {

void InsertRevision(soci::session& sql, long long document, long long version,
                    const DocumentRecord& d) {
  std::string date = core::FormatDate(d.date);
  long long by = d.updated_by.value, ms = core::ToMillis(d.updated_at);
  sql << "INSERT INTO verzuim_document_revision (document_id, version, document_date,"
         " content_json, medical_json, by_user, at_ms) VALUES (:d, :v, :dt, :c, :m, :b, :a)",
      soci::use(document), soci::use(version), soci::use(date), soci::use(d.content_json),
      soci::use(d.medical_json), soci::use(by), soci::use(ms);
}

}  // namespace

core::Result<std::int64_t> SqlVerzuimRepo::InsertDocument(const DocumentRecord& d) {
  return Guard("verzuim document insert", [&]() -> core::Result<std::int64_t> {
    long long dossier = d.dossier_id, created_by = d.created_by.value,
              created_ms = core::ToMillis(d.created_at), updated_by = d.updated_by.value,
              updated_ms = core::ToMillis(d.updated_at), id = 0;
    std::string date = core::FormatDate(d.date);
    sql_ << "INSERT INTO verzuim_document (dossier_id, kind, document_date, content_json,"
            " medical_json, created_by, created_ms, updated_by, updated_ms)"
            " VALUES (:d, :k, :dt, :c, :m, :cb, :cm, :ub, :um) RETURNING id",
        soci::use(dossier), soci::use(d.kind), soci::use(date), soci::use(d.content_json),
        soci::use(d.medical_json), soci::use(created_by), soci::use(created_ms),
        soci::use(updated_by), soci::use(updated_ms), soci::into(id);
    InsertRevision(sql_, id, 1, d);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::int64_t> SqlVerzuimRepo::UpdateDocument(const DocumentRecord& d,
                                                          std::int64_t expected_version) {
  return Guard("verzuim document update", [&]() -> core::Result<std::int64_t> {
    long long id = d.id, dossier = d.dossier_id, v = expected_version,
              updated_by = d.updated_by.value, updated_ms = core::ToMillis(d.updated_at);
    std::string date = core::FormatDate(d.date);
    soci::statement st =
        (sql_.prepare << "UPDATE verzuim_document SET document_date = :dt, content_json = :c,"
                         " medical_json = :m, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1"
                         " WHERE id = :id AND dossier_id = :d AND version = :v",
         soci::use(date), soci::use(d.content_json), soci::use(d.medical_json),
         soci::use(updated_by), soci::use(updated_ms), soci::use(id), soci::use(dossier),
         soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM verzuim_document WHERE id = :id AND dossier_id = :d",
          soci::use(id), soci::use(dossier), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("document not found");
      return core::Error::Conflict("the document was changed by someone else");
    }
    InsertRevision(sql_, id, expected_version + 1, d);
    return expected_version + 1;
  });
}

core::Result<std::vector<DocumentRevisionRecord>> SqlVerzuimRepo::ListRevisions(
    std::int64_t document_id) {
  return Guard("verzuim revisions", [&]() -> core::Result<std::vector<DocumentRevisionRecord>> {
    std::vector<DocumentRevisionRecord> out;
    long long doc = document_id, version = 0, by = 0, ms = 0;
    std::string date, content, medical;
    soci::statement st =
        (sql_.prepare << "SELECT version, document_date, content_json, medical_json, by_user,"
                         " at_ms FROM verzuim_document_revision WHERE document_id = :d"
                         " ORDER BY version",
         soci::use(doc), soci::into(version), soci::into(date), soci::into(content),
         soci::into(medical), soci::into(by), soci::into(ms));
    st.execute();
    while (st.fetch()) {
      DocumentRevisionRecord r;
      r.version = version;
      WP_ASSIGN_OR_RETURN(r.date, DateColumn(date, "revision"));
      r.content_json = content;
      r.medical_json = medical;
      r.by = core::UserId{by};
      r.at = core::FromMillis(ms);
      out.push_back(std::move(r));
    }
    return out;
  });
}

// --- scenario ---

core::Status SqlVerzuimRepo::AppendScenario(std::int64_t dossier_id, const ScenarioRecord& s) {
  return Guard("verzuim scenario append", [&]() -> core::Status {
    long long dossier = dossier_id, count = 0, by = s.by.value, ms = core::ToMillis(s.at);
    sql_ << "SELECT COUNT(*) FROM verzuim_scenario WHERE dossier_id = :d", soci::use(dossier),
        soci::into(count);
    long long seq = count + 1;
    std::string date = core::FormatDate(s.date);
    sql_ << "INSERT INTO verzuim_scenario (dossier_id, seq, transition_date, scenario, reason,"
            " by_user, at_ms) VALUES (:d, :s, :dt, :sc, :r, :b, :a)",
        soci::use(dossier), soci::use(seq), soci::use(date), soci::use(s.scenario),
        soci::use(s.reason), soci::use(by), soci::use(ms);
    return core::Ok();
  });
}

// --- settings ---

core::Result<int> SqlVerzuimRepo::SignalDays() {
  return Guard("verzuim settings get", [&]() -> core::Result<int> {
    long long days = 14;
    sql_ << "SELECT signal_days FROM verzuim_setting WHERE id = 1", soci::into(days);
    return static_cast<int>(days);
  });
}

core::Status SqlVerzuimRepo::SetSignalDays(int days) {
  return Guard("verzuim settings set", [&]() -> core::Status {
    long long d = days;
    sql_ << "UPDATE verzuim_setting SET signal_days = :d, version = version + 1 WHERE id = 1",
        soci::use(d);
    return core::Ok();
  });
}

}  // namespace werkpad::store::sql
