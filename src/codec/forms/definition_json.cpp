#include "codec/forms/definition_json.hpp"

#include <boost/json/serialize.hpp>

#include <cmath>
#include <limits>
#include <map>

#include "codec/forms/answers_json.hpp"
#include "codec/json_reader.hpp"

namespace werkpad::codec::forms {

namespace json = boost::json;
namespace df = domain::forms;
using Need = ObjectReader::Need;

namespace {

constexpr std::int64_t kAnyInt = 1'000'000'000'000LL;  // range for integers the domain checks
constexpr double kAnyNumber = 1e15;
constexpr std::size_t kMaxItems = 500;
constexpr std::size_t kMaxOptions = 200;
constexpr std::size_t kMaxDepth = 10;

std::vector<std::string_view> Codes(auto all) {
  std::vector<std::string_view> out;
  for (auto x : all) out.push_back(df::ToCode(x));
  return out;
}

// Types of the items read so far, so that a condition's value can be read with the type of the
// item it refers to (conditions refer to earlier items).
using TypeIndex = std::map<std::string, df::ItemType, std::less<>>;

class DefinitionReader {
 public:
  explicit DefinitionReader(std::vector<core::FieldError>& errors) : errors_(errors) {}

  std::vector<df::Item> Items(const json::array& arr, const std::string& path, std::size_t depth) {
    std::vector<df::Item> out;
    if (depth > kMaxDepth) {
      errors_.push_back({path, "too_deep", "items are nested too deeply"});
      return out;
    }
    for (std::size_t i = 0; i < arr.size(); ++i) {
      out.push_back(Item(arr[i], path + "[" + std::to_string(i) + "]", depth));
    }
    return out;
  }

 private:
  df::Item Item(const json::value& v, const std::string& path, std::size_t depth) {
    df::Item item;
    ObjectReader r(v, path, errors_);
    item.key = r.String("key", Need::kRequired, df::kMaxKeyLength).value_or("");
    if (auto type = r.Enum("type", Need::kRequired, Codes(df::AllItemTypes()))) {
      item.type = *df::ParseItemType(*type);
    }
    item.label = r.String("label", Need::kOptional, 4000).value_or("");
    item.help = r.String("help", Need::kOptional, 4000).value_or("");
    item.required = r.Bool("required", Need::kOptional).value_or(false);
    item.max_length = r.Int("max_length", Need::kOptional, -kAnyInt, kAnyInt);
    if (const json::array* opts = r.Array("options", Need::kOptional, kMaxOptions)) {
      for (std::size_t k = 0; k < opts->size(); ++k) {
        ObjectReader o((*opts)[k], r.Child("options") + "[" + std::to_string(k) + "]", errors_);
        df::ChoiceOption opt;
        opt.code = o.String("code", Need::kRequired, 64).value_or("");
        opt.label = o.String("label", Need::kOptional, 500).value_or("");
        o.Finish();
        item.options.push_back(std::move(opt));
      }
    }
    item.unit = r.String("unit", Need::kOptional, 50).value_or("");
    item.min = r.Number("min", Need::kOptional, -kAnyNumber, kAnyNumber);
    item.max = r.Number("max", Need::kOptional, -kAnyNumber, kAnyNumber);
    item.decimals = r.Int("decimals", Need::kOptional, -kAnyInt, kAnyInt);
    if (const json::array* units = r.Array("units", Need::kOptional, 10)) {
      for (std::size_t k = 0; k < units->size(); ++k) {
        const std::string upath = r.Child("units") + "[" + std::to_string(k) + "]";
        const json::value& u = (*units)[k];
        if (!u.is_string()) {
          errors_.push_back({upath, "wrong_type", "must be a string"});
        } else if (auto unit = df::ParseDurationUnit(u.get_string())) {
          item.units.push_back(*unit);
        } else {
          errors_.push_back({upath, "invalid_value", "must be one of: days, weeks, months"});
        }
      }
    }
    item.min_rows = r.Int("min_rows", Need::kOptional, -kAnyInt, kAnyInt);
    item.max_rows = r.Int("max_rows", Need::kOptional, -kAnyInt, kAnyInt);
    if (const json::value* ew = r.Object("enable_when", Need::kOptional)) {
      item.enable_when = EnableWhen(*ew, r.Child("enable_when"));
    }
    if (!item.key.empty()) types_.emplace(item.key, item.type);
    if (const json::array* children = r.Array("items", Need::kOptional, kMaxItems)) {
      item.items = Items(*children, r.Child("items"), depth + 1);
    }
    r.Finish();
    return item;
  }

