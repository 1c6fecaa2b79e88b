#pragma once

#include <optional>

#include "store/database.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/revalidant_cache.hpp"
#include "store/sql/statements.hpp"

namespace soci {
class session;
}

namespace werkpad::store::sql {

// The SOCI implementations of the repository ports. Each wraps one connection for the duration
// of one unit of work; none is thread-safe. SQL sits next to its single use; parameters are
// always bound. Statements on the hot paths (session and user lookup, revalidant read, audit
// append) are prepared once per connection in its StatementCache; the rest are one-shot.

class SqlUserRepo final : public UserRepo {
 public:
  explicit SqlUserRepo(StatementCache& c) : sql_(c.session()), stmts_(c) {}
  core::Result<UserRecord> Get(core::UserId id) override;
  core::Result<std::optional<UserRecord>> FindByUsername(const std::string& username) override;
  core::Result<std::optional<UserRecord>> FindByRevalidant(core::RevalidantId id) override;
  core::Result<Page<UserRecord>> List(const UserFilter& filter) override;
  core::Result<core::UserId> Insert(const UserRecord& user) override;
  core::Result<std::int64_t> UpdateProfile(const UserRecord& user) override;
  core::Status SetPasswordHash(core::UserId id, const std::string& hash) override;
  core::Status SetTotp(core::UserId id, const std::string& secret, bool enabled) override;
  core::Status SetTotpLastStep(core::UserId id, std::int64_t step) override;
  core::Status SetLastLogin(core::UserId id, core::Instant at) override;
  core::Status ReplaceRecoveryCodes(core::UserId id,
                                    const std::vector<std::string>& code_hashes) override;
  core::Result<bool> ConsumeRecoveryCode(core::UserId id, const std::string& code_hash,
                                         core::Instant at) override;
  core::Result<int> CountUnusedRecoveryCodes(core::UserId id) override;

 private:
  core::Status LoadTeams(UserRecord& user);
  void WriteTeams(core::UserId id, const std::vector<core::TeamId>& teams);
  soci::session& sql_;
  StatementCache& stmts_;
};

class SqlSessionRepo final : public SessionRepo {
 public:
  explicit SqlSessionRepo(StatementCache& c) : sql_(c.session()), stmts_(c) {}
  core::Status Insert(const SessionRecord& s) override;
  core::Result<std::optional<SessionRecord>> Find(const std::string& token_hash) override;
  core::Status Touch(const std::string& token_hash, core::Instant at) override;
  core::Status Update(const SessionRecord& s) override;
  core::Status Delete(const std::string& token_hash) override;
  core::Status DeleteForUser(core::UserId user) override;
  core::Result<std::int64_t> DeleteExpired(core::Instant now, core::Instant idle_before) override;

 private:
  soci::session& sql_;
  StatementCache& stmts_;
};

class SqlLoginThrottleRepo final : public LoginThrottleRepo {
 public:
  explicit SqlLoginThrottleRepo(StatementCache& c) : sql_(c.session()), stmts_(c) {}
  core::Status RecordFailure(Kind kind, const std::string& key, core::Instant at) override;
  core::Result<int> CountFailuresSince(Kind kind, const std::string& key,
                                       core::Instant since) override;
  core::Status Clear(Kind kind, const std::string& key) override;
  core::Status DeleteBefore(core::Instant before) override;

 private:
  soci::session& sql_;
  StatementCache& stmts_;
};

class SqlRevalidantRepo final : public RevalidantRepo {
 public:
  // `cache`: the writer's RevalidantCache on SQLite files, nullptr otherwise.
  SqlRevalidantRepo(StatementCache& c, RevalidantCache* cache)
      : sql_(c.session()), stmts_(c), cache_(cache) {}
  core::Result<RevalidantDetail> Get(core::RevalidantId id) override;
  core::Result<core::RevalidantId> Insert(const domain::registry::RevalidantData& data,
                                          core::Instant now) override;
  core::Result<std::int64_t> Update(core::RevalidantId id, std::int64_t expected_version,
                                    const domain::registry::RevalidantData& data,
                                    const domain::registry::RevalidantData* stored,
                                    core::Instant now) override;
  core::Result<Page<RevalidantSummary>> Search(const RevalidantQuery& query) override;

