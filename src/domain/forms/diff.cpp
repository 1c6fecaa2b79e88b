#include "domain/forms/diff.hpp"

namespace werkpad::domain::forms {

namespace {

const Value* Answered(const Answers& a, const std::string& key) {
  auto it = a.find(key);
  if (it == a.end() || !IsAnswered(it->second)) return nullptr;
  return &it->second;
}

void DiffLevel(const Answers& before, const Answers& after, const std::string& prefix,
               std::vector<FieldChange>& out);

void DiffValue(const Value* before, const Value* after, const std::string& path,
               std::vector<FieldChange>& out) {
  if (before == nullptr && after == nullptr) return;
  const auto* rows_before = before ? std::get_if<std::vector<Row>>(before) : nullptr;
  const auto* rows_after = after ? std::get_if<std::vector<Row>>(after) : nullptr;
  // Rows on at least one side and nothing of another kind on the other: compare per row.
  if ((rows_before != nullptr || before == nullptr) &&
      (rows_after != nullptr || after == nullptr)) {
    static const std::vector<Row> kNone;
    const auto& b = rows_before ? *rows_before : kNone;
    const auto& a = rows_after ? *rows_after : kNone;
    static const Answers kEmpty;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
      DiffLevel(i < b.size() ? b[i].answers : kEmpty, i < a.size() ? a[i].answers : kEmpty,
                path + "[" + std::to_string(i) + "]", out);
    }
    return;
  }
  if (before != nullptr && after != nullptr && *before == *after) return;
  FieldChange change{path, std::nullopt, std::nullopt};
  if (before != nullptr) change.old_value = *before;
  if (after != nullptr) change.new_value = *after;
  out.push_back(std::move(change));
}

void DiffLevel(const Answers& before, const Answers& after, const std::string& prefix,
               std::vector<FieldChange>& out) {
  // Merge the two sorted key sets.
  auto b = before.begin();
  auto a = after.begin();
  while (b != before.end() || a != after.end()) {
    std::string key;
    if (a == after.end() || (b != before.end() && b->first < a->first)) {
      key = (b++)->first;
    } else if (b == before.end() || a->first < b->first) {
      key = (a++)->first;
    } else {
      key = b->first;
      ++b;
      ++a;
    }
    DiffValue(Answered(before, key), Answered(after, key), prefix + "." + key, out);
  }
}

}  // namespace

std::vector<FieldChange> DiffAnswers(const Answers& before, const Answers& after) {
  std::vector<FieldChange> out;
  DiffLevel(before, after, "items", out);
  return out;
}

}  // namespace werkpad::domain::forms
