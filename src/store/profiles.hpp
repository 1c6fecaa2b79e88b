#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

// Storage of function and person profiles (issue 4, migration 0005_profiles): form 4 per AGR
// trajectory with its revisions, form 6 assessment rounds with one assessment per item, external
// capacity profiles (FML, IZP), treatment goals with their events, work training (worksample
// catalogue, sessions, reports) and function catalogues. Item values (demand or capacity in the
// item's units) are JSON documents of codec/profiles; the store keeps them as text. Plain records.

struct ProfileSettingRecord {
  std::int64_t version = 1;
  std::string assignment_json = "{}";  // item code -> [discipline codes]; {} = defaults
  core::UserId updated_by;
  std::optional<core::Instant> updated_at;
};

// Form 4 of a trajectory.
struct DemandRecord {
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  std::optional<core::Date> visit_date;
  std::string filled_with;          // with whom (employer contact), free text
  std::string profile_json = "{}";  // codec::profiles JSON of the whole profile
  std::string note;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct DemandRevisionRecord {
  std::int64_t version = 1;
  std::optional<core::Date> visit_date;
  std::string filled_with;
  std::string profile_json;
  std::string note;
  core::UserId by;
  core::Instant at{};
};

// One item's assessment in a form 6 round.
struct AssessmentRecord {
  std::int64_t round_id = 0;
  std::string item_code;
  std::int64_t version = 1;
  std::string discipline;
  std::string verdict;  // "voldoet" | "voldoet_deels" | "voldoet_niet" | "niet_beoordeeld"
  std::string capacity_json = "null";
  std::string note;
  core::Date assessed_on{};
  core::UserId assessor;
  core::Instant updated_at{};
};

// A form 6 round: first impression, re-assessment, definitive profile.
struct RoundRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  std::string kind;  // "eerste_indruk" | "herbeoordeling" | "definitief"
  core::Date date{};
  std::string note;
  bool closed = false;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
  std::vector<AssessmentRecord> assessments;  // read only; ordered by item code
};

// A capacity profile from outside (FML of the verzekeringsarts, IZP of the bedrijfsarts).
struct CapacityRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  std::string source;      // who: "bedrijfsarts" | "uwv"
  std::string instrument;  // "fml" | "izp" | "bar" (domain::profiles::CapacitySource)
  core::Date date{};
  std::string author;
  std::string note;
  std::string profile_json = "{}";  // codec::profiles JSON of the whole profile
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct GoalEventRecord {
  std::int64_t seq = 0;  // 1-based, set by the store
  std::string kind;      // "aangemaakt" | "evaluatie" | "status" | "bijgesteld"
  core::Date date{};
  std::string status;        // the goal's status after the event
  std::string description;   // the goal's description after the event
  std::string target_json;   // the goal's target after the event
  core::Date target_date{};  // the goal's target date after the event
  std::string note;
  std::optional<std::int64_t> d4_seq;  // "bijgesteld": the D4 decision (agr_decision seq)
  core::UserId by;
  core::Instant at{};
};

struct GoalRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  std::string discipline;
  std::string item_code;  // empty: a goal not tied to one item
  std::optional<std::int64_t> round_id;
  std::string description;
  std::string target_json = "null";
  core::Date target_date{};
  std::string status = "actief";  // "actief" | "behaald" | "bijgesteld" | "gestopt"
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
  std::vector<GoalEventRecord> events;  // read only; oldest first
};

struct WorksampleRecord {
  std::int64_t id = 0;
  std::int64_t version = 1;
  std::string name;
  std::string kind;  // "fysiek" | "cognitief" | "fysiek_cognitief"
  bool employer_material = false;
  std::string description;
  bool active = true;
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct TrainingSessionRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  std::string kind;  // "werksample" | "werkplek" (training at the own workplace)
  core::Date date{};
  std::optional<std::int64_t> worksample_id;
  int duration_minutes = 0;
  std::vector<std::string> disciplines;
  std::string observations;
  std::vector<std::int64_t> goal_ids;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct TrainingReportRecord {
  std::int64_t id = 0;
  core::TrajectId trajectory_id;
  std::int64_t version = 1;
  core::Date date{};
  core::Date period_from{};
  core::Date period_to{};
  std::string text;
  core::UserId created_by;
  core::Instant created_at{};
  core::UserId updated_by;
  core::Instant updated_at{};
};

struct CatalogueRecord {
  std::int64_t id = 0;
  std::int64_t version = 1;
  std::string name;
  std::string kind;  // "instelling" | "werkgever"
  std::string employer;
  core::UserId updated_by;
  core::Instant updated_at{};
  std::int64_t function_count = 0;  // read only
  // Read only: moves with every insert, update and delete of one of its functions (migration
  // 0011), so (id, version, function_revision) names one state of the catalogue.
  std::int64_t function_revision = 0;
};

struct FunctionRecord {
  std::int64_t id = 0;
  std::int64_t catalogue_id = 0;
  std::int64_t version = 1;
  std::string code;  // unique within the catalogue
  std::string title;
  std::string organisation;
  std::optional<std::int64_t> hours_per_week_x10;  // tenths of an hour
  std::optional<std::int64_t> wage_cents;
  std::string profile_json = "{}";  // codec::profiles JSON of the whole profile
  core::UserId updated_by;
  core::Instant updated_at{};
};

// REQUIRES for every method: called inside one Database unit of work. Update methods write if
// the stored version is `expected_version` and return the new version; kConflict when stale,
// kNotFound when absent.
class ProfileRepo {
 public:
  virtual ~ProfileRepo() = default;

