#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "store/database.hpp"
#include "store/organisation.hpp"

namespace werkpad::service {

// Teams, disciplines and the institution's details and settings. Thread-safe.
// Reads: any staff role or admin (institution: admin). Writes: admin; audited in the same
// transaction (object_type "team", "discipline", "institution").
// Every method: kForbidden (audited denied), kUnavailable.
class OrganisationService {
 public:
  OrganisationService(store::Database& db, const core::Clock& clock);
  ~OrganisationService();

  core::Result<std::vector<store::Team>> ListTeams(const RequestContext& ctx);
  // name trimmed, 1–100 characters. kInvalidInput field "name" required/too_long;
  // kConflict field "name" code "taken".
  core::Result<store::Team> CreateTeam(const RequestContext& ctx, const std::string& name);

  // Stored disciplines plus the domain's built-in ones (builtin = true).
  core::Result<std::vector<store::Discipline>> ListDisciplines(const RequestContext& ctx);
  // code: domain IsValidDisciplineCode (field "code" invalid_value / required); label required
  // <= 100. kConflict field "code" code "taken". Returns the new discipline (builtin false).
  core::Result<store::Discipline> CreateDiscipline(const RequestContext& ctx,
                                                   const std::string& code,
                                                   const std::string& label);

  core::Result<store::Institution> GetInstitution(const RequestContext& ctx);
  // `inst.version` is the version the edit was based on. kInvalidInput (name required, each
  // field <= 500, email invalid_email, ric_model invalid_value unless "vast"/"wisselend"),
  // kConflict when stale. Returns the stored institution with its new version.
  core::Result<store::Institution> UpdateInstitution(const RequestContext& ctx,
                                                     const store::Institution& inst);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace werkpad::service
