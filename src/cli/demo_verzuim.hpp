#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::cli {

// Demo verzuimdossiers for `werkpad demo` (issue 5): a few loondienst revalidanten with sickness
// episodes (one added-up period with a gap, one recovered case, one new case) and the recorded
// steps of their state, dated relative to today so the dashboard always shows due and overdue
// steps. Everything goes through VerzuimService as the demo staff users, so it is audited like
// real work. `users` and `revalidanten` as for AddDemoAgr. Returns how many dossiers were
// created.
core::Result<int> AddDemoVerzuim(store::Database& db, const core::Clock& clock,
                                 const std::map<std::string, core::UserId>& users,
                                 const std::vector<core::RevalidantId>& revalidanten);

}  // namespace werkpad::cli
