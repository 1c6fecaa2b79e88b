#include "store/store_fixture.hpp"

#include <fmt/format.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "store/sql/migrations.hpp"

namespace werkpad::store::testing {

std::string Describe(const core::Error& e) {
  std::string out = fmt::format("{}: {}", core::ToString(e.code), e.message);
  for (const auto& f : e.fields) out += fmt::format(" [{} {}]", f.path, f.code);
  return out;
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "sqlite" : "postgresql";
}

std::string PostgresBaseUrl() {
  const char* file = std::getenv("WERKPAD_TEST_PG_URL_FILE");
  if (file == nullptr || *file == '\0') return {};
  std::ifstream in(file);
  std::string url;
  std::getline(in, url);
  EXPECT_FALSE(url.empty()) << "cannot read the PostgreSQL URL from " << file
                            << " (is the CTest fixture postgres running?)";
  return url;
}

namespace {

std::string UniqueName() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return fmt::format("t{}_{}_{:08x}", ::getpid(), counter++, rd());
}

}  // namespace

ScratchDatabase::ScratchDatabase(Backend backend) : backend_(backend) {
  if (backend == Backend::kSqlite) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "werkpad-store-XXXXXX").string();
    char* made = ::mkdtemp(tmpl.data());
    if (made == nullptr) {
      ADD_FAILURE() << "mkdtemp failed";
      skipped_ = true;
      return;
    }
    dir_ = made;
    url_text_ = "sqlite:" + dir_ + "/werkpad.db";
  } else {
    admin_url_ = PostgresBaseUrl();
    if (admin_url_.empty()) {
      skipped_ = true;
      return;
    }
    name_ = UniqueName();
    auto admin = sql::Open(sql::ParseDatabaseUrl(admin_url_).value(), sql::ConnectionRole::kWriter);
    if (!admin.ok()) {
      ADD_FAILURE() << "cannot connect to the test cluster: " << Describe(admin.error());
      skipped_ = true;
      return;
    }
    **admin << "CREATE SCHEMA " + name_;
    // Every connection of this database works in the new schema only.
    const char sep = admin_url_.find('?') == std::string::npos ? '?' : '&';
    url_text_ = fmt::format("{}{}options=-csearch_path%3D{}&application_name={}", admin_url_, sep,
                            name_, name_);
  }
  url_ = sql::ParseDatabaseUrl(url_text_).value();
}

ScratchDatabase::~ScratchDatabase() {
  if (backend_ == Backend::kSqlite) {
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
    }
  } else if (!name_.empty()) {
    auto admin = sql::Open(sql::ParseDatabaseUrl(admin_url_).value(), sql::ConnectionRole::kWriter);
    if (admin.ok()) {
      try {
        **admin << "DROP SCHEMA " + name_ + " CASCADE";
      } catch (const std::exception& e) {
        ADD_FAILURE() << "cannot drop schema " << name_ << ": " << e.what();
      }
    }
  }
}

void StoreTest::SetUp() {
  scratch_ = std::make_unique<ScratchDatabase>(GetParam());
  if (scratch_->skipped()) {
    GTEST_SKIP() << "WERKPAD_TEST_PG_URL_FILE is not set: run under CTest (fixture postgres)";
  }
  auto report = sql::Migrate(scratch_->url(), 1'000);
  ASSERT_TRUE(report.ok()) << Describe(report.error());
  db_ = OpenDatabase();
  ASSERT_NE(db_, nullptr);
}

void StoreTest::TearDown() {
  db_.reset();
  scratch_.reset();
}

std::unique_ptr<sql::SqlDatabase> StoreTest::OpenDatabase(sql::SqlDatabaseOptions options) {
  auto db = sql::SqlDatabase::Open(scratch_->url(), options);
  EXPECT_TRUE(db.ok()) << Describe(db.error());
  if (!db.ok()) return nullptr;
  return std::move(db).value();
}

std::unique_ptr<soci::session> StoreTest::RawSession() {
  auto s = sql::Open(scratch_->url(), sql::ConnectionRole::kWriter);
  EXPECT_TRUE(s.ok()) << Describe(s.error());
  if (!s.ok()) return nullptr;
  return std::move(s).value();
}

core::Instant At(std::int64_t seconds_after_base) {
  // 2026-12-01T00:00:00Z
  return core::FromMillis(1'796'083'200'000LL + seconds_after_base * 1000);
}

UserRecord MakeUser(const std::string& username, domain::identity::Role role) {
  UserRecord u;
  u.username = username;
  u.display_name = "Test " + username;
  u.email = username + "@example.test";
  u.role = role;
  u.discipline = role == domain::identity::Role::kTherapeut ? "fysiotherapie" : "";
  u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$ZmFrZXNhbHQ$ZmFrZWhhc2g";
  u.created_at = At(0);
  return u;
}

TrajectoryRecord MakeTrajectory(core::RevalidantId revalidant, core::UserId ric, core::Instant at) {
  TrajectoryRecord r;
  r.trajectory.revalidant_id = revalidant;
  r.trajectory.admission_date = *core::ParseDate("2026-11-02");
  r.trajectory.started_by = ric;
  r.trajectory.started_at = at;
  r.ric_user_id = ric;
  r.settings = {{"klinisch", "", ric, at}};
  r.updated_at = at;
  return r;
}

domain::registry::RevalidantData MakeRevalidant(const std::string& given, const std::string& family,
                                                const std::string& date_of_birth,
                                                std::optional<std::string> bsn) {
  domain::registry::RevalidantData d;
  d.given_names = given;
  d.family_name = family;
  d.date_of_birth = core::ParseDate(date_of_birth).value();
  d.bsn = std::move(bsn);
  d.employment_status = domain::registry::EmploymentStatus::kLoondienst;
  d.contact.email = "test@example.test";
  d.contact.city = "Teststad";
  return d;
}

}  // namespace werkpad::store::testing
