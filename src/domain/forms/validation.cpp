#include "domain/forms/validation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "domain/consent/party.hpp"

namespace werkpad::domain::forms {

namespace {

// Characters, not bytes: Dutch text contains ë, é, ï (UTF-8 continuation bytes are not counted).
std::int64_t CodePoints(const std::string& s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

bool HasOption(const Item& item, std::string_view code) {
  return std::any_of(item.options.begin(), item.options.end(),
                     [&](const ChoiceOption& o) { return o.code == code; });
}

bool HasAllowedDecimals(double v, std::int64_t decimals) {
  double scaled = v * std::pow(10.0, static_cast<double>(decimals));
  return std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::fabs(scaled));
}

// Keys answerable at one level: the items themselves and, through non-repeatable groups, their
// children. Children of a repeatable answer inside its rows.
void CollectLevelKeys(const std::vector<Item>& items, std::set<std::string, std::less<>>& out) {
  for (const Item& item : items) {
    if (item.type == ItemType::kGroup) {
      CollectLevelKeys(item.items, out);
    } else {
      out.insert(item.key);
    }
  }
}

// The effective answers of the enclosing scopes, innermost last. "Effective" = enabled and
// answered; a condition on anything else sees "no answer" (FHIR R4 enableWhen semantics).
using Chain = std::vector<const Answers*>;

const Value* Lookup(const Chain& chain, std::string_view key) {
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    auto found = (*it)->find(key);
    if (found != (*it)->end()) return &found->second;
  }
  return nullptr;
}

bool Matches(const Value& answer, const Value& expected) {
  if (const auto* list = std::get_if<std::vector<std::string>>(&answer)) {
    const auto* code = std::get_if<std::string>(&expected);
    return code != nullptr && std::find(list->begin(), list->end(), *code) != list->end();
  }
  return answer == expected;
}

bool Holds(const Condition& c, const Chain& chain) {
  const Value* answer = Lookup(chain, c.item);
  switch (c.op) {
    case ConditionOp::kAnswered:
      return answer != nullptr;
    case ConditionOp::kNotAnswered:
      return answer == nullptr;
    case ConditionOp::kEquals:
      return answer != nullptr && c.value && Matches(*answer, *c.value);
    case ConditionOp::kNotEquals:
      return answer != nullptr && c.value && !Matches(*answer, *c.value);
  }
  return false;
}

bool Enabled(const Item& item, const Chain& chain) {
  if (!item.enable_when) return true;
  const auto& conds = item.enable_when->conditions;
  if (item.enable_when->behavior == EnableBehavior::kAll) {
    return std::all_of(conds.begin(), conds.end(),
                       [&](const Condition& c) { return Holds(c, chain); });
  }
  return std::any_of(conds.begin(), conds.end(),
                     [&](const Condition& c) { return Holds(c, chain); });
}

class Walker {
 public:
  Walker(ValidationMode mode, std::vector<core::FieldError>* errors,
         std::map<std::string, bool, std::less<>>* top_enabled)
      : mode_(mode), errors_(errors), top_enabled_(top_enabled) {}

  // Walks one scope (the top level, or one row). `effective` receives the enabled, answered
  // values of this scope and is visible to later conditions through `chain`.
  void Scope(const std::vector<Item>& items, const Answers& input, Chain& chain,
             const std::string& prefix, bool parent_enabled, Answers& effective) {
    std::set<std::string, std::less<>> known;
    CollectLevelKeys(items, known);
    for (const auto& [key, value] : input) {
      if (known.count(key) == 0) {
        Fail(prefix + "." + key, "unknown_item", "the form has no item '" + key + "' here");
      }
    }
    chain.push_back(&effective);
    Items(items, input, chain, prefix, parent_enabled, effective);
    chain.pop_back();
  }

 private:
  void Fail(std::string path, std::string code, std::string message) {
    if (errors_ != nullptr)
      errors_->push_back({std::move(path), std::move(code), std::move(message)});
  }

