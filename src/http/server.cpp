// The only translation unit that includes Boost.Beast (they cost ~15 s and 650 MB to compile).
#include "http/server.hpp"

#include <fmt/format.h>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <cstring>
#include <condition_variable>
#include <list>
#include <mutex>

#include "core/crypto.hpp"
#include "core/log.hpp"
#include "http/api.hpp"

namespace werkpad::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

// How long Stop() waits for in-flight requests before it gives up on them.
constexpr std::chrono::seconds kStopGrace{10};
// Time allowed to receive a whole request once its first byte arrived, and to write an answer.
constexpr std::chrono::seconds kIoTimeout{30};
// Read buffer reserved per connection: a request's head and a form's body in one read.
constexpr std::size_t kReadBufferBytes = 4096;

// 16 hex digits, unique within the process and unpredictable across processes, without a
// system call per request: a random 64-bit start and key drawn once, then a counter through
// a bijective mix (SplitMix64's finaliser), so no two requests of one process share an id.
std::string NewRequestId() {
  static const auto seed = [] {
    std::string bytes = core::RandomBytes(16);
    std::array<std::uint64_t, 2> v{};
    std::memcpy(v.data(), bytes.data(), sizeof v);
    return v;
  }();
  static std::atomic<std::uint64_t> counter{seed[0]};
  std::uint64_t z = counter.fetch_add(1, std::memory_order_relaxed) ^ seed[1];
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, z >>= 4) out[static_cast<std::size_t>(i)] = kHex[z & 0xf];
  return out;
}

// An answer on its way out: the formatted head and the body, kept alive until written.
struct Outgoing {
  std::string head;
  std::string body;
};

// 1xx, 204 and 304 answers carry no body and no Content-Length (RFC 9110 8.6, 15.3.5, 15.4.5).
bool HasBody(int status) { return status >= 200 && status != 204 && status != 304; }

// Header names are tokens and values may not break the head: a character that could (CR, LF,
// NUL) is replaced by a space, so no value -- e.g. a file name in Content-Disposition -- can
// add a header or end the head early.
void AppendField(std::string& out, std::string_view name, std::string_view value) {
  out.append(name);
  out.append(": ");
  for (char c : value) out.push_back(c == '\r' || c == '\n' || c == '\0' ? ' ' : c);
  out.append("\r\n");
}

