// SqlVisieRepo and SqlDocumentRepo: the tables of migration 0006 (store/visie.hpp).
#include <soci/soci.h>

#include "core/crypto.hpp"
#include "store/sql/guard.hpp"
#include "store/sql/repos.hpp"
#include "store/sql/rows.hpp"

namespace werkpad::store::sql {
namespace {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    if (!out.empty()) out += ",";
    out += c;
  }
  return out;
}

std::vector<std::string> SplitCodes(const std::string& text) {
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

// The signature columns, nullable together.
struct SigColumns {
  std::string method, signed_on, sha, share;
  long long signed_by = 0, recorded_by = 0, recorded_ms = 0, version = 0;
  soci::indicator ind = soci::i_null, signed_by_ind = soci::i_null;

  explicit SigColumns(const std::optional<VisieSignatureRecord>& s) {
    if (!s) return;
    ind = soci::i_ok;
    method = s->method;
    signed_by = IdOrNull(s->signed_by.value, signed_by_ind);
    recorded_by = s->recorded_by.value;
    recorded_ms = core::ToMillis(s->recorded_at);
    signed_on = core::FormatDate(s->signed_on);
    version = s->signed_version;
    sha = s->content_sha256;
    share = JoinCodes(s->share_with);
  }
};

constexpr const char* kVisieColumns =
    "SELECT v.id, v.trajectory_id, t.revalidant_id, v.version, v.status, v.content_json,"
    " v.content_sha256, v.sig_method, v.sig_signed_by, v.sig_recorded_by, v.sig_recorded_ms,"
    " v.sig_signed_on, v.sig_version, v.sig_sha256, v.sig_share_with, v.created_by,"
    " v.created_ms, v.updated_by, v.updated_ms FROM reintegratievisie v"
    " JOIN agr_trajectory t ON t.id = v.trajectory_id";

}  // namespace

core::Result<std::int64_t> SqlVisieRepo::Insert(const VisieRecord& r,
                                                const VisieVersionRecord& first) {
  return GuardWrite(
      sql_, "visie insert",
      [&]() -> core::Result<std::int64_t> {
        long long traj = r.trajectory_id.value, cb = r.created_by.value,
                  cm = core::ToMillis(r.created_at), ub = r.updated_by.value,
                  um = core::ToMillis(r.updated_at), id = 0;
        sql_ << "INSERT INTO reintegratievisie (trajectory_id, version, status, content_json,"
                " content_sha256, created_by, created_ms, updated_by, updated_ms)"
                " VALUES (:t, 1, :s, :c, :h, :cb, :cm, :ub, :um) RETURNING id",
            soci::use(traj), soci::use(r.status), soci::use(r.content_json),
            soci::use(r.content_sha256), soci::use(cb), soci::use(cm), soci::use(ub), soci::use(um),
            soci::into(id);
        long long by = first.by.value, at = core::ToMillis(first.at);
        sql_ << "INSERT INTO reintegratievisie_version (visie_id, version, status, event, reason,"
                " content_json, content_sha256, by_user, at_ms)"
                " VALUES (:v, 1, :s, :e, :r, :c, :h, :b, :a)",
            soci::use(id), soci::use(first.status), soci::use(first.event), soci::use(first.reason),
            soci::use(first.content_json), soci::use(first.content_sha256), soci::use(by),
            soci::use(at);
        return static_cast<std::int64_t>(id);
      },
      "trajectory_id");
}

