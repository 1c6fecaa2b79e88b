#pragma once

#include <boost/json/value.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "codec/profiles/function_csv.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/profiles/catalogue.hpp"
#include "domain/profiles/matching.hpp"
#include "domain/profiles/profile.hpp"
#include "domain/profiles/ranking.hpp"
#include "service/agr_service.hpp"  // UserRef
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// Function profile vs person profile (issue 4; docs/api.md "Profielen"): form 4 (the demands of
// the revalidant's job, per AGR trajectory, versioned with every revision kept), form 6 (person
// profile assessment rounds, one assessment per item by a discipline assigned to the item),
// external capacity profiles (FML/IZP/BAR from the bedrijfsarts or UWV), the matching of demand
// against capacity (domain::profiles::Match) with the change since the previous round, progress
// per item over time, treatment goals aimed at work (adjustments linked to a D4 decision), work
// training (the institution's worksamples, sessions, reports) and function catalogues with CSV
// import and the ranking of alternative functions (domain::profiles::RankFunctions).
//
// Who may do what (policy.hpp "Profiles"): only the trajectory's team (its RIC, its arts, its
// team members) reads and writes trajectory data, and only within need-to-know on the revalidant;
// a therapist reads and assesses only the items assigned to their discipline; the revalidant
// reads their own goals and progress (portal); werkgever, bedrijfsarts, partner: nothing. Admin
// manages the worksamples, the item-to-discipline assignment and (with RIC and arts) the function
// catalogues. Every read and write of client data is audited (object types "functieprofiel",
// "persoonsprofiel", "capaciteitsprofiel", "profiel_matching", "profiel_voortgang",
// "behandeldoel", "werktraining", "profiel_alternatieven"); refusals as outcome "denied".

// --- item catalogue and assignment ---

struct ItemCatalogueView {
  const domain::profiles::ItemCatalogue* catalogue = nullptr;  // the built-in catalogue
  domain::profiles::DisciplineAssignment assignment;           // the institution's overrides
  std::int64_t version = 1;                                    // of the assignment setting
};

struct AssignmentInput {
  // item code -> discipline codes (first = primary); replaces all overrides. An item whose
  // list equals the catalogue default is stored as no override.
  std::vector<std::pair<std::string, std::vector<std::string>>> overrides;
  std::int64_t version = 0;
};

// --- form 4 ---

struct DemandInput {
  boost::json::value profile;  // codec::profiles function profile JSON
  std::optional<core::Date> visit_date;
  std::string filled_with;
  std::string note;
  std::int64_t version = 0;  // 0: create; else the stored version
};

struct DemandView {
  store::DemandRecord record;
  domain::profiles::FunctionProfile profile;
  UserRef created_by;
  UserRef updated_by;
  bool may_edit = false;
};

struct DemandRevisionView {
  store::DemandRevisionRecord record;
  domain::profiles::FunctionProfile profile;
  UserRef by;
};

// --- form 6 ---

struct RoundInput {
  std::string kind;  // domain::profiles::AssessmentMoment code
  core::Date date{};
  std::string note;
  bool closed = false;       // updates only
  std::int64_t version = 0;  // updates only
};

struct AssessmentInput {
  std::string status;           // AssessmentStatus code
  boost::json::value capacity;  // object in the item's units, or null
  bool unrestricted = false;
  std::optional<core::Date> date;  // default: today
  std::string note;
  std::int64_t version = 0;  // 0: first assessment of the item in the round
};

struct AssessmentView {
  store::AssessmentRecord record;
  domain::profiles::ItemAssessment assessment;
  UserRef assessor;
  bool may_assess = false;  // the asking user's discipline is assigned to the item
};

struct RoundView {
  store::RoundRecord record;
  std::vector<AssessmentView> assessments;  // visible to the asking user
  // Relevant form 4 items the asking user may assess in this round (none when closed).
  std::vector<std::string> assessable_items;
  UserRef created_by;
  bool filtered = false;  // true when a therapist sees only their discipline's items
};

