#pragma once

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace werkpad::codec {

// Parses a request body or stored document. Malformed JSON, or a top-level value that is not an
// object, gives kBadRequest. The values live in `sp` (default: the heap). REQUIRES: nothing;
// never throws.
core::Result<boost::json::value> ParseJson(std::string_view text, boost::json::storage_ptr sp = {});

// Reads one JSON object strictly: every field read is checked for type and limits, problems are
// collected (with dotted paths such as "employer.contact_email" or "rows[2].hours") into a shared
// error list, and Finish() reports every key that was never read as "unknown_field".
// Not thread-safe; lives for one parse.
//
// Field codes: "required", "wrong_type", "unknown_field", "too_long", "invalid_date",
// "out_of_range", "invalid_value".
class ObjectReader {
 public:
  enum class Need { kOptional, kRequired };

  // `value` must outlive the reader. If `value` is not an object, a wrong_type error for `path`
  // is recorded and every accessor returns nullopt.
  ObjectReader(const boost::json::value& value, std::string path,
               std::vector<core::FieldError>& errors);

  // Missing keys and JSON null give nullopt (and a "required" error when kRequired).
  std::optional<std::string> String(std::string_view key, Need need, std::size_t max_len = 500);
  std::optional<std::int64_t> Int(std::string_view key, Need need, std::int64_t min,
                                  std::int64_t max);
  std::optional<double> Number(std::string_view key, Need need, double min, double max);
  std::optional<bool> Bool(std::string_view key, Need need);
  std::optional<core::Date> Date(std::string_view key, Need need);
  // A string that must be one of `allowed`.
  std::optional<std::string> Enum(std::string_view key, Need need,
                                  const std::vector<std::string_view>& allowed);
  // Nested object or array: nullopt when absent/null; wrong_type recorded when of another type.
  const boost::json::value* Object(std::string_view key, Need need);
  const boost::json::array* Array(std::string_view key, Need need, std::size_t max_items = 1000);

  // True when the key is present (even if null).
  bool Has(std::string_view key) const;
  // Whether the key is present with a null value (to distinguish "clear" from "keep").
  bool IsNull(std::string_view key) const;

  // Path of a child key, for nested readers: "employer" + "email" -> "employer.email".
  std::string Child(std::string_view key) const;

  // Records an error for one of this object's keys.
  void Fail(std::string_view key, std::string code, std::string message);

  // Reports unread keys. Call once, after all accessors.
  void Finish();

  bool is_object() const { return obj_ != nullptr; }

 private:
  const boost::json::value* Lookup(std::string_view key, Need need);

  const boost::json::object* obj_ = nullptr;
  std::string path_;
  std::vector<core::FieldError>& errors_;
  std::set<std::string, std::less<>> read_;
};

// Turns collected field errors into one error: wrong types and unknown fields make the request
// malformed (kBadRequest, HTTP 400); other problems are invalid values (kInvalidInput, HTTP 422).
// Returns Ok when `errors` is empty.
core::Status ErrorsToStatus(std::vector<core::FieldError> errors, std::string_view what);

}  // namespace werkpad::codec
