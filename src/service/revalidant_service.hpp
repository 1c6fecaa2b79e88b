#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/registry/revalidant.hpp"
#include "service/context.hpp"
#include "service/pending.hpp"
#include "service/views.hpp"
#include "store/database.hpp"

namespace werkpad::service {

struct TeamRef {
  core::TeamId id;
  std::string name;
};
struct RicRef {
  core::UserId id;
  std::string display_name;
};

// GET/POST/PUT /revalidanten/{id} answer: the record plus team and RIC references
// (nullopt -> JSON null).
struct RevalidantView {
  domain::registry::Revalidant revalidant;  // id, version, data, created_at, updated_at
  std::optional<TeamRef> team;
  std::optional<RicRef> ric;
};

// One row of GET /revalidanten. When `minimal` (admin's lookup) only id, names and
// date_of_birth are meaningful and http must emit only those.
struct RevalidantListItem {
  core::RevalidantId id;
  std::string given_names;
  std::string family_name;
  core::Date date_of_birth{};
  domain::registry::EmploymentStatus employment_status{};
  std::optional<TeamRef> team;
  std::optional<RicRef> ric;
  bool minimal = false;
};

struct RevalidantSearch {
  std::string q;  // name part, exact BSN, or YYYY-MM-DD; empty = all in scope
  store::PageRequest page;
};

// Revalidant registration and lookup. Thread-safe. Access per policy.hpp (need-to-know).
// Audit: Search -> one "search" entry per listed revalidant (an empty result: one entry without
// revalidant; detail "q_kind=all|name|bsn|birth_date;total=N", never the text), Get ->
// "read", Create -> "create", Update -> "update" (same transaction), each with the revalidant
// id; refused access -> outcome "denied" with the revalidant id, then kForbidden.
class RevalidantService {
 public:
  RevalidantService(store::Database& db, const core::Clock& clock);
  ~RevalidantService();

  // Errors: kForbidden (role), kInvalidInput ("page"/"page_size" out_of_range), kUnavailable.
  core::Result<PageView<RevalidantListItem>> Search(const RequestContext& ctx,
                                                    const RevalidantSearch& q);
  // Validates with domain ValidateRevalidant (today = UTC date of ctx.now); also team_id must
  // exist and ric_user_id must be an enabled ric (or, in ric_model "wisselend", therapeut)
  // (field code invalid_value).
  // Without team_id and ric_user_id the record is assigned to the creator's first team (a RIC
  // without teams: to the RIC's caseload), so that it stays within someone's need-to-know;
  // a creator with neither gets kInvalidInput field "team_id" code "required". An update must
  // likewise leave a team or a RIC (else the same field error).
  // Errors: kForbidden, kInvalidInput (fields, e.g. "bsn" elfproef; a BSN another revalidant
  // has: field "bsn" code "taken", also kInvalidInput so the UI shows it at the field),
  // kUnavailable.
  core::Result<RevalidantView> Create(const RequestContext& ctx,
                                      domain::registry::RevalidantData data);
  // Errors: kNotFound, kForbidden (outside the actor's scope; audited denied). The record is
  // read in the same write unit as its audit entry (internal::InWriteUnit), so Get waits
  // for that entry's commit.
  core::Result<RevalidantView> Get(const RequestContext& ctx, core::RevalidantId id);
  // Get for a request whose answer may wait (HTTP GET): inside a store::WriteDeferral the unit
  // is queued for the database writer and the result is there once the deferral completed.
  Pending<RevalidantView> GetLater(const RequestContext& ctx, core::RevalidantId id);
  // Errors: as Create plus kNotFound, kForbidden, kConflict (stale version only).
  // Access is checked against the record as stored (before the change).
  // Update's unit (the stored record, the scope check, the change and its audit entry) runs on
  // the database writer like every write; Update waits for its commit.
  core::Result<RevalidantView> Update(const RequestContext& ctx, core::RevalidantId id,
                                      std::int64_t version, domain::registry::RevalidantData data);
  // Update for a request whose answer may wait (HTTP PUT on the I/O thread): inside a
  // store::WriteDeferral the unit is queued and the result (or the unit's error, e.g. kConflict,
  // as the deferral's error) is there once the deferral completed.
  Pending<RevalidantView> UpdateLater(const RequestContext& ctx, core::RevalidantId id,
                                      std::int64_t version,
                                      domain::registry::RevalidantData data);

 private:
  Pending<RevalidantView> Read(const RequestContext& ctx, core::RevalidantId id, bool defer);
  Pending<RevalidantView> Change(const RequestContext& ctx, core::RevalidantId id,
                                 std::int64_t version, domain::registry::RevalidantData data,
                                 bool defer);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