  df::EnableWhen EnableWhen(const json::value& v, const std::string& path) {
    df::EnableWhen ew;
    ObjectReader r(v, path, errors_);
    if (auto b = r.Enum("behavior", Need::kOptional, {"all", "any"})) {
      ew.behavior = *df::ParseEnableBehavior(*b);
    }
    if (const json::array* conds = r.Array("conditions", Need::kRequired, 50)) {
      for (std::size_t k = 0; k < conds->size(); ++k) {
        ew.conditions.push_back(
            Condition((*conds)[k], r.Child("conditions") + "[" + std::to_string(k) + "]"));
      }
    }
    r.Finish();
    return ew;
  }

  df::Condition Condition(const json::value& v, const std::string& path) {
    df::Condition c;
    ObjectReader r(v, path, errors_);
    c.item = r.String("item", Need::kRequired, df::kMaxKeyLength).value_or("");
    if (auto op =
            r.Enum("op", Need::kRequired, {"equals", "not_equals", "answered", "not_answered"})) {
      c.op = *df::ParseConditionOp(*op);
    }
    if (r.IsNull("value")) {
      r.Bool("value", Need::kOptional);  // null: no value (marks the key as read)
    } else if (r.Has("value")) {
      c.value = ConditionValue(r, v, c.item);
    }
    r.Finish();
    return c;
  }

  // Reads "value" with the JSON type of the referenced item's answers. When the item is unknown
  // (the domain validation reports that), the JSON type decides.
  std::optional<df::Value> ConditionValue(ObjectReader& r, const json::value& cond,
                                          const std::string& ref) {
    auto it = types_.find(ref);
    std::optional<df::ItemType> type;
    if (it != types_.end()) type = it->second;
    const json::value& raw = cond.as_object().at("value");
    auto is = [&](df::ItemType t) { return type && *type == t; };
    if (is(df::ItemType::kDate)) {
      if (auto d = r.Date("value", Need::kOptional)) return df::Value{*d};
      return std::nullopt;
    }
    if (is(df::ItemType::kDuration) || (!type && raw.is_object())) {
      const json::value* obj = r.Object("value", Need::kOptional);
      if (obj == nullptr) return std::nullopt;
      ObjectReader d(*obj, r.Child("value"), errors_);
      auto amount = d.Int("amount", Need::kRequired, -1'000'000, 1'000'000);
      auto unit = d.Enum("unit", Need::kRequired, {"days", "weeks", "months"});
      d.Finish();
      if (!amount || !unit) return std::nullopt;
      return df::Value{df::Duration{*amount, *df::ParseDurationUnit(*unit)}};
    }
    if (is(df::ItemType::kYesNo) || (!type && raw.is_bool())) {
      if (auto b = r.Bool("value", Need::kOptional)) return df::Value{*b};
      return std::nullopt;
    }
    if (is(df::ItemType::kNumber) || (!type && raw.is_number())) {
      if (auto n = r.Number("value", Need::kOptional, std::numeric_limits<double>::lowest(),
                            std::numeric_limits<double>::max())) {
        return df::Value{*n};
      }
      return std::nullopt;
    }
    // Text, choices, party (and anything else: the domain reports a wrong type).
    if (auto s = r.String("value", Need::kOptional, 4000)) return df::Value{std::move(*s)};
    return std::nullopt;
  }

