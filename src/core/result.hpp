#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "core/error.hpp"

namespace werkpad::core {

// Unit value for results that carry no data (Result<Unit>, alias Status).
struct Unit {
  bool operator==(const Unit&) const = default;
};

// A value or an Error. Errors are values inside werkpad: no exception crosses a layer boundary.
// Not thread-safe; owned by whoever holds it.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok()
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // REQUIRES: !ok()
  const Error& error() const& { return std::get<1>(v_); }
  Error&& error() && { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

using Status = Result<Unit>;

inline Status Ok() { return Unit{}; }

}  // namespace werkpad::core

#define WP_CONCAT_INNER(a, b) a##b
#define WP_CONCAT(a, b) WP_CONCAT_INNER(a, b)

// Evaluates `expr` (a Result or Status); on error returns the error from the enclosing function.
#define WP_RETURN_IF_ERROR(expr)                                   \
  do {                                                             \
    auto&& wp_status_ = (expr);                                    \
    if (!wp_status_.ok()) return std::move(wp_status_).error();    \
  } while (0)

// `lhs` = value of `expr`, or return its error from the enclosing function.
#define WP_ASSIGN_OR_RETURN(lhs, expr) \
  WP_ASSIGN_OR_RETURN_IMPL(WP_CONCAT(wp_result_, __LINE__), lhs, expr)
#define WP_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)  \
  auto&& tmp = (expr);                            \
  if (!tmp.ok()) return std::move(tmp).error();   \
  lhs = std::move(tmp).value()
