#include <soci/soci.h>

#include "domain/indication/criteria.hpp"
#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

namespace {

namespace agr = domain::agr;
namespace consent = domain::consent;

std::optional<std::string> OptText(const std::string& s, soci::indicator ind) {
  if (ind != soci::i_ok) return std::nullopt;
  return s;
}

// Columns of agr_trajectory in the order of kTrajectorySelect.
struct TrajectoryRow {
  long long id = 0, version = 0, revalidant_id = 0, duration_amount = 0, ric = 0, arts = 0,
            started_by = 0, started_ms = 0, closed_ms = 0, updated_ms = 0;
  int active = 0, zzp = 0, werkgever = 0, bedrijfsarts = 0;
  std::string step, admission, discharge, duration_unit, setting;
  soci::indicator discharge_ind = soci::i_null, amount_ind = soci::i_null,
                  unit_ind = soci::i_null, ric_ind = soci::i_null, arts_ind = soci::i_null,
                  closed_ind = soci::i_null;

  void Into(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(revalidant_id));
    st.exchange(soci::into(step));
    st.exchange(soci::into(active));
    st.exchange(soci::into(zzp));
    st.exchange(soci::into(admission));
    st.exchange(soci::into(discharge, discharge_ind));
    st.exchange(soci::into(duration_amount, amount_ind));
    st.exchange(soci::into(duration_unit, unit_ind));
    st.exchange(soci::into(setting));
    st.exchange(soci::into(ric, ric_ind));
    st.exchange(soci::into(arts, arts_ind));
    st.exchange(soci::into(werkgever));
    st.exchange(soci::into(bedrijfsarts));
    st.exchange(soci::into(started_by));
    st.exchange(soci::into(started_ms));
    st.exchange(soci::into(closed_ms, closed_ind));
    st.exchange(soci::into(updated_ms));
  }

  core::Result<TrajectoryRecord> ToRecord() const {
    TrajectoryRecord r;
    agr::Trajectory& t = r.trajectory;
    t.id = core::TrajectId{id};
    t.revalidant_id = core::RevalidantId{revalidant_id};
    auto s = agr::ParseStep(step);
    auto adm = core::ParseDate(admission);
    if (!s || !adm) return core::Error::Internal("stored trajectory is malformed");
    t.step = *s;
    t.admission_date = *adm;
    t.zzp = zzp != 0;
    if (discharge_ind == soci::i_ok) t.expected_discharge_date = core::ParseDate(discharge);
    t.started_by = core::UserId{started_by};
    t.started_at = core::FromMillis(started_ms);
    t.contacts = {werkgever != 0, bedrijfsarts != 0};
    r.version = version;
    r.active = active != 0;
    r.setting = setting;
    if (amount_ind == soci::i_ok && unit_ind == soci::i_ok) {
      if (auto u = domain::forms::ParseDurationUnit(duration_unit)) {
        r.expected_duration = domain::forms::Duration{duration_amount, *u};
      }
    }
    if (ric_ind == soci::i_ok) r.ric_user_id = core::UserId{ric};
    if (arts_ind == soci::i_ok) r.arts_user_id = core::UserId{arts};
    if (closed_ind == soci::i_ok) r.closed_at = core::FromMillis(closed_ms);
    r.updated_at = core::FromMillis(updated_ms);
    return r;
  }
};

constexpr const char* kTrajectoryColumns =
    "SELECT id, version, revalidant_id, step, active, zzp, admission_date,"
    " expected_discharge_date, expected_duration_amount, expected_duration_unit, setting,"
    " ric_user_id, arts_user_id, contacts_werkgever, contacts_bedrijfsarts, started_by,"
    " started_ms, closed_ms, updated_ms FROM agr_trajectory";

// The D3 checklist and folder columns of agr_decision (migration 0003), read and written in the
// order of domain::indication::AllCriteria().
struct D3Columns {
  int present = 0, recovery = 0, folder = 0;
  std::string answers[4], outcome, reason;
  soci::indicator answer_ind[4] = {soci::i_null, soci::i_null, soci::i_null, soci::i_null};
  soci::indicator recovery_ind = soci::i_null, outcome_ind = soci::i_null,
                  reason_ind = soci::i_null, folder_ind = soci::i_null;

  static D3Columns From(const agr::Decision& d) {
    D3Columns c;
    if (d.d3) {
      c.present = 1;
      const auto criteria = domain::indication::AllCriteria();
      for (std::size_t i = 0; i < criteria.size() && i < 4; ++i) {
        c.answers[i] = std::string(
            domain::indication::ToCode(domain::indication::AnswerOf(d.d3->checklist, criteria[i])));
        c.answer_ind[i] = soci::i_ok;
      }
      if (d.d3->checklist.recovery_within_three_months) {
        c.recovery = *d.d3->checklist.recovery_within_three_months ? 1 : 0;
        c.recovery_ind = soci::i_ok;
      }
      if (d.d3->suggested_outcome) {
        c.outcome = std::string(agr::ToCode(*d.d3->suggested_outcome));
        c.outcome_ind = soci::i_ok;
      }
      if (d.d3->suggested_reason) {
        c.reason = std::string(agr::ToCode(*d.d3->suggested_reason));
        c.reason_ind = soci::i_ok;
      }
    }
    if (d.folder_handed_out) {
      c.folder = *d.folder_handed_out ? 1 : 0;
      c.folder_ind = soci::i_ok;
    }
    return c;
  }

  core::Status ReadInto(agr::Decision& d) const {
    if (folder_ind == soci::i_ok) d.folder_handed_out = folder != 0;
    if (present == 0) return core::Ok();
    agr::D3Assessment a;
    const auto criteria = domain::indication::AllCriteria();
    for (std::size_t i = 0; i < criteria.size() && i < 4; ++i) {
      if (answer_ind[i] != soci::i_ok) continue;
      auto answer = domain::indication::ParseCriterionAnswer(answers[i]);
      if (!answer) return core::Error::Internal("stored D3 checklist is malformed");
      domain::indication::SetAnswer(a.checklist, criteria[i], *answer);
    }
    if (recovery_ind == soci::i_ok) a.checklist.recovery_within_three_months = recovery != 0;
    if (outcome_ind == soci::i_ok) a.suggested_outcome = agr::ParseOutcome(outcome);
    if (reason_ind == soci::i_ok) a.suggested_reason = agr::ParseReason(reason);
    d.d3 = a;
    return core::Ok();
  }
};

