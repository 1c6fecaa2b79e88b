// Small process and socket helpers for bench/run.sh, where a shell loop with curl would be too
// coarse (each curl costs milliseconds) to time a server start.
//
//   werkpad_bench_probe free-port
//       Prints a TCP port on 127.0.0.1 that was free a moment ago.
//   werkpad_bench_probe cold-start --port P [--runs N] [--log FILE] [--settle-ms M] -- CMD ARGS...
//       N times: fork+exec CMD (which must listen on 127.0.0.1:P), time from just before the
//       exec to the first "200" answer to GET /healthz (polled every 0.5 ms), read VmRSS from
//       /proc/PID/status right then and again after M ms idle, stop the server with SIGTERM
//       and require it to exit with status 0 within 10 s. The server's stdout and stderr go to
//       FILE (appended). Prints one "BENCH cold_start_run ..." line per run and a summary line
//       "BENCH cold_start runs=N first_ms=.. min_ms=.. median_ms=.. max_ms=.. cpu_ms=..
//       rss_start_kib=.. rss_idle_kib=.." (cpu_ms: user+system CPU the server used until then,
//       from /proc/PID/stat — wall time far above it means waiting: disk, or a loaded machine). Exit status 0 on success, 1 when a run failed, 2 on bad usage.
//
// Not thread-safe (a single-threaded command line tool).

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

int Usage() {
  std::fprintf(stderr,
               "usage: werkpad_bench_probe free-port\n"
               "       werkpad_bench_probe cold-start --port P [--runs N] [--log FILE] "
               "[--settle-ms M] -- CMD ARGS...\n");
  return 2;
}

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    std::perror("free-port");
    ::close(fd);
    return 1;
  }
  std::printf("%d\n", ntohs(addr.sin_port));
  ::close(fd);
  return 0;
}

// One GET /healthz over a fresh connection. Returns the HTTP status, or -1 when the server does
// not accept connections yet or the answer is incomplete.
int HealthzStatus(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  timeval tv{2, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  static const char kRequest[] =
      "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (::send(fd, kRequest, sizeof kRequest - 1, MSG_NOSIGNAL) != sizeof kRequest - 1) {
    ::close(fd);
    return -1;
  }
  std::string head;
  char buf[512];
  while (head.find("\r\n") == std::string::npos) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    head.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  // "HTTP/1.1 200 OK"
  if (head.size() < 12 || head.compare(0, 5, "HTTP/") != 0) return -1;
  return std::atoi(head.c_str() + 9);
}