 private:
  soci::session& sql_;
  StatementCache& stmts_;
  RevalidantCache* cache_;
};

class SqlOrganisationRepo final : public OrganisationRepo {
 public:
  explicit SqlOrganisationRepo(StatementCache& c) : sql_(c.session()), stmts_(c) {}
  core::Result<std::vector<Team>> ListTeams() override;
  core::Result<Team> GetTeam(core::TeamId id) override;
  core::Result<core::TeamId> InsertTeam(const std::string& name) override;
  core::Result<std::vector<Discipline>> ListDisciplines() override;
  core::Status InsertDiscipline(const Discipline& d) override;
  core::Result<Institution> GetInstitution() override;
  core::Result<std::int64_t> UpdateInstitution(const Institution& inst) override;

 private:
  soci::session& sql_;
  StatementCache& stmts_;
};

class SqlAuditRepo final : public AuditRepo {
 public:
  SqlAuditRepo(StatementCache& c, bool in_write_unit)
      : sql_(c.session()), stmts_(c), dialect_(c.dialect()), in_write_unit_(in_write_unit) {}
  core::Result<AuditHead> Head() override;
  core::Status Append(const AuditRow& row) override;
  core::Status AppendMany(const std::vector<AuditRow>& rows) override;
  core::Result<Page<AuditRow>> List(const AuditFilter& filter) override;
  core::Result<std::vector<AuditRow>> Scan(std::int64_t after_seq, int limit) override;
  core::Result<AuditHead> StoredHead() override;

  // Write batches (SqlDatabase::RunBatch): the chain head is read once per batch, after the
  // batch took the write lock (SQLite BEGIN IMMEDIATE, PostgreSQL row lock on audit_head), and
  // kept here; appends move it in memory and FlushHead() stores it once before COMMIT.
  // BeginUnit/RollbackUnit follow the unit's savepoint so a rolled-back unit's rows do not
  // move the head.
  void BeginUnit() {
    unit_start_ = head_;
    unit_start_appended_ = appended_;
  }
  void RollbackUnit() {
    head_ = unit_start_;
    appended_ = unit_start_appended_;
  }
  void FlushHead();  // throws like any statement
  // Before COMMIT: when at least `lag` entries came after the last catch-up of the per-client
  // and per-user indexes (audit_client, audit_user; migrations 0012, 0013), adds them all to
  // both. Throws like any statement.
  void IndexEntries(std::int64_t lag);
  // Rows appended in this batch by units that were not rolled back (for /metrics).
  std::int64_t appended() const { return appended_; }

 private:
  soci::session& sql_;
  StatementCache& stmts_;
  Dialect dialect_;
  bool in_write_unit_;
  std::optional<AuditHead> head_, unit_start_;  // write units: the batch's head, once read
  std::optional<std::int64_t> stored_seq_;      // the head seq as stored in audit_head
  std::int64_t appended_ = 0, unit_start_appended_ = 0;
};

class SqlAgrRepo final : public AgrRepo {
 public:
  explicit SqlAgrRepo(StatementCache& c) : sql_(c.session()), stmts_(c) {}
  core::Result<core::TrajectId> InsertTrajectory(const TrajectoryRecord& record) override;
  core::Result<TrajectoryRecord> GetTrajectory(core::TrajectId id) override;
  core::Result<std::vector<TrajectoryRecord>> ListTrajectories(
      core::RevalidantId revalidant) override;
  core::Result<std::vector<TrajectoryRecord>> ListActiveTrajectories() override;
  core::Result<std::int64_t> UpdateTrajectory(const TrajectoryRecord& record,
                                              std::int64_t expected_version) override;
  core::Status InsertTasks(const std::vector<TaskRecord>& tasks) override;
  core::Result<std::vector<TaskRecord>> ListTasksOf(core::TrajectId trajectory) override;
  core::Result<std::vector<TaskRecord>> ListTasks(const TaskFilter& filter) override;
  core::Result<std::vector<TaskRecord>> ListOpenTasksDueBy(const std::vector<std::string>& keys,
                                                           core::Date due_by) override;
  core::Result<TaskRecord> GetTask(std::int64_t id) override;
  core::Result<std::int64_t> CompleteTask(std::int64_t id, std::int64_t expected_version,
                                          core::UserId by, core::Instant at) override;
  core::Result<std::vector<StoredFormDefinition>> ListFormDefinitions() override;
  core::Result<std::optional<StoredFormDefinition>> FindFormDefinition(
      const std::string& form_id, std::int64_t form_version) override;
  core::Status InsertFormDefinition(const StoredFormDefinition& def) override;
  core::Result<std::optional<FormResponseRecord>> FindResponse(
      core::TrajectId trajectory, const std::string& form_id) override;
  core::Result<std::vector<FormResponseRecord>> ListResponses(core::TrajectId trajectory) override;
  core::Status InsertResponse(const FormResponseRecord& record) override;
  core::Result<std::int64_t> UpdateResponse(const FormResponseRecord& record,
                                            std::int64_t expected_version) override;
  core::Status AppendResponseEvent(core::TrajectId trajectory, const std::string& form_id,
                                   const FormEventRecord& event) override;
  core::Result<std::vector<FormEventRecord>> ListResponseEvents(
      core::TrajectId trajectory, const std::string& form_id) override;
  core::Status AppendFieldChanges(core::TrajectId trajectory, const std::string& form_id,
                                  const std::vector<FieldChangeRecord>& changes) override;
  core::Result<std::vector<FieldChangeRecord>> ListFieldChanges(
      core::TrajectId trajectory, const std::string& form_id) override;
  core::Result<domain::consent::ConsentRecord> GetConsent(core::RevalidantId revalidant) override;
  core::Status AppendConsentEvents(core::RevalidantId revalidant, std::int64_t expected_count,
                                   const std::vector<domain::consent::ConsentEvent>& events)
      override;