core::Result<std::optional<VisieRecord>> SqlVisieRepo::FindByTrajectory(core::TrajectId t) {
  return Guard("visie find", [&]() -> core::Result<std::optional<VisieRecord>> {
    long long traj = t.value, id = 0, rtraj = 0, reval = 0, version = 0, sig_by = 0, sig_rec_by = 0,
              sig_ms = 0, sig_version = 0, cb = 0, cm = 0, ub = 0, um = 0;
    std::string status, content, sha, sig_method, sig_on, sig_sha, sig_share;
    soci::indicator i_method = soci::i_null, i_by = soci::i_null, i_rec = soci::i_null,
                    i_ms = soci::i_null, i_on = soci::i_null, i_ver = soci::i_null,
                    i_sha = soci::i_null, i_share = soci::i_null;
    sql_ << std::string(kVisieColumns) + " WHERE v.trajectory_id = :t", soci::use(traj),
        soci::into(id), soci::into(rtraj), soci::into(reval), soci::into(version),
        soci::into(status), soci::into(content), soci::into(sha), soci::into(sig_method, i_method),
        soci::into(sig_by, i_by), soci::into(sig_rec_by, i_rec), soci::into(sig_ms, i_ms),
        soci::into(sig_on, i_on), soci::into(sig_version, i_ver), soci::into(sig_sha, i_sha),
        soci::into(sig_share, i_share), soci::into(cb), soci::into(cm), soci::into(ub),
        soci::into(um);
    if (!sql_.got_data()) return std::optional<VisieRecord>();
    VisieRecord r;
    r.id = id;
    r.trajectory_id = core::TrajectId{rtraj};
    r.revalidant_id = core::RevalidantId{reval};
    r.version = version;
    r.status = status;
    r.content_json = content;
    r.content_sha256 = sha;
    if (i_method == soci::i_ok) {
      VisieSignatureRecord s;
      s.method = sig_method;
      if (i_by == soci::i_ok) s.signed_by = core::UserId{sig_by};
      if (i_rec == soci::i_ok) s.recorded_by = core::UserId{sig_rec_by};
      if (i_ms == soci::i_ok) s.recorded_at = core::FromMillis(sig_ms);
      auto d = i_on == soci::i_ok ? core::ParseDate(sig_on) : std::nullopt;
      if (!d) return core::Error::Internal("stored visie signature date is malformed");
      s.signed_on = *d;
      if (i_ver == soci::i_ok) s.signed_version = sig_version;
      if (i_sha == soci::i_ok) s.content_sha256 = sig_sha;
      if (i_share == soci::i_ok) s.share_with = SplitCodes(sig_share);
      r.signature = std::move(s);
    }
    r.created_by = core::UserId{cb};
    r.created_at = core::FromMillis(cm);
    r.updated_by = core::UserId{ub};
    r.updated_at = core::FromMillis(um);
    return std::optional<VisieRecord>(std::move(r));
  });
}

core::Result<std::int64_t> SqlVisieRepo::Update(const VisieRecord& r, std::int64_t expected_version,
                                                VisieVersionRecord row) {
  return Guard("visie update", [&]() -> core::Result<std::int64_t> {
    long long id = r.id, v = expected_version, ub = r.updated_by.value,
              um = core::ToMillis(r.updated_at);
    SigColumns sig(r.signature);
    soci::statement st =
        (sql_.prepare << "UPDATE reintegratievisie SET status = :s, content_json = :c,"
                         " content_sha256 = :h, sig_method = :sm, sig_signed_by = :sb,"
                         " sig_recorded_by = :sr, sig_recorded_ms = :sms, sig_signed_on = :so,"
                         " sig_version = :sv, sig_sha256 = :sh, sig_share_with = :ss,"
                         " updated_by = :ub, updated_ms = :um, version = version + 1"
                         " WHERE id = :id AND version = :v",
         soci::use(r.status), soci::use(r.content_json), soci::use(r.content_sha256),
         soci::use(sig.method, sig.ind), soci::use(sig.signed_by, sig.signed_by_ind),
         soci::use(sig.recorded_by, sig.ind), soci::use(sig.recorded_ms, sig.ind),
         soci::use(sig.signed_on, sig.ind), soci::use(sig.version, sig.ind),
         soci::use(sig.sha, sig.ind), soci::use(sig.share, sig.ind), soci::use(ub), soci::use(um),
         soci::use(id), soci::use(v));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql_ << "SELECT COUNT(*) FROM reintegratievisie WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return core::Error::NotFound("re-integratievisie not found");
      return core::Error::Conflict("the re-integratievisie was changed by someone else");
    }
    long long nv = expected_version + 1, by = row.by.value, at = core::ToMillis(row.at);
    sql_ << "INSERT INTO reintegratievisie_version (visie_id, version, status, event, reason,"
            " content_json, content_sha256, by_user, at_ms)"
            " VALUES (:v, :n, :s, :e, :r, :c, :h, :b, :a)",
        soci::use(id), soci::use(nv), soci::use(row.status), soci::use(row.event),
        soci::use(row.reason), soci::use(row.content_json), soci::use(row.content_sha256),
        soci::use(by), soci::use(at);
    return expected_version + 1;
  });
}

namespace {

constexpr const char* kVersionColumns =
    "SELECT version, status, event, reason, content_json, content_sha256, by_user, at_ms"
    " FROM reintegratievisie_version";

}  // namespace

