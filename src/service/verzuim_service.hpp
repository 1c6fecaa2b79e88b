#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/poortwachter/deadlines.hpp"
#include "domain/poortwachter/episodes.hpp"
#include "domain/poortwachter/riv.hpp"
#include "domain/poortwachter/scenarios.hpp"
#include "domain/wia/estimate.hpp"
#include "service/agr_service.hpp"  // UserRef, RevalidantRef
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// The sickness-absence route (issue 5, Wet verbetering poortwachter; docs/api.md "Verzuim";
// rules in docs/poortwachter-rules.md): one verzuimdossier per revalidant with its sickness
// episodes, the deadlines derived by domain::poortwachter, the recorded steps as dated documents
// (every revision kept), the scenario history, the re-integratieverslag checklist and the
// dashboard of due and overdue steps.
//
// Who may do what (need-to-know on the revalidant as in policy.hpp):
//   read a dossier, its documents, RIV     revalidatiearts, ric, therapeut (scope); revalidant
//                                          (own, read only, without the medical parts)
//   create/change dossier, episodes,       revalidatiearts, ric, therapeut (scope)
//   documents, scenario
//   dashboard                              revalidatiearts, ric, therapeut (their caseload)
//   read settings / change settings        staff and admin / admin
//   werkgever, bedrijfsarts, partner       denied (external access comes with consent later)
// The medical part of a document ("medisch") is shown only when MaySeeMedicalData.
// Every read and write is audited (object types "verzuimdossier", "verzuim_document",
// "verzuim_settings"); refusals as outcome "denied".

// Document kinds (codes). Each produces the milestone of the same key (when any) and the RIV
// document of the same code (when any); see DocumentKindInfo.
struct DocumentKindInfo {
  std::string_view code;
  std::string_view step;  // domain::poortwachter::keys::*; empty when it marks no milestone
  std::optional<domain::poortwachter::RivDocumentKind> riv;
};
std::span<const DocumentKindInfo> DocumentKinds();
const DocumentKindInfo* FindDocumentKind(std::string_view code);

struct DossierInput {
  std::string employer;
  std::string bedrijfsarts;
  core::UserId casemanager_user_id;  // 0: none
  std::int64_t version = 0;          // updates only
};

struct EpisodeInput {
  core::Date start{};
  std::optional<core::Date> end;
  int percentage = 100;
  std::int64_t version = 0;  // updates only
};

struct DocumentInput {
  std::string kind;  // creation only; an update keeps the kind
  core::Date date{};
  boost::json::value content;  // object, checked per kind
  boost::json::value medical;  // object or null (= none / unchanged on update when absent)
  bool medical_given = false;
  std::int64_t version = 0;  // updates only
};

struct ScenarioInput {
  domain::poortwachter::Scenario scenario = domain::poortwachter::Scenario::kEigenWerkNu;
  core::Date date{};
  std::string reason;
  std::int64_t version = 0;  // of the dossier
};

struct MilestoneView {
  domain::poortwachter::Milestone milestone;
  std::int64_t document_id = 0;  // the document that marked it done; 0 when none
};

struct TimelineView {
  domain::poortwachter::Timeline timeline;
  std::vector<MilestoneView> milestones;  // = timeline.milestones with their documents
  int signal_days = 14;
};

struct DocumentView {
  store::DocumentRecord record;
  boost::json::value content;
  std::optional<boost::json::value> medical;  // nullopt when hidden from the asking user
  UserRef created_by;
  UserRef updated_by;
  std::vector<store::DocumentRevisionRecord> revisions;  // only for GetDocument
  std::vector<UserRef> revision_by;
};

struct ScenarioView {
  store::ScenarioRecord record;
  domain::poortwachter::Scenario scenario = domain::poortwachter::Scenario::kEigenWerkNu;
  UserRef by;
};

struct PeriodView {
  domain::poortwachter::SicknessPeriod period;
  std::vector<std::int64_t> episode_ids;  // in period order
};

struct DossierView {
  store::DossierRecord record;
  RevalidantRef revalidant;
  std::optional<UserRef> casemanager;
  UserRef created_by;
  UserRef updated_by;
  std::vector<PeriodView> periods;
  std::optional<TimelineView> timeline;  // nullopt while no episode is recorded
  std::vector<DocumentView> documents;
  std::vector<ScenarioView> scenarios;
  std::optional<domain::poortwachter::Scenario> current_scenario;
  bool medical_visible = false;
};

struct RivView {
  std::int64_t dossier_id = 0;
  domain::poortwachter::RivChecklist checklist;
  bool medical_visible = false;  // false: medical_part is withheld
};

// One due or overdue step on the dashboard.
struct SignalItem {
  std::int64_t dossier_id = 0;
  RevalidantRef revalidant;
  std::optional<UserRef> casemanager;
  domain::poortwachter::Milestone milestone;
  int days_left = 0;  // negative when overdue
};

struct SignalQuery {
  bool mine = false;                  // only dossiers whose casemanager is the asking user
  std::optional<int> days;            // look-ahead; default: the institution's signal days
  std::optional<std::string> status;  // "due" | "overdue"; nullopt: both
  std::optional<std::string> party;   // only milestones this party is responsible for
  std::string sort = "due";           // "due" | "revalidant" (within the page)
  int limit = 100;                    // page size, 1..kMaxSignalLimit
  int offset = 0;                     // deadlines skipped (in due-date order), 0..kMaxSignalOffset
};

