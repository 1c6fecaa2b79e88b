#include "domain/forms/definition.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace werkpad::domain::forms {

namespace {

constexpr std::array kItemTypes = {
    ItemType::kText,           ItemType::kLongText, ItemType::kYesNo,      ItemType::kSingleChoice,
    ItemType::kMultipleChoice, ItemType::kNumber,   ItemType::kDuration,   ItemType::kDate,
    ItemType::kParty,          ItemType::kGroup,    ItemType::kRepeatable, ItemType::kDisplay,
};
constexpr std::array kOps = {ConditionOp::kEquals, ConditionOp::kNotEquals, ConditionOp::kAnswered,
                             ConditionOp::kNotAnswered};

bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// [a-z][a-z0-9_]*, at most kMaxKeyLength.
bool IsValidKey(std::string_view k) {
  if (k.empty() || k.size() > kMaxKeyLength || !(k[0] >= 'a' && k[0] <= 'z')) return false;
  return std::all_of(k.begin(), k.end(), [](char c) { return IsLowerAlnum(c) || c == '_'; });
}

// [a-z0-9]+(-[a-z0-9]+)*, at most 64.
bool IsValidFormId(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
  char prev = 'x';
  for (char c : id) {
    if (c == '-' && prev == '-') return false;
    if (!IsLowerAlnum(c) && c != '-') return false;
    prev = c;
  }
  return true;
}

bool IsChoice(ItemType t) { return t == ItemType::kSingleChoice || t == ItemType::kMultipleChoice; }
bool HasChildren(ItemType t) { return t == ItemType::kGroup || t == ItemType::kRepeatable; }
bool IsText(ItemType t) { return t == ItemType::kText || t == ItemType::kLongText; }

// Where an item sits: its position in document order and the chain of repeatable keys around it
// (outermost first). Conditions may only look into the same chain or a prefix of it.
struct Placement {
  const Item* item = nullptr;
  std::size_t order = 0;
  std::vector<std::string> scope;
};

class DefinitionChecker {
 public:
  explicit DefinitionChecker(std::vector<core::FieldError>& errors) : errors_(errors) {}

  void Index(const std::vector<Item>& items, std::vector<std::string>& scope) {
    for (const Item& item : items) {
      Placement p{&item, next_order_++, scope};
      if (IsValidKey(item.key)) {
        if (!placements_.emplace(item.key, p).second) duplicates_.insert(&item);
      }
      order_of_[&item] = p.order;
      if (HasChildren(item.type)) {
        if (item.type == ItemType::kRepeatable) scope.push_back(item.key);
        Index(item.items, scope);
        if (item.type == ItemType::kRepeatable) scope.pop_back();
      }
    }
  }