// --- external capacity profiles ---

struct CapacityInput {
  std::string source;          // "bedrijfsarts" | "uwv"
  boost::json::value profile;  // codec::profiles capacity profile JSON (source fml/izp/bar)
  std::string author;
  std::string note;
};

struct CapacityView {
  store::CapacityRecord record;
  domain::profiles::CapacityProfile profile;
  UserRef created_by;
};

// --- matching and progress ---

struct MatchQuery {
  std::int64_t round_id = 0;     // 0: the latest round (unless capacity_id is set)
  std::int64_t capacity_id = 0;  // an external capacity profile instead of a round
};

struct MatchView {
  core::TrajectId trajectory_id;
  std::string against;  // "persoonsprofiel" | "capaciteitsprofiel"
  std::int64_t source_id = 0;
  std::optional<core::Date> date;
  std::string kind;  // round kind or capacity instrument
  domain::profiles::MatchResult match;
  std::optional<std::int64_t> previous_round_id;
  std::optional<domain::profiles::AssessmentChanges> changes;
  bool filtered = false;  // therapist: only their discipline's items
};

struct ProgressPoint {
  std::int64_t round_id = 0;
  core::Date date{};
  std::string kind;
  domain::profiles::ItemMatch match;
};

struct ProgressItem {
  std::string item;
  std::vector<domain::profiles::MeasureGap> demand;  // the demand line (capacity unset)
  std::vector<ProgressPoint> points;                 // oldest first
};

struct ProgressView {
  core::TrajectId trajectory_id;
  std::vector<ProgressItem> items;
  bool filtered = false;
};

// --- goals ---

struct GoalInput {
  std::string discipline;
  std::string item;  // may be empty
  std::int64_t round_id = 0;
  std::string description;
  boost::json::value target;  // capacity object in the item's units, or null
  core::Date target_date{};
};

struct EvaluationInput {
  core::Date date{};
  std::string note;
  std::optional<std::string> status;  // "actief" | "behaald" | "gestopt"; nullopt: unchanged
  std::int64_t version = 0;
};

struct AdjustmentInput {
  std::int64_t d4_seq = 0;  // the D4 decision (doelen_bijstellen) of the trajectory
  core::Date date{};
  std::optional<std::string> description;
  std::optional<boost::json::value> target;
  std::optional<core::Date> target_date;
  std::string note;
  std::int64_t version = 0;
};

struct GoalEventView {
  store::GoalEventRecord record;
  UserRef by;
};

struct GoalView {
  store::GoalRecord record;
  std::vector<GoalEventView> events;
  std::vector<std::int64_t> session_ids;  // training sessions that worked on it
};

// --- work training ---

struct WorksampleInput {
  std::string name;
  std::string kind;
  bool employer_material = false;
  std::string description;
  bool active = true;
  std::int64_t version = 0;  // updates only
};

struct SessionInput {
  std::string kind;  // "werksample" | "werkplek"
  core::Date date{};
  std::int64_t worksample_id = 0;
  int duration_minutes = 0;
  std::vector<std::string> disciplines;
  std::string observations;
  std::vector<std::int64_t> goal_ids;
  std::int64_t version = 0;  // corrections only
};

struct ReportInput {
  core::Date date{};
  core::Date period_from{};
  core::Date period_to{};
  std::string text;
  std::int64_t version = 0;  // corrections only
};

struct TrainingView {
  core::TrajectId trajectory_id;
  std::vector<store::TrainingSessionRecord> sessions;
  std::vector<store::TrainingReportRecord> reports;
  std::vector<store::WorksampleRecord> worksamples;  // those the sessions refer to
};

// --- function catalogues ---

struct CatalogueInput {
  std::string name;
  std::string kind;  // "instelling" | "werkgever"
  std::string employer;
  std::int64_t version = 0;  // updates only
};