  // --- settings ---
  virtual core::Result<ProfileSettingRecord> GetSetting() = 0;
  virtual core::Result<std::int64_t> UpdateSetting(const ProfileSettingRecord& r,
                                                   std::int64_t expected_version) = 0;

  // --- form 4 ---
  virtual core::Result<std::optional<DemandRecord>> FindDemand(core::TrajectId trajectory) = 0;
  // Inserts version 1 with its revision. kConflict when the trajectory has one.
  virtual core::Status InsertDemand(const DemandRecord& r) = 0;
  // Also appends the revision of the new version.
  virtual core::Result<std::int64_t> UpdateDemand(const DemandRecord& r,
                                                  std::int64_t expected_version) = 0;
  virtual core::Result<std::vector<DemandRevisionRecord>> ListDemandRevisions(
      core::TrajectId trajectory) = 0;

  // --- form 6 ---
  virtual core::Result<std::int64_t> InsertRound(const RoundRecord& r) = 0;
  // With its assessments.
  virtual core::Result<RoundRecord> GetRound(std::int64_t id) = 0;
  // Oldest first (by date, then id), with assessments.
  virtual core::Result<std::vector<RoundRecord>> ListRounds(core::TrajectId trajectory) = 0;
  // Writes kind, date, note, closed, updated_*.
  virtual core::Result<std::int64_t> UpdateRound(const RoundRecord& r,
                                                 std::int64_t expected_version) = 0;
  // kConflict when the item is assessed in the round already.
  virtual core::Status InsertAssessment(const AssessmentRecord& r) = 0;
  virtual core::Result<std::int64_t> UpdateAssessment(const AssessmentRecord& r,
                                                      std::int64_t expected_version) = 0;

  // --- external capacity profiles ---
  virtual core::Result<std::int64_t> InsertCapacity(const CapacityRecord& r) = 0;
  virtual core::Result<CapacityRecord> GetCapacity(std::int64_t id) = 0;
  virtual core::Result<std::vector<CapacityRecord>> ListCapacities(core::TrajectId trajectory) = 0;

  // --- goals ---
  // Inserts the goal and `first` as its first event.
  virtual core::Result<std::int64_t> InsertGoal(const GoalRecord& r,
                                                const GoalEventRecord& first) = 0;
  virtual core::Result<GoalRecord> GetGoal(std::int64_t id) = 0;
  virtual core::Result<std::vector<GoalRecord>> ListGoals(core::TrajectId trajectory) = 0;
  // Writes description, target, target date, status, updated_* and appends `event`.
  virtual core::Result<std::int64_t> UpdateGoal(const GoalRecord& r, std::int64_t expected_version,
                                                const GoalEventRecord& event) = 0;

  // --- work training ---
  virtual core::Result<std::vector<WorksampleRecord>> ListWorksamples() = 0;
  virtual core::Result<WorksampleRecord> GetWorksample(std::int64_t id) = 0;
  // kConflict (field "name", "taken") when the name exists.
  virtual core::Result<std::int64_t> InsertWorksample(const WorksampleRecord& r) = 0;
  virtual core::Result<std::int64_t> UpdateWorksample(const WorksampleRecord& r,
                                                      std::int64_t expected_version) = 0;
  virtual core::Result<std::int64_t> InsertSession(const TrainingSessionRecord& r) = 0;
  virtual core::Result<TrainingSessionRecord> GetSession(std::int64_t id) = 0;
  // By date, then id.
  virtual core::Result<std::vector<TrainingSessionRecord>> ListSessions(
      core::TrajectId trajectory) = 0;
  // Corrects a session (kind, date, worksample, duration, disciplines, observations, goal links,
  // updated_by/at) if the stored version equals expected_version; returns the new version.
  // kConflict when stale, kNotFound when absent.
  virtual core::Result<std::int64_t> UpdateSession(const TrainingSessionRecord& r,
                                                   std::int64_t expected_version) = 0;
  virtual core::Result<std::int64_t> InsertReport(const TrainingReportRecord& r) = 0;
  virtual core::Result<TrainingReportRecord> GetReport(std::int64_t id) = 0;
  // By report date, then id.
  virtual core::Result<std::vector<TrainingReportRecord>> ListReports(
      core::TrajectId trajectory) = 0;
  // Corrects a report (dates, text, updated_by/at) like UpdateSession.
  virtual core::Result<std::int64_t> UpdateReport(const TrainingReportRecord& r,
                                                  std::int64_t expected_version) = 0;

  // --- function catalogues ---
  virtual core::Result<std::vector<CatalogueRecord>> ListCatalogues() = 0;
  virtual core::Result<CatalogueRecord> GetCatalogue(std::int64_t id) = 0;
  // kConflict (field "name", "taken") when the name exists.
  virtual core::Result<std::int64_t> InsertCatalogue(const CatalogueRecord& r) = 0;
  virtual core::Result<std::int64_t> UpdateCatalogue(const CatalogueRecord& r,
                                                     std::int64_t expected_version) = 0;
  // Deletes the catalogue with its functions.
  virtual core::Status DeleteCatalogue(std::int64_t id, std::int64_t expected_version) = 0;
  // By title, then id.
  virtual core::Result<std::vector<FunctionRecord>> ListFunctions(std::int64_t catalogue) = 0;
  virtual core::Result<FunctionRecord> GetFunction(std::int64_t id) = 0;
  // kConflict (field "code", "taken") when the code exists in the catalogue.
  virtual core::Result<std::int64_t> InsertFunction(const FunctionRecord& r) = 0;
  virtual core::Result<std::int64_t> UpdateFunction(const FunctionRecord& r,
                                                    std::int64_t expected_version) = 0;
  virtual core::Status DeleteFunction(std::int64_t id, std::int64_t expected_version) = 0;
};

}  // namespace werkpad::store
