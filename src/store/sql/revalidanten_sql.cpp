#include <soci/soci.h>

#include <optional>

#include "domain/registry/search_text.hpp"
#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

namespace {

using domain::registry::RevalidantData;

constexpr const char* kSelect =
    "SELECT r.id, r.version, r.given_names, r.family_name, r.date_of_birth, r.bsn, r.email,"
    " r.phone, r.street, r.postal_code, r.city, r.naaste_present, r.naaste_name,"
    " r.naaste_relation, r.naaste_phone, r.naaste_email, r.employment_status,"
    " r.employer_present, r.employer_organisation, r.employer_contact_name,"
    " r.employer_contact_phone, r.employer_contact_email, r.employer_address, r.function_title,"
    " r.hours_per_week, r.bedrijfsarts_present, r.bedrijfsarts_name, r.bedrijfsarts_organisation,"
    " r.bedrijfsarts_phone, r.bedrijfsarts_email, r.team_id, r.ric_user_id,"
    " r.created_ms, r.updated_ms, t.name, u.display_name FROM revalidant r"
    " LEFT JOIN team t ON t.id = r.team_id LEFT JOIN app_user u ON u.id = r.ric_user_id"
    " WHERE r.id = :id";

// Flattened columns of one revalidant row; used for reading and writing.
struct Row {
  long long id = 0, version = 0, team_id = 0, ric_user_id = 0, created_ms = 0, updated_ms = 0;
  std::string given_names, family_name, search_name, date_of_birth, bsn, email, phone, street,
      postal_code, city, naaste_name, naaste_relation, naaste_phone, naaste_email,
      employment_status, employer_organisation, employer_contact_name, employer_contact_phone,
      employer_contact_email, employer_address, function_title, bedrijfsarts_name,
      bedrijfsarts_organisation, bedrijfsarts_phone, bedrijfsarts_email;
  int naaste_present = 0, employer_present = 0, bedrijfsarts_present = 0;
  double hours_per_week = 0;
  soci::indicator bsn_ind = soci::i_null, hours_ind = soci::i_null, team_ind = soci::i_null,
                  ric_ind = soci::i_null;

  static Row From(const RevalidantData& d) {
    Row r;
    r.given_names = d.given_names;
    r.family_name = d.family_name;
    r.search_name = domain::registry::FoldForSearch(d.given_names + " " + d.family_name);
    r.date_of_birth = core::FormatDate(d.date_of_birth);
    r.bsn_ind = d.bsn ? soci::i_ok : soci::i_null;
    r.bsn = d.bsn.value_or("");
    r.email = d.contact.email;
    r.phone = d.contact.phone;
    r.street = d.contact.street;
    r.postal_code = d.contact.postal_code;
    r.city = d.contact.city;
    r.naaste_present = d.naaste ? 1 : 0;
    if (d.naaste) {
      r.naaste_name = d.naaste->name;
      r.naaste_relation = d.naaste->relation;
      r.naaste_phone = d.naaste->phone;
      r.naaste_email = d.naaste->email;
    }
    r.employment_status = std::string(ToCode(d.employment_status));
    r.employer_present = d.employer ? 1 : 0;
    if (d.employer) {
      r.employer_organisation = d.employer->organisation;
      r.employer_contact_name = d.employer->contact_name;
      r.employer_contact_phone = d.employer->contact_phone;
      r.employer_contact_email = d.employer->contact_email;
      r.employer_address = d.employer->address;
    }
    r.function_title = d.function_title;
    r.hours_ind = d.hours_per_week ? soci::i_ok : soci::i_null;
    r.hours_per_week = d.hours_per_week.value_or(0);
    r.bedrijfsarts_present = d.bedrijfsarts ? 1 : 0;
    if (d.bedrijfsarts) {
      r.bedrijfsarts_name = d.bedrijfsarts->name;
      r.bedrijfsarts_organisation = d.bedrijfsarts->organisation;
      r.bedrijfsarts_phone = d.bedrijfsarts->phone;
      r.bedrijfsarts_email = d.bedrijfsarts->email;
    }
    r.team_id = IdOrNull(d.team_id.value, r.team_ind);
    r.ric_user_id = IdOrNull(d.ric_user_id.value, r.ric_ind);
    return r;
  }

