#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace werkpad::api_test {

// Runs a program with fork/exec (no shell) and waits for it; stdout+stderr go to `log_file`.
// Returns the exit status (or 128 + signal).
int RunToCompletion(const std::vector<std::string>& argv, const std::filesystem::path& log_file);

// The real `werkpad serve` on a fresh SQLite database in a temporary directory:
// `werkpad --db sqlite:P migrate`, `demo`, then `serve --listen 127.0.0.1:PORT`. The server's own
// PID comes from fork/exec, and Stop() sends SIGTERM to exactly that PID and waits for it.
// Not thread-safe.
class ServerProcess {
 public:
  // `binary`: path of the werkpad executable. `extra_env`: "NAME=VALUE" entries added to the
  // server's environment (e.g. WERKPAD_SERVER_BODY_LIMIT).
  // `serve_args`: extra arguments after `serve --listen ...` (e.g. --static-dir DIR).
  explicit ServerProcess(std::string binary, std::vector<std::string> extra_env = {},
                         std::vector<std::string> serve_args = {});
  ~ServerProcess();  // stops the server if still running and removes the directory

  // Migrates, loads demo data, starts the server and waits until GET /healthz answers 200.
  // Returns an empty string on success, otherwise what went wrong (with the log tail).
  std::string Start();
  // SIGTERM to the server's PID; waits up to 15 s. Returns the exit status (or 128 + signal,
  // -1 when it had to be killed).
  int Stop();

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& database_path() const { return db_; }
  const std::filesystem::path& directory() const { return dir_; }
  std::string LogTail(std::size_t max_bytes = 4000) const;

 private:
  std::string binary_;
  std::vector<std::string> extra_env_;
  std::vector<std::string> serve_args_;
  std::filesystem::path dir_;
  std::filesystem::path db_;
  std::filesystem::path log_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
int FreePort();

}  // namespace werkpad::api_test
