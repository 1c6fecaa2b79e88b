#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace werkpad::test {

// Helpers to run the real werkpad binary (path from the WERKPAD_BINARY compile definition)
// with fork/exec: no shell, so the PID we hold is the server's own.

struct RunResult {
  int exit_code = -1;  // 128 + signal when killed by a signal
  std::string out;
  std::string err;
};

using EnvOverrides = std::map<std::string, std::string>;

// Runs werkpad with `args` to completion (at most `timeout`, then SIGKILL and exit_code -1).
// `input` is written to its standard input. `env` is added to (and overrides) this process's
// environment.
RunResult RunWerkpad(const std::vector<std::string>& args, const std::string& input = "",
                     const EnvOverrides& env = {},
                     std::chrono::seconds timeout = std::chrono::seconds(120));

// A running `werkpad ... serve` whose stdout and stderr go to a log file.
class ServerProcess {
 public:
  // Starts werkpad with `args`. Returns nullopt-like (pid 0) on fork failure.
  ServerProcess(const std::vector<std::string>& args, const std::string& log_path);
  ~ServerProcess();  // SIGKILLs the process if still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  pid_t pid() const { return pid_; }
  // Waits until the log shows {"event":"listening",...,"port":N} and returns N; nullopt when
  // the process exits first or `timeout` passes.
  std::optional<std::uint16_t> WaitListening(std::chrono::seconds timeout);
  // Waits for the process to exit; its exit code (128 + signal), or nullopt on timeout.
  std::optional<int> WaitExit(std::chrono::seconds timeout);
  void Signal(int sig);
  std::string Log() const;

 private:
  pid_t pid_ = 0;
  std::string log_path_;
  std::optional<int> exit_code_;
};

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct HttpResponse {
  int status = 0;  // 0 when the connection failed or the answer was not HTTP
  std::map<std::string, std::string> headers;  // lowercase names
  std::string body;
};

// One HTTP/1.1 request on a fresh loopback connection (Connection: close). Gives status 0
// when the connection is refused or no complete answer arrives within `timeout`.
HttpResponse HttpRequest(std::uint16_t port, const std::string& method, const std::string& path,
                         const std::string& body = "",
                         const std::map<std::string, std::string>& headers = {},
                         std::chrono::seconds timeout = std::chrono::seconds(30));

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

// Runs SQL on a SQLite file with the sqlite3 library; returns the first column of each row
// (of the last statement), or throws std::runtime_error.
std::vector<std::string> Sqlite(const std::string& file, const std::string& sql);

}  // namespace werkpad::test