 private:
  soci::session& sql_;
  StatementCache& stmts_;
};

class SqlVerzuimRepo final : public VerzuimRepo {
 public:
  explicit SqlVerzuimRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> InsertDossier(const DossierRecord& record) override;
  core::Result<DossierRecord> GetDossier(std::int64_t id) override;
  core::Result<std::optional<std::int64_t>> FindDossierOf(core::RevalidantId revalidant) override;
  core::Result<std::int64_t> UpdateDossier(const DossierRecord& record,
                                           std::int64_t expected_version) override;
  core::Status SetDerived(std::int64_t id, std::optional<core::Date> next_due,
                          bool internal_return_expected) override;
  core::Status ReplaceDeadlines(std::int64_t dossier_id, const std::vector<DeadlineRecord>& rows,
                                int rules_version) override;
  core::Result<std::vector<DeadlineRecord>> DeadlinesOf(std::int64_t dossier_id) override;
  core::Result<std::vector<DeadlineRow>> ListDeadlines(const DeadlineQuery& query) override;
  core::Result<std::vector<std::int64_t>> StaleDeadlineDossiers(int rules_version,
                                                                int limit) override;
  core::Result<std::int64_t> InsertEpisode(const EpisodeRecord& record) override;
  core::Result<std::int64_t> UpdateEpisode(const EpisodeRecord& record,
                                           std::int64_t expected_version) override;
  core::Status DeleteEpisode(std::int64_t dossier_id, std::int64_t episode_id,
                             std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertDocument(const DocumentRecord& record) override;
  core::Result<std::int64_t> UpdateDocument(const DocumentRecord& record,
                                            std::int64_t expected_version) override;
  core::Result<std::vector<DocumentRevisionRecord>> ListRevisions(
      std::int64_t document_id) override;
  core::Status AppendScenario(std::int64_t dossier_id, const ScenarioRecord& record) override;
  core::Result<int> SignalDays() override;
  core::Status SetSignalDays(int days) override;

 private:
  soci::session& sql_;
};

class SqlVisieRepo final : public VisieRepo {
 public:
  explicit SqlVisieRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> Insert(const VisieRecord& record,
                                    const VisieVersionRecord& first) override;
  core::Result<std::optional<VisieRecord>> FindByTrajectory(core::TrajectId t) override;
  core::Result<std::int64_t> Update(const VisieRecord& record, std::int64_t expected_version,
                                    VisieVersionRecord version_row) override;
  core::Result<std::vector<VisieVersionRecord>> ListVersions(std::int64_t visie_id) override;
  core::Result<VisieVersionRecord> GetVersion(std::int64_t visie_id,
                                              std::int64_t version) override;
  core::Result<std::int64_t> AddComment(std::int64_t visie_id,
                                        const VisieCommentRecord& c) override;
  core::Result<std::vector<VisieCommentRecord>> ListComments(std::int64_t visie_id) override;

 private:
  soci::session& sql_;
};

class SqlDocumentRepo final : public DocumentRepo {
 public:
  explicit SqlDocumentRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> Insert(const GeneratedDocument& record,
                                    const std::string& bytes) override;
  core::Result<std::vector<GeneratedDocument>> ListOf(core::TrajectId t) override;
  core::Result<GeneratedDocument> Get(std::int64_t id) override;
  core::Result<std::string> Bytes(std::int64_t id) override;
  core::Result<std::optional<InstitutionLogo>> GetLogo() override;
  core::Status SetLogo(const InstitutionLogo& logo) override;
  core::Status DeleteLogo() override;