// The HTTP/1.1 response head for `r`: status line, r.headers in order, Content-Type,
// Connection: close when the connection ends after this answer, Content-Length (for HEAD that
// of the body a GET would get), blank line. Written by hand rather than by Beast's generic
// serializer, which cost ~15 % of the I/O thread's time per answer (docs/performance.md).
std::string FormatHead(const Response& r, bool keep_alive) {
  std::string out;
  out.reserve(512);
  out.append("HTTP/1.1 ");
  out.append(std::to_string(r.status));
  out.push_back(' ');
  out.append(bhttp::obsolete_reason(static_cast<bhttp::status>(r.status)));
  out.append("\r\n");
  for (const auto& [name, value] : r.headers) AppendField(out, name, value);
  if (!r.content_type.empty()) AppendField(out, "Content-Type", r.content_type);
  if (!keep_alive) AppendField(out, "Connection", "close");
  if (HasBody(r.status)) AppendField(out, "Content-Length", std::to_string(r.body.size()));
  out.append("\r\n");
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

class Server::Impl {
 public:
  Impl(Options options, Services services)
      : options_(std::move(options)),
        api_(options_, services),
        acceptor_(ioc_),
        grace_(ioc_),
        accept_retry_(ioc_) {}

  core::Status Listen();
  void Run();
  void Stop();
  std::uint16_t port() const { return port_; }

 private:
  class Connection;
  friend class Connection;

  void Accept();
  void BeginStop();
  void Forget(Connection* c);
  // A request was handed to Api::Handle / its reply has been posted to the I/O thread. Run()
  // returns only when no reply is outstanding (a reply may come from the database writer after
  // the I/O loop stopped, and must still find this object).
  void HandlerStarted() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
  void HandlerDone() {
    if (in_flight_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      std::lock_guard lock(in_flight_mu_);
      in_flight_cv_.notify_all();
    }
  }

  Options options_;
  Api api_;
  asio::io_context ioc_{1};
  tcp::acceptor acceptor_;
  asio::steady_timer grace_;
  asio::steady_timer accept_retry_;
  std::unique_ptr<asio::thread_pool> workers_;
  std::uint16_t port_ = 0;
  bool stopping_ = false;  // touched only on the I/O thread
  std::list<std::weak_ptr<Connection>> connections_;  // I/O thread only
  std::once_flag stop_once_;
  std::atomic<int> in_flight_{0};
  std::mutex in_flight_mu_;
  std::condition_variable in_flight_cv_;
};

// One TCP connection: reads requests one after another (HTTP/1.1 keep-alive), handles each -- a
// cheap read (Api::RunsOnIoThread) right here on the I/O thread, anything else on the worker
// pool -- and writes the answer when Api::Handle replies (for reads: once their audit entries are
// durable, from the database writer's thread). Lives on the I/O thread; only Api::Handle and the
// reply run elsewhere.
class Server::Impl::Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(Impl& server, tcp::socket socket)
      : server_(server), stream_(std::move(socket)) {
    // Beast reads at most the buffer's free capacity, and never less than 512 bytes: an empty
    // flat_buffer stays at 512, so a request of 513 bytes or more (a PUT with its JSON body, a
    // GET with a few cookies) took two recvmsg calls. One reserve per connection: the whole
    // request in one call (docs/performance.md, runs U).
    buffer_.reserve(kReadBufferBytes);
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
  }

  void Start() { Read(); }

  // Called on the I/O thread by BeginStop: idle connections close now, busy ones after writing.
  void StopIfIdle() {
    if (state_ == State::kReading) {
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      stream_.cancel();
    }
  }

 private:
  enum class State { kReading, kHandling, kWriting, kClosed };

  void Read() {
    state_ = State::kReading;
    parser_.emplace();
    parser_->body_limit(server_.options_.body_limit);
    parser_->header_limit(16 * 1024);
    stream_.expires_after(server_.options_.idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) {
                               self->OnHeader(ec);
                             });
  }

  // Clients such as curl announce larger bodies with "Expect: 100-continue" and wait for the
  // interim answer before sending them. Bodies over the limit fail in the header already (413).
  void OnHeader(beast::error_code ec) {
    if (ec) return OnRead(ec);
    auto expect = parser_->get()[bhttp::field::expect];
    if (!parser_->is_done() && beast::iequals(expect, "100-continue")) {
      auto interim = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
      return bhttp::async_write(stream_, *interim,
                                [self = shared_from_this(), interim](beast::error_code wec, std::size_t) {
                                  if (wec) return self->Close();
                                  self->ReadBody();
                                });
    }
    ReadBody();
  }

  void ReadBody() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        self->OnRead(ec);
                      });
  }

  void OnRead(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || (server_.stopping_ && ec)) {
      return Close();
    }
    if (ec) {
      Request minimal;
      minimal.request_id = NewRequestId();
      minimal.remote_address = remote_;
      core::Error error = ec == bhttp::error::body_limit
                              ? core::Error::TooLarge("request body larger than the limit")
                              : core::Error::BadRequest("malformed HTTP request");
      if (ec != bhttp::error::body_limit && ec != bhttp::error::header_limit &&
          buffer_.size() == 0 && !parser_->got_some()) {
        return Close();  // connection reset or garbage before anything was read
      }
      keep_alive_ = false;
      lingering_ = true;
      return Write(server_.api_.Reject(error, minimal));
    }
    auto& in = parser_->get();
    keep_alive_ = in.keep_alive();
    head_ = in.method() == bhttp::verb::head;
    auto request = std::make_shared<Request>();
    request->method = std::string(in.method_string());
    request->target = std::string(in.target());
    request->remote_address = remote_;
    request->request_id = NewRequestId();
    for (const auto& field : in) {
      request->headers[Lower(field.name_string())] = std::string(field.value());
    }
    request->body = std::move(in.body());
    std::string_view target = request->target;
    std::size_t q = target.find('?');
    auto path = PercentDecode(target.substr(0, q), /*plus_is_space=*/false);
    if (q != std::string_view::npos) request->query = ParseQueryString(target.substr(q + 1));
    if (!path || path->empty() || path->front() != '/') {
      keep_alive_ = false;
      return Write(server_.api_.Reject(core::Error::BadRequest("malformed request path"), *request));
    }
    request->path = std::move(*path);

    state_ = State::kHandling;
    stream_.expires_never();
    server_.HandlerStarted();
    // Runs once, on this thread, a worker or the database writer (after the batch holding the
    // request's audit entry committed; the writer posts the answers of a whole batch one after
    // another, so the I/O thread wakes once for them).
    Api::Reply reply = [self = shared_from_this()](Response response) mutable {
      Impl& server = self->server_;
      if (server.ioc_.get_executor().running_in_this_thread()) {
        self->Write(std::move(response));
      } else {
        asio::post(server.ioc_, [self = std::move(self), response = std::move(response)]() mutable {
          self->Write(std::move(response));
        });
      }
      server.HandlerDone();  // last use of `server`
    };
    if (server_.api_.RunsOnIoThread(*request)) {
      server_.api_.Handle(*request, std::move(reply));
      return;
    }
    asio::post(*server_.workers_,
               [&api = server_.api_, request, reply = std::move(reply)]() mutable {
                 api.Handle(*request, std::move(reply));
               });
  }

  void Write(Response response) {
    // An answer completed by the database writer is built here, on the I/O thread (Api::Reply;
    // also when the client has gone: the request is still counted and logged).
    if (response.deferred) response = response.deferred();
    if (state_ == State::kClosed) return;
    state_ = State::kWriting;
    if (server_.stopping_) keep_alive_ = false;
    auto out = std::make_shared<Outgoing>();
    out->head = FormatHead(response, keep_alive_);
    if (!head_ && HasBody(response.status)) out->body = std::move(response.body);
    std::array<asio::const_buffer, 2> buffers{asio::buffer(out->head), asio::buffer(out->body)};
    stream_.expires_after(kIoTimeout);
    // One gathered write of head and body (one sendmsg for an answer that fits the socket).
    asio::async_write(stream_, buffers,
                      [self = shared_from_this(), out](beast::error_code ec, std::size_t) {
                        if (!ec && self->lingering_) return self->Linger(0);
                        // Stop() may have begun while this answer was being written.
                        if (ec || !self->keep_alive_ || self->server_.stopping_) {
                          return self->Close();
                        }
                        self->Read();
                      });
  }

  // After refusing a request whose body was not read (413), closing at once would make the
  // kernel answer the unread bytes with a reset that can destroy our answer in the client's
  // buffers. So: stop sending, discard what still arrives (bounded in bytes and time), then close.
  void Linger(std::size_t discarded) {
    constexpr std::size_t kMaxDiscard = 16 * 1024 * 1024;
    if (discarded == 0) {
      beast::error_code ec;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
      stream_.expires_after(std::chrono::seconds(2));
    }
    auto buffer = std::make_shared<std::array<char, 16 * 1024>>();
    stream_.async_read_some(asio::buffer(*buffer),
                            [self = shared_from_this(), buffer, discarded](beast::error_code ec,
                                                                          std::size_t n) {
                              if (ec || discarded + n > kMaxDiscard) return self->Close();
                              self->Linger(discarded + n);
                            });
  }

  void Close() {
    if (state_ == State::kClosed) return;
    state_ = State::kClosed;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
    server_.Forget(this);
  }

  Impl& server_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_;
  bool keep_alive_ = true;
  bool lingering_ = false;
  bool head_ = false;
  State state_ = State::kReading;
};

