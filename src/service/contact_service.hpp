#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/agr/contacts.hpp"
#include "service/agr_service.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::service {

// Contact moments and the contact log of a trajectory (issue 6; docs/api.md "Contactmomenten";
// domain rules in domain/agr/contacts.hpp and docs/agr-route.md §2a).
//
// The minimum contact moments with werkgever and bedrijfsarts are tasks of the AGR route (created
// by AgrService when their trigger happens); this service shows them with their purpose and
// materials, keeps the log of contacts, and signals overdue and nearly due moments. Logging a
// contact against a moment task marks that task done in the same transaction.
//
// Specific medical information goes to the bedrijfsarts only via the revalidatiearts and only
// with the revalidant's written consent (domain CheckMedicalContact, consent::MayShare for
// medische_informatie); the summary of such a contact is shown to revalidatieartsen only
// (MaySeeMedicalContactSummary), the others see that it took place.
//
// Every method: role rule and need-to-know (service/policy.hpp), one transaction, the domain
// call, an audit record (object_type "contact"; reads group-committed before the answer;
// refusals as outcome "denied" then kForbidden). Thread-safe.

// A contact-moment task with its purpose and materials.
struct MomentTaskView {
  TaskView task;
  const domain::agr::ContactMoment* moment = nullptr;  // never null
  std::optional<std::int64_t> contact_id;              // the contact that fulfilled it
};

struct ContactView {
  store::ContactRecord record;  // summary emptied when summary_hidden
  bool summary_hidden = false;
  std::optional<std::string> task_key;
  UserRef created_by;
  UserRef updated_by;
  bool may_edit = false;  // for the asking user
};

struct ContactSectionView {
  core::TrajectId trajectory_id;
  RevalidantRef revalidant;
  std::vector<MomentTaskView> moments;  // due date order
  std::vector<ContactView> contacts;    // newest first
  int overdue = 0;                      // moments overdue
  int due_soon = 0;                     // moments due today or within signal_days
  int signal_days = 7;
  bool may_log = false;
  bool may_log_medical = false;
};

struct ContactVersionView {
  store::ContactVersionRecord version;
  bool summary_hidden = false;
  UserRef by;
};

struct ContactSignal {
  MomentTaskView moment;
  core::TrajectId trajectory_id;
  std::string state;  // "overdue" | "due_today" | "open" (within the horizon)
};

struct ContactSignalsView {
  int days = 7;
  std::vector<ContactSignal> items;  // earliest due first
  int overdue = 0;
};

struct ContactCreate {
  domain::agr::ContactInput input;
  std::optional<std::int64_t> task_id;
};

struct ContactUpdate {
  domain::agr::ContactInput input;
  std::int64_t version = 0;
};

class ContactService {
 public:
  // `signal_days`: moments due within this many days count as "due soon" (default 7: the next
  // weekly team meeting, as TaskPolicy::asap_days).
  ContactService(store::Database& db, const core::Clock& clock, int signal_days = 7);
  ~ContactService();

  // AGR staff with need-to-know. The moment tasks and the log.
  core::Result<ContactSectionView> Section(const RequestContext& ctx, core::TrajectId id);
  // Errors: kForbidden (role, need-to-know), kNotFound (trajectory, task), kInvalidInput
  // (ValidateContact fields; "task_id" not_contact_moment / other_trajectory; "party"
  // party_mismatch; "medical" medical_party / medical_author / medical_no_consent),
  // kRuleViolation (task already done).
  core::Result<ContactView> Log(const RequestContext& ctx, core::TrajectId id,
                                const ContactCreate& in);
  // Errors as Log, plus kConflict (stale version), kNotFound (contact of another trajectory);
  // a medical contact is edited by a revalidatiearts only (kForbidden).
  core::Result<ContactView> Edit(const RequestContext& ctx, core::TrajectId id,
                                 std::int64_t contact_id, const ContactUpdate& in);
  core::Result<std::vector<ContactVersionView>> Versions(const RequestContext& ctx,
                                                         core::TrajectId id,
                                                         std::int64_t contact_id);
  // Open contact-moment tasks due within `days` (nullopt: signal_days; 0..365) or overdue, of
  // the revalidanten within the user's need-to-know. Errors: kForbidden, kInvalidInput ("days"
  // out_of_range).
  core::Result<ContactSignalsView> Signals(const RequestContext& ctx, std::optional<int> days);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
