#include "http/static_files.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <system_error>

#include "http/error_mapping.hpp"
#include "http/router.hpp"

namespace werkpad::http {
namespace {

std::optional<std::string> ReadFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

Response FileResponse(const std::filesystem::path& file, std::string body, bool immutable) {
  Response r;
  r.status = 200;
  r.content_type = std::string(ContentTypeFor(file));
  r.body = std::move(body);
  r.AddHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(root, ec);
  root_ = ec ? std::move(root) : std::move(canonical);
}

std::optional<std::filesystem::path> StaticFiles::Resolve(std::string_view url_path) const {
  if (url_path.empty() || url_path.front() != '/') return std::nullopt;
  std::filesystem::path relative;
  for (std::string_view segment : SplitPath(url_path)) {
    if (segment.empty()) continue;  // "//" and a trailing '/'
    if (segment == "." || segment == "..") return std::nullopt;
    if (segment.find_first_of(std::string_view("\\\0:", 3)) != std::string_view::npos) {
      return std::nullopt;
    }
    if (segment.front() == '.') return std::nullopt;  // no dot files (.env, .git)
    relative /= std::string(segment);
  }
  std::filesystem::path full = root_ / relative;
  // Symlinks inside the directory could still point outside it: compare canonical paths.
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(full, ec);
  if (ec) return std::nullopt;
  auto [root_end, _] = std::mismatch(root_.begin(), root_.end(), canonical.begin(), canonical.end());
  if (root_end != root_.end()) return std::nullopt;
  return canonical;
}

Response StaticFiles::Serve(std::string_view url_path) const {
  auto file = Resolve(url_path);
  if (!file) return NotFoundResponse();
  if (url_path != "/") {
    if (auto body = ReadFile(*file)) {
      bool immutable = url_path.rfind("/assets/", 0) == 0;
      return FileResponse(*file, std::move(*body), immutable);
    }
  }
  auto index = root_ / "index.html";
  if (auto body = ReadFile(index)) return FileResponse(index, std::move(*body), false);
  return NotFoundResponse();
}

std::string_view ContentTypeFor(const std::filesystem::path& file) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".webp", "image/webp"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [e, type] : kTypes) {
    if (e == ext) return type;
  }
  return "application/octet-stream";
}

}  // namespace werkpad::http