core::Status LoadChildren(soci::session& sql, TrajectoryRecord& r) {
  long long tid = r.trajectory.id.value;
  {
    std::string kind, outcome, from, to, reason, end_reason, note;
    long long by = 0, ms = 0;
    int present = 0, werkgever = 0, bedrijfsarts = 0;
    soci::indicator reason_ind = soci::i_null, end_ind = soci::i_null;
    D3Columns d3;
    soci::statement st =
        (sql.prepare << "SELECT kind, outcome, from_step, to_step, decided_by, decided_ms, reason,"
                        " end_reason, contacts_present, contacts_werkgever,"
                        " contacts_bedrijfsarts, note, d3_present, d3_belastbaarheid,"
                        " d3_orientatie, d3_taalbegrip, d3_leerbaarheid,"
                        " d3_herstel_binnen_drie_maanden, d3_suggested_outcome,"
                        " d3_suggested_reason, folder_handed_out FROM agr_decision"
                        " WHERE trajectory_id = :t ORDER BY seq",
         soci::use(tid), soci::into(kind), soci::into(outcome), soci::into(from), soci::into(to),
         soci::into(by), soci::into(ms), soci::into(reason, reason_ind),
         soci::into(end_reason, end_ind), soci::into(present), soci::into(werkgever),
         soci::into(bedrijfsarts), soci::into(note), soci::into(d3.present),
         soci::into(d3.answers[0], d3.answer_ind[0]), soci::into(d3.answers[1], d3.answer_ind[1]),
         soci::into(d3.answers[2], d3.answer_ind[2]), soci::into(d3.answers[3], d3.answer_ind[3]),
         soci::into(d3.recovery, d3.recovery_ind), soci::into(d3.outcome, d3.outcome_ind),
         soci::into(d3.reason, d3.reason_ind), soci::into(d3.folder, d3.folder_ind));
    st.execute();
    while (st.fetch()) {
      agr::Decision d;
      auto k = agr::ParseDecisionKind(kind);
      auto o = agr::ParseOutcome(outcome);
      auto f = agr::ParseStep(from);
      auto t = agr::ParseStep(to);
      if (!k || !o || !f || !t) return core::Error::Internal("stored decision is malformed");
      d.kind = *k;
      d.outcome = *o;
      d.from = *f;
      d.to = *t;
      d.decided_by = core::UserId{by};
      d.decided_at = core::FromMillis(ms);
      if (reason_ind == soci::i_ok) d.reason = agr::ParseReason(reason);
      if (end_ind == soci::i_ok) d.end_reason = agr::ParseEndReason(end_reason);
      if (present != 0) d.contacts = agr::ContactPermissions{werkgever != 0, bedrijfsarts != 0};
      WP_RETURN_IF_ERROR(d3.ReadInto(d));
      d.note = note;
      r.trajectory.history.push_back(std::move(d));
    }
  }
  {
    std::string discipline;
    long long user = 0;
    soci::statement st =
        (sql.prepare << "SELECT discipline, user_id FROM agr_team_member WHERE trajectory_id = :t"
                        " ORDER BY discipline",
         soci::use(tid), soci::into(discipline), soci::into(user));
    st.execute();
    while (st.fetch()) r.team.push_back({discipline, core::UserId{user}});
  }
  {
    std::string setting, note;
    long long by = 0, ms = 0;
    soci::statement st =
        (sql.prepare << "SELECT setting, handover_note, changed_by, changed_ms"
                        " FROM agr_setting_change WHERE trajectory_id = :t ORDER BY seq",
         soci::use(tid), soci::into(setting), soci::into(note), soci::into(by), soci::into(ms));
    st.execute();
    while (st.fetch()) {
      r.settings.push_back({setting, note, core::UserId{by}, core::FromMillis(ms)});
    }
  }
  return core::Ok();
}

core::Result<std::vector<TrajectoryRecord>> SelectTrajectories(soci::session& sql,
                                                                const std::string& where,
                                                                long long param, bool has_param) {
  std::vector<TrajectoryRecord> out;
  {
    TrajectoryRow row;
    soci::statement st(sql);
    row.Into(st);
    if (has_param) st.exchange(soci::use(param));
    st.alloc();
    st.prepare(std::string(kTrajectoryColumns) + where);
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
      WP_ASSIGN_OR_RETURN(TrajectoryRecord r, row.ToRecord());
      out.push_back(std::move(r));
    }
  }
  for (auto& r : out) WP_RETURN_IF_ERROR(LoadChildren(sql, r));
  return out;
}