  void Items(const std::vector<Item>& items, const Answers& input, Chain& chain,
             const std::string& prefix, bool parent_enabled, Answers& effective) {
    for (const Item& item : items) {
      const bool enabled = parent_enabled && Enabled(item, chain);
      if (top_enabled_ != nullptr && chain.size() == 1) (*top_enabled_)[item.key] = enabled;
      const std::string path = prefix + "." + item.key;
      if (item.type == ItemType::kGroup) {
        Items(item.items, input, chain, prefix, enabled, effective);
        continue;
      }
      auto it = input.find(item.key);
      if (item.type == ItemType::kDisplay) {
        if (it != input.end()) Fail(path, "not_answerable", "a display item takes no answer");
        continue;
      }
      const bool present = it != input.end() && IsAnswered(it->second);
      const bool check = mode_ == ValidationMode::kDraft || enabled;
      if (it != input.end() && check) {
        std::optional<Value> kept = Check(item, it->second, path, chain, enabled);
        if (enabled && present && kept) effective.emplace(item.key, std::move(*kept));
      }
      if (mode_ == ValidationMode::kFinal && enabled) {
        if (item.required && !present) {
          Fail(path, "required", "is required");
        } else if (item.type == ItemType::kRepeatable) {
          std::int64_t rows = 0;
          if (present) {
            if (const auto* r = std::get_if<std::vector<Row>>(&it->second)) {
              rows = static_cast<std::int64_t>(r->size());
            }
          }
          if (rows < item.min_rows.value_or(0)) {
            Fail(path, "too_few_rows",
                 "needs at least " + std::to_string(*item.min_rows) + " rows");
          }
        }
      }
    }
  }