  core::Result<domain::registry::Revalidant> ToRevalidant() const {
    domain::registry::Revalidant out;
    out.id = core::RevalidantId{id};
    out.version = version;
    out.created_at = core::FromMillis(created_ms);
    out.updated_at = core::FromMillis(updated_ms);
    RevalidantData& d = out.data;
    d.given_names = given_names;
    d.family_name = family_name;
    auto dob = core::ParseDate(date_of_birth);
    auto status = domain::registry::ParseEmploymentStatus(employment_status);
    if (!dob || !status) return core::Error::Internal("stored revalidant is malformed");
    d.date_of_birth = *dob;
    d.employment_status = *status;
    if (bsn_ind == soci::i_ok) d.bsn = bsn;
    d.contact = {email, phone, street, postal_code, city};
    if (naaste_present != 0) {
      d.naaste = domain::registry::Naaste{naaste_name, naaste_relation, naaste_phone,
                                          naaste_email};
    }
    if (employer_present != 0) {
      d.employer = domain::registry::Employer{employer_organisation, employer_contact_name,
                                              employer_contact_phone, employer_contact_email,
                                              employer_address};
    }
    d.function_title = function_title;
    if (hours_ind == soci::i_ok) d.hours_per_week = hours_per_week;
    if (bedrijfsarts_present != 0) {
      d.bedrijfsarts = domain::registry::BedrijfsartsContact{
          bedrijfsarts_name, bedrijfsarts_organisation, bedrijfsarts_phone, bedrijfsarts_email};
    }
    if (team_ind == soci::i_ok) d.team_id = core::TeamId{team_id};
    if (ric_ind == soci::i_ok) d.ric_user_id = core::UserId{ric_user_id};
    return out;
  }

