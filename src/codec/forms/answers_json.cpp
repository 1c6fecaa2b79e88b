#include "codec/forms/answers_json.hpp"

#include <boost/json/serialize.hpp>

#include <cmath>
#include <limits>

#include "codec/json_reader.hpp"

namespace werkpad::codec::forms {

namespace json = boost::json;
namespace df = domain::forms;
using Need = ObjectReader::Need;

namespace {

// Generous byte cap for one text answer: the domain counts characters against the item's own
// limit (at most kMaxTextLimit); UTF-8 needs at most 4 bytes per character.
constexpr std::size_t kMaxTextBytes = static_cast<std::size_t>(df::kMaxTextLimit) * 4;
constexpr std::size_t kMaxSelections = 500;

void ReadLevel(ObjectReader& r, const std::vector<df::Item>& items, df::Answers& out,
               std::vector<core::FieldError>& errors);

std::optional<df::Value> ReadDuration(ObjectReader& r, std::string_view key,
                                      std::vector<core::FieldError>& errors) {
  const json::value* obj = r.Object(key, Need::kOptional);
  if (obj == nullptr) return std::nullopt;
  ObjectReader d(*obj, r.Child(key), errors);
  auto amount = d.Int("amount", Need::kRequired, -1'000'000, 1'000'000);
  auto unit = d.Enum("unit", Need::kRequired, {"days", "weeks", "months"});
  d.Finish();
  if (!amount || !unit) return std::nullopt;
  return df::Value{df::Duration{*amount, *df::ParseDurationUnit(*unit)}};
}

std::optional<df::Value> ReadItem(ObjectReader& r, const df::Item& item,
                                  std::vector<core::FieldError>& errors) {
  const std::string& key = item.key;
  switch (item.type) {
    case df::ItemType::kText:
    case df::ItemType::kLongText:
    case df::ItemType::kSingleChoice:
    case df::ItemType::kParty:
      if (auto s = r.String(key, Need::kOptional, kMaxTextBytes)) return df::Value{std::move(*s)};
      return std::nullopt;
    case df::ItemType::kYesNo:
      if (auto b = r.Bool(key, Need::kOptional)) return df::Value{*b};
      return std::nullopt;
    case df::ItemType::kNumber:
      if (auto d = r.Number(key, Need::kOptional, std::numeric_limits<double>::lowest(),
                            std::numeric_limits<double>::max())) {
        return df::Value{*d};
      }
      return std::nullopt;
    case df::ItemType::kDate:
      if (auto d = r.Date(key, Need::kOptional)) return df::Value{*d};
      return std::nullopt;
    case df::ItemType::kDuration:
      return ReadDuration(r, key, errors);
    case df::ItemType::kMultipleChoice: {
      const json::array* arr = r.Array(key, Need::kOptional, kMaxSelections);
      if (arr == nullptr) return std::nullopt;
      std::vector<std::string> codes;
      bool ok = true;
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (!(*arr)[i].is_string()) {
          errors.push_back(
              {r.Child(key) + "[" + std::to_string(i) + "]", "wrong_type", "must be a string"});
          ok = false;
          continue;
        }
        codes.emplace_back((*arr)[i].get_string());
      }
      if (!ok) return std::nullopt;
      return df::Value{std::move(codes)};
    }
    case df::ItemType::kRepeatable: {
      const json::array* arr =
          r.Array(key, Need::kOptional, static_cast<std::size_t>(df::kMaxRowsLimit));
      if (arr == nullptr) return std::nullopt;
      std::vector<df::Row> rows;
      for (std::size_t i = 0; i < arr->size(); ++i) {
        ObjectReader row_reader((*arr)[i], r.Child(key) + "[" + std::to_string(i) + "]", errors);
        df::Row row;
        ReadLevel(row_reader, item.items, row.answers, errors);
        row_reader.Finish();
        rows.push_back(std::move(row));
      }
      return df::Value{std::move(rows)};
    }
    case df::ItemType::kGroup:
    case df::ItemType::kDisplay:
      break;
  }
  return std::nullopt;
}

void ReadLevel(ObjectReader& r, const std::vector<df::Item>& items, df::Answers& out,
               std::vector<core::FieldError>& errors) {
  for (const df::Item& item : items) {
    if (item.type == df::ItemType::kGroup) {
      ReadLevel(r, item.items, out, errors);  // group children answer at this level
      continue;
    }
    if (item.type == df::ItemType::kDisplay) continue;  // an answer is an unknown field
    if (auto v = ReadItem(r, item, errors)) out.emplace(item.key, std::move(*v));
  }
}

// Whole numbers are written as integers ("32", not "3.2E1").
json::value Number(double d) {
  if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9e15) {
    return json::value(static_cast<std::int64_t>(d));
  }
  return json::value(d);
}

}  // namespace

df::Answers ReadAnswers(const json::value& value, const df::FormDefinition& def, std::string path,
                        std::vector<core::FieldError>& errors) {
  df::Answers out;
  ObjectReader r(value, std::move(path), errors);
  ReadLevel(r, def.items, out, errors);
  r.Finish();
  return out;
}

core::Result<df::Answers> ParseAnswers(std::string_view text, const df::FormDefinition& def) {
  WP_ASSIGN_OR_RETURN(json::value v, ParseJson(text));
  std::vector<core::FieldError> errors;
  df::Answers answers = ReadAnswers(v, def, "items", errors);
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "form answers"));
  return answers;
}

json::value ValueToJson(const df::Value& value) {
  struct Visitor {
    json::value operator()(const std::string& s) const { return json::value(s); }
    json::value operator()(bool b) const { return json::value(b); }
    json::value operator()(double d) const { return Number(d); }
    json::value operator()(const std::vector<std::string>& list) const {
      json::array a;
      for (const auto& s : list) a.emplace_back(s);
      return a;
    }
    json::value operator()(const df::Duration& d) const {
      json::object o;
      o["amount"] = d.amount;
      o["unit"] = df::ToCode(d.unit);
      return o;
    }
    json::value operator()(const core::Date& d) const { return json::value(core::FormatDate(d)); }
    json::value operator()(const std::vector<df::Row>& rows) const {
      json::array a;
      for (const auto& row : rows) a.emplace_back(AnswersToJson(row.answers));
      return a;
    }
  };
  return std::visit(Visitor{}, value);
}

json::value AnswersToJson(const df::Answers& answers) {
  json::object o;
  for (const auto& [key, value] : answers) o[key] = ValueToJson(value);
  return o;
}

std::string SerializeAnswers(const df::Answers& answers) {
  return json::serialize(AnswersToJson(answers));
}

}  // namespace werkpad::codec::forms
