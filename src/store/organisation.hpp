#pragma once

#include <string>
#include <vector>

#include "core/ids.hpp"
#include "core/result.hpp"

namespace werkpad::store {

struct Team {
  core::TeamId id;
  std::int64_t version = 0;
  std::string name;
};

struct Discipline {
  std::string code;
  std::string label;
  bool builtin = false;
};

// The institution's details, shown on folders and letters, and its settings.
struct Institution {
  std::int64_t version = 0;
  std::string name;
  std::string address;
  std::string postal_code;
  std::string city;
  std::string phone;
  std::string email;
  std::string website;
  std::string ric_model = "vast";  // "vast" (model 1) or "wisselend" (model 2)
};

class OrganisationRepo {
 public:
  virtual ~OrganisationRepo() = default;
  virtual core::Result<std::vector<Team>> ListTeams() = 0;
  virtual core::Result<Team> GetTeam(core::TeamId id) = 0;  // kNotFound
  // kConflict (field "name", code "taken") when a team has this name.
  virtual core::Result<core::TeamId> InsertTeam(const std::string& name) = 0;
  virtual core::Result<std::vector<Discipline>> ListDisciplines() = 0;
  virtual core::Status InsertDiscipline(const Discipline& d) = 0;  // kConflict when taken
  virtual core::Result<Institution> GetInstitution() = 0;
  // kConflict when stale; returns the new version.
  virtual core::Result<std::int64_t> UpdateInstitution(const Institution& inst) = 0;
};

}  // namespace werkpad::store
