#include "codec/json_reader.hpp"

#include <boost/json/parse.hpp>

#include <cmath>

namespace werkpad::codec {

namespace json = boost::json;

core::Result<json::value> ParseJson(std::string_view text, json::storage_ptr sp) {
  boost::system::error_code ec;
  json::parse_options opts;
  opts.max_depth = 32;
  json::value v = json::parse(text, ec, std::move(sp), opts);
  if (ec) {
    return core::Error::BadRequest("the body is not valid JSON: " + ec.message(),
                                   {{"", "invalid_json", "the body is not valid JSON"}});
  }
  if (!v.is_object()) {
    return core::Error::BadRequest("the body must be a JSON object",
                                   {{"", "wrong_type", "must be an object"}});
  }
  return v;
}

ObjectReader::ObjectReader(const json::value& value, std::string path,
                           std::vector<core::FieldError>& errors)
    : path_(std::move(path)), errors_(errors) {
  if (value.is_object()) {
    obj_ = &value.get_object();
  } else {
    errors_.push_back({path_, "wrong_type", "must be an object"});
  }
}

std::string ObjectReader::Child(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return path_ + "." + std::string(key);
}

void ObjectReader::Fail(std::string_view key, std::string code, std::string message) {
  errors_.push_back({Child(key), std::move(code), std::move(message)});
}

bool ObjectReader::Has(std::string_view key) const {
  return obj_ != nullptr && obj_->contains(key);
}

bool ObjectReader::IsNull(std::string_view key) const {
  if (obj_ == nullptr) return false;
  auto it = obj_->find(key);
  return it != obj_->end() && it->value().is_null();
}

const json::value* ObjectReader::Lookup(std::string_view key, Need need) {
  if (obj_ == nullptr) return nullptr;
  read_.emplace(key);
  auto it = obj_->find(key);
  if (it == obj_->end() || it->value().is_null()) {
    if (need == Need::kRequired) Fail(key, "required", "is required");
    return nullptr;
  }
  return &it->value();
}

std::optional<std::string> ObjectReader::String(std::string_view key, Need need,
                                                std::size_t max_len) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    Fail(key, "wrong_type", "must be a string");
    return std::nullopt;
  }
  const auto& s = v->get_string();
  if (s.size() > max_len) {
    Fail(key, "too_long", "is longer than " + std::to_string(max_len) + " characters");
    return std::nullopt;
  }
  return std::string(s);
}

std::optional<std::int64_t> ObjectReader::Int(std::string_view key, Need need, std::int64_t min,
                                              std::int64_t max) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return std::nullopt;
  std::int64_t out = 0;
  if (v->is_int64()) {
    out = v->get_int64();
  } else if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
    out = static_cast<std::int64_t>(v->get_uint64());
  } else if (v->is_double() && std::trunc(v->get_double()) == v->get_double() &&
             std::fabs(v->get_double()) < 9e15) {
    out = static_cast<std::int64_t>(v->get_double());
  } else {
    Fail(key, "wrong_type", "must be a whole number");
    return std::nullopt;
  }
  if (out < min || out > max) {
    Fail(key, "out_of_range",
         "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return out;
}

std::optional<double> ObjectReader::Number(std::string_view key, Need need, double min,
                                           double max) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return std::nullopt;
  if (!v->is_number()) {
    Fail(key, "wrong_type", "must be a number");
    return std::nullopt;
  }
  double d = v->to_number<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    Fail(key, "out_of_range", "is out of range");
    return std::nullopt;
  }
  return d;
}

std::optional<bool> ObjectReader::Bool(std::string_view key, Need need) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) {
    Fail(key, "wrong_type", "must be true or false");
    return std::nullopt;
  }
  return v->get_bool();
}

std::optional<core::Date> ObjectReader::Date(std::string_view key, Need need) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    Fail(key, "wrong_type", "must be a date string YYYY-MM-DD");
    return std::nullopt;
  }
  auto d = core::ParseDate(v->get_string());
  if (!d) {
    Fail(key, "invalid_date", "is not a valid date (YYYY-MM-DD)");
    return std::nullopt;
  }
  return d;
}

std::optional<std::string> ObjectReader::Enum(std::string_view key, Need need,
                                              const std::vector<std::string_view>& allowed) {
  auto s = String(key, need, 100);
  if (!s) return std::nullopt;
  for (auto a : allowed) {
    if (a == *s) return s;
  }
  std::string list;
  for (auto a : allowed) {
    if (!list.empty()) list += ", ";
    list += a;
  }
  Fail(key, "invalid_value", "must be one of: " + list);
  return std::nullopt;
}

const json::value* ObjectReader::Object(std::string_view key, Need need) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return nullptr;
  if (!v->is_object()) {
    Fail(key, "wrong_type", "must be an object");
    return nullptr;
  }
  return v;
}

const json::array* ObjectReader::Array(std::string_view key, Need need, std::size_t max_items) {
  const json::value* v = Lookup(key, need);
  if (v == nullptr) return nullptr;
  if (!v->is_array()) {
    Fail(key, "wrong_type", "must be an array");
    return nullptr;
  }
  if (v->get_array().size() > max_items) {
    Fail(key, "too_long", "has more than " + std::to_string(max_items) + " items");
    return nullptr;
  }
  return &v->get_array();
}

void ObjectReader::Finish() {
  if (obj_ == nullptr) return;
  for (const auto& kv : *obj_) {
    if (read_.find(std::string_view(kv.key())) == read_.end()) {
      Fail(kv.key(), "unknown_field", "is not a known field");
    }
  }
}

core::Status ErrorsToStatus(std::vector<core::FieldError> errors, std::string_view what) {
  if (errors.empty()) return core::Ok();
  bool malformed = false;
  for (const auto& e : errors) {
    if (e.code == "wrong_type" || e.code == "unknown_field" || e.code == "invalid_json") {
      malformed = true;
    }
  }
  std::string msg = std::string(what) + ": " + errors.front().path + " " + errors.front().message;
  if (errors.size() > 1) msg += " (and " + std::to_string(errors.size() - 1) + " more)";
  if (malformed) return core::Error::BadRequest(std::move(msg), std::move(errors));
  return core::Error::Invalid(std::move(msg), std::move(errors));
}

}  // namespace werkpad::codec
