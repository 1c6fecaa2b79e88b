#pragma once

#include <map>
#include <string>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/result.hpp"
#include "service/context.hpp"
#include "store/database.hpp"

namespace werkpad::cli {

// The context of a request by the demo user `username` (role, discipline, teams, portal link)
// at the clock's current time, as the demo steps act through the services.
// Errors: kInternal when the user is not in `users`; the store's error when it cannot be read.
core::Result<service::RequestContext> DemoContext(
    store::Database& db, const core::Clock& clock,
    const std::map<std::string, core::UserId>& users, const std::string& username);

}  // namespace werkpad::cli
