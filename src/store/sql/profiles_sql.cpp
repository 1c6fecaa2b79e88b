// SqlProfileRepo: the profile tables of migration 0005_profiles (store/profiles.hpp).
#include <soci/soci.h>

#include <boost/json.hpp>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

namespace {

core::Result<core::Date> DateColumn(const std::string& text, const char* what) {
  auto d = core::ParseDate(text);
  if (!d) return core::Error::Internal(std::string("stored ") + what + " date is malformed");
  return *d;
}

// Nullable date column values.
struct OptDate {
  std::string text;
  soci::indicator ind = soci::i_null;
  explicit OptDate(const std::optional<core::Date>& d) {
    if (d) {
      text = core::FormatDate(*d);
      ind = soci::i_ok;
    }
  }
};

core::Result<std::optional<core::Date>> OptDateColumn(const std::string& text, soci::indicator ind,
                                                      const char* what) {
  if (ind != soci::i_ok) return std::optional<core::Date>();
  WP_ASSIGN_OR_RETURN(core::Date d, DateColumn(text, what));
  return std::optional<core::Date>(d);
}

// Nullable integer column values (0 ids and nullopt are NULL).
struct OptInt {
  long long value = 0;
  soci::indicator ind = soci::i_null;
  explicit OptInt(const std::optional<std::int64_t>& v) {
    if (v) {
      value = *v;
      ind = soci::i_ok;
    }
  }
};

// After an UPDATE ... WHERE key = :id AND version = :v that touched nothing: not found or stale.
core::Error StaleOrMissing(soci::session& sql, const std::string& table, const std::string& key,
                           long long id, const std::string& what) {
  long long exists = 0;
  sql << "SELECT COUNT(*) FROM " + table + " WHERE " + key + " = :id", soci::use(id),
      soci::into(exists);
  if (exists == 0) return core::Error::NotFound(what + " not found");
  return core::Error::Conflict("the " + what + " was changed by someone else");
}

std::string StringsJson(const std::vector<std::string>& v) {
  boost::json::array a;
  for (const auto& s : v) a.emplace_back(s);
  return boost::json::serialize(a);
}

std::vector<std::string> StringsFromJson(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = boost::json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.as_array()) {
    if (e.is_string()) out.emplace_back(e.as_string());
  }
  return out;
}

// --- form 6 ---

core::Status LoadAssessments(soci::session& sql, RoundRecord& r) {
  long long round = r.id, version = 0, assessor = 0, ms = 0;
  std::string item, discipline, verdict, capacity, note, on;
  soci::statement st =
      (sql.prepare << "SELECT item_code, version, discipline, verdict, capacity_json, note,"
                      " assessed_on, assessor, updated_ms FROM profile_assessment"
                      " WHERE round_id = :r ORDER BY item_code",
       soci::use(round), soci::into(item), soci::into(version), soci::into(discipline),
       soci::into(verdict), soci::into(capacity), soci::into(note), soci::into(on),
       soci::into(assessor), soci::into(ms));
  st.execute();
  while (st.fetch()) {
    AssessmentRecord a;
    a.round_id = r.id;
    a.item_code = item;
    a.version = version;
    a.discipline = discipline;
    a.verdict = verdict;
    a.capacity_json = capacity;
    a.note = note;
    WP_ASSIGN_OR_RETURN(a.assessed_on, DateColumn(on, "assessment"));
    a.assessor = core::UserId{assessor};
    a.updated_at = core::FromMillis(ms);
    r.assessments.push_back(std::move(a));
  }
  return core::Ok();
}

constexpr const char* kRoundColumns =
    "SELECT id, trajectory_id, version, kind, round_date, note, closed, created_by, created_ms,"
    " updated_by, updated_ms FROM profile_round";

core::Result<std::vector<RoundRecord>> QueryRounds(soci::session& sql, const std::string& where,
                                                   long long key) {
  std::vector<RoundRecord> out;
  long long id = 0, trajectory = 0, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
  int closed = 0;
  std::string kind, date, note;
  soci::statement st =
      (sql.prepare << std::string(kRoundColumns) + " WHERE " + where + " ORDER BY round_date, id",
       soci::use(key), soci::into(id), soci::into(trajectory), soci::into(version),
       soci::into(kind), soci::into(date), soci::into(note), soci::into(closed), soci::into(cb),
       soci::into(cm), soci::into(ub), soci::into(um));
  st.execute();
  while (st.fetch()) {
    RoundRecord r;
    r.id = id;
    r.trajectory_id = core::TrajectId{trajectory};
    r.version = version;
    r.kind = kind;
    WP_ASSIGN_OR_RETURN(r.date, DateColumn(date, "round"));
    r.note = note;
    r.closed = closed != 0;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    out.push_back(std::move(r));
  }
  for (auto& r : out) WP_RETURN_IF_ERROR(LoadAssessments(sql, r));
  return out;
}

// --- capacity ---

core::Result<std::vector<CapacityRecord>> QueryCapacities(soci::session& sql,
                                                          const std::string& where, long long key) {
  std::vector<CapacityRecord> out;
  long long id = 0, trajectory = 0, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
  std::string source, instrument, date, author, note, items;
  soci::statement st =
      (sql.prepare << "SELECT id, trajectory_id, version, source, instrument, profile_date,"
                      " author, note, profile_json, created_by, created_ms, updated_by, updated_ms"
                      " FROM profile_capacity WHERE " +
                          where + " ORDER BY profile_date, id",
       soci::use(key), soci::into(id), soci::into(trajectory), soci::into(version),
       soci::into(source), soci::into(instrument), soci::into(date), soci::into(author),
       soci::into(note), soci::into(items), soci::into(cb), soci::into(cm), soci::into(ub),
       soci::into(um));
  st.execute();
  while (st.fetch()) {
    CapacityRecord r;
    r.id = id;
    r.trajectory_id = core::TrajectId{trajectory};
    r.version = version;
    r.source = source;
    r.instrument = instrument;
    WP_ASSIGN_OR_RETURN(r.date, DateColumn(date, "capacity profile"));
    r.author = author;
    r.note = note;
    r.profile_json = items;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    out.push_back(std::move(r));
  }
  return out;
}