  // The data columns in the order of kDataColumns.
  // keys = false: without the key columns (IsKeyColumn), for UpdateRevalidant<false>.
  void UseData(soci::statement& st, bool keys = true) {
    st.exchange(soci::use(given_names));
    st.exchange(soci::use(family_name));
    st.exchange(soci::use(search_name));
    if (keys) {
      st.exchange(soci::use(date_of_birth));
      st.exchange(soci::use(bsn, bsn_ind));
    }
    st.exchange(soci::use(email));
    st.exchange(soci::use(phone));
    st.exchange(soci::use(street));
    st.exchange(soci::use(postal_code));
    st.exchange(soci::use(city));
    st.exchange(soci::use(naaste_present));
    st.exchange(soci::use(naaste_name));
    st.exchange(soci::use(naaste_relation));
    st.exchange(soci::use(naaste_phone));
    st.exchange(soci::use(naaste_email));
    st.exchange(soci::use(employment_status));
    st.exchange(soci::use(employer_present));
    st.exchange(soci::use(employer_organisation));
    st.exchange(soci::use(employer_contact_name));
    st.exchange(soci::use(employer_contact_phone));
    st.exchange(soci::use(employer_contact_email));
    st.exchange(soci::use(employer_address));
    st.exchange(soci::use(function_title));
    st.exchange(soci::use(hours_per_week, hours_ind));
    st.exchange(soci::use(bedrijfsarts_present));
    st.exchange(soci::use(bedrijfsarts_name));
    st.exchange(soci::use(bedrijfsarts_organisation));
    st.exchange(soci::use(bedrijfsarts_phone));
    st.exchange(soci::use(bedrijfsarts_email));
    if (keys) {
      st.exchange(soci::use(team_id, team_ind));
      st.exchange(soci::use(ric_user_id, ric_ind));
    }
  }
};

constexpr const char* kDataColumns =
    "given_names, family_name, search_name, date_of_birth, bsn, email, phone, street,"
    " postal_code, city, naaste_present, naaste_name, naaste_relation, naaste_phone,"
    " naaste_email, employment_status, employer_present, employer_organisation,"
    " employer_contact_name, employer_contact_phone, employer_contact_email, employer_address,"
    " function_title, hours_per_week, bedrijfsarts_present, bedrijfsarts_name,"
    " bedrijfsarts_organisation, bedrijfsarts_phone, bedrijfsarts_email, team_id, ric_user_id";

// ":c0, :c1, ..." for the data columns, or "col = :c0, ..." for an update.
// The columns of the revalidant's indexes and references (migration 0001: UNIQUE bsn, indexes
// on date of birth, team and RIC, foreign keys to team and app_user). SQLite rewrites an index
// entry (and checks a foreign key) for every column an UPDATE assigns, changed or not: setting
// all columns cost 8.3 us per update against 3.5 us without these four (docs/performance.md,
// runs U).
bool IsKeyColumn(const std::string& col) {
  return col == "date_of_birth" || col == "bsn" || col == "team_id" || col == "ric_user_id";
}

std::string Placeholders(bool assignments, bool keys = true) {
  std::string cols = kDataColumns;
  std::string out;
  int i = 0;
  std::size_t pos = 0;
  while (pos < cols.size()) {
    auto comma = cols.find(',', pos);
    std::string col = cols.substr(pos, comma == std::string::npos ? std::string::npos
                                                                   : comma - pos);
    while (!col.empty() && col.front() == ' ') col.erase(0, 1);
    pos = comma == std::string::npos ? cols.size() : comma + 1;
    if (!keys && IsKeyColumn(col)) continue;
    if (!out.empty()) out += ", ";
    if (assignments) out += col + " = ";
    out += ":c" + std::to_string(i++);
  }
  return out;
}

}  // namespace

namespace {

// GET of one revalidant: on every read of the record (and twice in each update), so prepared
// once per connection.
struct GetRevalidant {
  Row r;
  std::string team_name, ric_name;
  soci::indicator team_name_ind = soci::i_null, ric_name_ind = soci::i_null;
  long long rid = 0;
  Prepared q;

  GetRevalidant(soci::session& s, Dialect) : q(s) {
    soci::statement& st = q.st();
    st.exchange(soci::use(rid));
    for (auto* into : {&r.id, &r.version}) st.exchange(soci::into(*into));
    for (auto* into : {&r.given_names, &r.family_name, &r.date_of_birth}) {
      st.exchange(soci::into(*into));
    }
    st.exchange(soci::into(r.bsn, r.bsn_ind));
    for (auto* into : {&r.email, &r.phone, &r.street, &r.postal_code, &r.city}) {
      st.exchange(soci::into(*into));
    }
    st.exchange(soci::into(r.naaste_present));
    for (auto* into : {&r.naaste_name, &r.naaste_relation, &r.naaste_phone, &r.naaste_email,
                       &r.employment_status}) {
      st.exchange(soci::into(*into));
    }
    st.exchange(soci::into(r.employer_present));
    for (auto* into : {&r.employer_organisation, &r.employer_contact_name,
                       &r.employer_contact_phone, &r.employer_contact_email,
                       &r.employer_address, &r.function_title}) {
      st.exchange(soci::into(*into));
    }
    st.exchange(soci::into(r.hours_per_week, r.hours_ind));
    st.exchange(soci::into(r.bedrijfsarts_present));
    for (auto* into : {&r.bedrijfsarts_name, &r.bedrijfsarts_organisation,
                       &r.bedrijfsarts_phone, &r.bedrijfsarts_email}) {
      st.exchange(soci::into(*into));
    }
    st.exchange(soci::into(r.team_id, r.team_ind));
    st.exchange(soci::into(r.ric_user_id, r.ric_ind));
    st.exchange(soci::into(r.created_ms));
    st.exchange(soci::into(r.updated_ms));
    st.exchange(soci::into(team_name, team_name_ind));
    st.exchange(soci::into(ric_name, ric_name_ind));
    q.Prepare(kSelect);
  }
};

// The version-checked UPDATE of every revalidant change (the durable-update benchmark's path):
// prepared once on the writer's connection.
// kKeys = false: leaves the key columns (IsKeyColumn) as they are, for an update that does not
// change them.
template <bool kKeys>
struct UpdateRevalidant {
  Row r;
  long long ms = 0, rid = 0, v = 0;
  Prepared q;