  void CheckItems(const std::vector<Item>& items, const std::string& path,
                  std::vector<std::string>& scope, std::size_t depth) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      CheckItem(items[i], path + "[" + std::to_string(i) + "]", scope, depth);
    }
  }

 private:
  void Fail(std::string path, std::string code, std::string message) {
    errors_.push_back({std::move(path), std::move(code), std::move(message)});
  }

  void NotApplicable(const std::string& path, std::string_view field, const Item& item) {
    Fail(path + "." + std::string(field), "not_applicable",
         "does not apply to an item of type " + std::string(ToCode(item.type)));
  }

  void CheckItem(const Item& item, const std::string& path, std::vector<std::string>& scope,
                 std::size_t depth) {
    if (!IsValidKey(item.key)) {
      Fail(path + ".key", "invalid_key", "must match [a-z][a-z0-9_]* (at most 64 characters)");
    } else if (duplicates_.count(&item) > 0) {
      Fail(path + ".key", "duplicate_key", "key '" + item.key + "' is used more than once");
    }
    if (item.label.empty()) Fail(path + ".label", "required", "is required");

    const ItemType t = item.type;
    if (item.required && !IsAnswerable(t)) NotApplicable(path, "required", item);

    // Text limits.
    if (item.max_length) {
      if (!IsText(t)) {
        NotApplicable(path, "max_length", item);
      } else if (*item.max_length < 1 || *item.max_length > kMaxTextLimit) {
        Fail(path + ".max_length", "out_of_range",
             "must be between 1 and " + std::to_string(kMaxTextLimit));
      }
    }

    // Options.
    if (IsChoice(t) && item.options.empty()) {
      Fail(path + ".options", "required", "a choice item needs at least one option");
    }
    if (!IsChoice(t) && t != ItemType::kParty && !item.options.empty()) {
      NotApplicable(path, "options", item);
    }
    std::set<std::string, std::less<>> codes;
    for (std::size_t k = 0; k < item.options.size(); ++k) {
      const auto& o = item.options[k];
      std::string opath = path + ".options[" + std::to_string(k) + "]";
      if (!IsValidKey(o.code)) {
        Fail(opath + ".code", "invalid_code", "must match [a-z][a-z0-9_]*");
      } else if (!codes.insert(o.code).second) {
        Fail(opath + ".code", "duplicate_option", "option '" + o.code + "' appears twice");
      }
      if (o.label.empty() && t != ItemType::kParty)
        Fail(opath + ".label", "required", "is required");
    }

    // Number and duration limits.
    const bool numeric = t == ItemType::kNumber || t == ItemType::kDuration;
    if (!numeric && item.min) NotApplicable(path, "min", item);
    if (!numeric && item.max) NotApplicable(path, "max", item);
    if (numeric && item.min && item.max && *item.min > *item.max) {
      Fail(path + ".max", "invalid_limits", "max is below min");
    }
    if (t != ItemType::kNumber && !item.unit.empty()) NotApplicable(path, "unit", item);
    if (item.decimals) {
      if (t != ItemType::kNumber) {
        NotApplicable(path, "decimals", item);
      } else if (*item.decimals < 0 || *item.decimals > kMaxDecimals) {
        Fail(path + ".decimals", "out_of_range", "must be between 0 and 6");
      }
    }
    if (t == ItemType::kDuration) {
      if (item.units.empty()) Fail(path + ".units", "required", "a duration needs its units");
      std::set<DurationUnit> seen;
      for (std::size_t k = 0; k < item.units.size(); ++k) {
        if (!seen.insert(item.units[k]).second) {
          Fail(path + ".units[" + std::to_string(k) + "]", "duplicate_option", "unit listed twice");
        }
      }
      if (item.min && *item.min != static_cast<double>(static_cast<std::int64_t>(*item.min))) {
        Fail(path + ".min", "invalid_limits", "a duration amount is a whole number");
      }
      if (item.max && *item.max != static_cast<double>(static_cast<std::int64_t>(*item.max))) {
        Fail(path + ".max", "invalid_limits", "a duration amount is a whole number");
      }
    } else if (!item.units.empty()) {
      NotApplicable(path, "units", item);
    }

    // Rows.
    if (t == ItemType::kRepeatable) {
      std::int64_t lo = item.min_rows.value_or(0);
      std::int64_t hi = EffectiveMaxRows(item);
      if (lo < 0 || lo > kMaxRowsLimit) {
        Fail(path + ".min_rows", "out_of_range", "must be between 0 and 1000");
      }
      if (hi < 1 || hi > kMaxRowsLimit) {
        Fail(path + ".max_rows", "out_of_range", "must be between 1 and 1000");
      } else if (lo > hi) {
        Fail(path + ".max_rows", "invalid_limits", "max_rows is below min_rows");
      }
    } else {
      if (item.min_rows) NotApplicable(path, "min_rows", item);
      if (item.max_rows) NotApplicable(path, "max_rows", item);
    }

    // Conditions, checked against the index built beforehand.
    if (item.enable_when) CheckEnableWhen(item, *item.enable_when, path + ".enable_when", scope);

    // Children.
    if (HasChildren(t)) {
      if (item.items.empty()) Fail(path + ".items", "required", "a group needs child items");
      if (depth + 1 > kMaxNesting) {
        Fail(path + ".items", "too_deep", "groups are nested too deeply");
        return;
      }
      if (t == ItemType::kRepeatable) scope.push_back(item.key);
      CheckItems(item.items, path + ".items", scope, depth + 1);
      if (t == ItemType::kRepeatable) scope.pop_back();
    } else if (!item.items.empty()) {
      NotApplicable(path, "items", item);
    }
  }

  void CheckEnableWhen(const Item& owner, const EnableWhen& ew, const std::string& path,
                       const std::vector<std::string>& scope) {
    if (ew.conditions.empty()) {
      Fail(path + ".conditions", "required", "at least one condition is needed");
    }
    for (std::size_t k = 0; k < ew.conditions.size(); ++k) {
      CheckCondition(owner, ew.conditions[k], path + ".conditions[" + std::to_string(k) + "]",
                     scope);
    }
  }

  void CheckCondition(const Item& owner, const Condition& c, const std::string& path,
                      const std::vector<std::string>& scope) {
    const bool needs_value = c.op == ConditionOp::kEquals || c.op == ConditionOp::kNotEquals;
    if (needs_value && !c.value) Fail(path + ".value", "required", "equals needs a value");
    if (!needs_value && c.value) {
      Fail(path + ".value", "not_applicable", "answered / not_answered take no value");
    }
    auto it = placements_.find(c.item);
    if (it == placements_.end()) {
      Fail(path + ".item", "unknown_item", "no item with key '" + c.item + "'");
      return;
    }
    const Placement& ref = it->second;
    if (ref.order >= order_of_[&owner]) {
      Fail(path + ".item", "forward_reference",
           "a condition may only refer to an earlier item ('" + c.item + "' is not before it)");
      return;
    }
    if (!IsAnswerable(ref.item->type) || ref.item->type == ItemType::kRepeatable) {
      Fail(path + ".item", "not_answerable",
           "'" + c.item + "' is a " + std::string(ToCode(ref.item->type)) +
               " and has no single answer to compare");
      return;
    }
    // The referenced item's row scope must be this item's scope or an enclosing one.
    if (ref.scope.size() > scope.size() ||
        !std::equal(ref.scope.begin(), ref.scope.end(), scope.begin())) {
      Fail(path + ".item", "out_of_scope",
           "'" + c.item + "' sits in a row of another repeatable group");
      return;
    }
    if (needs_value && c.value) CheckConditionValue(*ref.item, *c.value, path + ".value");
  }

  void CheckConditionValue(const Item& ref, const Value& v, const std::string& path) {
    bool ok = false;
    switch (ref.type) {
      case ItemType::kText:
      case ItemType::kLongText:
      case ItemType::kParty:
        ok = std::holds_alternative<std::string>(v);
        break;
      case ItemType::kSingleChoice:
      case ItemType::kMultipleChoice:
        ok = std::holds_alternative<std::string>(v);
        if (ok) {
          const auto& code = std::get<std::string>(v);
          bool known = std::any_of(ref.options.begin(), ref.options.end(),
                                   [&](const ChoiceOption& o) { return o.code == code; });
          if (!known) {
            Fail(path, "invalid_option", "'" + code + "' is not an option of '" + ref.key + "'");
          }
        }
        break;
      case ItemType::kYesNo:
        ok = std::holds_alternative<bool>(v);
        break;
      case ItemType::kNumber:
        ok = std::holds_alternative<double>(v);
        break;
      case ItemType::kDuration:
        ok = std::holds_alternative<Duration>(v);
        break;
      case ItemType::kDate:
        ok = std::holds_alternative<core::Date>(v);
        break;
      case ItemType::kGroup:
      case ItemType::kRepeatable:
      case ItemType::kDisplay:
        ok = false;
        break;
    }
    if (!ok) {
      Fail(path, "wrong_type",
           "a " + std::string(ValueKindName(v)) + " cannot be compared with '" + ref.key +
               "' of type " + std::string(ToCode(ref.type)));
    }
  }

  std::vector<core::FieldError>& errors_;
  std::map<std::string, Placement, std::less<>> placements_;
  std::map<const Item*, std::size_t> order_of_;
  std::set<const Item*> duplicates_;
  std::size_t next_order_ = 0;
};