core::Result<std::vector<VisieVersionRecord>> SqlVisieRepo::ListVersions(std::int64_t visie_id) {
  return Guard("visie versions", [&]() -> core::Result<std::vector<VisieVersionRecord>> {
    std::vector<VisieVersionRecord> out;
    long long vid = visie_id, version = 0, by = 0, at = 0;
    std::string status, event, reason, content, sha;
    soci::statement st =
        (sql_.prepare << std::string(kVersionColumns) + " WHERE visie_id = :v ORDER BY version",
         soci::use(vid), soci::into(version), soci::into(status), soci::into(event),
         soci::into(reason), soci::into(content), soci::into(sha), soci::into(by), soci::into(at));
    st.execute();
    while (st.fetch()) {
      out.push_back(
          {version, status, event, reason, content, sha, core::UserId{by}, core::FromMillis(at)});
    }
    return out;
  });
}

core::Result<VisieVersionRecord> SqlVisieRepo::GetVersion(std::int64_t visie_id,
                                                          std::int64_t version) {
  return Guard("visie version", [&]() -> core::Result<VisieVersionRecord> {
    long long vid = visie_id, ver = version, rv = 0, by = 0, at = 0;
    std::string status, event, reason, content, sha;
    sql_ << std::string(kVersionColumns) + " WHERE visie_id = :v AND version = :n", soci::use(vid),
        soci::use(ver), soci::into(rv), soci::into(status), soci::into(event), soci::into(reason),
        soci::into(content), soci::into(sha), soci::into(by), soci::into(at);
    if (!sql_.got_data()) return core::Error::NotFound("version not found");
    return VisieVersionRecord{
        rv, status, event, reason, content, sha, core::UserId{by}, core::FromMillis(at)};
  });
}