// --- goals ---

core::Status LoadGoalEvents(soci::session& sql, GoalRecord& g) {
  long long goal = g.id, seq = 0, d4 = 0, by = 0, ms = 0;
  soci::indicator d4_ind = soci::i_null;
  std::string kind, date, status, description, target, target_date, note;
  soci::statement st =
      (sql.prepare << "SELECT seq, kind, event_date, status, description, target_json,"
                      " target_date, note, d4_seq, by_user, at_ms FROM profile_goal_event"
                      " WHERE goal_id = :g ORDER BY seq",
       soci::use(goal), soci::into(seq), soci::into(kind), soci::into(date), soci::into(status),
       soci::into(description), soci::into(target), soci::into(target_date), soci::into(note),
       soci::into(d4, d4_ind), soci::into(by), soci::into(ms));
  st.execute();
  while (st.fetch()) {
    GoalEventRecord e;
    e.seq = seq;
    e.kind = kind;
    WP_ASSIGN_OR_RETURN(e.date, DateColumn(date, "goal event"));
    e.status = status;
    e.description = description;
    e.target_json = target;
    WP_ASSIGN_OR_RETURN(e.target_date, DateColumn(target_date, "goal event target"));
    e.note = note;
    if (d4_ind == soci::i_ok) e.d4_seq = d4;
    e.by = core::UserId{by};
    e.at = core::FromMillis(ms);
    g.events.push_back(std::move(e));
  }
  return core::Ok();
}

core::Result<std::vector<GoalRecord>> QueryGoals(soci::session& sql, const std::string& where,
                                                 long long key) {
  std::vector<GoalRecord> out;
  long long id = 0, trajectory = 0, version = 0, round = 0, cb = 0, cm = 0, ub = 0, um = 0;
  soci::indicator round_ind = soci::i_null;
  std::string discipline, item, description, target, target_date, status;
  soci::statement st =
      (sql.prepare << "SELECT id, trajectory_id, version, discipline, item_code, round_id,"
                      " description, target_json, target_date, status, created_by, created_ms,"
                      " updated_by, updated_ms FROM profile_goal WHERE " +
                          where + " ORDER BY id",
       soci::use(key), soci::into(id), soci::into(trajectory), soci::into(version),
       soci::into(discipline), soci::into(item), soci::into(round, round_ind),
       soci::into(description), soci::into(target), soci::into(target_date), soci::into(status),
       soci::into(cb), soci::into(cm), soci::into(ub), soci::into(um));
  st.execute();
  while (st.fetch()) {
    GoalRecord g;
    g.id = id;
    g.trajectory_id = core::TrajectId{trajectory};
    g.version = version;
    g.discipline = discipline;
    g.item_code = item;
    if (round_ind == soci::i_ok) g.round_id = round;
    g.description = description;
    g.target_json = target;
    WP_ASSIGN_OR_RETURN(g.target_date, DateColumn(target_date, "goal"));
    g.status = status;
    g.created_by = core::UserId{cb};
    g.created_at = core::FromMillis(cm);
    g.updated_by = core::UserId{ub};
    g.updated_at = core::FromMillis(um);
    out.push_back(std::move(g));
  }
  for (auto& g : out) WP_RETURN_IF_ERROR(LoadGoalEvents(sql, g));
  return out;
}

void AppendGoalEvent(soci::session& sql, std::int64_t goal_id, const GoalEventRecord& e) {
  long long goal = goal_id, count = 0;
  sql << "SELECT COUNT(*) FROM profile_goal_event WHERE goal_id = :g", soci::use(goal),
      soci::into(count);
  long long seq = count + 1, by = e.by.value, ms = core::ToMillis(e.at);
  std::string date = core::FormatDate(e.date), target_date = core::FormatDate(e.target_date);
  OptInt d4(e.d4_seq);
  sql << "INSERT INTO profile_goal_event (goal_id, seq, kind, event_date, status, description,"
         " target_json, target_date, note, d4_seq, by_user, at_ms) VALUES (:g, :s, :k, :d, :st,"
         " :ds, :t, :td, :n, :d4, :b, :a)",
      soci::use(goal), soci::use(seq), soci::use(e.kind), soci::use(date), soci::use(e.status),
      soci::use(e.description), soci::use(e.target_json), soci::use(target_date), soci::use(e.note),
      soci::use(d4.value, d4.ind), soci::use(by), soci::use(ms);
}

// --- training ---

core::Result<std::vector<WorksampleRecord>> QueryWorksamples(soci::session& sql,
                                                             const std::string& where,
                                                             long long key) {
  std::vector<WorksampleRecord> out;
  long long id = 0, version = 0, ub = 0, um = 0;
  int material = 0, active = 0;
  std::string name, kind, description;
  soci::statement st =
      (sql.prepare << "SELECT id, version, name, kind, employer_material, description, active,"
                      " updated_by, updated_ms FROM profile_worksample WHERE " +
                          where + " ORDER BY name, id",
       soci::use(key), soci::into(id), soci::into(version), soci::into(name), soci::into(kind),
       soci::into(material), soci::into(description), soci::into(active), soci::into(ub),
       soci::into(um));
  st.execute();
  while (st.fetch()) {
    WorksampleRecord w;
    w.id = id;
    w.version = version;
    w.name = name;
    w.kind = kind;
    w.employer_material = material != 0;
    w.description = description;
    w.active = active != 0;
    w.updated_by = core::UserId{ub};
    w.updated_at = core::FromMillis(um);
    out.push_back(std::move(w));
  }
  return out;
}