const Item* FindIn(const std::vector<Item>& items, std::string_view key) {
  for (const Item& item : items) {
    if (item.key == key) return &item;
    if (const Item* found = FindIn(item.items, key)) return found;
  }
  return nullptr;
}

}  // namespace

std::string_view ToCode(ItemType type) {
  switch (type) {
    case ItemType::kText:
      return "text";
    case ItemType::kLongText:
      return "long_text";
    case ItemType::kYesNo:
      return "yes_no";
    case ItemType::kSingleChoice:
      return "single_choice";
    case ItemType::kMultipleChoice:
      return "multiple_choice";
    case ItemType::kNumber:
      return "number";
    case ItemType::kDuration:
      return "duration";
    case ItemType::kDate:
      return "date";
    case ItemType::kParty:
      return "party";
    case ItemType::kGroup:
      return "group";
    case ItemType::kRepeatable:
      return "repeatable";
    case ItemType::kDisplay:
      return "display";
  }
  return "text";
}

std::optional<ItemType> ParseItemType(std::string_view code) {
  for (ItemType t : kItemTypes) {
    if (ToCode(t) == code) return t;
  }
  return std::nullopt;
}

std::span<const ItemType> AllItemTypes() { return kItemTypes; }

bool IsAnswerable(ItemType type) { return type != ItemType::kGroup && type != ItemType::kDisplay; }

