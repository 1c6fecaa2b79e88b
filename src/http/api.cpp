#include "http/api.hpp"

#include <chrono>
#include <exception>
#include <optional>

#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "http/error_mapping.hpp"
#include "http/json/common.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/routes.hpp"
#include "http/static_files.hpp"
#include "service/auth_service.hpp"
#include "store/database.hpp"

namespace werkpad::http {
namespace {

constexpr std::string_view kApiPrefix = "/api/";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Headers on every answer (docs/api.md; OWASP secure headers).
void AddCommonHeaders(Response& r, const std::string& request_id, bool api) {
  r.AddHeader("X-Request-Id", request_id);
  r.AddHeader("X-Content-Type-Options", "nosniff");
  r.AddHeader("Referrer-Policy", "no-referrer");
  r.AddHeader("X-Frame-Options", "DENY");
  r.AddHeader("Content-Security-Policy",
              "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
              "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  if (api && r.FindHeader("Cache-Control") == nullptr) r.AddHeader("Cache-Control", "no-store");
}

// Runs a handler's Response::deferred; an exception becomes a 500 like one from the handler.
Response BuildSafely(const std::function<Response()>& build) {
  try {
    return build();
  } catch (const std::exception& e) {
    core::log::Error("http.handler_exception", {{"what", e.what()}});
  } catch (...) {
    core::log::Error("http.handler_exception");
  }
  return ErrorResponse(core::Error::Internal("unexpected exception"));
}

}  // namespace

class Api::Impl {
 public:
  Impl(const Server::Options& options, const Server::Services& services)
      : options_(options), services_(services), env_{services_, options_},
        static_files_(options_.static_dir) {
    auto routes = ApiRoutes();
    for (std::size_t i = 0; i < routes.size(); ++i) {
      router_.Add(std::string(routes[i].method), std::string(routes[i].pattern), i);
    }
  }

  // `deferral`: set (and installed on this thread while the handler runs) for a request whose
  // writes may be deferred: an API GET/HEAD, or a route with RouteSpec::on_io_thread.
  Response Handle(const Request& request, std::string& route_label,
                  std::shared_ptr<store::WriteDeferral>& deferral);

  Server::Options options_;
  Server::Services services_;
  handlers::Env env_;
  StaticFiles static_files_;
  Router router_;
  Metrics metrics_;