  // Checks one answer; returns the value to keep in the effective answers (rows reduced to their
  // effective answers), or nullopt when the value has the wrong kind.
  std::optional<Value> Check(const Item& item, const Value& v, const std::string& path,
                             Chain& chain, bool enabled) {
    auto wrong = [&](std::string_view expected) -> std::optional<Value> {
      Fail(path, "wrong_type",
           "expected " + std::string(expected) + ", got " + std::string(ValueKindName(v)));
      return std::nullopt;
    };
    switch (item.type) {
      case ItemType::kText:
      case ItemType::kLongText: {
        const auto* s = std::get_if<std::string>(&v);
        if (s == nullptr) return wrong("text");
        if (CodePoints(*s) > EffectiveMaxLength(item)) {
          Fail(path, "too_long",
               "is longer than " + std::to_string(EffectiveMaxLength(item)) + " characters");
        }
        return v;
      }
      case ItemType::kYesNo:
        if (!std::holds_alternative<bool>(v)) return wrong("true or false");
        return v;
      case ItemType::kSingleChoice: {
        const auto* s = std::get_if<std::string>(&v);
        if (s == nullptr) return wrong("an option code");
        if (IsAnswered(v) && !HasOption(item, *s)) {
          Fail(path, "invalid_option", "'" + *s + "' is not one of the options");
        }
        return v;
      }
      case ItemType::kMultipleChoice: {
        const auto* list = std::get_if<std::vector<std::string>>(&v);
        if (list == nullptr) return wrong("a list of option codes");
        std::set<std::string, std::less<>> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
          const std::string& code = (*list)[i];
          std::string ipath = path + "[" + std::to_string(i) + "]";
          if (!HasOption(item, code)) {
            Fail(ipath, "invalid_option", "'" + code + "' is not one of the options");
          } else if (!seen.insert(code).second) {
            Fail(ipath, "duplicate_option", "'" + code + "' is selected twice");
          }
        }
        return v;
      }
      case ItemType::kNumber: {
        const auto* d = std::get_if<double>(&v);
        if (d == nullptr) return wrong("a number");
        if (!std::isfinite(*d) || (item.min && *d < *item.min) || (item.max && *d > *item.max)) {
          Fail(path, "out_of_range", "is outside the allowed range");
        } else if (!HasAllowedDecimals(*d, item.decimals.value_or(0))) {
          Fail(path, "too_many_decimals",
               "allows at most " + std::to_string(item.decimals.value_or(0)) + " decimals");
        }
        return v;
      }
      case ItemType::kDuration: {
        const auto* dur = std::get_if<Duration>(&v);
        if (dur == nullptr) return wrong("a duration");
        if (std::find(item.units.begin(), item.units.end(), dur->unit) == item.units.end()) {
          Fail(path, "invalid_unit",
               "unit '" + std::string(ToCode(dur->unit)) + "' is not allowed");
        }
        const double amount = static_cast<double>(dur->amount);
        if (amount < item.min.value_or(0.0) || (item.max && amount > *item.max)) {
          Fail(path, "out_of_range", "is outside the allowed range");
        }
        return v;
      }
      case ItemType::kDate: {
        const auto* d = std::get_if<core::Date>(&v);
        if (d == nullptr || !d->ok()) return wrong("a date");
        return v;
      }
      case ItemType::kParty: {
        const auto* s = std::get_if<std::string>(&v);
        if (s == nullptr) return wrong("a party code");
        if (IsAnswered(v)) {
          bool ok = item.options.empty() ? consent::IsValidPartyCode(*s) : HasOption(item, *s);
          if (!ok) Fail(path, "invalid_option", "'" + *s + "' is not an allowed party");
        }
        return v;
      }
      case ItemType::kRepeatable: {
        const auto* rows = std::get_if<std::vector<Row>>(&v);
        if (rows == nullptr) return wrong("a list of rows");
        if (static_cast<std::int64_t>(rows->size()) > EffectiveMaxRows(item)) {
          Fail(path, "too_many_rows",
               "allows at most " + std::to_string(EffectiveMaxRows(item)) + " rows");
        }
        std::vector<Row> kept;
        kept.reserve(rows->size());
        for (std::size_t i = 0; i < rows->size(); ++i) {
          Row row;
          Scope(item.items, (*rows)[i].answers, chain, path + "[" + std::to_string(i) + "]",
                enabled, row.answers);
          kept.push_back(std::move(row));
        }
        return Value{std::move(kept)};
      }
      case ItemType::kGroup:
      case ItemType::kDisplay:
        break;
    }
    return std::nullopt;
  }

  ValidationMode mode_;
  std::vector<core::FieldError>* errors_;
  std::map<std::string, bool, std::less<>>* top_enabled_;
};

}  // namespace

core::Status ValidateAnswers(const FormDefinition& def, const Answers& answers,
                             ValidationMode mode) {
  std::vector<core::FieldError> errors;
  Walker walker(mode, &errors, nullptr);
  Chain chain;
  Answers effective;
  walker.Scope(def.items, answers, chain, "items", true, effective);
  if (errors.empty()) return core::Ok();
  std::string msg =
      std::string(mode == ValidationMode::kFinal ? "cannot finalise" : "cannot save") + " form '" +
      def.id + "': " + errors.front().path + " " + errors.front().message;
  if (errors.size() > 1) msg += " (and " + std::to_string(errors.size() - 1) + " more)";
  return core::Error::Invalid(std::move(msg), std::move(errors));
}

Answers FinalAnswers(const FormDefinition& def, const Answers& answers) {
  Walker walker(ValidationMode::kFinal, nullptr, nullptr);
  Chain chain;
  Answers effective;
  walker.Scope(def.items, answers, chain, "items", true, effective);
  return effective;
}

bool IsEnabled(const FormDefinition& def, const Answers& answers, std::string_view key) {
  std::map<std::string, bool, std::less<>> enabled;
  Walker walker(ValidationMode::kFinal, nullptr, &enabled);
  Chain chain;
  Answers effective;
  walker.Scope(def.items, answers, chain, "items", true, effective);
  auto it = enabled.find(key);
  return it != enabled.end() && it->second;
}

}  // namespace werkpad::domain::forms
