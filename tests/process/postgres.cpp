#include "process/postgres.hpp"

#include <fcntl.h>
#include <glob.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

namespace werkpad::test {

namespace {

// Starts `argv` as uid/gid with stdout/stderr to `log`; returns the child's PID.
pid_t SpawnAs(uid_t uid, gid_t gid, std::vector<std::string> argv, const std::string& log) {
  std::vector<char*> args;
  for (auto& a : argv) args.push_back(a.data());
  args.push_back(nullptr);
  int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  pid_t pid = fork();
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDONLY);
    dup2(null_fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    if (getuid() == 0 && (setgid(gid) != 0 || setuid(uid) != 0)) _exit(126);
    execv(args[0], args.data());
    _exit(127);
  }
  close(fd);
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::unique_ptr<TempPostgres> TempPostgres::Start(std::string& why_not) {
  glob_t g{};
  if (glob("/usr/lib/postgresql/*/bin/initdb", 0, nullptr, &g) != 0 || g.gl_pathc == 0) {
    globfree(&g);
    why_not = "PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are not installed";
    return nullptr;
  }
  std::unique_ptr<TempPostgres> pg(new TempPostgres());
  pg->bin_ = std::filesystem::path(g.gl_pathv[g.gl_pathc - 1]).parent_path().string();
  globfree(&g);
  pg->uid_ = getuid();
  pg->gid_ = getgid();
  if (getuid() == 0) {
    passwd* pw = getpwnam("postgres");
    if (pw == nullptr) {
      why_not = "running as root and there is no `postgres` user to run PostgreSQL as";
      return nullptr;
    }
    pg->uid_ = pw->pw_uid;
    pg->gid_ = pw->pw_gid;
  }
  std::string pattern =
      (std::filesystem::temp_directory_path() / "werkpad-pg-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    why_not = "mkdtemp failed";
    return nullptr;
  }
  pg->dir_ = pattern;
  std::filesystem::create_directories(pg->dir_ + "/sock");
  for (const auto& p : {pg->dir_, pg->dir_ + "/sock"}) {
    if (chown(p.c_str(), pg->uid_, pg->gid_) != 0) {
      why_not = "chown of the temp dir failed";
      return nullptr;
    }
  }
  std::string log = pg->dir_ + "/postgres.log";
  int rc = Wait(SpawnAs(pg->uid_, pg->gid_,
                        {pg->bin_ + "/initdb", "-D", pg->dir_ + "/data", "-U", "werkpad",
                         "--auth=trust", "--no-sync"},
                        log));
  if (rc != 0) {
    why_not = "initdb failed (see " + log + ")";
    return nullptr;
  }
  pg->pid_ = SpawnAs(pg->uid_, pg->gid_,
                     {pg->bin_ + "/postgres", "-D", pg->dir_ + "/data", "-k", pg->dir_ + "/sock",
                      "-c", "listen_addresses=", "-c", "fsync=off"},
                     log);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (std::filesystem::exists(pg->dir_ + "/sock/.s.PGSQL.5432") &&
        Wait(SpawnAs(pg->uid_, pg->gid_,
                     {pg->bin_ + "/pg_isready", "-h", pg->dir_ + "/sock", "-U", "werkpad", "-q"},
                     log)) == 0) {
      return pg;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  why_not = "postgres did not start within 30 s (see " + log + ")";
  return nullptr;  // the destructor stops what was started
}

TempPostgres::~TempPostgres() {
  if (pid_ > 0) {
    kill(pid_, SIGINT);  // fast shutdown
    Wait(pid_);
  }
  if (!dir_.empty() && std::getenv("WERKPAD_TEST_KEEP_PG") == nullptr) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

std::string TempPostgres::Url(const std::string& database) const {
  return "postgresql://werkpad@/" + database + "?host=" + dir_ + "/sock";
}

bool TempPostgres::CreateDatabase(const std::string& name) const {
  return Wait(SpawnAs(uid_, gid_,
                      {bin_ + "/createdb", "-h", dir_ + "/sock", "-U", "werkpad", name},
                      dir_ + "/postgres.log")) == 0;
}

}  // namespace werkpad::test