core::Result<std::vector<TrainingSessionRecord>> QuerySessions(soci::session& sql,
                                                               const std::string& where,
                                                               long long key) {
  std::vector<TrainingSessionRecord> out;
  long long id = 0, trajectory = 0, version = 0, worksample = 0, duration = 0, cb = 0, cm = 0,
            ub = 0, um = 0;
  soci::indicator ws_ind = soci::i_null;
  std::string kind, date, disciplines, observations;
  soci::statement st =
      (sql.prepare << "SELECT id, trajectory_id, version, kind, session_date, worksample_id,"
                      " duration_minutes, disciplines_json, observations, created_by,"
                      " created_ms, updated_by, updated_ms FROM profile_training_session WHERE " +
                          where + " ORDER BY session_date, id",
       soci::use(key), soci::into(id), soci::into(trajectory), soci::into(version),
       soci::into(kind), soci::into(date), soci::into(worksample, ws_ind), soci::into(duration),
       soci::into(disciplines), soci::into(observations), soci::into(cb), soci::into(cm),
       soci::into(ub), soci::into(um));
  st.execute();
  while (st.fetch()) {
    TrainingSessionRecord s;
    s.id = id;
    s.trajectory_id = core::TrajectId{trajectory};
    s.version = version;
    s.kind = kind;
    WP_ASSIGN_OR_RETURN(s.date, DateColumn(date, "training session"));
    if (ws_ind == soci::i_ok) s.worksample_id = worksample;
    s.duration_minutes = static_cast<int>(duration);
    s.disciplines = StringsFromJson(disciplines);
    s.observations = observations;
    s.created_by = core::UserId{cb};
    s.created_at = core::FromMillis(cm);
    s.updated_by = core::UserId{ub};
    s.updated_at = core::FromMillis(um);
    out.push_back(std::move(s));
  }
  for (auto& s : out) {
    long long session = s.id, goal = 0;
    soci::statement gs = (sql.prepare << "SELECT goal_id FROM profile_training_goal"
                                         " WHERE session_id = :s ORDER BY goal_id",
                          soci::use(session), soci::into(goal));
    gs.execute();
    while (gs.fetch()) s.goal_ids.push_back(goal);
  }
  return out;
}

core::Result<std::vector<TrainingReportRecord>> QueryReports(soci::session& sql,
                                                             const std::string& where,
                                                             long long key) {
  std::vector<TrainingReportRecord> out;
  long long id = 0, trajectory = 0, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
  std::string date, from, to, text;
  soci::statement st =
      (sql.prepare << "SELECT id, trajectory_id, version, report_date, period_from, period_to,"
                      " text, created_by, created_ms, updated_by, updated_ms"
                      " FROM profile_training_report WHERE " +
                          where + " ORDER BY report_date, id",
       soci::use(key), soci::into(id), soci::into(trajectory), soci::into(version),
       soci::into(date), soci::into(from), soci::into(to), soci::into(text), soci::into(cb),
       soci::into(cm), soci::into(ub), soci::into(um));
  st.execute();
  while (st.fetch()) {
    TrainingReportRecord r;
    r.id = id;
    r.trajectory_id = core::TrajectId{trajectory};
    r.version = version;
    WP_ASSIGN_OR_RETURN(r.date, DateColumn(date, "report"));
    WP_ASSIGN_OR_RETURN(r.period_from, DateColumn(from, "report period"));
    WP_ASSIGN_OR_RETURN(r.period_to, DateColumn(to, "report period"));
    r.text = text;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    out.push_back(std::move(r));
  }
  return out;
}

// --- catalogues ---

core::Result<std::vector<CatalogueRecord>> QueryCatalogues(soci::session& sql,
                                                           const std::string& where,
                                                           long long key) {
  std::vector<CatalogueRecord> out;
  long long id = 0, version = 0, ub = 0, um = 0, count = 0, revision = 0;
  std::string name, kind, employer;
  soci::statement st =
      (sql.prepare << "SELECT c.id, c.version, c.name, c.kind, c.employer, c.updated_by,"
                      " c.updated_ms, (SELECT COUNT(*) FROM profile_function f"
                      " WHERE f.catalogue_id = c.id), c.function_revision"
                      " FROM profile_catalogue c WHERE " +
                          where + " ORDER BY c.name, c.id",
       soci::use(key), soci::into(id), soci::into(version), soci::into(name), soci::into(kind),
       soci::into(employer), soci::into(ub), soci::into(um), soci::into(count),
       soci::into(revision));
  st.execute();
  while (st.fetch()) {
    CatalogueRecord c;
    c.id = id;
    c.version = version;
    c.name = name;
    c.kind = kind;
    c.employer = employer;
    c.updated_by = core::UserId{ub};
    c.updated_at = core::FromMillis(um);
    c.function_count = count;
    c.function_revision = revision;
    out.push_back(std::move(c));
  }
  return out;
}

core::Result<std::vector<FunctionRecord>> QueryFunctions(soci::session& sql,
                                                         const std::string& where, long long key) {
  std::vector<FunctionRecord> out;
  long long id = 0, catalogue = 0, version = 0, hours = 0, wage = 0, ub = 0, um = 0;
  soci::indicator wage_ind = soci::i_null, hours_ind = soci::i_null;
  std::string code, title, organisation, items;
  soci::statement st =
      (sql.prepare << "SELECT id, catalogue_id, version, code, title, organisation,"
                      " hours_per_week_x10, wage_cents, profile_json, updated_by, updated_ms"
                      " FROM profile_function WHERE " +
                          where + " ORDER BY title, id",
       soci::use(key), soci::into(id), soci::into(catalogue), soci::into(version), soci::into(code),
       soci::into(title), soci::into(organisation), soci::into(hours, hours_ind),
       soci::into(wage, wage_ind), soci::into(items), soci::into(ub), soci::into(um));
  st.execute();
  while (st.fetch()) {
    FunctionRecord f;
    f.id = id;
    f.catalogue_id = catalogue;
    f.version = version;
    f.code = code;
    f.title = title;
    f.organisation = organisation;
    if (hours_ind == soci::i_ok) f.hours_per_week_x10 = hours;
    if (wage_ind == soci::i_ok) f.wage_cents = wage;
    f.profile_json = items;
    f.updated_by = core::UserId{ub};
    f.updated_at = core::FromMillis(um);
    out.push_back(std::move(f));
  }
  return out;
}

