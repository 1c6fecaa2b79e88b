// SqlPartnerRepo: network partners, handover moments and the AGR handover record (migration 0009,
// store/partners.hpp).
#include <soci/soci.h>

#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/rows.hpp"

namespace werkpad::store::sql {
namespace {

// A nullable date column.
struct DateColumn {
  std::string text;
  soci::indicator ind = soci::i_null;

  DateColumn() = default;
  explicit DateColumn(const std::optional<core::Date>& d) {
    if (d) {
      text = core::FormatDate(*d);
      ind = soci::i_ok;
    }
  }
  core::Result<std::optional<core::Date>> Value() const {
    if (ind != soci::i_ok) return std::optional<core::Date>();
    auto d = core::ParseDate(text);
    if (!d) return core::Error::Internal("stored partner date is malformed");
    return std::optional<core::Date>(*d);
  }
};

constexpr const char* kPartnerColumns =
    "SELECT id, revalidant_id, kind, label, name, organisation, phone, email, note, roles,"
    " ended_on, version, created_by, created_ms, updated_by, updated_ms FROM network_partner";

struct PartnerRow {
  long long id = 0, reval = 0, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
  std::string kind, label, name, organisation, phone, email, note, roles;
  DateColumn ended;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(label));
    st.exchange(soci::into(name));
    st.exchange(soci::into(organisation));
    st.exchange(soci::into(phone));
    st.exchange(soci::into(email));
    st.exchange(soci::into(note));
    st.exchange(soci::into(roles));
    st.exchange(soci::into(ended.text, ended.ind));
    st.exchange(soci::into(version));
    st.exchange(soci::into(cb));
    st.exchange(soci::into(cm));
    st.exchange(soci::into(ub));
    st.exchange(soci::into(um));
  }
  core::Result<PartnerRecord> Record() const {
    PartnerRecord r;
    r.id = id;
    r.revalidant_id = core::RevalidantId{reval};
    r.kind = kind;
    r.label = label;
    r.name = name;
    r.organisation = organisation;
    r.phone = phone;
    r.email = email;
    r.note = note;
    r.roles = roles;
    WP_ASSIGN_OR_RETURN(r.ended_on, ended.Value());
    r.version = version;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    return r;
  }
};

constexpr const char* kMomentColumns =
    "SELECT id, revalidant_id, from_partner_id, from_party, to_partner_id, to_party, phase,"
    " planned_on, done_on, note, version, created_by, created_ms, updated_by, updated_ms"
    " FROM partner_handover_moment";

struct MomentRow {
  long long id = 0, reval = 0, from_id = 0, to_id = 0, version = 0, cb = 0, cm = 0, ub = 0, um = 0;
  soci::indicator from_ind = soci::i_null, to_ind = soci::i_null;
  std::string from_party, to_party, phase, note;
  DateColumn planned, done;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(from_id, from_ind));
    st.exchange(soci::into(from_party));
    st.exchange(soci::into(to_id, to_ind));
    st.exchange(soci::into(to_party));
    st.exchange(soci::into(phase));
    st.exchange(soci::into(planned.text, planned.ind));
    st.exchange(soci::into(done.text, done.ind));
    st.exchange(soci::into(note));
    st.exchange(soci::into(version));
    st.exchange(soci::into(cb));
    st.exchange(soci::into(cm));
    st.exchange(soci::into(ub));
    st.exchange(soci::into(um));
  }
  core::Result<HandoverMomentRecord> Record() const {
    HandoverMomentRecord r;
    r.id = id;
    r.revalidant_id = core::RevalidantId{reval};
    r.from_partner_id = from_ind == soci::i_ok ? from_id : 0;
    r.from_party = from_party;
    r.to_partner_id = to_ind == soci::i_ok ? to_id : 0;
    r.to_party = to_party;
    r.phase = phase;
    WP_ASSIGN_OR_RETURN(r.planned_on, planned.Value());
    WP_ASSIGN_OR_RETURN(r.done_on, done.Value());
    r.note = note;
    r.version = version;
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    return r;
  }
};

}  // namespace

