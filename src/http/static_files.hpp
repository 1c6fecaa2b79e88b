#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace werkpad::http {

// Serves the built web UI from one directory, with SPA fallback: a GET for a path that names no
// file answers index.html so that client-side routes survive a reload. Paths that try to leave the
// directory ("..", encoded or not, backslashes, NUL) get 404 and never touch the file system
// outside `root`. Read-only after construction: thread-safe.
class StaticFiles {
 public:
  // `root` may not exist yet; then every answer is 404.
  explicit StaticFiles(std::filesystem::path root);

  // The file that `url_path` (percent-decoded, starting with '/') names inside the root, or
  // nullopt when the path is unsafe. Does not check that the file exists.
  std::optional<std::filesystem::path> Resolve(std::string_view url_path) const;

  // The answer for GET `url_path`: the file, index.html (fallback), or a 404 JSON error.
  Response Serve(std::string_view url_path) const;

 private:
  std::filesystem::path root_;
};

// "text/html; charset=utf-8" for ".html", ... ; "application/octet-stream" when unknown.
std::string_view ContentTypeFor(const std::filesystem::path& file);

}  // namespace werkpad::http