 private:
  Response HandleApi(const Request& request, std::string& route_label,
                     std::shared_ptr<store::WriteDeferral>& deferral);
  Response Health();
};

Response Api::Impl::Health() {
  auto probe = services_.database.Read([](store::Tx& tx) { return tx.organisation().GetInstitution(); });
  if (!probe.ok()) {
    return json::JsonResponse(503, json::bj::object{{"status", "unavailable"}});
  }
  return json::JsonResponse(200, json::bj::object{{"status", "ok"}});
}

Response Api::Impl::Handle(const Request& request, std::string& route_label,
                           std::shared_ptr<store::WriteDeferral>& deferral) {
  const std::string& path = request.path;
  if (StartsWith(path, kApiPrefix) || path == "/api") {
    return HandleApi(request, route_label, deferral);
  }
  bool read = request.method == "GET" || request.method == "HEAD";
  if (path == "/healthz" || path == "/metrics") {
    route_label = path;
    if (!read) return MethodNotAllowedResponse({"GET"});
    if (path == "/healthz") return Health();
    Response r;
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    r.body = metrics_.Render(services_.database.Stats(), audit::PendingAppends());
    return r;
  }
  route_label = "static";
  if (!read) return MethodNotAllowedResponse({"GET"});
  if (options_.static_dir.empty()) return NotFoundResponse();
  return static_files_.Serve(path);
}

Response Api::Impl::HandleApi(const Request& request, std::string& route_label,
                              std::shared_ptr<store::WriteDeferral>& deferral) {
  Router::Match match = router_.Find(request.method, request.path);
  if (match.kind == Router::Match::Kind::kNotFound) {
    route_label = "unmatched";
    return NotFoundResponse();
  }
  route_label = match.pattern.empty() ? "unmatched" : match.pattern;
  if (match.kind == Router::Match::Kind::kMethodNotAllowed) {
    return MethodNotAllowedResponse(match.allowed);
  }
  const RouteSpec& route = ApiRoutes()[match.handler];
  // Reads change nothing but their audit entries (and the session's last-seen time): those may
  // be committed while the handler goes on, as long as the answer waits for them. The same holds
  // for a change a route makes in one deferred unit (RouteSpec::on_io_thread). Installed before
  // the session is resolved, so its touch is deferred too.
  std::optional<store::WriteDeferral::Scope> scope;
  if (request.method == "GET" || request.method == "HEAD" || route.on_io_thread) {
    deferral = store::WriteDeferral::Make();
    scope.emplace(*deferral);
  }
  handlers::Call call{request, match.params, {}, nullptr};
  call.token = request.Cookie(handlers::kSessionCookie).value_or("");

  std::optional<service::Authenticated> auth;
  if (route.access != Access::kPublic) {
    if (!call.token.empty()) {
      auto result = services_.auth.Authenticate(call.token, request.remote_address,
                                                request.request_id);
      if (result.ok()) {
        auth = std::move(result).value();
      } else if (result.error().code != core::ErrorCode::kUnauthenticated ||
                 route.access != Access::kOptionalSession) {
        Response r = ErrorResponse(result.error());
        if (result.error().code == core::ErrorCode::kUnauthenticated) {
          r.AddHeader("Set-Cookie", handlers::ClearedSessionCookie(options_.secure_cookie));
        }
        return r;
      }
    }
    if (!auth && route.access != Access::kOptionalSession) {
      return ErrorResponse(core::Error::Unauthenticated("no session: log in first"));
    }
    if (auth && route.access == Access::kActive &&
        auth->session.state != store::SessionState::kActive) {
      return ErrorResponse(core::Error::Unauthenticated("the second factor is still required"));
    }
    // CSRF: every state-changing request of a session carries the session's token (the login
    // itself is kPublic and has no session yet).
    if (auth && IsStateChanging(request.method)) {
      const std::string* sent = request.Header("x-csrf-token");
      if (sent == nullptr || !core::ConstantTimeEqual(*sent, auth->session.csrf_token)) {
        return ErrorResponse(core::Error::Forbidden("CSRF token missing or wrong"));
      }
    }
    if (auth) call.auth = &*auth;
  }
  Response response = route.handler(env_, call);
  if (response.status == 429 && response.FindHeader("Retry-After") == nullptr) {
    // Login throttling (the only source of 429): RFC 9110 Retry-After in seconds.
    response.AddHeader("Retry-After", std::to_string(services_.auth.RetryAfter().count()));
  }
  return response;
}

Api::Api(const Server::Options& options, const Server::Services& services)
    : impl_(std::make_unique<Impl>(options, services)) {}
Api::~Api() = default;

bool Api::RunsOnIoThread(const Request& request) const {
  bool read = request.method == "GET" || request.method == "HEAD";
  if (request.path == "/healthz") return read;
  if (!StartsWith(request.path, kApiPrefix)) return false;
  Router::Match match = impl_->router_.Find(request.method, request.path);
  return match.kind == Router::Match::Kind::kFound && ApiRoutes()[match.handler].on_io_thread;
}

void Api::Handle(const Request& request, Reply reply) {
  auto start = std::chrono::steady_clock::now();
  std::string route_label = "unmatched";
  Response response;
  // Set by the routing when the request's writes may be deferred (Impl::HandleApi).
  std::shared_ptr<store::WriteDeferral> deferral;
  try {
    response = impl_->Handle(request, route_label, deferral);
  } catch (const std::exception& e) {
    core::log::Error("http.handler_exception",
                     {{"request_id", request.request_id}, {"route", route_label},
                      {"what", e.what()}});
    response = ErrorResponse(core::Error::Internal("unexpected exception"));
  } catch (...) {
    core::log::Error("http.handler_exception",
                     {{"request_id", request.request_id}, {"route", route_label}});
    response = ErrorResponse(core::Error::Internal("unexpected exception"));
  }
  auto finish = [this, start, route_label = std::move(route_label), method = request.method,
                 request_id = request.request_id](Response& r) {
    bool api = route_label != "static";
    AddCommonHeaders(r, request_id, api);
    auto elapsed = std::chrono::steady_clock::now() - start;
    impl_->metrics_.Record(method, route_label, r.status, elapsed);
    core::log::Access("http.request",
                    {{"request_id", request_id},
                     {"method", method},
                     {"route", route_label},
                     {"status", static_cast<std::int64_t>(r.status)},
                     {"ms", std::chrono::duration<double, std::milli>(elapsed).count()}});
  };
  if (!deferral || deferral->submitted() == 0) {
    if (response.deferred) response = BuildSafely(response.deferred);
    finish(response);
    return reply(std::move(response));
  }
  // The writer completes the deferral. The answer is built by the receiver of `reply` (the
  // server, on its I/O thread): the writer's thread goes on with the next batch instead of
  // building JSON, headers and log lines.
  deferral->Seal([finish = std::move(finish), response = std::move(response),
                  reply = std::move(reply)](core::Status written) mutable {
    Response unbuilt;
    unbuilt.deferred = [written = std::move(written), finish = std::move(finish),
                        response = std::move(response)]() mutable {
      // A deferred write failed: the answer must not leave (e.g. a read whose audit entry is
      // not durable); the client gets the store's error (503) instead.
      if (!written.ok()) {
        response = ErrorResponse(written.error());
      } else if (response.deferred) {
        response = BuildSafely(response.deferred);
      }
      finish(response);
      return std::move(response);
    };
    reply(std::move(unbuilt));
  });
}

Response Api::Reject(const core::Error& error, const Request& request) {
  Response response = ErrorResponse(error);
  AddCommonHeaders(response, request.request_id, true);
  impl_->metrics_.Record(request.method.empty() ? "UNKNOWN" : request.method, "rejected",
                         response.status, std::chrono::nanoseconds{0});
  core::log::Info("http.rejected", {{"request_id", request.request_id},
                                    {"status", static_cast<std::int64_t>(response.status)},
                                    {"code", core::ToString(error.code)}});
  return response;
}

}  // namespace werkpad::http