struct FunctionInput {
  boost::json::value profile;  // codec::profiles function profile JSON
  std::int64_t version = 0;    // updates only
};

struct FunctionView {
  store::FunctionRecord record;
  domain::profiles::FunctionProfile profile;
};

struct ImportInput {
  std::string csv;
  bool dry_run = false;
  bool replace = false;  // delete the catalogue's functions first
};

struct ImportResultView {
  std::size_t rows = 0;
  std::size_t valid = 0;
  std::size_t imported = 0;  // 0 on dry run
  bool dry_run = false;
  std::vector<domain::profiles::FunctionProfile> preview;  // first rows, dry run
};

struct RankingQuery {
  std::int64_t catalogue_id = 0;  // 0: every catalogue
  std::int64_t round_id = 0;      // 0: the latest round
  std::int64_t capacity_id = 0;   // an external capacity profile instead
  int top = 10;
};

struct RankedFunctionView {
  domain::profiles::RankedFunction rank;
  store::FunctionRecord function;
  std::string catalogue_name;
};

struct RankingView {
  core::TrajectId trajectory_id;
  std::string against;
  std::int64_t source_id = 0;
  std::size_t functions = 0;  // ranked in total
  std::vector<RankedFunctionView> top;
};

class ProfileService {
 public:
  ProfileService(store::Database& db, const core::Clock& clock);
  ~ProfileService();

  // Item catalogue (built-in) with the institution's assignment: staff and admin.
  core::Result<ItemCatalogueView> Items(const RequestContext& ctx);
  // Admin. Errors: kInvalidInput ("overrides[i].item" unknown_item, ".disciplines" required /
  // unknown_discipline / duplicate), kConflict stale.
  core::Result<ItemCatalogueView> SetAssignment(const RequestContext& ctx,
                                                const AssignmentInput& in);

  // Form 4. GetDemand: kNotFound when none yet.
  core::Result<DemandView> GetDemand(const RequestContext& ctx, core::TrajectId id);
  // RIC and arts of the team. Errors: kInvalidInput / kBadRequest (codec field errors under
  // "profile."), kConflict (stale version, or version 0 when one exists), kRuleViolation
  // (closed trajectory).
  core::Result<DemandView> SaveDemand(const RequestContext& ctx, core::TrajectId id,
                                      const DemandInput& in);
  core::Result<std::vector<DemandRevisionView>> DemandHistory(const RequestContext& ctx,
                                                              core::TrajectId id);

  // Form 6.
  core::Result<std::vector<RoundView>> ListRounds(const RequestContext& ctx, core::TrajectId id);
  core::Result<RoundView> CreateRound(const RequestContext& ctx, core::TrajectId id,
                                      const RoundInput& in);
  core::Result<RoundView> GetRound(const RequestContext& ctx, std::int64_t round);
  core::Result<RoundView> UpdateRound(const RequestContext& ctx, std::int64_t round,
                                      const RoundInput& in);
  // A therapist of a discipline assigned to the item. Errors: kForbidden (other discipline),
  // kRuleViolation (no form 4, item not relevant in form 4, round closed), kInvalidInput (codec
  // errors under "capacity.", "status"), kConflict (stale, or version 0 when assessed).
  core::Result<RoundView> Assess(const RequestContext& ctx, std::int64_t round,
                                 const std::string& item, const AssessmentInput& in);

  // External capacity profiles (RIC and arts enter them; the team reads).
  core::Result<std::vector<CapacityView>> ListCapacities(const RequestContext& ctx,
                                                         core::TrajectId id);
  core::Result<CapacityView> AddCapacity(const RequestContext& ctx, core::TrajectId id,
                                         const CapacityInput& in);

  // Matching of form 4 against a round (default the latest) or a capacity profile.
  core::Result<MatchView> Match(const RequestContext& ctx, core::TrajectId id, const MatchQuery& q);
  // Capacity per relevant item over the rounds against the demand (team; revalidant own).
  core::Result<ProgressView> Progress(const RequestContext& ctx, core::TrajectId id);