template <class T>
core::Result<T> One(core::Result<std::vector<T>> list, const char* what) {
  if (!list.ok()) return std::move(list).error();
  if (list->empty()) return core::Error::NotFound(std::string(what) + " not found");
  return std::move(list->front());
}

}  // namespace

// --- settings ---

core::Result<ProfileSettingRecord> SqlProfileRepo::GetSetting() {
  return Guard("profile settings get", [&]() -> core::Result<ProfileSettingRecord> {
    ProfileSettingRecord r;
    long long version = 1, by = 0, ms = 0;
    soci::indicator by_ind = soci::i_null, ms_ind = soci::i_null;
    sql_ << "SELECT version, assignment_json, updated_by, updated_ms FROM profile_setting"
            " WHERE id = 1",
        soci::into(version), soci::into(r.assignment_json), soci::into(by, by_ind),
        soci::into(ms, ms_ind);
    if (!sql_.got_data()) return core::Error::Internal("profile settings row is missing");
    r.version = version;
    if (by_ind == soci::i_ok) r.updated_by = core::UserId{by};
    if (ms_ind == soci::i_ok) r.updated_at = core::FromMillis(ms);
    return r;
  });
}

core::Result<std::int64_t> SqlProfileRepo::UpdateSetting(const ProfileSettingRecord& r,
                                                         std::int64_t expected_version) {
  return Guard("profile settings update", [&]() -> core::Result<std::int64_t> {
    long long v = expected_version, by = r.updated_by.value,
              ms = r.updated_at ? core::ToMillis(*r.updated_at) : 0;
    soci::statement st =
        (sql_.prepare << "UPDATE profile_setting SET assignment_json = :a, updated_by = :b,"
                         " updated_ms = :m, version = version + 1 WHERE id = 1 AND version = :v",
         soci::use(r.assignment_json), soci::use(by), soci::use(ms), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return core::Error::Conflict("the settings were changed by someone else");
    }
    return expected_version + 1;
  });
}

// --- form 4 ---

core::Result<std::optional<DemandRecord>> SqlProfileRepo::FindDemand(core::TrajectId trajectory) {
  return Guard("profile demand get", [&]() -> core::Result<std::optional<DemandRecord>> {
    DemandRecord r;
    long long t = trajectory.value, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
    std::string visit;
    soci::indicator visit_ind = soci::i_null;
    sql_ << "SELECT version, visit_date, filled_with, profile_json, note, created_by, created_ms,"
            " updated_by, updated_ms FROM profile_demand WHERE trajectory_id = :t",
        soci::use(t), soci::into(version), soci::into(visit, visit_ind), soci::into(r.filled_with),
        soci::into(r.profile_json), soci::into(r.note), soci::into(cb), soci::into(cm),
        soci::into(ub), soci::into(um);
    if (!sql_.got_data()) return std::optional<DemandRecord>();
    r.trajectory_id = trajectory;
    r.version = version;
    WP_ASSIGN_OR_RETURN(r.visit_date, OptDateColumn(visit, visit_ind, "visit"));
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    return std::optional<DemandRecord>(std::move(r));
  });
}

namespace {
void InsertDemandRevision(soci::session& sql, const DemandRecord& r, std::int64_t version) {
  long long t = r.trajectory_id.value, v = version, by = r.updated_by.value,
            ms = core::ToMillis(r.updated_at);
  OptDate visit(r.visit_date);
  sql << "INSERT INTO profile_demand_revision (trajectory_id, version, visit_date, filled_with,"
         " profile_json, note, by_user, at_ms) VALUES (:t, :v, :d, :f, :i, :n, :b, :a)",
      soci::use(t), soci::use(v), soci::use(visit.text, visit.ind), soci::use(r.filled_with),
      soci::use(r.profile_json), soci::use(r.note), soci::use(by), soci::use(ms);
}
}  // namespace

core::Status SqlProfileRepo::InsertDemand(const DemandRecord& r) {
  return GuardWrite(
      sql_, "profile demand insert",
      [&]() -> core::Status {
        long long t = r.trajectory_id.value, cb = r.created_by.value,
                  cm = core::ToMillis(r.created_at), ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at);
        OptDate visit(r.visit_date);
        sql_ << "INSERT INTO profile_demand (trajectory_id, version, visit_date, filled_with,"
                " profile_json, note, created_by, created_ms, updated_by, updated_ms) VALUES (:t,"
                " 1, :d, :f, :i, :n, :cb, :cm, :ub, :um)",
            soci::use(t), soci::use(visit.text, visit.ind), soci::use(r.filled_with),
            soci::use(r.profile_json), soci::use(r.note), soci::use(cb), soci::use(cm),
            soci::use(ub), soci::use(um);
        InsertDemandRevision(sql_, r, 1);
        return core::Ok();
      },
      "trajectory_id");
}

core::Result<std::int64_t> SqlProfileRepo::UpdateDemand(const DemandRecord& r,
                                                        std::int64_t expected_version) {
  return Guard("profile demand update", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    OptDate visit(r.visit_date);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_demand SET visit_date = :d, filled_with = :f,"
                         " profile_json = :i, note = :n, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE trajectory_id = :t AND version = :v",
         soci::use(visit.text, visit.ind), soci::use(r.filled_with), soci::use(r.profile_json),
         soci::use(r.note), soci::use(ub), soci::use(um), soci::use(t), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return StaleOrMissing(sql_, "profile_demand", "trajectory_id", t, "function profile");
    }
    InsertDemandRevision(sql_, r, expected_version + 1);
    return expected_version + 1;
  });
}

