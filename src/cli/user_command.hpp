#pragma once

#include <CLI/CLI.hpp>

#include <istream>

#include "cli/database.hpp"
#include "cli/io.hpp"
#include "core/clock.hpp"

namespace werkpad::cli {

// Registers `werkpad user` with the subcommands (all through service::UserService in a system
// context, so validation and the audit log apply exactly as in the web UI):
//
//   user add --username U --role R [--discipline D] [--display-name N] [--email E]
//            [--team NAME ...] [--revalidant-id ID] [--password-stdin]
//       prints the initial password (generated unless --password-stdin reads one line from
//       `in`); the user sets up two-factor authentication at first login when staff.
//   user list [--role R]             a table of all users
//   user disable --username U        ends the user's sessions
//   user enable --username U
//   user reset-password --username U prints a temporary password
//   user reset-2fa --username U      TOTP and recovery codes cleared; enrolment at next login
//
// Exit codes: 0 ok; 2 invalid input, unknown user, username taken, unmigrated database
// (message on io.err); 1 database failure. REQUIRES: every argument outlives `root`.
void AddUserCommand(CLI::App& root, Io io, std::istream& in, int& exit_code,
                    SettingsSource settings, const core::Clock& clock);

}  // namespace werkpad::cli
