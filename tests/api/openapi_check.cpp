#include "api/openapi_check.hpp"

#include <regex.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <valijson/adapters/boost_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace werkpad::api_test {
namespace bj = boost::json;

namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool IsParam(std::string_view s) { return s.size() > 2 && s.front() == '{' && s.back() == '}'; }

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// OpenAPI 3.0 schema -> JSON Schema. `keep_patterns` false drops "pattern" (valijson would use
// std::regex); patterns are checked separately with POSIX regex.
bj::value Convert(const bj::value& schema, const bj::object& components, bool keep_patterns) {
  if (!schema.is_object()) return schema;
  const bj::object& in = schema.as_object();
  if (const bj::value* ref = in.if_contains("$ref")) {
    std::string_view r = ref->as_string();
    constexpr std::string_view kPrefix = "#/components/schemas/";
    std::string name(r.substr(kPrefix.size()));
    return Convert(components.at(name), components, keep_patterns);
  }
  bj::object out;
  for (const auto& [key, value] : in) {
    if (key == "nullable" || key == "format" || key == "example" || key == "description" ||
        key == "default" || (key == "pattern" && !keep_patterns)) {
      continue;
    }
    if (key == "properties") {
      bj::object props;
      for (const auto& [name, sub] : value.as_object()) {
        props[name] = Convert(sub, components, keep_patterns);
      }
      out[key] = std::move(props);
    } else if (key == "items" || key == "not" ||
               (key == "additionalProperties" && value.is_object())) {
      out[key] = Convert(value, components, keep_patterns);
    } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
      bj::array list;
      for (const auto& sub : value.as_array()) list.push_back(Convert(sub, components, keep_patterns));
      out[key] = std::move(list);
    } else {
      out[key] = value;
    }
  }
  const bj::value* nullable = in.if_contains("nullable");
  if (nullable != nullptr && nullable->is_bool() && nullable->as_bool()) {
    return bj::object{{"anyOf", bj::array{std::move(out), bj::object{{"type", "null"}}}}};
  }
  return out;
}

bool PosixMatch(const std::string& pattern, const std::string& text) {
  regex_t re;
  if (::regcomp(&re, pattern.c_str(), REG_EXTENDED | REG_NOSUB) != 0) return false;
  bool ok = ::regexec(&re, text.c_str(), 0, nullptr, 0) == 0;
  ::regfree(&re);
  return ok;
}

void CheckPatterns(const bj::value& schema, const bj::value& instance, const std::string& where,
                   std::vector<std::string>& problems) {
  if (!schema.is_object()) return;
  const bj::object& s = schema.as_object();
  if (const bj::value* any = s.if_contains("anyOf")) {
    if (!instance.is_null()) {
      for (const auto& branch : any->as_array()) {
        const bj::value* type = branch.as_object().if_contains("type");
        if (type != nullptr && type->is_string() && type->as_string() == "null") continue;
        CheckPatterns(branch, instance, where, problems);
      }
    }
  }
  if (const bj::value* all = s.if_contains("allOf")) {
    for (const auto& branch : all->as_array()) CheckPatterns(branch, instance, where, problems);
  }
  if (instance.is_string()) {
    if (const bj::value* p = s.if_contains("pattern")) {
      std::string text(instance.as_string());
      if (!PosixMatch(std::string(p->as_string()), text)) {
        problems.push_back(where + ": \"" + text + "\" does not match " + std::string(p->as_string()));
      }
    }
  }
  if (instance.is_object()) {
    if (const bj::value* props = s.if_contains("properties")) {
      for (const auto& [key, value] : instance.as_object()) {
        if (const bj::value* sub = props->as_object().if_contains(key)) {
          CheckPatterns(*sub, value, where + "." + std::string(key), problems);
        }
      }
    }
  }
  if (instance.is_array()) {
    if (const bj::value* items = s.if_contains("items")) {
      std::size_t i = 0;
      for (const auto& v : instance.as_array()) {
        CheckPatterns(*items, v, where + "[" + std::to_string(i++) + "]", problems);
      }
    }
  }
}

}  // namespace

OpenApiChecker::OpenApiChecker(std::string_view document) : doc_(bj::parse(document)) {}
OpenApiChecker::~OpenApiChecker() = default;

std::string OpenApiChecker::TemplateFor(std::string_view path) const {
  auto parts = Segments(path);
  std::string best;
  int best_literals = -1;
  for (const auto& [key, _] : doc_.at("paths").as_object()) {
    auto segs = Segments(key);
    if (segs.size() != parts.size()) continue;
    int literals = 0;
    bool match = true;
    for (std::size_t i = 0; i < segs.size() && match; ++i) {
      if (IsParam(segs[i])) {
        match = !parts[i].empty();
      } else {
        match = segs[i] == parts[i];
        ++literals;
      }
    }
    if (match && literals > best_literals) {
      best = std::string(key);
      best_literals = literals;
    }
  }
  return best;
}