void InsertDecision(soci::session& sql, long long tid, long long seq, const agr::Decision& d) {
  std::string kind(agr::ToCode(d.kind)), outcome(agr::ToCode(d.outcome)),
      from(agr::ToCode(d.from)), to(agr::ToCode(d.to));
  std::string reason = d.reason ? std::string(agr::ToCode(*d.reason)) : std::string();
  std::string end = d.end_reason ? std::string(agr::ToCode(*d.end_reason)) : std::string();
  soci::indicator reason_ind = d.reason ? soci::i_ok : soci::i_null;
  soci::indicator end_ind = d.end_reason ? soci::i_ok : soci::i_null;
  long long by = d.decided_by.value, ms = core::ToMillis(d.decided_at);
  int present = d.contacts ? 1 : 0;
  int werkgever = d.contacts && d.contacts->werkgever ? 1 : 0;
  int bedrijfsarts = d.contacts && d.contacts->bedrijfsarts ? 1 : 0;
  D3Columns d3 = D3Columns::From(d);
  sql << "INSERT INTO agr_decision (trajectory_id, seq, kind, outcome, from_step, to_step,"
         " decided_by, decided_ms, reason, end_reason, contacts_present, contacts_werkgever,"
         " contacts_bedrijfsarts, note, d3_present, d3_belastbaarheid, d3_orientatie,"
         " d3_taalbegrip, d3_leerbaarheid, d3_herstel_binnen_drie_maanden, d3_suggested_outcome,"
         " d3_suggested_reason, folder_handed_out) VALUES (:t, :s, :k, :o, :f, :to, :b, :ms, :r,"
         " :e, :cp, :cw, :cb, :n, :d3, :d3b, :d3o, :d3t, :d3l, :d3h, :d3so, :d3sr, :fo)",
      soci::use(tid), soci::use(seq), soci::use(kind), soci::use(outcome), soci::use(from),
      soci::use(to), soci::use(by), soci::use(ms), soci::use(reason, reason_ind),
      soci::use(end, end_ind), soci::use(present), soci::use(werkgever), soci::use(bedrijfsarts),
      soci::use(d.note), soci::use(d3.present), soci::use(d3.answers[0], d3.answer_ind[0]),
      soci::use(d3.answers[1], d3.answer_ind[1]), soci::use(d3.answers[2], d3.answer_ind[2]),
      soci::use(d3.answers[3], d3.answer_ind[3]), soci::use(d3.recovery, d3.recovery_ind),
      soci::use(d3.outcome, d3.outcome_ind), soci::use(d3.reason, d3.reason_ind),
      soci::use(d3.folder, d3.folder_ind);
}

void InsertSetting(soci::session& sql, long long tid, long long seq, const SettingChange& s) {
  long long by = s.changed_by.value, ms = core::ToMillis(s.changed_at);
  sql << "INSERT INTO agr_setting_change (trajectory_id, seq, setting, handover_note, changed_by,"
         " changed_ms) VALUES (:t, :s, :set, :n, :b, :ms)",
      soci::use(tid), soci::use(seq), soci::use(s.setting), soci::use(s.handover_note),
      soci::use(by), soci::use(ms);
}

void ReplaceTeam(soci::session& sql, long long tid, const std::vector<TeamMember>& team) {
  sql << "DELETE FROM agr_team_member WHERE trajectory_id = :t", soci::use(tid);
  for (const auto& m : team) {
    long long user = m.user_id.value;
    sql << "INSERT INTO agr_team_member (trajectory_id, discipline, user_id) VALUES (:t, :d, :u)",
        soci::use(tid), soci::use(m.discipline), soci::use(user);
  }
}

// The mutable trajectory columns, bound in one order for INSERT and UPDATE.
struct TrajectoryValues {
  std::string step, admission, discharge, unit, setting;
  long long amount = 0, ric = 0, arts = 0, closed = 0, updated = 0;
  int active = 0, zzp = 0, werkgever = 0, bedrijfsarts = 0;
  soci::indicator discharge_ind = soci::i_null, amount_ind = soci::i_null,
                  unit_ind = soci::i_null, ric_ind = soci::i_null, arts_ind = soci::i_null,
                  closed_ind = soci::i_null;

  explicit TrajectoryValues(const TrajectoryRecord& r) {
    const agr::Trajectory& t = r.trajectory;
    step = std::string(agr::ToCode(t.step));
    active = r.active ? 1 : 0;
    zzp = t.zzp ? 1 : 0;
    admission = core::FormatDate(t.admission_date);
    if (t.expected_discharge_date) {
      discharge = core::FormatDate(*t.expected_discharge_date);
      discharge_ind = soci::i_ok;
    }
    if (r.expected_duration) {
      amount = r.expected_duration->amount;
      unit = std::string(domain::forms::ToCode(r.expected_duration->unit));
      amount_ind = unit_ind = soci::i_ok;
    }
    setting = r.setting;
    ric = IdOrNull(r.ric_user_id.value, ric_ind);
    arts = IdOrNull(r.arts_user_id.value, arts_ind);
    werkgever = t.contacts.werkgever ? 1 : 0;
    bedrijfsarts = t.contacts.bedrijfsarts ? 1 : 0;
    if (r.closed_at) {
      closed = core::ToMillis(*r.closed_at);
      closed_ind = soci::i_ok;
    }
    updated = core::ToMillis(r.updated_at);
  }

  // step, active, zzp, admission_date, expected_discharge_date, expected_duration_amount,
  // expected_duration_unit, setting, ric_user_id, arts_user_id, contacts_werkgever,
  // contacts_bedrijfsarts, closed_ms, updated_ms
  void Use(soci::statement& st) {
    st.exchange(soci::use(step));
    st.exchange(soci::use(active));
    st.exchange(soci::use(zzp));
    st.exchange(soci::use(admission));
    st.exchange(soci::use(discharge, discharge_ind));
    st.exchange(soci::use(amount, amount_ind));
    st.exchange(soci::use(unit, unit_ind));
    st.exchange(soci::use(setting));
    st.exchange(soci::use(ric, ric_ind));
    st.exchange(soci::use(arts, arts_ind));
    st.exchange(soci::use(werkgever));
    st.exchange(soci::use(bedrijfsarts));
    st.exchange(soci::use(closed, closed_ind));
    st.exchange(soci::use(updated));
  }
};

// Columns of agr_task joined with the trajectory's revalidant.
struct TaskRow {
  long long id = 0, version = 0, trajectory = 0, revalidant = 0, occurrence = 0, assignee = 0,
            created = 0, done = 0, done_by = 0;
  std::string key, role, due, due_rule, form, source;
  soci::indicator assignee_ind = soci::i_null, done_ind = soci::i_null,
                  done_by_ind = soci::i_null;