std::string_view ToCode(ConditionOp op) {
  switch (op) {
    case ConditionOp::kEquals:
      return "equals";
    case ConditionOp::kNotEquals:
      return "not_equals";
    case ConditionOp::kAnswered:
      return "answered";
    case ConditionOp::kNotAnswered:
      return "not_answered";
  }
  return "equals";
}

std::optional<ConditionOp> ParseConditionOp(std::string_view code) {
  for (ConditionOp op : kOps) {
    if (ToCode(op) == code) return op;
  }
  return std::nullopt;
}

std::string_view ToCode(EnableBehavior b) { return b == EnableBehavior::kAll ? "all" : "any"; }

std::optional<EnableBehavior> ParseEnableBehavior(std::string_view code) {
  if (code == "all") return EnableBehavior::kAll;
  if (code == "any") return EnableBehavior::kAny;
  return std::nullopt;
}

std::int64_t EffectiveMaxLength(const Item& item) {
  if (item.max_length) return *item.max_length;
  return item.type == ItemType::kLongText ? kDefaultLongTextMax : kDefaultTextMax;
}

std::int64_t EffectiveMaxRows(const Item& item) { return item.max_rows.value_or(kDefaultMaxRows); }

core::Status ValidateDefinition(const FormDefinition& def) {
  std::vector<core::FieldError> errors;
  if (!IsValidFormId(def.id)) {
    errors.push_back({"id", "invalid_id", "must match [a-z0-9]+(-[a-z0-9]+)* (at most 64)"});
  }
  if (def.version < 1) errors.push_back({"version", "out_of_range", "must be 1 or more"});
  if (def.title.empty()) errors.push_back({"title", "required", "is required"});
  if (def.items.empty()) errors.push_back({"items", "required", "a form needs items"});

  DefinitionChecker checker(errors);
  std::vector<std::string> scope;
  checker.Index(def.items, scope);
  checker.CheckItems(def.items, "items", scope, 1);

  if (errors.empty()) return core::Ok();
  std::string msg = "form definition '" + def.id + "' is invalid: " + errors.front().path + " " +
                    errors.front().message;
  if (errors.size() > 1) msg += " (and " + std::to_string(errors.size() - 1) + " more)";
  return core::Error::Invalid(std::move(msg), std::move(errors));
}

const Item* FindItem(const FormDefinition& def, std::string_view key) {
  return FindIn(def.items, key);
}

}  // namespace werkpad::domain::forms
