#include <soci/soci.h>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {

core::Result<std::vector<Team>> SqlOrganisationRepo::ListTeams() {
  return Guard("team list", [&]() -> core::Result<std::vector<Team>> {
    long long id = 0, version = 0;
    std::string name;
    soci::statement st = (sql_.prepare << "SELECT id, version, name FROM team ORDER BY name",
                          soci::into(id), soci::into(version), soci::into(name));
    st.execute();
    std::vector<Team> out;
    while (st.fetch()) out.push_back({core::TeamId{id}, version, name});
    return out;
  });
}

namespace {

// The team check of every revalidant create and update: prepared once per connection.
struct GetTeamQuery {
  long long tid = 0, version = 0;
  std::string name;
  Prepared q;

  GetTeamQuery(soci::session& s, Dialect) : q(s) {
    q.st().exchange(soci::use(tid));
    q.st().exchange(soci::into(version));
    q.st().exchange(soci::into(name));
    q.Prepare("SELECT version, name FROM team WHERE id = :id");
  }
};

}  // namespace

core::Result<Team> SqlOrganisationRepo::GetTeam(core::TeamId id) {
  return Guard("team get", [&]() -> core::Result<Team> {
    auto& g = stmts_.Get<GetTeamQuery>();
    g.tid = id.value;
    if (!g.q.ExecuteOne()) return core::Error::NotFound("team not found");
    return Team{id, g.version, g.name};
  });
}

core::Result<core::TeamId> SqlOrganisationRepo::InsertTeam(const std::string& name) {
  return GuardWrite(
      sql_, "team insert",
      [&]() -> core::Result<core::TeamId> {
        long long id = 0;
        sql_ << "INSERT INTO team (name) VALUES (:n) RETURNING id", soci::use(name),
            soci::into(id);
        return core::TeamId{id};
      },
      "name");
}

core::Result<std::vector<Discipline>> SqlOrganisationRepo::ListDisciplines() {
  return Guard("discipline list", [&]() -> core::Result<std::vector<Discipline>> {
    std::string code, label;
    int builtin = 0;
    soci::statement st =
        (sql_.prepare << "SELECT code, label, builtin FROM discipline ORDER BY builtin DESC, label",
         soci::into(code), soci::into(label), soci::into(builtin));
    st.execute();
    std::vector<Discipline> out;
    while (st.fetch()) out.push_back({code, label, builtin != 0});
    return out;
  });
}

core::Status SqlOrganisationRepo::InsertDiscipline(const Discipline& d) {
  return GuardWrite(
      sql_, "discipline insert",
      [&]() -> core::Status {
        int builtin = d.builtin ? 1 : 0;
        sql_ << "INSERT INTO discipline (code, label, builtin) VALUES (:c, :l, :b)",
            soci::use(d.code), soci::use(d.label), soci::use(builtin);
        return core::Ok();
      },
      "code");
}

core::Result<Institution> SqlOrganisationRepo::GetInstitution() {
  return Guard("institution get", [&]() -> core::Result<Institution> {
    Institution i;
    long long version = 0;
    sql_ << "SELECT version, name, address, postal_code, city, phone, email, website, ric_model"
            " FROM institution WHERE id = 1",
        soci::into(version), soci::into(i.name), soci::into(i.address),
        soci::into(i.postal_code), soci::into(i.city), soci::into(i.phone), soci::into(i.email),
        soci::into(i.website), soci::into(i.ric_model);
    if (!sql_.got_data()) return core::Error::Internal("institution row missing");
    i.version = version;
    return i;
  });
}

core::Result<std::int64_t> SqlOrganisationRepo::UpdateInstitution(const Institution& i) {
  return GuardWrite(sql_, "institution update", [&]() -> core::Result<std::int64_t> {
    long long v = i.version;
    soci::statement st =
        (sql_.prepare << "UPDATE institution SET name = :n, address = :a, postal_code = :p,"
                         " city = :c, phone = :ph, email = :e, website = :w, ric_model = :m,"
                         " version = version + 1 WHERE id = 1 AND version = :v",
         soci::use(i.name), soci::use(i.address), soci::use(i.postal_code), soci::use(i.city),
         soci::use(i.phone), soci::use(i.email), soci::use(i.website), soci::use(i.ric_model),
         soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return core::Error::Conflict("the institution settings were changed by someone else");
    }
    return i.version + 1;
  });
}

}  // namespace werkpad::store::sql