core::Result<std::int64_t> SqlPartnerRepo::InsertPartner(const PartnerRecord& r) {
  return Guard("partner insert", [&]() -> core::Result<std::int64_t> {
    long long reval = r.revalidant_id.value, cb = r.created_by.value,
              cm = core::ToMillis(r.created_at), ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at), id = 0;
    DateColumn ended(r.ended_on);
    sql_ << "INSERT INTO network_partner (revalidant_id, kind, label, name, organisation, phone,"
            " email, note, roles, ended_on, version, created_by, created_ms, updated_by,"
            " updated_ms) VALUES (:r, :k, :l, :n, :o, :p, :e, :no, :ro, :en, 1, :cb, :cm, :ub,"
            " :um) RETURNING id",
        soci::use(reval), soci::use(r.kind), soci::use(r.label), soci::use(r.name),
        soci::use(r.organisation), soci::use(r.phone), soci::use(r.email), soci::use(r.note),
        soci::use(r.roles), soci::use(ended.text, ended.ind), soci::use(cb), soci::use(cm),
        soci::use(ub), soci::use(um), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<PartnerRecord> SqlPartnerRepo::GetPartner(std::int64_t id) {
  return Guard("partner get", [&]() -> core::Result<PartnerRecord> {
    long long pid = id;
    return CollectOne<PartnerRow>(sql_, std::string(kPartnerColumns) + " WHERE id = :id",
                                  "network partner not found", pid);
  });
}

core::Result<std::vector<PartnerRecord>> SqlPartnerRepo::ListPartners(
    core::RevalidantId revalidant) {
  return Guard("partner list", [&]() -> core::Result<std::vector<PartnerRecord>> {
    long long reval = revalidant.value;
    return CollectRows<PartnerRow>(
        sql_, std::string(kPartnerColumns) + " WHERE revalidant_id = :r ORDER BY id", reval);
  });
}

core::Result<std::int64_t> SqlPartnerRepo::UpdatePartner(const PartnerRecord& r,
                                                         std::int64_t expected_version) {
  return Guard("partner update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    DateColumn ended(r.ended_on);
    soci::statement st =
        (sql_.prepare << "UPDATE network_partner SET kind = :k, label = :l, name = :n,"
                         " organisation = :o, phone = :p, email = :e, note = :no, roles = :ro,"
                         " ended_on = :en, updated_by = :ub, updated_ms = :um,"
                         " version = version + 1 WHERE id = :id AND version = :v",
         soci::use(r.kind), soci::use(r.label), soci::use(r.name), soci::use(r.organisation),
         soci::use(r.phone), soci::use(r.email), soci::use(r.note), soci::use(r.roles),
         soci::use(ended.text, ended.ind), soci::use(ub), soci::use(um), soci::use(id),
         soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM network_partner WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("network partner not found");
      return core::Error::Conflict("the network partner was changed by someone else");
    }
    return expected_version + 1;
  });
}

core::Result<std::int64_t> SqlPartnerRepo::InsertMoment(const HandoverMomentRecord& r) {
  return Guard("moment insert", [&]() -> core::Result<std::int64_t> {
    long long reval = r.revalidant_id.value, cb = r.created_by.value,
              cm = core::ToMillis(r.created_at), ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at), id = 0;
    soci::indicator fi = soci::i_null, ti = soci::i_null;
    long long from = IdOrNull(r.from_partner_id, fi), to = IdOrNull(r.to_partner_id, ti);
    DateColumn planned(r.planned_on), done(r.done_on);
    sql_ << "INSERT INTO partner_handover_moment (revalidant_id, from_partner_id, from_party,"
            " to_partner_id, to_party, phase, planned_on, done_on, note, version, created_by,"
            " created_ms, updated_by, updated_ms) VALUES (:r, :fp, :fy, :tp, :ty, :ph, :pl, :dn,"
            " :no, 1, :cb, :cm, :ub, :um) RETURNING id",
        soci::use(reval), soci::use(from, fi), soci::use(r.from_party), soci::use(to, ti),
        soci::use(r.to_party), soci::use(r.phase), soci::use(planned.text, planned.ind),
        soci::use(done.text, done.ind), soci::use(r.note), soci::use(cb), soci::use(cm),
        soci::use(ub), soci::use(um), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<HandoverMomentRecord> SqlPartnerRepo::GetMoment(std::int64_t id) {
  return Guard("moment get", [&]() -> core::Result<HandoverMomentRecord> {
    long long mid = id;
    return CollectOne<MomentRow>(sql_, std::string(kMomentColumns) + " WHERE id = :id",
                                 "handover moment not found", mid);
  });
}

core::Result<std::vector<HandoverMomentRecord>> SqlPartnerRepo::ListMoments(
    core::RevalidantId revalidant) {
  return Guard("moment list", [&]() -> core::Result<std::vector<HandoverMomentRecord>> {
    long long reval = revalidant.value;
    return CollectRows<MomentRow>(
        sql_,
        std::string(kMomentColumns) +
            " WHERE revalidant_id = :r ORDER BY COALESCE(done_on, planned_on), id",
        reval);
  });
}

core::Result<std::int64_t> SqlPartnerRepo::UpdateMoment(const HandoverMomentRecord& r,
                                                        std::int64_t expected_version) {
  return Guard("moment update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    soci::indicator fi = soci::i_null, ti = soci::i_null;
    long long from = IdOrNull(r.from_partner_id, fi), to = IdOrNull(r.to_partner_id, ti);
    DateColumn planned(r.planned_on), done(r.done_on);
    soci::statement st =
        (sql_.prepare << "UPDATE partner_handover_moment SET from_partner_id = :fp,"
                         " from_party = :fy, to_partner_id = :tp, to_party = :ty, phase = :ph,"
                         " planned_on = :pl, done_on = :dn, note = :no, updated_by = :ub,"
                         " updated_ms = :um, version = version + 1 WHERE id = :id AND version = :v",
         soci::use(from, fi), soci::use(r.from_party), soci::use(to, ti), soci::use(r.to_party),
         soci::use(r.phase), soci::use(planned.text, planned.ind), soci::use(done.text, done.ind),
         soci::use(r.note), soci::use(ub), soci::use(um), soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM partner_handover_moment WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("handover moment not found");
      return core::Error::Conflict("the handover moment was changed by someone else");
    }
    return expected_version + 1;
  });
}

core::Status SqlPartnerRepo::DeleteMoment(std::int64_t id, std::int64_t expected_version) {
  return Guard("moment delete", [&]() -> core::Status {
    long long mid = id, v = expected_version;
    soci::statement st = (sql_.prepare << "DELETE FROM partner_handover_moment"
                                          " WHERE id = :id AND version = :v",
                          soci::use(mid), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM partner_handover_moment WHERE id = :id", soci::use(mid),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("handover moment not found");
      return core::Error::Conflict("the handover moment was changed by someone else");
    }
    return core::Ok();
  });
}

core::Result<std::int64_t> SqlPartnerRepo::InsertHandover(const HandoverRecord& r) {
  return Guard("handover insert", [&]() -> core::Result<std::int64_t> {
    long long traj = r.trajectory_id.value, warm = r.warm ? 1 : 0, vv = r.visie_version,
              cb = r.created_by.value, cm = core::ToMillis(r.created_at), id = 0;
    soci::indicator pi = soci::i_null, ti = soci::i_null;
    long long partner = IdOrNull(r.partner_id, pi), task = IdOrNull(r.task_id, ti);
    std::string held = core::FormatDate(r.held_on);
    sql_ << "INSERT INTO agr_handover (trajectory_id, held_on, party, partner_id, warm,"
            " visie_version, visie_sha256, note, task_id, created_by, created_ms)"
            " VALUES (:t, :h, :p, :pi, :w, :vv, :vs, :n, :ti, :cb, :cm) RETURNING id",
        soci::use(traj), soci::use(held), soci::use(r.party), soci::use(partner, pi),
        soci::use(warm), soci::use(vv), soci::use(r.visie_sha256), soci::use(r.note),
        soci::use(task, ti), soci::use(cb), soci::use(cm), soci::into(id);
    for (std::size_t i = 0; i < r.attendees.size(); ++i) {
      long long pos = static_cast<long long>(i);
      sql_ << "INSERT INTO agr_handover_attendee (handover_id, position, name, role)"
              " VALUES (:h, :p, :n, :r)",
          soci::use(id), soci::use(pos), soci::use(r.attendees[i].name),
          soci::use(r.attendees[i].role);
    }
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::vector<HandoverRecord>> SqlPartnerRepo::ListHandovers(
    core::TrajectId trajectory) {
  return Guard("handover list", [&]() -> core::Result<std::vector<HandoverRecord>> {
    std::vector<HandoverRecord> out;
    long long traj = trajectory.value, id = 0, partner = 0, warm = 0, vv = 0, task = 0, cb = 0,
              cm = 0;
    soci::indicator pi = soci::i_null, ti = soci::i_null;
    std::string held, party, sha, note;
    soci::statement st =
        (sql_.prepare << "SELECT id, held_on, party, partner_id, warm, visie_version,"
                         " visie_sha256, note, task_id, created_by, created_ms FROM agr_handover"
                         " WHERE trajectory_id = :t ORDER BY held_on, id",
         soci::use(traj), soci::into(id), soci::into(held), soci::into(party),
         soci::into(partner, pi), soci::into(warm), soci::into(vv), soci::into(sha),
         soci::into(note), soci::into(task, ti), soci::into(cb), soci::into(cm));
    st.execute();
    while (st.fetch()) {
      HandoverRecord r;
      r.id = id;
      r.trajectory_id = trajectory;
      auto d = core::ParseDate(held);
      if (!d) return core::Error::Internal("stored handover date is malformed");
      r.held_on = *d;
      r.party = party;
      r.partner_id = pi == soci::i_ok ? partner : 0;
      r.warm = warm != 0;
      r.visie_version = vv;
      r.visie_sha256 = sha;
      r.note = note;
      r.task_id = ti == soci::i_ok ? task : 0;
      r.created_by = core::UserId{cb};
      r.created_at = core::FromMillis(cm);
      out.push_back(std::move(r));
    }
    for (auto& r : out) {
      long long hid = r.id;
      std::string name, role;
      soci::statement at =
          (sql_.prepare << "SELECT name, role FROM agr_handover_attendee WHERE handover_id = :h"
                           " ORDER BY position",
           soci::use(hid), soci::into(name), soci::into(role));
      at.execute();
      while (at.fetch()) r.attendees.push_back({name, role});
    }
    return out;
  });
}

}  // namespace werkpad::store::sql
