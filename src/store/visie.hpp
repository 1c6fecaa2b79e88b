#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

// Storage of the re-integratievisie (AGR form 7, migration 0006) and of generated documents
// (PDFs) with the institution's logo. Plain records; the content is the canonical JSON of
// codec/visie_json.hpp, converted by the service.

struct VisieSignatureRecord {
  std::string method;        // "portal" | "paper"
  core::UserId signed_by;    // the revalidant's portal account (portal), 0 for paper
  core::UserId recorded_by;  // who recorded it (the revalidant in the portal, or the RIC/arts)
  core::Instant recorded_at{};
  core::Date signed_on{};  // portal: the Dutch date of recorded_at; paper: the date on paper
  std::int64_t signed_version = 0;      // the version that was signed
  std::string content_sha256;           // SHA-256 (hex) of that version's canonical content JSON
  std::vector<std::string> share_with;  // party codes the revalidant chose
};

struct VisieRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  core::RevalidantId revalidant_id;  // read only (joined)
  std::int64_t version = 1;
  std::string status = "draft";
  std::string content_json;
  std::string content_sha256;
  std::optional<VisieSignatureRecord> signature;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

// One saved version (every save, status change and signature adds one).
struct VisieVersionRecord {
  std::int64_t version = 0;
  std::string status;
  std::string event;  // "created" | "saved" | "status" | "signed"
  std::string reason;
  std::string content_json;
  std::string content_sha256;
  core::UserId by;
  core::Instant at{};
};

struct VisieCommentRecord {
  std::int64_t id = 0;
  std::int64_t on_version = 0;  // the version the comment was written on
  std::string section;          // a section key, or "" for the whole visie
  std::string text;
  std::string discipline;  // the author's discipline (or role code) at the time
  core::UserId by;
  core::Instant at{};
};

struct GeneratedDocument {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  core::RevalidantId revalidant_id;
  std::string kind;      // documents::DocumentKind code
  std::string audience;  // "team" | a party code (the copy's addressee)
  std::string title;
  std::string filename;
  std::string content_type = "application/pdf";
  std::int64_t size = 0;
  std::string sha256;               // hex of the bytes
  std::int64_t source_version = 0;  // form 7: the visie version rendered; else 0
  core::UserId created_by;
  core::Instant created_at{};
};

struct InstitutionLogo {
  std::string png;  // raw bytes
  std::string sha256;
  core::UserId updated_by;
  core::Instant updated_at{};
};

// REQUIRES for every method: called inside one Database unit of work.
class VisieRepo {
 public:
  virtual ~VisieRepo() = default;

  // Inserts the visie and its version 1 row. kConflict (field "trajectory_id", "taken") when
  // the trajectory has one. Returns the id.
  virtual core::Result<std::int64_t> Insert(const VisieRecord& record,
                                            const VisieVersionRecord& first) = 0;
  virtual core::Result<std::optional<VisieRecord>> FindByTrajectory(core::TrajectId t) = 0;
  // Writes status, content, signature, updated_* and version = expected_version + 1, if the
  // stored version is `expected_version`, and appends `version_row` (its version is set to the
  // new version). kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> Update(const VisieRecord& record,
                                            std::int64_t expected_version,
                                            VisieVersionRecord version_row) = 0;
  virtual core::Result<std::vector<VisieVersionRecord>> ListVersions(std::int64_t visie_id) = 0;
  // kNotFound when absent.
  virtual core::Result<VisieVersionRecord> GetVersion(std::int64_t visie_id,
                                                      std::int64_t version) = 0;
  virtual core::Result<std::int64_t> AddComment(std::int64_t visie_id,
                                                const VisieCommentRecord& c) = 0;
  virtual core::Result<std::vector<VisieCommentRecord>> ListComments(std::int64_t visie_id) = 0;
};

class DocumentRepo {
 public:
  virtual ~DocumentRepo() = default;
  // Stores the metadata and the bytes; returns the id.
  virtual core::Result<std::int64_t> Insert(const GeneratedDocument& record,
                                            const std::string& bytes) = 0;
  // Newest first, without the bytes.
  virtual core::Result<std::vector<GeneratedDocument>> ListOf(core::TrajectId t) = 0;
  // kNotFound when absent.
  virtual core::Result<GeneratedDocument> Get(std::int64_t id) = 0;
  virtual core::Result<std::string> Bytes(std::int64_t id) = 0;

  virtual core::Result<std::optional<InstitutionLogo>> GetLogo() = 0;
  virtual core::Status SetLogo(const InstitutionLogo& logo) = 0;
  virtual core::Status DeleteLogo() = 0;
};

}  // namespace werkpad::store