  UpdateRevalidant(soci::session& s, Dialect) : q(s) {
    r.UseData(q.st(), kKeys);
    q.st().exchange(soci::use(ms));
    q.st().exchange(soci::use(rid));
    q.st().exchange(soci::use(v));
    q.Prepare("UPDATE revalidant SET " + Placeholders(true, kKeys) +
              ", updated_ms = :up, version = version + 1 WHERE id = :id AND version = :v");
  }

  // The number of rows changed (0 or 1).
  long long Run(core::RevalidantId id, std::int64_t expected_version,
                const RevalidantData& data, core::Instant now) {
    r = Row::From(data);
    ms = core::ToMillis(now);
    rid = id.value;
    v = expected_version;
    return q.ExecuteUpdate();
  }
};

// Copies the revalidant's team and RIC onto the rows of its verzuimdossier's open deadlines
// (at most one dossier per revalidant: UNIQUE(revalidant_id)), touching only rows that differ.
// A scalar subquery, not `IN (SELECT ...)`: SQLite materialises an IN list in an ephemeral
// table, whose set-up (page cache, temporary b-tree) cost more than the whole update.
struct SyncDeadlineScope {
  long long team_id = 0, ric_user_id = 0, rid = 0;
  soci::indicator team_ind = soci::i_null, ric_ind = soci::i_null;
  Prepared q;

  SyncDeadlineScope(soci::session& s, Dialect) : q(s) {
    // Positional: each placeholder bound on its own (SOCI's PostgreSQL backend binds a repeated
    // name only once).
    q.st().exchange(soci::use(team_id, team_ind));
    q.st().exchange(soci::use(ric_user_id, ric_ind));
    q.st().exchange(soci::use(rid));
    q.st().exchange(soci::use(team_id, team_ind));
    q.st().exchange(soci::use(ric_user_id, ric_ind));
    q.Prepare(
        "UPDATE verzuim_deadline SET team_id = :t, ric_user_id = :r WHERE dossier_id ="
        " (SELECT id FROM verzuim_dossier WHERE revalidant_id = :id)"
        " AND (team_id IS DISTINCT FROM :t2 OR ric_user_id IS DISTINCT FROM :r2)");
  }
};

}  // namespace

core::Result<RevalidantDetail> SqlRevalidantRepo::Get(core::RevalidantId id) {
  if (cache_ != nullptr) {
    if (const RevalidantDetail* kept = cache_->Find(id.value)) return *kept;
  }
  return Guard("revalidant get", [&]() -> core::Result<RevalidantDetail> {
    auto& g = stmts_.Get<GetRevalidant>();
    g.rid = id.value;
    if (!g.q.ExecuteOne()) return core::Error::NotFound("revalidant not found");
    WP_ASSIGN_OR_RETURN(auto revalidant, g.r.ToRevalidant());
    RevalidantDetail detail{std::move(revalidant),
                            g.team_name_ind == soci::i_ok ? g.team_name : std::string(),
                            g.ric_name_ind == soci::i_ok ? g.ric_name : std::string()};
    if (cache_ != nullptr) cache_->Put(id.value, detail);
    return detail;
  });
}

