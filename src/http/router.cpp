#include "http/router.hpp"

#include <algorithm>

namespace werkpad::http {
namespace {

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// REQUIRES: route.segments.size() == parts.size().
bool Matches(const Router::Route& route, const std::vector<std::string_view>& parts) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (route.is_param[i]) {
      if (parts[i].empty()) return false;
    } else if (route.segments[i] != parts[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

const std::string* PathParams::Find(std::string_view name) const {
  for (const auto& [k, v] : items_) {
    if (k == name) return &v;
  }
  return nullptr;
}

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  if (path.empty() || path == "/") return out;
  if (path.front() == '/') path.remove_prefix(1);
  while (true) {
    std::size_t slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

void Router::Add(std::string method, std::string pattern, std::size_t handler) {
  Route route{std::move(method), std::move(pattern), {}, handler, {}, 0};
  for (std::string_view s : SplitPath(route.pattern)) {
    route.segments.emplace_back(s);
    route.is_param.push_back(IsParam(s));
    if (!route.is_param.back()) ++route.literals;
  }
  std::size_t length = route.segments.size();
  if (by_length_.size() <= length) by_length_.resize(length + 1);
  by_length_[length].push_back(routes_.size());
  routes_.push_back(std::move(route));
}

Router::Match Router::Find(std::string_view method, std::string_view path) const {
  Match match;
  auto parts = SplitPath(path);
  if (parts.size() >= by_length_.size()) return match;
  // Among the routes whose pattern matches the path, the most specific pattern decides; its
  // method set decides between found and 405.
  const std::vector<std::size_t>& candidates = by_length_[parts.size()];
  int best = -1;
  for (std::size_t i : candidates) {
    const Route& r = routes_[i];
    if (r.literals > best && Matches(r, parts)) best = r.literals;
  }
  if (best < 0) return match;
  for (std::size_t i : candidates) {
    const Route& r = routes_[i];
    if (r.literals != best || !Matches(r, parts)) continue;
    if (r.method == method) {
      match.kind = Match::Kind::kFound;
      match.handler = r.handler;
      match.pattern = r.pattern;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        if (r.is_param[i]) {
          match.params.Add(r.segments[i].substr(1, r.segments[i].size() - 2), std::string(parts[i]));
        }
      }
      return match;
    }
    match.allowed.push_back(r.method);
  }
  std::sort(match.allowed.begin(), match.allowed.end());
  match.allowed.erase(std::unique(match.allowed.begin(), match.allowed.end()), match.allowed.end());
  match.kind = Match::Kind::kMethodNotAllowed;
  return match;
}

}  // namespace werkpad::http
