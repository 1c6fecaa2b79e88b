#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::cli {

// Demo AGR trajectories for `werkpad demo` (issue 3): every state of the route is present among
// the demo revalidanten, with the forms and consent that the state implies (form 1 final before
// D1; forms 2 and 3 — signed — before D2 "ja"; form 5 final after the werkbezoek). Everything
// goes through AgrService as the demo staff users, so it is audited like real work.
//
// `users`: demo usernames -> ids ("arts", "ric", "ric.zuid", "revalidant", ...).
// `revalidanten`: the 20 demo revalidanten in kRevalidanten order (index 0 is the one with the
// portal account). Returns how many trajectories were created.
core::Result<int> AddDemoAgr(store::Database& db, const core::Clock& clock,
                             const std::map<std::string, core::UserId>& users,
                             const std::vector<core::RevalidantId>& revalidanten);

}  // namespace werkpad::cli