  void Into(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(trajectory));
    st.exchange(soci::into(revalidant));
    st.exchange(soci::into(key));
    st.exchange(soci::into(occurrence));
    st.exchange(soci::into(role));
    st.exchange(soci::into(assignee, assignee_ind));
    st.exchange(soci::into(due));
    st.exchange(soci::into(due_rule));
    st.exchange(soci::into(form));
    st.exchange(soci::into(source));
    st.exchange(soci::into(created));
    st.exchange(soci::into(done, done_ind));
    st.exchange(soci::into(done_by, done_by_ind));
  }

  core::Result<TaskRecord> ToRecord() const {
    TaskRecord t;
    t.id = id;
    t.version = version;
    t.trajectory_id = core::TrajectId{trajectory};
    t.revalidant_id = core::RevalidantId{revalidant};
    t.key = key;
    t.occurrence = occurrence;
    t.role = role;
    if (assignee_ind == soci::i_ok) t.assignee = core::UserId{assignee};
    auto d = core::ParseDate(due);
    if (!d) return core::Error::Internal("stored task is malformed");
    t.due = *d;
    t.due_rule = due_rule;
    t.form = form;
    t.source = source;
    t.created_at = core::FromMillis(created);
    if (done_ind == soci::i_ok) t.done_at = core::FromMillis(done);
    if (done_by_ind == soci::i_ok) t.done_by = core::UserId{done_by};
    return t;
  }
};

constexpr const char* kTaskColumns =
    "SELECT k.id, k.version, k.trajectory_id, t.revalidant_id, k.task_key, k.occurrence, k.role,"
    " k.assignee_user_id, k.due_date, k.due_rule, k.form_id, k.source, k.created_ms, k.done_ms,"
    " k.done_by FROM agr_task k JOIN agr_trajectory t ON t.id = k.trajectory_id";

core::Result<std::vector<TaskRecord>> SelectTasks(soci::session& sql, const std::string& where,
                                                  std::vector<long long> params,
                                                  std::vector<std::string> texts = {}) {
  std::vector<TaskRecord> out;
  TaskRow row;
  soci::statement st(sql);
  row.Into(st);
  // Placeholders bind in order: the numbers first, then the texts.
  for (auto& p : params) st.exchange(soci::use(p));
  for (auto& p : texts) st.exchange(soci::use(p));
  st.alloc();
  st.prepare(std::string(kTaskColumns) + where + " ORDER BY k.due_date, k.id");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    WP_ASSIGN_OR_RETURN(TaskRecord t, row.ToRecord());
    out.push_back(std::move(t));
  }
  return out;
}

struct ResponseRow {
  long long trajectory = 0, form_version = 0, version = 0, sig_by = 0, sig_ms = 0, created = 0,
            updated = 0, updated_by = 0;
  std::string form_id, status, answers, sig_method, sig_on;
  soci::indicator method_ind = soci::i_null, on_ind = soci::i_null, by_ind = soci::i_null,
                  ms_ind = soci::i_null;

  void Into(soci::statement& st) {
    st.exchange(soci::into(trajectory));
    st.exchange(soci::into(form_id));
    st.exchange(soci::into(form_version));
    st.exchange(soci::into(version));
    st.exchange(soci::into(status));
    st.exchange(soci::into(answers));
    st.exchange(soci::into(sig_method, method_ind));
    st.exchange(soci::into(sig_on, on_ind));
    st.exchange(soci::into(sig_by, by_ind));
    st.exchange(soci::into(sig_ms, ms_ind));
    st.exchange(soci::into(created));
    st.exchange(soci::into(updated));
    st.exchange(soci::into(updated_by));
  }

  FormResponseRecord ToRecord() const {
    FormResponseRecord r;
    r.trajectory_id = core::TrajectId{trajectory};
    r.form_id = form_id;
    r.form_version = form_version;
    r.version = version;
    r.status = status;
    r.answers_json = answers;
    if (method_ind == soci::i_ok && on_ind == soci::i_ok && by_ind == soci::i_ok &&
        ms_ind == soci::i_ok) {
      if (auto d = core::ParseDate(sig_on)) {
        r.signature = StoredSignature{sig_method, *d, core::UserId{sig_by},
                                      core::FromMillis(sig_ms)};
      }
    }
    r.created_at = core::FromMillis(created);
    r.updated_at = core::FromMillis(updated);
    r.updated_by = core::UserId{updated_by};
    return r;
  }
};

constexpr const char* kResponseColumns =
    "SELECT trajectory_id, form_id, form_version, version, status, answers_json,"
    " signature_method, signature_signed_on, signature_recorded_by, signature_recorded_ms,"
    " created_ms, updated_ms, updated_by FROM form_response";

}  // namespace

// --- trajectories ---

core::Result<core::TrajectId> SqlAgrRepo::InsertTrajectory(const TrajectoryRecord& record) {
  return Guard(
      "trajectory insert",
      [&]() -> core::Result<core::TrajectId> {
        TrajectoryValues v(record);
        long long revalidant = record.trajectory.revalidant_id.value;
        long long started_by = record.trajectory.started_by.value;
        long long started_ms = core::ToMillis(record.trajectory.started_at);
        long long id = 0;
        soci::statement st(sql_);
        v.Use(st);
        st.exchange(soci::use(revalidant));
        st.exchange(soci::use(started_by));
        st.exchange(soci::use(started_ms));
        st.exchange(soci::into(id));
        st.alloc();
        st.prepare(
            "INSERT INTO agr_trajectory (step, active, zzp, admission_date,"
            " expected_discharge_date, expected_duration_amount, expected_duration_unit, setting,"
            " ric_user_id, arts_user_id, contacts_werkgever, contacts_bedrijfsarts, closed_ms,"
            " updated_ms, revalidant_id, started_by, started_ms) VALUES (:a1, :a2, :a3, :a4, :a5,"
            " :a6, :a7, :a8, :a9, :a10, :a11, :a12, :a13, :a14, :r, :sb, :sm) RETURNING id");
        st.define_and_bind();
        st.execute(true);
        for (std::size_t i = 0; i < record.trajectory.history.size(); ++i) {
          InsertDecision(sql_, id, static_cast<long long>(i + 1), record.trajectory.history[i]);
        }
        for (std::size_t i = 0; i < record.settings.size(); ++i) {
          InsertSetting(sql_, id, static_cast<long long>(i + 1), record.settings[i]);
        }
        ReplaceTeam(sql_, id, record.team);
        return core::TrajectId{id};
      },
      "revalidant_id");
}

