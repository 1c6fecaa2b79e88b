#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/revalidanten.hpp"

namespace werkpad::store {

// Storage of the sickness-absence route (issue 5, "Poortwachter"): one verzuimdossier per
// revalidant with its sickness episodes, the recorded steps as dated documents (every revision
// kept), the scenario history and the institution's signal window. Plain records; the service
// turns them into domain::poortwachter values. Document content is stored as JSON documents
// validated by the service.

struct EpisodeRecord {
  std::int64_t id = 0;
  std::int64_t dossier_id = 0;
  std::int64_t version = 1;
  core::Date start{};
  std::optional<core::Date> end;  // last sick day; nullopt while still sick
  int percentage = 100;
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct DocumentRecord {
  std::int64_t id = 0;
  std::int64_t dossier_id = 0;
  std::int64_t version = 1;
  std::string kind;  // service::verzuim document kind code
  core::Date date{};
  std::string content_json = "{}";
  std::string medical_json = "{}";
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct DocumentRevisionRecord {
  std::int64_t version = 1;
  core::Date date{};
  std::string content_json;
  std::string medical_json;
  core::UserId by;
  core::Instant at{};
};

struct ScenarioRecord {
  std::int64_t seq = 0;  // 1-based
  core::Date date{};
  std::string scenario;  // domain::poortwachter::Scenario code
  std::string reason;
  core::UserId by;
  core::Instant at{};
};

struct DossierRecord {
  std::int64_t id = 0;
  std::int64_t version = 1;
  core::RevalidantId revalidant_id;
  std::string employer;
  std::string bedrijfsarts;
  core::UserId casemanager_user_id;  // 0 = none
  bool internal_return_expected = false;
  std::optional<core::Date> next_due;  // see verzuim_dossier.next_due_date
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
  // Children, loaded by GetDossier (ignored by Insert/Update).
  std::vector<EpisodeRecord> episodes;    // by start date
  std::vector<DocumentRecord> documents;  // by date, then id
  std::vector<ScenarioRecord> scenarios;  // by seq
};

// One open deadline of a dossier's current timeline (a deadline milestone neither done nor not
// applicable), as derived by domain::poortwachter and kept in verzuim_deadline (migration 0007).
// Whether it is due or overdue depends only on today, so it is not stored.
struct DeadlineRecord {
  std::string milestone;  // domain::poortwachter::keys
  int sequence = 0;
  core::Date due{};
  int week = 0;
  std::uint32_t parties = 0;  // domain::poortwachter::PartyMask
  bool operator==(const DeadlineRecord&) const = default;
};

// A dashboard row: the deadline with its dossier, revalidant and casemanager.
struct DeadlineRow {
  std::int64_t dossier_id = 0;
  core::RevalidantId revalidant_id;
  std::string given_names;
  std::string family_name;
  core::UserId casemanager_user_id;  // 0 = none
  std::string casemanager_name;
  DeadlineRecord deadline;
};

// The dashboard query: open deadlines due on or before `due_until` of the revalidanten within
// `scope` (optionally only of dossiers whose casemanager is `casemanager`), ordered by due date
// then dossier, milestone and sequence; at most `limit` rows.
struct DeadlineQuery {
  core::Date today{};
  core::Date due_until{};
  CaseloadScope scope;
  core::UserId casemanager;     // 0 = any
  std::optional<bool> overdue;  // true: only due < today; false: only due >= today
  std::uint32_t parties = 0;    // non-zero: only deadlines with one of these parties
  int limit = 500;
  int offset = 0;  // rows skipped (in the order of the result) before the first returned
};

// REQUIRES for every method: called inside one Database unit of work.
class VerzuimRepo {
 public:
  virtual ~VerzuimRepo() = default;

  // --- dossiers ---
  // Inserts the dossier fields (not its children); returns the new id. kConflict (field
  // "revalidant_id", code "taken") when the revalidant already has a dossier.
  virtual core::Result<std::int64_t> InsertDossier(const DossierRecord& record) = 0;
  // The dossier with episodes, documents and scenario history. kNotFound when absent.
  virtual core::Result<DossierRecord> GetDossier(std::int64_t id) = 0;
  virtual core::Result<std::optional<std::int64_t>> FindDossierOf(
      core::RevalidantId revalidant) = 0;
  // Writes employer, bedrijfsarts, casemanager, internal_return_expected, next_due, updated_*
  // if the stored version is `expected_version`; returns the new version. kConflict when stale,
  // kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateDossier(const DossierRecord& record,
                                                   std::int64_t expected_version) = 0;
  // Sets the derived columns (next_due, internal_return_expected) without a version change:
  // they follow from the children, which carry their own versions.
  virtual core::Status SetDerived(std::int64_t id, std::optional<core::Date> next_due,
                                  bool internal_return_expected) = 0;

  // --- open deadlines (the dashboard's rows) ---
  // Replaces the dossier's open deadlines by `rows` (copying the revalidant's team and RIC and
  // the dossier's casemanager into them) and records `rules_version` as the rules they were
  // derived with. kNotFound when the dossier is absent.
  virtual core::Status ReplaceDeadlines(std::int64_t dossier_id,
                                        const std::vector<DeadlineRecord>& rows,
                                        int rules_version) = 0;
  // The dossier's stored open deadlines, by due date, milestone, sequence.
  virtual core::Result<std::vector<DeadlineRecord>> DeadlinesOf(std::int64_t dossier_id) = 0;
  virtual core::Result<std::vector<DeadlineRow>> ListDeadlines(const DeadlineQuery& query) = 0;
  // Up to `limit` dossiers whose deadlines were derived with another rules version, by id.
  virtual core::Result<std::vector<std::int64_t>> StaleDeadlineDossiers(int rules_version,
                                                                        int limit) = 0;

  // --- episodes ---
  virtual core::Result<std::int64_t> InsertEpisode(const EpisodeRecord& record) = 0;
  // Writes start, end, percentage, updated_* if the version matches; returns the new version.
  // kConflict when stale, kNotFound when absent (or of another dossier).
  virtual core::Result<std::int64_t> UpdateEpisode(const EpisodeRecord& record,
                                                   std::int64_t expected_version) = 0;
  virtual core::Status DeleteEpisode(std::int64_t dossier_id, std::int64_t episode_id,
                                     std::int64_t expected_version) = 0;

  // --- documents ---
  // Inserts the document and its revision 1; returns the id.
  virtual core::Result<std::int64_t> InsertDocument(const DocumentRecord& record) = 0;
  // Writes date, content, medical part, updated_* if the version matches and adds the revision;
  // returns the new version. kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateDocument(const DocumentRecord& record,
                                                    std::int64_t expected_version) = 0;
  // Every revision, oldest first.
  virtual core::Result<std::vector<DocumentRevisionRecord>> ListRevisions(
      std::int64_t document_id) = 0;

  // --- scenario ---
  // Appends the transition as seq = stored count + 1 (record.seq is ignored).
  virtual core::Status AppendScenario(std::int64_t dossier_id, const ScenarioRecord& record) = 0;

  // --- settings ---
  virtual core::Result<int> SignalDays() = 0;
  virtual core::Status SetSignalDays(int days) = 0;
};

}  // namespace werkpad::store
