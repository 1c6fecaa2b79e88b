// Load generator for the durable-update benchmark (bench/run.sh, section 2): N clients, each
// updating its own revalidant in a loop over its own keep-alive connection, all driven by ONE
// thread (Boost.Asio + Beast):
//   GET the revalidant (to learn its version), then PUT with that version again and again,
//   taking the new version from each 200 answer; on 409 (stale version) it GETs again.
//
// Why not wrk: a wrk Lua script cannot tell which connection an answer belongs to, so per-client
// state (the version) needs one wrk thread per client (wrk -t64 -c64). On this benchmark's
// two-core machine, which the load generator shares with the server, those 64 threads cost
// about as much CPU per update as the server's whole I/O thread (docs/performance.md, run T):
// the figure measured the client's scheduling as much as the server (bench/update.lua, used until
// then, is in git history).
//
// Usage: werkpad_bench_update_client --port P --ids 1,2,... --cookie C --csrf T --team ID
//                                    [--seconds S]
//   one client per id; C is "werkpad_session=...", T the session's csrf_token.
// Prints one line:
//   BENCH_UPDATE clients=.. updates=.. conflicts=.. rereads=.. errors=.. duration_us=..
//   updates_per_s=.. p50_us=.. p99_us=.. non2xx=.. socket_errors=..
// (latency percentiles over every request, GETs included; only answers that arrived within the
// S seconds count). Exit status 0 when it ran (errors are in the line), 1 when it could not
// connect, 2 on bad usage.

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Args {
  int port = 0;
  std::vector<std::string> ids;
  std::string cookie;
  std::string csrf;
  std::string team = "null";
  double seconds = 10;
};

bool ParseArgs(int argc, char** argv, Args& a) {
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (i + 1 >= argc) return false;
    std::string v = argv[++i];
    if (k == "--port") {
      a.port = std::atoi(v.c_str());
    } else if (k == "--ids") {
      std::size_t start = 0;
      while (start <= v.size()) {
        std::size_t comma = v.find(',', start);
        std::string id = v.substr(start, comma == std::string::npos ? comma : comma - start);
        if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos) return false;
        a.ids.push_back(id);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    } else if (k == "--cookie") {
      a.cookie = v;
    } else if (k == "--csrf") {
      a.csrf = v;
    } else if (k == "--team") {
      a.team = v;
    } else if (k == "--seconds") {
      a.seconds = std::strtod(v.c_str(), nullptr);
    } else {
      return false;
    }
  }
  return a.port > 0 && !a.ids.empty() && !a.cookie.empty() && !a.csrf.empty() && a.seconds > 0;
}

struct Totals {
  long updates = 0, conflicts = 0, rereads = 0, errors = 0, non2xx = 0, socket_errors = 0;
  std::vector<std::uint32_t> latencies_us;
};

// One client: one connection, one revalidant, one request in flight.
class Client : public std::enable_shared_from_this<Client> {
 public:
  // Clients whose connection is not closed yet.
  static long open() { return open_; }

  Client(asio::io_context& ioc, const Args& args, std::string id, Totals& totals,
         const Clock::time_point& deadline)
      : socket_(ioc), args_(args), path_("/api/v1/revalidanten/" + id), id_(std::move(id)),
        totals_(totals), deadline_(deadline) {
    ++open_;
  }

  void Start(const tcp::endpoint& endpoint) {
    socket_.async_connect(endpoint, [self = shared_from_this()](beast::error_code ec) {
      if (ec) return self->Fail("connect", ec);
      self->socket_.set_option(tcp::no_delay(true));
      self->Send();
    });
  }

