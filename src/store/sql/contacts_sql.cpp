// SqlContactRepo: the contact log of migration 0008 (store/contacts.hpp).
#include <soci/soci.h>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"

namespace werkpad::store::sql {
namespace {

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) {
    if (!out.empty()) out += ",";
    out += k;
  }
  return out;
}

std::vector<std::string> SplitKeys(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (comma > start) out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

constexpr const char* kContactColumns =
    "SELECT id, trajectory_id, revalidant_id, version, contact_date, party, channel, purpose,"
    " materials, other_materials, summary, medical, task_id, created_by, created_ms, updated_by,"
    " updated_ms FROM contact_entry";

struct ContactRow {
  long long id = 0, traj = 0, reval = 0, version = 0, medical = 0, task = 0, cb = 0, cm = 0,
            ub = 0, um = 0;
  std::string date, party, channel, purpose, materials, other, summary;
  soci::indicator task_ind = soci::i_null;

  void Into(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(traj));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(version));
    st.exchange(soci::into(date));
    st.exchange(soci::into(party));
    st.exchange(soci::into(channel));
    st.exchange(soci::into(purpose));
    st.exchange(soci::into(materials));
    st.exchange(soci::into(other));
    st.exchange(soci::into(summary));
    st.exchange(soci::into(medical));
    st.exchange(soci::into(task, task_ind));
    st.exchange(soci::into(cb));
    st.exchange(soci::into(cm));
    st.exchange(soci::into(ub));
    st.exchange(soci::into(um));
  }

  core::Result<ContactRecord> ToRecord() const {
    ContactRecord r;
    r.id = id;
    r.trajectory_id = core::TrajectId{traj};
    r.revalidant_id = core::RevalidantId{reval};
    r.version = version;
    auto d = core::ParseDate(date);
    if (!d) return core::Error::Internal("stored contact date is malformed");
    r.date = *d;
    r.party = party;
    r.channel = channel;
    r.purpose = purpose;
    r.materials = SplitKeys(materials);
    r.other_materials = other;
    r.summary = summary;
    r.medical = medical != 0;
    if (task_ind == soci::i_ok) r.task_id = task;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    return r;
  }
};

core::Result<std::vector<ContactRecord>> SelectContacts(soci::session& sql,
                                                        const std::string& where,
                                                        long long param) {
  std::vector<ContactRecord> out;
  ContactRow row;
  soci::statement st(sql);
  row.Into(st);
  st.exchange(soci::use(param));
  st.alloc();
  st.prepare(std::string(kContactColumns) + where);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    WP_ASSIGN_OR_RETURN(ContactRecord r, row.ToRecord());
    out.push_back(std::move(r));
  }
  return out;
}

void InsertVersion(soci::session& sql, const ContactRecord& r, long long version) {
  long long id = r.id, medical = r.medical ? 1 : 0, by = r.updated_by.value,
            at = core::ToMillis(r.updated_at);
  std::string date = core::FormatDate(r.date), materials = JoinKeys(r.materials);
  sql << "INSERT INTO contact_entry_version (contact_id, version, contact_date, party, channel,"
         " purpose, materials, other_materials, summary, medical, by_user, at_ms)"
         " VALUES (:c, :v, :d, :p, :ch, :pu, :m, :o, :s, :me, :b, :a)",
      soci::use(id), soci::use(version), soci::use(date), soci::use(r.party),
      soci::use(r.channel), soci::use(r.purpose), soci::use(materials),
      soci::use(r.other_materials), soci::use(r.summary), soci::use(medical), soci::use(by),
      soci::use(at);
}

}  // namespace

