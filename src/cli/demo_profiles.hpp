#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::cli {

// Demo profile data for `werkpad demo` (issue 4), after the AGR trajectories: the institution's
// worksamples, an institution-wide and an employer function catalogue, and for three trajectories
// in work training or afronding a form 4, form 6 rounds by the team's disciplines, goals from the
// discrepancies, training sessions and a report; for the trajectory whose D4 decided "doelen
// bijstellen" one goal is adjusted by that decision. Everything goes through ProfileService as the
// demo users (audited like real work). Returns how many trajectories got profiles.
core::Result<int> AddDemoProfiles(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten);

}  // namespace werkpad::cli
