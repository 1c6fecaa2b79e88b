#pragma once

#include "http/json/common.hpp"
#include "service/organisation_service.hpp"

namespace werkpad::http::json {

// POST /teams {"name"}.
core::Result<std::string> ParseTeamName(const bj::value& body);
// POST /disciplines {"code","label"}.
core::Result<store::Discipline> ParseDiscipline(const bj::value& body);
// PUT /institution: every field of Institution plus "version" (required).
core::Result<store::Institution> ParseInstitution(const bj::value& body);

bj::object ToJson(const store::Team& team);
bj::object ToJson(const store::Discipline& discipline);
bj::object ToJson(const store::Institution& institution);

}  // namespace werkpad::http::json