core::Result<std::int64_t> SqlContactRepo::Insert(const ContactRecord& r) {
  return GuardWrite(
      sql_, "contact insert",
      [&]() -> core::Result<std::int64_t> {
        long long traj = r.trajectory_id.value, reval = r.revalidant_id.value,
                  medical = r.medical ? 1 : 0, task = r.task_id.value_or(0),
                  cb = r.created_by.value, cm = core::ToMillis(r.created_at),
                  ub = r.updated_by.value, um = core::ToMillis(r.updated_at), id = 0;
        soci::indicator task_ind = r.task_id ? soci::i_ok : soci::i_null;
        std::string date = core::FormatDate(r.date), materials = JoinKeys(r.materials);
        sql_ << "INSERT INTO contact_entry (trajectory_id, revalidant_id, version, contact_date,"
                " party, channel, purpose, materials, other_materials, summary, medical, task_id,"
                " created_by, created_ms, updated_by, updated_ms)"
                " VALUES (:t, :r, 1, :d, :p, :ch, :pu, :m, :o, :s, :me, :tk, :cb, :cm, :ub, :um)"
                " RETURNING id",
            soci::use(traj), soci::use(reval), soci::use(date), soci::use(r.party),
            soci::use(r.channel), soci::use(r.purpose), soci::use(materials),
            soci::use(r.other_materials), soci::use(r.summary), soci::use(medical),
            soci::use(task, task_ind), soci::use(cb), soci::use(cm), soci::use(ub), soci::use(um),
            soci::into(id);
        ContactRecord first = r;
        first.id = id;
        InsertVersion(sql_, first, 1);
        return static_cast<std::int64_t>(id);
      },
      "task_id");
}

core::Result<ContactRecord> SqlContactRepo::Get(std::int64_t id) {
  return Guard("contact get", [&]() -> core::Result<ContactRecord> {
    WP_ASSIGN_OR_RETURN(auto list, SelectContacts(sql_, " WHERE id = :id", id));
    if (list.empty()) return core::Error::NotFound("contact not found");
    return std::move(list.front());
  });
}

core::Result<std::vector<ContactRecord>> SqlContactRepo::ListOf(core::TrajectId trajectory) {
  return Guard("contact list", [&]() {
    return SelectContacts(sql_, " WHERE trajectory_id = :t ORDER BY contact_date DESC, id DESC",
                          trajectory.value);
  });
}

core::Result<std::int64_t> SqlContactRepo::Update(const ContactRecord& r,
                                                  std::int64_t expected_version) {
  return Guard("contact update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, medical = r.medical ? 1 : 0,
              ub = r.updated_by.value, um = core::ToMillis(r.updated_at);
    std::string date = core::FormatDate(r.date), materials = JoinKeys(r.materials);
    soci::statement st =
        (sql_.prepare << "UPDATE contact_entry SET contact_date = :d, party = :p, channel = :ch,"
                         " purpose = :pu, materials = :m, other_materials = :o, summary = :s,"
                         " medical = :me, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(date), soci::use(r.party), soci::use(r.channel), soci::use(r.purpose),
         soci::use(materials), soci::use(r.other_materials), soci::use(r.summary),
         soci::use(medical), soci::use(ub), soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM contact_entry WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("contact not found");
      return core::Error::Conflict("the contact was changed by someone else");
    }
    InsertVersion(sql_, r, expected_version + 1);
    return expected_version + 1;
  });
}

core::Result<std::vector<ContactVersionRecord>> SqlContactRepo::ListVersions(std::int64_t id) {
  return Guard("contact versions", [&]() -> core::Result<std::vector<ContactVersionRecord>> {
    std::vector<ContactVersionRecord> out;
    long long cid = id, version = 0, medical = 0, by = 0, at = 0;
    std::string date, party, channel, purpose, materials, other, summary;
    soci::statement st =
        (sql_.prepare << "SELECT version, contact_date, party, channel, purpose, materials,"
                         " other_materials, summary, medical, by_user, at_ms"
                         " FROM contact_entry_version WHERE contact_id = :c ORDER BY version",
         soci::use(cid), soci::into(version), soci::into(date), soci::into(party),
         soci::into(channel), soci::into(purpose), soci::into(materials), soci::into(other),
         soci::into(summary), soci::into(medical), soci::into(by), soci::into(at));
    st.execute();
    while (st.fetch()) {
      auto d = core::ParseDate(date);
      if (!d) return core::Error::Internal("stored contact date is malformed");
      out.push_back({version, *d, party, channel, purpose, SplitKeys(materials), other, summary,
                     medical != 0, core::UserId{by}, core::FromMillis(at)});
    }
    return out;
  });
}

}  // namespace werkpad::store::sql
