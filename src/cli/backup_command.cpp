#include "cli/backup_command.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include "cli/database.hpp"
#include "core/log.hpp"

namespace werkpad::cli {

namespace {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

core::Result<SqliteHandle> OpenSqlite(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteHandle handle(raw);
  if (rc != SQLITE_OK) {
    return core::Error::Unavailable(
        fmt::format("cannot open {}: {}", path, raw != nullptr ? sqlite3_errmsg(raw) : "?"));
  }
  sqlite3_busy_timeout(raw, 5000);
  return handle;
}

// Copies every page of `src` into `dst` in one step: sqlite3_backup_step(-1) holds one read
// transaction on the source for the whole copy, which is what makes the copy consistent (a
// step-wise copy restarts when another connection writes in between).
core::Status CopyDatabase(sqlite3* src, sqlite3* dst, int& pages) {
  sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src, "main");
  if (backup == nullptr) {
    return core::Error::Unavailable(fmt::format("cannot start the backup: {}", sqlite3_errmsg(dst)));
  }
  int rc = SQLITE_OK;
  for (int attempt = 0; attempt < 100; ++attempt) {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  pages = sqlite3_backup_pagecount(backup);
  int finish = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finish != SQLITE_OK) {
    return core::Error::Unavailable(
        fmt::format("the backup failed: {}", sqlite3_errstr(rc != SQLITE_DONE ? rc : finish)));
  }
  return core::Ok();
}

core::Status QuickCheck(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK) {
    return core::Error::Unavailable("cannot check the copy");
  }
  std::string result;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(stmt, 0);
    result = text != nullptr ? reinterpret_cast<const char*>(text) : "";
  }
  sqlite3_finalize(stmt);
  if (result != "ok") return core::Error::Internal("the copy fails PRAGMA quick_check: " + result);
  return core::Ok();
}

int BackupSqlite(Io io, const store::sql::DatabaseUrl& url, const std::string& to) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(url.target, ec)) {
    return Fail(io, core::Error::Invalid(fmt::format("database {} does not exist", url.target)));
  }
  if (fs::exists(to, ec)) {
    return Fail(io, core::Error::Invalid(
                        fmt::format("{} already exists; a backup never overwrites a file", to)));
  }
  fs::path target(to);
  if (target.has_parent_path() && !fs::is_directory(target.parent_path(), ec)) {
    return Fail(io, core::Error::Invalid(fmt::format(
                        "directory {} does not exist", target.parent_path().string())));
  }
  std::string partial = to + ".partial";
  fs::remove(partial, ec);

  auto started = std::chrono::steady_clock::now();
  int pages = 0;
  core::Status st = [&]() -> core::Status {
    WP_ASSIGN_OR_RETURN(auto src, OpenSqlite(url.target, SQLITE_OPEN_READONLY));
    WP_ASSIGN_OR_RETURN(auto dst, OpenSqlite(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    WP_RETURN_IF_ERROR(CopyDatabase(src.get(), dst.get(), pages));
    // A single self-contained file: no -wal/-shm companions to forget when moving the copy.
    sqlite3_exec(dst.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return QuickCheck(dst.get());
  }();
  if (!st.ok()) {
    fs::remove(partial, ec);
    return Fail(io, st.error());
  }
  fs::rename(partial, to, ec);
  if (ec) {
    fs::remove(partial, ec);
    return Fail(io, core::Error::Unavailable(fmt::format("cannot move the copy to {}", to)));
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - started)
                .count();
  core::log::Info("backup_done", {{"pages", std::int64_t{pages}}, {"ms", std::int64_t{ms}}});
  io.out << fmt::format("backup written to {} ({} pages, consistent snapshot, quick_check ok)\n",
                        to, pages);
  return kExitOk;
}

int Backup(Io io, const SettingsSource& settings_source, const std::string& to) {
  auto settings = settings_source();
  if (!settings.ok()) return Fail(io, settings.error());
  auto url = store::sql::ParseDatabaseUrl(settings->url);
  if (!url.ok()) return Fail(io, url.error());
  if (url->dialect == store::sql::Dialect::kSqlite) return BackupSqlite(io, *url, to);
  // PostgreSQL: pg_dump takes a consistent snapshot itself; werkpad does not reimplement it.
  io.out << "For PostgreSQL, run pg_dump (it takes a consistent snapshot while werkpad serves):\n"
         << fmt::format("  pg_dump --format=custom --file='{}' '{}'\n", to,
                        settings->shown)
         << "Give the password through PGPASSWORD or ~/.pgpass rather than in the URL.\n";
  return kExitOk;
}

}  // namespace

void AddBackupCommand(CLI::App& root, Io io, int& exit_code, SettingsSource settings) {
  auto* cmd = root.add_subcommand("backup", "Write a consistent copy of the database");
  auto to = std::make_shared<std::string>();
  cmd->add_option("--to", *to, "File to write (must not exist yet)")->required();
  cmd->callback([io, &exit_code, settings = std::move(settings), to] {
    exit_code = Backup(io, settings, *to);
  });
}

}  // namespace werkpad::cli