core::Result<std::vector<DemandRevisionRecord>> SqlProfileRepo::ListDemandRevisions(
    core::TrajectId trajectory) {
  return Guard(
      "profile demand revisions", [&]() -> core::Result<std::vector<DemandRevisionRecord>> {
        std::vector<DemandRevisionRecord> out;
        long long t = trajectory.value, version = 0, by = 0, ms = 0;
        std::string visit, filled, items, note;
        soci::indicator visit_ind = soci::i_null;
        soci::statement st =
            (sql_.prepare << "SELECT version, visit_date, filled_with, profile_json, note, by_user,"
                             " at_ms FROM profile_demand_revision WHERE trajectory_id = :t"
                             " ORDER BY version",
             soci::use(t), soci::into(version), soci::into(visit, visit_ind), soci::into(filled),
             soci::into(items), soci::into(note), soci::into(by), soci::into(ms));
        st.execute();
        while (st.fetch()) {
          DemandRevisionRecord r;
          r.version = version;
          WP_ASSIGN_OR_RETURN(r.visit_date, OptDateColumn(visit, visit_ind, "visit"));
          r.filled_with = filled;
          r.profile_json = items;
          r.note = note;
          r.by = core::UserId{by};
          r.at = core::FromMillis(ms);
          out.push_back(std::move(r));
        }
        return out;
      });
}

// --- form 6 ---

core::Result<std::int64_t> SqlProfileRepo::InsertRound(const RoundRecord& r) {
  return GuardWrite(sql_, "profile round insert", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, cb = r.created_by.value, cm = core::ToMillis(r.created_at),
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
    int closed = r.closed ? 1 : 0;
    std::string date = core::FormatDate(r.date);
    sql_ << "INSERT INTO profile_round (trajectory_id, kind, round_date, note, closed,"
            " created_by, created_ms, updated_by, updated_ms) VALUES (:t, :k, :d, :n, :c, :cb,"
            " :cm, :ub, :um) RETURNING id",
        soci::use(t), soci::use(r.kind), soci::use(date), soci::use(r.note), soci::use(closed),
        soci::use(cb), soci::use(cm), soci::use(ub), soci::use(um), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<RoundRecord> SqlProfileRepo::GetRound(std::int64_t id) {
  return Guard("profile round get", [&]() -> core::Result<RoundRecord> {
    return One(QueryRounds(sql_, "id = :k", id), "assessment round");
  });
}

core::Result<std::vector<RoundRecord>> SqlProfileRepo::ListRounds(core::TrajectId trajectory) {
  return Guard("profile rounds", [&]() -> core::Result<std::vector<RoundRecord>> {
    return QueryRounds(sql_, "trajectory_id = :k", trajectory.value);
  });
}

core::Result<std::int64_t> SqlProfileRepo::UpdateRound(const RoundRecord& r,
                                                       std::int64_t expected_version) {
  return Guard("profile round update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    int closed = r.closed ? 1 : 0;
    std::string date = core::FormatDate(r.date);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_round SET kind = :k, round_date = :d, note = :n,"
                         " closed = :c, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(r.kind), soci::use(date), soci::use(r.note), soci::use(closed), soci::use(ub),
         soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return StaleOrMissing(sql_, "profile_round", "id", id, "assessment round");
    }
    return expected_version + 1;
  });
}

core::Status SqlProfileRepo::InsertAssessment(const AssessmentRecord& r) {
  return GuardWrite(
      sql_, "profile assessment insert",
      [&]() -> core::Status {
        long long round = r.round_id, assessor = r.assessor.value,
                  ms = core::ToMillis(r.updated_at);
        std::string on = core::FormatDate(r.assessed_on);
        sql_ << "INSERT INTO profile_assessment (round_id, item_code, version, discipline,"
                " verdict, capacity_json, note, assessed_on, assessor, updated_ms) VALUES (:r,"
                " :i, 1, :d, :v, :c, :n, :o, :a, :m)",
            soci::use(round), soci::use(r.item_code), soci::use(r.discipline), soci::use(r.verdict),
            soci::use(r.capacity_json), soci::use(r.note), soci::use(on), soci::use(assessor),
            soci::use(ms);
        return core::Ok();
      },
      "item_code");
}

core::Result<std::int64_t> SqlProfileRepo::UpdateAssessment(const AssessmentRecord& r,
                                                            std::int64_t expected_version) {
  return Guard("profile assessment update", [&]() -> core::Result<std::int64_t> {
    long long round = r.round_id, v = expected_version, assessor = r.assessor.value,
              ms = core::ToMillis(r.updated_at);
    std::string on = core::FormatDate(r.assessed_on);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_assessment SET discipline = :d, verdict = :v,"
                         " capacity_json = :c, note = :n, assessed_on = :o, assessor = :a,"
                         " updated_ms = :m, version = version + 1 WHERE round_id = :r AND"
                         " item_code = :i AND version = :ver",
         soci::use(r.discipline), soci::use(r.verdict), soci::use(r.capacity_json),
         soci::use(r.note), soci::use(on), soci::use(assessor), soci::use(ms), soci::use(round),
         soci::use(r.item_code), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM profile_assessment WHERE round_id = :r AND item_code = :i",
          soci::use(round), soci::use(r.item_code), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("assessment not found");
      return core::Error::Conflict("the assessment was changed by someone else");
    }
    return expected_version + 1;
  });
}

// --- capacity ---

