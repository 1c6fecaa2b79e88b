#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/reintegratievisie/draft.hpp"
#include "domain/reintegratievisie/visie.hpp"
#include "service/agr_service.hpp"
#include "service/context.hpp"
#include "service/medical_text.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// The re-integratievisie (AGR form 7) of a trajectory (docs/api.md "Re-integratievisie"): the
// RIC starts a draft the server pre-fills from the dossier; the team edits and comments (every
// save a version, stale saves kConflict); the RIC moves it to review and to ready-for-signature;
// the revalidant signs it in the portal (or the RIC/arts records a paper signature) and chooses
// the parties it may be shared with, which is written into the consent of form 3 (cell
// "reintegratievisie") in the same transaction.
//
// Every method: role rule and need-to-know (service/policy.hpp), one transaction, the domain
// call, an audit record (object_type "reintegratievisie"; reads group-committed before the
// answer; refusals as outcome "denied" then kForbidden). Thread-safe.

struct VisieCommentView {
  store::VisieCommentRecord comment;
  UserRef by;
};

struct VisieSignatureView {
  store::VisieSignatureRecord signature;
  UserRef recorded_by;
};

struct VisieView {
  store::VisieRecord record;
  domain::reintegratievisie::Content content;
  domain::reintegratievisie::Status status = domain::reintegratievisie::Status::kDraft;
  RevalidantRef revalidant;
  UserRef created_by;
  UserRef updated_by;
  std::optional<VisieSignatureView> signature;
  std::vector<VisieCommentView> comments;  // empty for the revalidant
  // The parties the revalidant can choose at signing: the parties on form 3 (defaults first).
  std::vector<std::string> share_options;
  bool portal_view = false;  // the revalidant's own view (no comments)
  // For the team (empty in the portal view): the sections the employer's copy shows in which the
  // medical word list finds a term, with the terms; that copy and the werkgever's shared view
  // show a notice instead of these texts (service/medical_text.hpp).
  std::vector<EmployerSectionTerms> employer_withheld;
};

struct VisieVersionView {
  store::VisieVersionRecord version;
  UserRef by;
};

struct VisieSave {
  domain::reintegratievisie::Content content;
  std::int64_t version = 0;
};

struct VisieStatusChange {
  domain::reintegratievisie::Status to = domain::reintegratievisie::Status::kInReview;
  std::string reason;
  std::int64_t version = 0;
};

struct VisieCommentInput {
  std::string section;  // a section key or ""
  std::string text;
  std::int64_t version = 0;  // the version the comment is about (must exist)
};

struct VisieSignInput {
  std::string method;                   // "portal" | "paper"
  std::optional<core::Date> signed_on;  // paper: required
  std::vector<std::string> share_with;  // party codes; may be empty (nobody outside the team)
  std::int64_t version = 0;             // the version read and signed
};

class VisieService {
 public:
  VisieService(store::Database& db, const core::Clock& clock);
  ~VisieService();

  // kNotFound when the trajectory has none (and for the revalidant while it is not yet ready
  // for signature).
  core::Result<VisieView> Get(const RequestContext& ctx, core::TrajectId id);
  // RIC. The pre-filled draft (domain BuildDraft). Errors: kForbidden, kNotFound (trajectory),
  // kRuleViolation (step is not werktraining or afronding), kConflict (field "trajectory_id"
  // taken: a visie exists).
  core::Result<VisieView> Create(const RequestContext& ctx, core::TrajectId id);
  // AGR staff, status draft or in_review. Errors: kConflict (stale), kRuleViolation (not
  // editable now), kInvalidInput (ValidateContent).
  core::Result<VisieView> Save(const RequestContext& ctx, core::TrajectId id, const VisieSave& in);
  // RIC. Errors: kConflict, kRuleViolation, kInvalidInput (CheckTransition).
  core::Result<VisieView> ChangeStatus(const RequestContext& ctx, core::TrajectId id,
                                       const VisieStatusChange& in);
  // AGR staff, before signing. Errors: kInvalidInput ("text" required/too_long, "section"
  // invalid_value, "version" out_of_range), kRuleViolation (signed).
  core::Result<VisieView> AddComment(const RequestContext& ctx, core::TrajectId id,
                                     const VisieCommentInput& in);
  core::Result<std::vector<VisieVersionView>> Versions(const RequestContext& ctx,
                                                       core::TrajectId id);
  core::Result<VisieVersionView> Version(const RequestContext& ctx, core::TrajectId id,
                                         std::int64_t version);
  // Portal: the own revalidant; paper: RIC or revalidatiearts. Errors: kForbidden, kConflict
  // (stale version: the revalidant must sign what they read), kRuleViolation (not ready for
  // signature; form 3 has unsigned changes that a signature would cover), kInvalidInput
  // ("method" invalid_value, "signed_on" required/in_future/not_applicable, "share_with[i]"
  // invalid_code/duplicate).
  core::Result<VisieView> Sign(const RequestContext& ctx, core::TrajectId id,
                               const VisieSignInput& in);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