 private:
  void Send() {
    if (Clock::now() >= deadline_) return Close();
    request_ = {};
    request_.version(11);
    request_.target(path_);
    request_.set(http::field::host, "127.0.0.1");
    request_.set(http::field::cookie, args_.cookie);
    if (!version_) {
      put_ = false;
      request_.method(http::verb::get);
    } else {
      put_ = true;
      ++n_;
      char body[640];
      int len = std::snprintf(
          body, sizeof body,
          R"({"given_names":"Bench","family_name":"Voorbeeld","date_of_birth":"1980-04-01",)"
          R"("bsn":null,"contact":{"email":"","phone":"","street":"","postal_code":"","city":""},)"
          R"("naaste":null,"employment_status":"loondienst","employer":null,)"
          R"("function_title":"update %ld","hours_per_week":%ld,"bedrijfsarts":null,)"
          R"("team_id":%s,"ric_user_id":null,"version":%lld})",
          n_, n_ % 40 + 1, args_.team.c_str(), static_cast<long long>(*version_));
      request_.method(http::verb::put);
      request_.set("X-CSRF-Token", args_.csrf);
      request_.set(http::field::content_type, "application/json");
      request_.body().assign(body, static_cast<std::size_t>(len));
      request_.prepare_payload();
    }
    sent_at_ = Clock::now();
    http::async_write(socket_, request_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->Fail("write", ec);
      self->Receive();
    });
  }

  void Receive() {
    parser_.emplace();
    parser_->body_limit(1 << 20);
    http::async_read(socket_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       if (ec) return self->Fail("read", ec);
                       self->Answered();
                     });
  }

  void Answered() {
    auto now = Clock::now();
    if (now > deadline_) return Close();  // after the measured window: not counted
    totals_.latencies_us.push_back(static_cast<std::uint32_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(now - sent_at_).count()));
    const auto& response = parser_->get();
    unsigned status = response.result_int();
    if (status < 200 || status > 299) ++totals_.non2xx;
    if (status == 200) {
      version_ = VersionOf(response.body());
      if (!version_) Error(status, response.body());
      else if (put_) ++totals_.updates;
    } else if (status == 409 && put_) {
      ++totals_.conflicts;
      ++totals_.rereads;
      version_.reset();
    } else {
      Error(status, response.body());
      version_.reset();
    }
    Send();
  }

  static std::optional<std::int64_t> VersionOf(const std::string& body) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec || !v.is_object()) return std::nullopt;
    const boost::json::value* version = v.as_object().if_contains("version");
    if (version == nullptr || !version->is_int64()) return std::nullopt;
    return version->as_int64();
  }

  void Error(unsigned status, const std::string& body) {
    if (++totals_.errors <= 3) {
      std::fprintf(stderr, "update_client: revalidant %s: HTTP %u %.200s\n", id_.c_str(), status,
                   body.c_str());
    }
  }

  void Fail(const char* what, beast::error_code ec) {
    if (Clock::now() < deadline_) {
      ++totals_.socket_errors;
      std::fprintf(stderr, "update_client: revalidant %s: %s: %s\n", id_.c_str(), what,
                   ec.message().c_str());
    }
    Close();
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    --open_;
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

  tcp::socket socket_;
  const Args& args_;
  std::string path_;
  std::string id_;
  Totals& totals_;
  const Clock::time_point& deadline_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> request_;
  std::optional<http::response_parser<http::string_body>> parser_;
  std::optional<std::int64_t> version_;
  bool put_ = false;
  long n_ = 0;
  Clock::time_point sent_at_;
  bool closed_ = false;
  static inline long open_ = 0;
};

double Percentile(std::vector<std::uint32_t>& v, double p) {
  if (v.empty()) return 0;
  auto k = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, args)) {
    std::fprintf(stderr,
                 "usage: werkpad_bench_update_client --port P --ids 1,2,... --cookie C --csrf T "
                 "--team ID [--seconds S]\n");
    return 2;
  }
  asio::io_context ioc(1);
  Totals totals;
  totals.latencies_us.reserve(1 << 20);
  auto start = Clock::now();
  auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(args.seconds));
  tcp::endpoint endpoint(asio::ip::address_v4::loopback(), static_cast<unsigned short>(args.port));
  for (const std::string& id : args.ids) {
    std::make_shared<Client>(ioc, args, id, totals, deadline)->Start(endpoint);
  }
  // A server that stops answering must not hang the benchmark: give up 10 s after the window.
  asio::steady_timer give_up(ioc, deadline + std::chrono::seconds(10));
  give_up.async_wait([&](beast::error_code ec) {
    if (ec) return;
    std::fprintf(stderr, "update_client: answers still missing 10 s after the end; stopping\n");
    ++totals.socket_errors;
    ioc.stop();
  });
  // Runs until every client has closed (after the deadline or on an error); then the timer is
  // the only work left.
  std::size_t clients = args.ids.size();
  while (clients > 0 && ioc.run_one() > 0) {
    clients = static_cast<std::size_t>(Client::open());
  }
  give_up.cancel();
  auto duration_us = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::min(Clock::now(), deadline) - start).count();
  double p50 = Percentile(totals.latencies_us, 50);
  double p99 = Percentile(totals.latencies_us, 99);
  std::printf(
      "BENCH_UPDATE clients=%zu updates=%ld conflicts=%ld rereads=%ld errors=%ld duration_us=%lld "
      "updates_per_s=%.1f p50_us=%.0f p99_us=%.0f non2xx=%ld socket_errors=%ld\n",
      args.ids.size(), totals.updates, totals.conflicts, totals.rereads, totals.errors,
      static_cast<long long>(duration_us),
      static_cast<double>(totals.updates) / (static_cast<double>(duration_us) / 1e6), p50, p99,
      totals.non2xx, totals.socket_errors);
  if (totals.updates == 0 && totals.socket_errors > 0) return 1;
  return 0;
}