core::Result<std::int64_t> SqlProfileRepo::InsertCapacity(const CapacityRecord& r) {
  return GuardWrite(sql_, "profile capacity insert", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, cb = r.created_by.value, cm = core::ToMillis(r.created_at),
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
    std::string date = core::FormatDate(r.date);
    sql_ << "INSERT INTO profile_capacity (trajectory_id, source, instrument, profile_date,"
            " author, note, profile_json, created_by, created_ms, updated_by, updated_ms) VALUES"
            " (:t, :s, :i, :d, :a, :n, :j, :cb, :cm, :ub, :um) RETURNING id",
        soci::use(t), soci::use(r.source), soci::use(r.instrument), soci::use(date),
        soci::use(r.author), soci::use(r.note), soci::use(r.profile_json), soci::use(cb),
        soci::use(cm), soci::use(ub), soci::use(um), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<CapacityRecord> SqlProfileRepo::GetCapacity(std::int64_t id) {
  return Guard("profile capacity get", [&]() -> core::Result<CapacityRecord> {
    return One(QueryCapacities(sql_, "id = :k", id), "capacity profile");
  });
}

core::Result<std::vector<CapacityRecord>> SqlProfileRepo::ListCapacities(
    core::TrajectId trajectory) {
  return Guard("profile capacities", [&]() -> core::Result<std::vector<CapacityRecord>> {
    return QueryCapacities(sql_, "trajectory_id = :k", trajectory.value);
  });
}

// --- goals ---

core::Result<std::int64_t> SqlProfileRepo::InsertGoal(const GoalRecord& r,
                                                      const GoalEventRecord& first) {
  return GuardWrite(sql_, "profile goal insert", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, cb = r.created_by.value, cm = core::ToMillis(r.created_at),
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
    OptInt round(r.round_id);
    std::string target_date = core::FormatDate(r.target_date);
    sql_ << "INSERT INTO profile_goal (trajectory_id, discipline, item_code, round_id,"
            " description, target_json, target_date, status, created_by, created_ms,"
            " updated_by, updated_ms) VALUES (:t, :d, :i, :r, :ds, :tj, :td, :s, :cb, :cm, :ub,"
            " :um) RETURNING id",
        soci::use(t), soci::use(r.discipline), soci::use(r.item_code),
        soci::use(round.value, round.ind), soci::use(r.description), soci::use(r.target_json),
        soci::use(target_date), soci::use(r.status), soci::use(cb), soci::use(cm), soci::use(ub),
        soci::use(um), soci::into(id);
    AppendGoalEvent(sql_, id, first);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<GoalRecord> SqlProfileRepo::GetGoal(std::int64_t id) {
  return Guard("profile goal get", [&]() -> core::Result<GoalRecord> {
    return One(QueryGoals(sql_, "id = :k", id), "goal");
  });
}

core::Result<std::vector<GoalRecord>> SqlProfileRepo::ListGoals(core::TrajectId trajectory) {
  return Guard("profile goals", [&]() -> core::Result<std::vector<GoalRecord>> {
    return QueryGoals(sql_, "trajectory_id = :k", trajectory.value);
  });
}

core::Result<std::int64_t> SqlProfileRepo::UpdateGoal(const GoalRecord& r,
                                                      std::int64_t expected_version,
                                                      const GoalEventRecord& event) {
  return Guard("profile goal update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    std::string target_date = core::FormatDate(r.target_date);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_goal SET description = :ds, target_json = :tj,"
                         " target_date = :td, status = :s, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(r.description), soci::use(r.target_json), soci::use(target_date),
         soci::use(r.status), soci::use(ub), soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) return StaleOrMissing(sql_, "profile_goal", "id", id, "goal");
    AppendGoalEvent(sql_, r.id, event);
    return expected_version + 1;
  });
}

// --- work training ---

core::Result<std::vector<WorksampleRecord>> SqlProfileRepo::ListWorksamples() {
  return Guard("profile worksamples", [&]() -> core::Result<std::vector<WorksampleRecord>> {
    return QueryWorksamples(sql_, "id > :k", 0);
  });
}

core::Result<WorksampleRecord> SqlProfileRepo::GetWorksample(std::int64_t id) {
  return Guard("profile worksample get", [&]() -> core::Result<WorksampleRecord> {
    return One(QueryWorksamples(sql_, "id = :k", id), "worksample");
  });
}

core::Result<std::int64_t> SqlProfileRepo::InsertWorksample(const WorksampleRecord& r) {
  return GuardWrite(
      sql_, "profile worksample insert",
      [&]() -> core::Result<std::int64_t> {
        long long ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
        int material = r.employer_material ? 1 : 0, active = r.active ? 1 : 0;
        sql_ << "INSERT INTO profile_worksample (name, kind, employer_material, description,"
                " active, updated_by, updated_ms) VALUES (:n, :k, :m, :d, :a, :ub, :um)"
                " RETURNING id",
            soci::use(r.name), soci::use(r.kind), soci::use(material), soci::use(r.description),
            soci::use(active), soci::use(ub), soci::use(um), soci::into(id);
        return static_cast<std::int64_t>(id);
      },
      "name");
}

core::Result<std::int64_t> SqlProfileRepo::UpdateWorksample(const WorksampleRecord& r,
                                                            std::int64_t expected_version) {
  return GuardWrite(
      sql_, "profile worksample update",
      [&]() -> core::Result<std::int64_t> {
        long long id = r.id, v = expected_version, ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at);
        int material = r.employer_material ? 1 : 0, active = r.active ? 1 : 0;
        soci::statement st =
            (sql_.prepare << "UPDATE profile_worksample SET name = :n, kind = :k,"
                             " employer_material = :m, description = :d, active = :a,"
                             " updated_by = :ub, updated_ms = :um, version = version + 1"
                             " WHERE id = :id AND version = :v",
             soci::use(r.name), soci::use(r.kind), soci::use(material), soci::use(r.description),
             soci::use(active), soci::use(ub), soci::use(um), soci::use(id), soci::use(v));
        st.execute(true);
        if (st.get_affected_rows() == 0) {
          return StaleOrMissing(sql_, "profile_worksample", "id", id, "worksample");
        }
        return expected_version + 1;
      },
      "name");
}

core::Result<std::int64_t> SqlProfileRepo::InsertSession(const TrainingSessionRecord& r) {
  return GuardWrite(sql_, "profile training session insert", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, duration = r.duration_minutes, cb = r.created_by.value,
              cm = core::ToMillis(r.created_at), ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at), id = 0;
    OptInt worksample(r.worksample_id);
    std::string date = core::FormatDate(r.date), disciplines = StringsJson(r.disciplines);
    sql_ << "INSERT INTO profile_training_session (trajectory_id, kind, session_date,"
            " worksample_id, duration_minutes, disciplines_json, observations, created_by,"
            " created_ms, updated_by, updated_ms) VALUES (:t, :k, :d, :w, :m, :ds, :o, :cb, :cm,"
            " :ub, :um) RETURNING id",
        soci::use(t), soci::use(r.kind), soci::use(date),
        soci::use(worksample.value, worksample.ind), soci::use(duration), soci::use(disciplines),
        soci::use(r.observations), soci::use(cb), soci::use(cm), soci::use(ub), soci::use(um),
        soci::into(id);
    for (std::int64_t g : r.goal_ids) {
      long long goal = g;
      sql_ << "INSERT INTO profile_training_goal (session_id, goal_id) VALUES (:s, :g)",
          soci::use(id), soci::use(goal);
    }
    return static_cast<std::int64_t>(id);
  });
}