 private:
  soci::session& sql_;
};

class SqlProfileRepo final : public ProfileRepo {
 public:
  explicit SqlProfileRepo(soci::session& s) : sql_(s) {}
  core::Result<ProfileSettingRecord> GetSetting() override;
  core::Result<std::int64_t> UpdateSetting(const ProfileSettingRecord& r,
                                           std::int64_t expected_version) override;
  core::Result<std::optional<DemandRecord>> FindDemand(core::TrajectId trajectory) override;
  core::Status InsertDemand(const DemandRecord& r) override;
  core::Result<std::int64_t> UpdateDemand(const DemandRecord& r,
                                          std::int64_t expected_version) override;
  core::Result<std::vector<DemandRevisionRecord>> ListDemandRevisions(
      core::TrajectId trajectory) override;
  core::Result<std::int64_t> InsertRound(const RoundRecord& r) override;
  core::Result<RoundRecord> GetRound(std::int64_t id) override;
  core::Result<std::vector<RoundRecord>> ListRounds(core::TrajectId trajectory) override;
  core::Result<std::int64_t> UpdateRound(const RoundRecord& r,
                                         std::int64_t expected_version) override;
  core::Status InsertAssessment(const AssessmentRecord& r) override;
  core::Result<std::int64_t> UpdateAssessment(const AssessmentRecord& r,
                                              std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertCapacity(const CapacityRecord& r) override;
  core::Result<CapacityRecord> GetCapacity(std::int64_t id) override;
  core::Result<std::vector<CapacityRecord>> ListCapacities(core::TrajectId trajectory) override;
  core::Result<std::int64_t> InsertGoal(const GoalRecord& r, const GoalEventRecord& first) override;
  core::Result<GoalRecord> GetGoal(std::int64_t id) override;
  core::Result<std::vector<GoalRecord>> ListGoals(core::TrajectId trajectory) override;
  core::Result<std::int64_t> UpdateGoal(const GoalRecord& r, std::int64_t expected_version,
                                        const GoalEventRecord& event) override;
  core::Result<std::vector<WorksampleRecord>> ListWorksamples() override;
  core::Result<WorksampleRecord> GetWorksample(std::int64_t id) override;
  core::Result<std::int64_t> InsertWorksample(const WorksampleRecord& r) override;
  core::Result<std::int64_t> UpdateWorksample(const WorksampleRecord& r,
                                              std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertSession(const TrainingSessionRecord& r) override;
  core::Result<TrainingSessionRecord> GetSession(std::int64_t id) override;
  core::Result<std::vector<TrainingSessionRecord>> ListSessions(
      core::TrajectId trajectory) override;
  core::Result<std::int64_t> UpdateSession(const TrainingSessionRecord& r,
                                           std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertReport(const TrainingReportRecord& r) override;
  core::Result<TrainingReportRecord> GetReport(std::int64_t id) override;
  core::Result<std::vector<TrainingReportRecord>> ListReports(core::TrajectId trajectory) override;
  core::Result<std::int64_t> UpdateReport(const TrainingReportRecord& r,
                                          std::int64_t expected_version) override;
  core::Result<std::vector<CatalogueRecord>> ListCatalogues() override;
  core::Result<CatalogueRecord> GetCatalogue(std::int64_t id) override;
  core::Result<std::int64_t> InsertCatalogue(const CatalogueRecord& r) override;
  core::Result<std::int64_t> UpdateCatalogue(const CatalogueRecord& r,
                                             std::int64_t expected_version) override;
  core::Status DeleteCatalogue(std::int64_t id, std::int64_t expected_version) override;
  core::Result<std::vector<FunctionRecord>> ListFunctions(std::int64_t catalogue) override;
  core::Result<FunctionRecord> GetFunction(std::int64_t id) override;
  core::Result<std::int64_t> InsertFunction(const FunctionRecord& r) override;
  core::Result<std::int64_t> UpdateFunction(const FunctionRecord& r,
                                            std::int64_t expected_version) override;
  core::Status DeleteFunction(std::int64_t id, std::int64_t expected_version) override;

 private:
  soci::session& sql_;
};

class SqlContactRepo final : public ContactRepo {
 public:
  explicit SqlContactRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> Insert(const ContactRecord& record) override;
  core::Result<ContactRecord> Get(std::int64_t id) override;
  core::Result<std::vector<ContactRecord>> ListOf(core::TrajectId trajectory) override;
  core::Result<std::int64_t> Update(const ContactRecord& record,
                                    std::int64_t expected_version) override;
  core::Result<std::vector<ContactVersionRecord>> ListVersions(std::int64_t id) override;

 private:
  soci::session& sql_;
};

class SqlPartnerRepo final : public PartnerRepo {
 public:
  explicit SqlPartnerRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> InsertPartner(const PartnerRecord& r) override;
  core::Result<PartnerRecord> GetPartner(std::int64_t id) override;
  core::Result<std::vector<PartnerRecord>> ListPartners(core::RevalidantId revalidant) override;
  core::Result<std::int64_t> UpdatePartner(const PartnerRecord& r,
                                           std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertMoment(const HandoverMomentRecord& r) override;
  core::Result<HandoverMomentRecord> GetMoment(std::int64_t id) override;
  core::Result<std::vector<HandoverMomentRecord>> ListMoments(
      core::RevalidantId revalidant) override;
  core::Result<std::int64_t> UpdateMoment(const HandoverMomentRecord& r,
                                          std::int64_t expected_version) override;
  core::Status DeleteMoment(std::int64_t id, std::int64_t expected_version) override;
  core::Result<std::int64_t> InsertHandover(const HandoverRecord& r) override;
  core::Result<std::vector<HandoverRecord>> ListHandovers(core::TrajectId trajectory) override;

 private:
  soci::session& sql_;
};

class SqlExternalRepo final : public ExternalRepo {
 public:
  explicit SqlExternalRepo(soci::session& s) : sql_(s) {}
  core::Result<std::int64_t> InsertGrant(const ExternalGrantRecord& g) override;
  core::Result<ExternalGrantRecord> GetGrant(std::int64_t id) override;
  core::Result<std::vector<ExternalGrantRecord>> GrantsOfRevalidant(
      core::RevalidantId revalidant) override;
  core::Result<std::vector<ExternalGrantRecord>> ActiveGrantsOfUser(core::UserId user) override;
  core::Result<std::optional<ExternalGrantRecord>> FindActiveGrant(
      core::UserId user, core::RevalidantId revalidant) override;
  core::Status RevokeGrant(std::int64_t id, core::UserId by, core::Instant at) override;
  core::Status TouchGrant(std::int64_t id, core::Instant viewed_at) override;
  core::Result<std::int64_t> InsertMessage(const ExternalMessageRecord& m) override;
  core::Result<std::vector<ExternalMessageRecord>> MessagesOfRevalidant(
      core::RevalidantId revalidant) override;
  core::Result<std::vector<ExternalMessageRecord>> MessagesOfUser(
      core::UserId user, core::RevalidantId revalidant) override;

 private:
  soci::session& sql_;
};

// A Tx over one connection.
class SqlTx final : public Tx {
 public:
  // `cache`: see SqlRevalidantRepo.
  SqlTx(StatementCache& c, bool write, RevalidantCache* cache = nullptr)
      : users_(c), sessions_(c), throttle_(c), revalidanten_(c, cache), organisation_(c),
        audit_(c, write), agr_(c), verzuim_(c.session()), visie_(c.session()),
        documents_(c.session()), profiles_(c.session()),
        contacts_(c.session()), partners_(c.session()), external_(c.session()) {}
  UserRepo& users() override { return users_; }
  SessionRepo& sessions() override { return sessions_; }
  LoginThrottleRepo& throttle() override { return throttle_; }
  RevalidantRepo& revalidanten() override { return revalidanten_; }
  OrganisationRepo& organisation() override { return organisation_; }
  AuditRepo& audit() override { return audit_; }
  AgrRepo& agr() override { return agr_; }
  VerzuimRepo& verzuim() override { return verzuim_; }
  VisieRepo& visie() override { return visie_; }
  DocumentRepo& documents() override { return documents_; }
  ProfileRepo& profiles() override { return profiles_; }
  ContactRepo& contacts() override { return contacts_; }
  PartnerRepo& partners() override { return partners_; }
  ExternalRepo& external() override { return external_; }
  SqlAuditRepo& sql_audit() { return audit_; }

 private:
  SqlUserRepo users_;
  SqlSessionRepo sessions_;
  SqlLoginThrottleRepo throttle_;
  SqlRevalidantRepo revalidanten_;
  SqlOrganisationRepo organisation_;
  SqlAuditRepo audit_;
  SqlAgrRepo agr_;
  SqlVerzuimRepo verzuim_;
  SqlVisieRepo visie_;
  SqlDocumentRepo documents_;
  SqlProfileRepo profiles_;
  SqlContactRepo contacts_;
  SqlPartnerRepo partners_;
  SqlExternalRepo external_;
};

}  // namespace werkpad::store::sql