core::Result<core::RevalidantId> SqlRevalidantRepo::Insert(const RevalidantData& data,
                                                           core::Instant now) {
  return GuardWrite(
      sql_, "revalidant insert",
      [&]() -> core::Result<core::RevalidantId> {
        static const std::string kSql = std::string("INSERT INTO revalidant (") + kDataColumns +
                                        ", created_ms, updated_ms) VALUES (" +
                                        Placeholders(false) + ", :cr, :up) RETURNING id";
        Row r = Row::From(data);
        long long ms = core::ToMillis(now);
        long long id = 0;
        soci::statement st(sql_);
        r.UseData(st);
        st.exchange(soci::use(ms));
        st.exchange(soci::use(ms));
        st.exchange(soci::into(id));
        st.alloc();
        st.prepare(kSql);
        st.define_and_bind();
        st.execute(true);
        return core::RevalidantId{id};
      },
      "bsn");
}

core::Result<std::int64_t> SqlRevalidantRepo::Update(core::RevalidantId id,
                                                     std::int64_t expected_version,
                                                     const RevalidantData& data,
                                                     const RevalidantData* stored,
                                                     core::Instant now) {
  const bool same_scope = stored != nullptr && stored->team_id == data.team_id &&
                          stored->ric_user_id == data.ric_user_id;
  const bool same_keys = same_scope && stored->date_of_birth == data.date_of_birth &&
                         stored->bsn == data.bsn;
  // The kept record at this version, to keep it again as written (below); the UPDATE drops it
  // from the cache (update hook).
  std::optional<RevalidantDetail> kept;
  if (cache_ != nullptr && same_scope) {
    const RevalidantDetail* k = cache_->Find(id.value);
    if (k != nullptr && k->revalidant.version == expected_version) kept = *k;
  }
  return GuardWrite(
      sql_, "revalidant update",
      [&]() -> core::Result<std::int64_t> {
        const long long changed =
            same_keys ? stmts_.Get<UpdateRevalidant<false>>().Run(id, expected_version, data, now)
                      : stmts_.Get<UpdateRevalidant<true>>().Run(id, expected_version, data, now);
        if (changed == 0) {
          long long exists = 0, rid = id.value;
          sql_ << "SELECT COUNT(*) FROM revalidant WHERE id = :id", soci::use(rid),
              soci::into(exists);
          if (exists == 0) return core::Error::NotFound("revalidant not found");
          return core::Error::Conflict("the revalidant was changed by someone else");
        }
        // The Poortwachter dashboard rows carry copies of the team and RIC (migration 0007):
        // keep them equal in the same unit of work (nothing to do when neither changed).
        if (!same_scope) {
          auto& d = stmts_.Get<SyncDeadlineScope>();
          d.team_id = IdOrNull(data.team_id.value, d.team_ind);
          d.ric_user_id = IdOrNull(data.ric_user_id.value, d.ric_ind);
          d.rid = id.value;
          d.q.ExecuteUpdate();
        }
        if (kept) {
          // Team and RIC, hence their names, are unchanged; the store keeps every field as
          // given. Uncommitted until the batch commits: a rollback clears the cache.
          kept->revalidant.data = data;
          kept->revalidant.version = expected_version + 1;
          kept->revalidant.updated_at = core::FromMillis(core::ToMillis(now));
          cache_->Put(id.value, std::move(*kept));
        }
        return expected_version + 1;
      },
      "bsn");
}

