#include "domain/forms/diff.hpp"

#include <gtest/gtest.h>

#include "domain/forms/sample_form.hpp"

namespace werkpad::domain::forms {
namespace {

using testing::MakeRow;

Value S(const char* s) { return Value{std::string(s)}; }

std::vector<std::string> Paths(const std::vector<FieldChange>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(c.path);
  return out;
}

TEST(DiffTest, NoChangesGiveNothing) {
  Answers a;
  a["functie"] = S("Monteur");
  a["uren"] = 32.0;
  EXPECT_TRUE(DiffAnswers(a, a).empty());
  EXPECT_TRUE(DiffAnswers({}, {}).empty());
}

TEST(DiffTest, AddedChangedAndClearedFields) {
  Answers before;
  before["functie"] = S("Monteur");
  before["uren"] = 32.0;
  before["opmerking"] = S("oud");
  Answers after;
  after["functie"] = S("Planner");
  after["uren"] = 32.0;
  after["startdatum"] = core::Date{std::chrono::year{2026} / 3 / 2};
  auto changes = DiffAnswers(before, after);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0], (FieldChange{"items.functie", S("Monteur"), S("Planner")}));
  EXPECT_EQ(changes[1], (FieldChange{"items.opmerking", S("oud"), std::nullopt}));
  EXPECT_EQ(changes[2].path, "items.startdatum");
  EXPECT_EQ(changes[2].old_value, std::nullopt);
  EXPECT_TRUE(changes[2].new_value.has_value());
}

TEST(DiffTest, EmptyAnswersCountAsAbsent) {
  Answers before;
  before["functie"] = S("");
  before["hulpmiddelen"] = std::vector<std::string>{};
  EXPECT_TRUE(DiffAnswers(before, {}).empty());
  Answers after;
  after["functie"] = S("  ");
  EXPECT_TRUE(DiffAnswers({}, after).empty());
}

TEST(DiffTest, RowsAreComparedFieldByField) {
  Answers before;
  before["contacten"] = std::vector<Row>{
      MakeRow({{"naam", S("A")}, {"telefoon", S("010")}}),
      MakeRow({{"naam", S("B")}, {"telefoon", S("020")}}),
      MakeRow({{"naam", S("C")}}),
  };
  Answers after;
  after["contacten"] = std::vector<Row>{
      MakeRow({{"naam", S("A")}, {"telefoon", S("010")}}),
      MakeRow({{"naam", S("B")}, {"telefoon", S("030")}, {"email", S("b@x.nl")}}),
  };
  auto changes = DiffAnswers(before, after);
  EXPECT_EQ(Paths(changes),
            (std::vector<std::string>{"items.contacten[1].email", "items.contacten[1].telefoon",
                                      "items.contacten[2].naam"}));
  EXPECT_EQ(changes[1].old_value, S("020"));
  EXPECT_EQ(changes[1].new_value, S("030"));
  EXPECT_EQ(changes[2].new_value, std::nullopt);  // row 2 removed
}

TEST(DiffTest, AddedRowsAndMultipleChoiceAndTypeChanges) {
  Answers before;
  before["hulpmiddelen"] = std::vector<std::string>{"bril"};
  before["duur"] = Duration{12, DurationUnit::kWeeks};
  Answers after;
  after["hulpmiddelen"] = std::vector<std::string>{"bril", "laptop"};
  after["duur"] = Duration{3, DurationUnit::kMonths};
  after["contacten"] = std::vector<Row>{MakeRow({{"naam", S("Nieuw")}})};
  auto changes = DiffAnswers(before, after);
  EXPECT_EQ(Paths(changes), (std::vector<std::string>{"items.contacten[0].naam", "items.duur",
                                                      "items.hulpmiddelen"}));
  // A value that changes kind (rows -> text) is reported as a whole.
  Answers weird;
  weird["contacten"] = S("geen");
  auto whole = DiffAnswers(after, weird);
  ASSERT_EQ(whole.size(), 3u);
  EXPECT_EQ(whole[0].path, "items.contacten");
  EXPECT_EQ(whole[0].new_value, S("geen"));
}

}  // namespace
}  // namespace werkpad::domain::forms
