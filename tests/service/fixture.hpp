#pragma once

// Test fixture for the service layer: a real SQLite database in a temp file with the embedded
// migrations applied, a fake clock, and helpers to create users and contexts.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "service/context.hpp"
#include "service/password.hpp"
#include "store/database.hpp"
#include "store/sql/sql_database.hpp"

namespace werkpad::service::testing {

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Creates a user directly in the store (password hashed with minimal cost).
  core::UserId AddUser(const std::string& username, domain::identity::Role role,
                       std::vector<core::TeamId> teams = {},
                       const std::string& password = "correct horse battery");
  core::TeamId AddTeam(const std::string& name);
  // Registers a revalidant (Test <family_name>, born 1980-04-01, loondienst) in `team` with
  // `ric` as coordinator, through RevalidantService as that RIC; fails the test on an error.
  core::RevalidantId AddRevalidant(const std::string& family_name, core::TeamId team,
                                   core::UserId ric, const std::string& function_title = "");
  // The context an authenticated request of this user would carry.
  RequestContext Ctx(core::UserId id);
  // All audit rows, oldest first.
  std::vector<store::AuditRow> AuditRows();

  static core::Instant Start();

  std::filesystem::path dir_;
  std::string db_path_;
  core::FakeClock clock_{Start()};
  std::unique_ptr<store::sql::SqlDatabase> db_;
  PasswordHasherOptions hashing_{PasswordCost::kMinimal, 2};
};

// Team A with its arts, ric and fysio, Team B with ric.b, and one revalidant of Team A
// coordinated by `ric_`: the organisation the AGR and partner service tests work in.
class TwoTeamsServiceTest : public ServiceTest {
 protected:
  // Creates all of the above; the revalidant is "Test <family_name>" (check `revalidant_`).
  void AddTwoTeams(const std::string& family_name);

  core::TeamId team_a_, team_b_;
  core::UserId arts_, ric_, ric_b_, fysio_;
  core::RevalidantId revalidant_;
};

}  // namespace werkpad::service::testing
