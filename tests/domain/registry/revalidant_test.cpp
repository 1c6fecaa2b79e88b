#include "domain/registry/revalidant.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace werkpad::domain::registry {
namespace {

using namespace std::chrono;
const core::Date kToday = year{2026} / November / 23;

RevalidantData Valid() {
  RevalidantData d;
  d.given_names = "Test";
  d.family_name = "Voorbeeld";
  d.date_of_birth = year{1980} / April / 1;
  d.employment_status = EmploymentStatus::kLoondienst;
  return d;
}

bool HasField(const core::Status& s, const std::string& path, const std::string& code) {
  if (s.ok()) return false;
  const auto& f = s.error().fields;
  return std::any_of(f.begin(), f.end(),
                     [&](const core::FieldError& e) { return e.path == path && e.code == code; });
}

TEST(RevalidantTest, MinimalRecordIsValid) {
  auto d = Valid();
  EXPECT_TRUE(ValidateRevalidant(d, kToday).ok());
}

TEST(RevalidantTest, ReportsEveryProblemWithItsPath) {
  auto d = Valid();
  d.given_names = "  ";
  d.family_name = std::string(201, 'x');
  d.bsn = "123456789";
  d.contact.email = "geen-adres";
  d.employer = Employer{};
  d.hours_per_week = 81;
  auto s = ValidateRevalidant(d, kToday);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_TRUE(HasField(s, "given_names", "required"));
  EXPECT_TRUE(HasField(s, "family_name", "too_long"));
  EXPECT_TRUE(HasField(s, "bsn", "elfproef"));
  EXPECT_TRUE(HasField(s, "contact.email", "invalid_email"));
  EXPECT_TRUE(HasField(s, "employer.organisation", "required"));
  EXPECT_TRUE(HasField(s, "hours_per_week", "out_of_range"));
}

TEST(RevalidantTest, BirthDateBounds) {
  auto d = Valid();
  d.date_of_birth = year{2026} / November / 24;
  EXPECT_TRUE(HasField(ValidateRevalidant(d, kToday), "date_of_birth", "in_future"));
  d.date_of_birth = year{1900} / January / 1;
  EXPECT_TRUE(HasField(ValidateRevalidant(d, kToday), "date_of_birth", "implausible"));
  d.date_of_birth = kToday;
  EXPECT_TRUE(ValidateRevalidant(d, kToday).ok());
}

TEST(RevalidantTest, NormalisesBsn) {
  auto d = Valid();
  d.bsn = "123.456.782";
  ASSERT_TRUE(ValidateRevalidant(d, kToday).ok());
  EXPECT_EQ(d.bsn, "123456782");
}

TEST(RevalidantTest, EmploymentStatusCodesRoundTrip) {
  for (auto s : AllEmploymentStatuses()) {
    EXPECT_EQ(ParseEmploymentStatus(ToCode(s)), s);
  }
  EXPECT_FALSE(ParseEmploymentStatus("freelancer").has_value());
}

}  // namespace
}  // namespace werkpad::domain::registry