long RssKib(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

// CPU time (user + system) the process has used so far, in milliseconds; -1 if unknown.
double CpuMs(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Fields after the command name (which is in parentheses and may contain spaces).
  auto close = stat.rfind(')');
  if (close == std::string::npos) return -1;
  std::vector<std::string> f;
  size_t pos = close + 2;
  while (pos < stat.size()) {
    size_t end = stat.find(' ', pos);
    if (end == std::string::npos) end = stat.size();
    f.push_back(stat.substr(pos, end - pos));
    pos = end + 1;
  }
  // f[0] is field 3 (state); utime is field 14, stime field 15 (proc(5)).
  if (f.size() < 13) return -1;
  const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
  return (std::strtod(f[11].c_str(), nullptr) + std::strtod(f[12].c_str(), nullptr)) * 1000.0 /
         ticks;
}

// Waits up to `timeout` for `pid` to exit; returns its wait status or -1 on timeout.
int WaitFor(pid_t pid, std::chrono::milliseconds timeout) {
  const auto until = Clock::now() + timeout;
  for (;;) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0 && errno != EINTR) return -1;
    if (Clock::now() >= until) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

struct RunResult {
  double ms = 0;
  double cpu_ms = 0;  // CPU time the server used until its first 200 (wall ms minus waiting)
  long rss_start_kib = 0;
  long rss_idle_kib = 0;
};

bool ColdStartOnce(int run, int port, const std::string& log, int settle_ms,
                   std::vector<char*>& argv, RunResult& out) {
  if (HealthzStatus(port) != -1) {
    std::fprintf(stderr, "cold-start: something already answers on port %d\n", port);
    return false;
  }
  const auto t0 = Clock::now();
  pid_t pid = ::fork();
  if (pid < 0) {
    std::perror("fork");
    return false;
  }
  if (pid == 0) {
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      ::dup2(fd, STDOUT_FILENO);
      ::dup2(fd, STDERR_FILENO);
      ::close(fd);
    }
    ::execv(argv[0], argv.data());
    std::perror("execv");
    _exit(127);
  }
  const auto give_up = t0 + std::chrono::seconds(15);
  bool ok = false;
  for (;;) {
    int status = HealthzStatus(port);
    if (status == 200) {
      ok = true;
      break;
    }
    int wstatus = 0;
    if (::waitpid(pid, &wstatus, WNOHANG) == pid) {
      std::fprintf(stderr, "cold-start: run %d: the server exited before /healthz said 200 (see %s)\n",
                   run, log.c_str());
      return false;
    }
    if (Clock::now() >= give_up) {
      std::fprintf(stderr, "cold-start: run %d: no 200 from /healthz within 15 s (last %d)\n", run,
                   status);
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  const auto t1 = Clock::now();
  if (ok) {
    out.ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    out.cpu_ms = CpuMs(pid);
    out.rss_start_kib = RssKib(pid);
    std::this_thread::sleep_for(std::chrono::milliseconds(settle_ms));
    out.rss_idle_kib = RssKib(pid);
  }
  ::kill(pid, SIGTERM);
  int wstatus = WaitFor(pid, std::chrono::seconds(10));
  if (wstatus == -1) {
    std::fprintf(stderr, "cold-start: run %d: no exit within 10 s of SIGTERM; killing\n", run);
    ::kill(pid, SIGKILL);
    WaitFor(pid, std::chrono::seconds(5));
    return false;
  }
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    // Reported, not fatal: the figure is still valid, but a clean shutdown is expected.
    std::fprintf(stderr,
                 "cold-start: run %d: WARNING: server did not exit with status 0 on SIGTERM "
                 "(wait status %d)\n",
                 run, wstatus);
  }
  if (ok) {
    std::printf("BENCH cold_start_run run=%d ms=%.2f cpu_ms=%.0f rss_start_kib=%ld rss_idle_kib=%ld\n",
                run, out.ms, out.cpu_ms, out.rss_start_kib, out.rss_idle_kib);
    std::fflush(stdout);
  }
  return ok;
}

template <typename T>
T Median(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

int ColdStart(int argc, char** argv) {
  int port = 0;
  int runs = 5;
  int settle_ms = 500;
  std::string log = "/dev/null";
  int i = 2;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (i + 1 >= argc) return Usage();
    if (a == "--port") port = std::atoi(argv[++i]);
    else if (a == "--runs") runs = std::atoi(argv[++i]);
    else if (a == "--settle-ms") settle_ms = std::atoi(argv[++i]);
    else if (a == "--log") log = argv[++i];
    else return Usage();
  }
  if (port <= 0 || runs <= 0 || settle_ms < 0 || i >= argc) return Usage();
  std::vector<char*> cmd(argv + i, argv + argc);
  cmd.push_back(nullptr);

  std::vector<double> ms;
  std::vector<double> cpu;
  std::vector<long> rss_start;
  std::vector<long> rss_idle;
  for (int run = 1; run <= runs; ++run) {
    RunResult r;
    if (!ColdStartOnce(run, port, log, settle_ms, cmd, r)) return 1;
    ms.push_back(r.ms);
    cpu.push_back(r.cpu_ms);
    rss_start.push_back(r.rss_start_kib);
    rss_idle.push_back(r.rss_idle_kib);
  }
  std::printf(
      "BENCH cold_start runs=%d first_ms=%.2f min_ms=%.2f median_ms=%.2f max_ms=%.2f "
      "cpu_ms=%.0f rss_start_kib=%ld rss_idle_kib=%ld\n",
      runs, ms.front(), *std::min_element(ms.begin(), ms.end()), Median(ms),
      *std::max_element(ms.begin(), ms.end()), Median(cpu), Median(rss_start), Median(rss_idle));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage();
  std::string cmd = argv[1];
  if (cmd == "free-port" && argc == 2) return FreePort();
  if (cmd == "cold-start") return ColdStart(argc, argv);
  return Usage();
}
