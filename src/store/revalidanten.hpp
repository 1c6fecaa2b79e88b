#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/result.hpp"
#include "domain/registry/revalidant.hpp"
#include "store/page.hpp"

namespace werkpad::store {

// Which revalidanten a query may return; decided by the policy module, applied in SQL.
struct CaseloadScope {
  bool all = false;                 // every revalidant of the institution
  std::vector<core::TeamId> teams;  // revalidanten assigned to these teams
  core::UserId ric;                 // or whose RIC is this user
};

struct RevalidantQuery {
  std::string text;  // name part, exact BSN or YYYY-MM-DD birth date; empty = all
  CaseloadScope scope;
  PageRequest page;
};

struct RevalidantSummary {
  core::RevalidantId id;
  std::string given_names;
  std::string family_name;
  core::Date date_of_birth{};
  domain::registry::EmploymentStatus employment_status{};
  core::TeamId team_id;
  std::string team_name;
  core::UserId ric_user_id;
  std::string ric_name;
};

// A revalidant with the display names of its team and RIC (joined in the same query).
struct RevalidantDetail {
  domain::registry::Revalidant revalidant;
  std::string team_name;
  std::string ric_name;
};

class RevalidantRepo {
 public:
  virtual ~RevalidantRepo() = default;
  // kNotFound when absent.
  virtual core::Result<RevalidantDetail> Get(core::RevalidantId id) = 0;
  // kConflict (field "bsn", code "taken") when another revalidant has this BSN.
  virtual core::Result<core::RevalidantId> Insert(const domain::registry::RevalidantData& data,
                                                  core::Instant now) = 0;
  // Writes `data` if the stored version is `expected_version`; returns the new version.
  // kConflict when stale or the BSN is taken, kNotFound when absent. `stored`, when the caller
  // read the record in the same unit, is its data at `expected_version` (nullptr: unknown):
  // the columns of the record's indexes and references (date of birth, BSN, team, RIC) that
  // it shares with `data` are then left as they are instead of being written again.
  virtual core::Result<std::int64_t> Update(core::RevalidantId id, std::int64_t expected_version,
                                            const domain::registry::RevalidantData& data,
                                            const domain::registry::RevalidantData* stored,
                                            core::Instant now) = 0;
  virtual core::Result<Page<RevalidantSummary>> Search(const RevalidantQuery& query) = 0;
};

}  // namespace werkpad::store
