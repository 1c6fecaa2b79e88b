#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace werkpad::cli {

// Demo network partners for `werkpad demo` (issue 6): a few partners (huisarts, jobcoach, UWV,
// gemeente, a colleague as buddy) with one team override and a planned handover moment, for
// revalidanten in werktraining and afronding. Everything goes through PartnerService as the demo
// RIC, so it is audited like real work. `users` and `revalidanten` as for AddDemoAgr. Returns
// how many partners were created.
core::Result<int> AddDemoPartners(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten);

// A signed re-integratievisie (form 7) for one demo revalidant in werktraining (Ahmet Yilmaz,
// shared with werkgever and bedrijfsarts), so the handover to the employer can be shown. Through
// VisieService as the demo RIC (draft, review, ready, paper signature). Returns how many.
core::Result<int> AddDemoSignedVisies(store::Database& db, const core::Clock& clock,
                                      const std::map<std::string, core::UserId>& users,
                                      const std::vector<core::RevalidantId>& revalidanten);

// A few entries in the contact log (issue 6) of one demo revalidant in werktraining (Henk de
// Vries): a workplace visit with the werkgever and a call with the jobcoach, logged through
// ContactService as the demo RIC (not against a contact-moment task, so the route's tasks stay
// as the AGR demo left them). Returns how many.
core::Result<int> AddDemoContacts(store::Database& db, const core::Clock& clock,
                                  const std::map<std::string, core::UserId>& users,
                                  const std::vector<core::RevalidantId>& revalidanten);

}  // namespace werkpad::cli