core::Result<std::int64_t> SqlVisieRepo::AddComment(std::int64_t visie_id,
                                                    const VisieCommentRecord& c) {
  return Guard("visie comment", [&]() -> core::Result<std::int64_t> {
    long long vid = visie_id, on = c.on_version, by = c.by.value, at = core::ToMillis(c.at), id = 0;
    sql_ << "INSERT INTO reintegratievisie_comment (visie_id, on_version, section, body,"
            " discipline, by_user, at_ms) VALUES (:v, :o, :s, :b, :d, :u, :a) RETURNING id",
        soci::use(vid), soci::use(on), soci::use(c.section), soci::use(c.text),
        soci::use(c.discipline), soci::use(by), soci::use(at), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::vector<VisieCommentRecord>> SqlVisieRepo::ListComments(std::int64_t visie_id) {
  return Guard("visie comments", [&]() -> core::Result<std::vector<VisieCommentRecord>> {
    std::vector<VisieCommentRecord> out;
    long long vid = visie_id, id = 0, on = 0, by = 0, at = 0;
    std::string section, body, discipline;
    soci::statement st =
        (sql_.prepare << "SELECT id, on_version, section, body, discipline, by_user, at_ms"
                         " FROM reintegratievisie_comment WHERE visie_id = :v ORDER BY id",
         soci::use(vid), soci::into(id), soci::into(on), soci::into(section), soci::into(body),
         soci::into(discipline), soci::into(by), soci::into(at));
    st.execute();
    while (st.fetch()) {
      out.push_back({id, on, section, body, discipline, core::UserId{by}, core::FromMillis(at)});
    }
    return out;
  });
}

// --- documents ---

namespace {

constexpr const char* kDocumentColumns =
    "SELECT id, trajectory_id, revalidant_id, kind, audience, title, filename, content_type,"
    " size_bytes, sha256, source_version, created_by, created_ms FROM document";

struct DocRow {
  long long id = 0, traj = 0, reval = 0, size = 0, source = 0, by = 0, at = 0;
  std::string kind, audience, title, filename, type, sha;

  template <class S>
  void Bind(S& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(traj));
    st.exchange(soci::into(reval));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(audience));
    st.exchange(soci::into(title));
    st.exchange(soci::into(filename));
    st.exchange(soci::into(type));
    st.exchange(soci::into(size));
    st.exchange(soci::into(sha));
    st.exchange(soci::into(source));
    st.exchange(soci::into(by));
    st.exchange(soci::into(at));
  }
  GeneratedDocument Record() const {
    GeneratedDocument r;
    r.id = id;
    r.trajectory_id = core::TrajectId{traj};
    r.revalidant_id = core::RevalidantId{reval};
    r.kind = kind;
    r.audience = audience;
    r.title = title;
    r.filename = filename;
    r.content_type = type;
    r.size = size;
    r.sha256 = sha;
    r.source_version = source;
    r.created_by = core::UserId{by};
    r.created_at = core::FromMillis(at);
    return r;
  }
};

}  // namespace

core::Result<std::int64_t> SqlDocumentRepo::Insert(const GeneratedDocument& r,
                                                   const std::string& bytes) {
  return Guard("document insert", [&]() -> core::Result<std::int64_t> {
    long long traj = r.trajectory_id.value, reval = r.revalidant_id.value,
              size = static_cast<long long>(bytes.size()), source = r.source_version,
              by = r.created_by.value, at = core::ToMillis(r.created_at), id = 0;
    std::string b64 = core::Base64(bytes);
    sql_ << "INSERT INTO document (trajectory_id, revalidant_id, kind, audience, title, filename,"
            " content_type, size_bytes, sha256, source_version, content_base64, created_by,"
            " created_ms) VALUES (:t, :r, :k, :a, :ti, :f, :ct, :sz, :h, :sv, :b, :by, :at)"
            " RETURNING id",
        soci::use(traj), soci::use(reval), soci::use(r.kind), soci::use(r.audience),
        soci::use(r.title), soci::use(r.filename), soci::use(r.content_type), soci::use(size),
        soci::use(r.sha256), soci::use(source), soci::use(b64), soci::use(by), soci::use(at),
        soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

core::Result<std::vector<GeneratedDocument>> SqlDocumentRepo::ListOf(core::TrajectId t) {
  return Guard("document list", [&]() -> core::Result<std::vector<GeneratedDocument>> {
    long long traj = t.value;
    return CollectRows<DocRow>(
        sql_,
        std::string(kDocumentColumns) + " WHERE trajectory_id = :t ORDER BY created_ms DESC, id DESC",
        traj);
  });
}

core::Result<GeneratedDocument> SqlDocumentRepo::Get(std::int64_t id) {
  return Guard("document get", [&]() -> core::Result<GeneratedDocument> {
    long long did = id;
    return CollectOne<DocRow>(sql_, std::string(kDocumentColumns) + " WHERE id = :id",
                              "document not found", did);
  });
}

core::Result<std::string> SqlDocumentRepo::Bytes(std::int64_t id) {
  return Guard("document bytes", [&]() -> core::Result<std::string> {
    long long did = id;
    std::string b64;
    sql_ << "SELECT content_base64 FROM document WHERE id = :id", soci::use(did), soci::into(b64);
    if (!sql_.got_data()) return core::Error::NotFound("document not found");
    auto bytes = core::FromBase64(b64);
    if (!bytes) return core::Error::Internal("stored document content is malformed");
    return std::move(*bytes);
  });
}

core::Result<std::optional<InstitutionLogo>> SqlDocumentRepo::GetLogo() {
  return Guard("logo get", [&]() -> core::Result<std::optional<InstitutionLogo>> {
    std::string b64, sha;
    long long by = 0, at = 0;
    sql_ << "SELECT png_base64, sha256, updated_by, updated_ms FROM institution_logo"
            " WHERE id = 1",
        soci::into(b64), soci::into(sha), soci::into(by), soci::into(at);
    if (!sql_.got_data()) return std::optional<InstitutionLogo>();
    auto png = core::FromBase64(b64);
    if (!png) return core::Error::Internal("stored logo is malformed");
    return std::optional<InstitutionLogo>(
        InstitutionLogo{std::move(*png), sha, core::UserId{by}, core::FromMillis(at)});
  });
}

core::Status SqlDocumentRepo::SetLogo(const InstitutionLogo& logo) {
  return Guard("logo set", [&]() -> core::Status {
    std::string b64 = core::Base64(logo.png);
    long long by = logo.updated_by.value, at = core::ToMillis(logo.updated_at);
    sql_ << "INSERT INTO institution_logo (id, png_base64, sha256, updated_by, updated_ms)"
            " VALUES (1, :p, :h, :b, :a) ON CONFLICT (id) DO UPDATE SET"
            " png_base64 = excluded.png_base64, sha256 = excluded.sha256,"
            " updated_by = excluded.updated_by, updated_ms = excluded.updated_ms",
        soci::use(b64), soci::use(logo.sha256), soci::use(by), soci::use(at);
    return core::Ok();
  });
}

core::Status SqlDocumentRepo::DeleteLogo() {
  return Guard("logo delete", [&]() -> core::Status {
    sql_ << "DELETE FROM institution_logo WHERE id = 1";
    return core::Ok();
  });
}

}  // namespace werkpad::store::sql
