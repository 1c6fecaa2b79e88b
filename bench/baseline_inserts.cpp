// Baseline for the durable-update benchmark (bench/run.sh): how many single-row, durable,
// autocommit INSERTs per second one program gets from SQLite on this machine and this disk.
//
// It uses the same connection pragmas as the store (src/store/sql/connection.cpp: WAL,
// synchronous=FULL, busy_timeout, foreign_keys) and a table shaped like the audit log, so each
// INSERT is one transaction and one WAL fsync — the cost a server without group commit would pay
// per update. run.sh divides the server's durable updates/s by this figure.
//
// Usage: werkpad_bench_baseline_inserts --db PATH [--seconds S] [--max-rows N]
// Prints one line: BENCH baseline_inserts rows=N seconds=T rows_per_s=X
// Exit status 0 on success, 1 on a SQLite error, 2 on bad usage.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

struct Args {
  std::string db;
  double seconds = 5.0;
  long long max_rows = -1;  // no limit
};

bool ParseArgs(int argc, char** argv, Args& args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (a == "--db") {
      const char* v = value();
      if (v == nullptr) return false;
      args.db = v;
    } else if (a == "--seconds") {
      const char* v = value();
      if (v == nullptr) return false;
      args.seconds = std::strtod(v, nullptr);
    } else if (a == "--max-rows") {
      const char* v = value();
      if (v == nullptr) return false;
      args.max_rows = std::strtoll(v, nullptr, 10);
    } else {
      return false;
    }
  }
  return !args.db.empty() && args.seconds > 0;
}

bool Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "baseline_inserts: %s: %s\n", sql, err != nullptr ? err : "?");
    sqlite3_free(err);
    return false;
  }
  return true;
}

// Same shape as audit_log in src/store/migrations/sqlite/0001_platform.sql (without the
// append-only triggers, which only fire on UPDATE/DELETE).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS baseline_row (
  seq INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  on_behalf_of INTEGER NOT NULL,
  client_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  source_address TEXT NOT NULL,
  request_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS baseline_row_client ON baseline_row(client_id, at_ms);
CREATE INDEX IF NOT EXISTS baseline_row_user ON baseline_row(user_id, at_ms);
)sql";

constexpr const char* kInsert =
    "INSERT INTO baseline_row (at_ms, user_id, role, on_behalf_of, client_id, action, "
    "object_type, object_id, outcome, source_address, request_id, detail, prev_hash, hash) "
    "VALUES (?, ?, 'revalidatiearts', 0, ?, 'update', 'revalidant', ?, 'success', '127.0.0.1', "
    "?, '', ?, ?)";

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, args)) {
    std::fprintf(stderr,
                 "usage: werkpad_bench_baseline_inserts --db PATH [--seconds S] [--max-rows N]\n");
    return 2;
  }

  sqlite3* db = nullptr;
  if (sqlite3_open(args.db.c_str(), &db) != SQLITE_OK) {
    std::fprintf(stderr, "baseline_inserts: cannot open %s: %s\n", args.db.c_str(),
                 sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }
  // The store's pragmas (src/store/sql/connection.cpp), in the same order.
  if (!Exec(db, "PRAGMA journal_mode=WAL") || !Exec(db, "PRAGMA synchronous=FULL") ||
      !Exec(db, "PRAGMA busy_timeout=5000") || !Exec(db, "PRAGMA foreign_keys=ON") ||
      !Exec(db, kSchema)) {
    sqlite3_close(db);
    return 1;
  }

  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, kInsert, -1, &stmt, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "baseline_inserts: prepare: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }

  const std::string hash_a(64, 'a');
  const std::string hash_b(64, 'b');
  char request_id[40];
  char object_id[24];

  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration<double>(args.seconds);
  long long rows = 0;
  int rc = 0;
  for (;;) {
    if (args.max_rows >= 0 && rows >= args.max_rows) break;
    if ((rows & 7) == 0 && Clock::now() >= deadline) break;
    const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    std::snprintf(request_id, sizeof request_id, "bench-%016llx", rows);
    std::snprintf(object_id, sizeof object_id, "%lld", rows % 64 + 1);
    sqlite3_bind_int64(stmt, 1, now_ms);
    sqlite3_bind_int64(stmt, 2, 2);
    sqlite3_bind_int64(stmt, 3, rows % 64 + 1);
    sqlite3_bind_text(stmt, 4, object_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 5, request_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 6, (rows & 1) ? hash_a.c_str() : hash_b.c_str(), 64, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 7, (rows & 1) ? hash_b.c_str() : hash_a.c_str(), 64, SQLITE_STATIC);
    // Autocommit: this step is one transaction, durable (WAL fsync) when it returns.
    if (sqlite3_step(stmt) != SQLITE_DONE) {
      std::fprintf(stderr, "baseline_inserts: insert: %s\n", sqlite3_errmsg(db));
      rc = 1;
      break;
    }
    sqlite3_reset(stmt);
    ++rows;
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  if (rc != 0) return rc;

  std::printf("BENCH baseline_inserts rows=%lld seconds=%.3f rows_per_s=%.1f\n", rows, seconds,
              seconds > 0 ? static_cast<double>(rows) / seconds : 0.0);
  return 0;
}