inline constexpr int kMaxSignalLimit = 500;
inline constexpr int kMaxSignalOffset = 100000;

struct SignalList {
  core::Date today{};
  int days = 14;
  int limit = 100;         // at most this many items: the page of the deadlines in due-date order
  int offset = 0;          // that starts after this many
  bool truncated = false;  // more deadlines matched after this page
  std::vector<SignalItem> items;
};

struct DeadlineRefresh {
  int refreshed = 0;
  int failed = 0;  // stored dossiers that give no valid timeline (kept without deadlines)
};

// The open deadlines of `rec` as the dashboard stores them (store::DeadlineRecord): every
// deadline milestone of the current timeline that is neither done nor not applicable. The set
// does not depend on `today` (only validation does: no step may lie after it). Errors: the
// domain's (invalid episodes or steps).
core::Result<std::vector<store::DeadlineRecord>> OpenDeadlines(const store::DossierRecord& rec,
                                                               core::Date today);

struct VerzuimSettings {
  int signal_days = 14;
};

class VerzuimService {
 public:
  VerzuimService(store::Database& db, const core::Clock& clock);

  // --- dossier ---
  // Errors: kForbidden, kNotFound (revalidant), kInvalidInput ("employer" required / too_long,
  // "bedrijfsarts" too_long, "casemanager_user_id" unknown_user), kConflict (field
  // "revalidant_id" taken: the revalidant has a dossier).
  core::Result<DossierView> CreateDossier(const RequestContext& ctx, core::RevalidantId id,
                                          const DossierInput& in);
  // The revalidant's dossier. kNotFound when none.
  core::Result<DossierView> DossierOf(const RequestContext& ctx, core::RevalidantId id);
  core::Result<DossierView> GetDossier(const RequestContext& ctx, std::int64_t id);
  core::Result<DossierView> UpdateDossier(const RequestContext& ctx, std::int64_t id,
                                          const DossierInput& in);

  // --- episodes ---
  // Errors: kInvalidInput ("start"/"end" invalid_date / in_future, "end" end_before_start,
  // "percentage" out_of_range, "start" overlap), kConflict (stale), kNotFound.
  core::Result<DossierView> AddEpisode(const RequestContext& ctx, std::int64_t dossier,
                                       const EpisodeInput& in);
  core::Result<DossierView> UpdateEpisode(const RequestContext& ctx, std::int64_t dossier,
                                          std::int64_t episode, const EpisodeInput& in);
  // Sets the last sick day of an open (or closed) episode, keeping start and percentage.
  core::Result<DossierView> EndEpisode(const RequestContext& ctx, std::int64_t dossier,
                                       std::int64_t episode, core::Date end,
                                       std::int64_t version);
  core::Result<DossierView> DeleteEpisode(const RequestContext& ctx, std::int64_t dossier,
                                          std::int64_t episode, std::int64_t version);

  // --- documents ---
  // Errors: kInvalidInput ("kind" invalid_value, "date" in_future / before_first_sick_day /
  // before_probleemanalyse / before_plan_van_aanpak, "content.<field>" per kind), kBadRequest
  // (unknown content fields), kRuleViolation (no episode recorded yet), kConflict, kNotFound.
  core::Result<DocumentView> AddDocument(const RequestContext& ctx, std::int64_t dossier,
                                         const DocumentInput& in);
  core::Result<DocumentView> UpdateDocument(const RequestContext& ctx, std::int64_t dossier,
                                            std::int64_t document, const DocumentInput& in);
  // With every revision.
  core::Result<DocumentView> GetDocument(const RequestContext& ctx, std::int64_t dossier,
                                         std::int64_t document);

  // --- scenario ---
  // Errors: kInvalidInput ("date" in_future / before_previous, "scenario" same_scenario,
  // "reason" required / too_long), kConflict (stale dossier version).
  core::Result<DossierView> ChangeScenario(const RequestContext& ctx, std::int64_t dossier,
                                           const ScenarioInput& in);

  // --- re-integratieverslag ---
  // kRuleViolation when no episode is recorded.
  core::Result<RivView> Riv(const RequestContext& ctx, std::int64_t dossier);

  // --- dashboard and settings ---
  // Errors: kForbidden (no clinical role), kInvalidInput ("days" out_of_range).
  core::Result<SignalList> Signals(const RequestContext& ctx, const SignalQuery& q);
  core::Result<VerzuimSettings> Settings(const RequestContext& ctx);
  // System context only (application start): derives the stored open deadlines of every dossier
  // whose rows were derived with another rules version (domain::poortwachter::kRulesVersion),
  // in batches, each change audited ("deadlines_refresh").
  core::Result<DeadlineRefresh> RefreshDeadlines(const RequestContext& ctx);
  // Admin. Errors: kInvalidInput ("signal_days" out_of_range).
  core::Result<VerzuimSettings> UpdateSettings(const RequestContext& ctx,
                                               const VerzuimSettings& in);

  // --- WIA estimate (issue 5) ---
  // A pure calculation on figures the caller enters, no client data: staff only (revalidatiearts,
  // ric, therapeut), nothing read or written, so no audit entry on success (a refusal is audited
  // like every refusal). Errors: kForbidden, kInvalidInput as domain::wia::EstimateWia.
  core::Result<domain::wia::WiaEstimate> EstimateWia(const RequestContext& ctx,
                                                     const domain::wia::WiaInput& in);

 private:
  store::Database& db_;
  const core::Clock& clock_;
};

}  // namespace werkpad::service