core::Result<TrainingSessionRecord> SqlProfileRepo::GetSession(std::int64_t id) {
  return Guard("profile training session get", [&]() -> core::Result<TrainingSessionRecord> {
    return One(QuerySessions(sql_, "id = :k", id), "training session");
  });
}

core::Result<std::vector<TrainingSessionRecord>> SqlProfileRepo::ListSessions(
    core::TrajectId trajectory) {
  return Guard("profile training sessions",
               [&]() -> core::Result<std::vector<TrainingSessionRecord>> {
                 return QuerySessions(sql_, "trajectory_id = :k", trajectory.value);
               });
}

core::Result<std::int64_t> SqlProfileRepo::UpdateSession(const TrainingSessionRecord& r,
                                                         std::int64_t expected_version) {
  return GuardWrite(sql_, "profile training session update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, duration = r.duration_minutes,
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at);
    OptInt worksample(r.worksample_id);
    std::string date = core::FormatDate(r.date), disciplines = StringsJson(r.disciplines);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_training_session SET kind = :k, session_date = :d,"
                         " worksample_id = :w, duration_minutes = :m, disciplines_json = :ds,"
                         " observations = :o, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(r.kind), soci::use(date), soci::use(worksample.value, worksample.ind),
         soci::use(duration), soci::use(disciplines), soci::use(r.observations), soci::use(ub),
         soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return StaleOrMissing(sql_, "profile_training_session", "id", id, "training session");
    }
    sql_ << "DELETE FROM profile_training_goal WHERE session_id = :s", soci::use(id);
    for (std::int64_t g : r.goal_ids) {
      long long goal = g;
      sql_ << "INSERT INTO profile_training_goal (session_id, goal_id) VALUES (:s, :g)",
          soci::use(id), soci::use(goal);
    }
    return expected_version + 1;
  });
}