core::Result<TrajectoryRecord> SqlAgrRepo::GetTrajectory(core::TrajectId id) {
  return Guard("trajectory get", [&]() -> core::Result<TrajectoryRecord> {
    WP_ASSIGN_OR_RETURN(auto list, SelectTrajectories(sql_, " WHERE id = :id", id.value, true));
    if (list.empty()) return core::Error::NotFound("trajectory not found");
    return std::move(list.front());
  });
}

core::Result<std::vector<TrajectoryRecord>> SqlAgrRepo::ListTrajectories(
    core::RevalidantId revalidant) {
  return Guard("trajectory list", [&]() {
    return SelectTrajectories(sql_, " WHERE revalidant_id = :r ORDER BY id DESC",
                              revalidant.value, true);
  });
}

core::Result<std::vector<TrajectoryRecord>> SqlAgrRepo::ListActiveTrajectories() {
  return Guard("trajectory list active", [&]() {
    return SelectTrajectories(sql_, " WHERE active = 1 ORDER BY id", 0, false);
  });
}

core::Result<std::int64_t> SqlAgrRepo::UpdateTrajectory(const TrajectoryRecord& record,
                                                        std::int64_t expected_version) {
  return Guard(
      "trajectory update",
      [&]() -> core::Result<std::int64_t> {
        long long tid = record.trajectory.id.value;
        long long v = expected_version;
        TrajectoryValues values(record);
        soci::statement st(sql_);
        values.Use(st);
        st.exchange(soci::use(tid));
        st.exchange(soci::use(v));
        st.alloc();
        st.prepare(
            "UPDATE agr_trajectory SET step = :a1, active = :a2, zzp = :a3, admission_date = :a4,"
            " expected_discharge_date = :a5, expected_duration_amount = :a6,"
            " expected_duration_unit = :a7, setting = :a8, ric_user_id = :a9,"
            " arts_user_id = :a10, contacts_werkgever = :a11, contacts_bedrijfsarts = :a12,"
            " closed_ms = :a13, updated_ms = :a14, version = version + 1"
            " WHERE id = :id AND version = :v");
        st.define_and_bind();
        st.execute(true);
        if (st.get_affected_rows() == 0) {
          long long exists = 0;
          sql_ << "SELECT COUNT(*) FROM agr_trajectory WHERE id = :id", soci::use(tid),
              soci::into(exists);
          if (exists == 0) return core::Error::NotFound("trajectory not found");
          return core::Error::Conflict("the trajectory was changed by someone else");
        }
        long long decisions = 0, settings = 0;
        sql_ << "SELECT COUNT(*) FROM agr_decision WHERE trajectory_id = :t", soci::use(tid),
            soci::into(decisions);
        sql_ << "SELECT COUNT(*) FROM agr_setting_change WHERE trajectory_id = :t",
            soci::use(tid), soci::into(settings);
        const auto& history = record.trajectory.history;
        for (std::size_t i = static_cast<std::size_t>(decisions); i < history.size(); ++i) {
          InsertDecision(sql_, tid, static_cast<long long>(i + 1), history[i]);
        }
        for (std::size_t i = static_cast<std::size_t>(settings); i < record.settings.size();
             ++i) {
          InsertSetting(sql_, tid, static_cast<long long>(i + 1), record.settings[i]);
        }
        ReplaceTeam(sql_, tid, record.team);
        return expected_version + 1;
      },
      "revalidant_id");
}

// --- tasks ---

core::Status SqlAgrRepo::InsertTasks(const std::vector<TaskRecord>& tasks) {
  return Guard("task insert", [&]() -> core::Status {
    for (const auto& t : tasks) {
      long long tid = t.trajectory_id.value, occurrence = t.occurrence;
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM agr_task WHERE trajectory_id = :t AND task_key = :k"
              " AND occurrence = :o",
          soci::use(tid), soci::use(t.key), soci::use(occurrence), soci::into(exists);
      if (exists != 0) continue;
      soci::indicator assignee_ind = soci::i_null;
      long long assignee = IdOrNull(t.assignee.value, assignee_ind);
      std::string due = core::FormatDate(t.due);
      long long created = core::ToMillis(t.created_at);
      sql_ << "INSERT INTO agr_task (trajectory_id, task_key, occurrence, role,"
              " assignee_user_id, due_date, due_rule, form_id, source, created_ms)"
              " VALUES (:t, :k, :o, :r, :a, :d, :dr, :f, :s, :c)",
          soci::use(tid), soci::use(t.key), soci::use(occurrence), soci::use(t.role),
          soci::use(assignee, assignee_ind), soci::use(due), soci::use(t.due_rule),
          soci::use(t.form), soci::use(t.source), soci::use(created);
    }
    return core::Ok();
  });
}

core::Result<std::vector<TaskRecord>> SqlAgrRepo::ListTasksOf(core::TrajectId trajectory) {
  return Guard("task list of trajectory", [&]() {
    return SelectTasks(sql_, " WHERE k.trajectory_id = :t", {trajectory.value});
  });
}

core::Result<std::vector<TaskRecord>> SqlAgrRepo::ListTasks(const TaskFilter& filter) {
  return Guard("task list", [&]() {
    std::string where =
        " WHERE (k.assignee_user_id = :u OR (k.role = 'therapeut' AND k.assignee_user_id IS NULL"
        " AND EXISTS (SELECT 1 FROM agr_team_member m WHERE m.trajectory_id = k.trajectory_id"
        " AND m.user_id = :u2)))";
    if (filter.open_only) where += " AND k.done_ms IS NULL";
    return SelectTasks(sql_, where, {filter.user.value, filter.user.value});
  });
}

