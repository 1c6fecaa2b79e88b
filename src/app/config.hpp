#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace werkpad::app {

// The settings of one werkpad process. Every field has a default that works for a single-machine
// SQLite installation; operators override them in a TOML file (--config), in environment
// variables WERKPAD_<SECTION>_<KEY> (e.g. WERKPAD_SERVER_LISTEN) and with command-line flags, in
// that order of increasing precedence. Plain value type, not thread-safe; built once at start-up.
struct Config {
  struct Server {
    // Address and port to listen on, "HOST:PORT". Use 127.0.0.1 behind a reverse proxy that
    // terminates TLS; port 0 picks a free port (tests).
    std::string listen = "127.0.0.1:8080";
    // Directory with the built web UI (web/dist) served for every path outside /api and
    // /healthz, /metrics. Empty: only the API is served.
    std::string static_dir;
    // Threads that run request handlers. Handlers block on the database (a write waits for its
    // group commit to be durable), so this is the number of requests that may wait on the
    // database at once, not a CPU count: a group commit batches at most this many units.
    // Measured (bench/run.sh, 2 cores): 2 workers gave 325 audited updates/s, 64 gave 922/s.
    int workers = 64;
    // Largest accepted request body in bytes; larger bodies get 413.
    std::int64_t body_limit = 1024 * 1024;
    // Mark the session cookie Secure. Set to true whenever users reach werkpad over HTTPS (the
    // normal case in production, behind a TLS-terminating proxy).
    bool secure_cookies = false;
  } server;

  struct Database {
    // "sqlite:PATH" (embedded, default) or "postgresql://USER:PASSWORD@HOST/DB". The password
    // is never printed (see --print-config). The command-line flag --db overrides it.
    std::string url = "sqlite:data/werkpad.db";
    // Read connections kept open; readers beyond this wait for a free one. Writes use one
    // extra connection (group commit).
    int pool_size = 8;
  } database;

  struct Session {
    // A session ends after this many minutes without a request (NEN 7510: automatic logoff).
    int idle_minutes = 30;
    // ... and at the latest this many hours after login, active or not.
    int absolute_hours = 12;
  } session;

  struct Log {
    // Minimum level of the JSON log lines on stderr: "debug", "info", "warn" or "error".
    std::string level = "info";
  } log;
};

// Applies the TOML document `text` on top of `config`. Only the keys present change.
// Errors (kInvalidInput, one readable message naming `source` and the key): TOML syntax errors,
// unknown sections or keys, values of the wrong type or out of range.
core::Status ApplyToml(std::string_view text, std::string_view source, Config& config);

// Reads the file at `path` and applies it with ApplyToml. kInvalidInput when it cannot be read.
core::Status ApplyTomlFile(const std::string& path, Config& config);

// Applies environment variables of the form WERKPAD_<SECTION>_<KEY>=VALUE (section and key in
// upper case, e.g. WERKPAD_SESSION_IDLE_MINUTES=15). `env` maps names to values; names that do
// not start with "WERKPAD_" are ignored, and so are the few variables of werkpad's own tooling
// (WERKPAD_BIN, WERKPAD_STATIC_DIR, WERKPAD_DEV_API and WERKPAD_TEST_*), which are not settings.
// Any other WERKPAD_* name that is not a setting is an error (kInvalidInput), so that a typo
// never silently leaves a default in place.
core::Status ApplyEnvironment(const std::map<std::string, std::string>& env, Config& config);

// The environment of this process as a map (for ApplyEnvironment).
std::map<std::string, std::string> ProcessEnvironment();

// Sets one setting from its text form, as given in the environment or on the command line:
// `section` and `key` in lower case ("server", "listen"). kInvalidInput on unknown names and
// invalid values; the message names `source`.
core::Status SetValue(std::string_view section, std::string_view key, std::string_view value,
                      std::string_view source, Config& config);

// Checks relations between values that single-field parsing cannot (e.g. listen has a port,
// absolute session length not shorter than the idle timeout). kInvalidInput with a message.
core::Status Validate(const Config& config);

// The effective configuration as a TOML document with a comment per field, secrets redacted
// (the password in a database URL becomes "***"). Suitable to start a config file from.
std::string ToToml(const Config& config);

// The database URL with any password replaced by "***" (user:PASSWORD@ and password=...).
std::string RedactDatabaseUrl(std::string_view url);

// Splits "HOST:PORT" ("[::1]:8080" for IPv6). kInvalidInput when malformed.
struct ListenAddress {
  std::string host;
  std::uint16_t port = 0;
};
core::Result<ListenAddress> ParseListen(std::string_view listen);

}  // namespace werkpad::app