core::Result<std::int64_t> SqlProfileRepo::InsertReport(const TrainingReportRecord& r) {
  return GuardWrite(sql_, "profile training report insert", [&]() -> core::Result<std::int64_t> {
    long long t = r.trajectory_id.value, cb = r.created_by.value, cm = core::ToMillis(r.created_at),
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
    std::string date = core::FormatDate(r.date), from = core::FormatDate(r.period_from),
                to = core::FormatDate(r.period_to);
    sql_ << "INSERT INTO profile_training_report (trajectory_id, report_date, period_from,"
            " period_to, text, created_by, created_ms, updated_by, updated_ms) VALUES (:t, :d,"
            " :f, :to, :x, :cb, :cm, :ub, :um) RETURNING id",
        soci::use(t), soci::use(date), soci::use(from), soci::use(to), soci::use(r.text),
        soci::use(cb), soci::use(cm), soci::use(ub), soci::use(um), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<TrainingReportRecord> SqlProfileRepo::GetReport(std::int64_t id) {
  return Guard("profile training report get", [&]() -> core::Result<TrainingReportRecord> {
    return One(QueryReports(sql_, "id = :k", id), "training report");
  });
}

core::Result<std::vector<TrainingReportRecord>> SqlProfileRepo::ListReports(
    core::TrajectId trajectory) {
  return Guard("profile training reports",
               [&]() -> core::Result<std::vector<TrainingReportRecord>> {
                 return QueryReports(sql_, "trajectory_id = :k", trajectory.value);
               });
}

core::Result<std::int64_t> SqlProfileRepo::UpdateReport(const TrainingReportRecord& r,
                                                        std::int64_t expected_version) {
  return GuardWrite(sql_, "profile training report update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    std::string date = core::FormatDate(r.date), from = core::FormatDate(r.period_from),
                to = core::FormatDate(r.period_to);
    soci::statement st =
        (sql_.prepare << "UPDATE profile_training_report SET report_date = :d, period_from = :f,"
                         " period_to = :to, text = :x, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(date), soci::use(from), soci::use(to), soci::use(r.text), soci::use(ub),
         soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return StaleOrMissing(sql_, "profile_training_report", "id", id, "training report");
    }
    return expected_version + 1;
  });
}

// --- function catalogues ---

core::Result<std::vector<CatalogueRecord>> SqlProfileRepo::ListCatalogues() {
  return Guard("profile catalogues", [&]() -> core::Result<std::vector<CatalogueRecord>> {
    return QueryCatalogues(sql_, "c.id > :k", 0);
  });
}

core::Result<CatalogueRecord> SqlProfileRepo::GetCatalogue(std::int64_t id) {
  return Guard("profile catalogue get", [&]() -> core::Result<CatalogueRecord> {
    return One(QueryCatalogues(sql_, "c.id = :k", id), "function catalogue");
  });
}

core::Result<std::int64_t> SqlProfileRepo::InsertCatalogue(const CatalogueRecord& r) {
  return GuardWrite(
      sql_, "profile catalogue insert",
      [&]() -> core::Result<std::int64_t> {
        long long ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
        sql_ << "INSERT INTO profile_catalogue (name, kind, employer, updated_by, updated_ms)"
                " VALUES (:n, :k, :e, :ub, :um) RETURNING id",
            soci::use(r.name), soci::use(r.kind), soci::use(r.employer), soci::use(ub),
            soci::use(um), soci::into(id);
        return static_cast<std::int64_t>(id);
      },
      "name");
}

core::Result<std::int64_t> SqlProfileRepo::UpdateCatalogue(const CatalogueRecord& r,
                                                           std::int64_t expected_version) {
  return GuardWrite(
      sql_, "profile catalogue update",
      [&]() -> core::Result<std::int64_t> {
        long long id = r.id, v = expected_version, ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at);
        soci::statement st =
            (sql_.prepare << "UPDATE profile_catalogue SET name = :n, kind = :k, employer = :e,"
                             " updated_by = :ub, updated_ms = :um, version = version + 1"
                             " WHERE id = :id AND version = :v",
             soci::use(r.name), soci::use(r.kind), soci::use(r.employer), soci::use(ub),
             soci::use(um), soci::use(id), soci::use(v));
        st.execute(true);
        if (st.get_affected_rows() == 0) {
          return StaleOrMissing(sql_, "profile_catalogue", "id", id, "function catalogue");
        }
        return expected_version + 1;
      },
      "name");
}

core::Status SqlProfileRepo::DeleteCatalogue(std::int64_t id, std::int64_t expected_version) {
  return Guard("profile catalogue delete", [&]() -> core::Status {
    long long cid = id, v = expected_version, version = 0;
    sql_ << "SELECT version FROM profile_catalogue WHERE id = :id", soci::use(cid),
        soci::into(version);
    if (!sql_.got_data()) return core::Error::NotFound("function catalogue not found");
    if (version != v) return core::Error::Conflict("the catalogue was changed by someone else");
    sql_ << "DELETE FROM profile_function WHERE catalogue_id = :id", soci::use(cid);
    sql_ << "DELETE FROM profile_catalogue WHERE id = :id", soci::use(cid);
    return core::Ok();
  });
}

namespace {

// Moves the catalogue's function_revision (migration 0011), in the unit of every change of one
// of its functions: by catalogue, or by the catalogue of a function.
void BumpRevisionOfCatalogue(soci::session& sql, long long catalogue) {
  sql << "UPDATE profile_catalogue SET function_revision = function_revision + 1 WHERE id = :c",
      soci::use(catalogue);
}

void BumpRevisionOfFunction(soci::session& sql, long long function_id) {
  sql << "UPDATE profile_catalogue SET function_revision = function_revision + 1 WHERE id ="
         " (SELECT catalogue_id FROM profile_function WHERE id = :f)",
      soci::use(function_id);
}

}  // namespace

core::Result<std::vector<FunctionRecord>> SqlProfileRepo::ListFunctions(std::int64_t catalogue) {
  return Guard("profile functions", [&]() -> core::Result<std::vector<FunctionRecord>> {
    return QueryFunctions(sql_, "catalogue_id = :k", catalogue);
  });
}

core::Result<FunctionRecord> SqlProfileRepo::GetFunction(std::int64_t id) {
  return Guard("profile function get", [&]() -> core::Result<FunctionRecord> {
    return One(QueryFunctions(sql_, "id = :k", id), "function");
  });
}

core::Result<std::int64_t> SqlProfileRepo::InsertFunction(const FunctionRecord& r) {
  return GuardWrite(
      sql_, "profile function insert",
      [&]() -> core::Result<std::int64_t> {
        long long catalogue = r.catalogue_id, ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at), id = 0;
        OptInt wage(r.wage_cents), hours(r.hours_per_week_x10);
        sql_ << "INSERT INTO profile_function (catalogue_id, code, title, organisation,"
                " hours_per_week_x10, wage_cents, profile_json, updated_by, updated_ms) VALUES"
                " (:c, :code, :t, :o, :h, :w, :i, :ub, :um) RETURNING id",
            soci::use(catalogue), soci::use(r.code), soci::use(r.title), soci::use(r.organisation),
            soci::use(hours.value, hours.ind), soci::use(wage.value, wage.ind),
            soci::use(r.profile_json), soci::use(ub), soci::use(um), soci::into(id);
        BumpRevisionOfCatalogue(sql_, catalogue);
        return static_cast<std::int64_t>(id);
      },
      "code");
}

core::Result<std::int64_t> SqlProfileRepo::UpdateFunction(const FunctionRecord& r,
                                                          std::int64_t expected_version) {
  return GuardWrite(
      sql_, "profile function update",
      [&]() -> core::Result<std::int64_t> {
        long long id = r.id, v = expected_version, ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at);
        OptInt wage(r.wage_cents), hours(r.hours_per_week_x10);
        soci::statement st =
            (sql_.prepare << "UPDATE profile_function SET code = :code, title = :t,"
                             " organisation = :o, hours_per_week_x10 = :h, wage_cents = :w,"
                             " profile_json = :i, updated_by = :ub, updated_ms = :um,"
                             " version = version + 1 WHERE id = :id AND version = :v",
             soci::use(r.code), soci::use(r.title), soci::use(r.organisation),
             soci::use(hours.value, hours.ind), soci::use(wage.value, wage.ind),
             soci::use(r.profile_json), soci::use(ub), soci::use(um), soci::use(id), soci::use(v));
        st.execute(true);
        if (st.get_affected_rows() == 0) {
          return StaleOrMissing(sql_, "profile_function", "id", id, "function");
        }
        BumpRevisionOfFunction(sql_, id);
        return expected_version + 1;
      },
      "code");
}

core::Status SqlProfileRepo::DeleteFunction(std::int64_t id, std::int64_t expected_version) {
  return Guard("profile function delete", [&]() -> core::Status {
    long long fid = id, v = expected_version, catalogue = 0;
    sql_ << "SELECT catalogue_id FROM profile_function WHERE id = :id", soci::use(fid),
        soci::into(catalogue);
    soci::statement st = (sql_.prepare << "DELETE FROM profile_function WHERE id = :id AND"
                                          " version = :v",
                          soci::use(fid), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return StaleOrMissing(sql_, "profile_function", "id", fid, "function");
    }
    BumpRevisionOfCatalogue(sql_, catalogue);
    return core::Ok();
  });
}

}  // namespace werkpad::store::sql
