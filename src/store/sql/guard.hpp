#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace werkpad::store::sql {

// Converts a database exception into an error value. Unique-key violations become kConflict
// (with `conflict_field`/"taken" when given); connection problems kUnavailable; anything else
// kInternal. Driver messages are not copied: PostgreSQL's may contain the offending values.
core::Error FromException(std::string_view what, const std::exception& e,
                          std::string_view conflict_field = {});

// Runs `f` (returning Result<T> or Status) and converts exceptions with FromException.
template <class F>
auto Guard(std::string_view what, F&& f, std::string_view conflict_field = {}) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return FromException(what, e, conflict_field);
  }
}

// Converts between soci's indicator-based nullable columns and values.
inline long long IdOrNull(std::int64_t id, soci::indicator& ind) {
  ind = id > 0 ? soci::i_ok : soci::i_null;
  return id;
}

}  // namespace werkpad::store::sql
