#include "app/config.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <limits>
#include <sstream>
#include <toml++/toml.h>

extern char** environ;  // NOLINT: POSIX, declared by no header under -std=c++20

namespace werkpad::app {

namespace {

enum class Kind { kString, kInt, kBool };

// One setting: where it lives in the file and in Config, its type, limits and documentation.
// The table below is the single list of settings; file, environment, flags and --print-config
// all go through it.
struct Field {
  std::string_view section;
  std::string_view key;
  Kind kind;
  std::int64_t min = 0;
  std::int64_t max = 0;
  std::string_view comment;
  std::string* (*str)(Config&) = nullptr;
  std::int64_t (*get_int)(const Config&) = nullptr;
  void (*set_int)(Config&, std::int64_t) = nullptr;
  bool* (*flag)(Config&) = nullptr;
};

constexpr std::array<std::string_view, 4> kSections = {"server", "database", "session", "log"};

const std::vector<Field>& Fields() {
  static const std::vector<Field> kFields = {
      {.section = "server",
       .key = "listen",
       .kind = Kind::kString,
       .comment = "Address and port to listen on, \"HOST:PORT\". Port 0 picks a free port.",
       .str = [](Config& c) { return &c.server.listen; }},
      {.section = "server",
       .key = "static_dir",
       .kind = Kind::kString,
       .comment = "Directory of the built web UI (web/dist). Empty: serve only the API.",
       .str = [](Config& c) { return &c.server.static_dir; }},
      {.section = "server",
       .key = "workers",
       .kind = Kind::kInt,
       .min = 1,
       .max = 1024,
       .comment = "Threads running handlers = requests that may wait on the database at once "
                  "(group commit batches up to this many writes); not a CPU count.",
       .get_int = [](const Config& c) -> std::int64_t { return c.server.workers; },
       .set_int = [](Config& c, std::int64_t v) { c.server.workers = static_cast<int>(v); }},
      {.section = "server",
       .key = "body_limit",
       .kind = Kind::kInt,
       .min = 1024,
       .max = std::int64_t{1} << 30,
       .comment = "Largest accepted request body in bytes; larger bodies get 413.",
       .get_int = [](const Config& c) { return c.server.body_limit; },
       .set_int = [](Config& c, std::int64_t v) { c.server.body_limit = v; }},
      {.section = "server",
       .key = "secure_cookies",
       .kind = Kind::kBool,
       .comment = "Mark the session cookie Secure; true whenever users come in over HTTPS.",
       .flag = [](Config& c) { return &c.server.secure_cookies; }},
      {.section = "database",
       .key = "url",
       .kind = Kind::kString,
       .comment = "\"sqlite:PATH\" or \"postgresql://USER:PASSWORD@HOST/DB\"; --db overrides it.",
       .str = [](Config& c) { return &c.database.url; }},
      {.section = "database",
       .key = "pool_size",
       .kind = Kind::kInt,
       .min = 1,
       .max = 256,
       .comment = "Read connections kept open; writes use one extra connection.",
       .get_int = [](const Config& c) -> std::int64_t { return c.database.pool_size; },
       .set_int = [](Config& c, std::int64_t v) { c.database.pool_size = static_cast<int>(v); }},
      {.section = "session",
       .key = "idle_minutes",
       .kind = Kind::kInt,
       .min = 1,
       .max = 24 * 60,
       .comment = "A session ends after this many minutes without a request.",
       .get_int = [](const Config& c) -> std::int64_t { return c.session.idle_minutes; },
       .set_int = [](Config& c, std::int64_t v) { c.session.idle_minutes = static_cast<int>(v); }},
      {.section = "session",
       .key = "absolute_hours",
       .kind = Kind::kInt,
       .min = 1,
       .max = 24 * 7,
       .comment = "... and at the latest this many hours after login.",
       .get_int = [](const Config& c) -> std::int64_t { return c.session.absolute_hours; },
       .set_int =
           [](Config& c, std::int64_t v) { c.session.absolute_hours = static_cast<int>(v); }},
      {.section = "log",
       .key = "level",
       .kind = Kind::kString,
       .comment = "Minimum level of the JSON log lines on stderr: debug, info, warn or error.",
       .str = [](Config& c) { return &c.log.level; }},
  };
  return kFields;
}

const Field* FindField(std::string_view section, std::string_view key) {
  for (const auto& f : Fields()) {
    if (f.section == section && f.key == key) return &f;
  }
  return nullptr;
}

bool KnownSection(std::string_view section) {
  return std::find(kSections.begin(), kSections.end(), section) != kSections.end();
}

std::string KeysOf(std::string_view section) {
  std::string out;
  for (const auto& f : Fields()) {
    if (f.section != section) continue;
    if (!out.empty()) out += ", ";
    out += f.key;
  }
  return out;
}

std::string SectionList() {
  std::string out;
  for (auto s : kSections) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

core::Error Invalid(std::string message) { return core::Error::Invalid(std::move(message)); }

core::Error UnknownKey(std::string_view source, std::string_view section, std::string_view key) {
  return Invalid(fmt::format("{}: unknown setting {}.{} (settings of [{}]: {})", source, section,
                             key, section, KeysOf(section)));
}

core::Status CheckRange(const Field& f, std::int64_t v, std::string_view source) {
  if (v < f.min || v > f.max) {
    return Invalid(fmt::format("{}: {}.{} must be between {} and {}, got {}", source, f.section,
                               f.key, f.min, f.max, v));
  }
  return core::Ok();
}

std::optional<bool> ParseBool(std::string_view v) {
  std::string s(v);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  if (s == "true" || s == "1" || s == "yes" || s == "on") return true;
  if (s == "false" || s == "0" || s == "no" || s == "off") return false;
  return std::nullopt;
}

std::string TomlString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<int>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

}  // namespace

core::Status SetValue(std::string_view section, std::string_view key, std::string_view value,
                      std::string_view source, Config& config) {
  if (!KnownSection(section)) {
    return Invalid(fmt::format("{}: unknown section [{}] (sections: {})", source, section,
                               SectionList()));
  }
  const Field* f = FindField(section, key);
  if (f == nullptr) return UnknownKey(source, section, key);
  switch (f->kind) {
    case Kind::kString:
      *f->str(config) = std::string(value);
      return core::Ok();
    case Kind::kInt: {
      std::int64_t v = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec != std::errc() || end != value.data() + value.size() || value.empty()) {
        return Invalid(fmt::format("{}: {}.{} must be a whole number, got \"{}\"", source,
                                   section, key, value));
      }
      WP_RETURN_IF_ERROR(CheckRange(*f, v, source));
      f->set_int(config, v);
      return core::Ok();
    }
    case Kind::kBool: {
      auto b = ParseBool(value);
      if (!b) {
        return Invalid(fmt::format("{}: {}.{} must be true or false, got \"{}\"", source, section,
                                   key, value));
      }
      *f->flag(config) = *b;
      return core::Ok();
    }
  }
  return core::Ok();
}

core::Status ApplyToml(std::string_view text, std::string_view source, Config& config) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    return Invalid(fmt::format("{}:{}:{}: {}", source, e.source().begin.line,
                               e.source().begin.column, e.description()));
  }
  for (auto&& [section_key, section_node] : root) {
    std::string_view section = section_key.str();
    if (!KnownSection(section)) {
      return Invalid(fmt::format("{}: unknown section [{}] (sections: {})", source, section,
                                 SectionList()));
    }
    const toml::table* table = section_node.as_table();
    if (table == nullptr) {
      return Invalid(fmt::format("{}: {} must be a section [{}], not a value", source, section,
                                 section));
    }
    for (auto&& [key_node, value] : *table) {
      std::string_view key = key_node.str();
      const Field* f = FindField(section, key);
      if (f == nullptr) return UnknownKey(source, section, key);
      switch (f->kind) {
        case Kind::kString:
          if (!value.is_string()) {
            return Invalid(fmt::format("{}: {}.{} must be a string", source, section, key));
          }
          *f->str(config) = value.value<std::string>().value_or("");
          break;
        case Kind::kInt: {
          if (!value.is_integer()) {
            return Invalid(fmt::format("{}: {}.{} must be a whole number", source, section, key));
          }
          std::int64_t v = value.value<std::int64_t>().value_or(0);
          WP_RETURN_IF_ERROR(CheckRange(*f, v, source));
          f->set_int(config, v);
          break;
        }
        case Kind::kBool:
          if (!value.is_boolean()) {
            return Invalid(
                fmt::format("{}: {}.{} must be true or false", source, section, key));
          }
          *f->flag(config) = value.value<bool>().value_or(false);
          break;
      }
    }
  }
  return core::Ok();
}