std::vector<std::string> OpenApiChecker::Validate(const bj::value& openapi_schema,
                                                  const bj::value& instance) const {
  const bj::object& components = doc_.at("components").at("schemas").as_object();
  bj::value plain = Convert(openapi_schema, components, /*keep_patterns=*/false);
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::BoostJsonAdapter schema_adapter(plain);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::BoostJsonAdapter target(instance);
  std::vector<std::string> problems;
  if (!validator.validate(schema, target, &results)) {
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      std::string where;
      for (const auto& c : error.context) where += c;
      problems.push_back(where + ": " + error.description);
    }
  }
  CheckPatterns(Convert(openapi_schema, components, true), instance, "<root>", problems);
  return problems;
}

std::vector<std::string> OpenApiChecker::ValidateAgainst(const std::string& component,
                                                         const bj::value& instance) const {
  return Validate(bj::object{{"$ref", "#/components/schemas/" + component}}, instance);
}

std::vector<std::string> OpenApiChecker::Check(const std::string& method, const std::string& target,
                                               const Reply& reply) {
  std::vector<std::string> problems;
  std::string what = method + " " + target + " -> " + std::to_string(reply.status);
  auto fail = [&](const std::string& p) { problems.push_back(what + ": " + p); };
  if (reply.status < 0) {
    fail("no answer: " + reply.body);
    return problems;
  }
  if (reply.status >= 500) fail("5xx answer: " + reply.body);
  std::string path = target.substr(0, target.find('?'));
  if (reply.Header("x-request-id") == nullptr || reply.Header("x-request-id")->empty()) {
    fail("no X-Request-Id");
  }
  for (const char* h : {"x-content-type-options", "content-security-policy", "referrer-policy"}) {
    if (reply.Header(h) == nullptr) fail(std::string("missing header ") + h);
  }
  if (path.rfind("/api/", 0) == 0) {
    const std::string* cc = reply.Header("cache-control");
    if (cc == nullptr || *cc != "no-store") fail("API answer without Cache-Control: no-store");
  }

  std::string tpl = TemplateFor(path);
  const bj::object* op = nullptr;
  if (!tpl.empty()) op = doc_.at("paths").at(tpl).as_object().if_contains(Lower(method)) != nullptr
                             ? &doc_.at("paths").at(tpl).at(Lower(method)).as_object()
                             : nullptr;
  if (op == nullptr && tpl.empty() && path.rfind("/api/", 0) != 0) {
    return problems;  // static files of the web UI: only the common headers are checked
  }
  if (op == nullptr) {
    // Unknown path or method: only the error shape is allowed.
    if (reply.status < 400) fail("undocumented operation answered " + std::to_string(reply.status));
    for (auto& p : ValidateAgainst("Error", reply.json)) fail(p);
    return problems;
  }
  const bj::value* response = op->at("responses").as_object().if_contains(std::to_string(reply.status));
  if (response == nullptr) {
    fail("status not documented for " + method + " " + tpl + "; body " + reply.body.substr(0, 300));
    return problems;
  }
  {
    std::lock_guard lock(mu_);
    seen_.emplace(tpl, Lower(method), reply.status);
  }
  if (const bj::value* ref = response->as_object().if_contains("$ref")) {
    std::string name(ref->as_string().subview().substr(std::string_view("#/components/responses/").size()));
    response = &doc_.at("components").at("responses").at(name);
  }
  const bj::value* content = response->as_object().if_contains("content");
  if (content == nullptr) {
    if (!reply.body.empty()) fail("documented without body, but got: " + reply.body.substr(0, 200));
    return problems;
  }
  const std::string* type = reply.Header("content-type");
  std::string media = type == nullptr ? "" : type->substr(0, type->find(';'));
  const bj::value* media_entry = content->as_object().if_contains(media);
  if (media_entry == nullptr) {
    fail("content type '" + media + "' not documented");
    return problems;
  }
  if (media == "application/json") {
    if (reply.json.is_null()) {
      fail("body is not JSON: " + reply.body.substr(0, 200));
      return problems;
    }
    for (auto& p : Validate(media_entry->at("schema"), reply.json)) fail(p);
  }
  return problems;
}

std::vector<std::string> OpenApiChecker::UncoveredSuccesses() const {
  std::vector<std::string> out;
  std::lock_guard lock(mu_);
  for (const auto& [path, item] : doc_.at("paths").as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      if (method == "parameters") continue;
      for (const auto& [status, _] : op.at("responses").as_object()) {
        int code = std::atoi(std::string(status).c_str());
        if (code < 200 || code > 299) continue;
        if (!seen_.count({std::string(path), std::string(method), code})) {
          out.push_back(Lower(std::string(method)) + " " + std::string(path) + " " + std::string(status));
        }
      }
    }
  }
  return out;
}

}  // namespace werkpad::api_test