core::Status Server::Impl::Listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(options_.listen_address, ec);
  auto fail = [&](std::string_view what) {
    return core::Error::Unavailable(fmt::format("cannot listen on {}:{}: {}", options_.listen_address,
                                                options_.port, what));
  };
  if (ec) return fail("not an IP address");
  tcp::endpoint endpoint(address, options_.port);
  acceptor_.open(endpoint.protocol(), ec);
  if (ec) return fail(ec.message());
  acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
  if (ec) return fail(ec.message());
  acceptor_.bind(endpoint, ec);
  if (ec) return fail(ec.message());
  acceptor_.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return fail(ec.message());
  port_ = acceptor_.local_endpoint().port();
  return core::Ok();
}

void Server::Impl::Accept() {
  acceptor_.async_accept(ioc_, [this](beast::error_code ec, tcp::socket socket) {
    if (stopping_ || !acceptor_.is_open()) return;
    if (!ec) {
      socket.set_option(tcp::no_delay(true), ec);
      auto connection = std::make_shared<Connection>(*this, std::move(socket));
      connections_.push_back(connection);
      connection->Start();
      Accept();
    } else {
      // E.g. out of file descriptors: retry shortly instead of spinning.
      core::log::Warn("http.accept_failed", {{"error", ec.message()}});
      accept_retry_.expires_after(std::chrono::milliseconds(100));
      accept_retry_.async_wait([this](beast::error_code wait_ec) {
        if (!wait_ec && !stopping_) Accept();
      });
    }
  });
}

void Server::Impl::Run() {
  workers_ = std::make_unique<asio::thread_pool>(std::max(1, options_.worker_threads));
  Accept();
  ioc_.run();
  // In-flight handlers finish; their answers go nowhere once the I/O loop has stopped.
  workers_->join();
  // Answers still waiting for their audit commit: the writer's completions must not outlive us.
  std::unique_lock lock(in_flight_mu_);
  in_flight_cv_.wait(lock, [this] { return in_flight_.load(std::memory_order_acquire) == 0; });
}

void Server::Impl::Stop() {
  asio::post(ioc_, [this] { BeginStop(); });
}

void Server::Impl::BeginStop() {
  if (stopping_) return;
  stopping_ = true;
  beast::error_code ec;
  acceptor_.close(ec);
  accept_retry_.cancel();
  grace_.expires_after(kStopGrace);
  grace_.async_wait([this](beast::error_code wait_ec) {
    if (!wait_ec) {
      core::log::Warn("http.stop_grace_expired");
      ioc_.stop();
    }
  });
  for (auto& weak : connections_) {
    if (auto c = weak.lock()) c->StopIfIdle();
  }
  Forget(nullptr);
}

void Server::Impl::Forget(Connection* c) {
  connections_.remove_if([c](const std::weak_ptr<Connection>& weak) {
    auto locked = weak.lock();
    return !locked || locked.get() == c;
  });
  if (stopping_ && connections_.empty()) {
    grace_.cancel();
    ioc_.stop();
  }
}

Server::Server(Options options, Services services)
    : impl_(std::make_unique<Impl>(std::move(options), services)) {}
Server::~Server() = default;
core::Status Server::Listen() { return impl_->Listen(); }
std::uint16_t Server::port() const { return impl_->port(); }
void Server::Run() { impl_->Run(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace werkpad::http