core::Status ApplyTomlFile(const std::string& path, Config& config) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Invalid(fmt::format("cannot read the config file {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Invalid(fmt::format("cannot read the config file {}", path));
  return ApplyToml(text.str(), path, config);
}

core::Status ApplyEnvironment(const std::map<std::string, std::string>& env, Config& config) {
  constexpr std::string_view kPrefix = "WERKPAD_";
  for (const auto& [name, value] : env) {
    if (!std::string_view(name).starts_with(kPrefix)) continue;
    // Variables of werkpad's own tooling (test harnesses, the web dev server), not settings.
    if (name == "WERKPAD_BIN" || name == "WERKPAD_STATIC_DIR" || name == "WERKPAD_DEV_API" ||
        name.starts_with("WERKPAD_TEST_")) {
      continue;
    }
    std::string rest = name.substr(kPrefix.size());
    std::transform(rest.begin(), rest.end(), rest.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    std::string_view section;
    for (auto s : kSections) {
      if (rest.size() > s.size() && rest.starts_with(s) && rest[s.size()] == '_') section = s;
    }
    if (section.empty()) {
      return Invalid(fmt::format(
          "environment variable {} is not a werkpad setting (expected WERKPAD_<SECTION>_<KEY> "
          "with SECTION one of {})",
          name, "SERVER, DATABASE, SESSION, LOG"));
    }
    std::string key = rest.substr(section.size() + 1);
    if (FindField(section, key) == nullptr) {
      return Invalid(fmt::format("environment variable {}: unknown setting {}.{} (settings of "
                                 "[{}]: {})",
                                 name, section, key, section, KeysOf(section)));
    }
    WP_RETURN_IF_ERROR(SetValue(section, key, value, "environment variable " + name, config));
  }
  return core::Ok();
}

std::map<std::string, std::string> ProcessEnvironment() {
  std::map<std::string, std::string> out;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    auto eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return out;
}

core::Result<ListenAddress> ParseListen(std::string_view listen) {
  auto bad = [&] {
    return Invalid(fmt::format(
        "server.listen must be HOST:PORT (e.g. 127.0.0.1:8080), got \"{}\"", listen));
  };
  std::string_view host;
  std::string_view port;
  if (listen.starts_with('[')) {
    auto close = listen.find(']');
    if (close == std::string_view::npos || close + 1 >= listen.size() ||
        listen[close + 1] != ':') {
      return bad();
    }
    host = listen.substr(1, close - 1);
    port = listen.substr(close + 2);
  } else {
    auto colon = listen.rfind(':');
    if (colon == std::string_view::npos) return bad();
    host = listen.substr(0, colon);
    port = listen.substr(colon + 1);
  }
  if (host.empty() || port.empty()) return bad();
  unsigned value = 0;
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc() || end != port.data() + port.size() || value > 65535) return bad();
  return ListenAddress{std::string(host), static_cast<std::uint16_t>(value)};
}

core::Status Validate(const Config& config) {
  WP_RETURN_IF_ERROR(ParseListen(config.server.listen));
  const std::string& url = config.database.url;
  if (!(url.starts_with("sqlite:") && url.size() > 7) && !url.starts_with("postgresql://") &&
      !url.starts_with("postgres://")) {
    return Invalid(fmt::format(
        "database.url must be sqlite:PATH or postgresql://..., got \"{}\"",
        RedactDatabaseUrl(url)));
  }
  const auto& level = config.log.level;
  if (level != "debug" && level != "info" && level != "warn" && level != "error") {
    return Invalid(
        fmt::format("log.level must be debug, info, warn or error, got \"{}\"", level));
  }
  if (config.session.absolute_hours * 60 < config.session.idle_minutes) {
    return Invalid(fmt::format(
        "session.absolute_hours ({} h) must not be shorter than session.idle_minutes ({} min)",
        config.session.absolute_hours, config.session.idle_minutes));
  }
  return core::Ok();
}

std::string RedactDatabaseUrl(std::string_view url) {
  std::string s(url);
  auto scheme = s.find("://");
  if (scheme != std::string::npos) {
    auto authority_end = s.find_first_of("/?#", scheme + 3);
    if (authority_end == std::string::npos) authority_end = s.size();
    auto at = s.rfind('@', authority_end);
    if (at != std::string::npos && at > scheme) {
      auto colon = s.find(':', scheme + 3);
      if (colon != std::string::npos && colon < at) s.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // password=... as a query parameter (libpq accepts it there too), any letter case.
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  std::size_t pos = 0;
  while ((pos = lower.find("password=", pos)) != std::string::npos) {
    std::size_t start = pos + 9;
    std::size_t end = lower.find_first_of("&# ", start);
    if (end == std::string::npos) end = s.size();
    s.replace(start, end - start, "***");
    lower.replace(start, end - start, "***");
    pos = start + 3;
  }
  return s;
}

std::string ToToml(const Config& config) {
  Config copy = config;  // the accessors take a mutable Config
  std::string out = "# werkpad effective configuration (secrets redacted)\n";
  std::string_view current;
  for (const auto& f : Fields()) {
    if (f.section != current) {
      if (!current.empty()) out += "\n";
      out += fmt::format("[{}]\n", f.section);
      current = f.section;
    }
    out += fmt::format("# {}\n", f.comment);
    std::string value;
    switch (f.kind) {
      case Kind::kString: {
        std::string v = *f.str(copy);
        if (f.section == "database" && f.key == "url") v = RedactDatabaseUrl(v);
        value = TomlString(v);
        break;
      }
      case Kind::kInt:
        value = std::to_string(f.get_int(copy));
        break;
      case Kind::kBool:
        value = *f.flag(copy) ? "true" : "false";
        break;
    }
    out += fmt::format("{} = {}\n", f.key, value);
  }
  return out;
}

}  // namespace werkpad::app