core::Result<Page<RevalidantSummary>> SqlRevalidantRepo::Search(const RevalidantQuery& q) {
  return Guard("revalidant search", [&]() -> core::Result<Page<RevalidantSummary>> {
    using Kind = domain::registry::SearchTerm::Kind;
    auto term = domain::registry::ClassifySearch(q.text);
    Page<RevalidantSummary> page;
    page.page = q.page.page;
    page.page_size = q.page.page_size;
    if (!q.scope.all && q.scope.teams.empty() && !q.scope.ric.valid()) return page;

    // Conditions and their bound values, in order.
    std::string where = " WHERE 1 = 1";
    std::vector<std::string> text_params;
    std::vector<long long> id_params;
    std::string value = term.value;
    if (term.kind == Kind::kName) {
      std::string escaped;
      for (char c : value) {
        if (c == '%' || c == '_' || c == '\\') escaped.push_back('\\');
        escaped.push_back(c);
      }
      value = "%" + escaped + "%";
      where += " AND r.search_name LIKE :t ESCAPE '\\'";
    } else if (term.kind == Kind::kBsn) {
      where += " AND r.bsn = :t";
    } else if (term.kind == Kind::kBirthDate) {
      where += " AND r.date_of_birth = :t";
    }
    if (!q.scope.all) {
      std::string scope;
      for (std::size_t i = 0; i < q.scope.teams.size(); ++i) {
        scope += (i == 0 ? "r.team_id IN (:s" : ", :s") + std::to_string(i);
        id_params.push_back(q.scope.teams[i].value);
      }
      if (!q.scope.teams.empty()) scope += ")";
      if (q.scope.ric.valid()) {
        if (!scope.empty()) scope += " OR ";
        scope += "r.ric_user_id = :ric";
        id_params.push_back(q.scope.ric.value);
      }
      where += " AND (" + scope + ")";
    }

    auto bind = [&](soci::statement& st) {
      if (term.kind != Kind::kAll) st.exchange(soci::use(value));
      for (auto& id : id_params) st.exchange(soci::use(id));
    };

    long long total = 0;
    {
      soci::statement st(sql_);
      st.exchange(soci::into(total));
      bind(st);
      st.alloc();
      st.prepare("SELECT COUNT(*) FROM revalidant r" + where);
      st.define_and_bind();
      st.execute(true);
    }
    page.total = total;

    long long id = 0, team_id = 0, ric_id = 0;
    soci::indicator team_ind, ric_ind, team_name_ind, ric_name_ind;
    std::string given, family, dob, status, team_name, ric_name;
    long long limit = q.page.page_size, offset = q.page.offset();
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::into(given));
    st.exchange(soci::into(family));
    st.exchange(soci::into(dob));
    st.exchange(soci::into(status));
    st.exchange(soci::into(team_id, team_ind));
    st.exchange(soci::into(team_name, team_name_ind));
    st.exchange(soci::into(ric_id, ric_ind));
    st.exchange(soci::into(ric_name, ric_name_ind));
    bind(st);
    st.exchange(soci::use(limit));
    st.exchange(soci::use(offset));
    st.alloc();
    st.prepare(
        "SELECT r.id, r.given_names, r.family_name, r.date_of_birth, r.employment_status,"
        " r.team_id, t.name, r.ric_user_id, u.display_name FROM revalidant r"
        " LEFT JOIN team t ON t.id = r.team_id LEFT JOIN app_user u ON u.id = r.ric_user_id" +
        where + " ORDER BY r.family_name, r.given_names, r.id LIMIT :lim OFFSET :off");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
      RevalidantSummary s;
      s.id = core::RevalidantId{id};
      s.given_names = given;
      s.family_name = family;
      s.date_of_birth = core::ParseDate(dob).value_or(core::Date{});
      s.employment_status = domain::registry::ParseEmploymentStatus(status).value_or(
          domain::registry::EmploymentStatus::kAnders);
      if (team_ind == soci::i_ok) s.team_id = core::TeamId{team_id};
      if (team_name_ind == soci::i_ok) s.team_name = team_name;
      if (ric_ind == soci::i_ok) s.ric_user_id = core::UserId{ric_id};
      if (ric_name_ind == soci::i_ok) s.ric_name = ric_name;
      page.items.push_back(std::move(s));
    }
    return page;
  });
}

}  // namespace werkpad::store::sql
