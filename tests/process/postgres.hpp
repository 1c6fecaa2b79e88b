#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

namespace werkpad::test {

// A throwaway PostgreSQL server: initdb into a fresh temp dir (as the `postgres` user when the
// tests run as root, since PostgreSQL refuses root), started with a unix socket only
// (listen_addresses=''), trust authentication for the superuser "werkpad", stopped by its own
// PID. Not thread-safe; one per test suite.
class TempPostgres {
 public:
  // nullptr and `why_not` set when PostgreSQL's server binaries are not installed or the
  // server does not start within 30 s.
  static std::unique_ptr<TempPostgres> Start(std::string& why_not);
  ~TempPostgres();  // fast shutdown (SIGINT), then removes the directory

  // postgresql://werkpad@/DB?host=SOCKETDIR
  std::string Url(const std::string& database) const;
  // createdb; false on failure.
  bool CreateDatabase(const std::string& name) const;

 private:
  TempPostgres() = default;
  std::string bin_;
  std::string dir_;
  pid_t pid_ = 0;
  uid_t uid_ = 0;
  gid_t gid_ = 0;
};

}  // namespace werkpad::test