core::Result<std::vector<TaskRecord>> SqlAgrRepo::ListOpenTasksDueBy(
    const std::vector<std::string>& keys, core::Date due_by) {
  return Guard("open tasks due by", [&]() -> core::Result<std::vector<TaskRecord>> {
    if (keys.empty()) return std::vector<TaskRecord>{};
    std::string where = " WHERE k.done_ms IS NULL AND t.active = 1 AND k.due_date <= :d AND"
                        " k.task_key IN (";
    std::vector<std::string> texts{core::FormatDate(due_by)};
    for (std::size_t i = 0; i < keys.size(); ++i) {
      where += (i == 0 ? ":k" : ", :k") + std::to_string(i);
      texts.push_back(keys[i]);
    }
    where += ")";
    return SelectTasks(sql_, where, {}, std::move(texts));
  });
}

core::Result<TaskRecord> SqlAgrRepo::GetTask(std::int64_t id) {
  return Guard("task get", [&]() -> core::Result<TaskRecord> {
    WP_ASSIGN_OR_RETURN(auto list, SelectTasks(sql_, " WHERE k.id = :id", {id}));
    if (list.empty()) return core::Error::NotFound("task not found");
    return std::move(list.front());
  });
}

core::Result<std::int64_t> SqlAgrRepo::CompleteTask(std::int64_t id,
                                                    std::int64_t expected_version,
                                                    core::UserId by, core::Instant at) {
  return Guard("task complete", [&]() -> core::Result<std::int64_t> {
    long long tid = id, v = expected_version, user = by.value, ms = core::ToMillis(at);
    soci::statement st =
        (sql_.prepare << "UPDATE agr_task SET done_ms = :ms, done_by = :b, version = version + 1"
                         " WHERE id = :id AND version = :v",
         soci::use(ms), soci::use(user), soci::use(tid), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM agr_task WHERE id = :id", soci::use(tid), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("task not found");
      return core::Error::Conflict("the task was changed by someone else");
    }
    return expected_version + 1;
  });
}

// --- form definitions ---

core::Result<std::vector<StoredFormDefinition>> SqlAgrRepo::ListFormDefinitions() {
  return Guard("form definition list", [&]() -> core::Result<std::vector<StoredFormDefinition>> {
    std::string id, title, json;
    long long version = 0, by = 0, ms = 0;
    int sig = 0;
    soci::statement st =
        (sql_.prepare << "SELECT form_id, form_version, title, requires_signature,"
                         " definition_json, imported_by, imported_ms FROM form_definition"
                         " ORDER BY form_id, form_version",
         soci::into(id), soci::into(version), soci::into(title), soci::into(sig),
         soci::into(json), soci::into(by), soci::into(ms));
    st.execute();
    std::vector<StoredFormDefinition> out;
    while (st.fetch()) {
      out.push_back({id, version, title, sig != 0, json, core::UserId{by}, core::FromMillis(ms)});
    }
    return out;
  });
}

core::Result<std::optional<StoredFormDefinition>> SqlAgrRepo::FindFormDefinition(
    const std::string& form_id, std::int64_t form_version) {
  return Guard("form definition get",
               [&]() -> core::Result<std::optional<StoredFormDefinition>> {
                 std::string title, json;
                 long long v = form_version, by = 0, ms = 0;
                 int sig = 0;
                 sql_ << "SELECT title, requires_signature, definition_json, imported_by,"
                         " imported_ms FROM form_definition WHERE form_id = :f"
                         " AND form_version = :v",
                     soci::use(form_id), soci::use(v), soci::into(title), soci::into(sig),
                     soci::into(json), soci::into(by), soci::into(ms);
                 if (!sql_.got_data()) return std::optional<StoredFormDefinition>{};
                 return std::optional<StoredFormDefinition>{StoredFormDefinition{
                     form_id, form_version, title, sig != 0, json, core::UserId{by},
                     core::FromMillis(ms)}};
               });
}

core::Status SqlAgrRepo::InsertFormDefinition(const StoredFormDefinition& def) {
  auto s = Guard(
      "form definition insert",
      [&]() -> core::Status {
        long long v = def.form_version, by = def.imported_by.value,
                  ms = core::ToMillis(def.imported_at);
        int sig = def.requires_signature ? 1 : 0;
        sql_ << "INSERT INTO form_definition (form_id, form_version, title, requires_signature,"
                " definition_json, imported_by, imported_ms) VALUES (:f, :v, :t, :s, :j, :b,"
                " :ms)",
            soci::use(def.form_id), soci::use(v), soci::use(def.title), soci::use(sig),
            soci::use(def.json), soci::use(by), soci::use(ms);
        return core::Ok();
      },
      "version");
  if (!s.ok() && s.error().code == core::ErrorCode::kConflict) {
    return core::Error{core::ErrorCode::kConflict, "this form version is already published",
                       {{"version", "published", "a published version is never changed"}}};
  }
  return s;
}

// --- form responses ---

core::Result<std::optional<FormResponseRecord>> SqlAgrRepo::FindResponse(
    core::TrajectId trajectory, const std::string& form_id) {
  return Guard("form response get", [&]() -> core::Result<std::optional<FormResponseRecord>> {
    ResponseRow row;
    long long tid = trajectory.value;
    soci::statement st(sql_);
    row.Into(st);
    st.exchange(soci::use(tid));
    st.exchange(soci::use(form_id));
    st.alloc();
    st.prepare(std::string(kResponseColumns) + " WHERE trajectory_id = :t AND form_id = :f");
    st.define_and_bind();
    if (!st.execute(true)) return std::optional<FormResponseRecord>{};
    return std::optional<FormResponseRecord>{row.ToRecord()};
  });
}