  std::vector<core::FieldError>& errors_;
  TypeIndex types_;
};

json::value Number(double d) {
  if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9e15) {
    return json::value(static_cast<std::int64_t>(d));
  }
  return json::value(d);
}

json::value ItemToJson(const df::Item& item) {
  json::object o;
  o["key"] = item.key;
  o["type"] = df::ToCode(item.type);
  o["label"] = item.label;
  if (!item.help.empty()) o["help"] = item.help;
  if (item.required) o["required"] = true;
  if (item.max_length) o["max_length"] = *item.max_length;
  if (!item.options.empty()) {
    json::array opts;
    for (const auto& opt : item.options) {
      json::object jo;
      jo["code"] = opt.code;
      if (!opt.label.empty()) jo["label"] = opt.label;
      opts.emplace_back(std::move(jo));
    }
    o["options"] = std::move(opts);
  }
  if (!item.unit.empty()) o["unit"] = item.unit;
  if (item.min) o["min"] = Number(*item.min);
  if (item.max) o["max"] = Number(*item.max);
  if (item.decimals) o["decimals"] = *item.decimals;
  if (!item.units.empty()) {
    json::array units;
    for (auto u : item.units) units.emplace_back(df::ToCode(u));
    o["units"] = std::move(units);
  }
  if (item.min_rows) o["min_rows"] = *item.min_rows;
  if (item.max_rows) o["max_rows"] = *item.max_rows;
  if (item.enable_when) {
    json::object ew;
    ew["behavior"] = df::ToCode(item.enable_when->behavior);
    json::array conds;
    for (const auto& c : item.enable_when->conditions) {
      json::object jc;
      jc["item"] = c.item;
      jc["op"] = df::ToCode(c.op);
      if (c.value) jc["value"] = ValueToJson(*c.value);
      conds.emplace_back(std::move(jc));
    }
    ew["conditions"] = std::move(conds);
    o["enable_when"] = std::move(ew);
  }
  if (!item.items.empty()) {
    json::array children;
    for (const auto& child : item.items) children.emplace_back(ItemToJson(child));
    o["items"] = std::move(children);
  }
  return o;
}

}  // namespace

core::Result<df::FormDefinition> ParseFormDefinition(std::string_view text) {
  WP_ASSIGN_OR_RETURN(json::value v, ParseJson(text));
  std::vector<core::FieldError> errors;
  df::FormDefinition def;
  ObjectReader r(v, "", errors);
  def.id = r.String("id", Need::kRequired, 64).value_or("");
  def.version = r.Int("version", Need::kRequired, -kAnyInt, kAnyInt).value_or(0);
  def.title = r.String("title", Need::kRequired, 500).value_or("");
  def.description = r.String("description", Need::kOptional, 4000).value_or("");
  def.requires_signature = r.Bool("requires_signature", Need::kOptional).value_or(false);
  DefinitionReader reader(errors);
  if (const json::array* items = r.Array("items", Need::kRequired, kMaxItems)) {
    def.items = reader.Items(*items, "items", 1);
  }
  r.Finish();
  WP_RETURN_IF_ERROR(ErrorsToStatus(std::move(errors), "form definition"));
  return def;
}

core::Result<df::FormDefinition> LoadFormDefinition(std::string_view text) {
  WP_ASSIGN_OR_RETURN(df::FormDefinition def, ParseFormDefinition(text));
  WP_RETURN_IF_ERROR(df::ValidateDefinition(def));
  return def;
}

json::value FormDefinitionToJson(const df::FormDefinition& def) {
  json::object o;
  o["id"] = def.id;
  o["version"] = def.version;
  o["title"] = def.title;
  if (!def.description.empty()) o["description"] = def.description;
  o["requires_signature"] = def.requires_signature;
  json::array items;
  for (const auto& item : def.items) items.emplace_back(ItemToJson(item));
  o["items"] = std::move(items);
  return o;
}

std::string SerializeFormDefinition(const df::FormDefinition& def) {
  return json::serialize(FormDefinitionToJson(def));
}

}  // namespace werkpad::codec::forms