  // Goals (team; revalidant reads own).
  core::Result<std::vector<GoalView>> ListGoals(const RequestContext& ctx, core::TrajectId id);
  core::Result<GoalView> CreateGoal(const RequestContext& ctx, core::TrajectId id,
                                    const GoalInput& in);
  core::Result<GoalView> EvaluateGoal(const RequestContext& ctx, std::int64_t goal,
                                      const EvaluationInput& in);
  // Errors: kRuleViolation ("d4_seq": not a D4 doelen_bijstellen decision of the trajectory).
  core::Result<GoalView> AdjustGoal(const RequestContext& ctx, std::int64_t goal,
                                    const AdjustmentInput& in);

  // Work training.
  core::Result<std::vector<store::WorksampleRecord>> ListWorksamples(const RequestContext& ctx);
  core::Result<store::WorksampleRecord> CreateWorksample(const RequestContext& ctx,
                                                         const WorksampleInput& in);
  core::Result<store::WorksampleRecord> UpdateWorksample(const RequestContext& ctx, std::int64_t id,
                                                         const WorksampleInput& in);
  core::Result<TrainingView> Training(const RequestContext& ctx, core::TrajectId id);
  core::Result<store::TrainingSessionRecord> AddSession(const RequestContext& ctx,
                                                        core::TrajectId id, const SessionInput& in);
  core::Result<store::TrainingReportRecord> AddReport(const RequestContext& ctx, core::TrajectId id,
                                                      const ReportInput& in);
  // Corrections of a recorded session or report (same rules and checks as adding; `in.version`
  // must be the stored version, else kConflict; kNotFound when absent). The trajectory must still
  // be open. Audited as an update of the trajectory's work training.
  core::Result<store::TrainingSessionRecord> UpdateSession(const RequestContext& ctx,
                                                           std::int64_t session,
                                                           const SessionInput& in);
  core::Result<store::TrainingReportRecord> UpdateReport(const RequestContext& ctx,
                                                         std::int64_t report,
                                                         const ReportInput& in);

  // Function catalogues.
  core::Result<std::vector<store::CatalogueRecord>> ListCatalogues(const RequestContext& ctx);
  core::Result<store::CatalogueRecord> CreateCatalogue(const RequestContext& ctx,
                                                       const CatalogueInput& in);
  core::Result<store::CatalogueRecord> UpdateCatalogue(const RequestContext& ctx, std::int64_t id,
                                                       const CatalogueInput& in);
  core::Status DeleteCatalogue(const RequestContext& ctx, std::int64_t id, std::int64_t version);
  core::Result<std::vector<FunctionView>> ListFunctions(const RequestContext& ctx,
                                                        std::int64_t catalogue);
  core::Result<FunctionView> GetFunction(const RequestContext& ctx, std::int64_t id);
  core::Result<FunctionView> CreateFunction(const RequestContext& ctx, std::int64_t catalogue,
                                            const FunctionInput& in);
  core::Result<FunctionView> UpdateFunction(const RequestContext& ctx, std::int64_t id,
                                            const FunctionInput& in);
  core::Status DeleteFunction(const RequestContext& ctx, std::int64_t id, std::int64_t version);
  // All-or-nothing: any bad row -> kInvalidInput with one field error per problem (path
  // "regel <n>.<column>", Dutch message) and nothing imported. dry_run: validate only and return
  // a preview. Codes already in the catalogue are a conflict error on their line (unless replace).
  core::Result<ImportResultView> ImportFunctions(const RequestContext& ctx, std::int64_t catalogue,
                                                 const ImportInput& in);
  // Ranking of the functions for the trajectory's latest person profile (RIC and arts).
  core::Result<RankingView> Rank(const RequestContext& ctx, core::TrajectId id,
                                 const RankingQuery& q);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