core::Result<std::vector<FormResponseRecord>> SqlAgrRepo::ListResponses(
    core::TrajectId trajectory) {
  return Guard("form response list", [&]() -> core::Result<std::vector<FormResponseRecord>> {
    ResponseRow row;
    long long tid = trajectory.value;
    soci::statement st(sql_);
    row.Into(st);
    st.exchange(soci::use(tid));
    st.alloc();
    st.prepare(std::string(kResponseColumns) + " WHERE trajectory_id = :t ORDER BY form_id");
    st.define_and_bind();
    st.execute();
    std::vector<FormResponseRecord> out;
    while (st.fetch()) out.push_back(row.ToRecord());
    return out;
  });
}

namespace {

// Signature columns bound in one order for INSERT and UPDATE.
struct SignatureValues {
  std::string method, on;
  long long by = 0, ms = 0;
  soci::indicator ind = soci::i_null;
  explicit SignatureValues(const std::optional<StoredSignature>& s) {
    if (!s) return;
    method = s->method;
    on = core::FormatDate(s->signed_on);
    by = s->recorded_by.value;
    ms = core::ToMillis(s->recorded_at);
    ind = soci::i_ok;
  }
};

}  // namespace

core::Status SqlAgrRepo::InsertResponse(const FormResponseRecord& r) {
  return Guard(
      "form response insert",
      [&]() -> core::Status {
        long long tid = r.trajectory_id.value, fv = r.form_version,
                  created = core::ToMillis(r.created_at), updated = core::ToMillis(r.updated_at),
                  by = r.updated_by.value;
        SignatureValues s(r.signature);
        soci::indicator i1 = s.ind, i2 = s.ind, i3 = s.ind, i4 = s.ind;
        sql_ << "INSERT INTO form_response (trajectory_id, form_id, form_version, status,"
                " answers_json, signature_method, signature_signed_on, signature_recorded_by,"
                " signature_recorded_ms, created_ms, updated_ms, updated_by) VALUES (:t, :f, :fv,"
                " :st, :a, :sm, :so, :sb, :sms, :c, :u, :ub)",
            soci::use(tid), soci::use(r.form_id), soci::use(fv), soci::use(r.status),
            soci::use(r.answers_json), soci::use(s.method, i1), soci::use(s.on, i2),
            soci::use(s.by, i3), soci::use(s.ms, i4), soci::use(created), soci::use(updated),
            soci::use(by);
        return core::Ok();
      },
      "form_id");
}

core::Result<std::int64_t> SqlAgrRepo::UpdateResponse(const FormResponseRecord& r,
                                                      std::int64_t expected_version) {
  return Guard("form response update", [&]() -> core::Result<std::int64_t> {
    long long tid = r.trajectory_id.value, v = expected_version,
              updated = core::ToMillis(r.updated_at), by = r.updated_by.value;
    SignatureValues s(r.signature);
    soci::indicator i1 = s.ind, i2 = s.ind, i3 = s.ind, i4 = s.ind;
    soci::statement st =
        (sql_.prepare << "UPDATE form_response SET status = :st, answers_json = :a,"
                         " signature_method = :sm, signature_signed_on = :so,"
                         " signature_recorded_by = :sb, signature_recorded_ms = :sms,"
                         " updated_ms = :u, updated_by = :ub, version = version + 1"
                         " WHERE trajectory_id = :t AND form_id = :f AND version = :v",
         soci::use(r.status), soci::use(r.answers_json), soci::use(s.method, i1),
         soci::use(s.on, i2), soci::use(s.by, i3), soci::use(s.ms, i4), soci::use(updated),
         soci::use(by), soci::use(tid), soci::use(r.form_id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM form_response WHERE trajectory_id = :t AND form_id = :f",
          soci::use(tid), soci::use(r.form_id), soci::into(exists);
      if (exists == 0) return core::Error::NotFound("form response not found");
      return core::Error::Conflict("the form response was changed by someone else");
    }
    return expected_version + 1;
  });
}

core::Status SqlAgrRepo::AppendResponseEvent(core::TrajectId trajectory,
                                             const std::string& form_id,
                                             const FormEventRecord& e) {
  return Guard("form response event", [&]() -> core::Status {
    long long tid = trajectory.value, next = 0, by = e.by.value, ms = core::ToMillis(e.at);
    sql_ << "SELECT COALESCE(MAX(seq), 0) + 1 FROM form_response_event"
            " WHERE trajectory_id = :t AND form_id = :f",
        soci::use(tid), soci::use(form_id), soci::into(next);
    sql_ << "INSERT INTO form_response_event (trajectory_id, form_id, seq, type, by_user, at_ms,"
            " reason) VALUES (:t, :f, :s, :ty, :b, :ms, :r)",
        soci::use(tid), soci::use(form_id), soci::use(next), soci::use(e.type), soci::use(by),
        soci::use(ms), soci::use(e.reason);
    return core::Ok();
  });
}

core::Result<std::vector<FormEventRecord>> SqlAgrRepo::ListResponseEvents(
    core::TrajectId trajectory, const std::string& form_id) {
  return Guard("form response events", [&]() -> core::Result<std::vector<FormEventRecord>> {
    long long tid = trajectory.value, by = 0, ms = 0;
    std::string type, reason;
    soci::statement st =
        (sql_.prepare << "SELECT type, by_user, at_ms, reason FROM form_response_event"
                         " WHERE trajectory_id = :t AND form_id = :f ORDER BY seq",
         soci::use(tid), soci::use(form_id), soci::into(type), soci::into(by), soci::into(ms),
         soci::into(reason));
    st.execute();
    std::vector<FormEventRecord> out;
    while (st.fetch()) out.push_back({type, core::UserId{by}, core::FromMillis(ms), reason});
    return out;
  });
}

core::Status SqlAgrRepo::AppendFieldChanges(core::TrajectId trajectory,
                                            const std::string& form_id,
                                            const std::vector<FieldChangeRecord>& changes) {
  return Guard("form field changes", [&]() -> core::Status {
    long long tid = trajectory.value, next = 0;
    sql_ << "SELECT COALESCE(MAX(seq), 0) + 1 FROM form_field_change"
            " WHERE trajectory_id = :t AND form_id = :f",
        soci::use(tid), soci::use(form_id), soci::into(next);
    for (const auto& c : changes) {
      std::string old_json = c.old_json.value_or(""), new_json = c.new_json.value_or("");
      soci::indicator old_ind = c.old_json ? soci::i_ok : soci::i_null;
      soci::indicator new_ind = c.new_json ? soci::i_ok : soci::i_null;
      long long by = c.by.value, ms = core::ToMillis(c.at), seq = next++;
      sql_ << "INSERT INTO form_field_change (trajectory_id, form_id, seq, path, old_json,"
              " new_json, by_user, at_ms) VALUES (:t, :f, :s, :p, :o, :n, :b, :ms)",
          soci::use(tid), soci::use(form_id), soci::use(seq), soci::use(c.path),
          soci::use(old_json, old_ind), soci::use(new_json, new_ind), soci::use(by),
          soci::use(ms);
    }
    return core::Ok();
  });
}

core::Result<std::vector<FieldChangeRecord>> SqlAgrRepo::ListFieldChanges(
    core::TrajectId trajectory, const std::string& form_id) {
  return Guard("form field history", [&]() -> core::Result<std::vector<FieldChangeRecord>> {
    long long tid = trajectory.value, by = 0, ms = 0;
    std::string path, old_json, new_json;
    soci::indicator old_ind = soci::i_null, new_ind = soci::i_null;
    soci::statement st =
        (sql_.prepare << "SELECT path, old_json, new_json, by_user, at_ms FROM form_field_change"
                         " WHERE trajectory_id = :t AND form_id = :f ORDER BY seq",
         soci::use(tid), soci::use(form_id), soci::into(path), soci::into(old_json, old_ind),
         soci::into(new_json, new_ind), soci::into(by), soci::into(ms));
    st.execute();
    std::vector<FieldChangeRecord> out;
    while (st.fetch()) {
      out.push_back({path, OptText(old_json, old_ind), OptText(new_json, new_ind),
                     core::UserId{by}, core::FromMillis(ms)});
    }
    return out;
  });
}

// --- consent ---

core::Result<consent::ConsentRecord> SqlAgrRepo::GetConsent(core::RevalidantId revalidant) {
  return Guard("consent get", [&]() -> core::Result<consent::ConsentRecord> {
    consent::ConsentRecord record;
    record.revalidant_id = revalidant;
    long long rid = revalidant.value, by = 0, ms = 0;
    int granted = 0;
    std::string type, party, kind, method, signed_on, note;
    soci::indicator kind_ind = soci::i_null, method_ind = soci::i_null, on_ind = soci::i_null;
    soci::statement st =
        (sql_.prepare << "SELECT type, by_user, at_ms, party, kind, granted, method, signed_on,"
                         " note FROM consent_event WHERE revalidant_id = :r ORDER BY seq",
         soci::use(rid), soci::into(type), soci::into(by), soci::into(ms), soci::into(party),
         soci::into(kind, kind_ind), soci::into(granted), soci::into(method, method_ind),
         soci::into(signed_on, on_ind), soci::into(note));
    st.execute();
    while (st.fetch()) {
      consent::ConsentEvent e;
      auto t = consent::ParseConsentEventType(type);
      if (!t) return core::Error::Internal("stored consent event is malformed");
      e.type = *t;
      e.by = core::UserId{by};
      e.at = core::FromMillis(ms);
      e.party = party;
      if (kind_ind == soci::i_ok) e.kind = consent::ParseInfoKind(kind);
      e.granted = granted != 0;
      if (method_ind == soci::i_ok) e.method = domain::forms::ParseSignatureMethod(method);
      if (on_ind == soci::i_ok) e.signed_on = core::ParseDate(signed_on);
      e.note = note;
      record.events.push_back(std::move(e));
    }
    return record;
  });
}

core::Status SqlAgrRepo::AppendConsentEvents(core::RevalidantId revalidant,
                                             std::int64_t expected_count,
                                             const std::vector<consent::ConsentEvent>& events) {
  auto s = Guard(
      "consent append",
      [&]() -> core::Status {
        long long rid = revalidant.value, count = 0;
        sql_ << "SELECT COUNT(*) FROM consent_event WHERE revalidant_id = :r", soci::use(rid),
            soci::into(count);
        if (count != expected_count) {
          return core::Error::Conflict("the consent was changed by someone else");
        }
        long long seq = expected_count;
        for (const auto& e : events) {
          ++seq;
          std::string type(consent::ToCode(e.type));
          std::string kind = e.kind ? std::string(consent::ToCode(*e.kind)) : std::string();
          std::string method =
              e.method ? std::string(domain::forms::ToCode(*e.method)) : std::string();
          std::string on = e.signed_on ? core::FormatDate(*e.signed_on) : std::string();
          soci::indicator kind_ind = e.kind ? soci::i_ok : soci::i_null;
          soci::indicator method_ind = e.method ? soci::i_ok : soci::i_null;
          soci::indicator on_ind = e.signed_on ? soci::i_ok : soci::i_null;
          long long by = e.by.value, ms = core::ToMillis(e.at);
          int granted = e.granted ? 1 : 0;
          sql_ << "INSERT INTO consent_event (revalidant_id, seq, type, by_user, at_ms, party,"
                  " kind, granted, method, signed_on, note) VALUES (:r, :s, :t, :b, :ms, :p, :k,"
                  " :g, :m, :o, :n)",
              soci::use(rid), soci::use(seq), soci::use(type), soci::use(by), soci::use(ms),
              soci::use(e.party), soci::use(kind, kind_ind), soci::use(granted),
              soci::use(method, method_ind), soci::use(on, on_ind), soci::use(e.note);
        }
        return core::Ok();
      },
      "seq");
  if (!s.ok() && s.error().code == core::ErrorCode::kConflict) {
    return core::Error::Conflict("the consent was changed by someone else");
  }
  return s;
}

}  // namespace werkpad::store::sql
