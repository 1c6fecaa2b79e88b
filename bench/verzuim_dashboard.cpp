// Poortwachter dashboard benchmark (issue 5, docs/performance.md): "due or overdue in the next
// 14 days" with N verzuimdossiers, on SQLite or PostgreSQL.
//
//   werkpad_bench_verzuim --db URL [--dossiers N] [--queries Q] [--teams T] [--seed S]
//
// 1. Migrates the (empty) database and generates N revalidanten with a verzuimdossier each, in
//    T teams with 4 RICs each (the RIC is the dossier's casemanager): 25 % still sick (first
//    sick day spread over the last 104 weeks), 75 % recovered (sick 3 to 120 days within the
//    last three years). Steps are recorded on time as documents (with their revision), 3 % of
//    them are missed (overdue). The open deadlines of each dossier are derived with the real
//    engine (service::OpenDeadlines, the function every write uses), so the rows are what the
//    service would have stored. Everything is written with multi-row INSERTs in one transaction.
// 2. Times VerzuimService::Signals (the whole dashboard request below HTTP: the indexed query,
//    the items and the audit entries for every dossier shown) Q times for
//      team:   a RIC of one team (need-to-know: the team plus the own caseload),
//      mine:   the same RIC, scope=mine (dossiers whose casemanager is the RIC),
//      all:    the system context (every dossier of the institution),
//    and the store query alone (ListDeadlines) for the team scope. Prints one line per case:
//      BENCH verzuim case=team dossiers=N items=I truncated=0|1 median_ms=.. p95_ms=.. max_ms=..
// Exit status 0 ok, 1 failure, 2 bad usage.

#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/date.hpp"
#include "core/dutch_date.hpp"
#include "domain/poortwachter/deadlines.hpp"
#include "service/context.hpp"
#include "service/verzuim_service.hpp"
#include "store/sql/connection.hpp"
#include "store/sql/migrations.hpp"
#include "store/sql/sql_database.hpp"

namespace {

using namespace werkpad;
namespace pw = domain::poortwachter;
using Clock = std::chrono::steady_clock;

struct Args {
  std::string db;
  long long dossiers = 1000000;
  int queries = 30;
  int teams = 50;
  unsigned seed = 2026;
};

int Usage() {
  std::fprintf(stderr,
               "usage: werkpad_bench_verzuim --db URL [--dossiers N] [--queries Q] [--teams T]"
               " [--seed S]\n");
  return 2;
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string DateLit(core::Date d) { return Quote(core::FormatDate(d)); }

// Multi-row INSERT of literal values, flushed every `batch` rows (0: only by Flush()).
class Bulk {
 public:
  Bulk(soci::session& sql, std::string head, std::size_t batch = 0)
      : sql_(sql), head_(std::move(head)), batch_(batch) {}
  ~Bulk() = default;
  void Add(const std::string& values) {
    buffer_ += rows_ == 0 ? " VALUES (" : ", (";
    buffer_ += values;
    buffer_ += ')';
    if (++rows_ == batch_) Flush();  // never when batch_ is 0
  }
  void Flush() {
    if (rows_ == 0) return;
    sql_ << (head_ + buffer_);
    buffer_.clear();
    rows_ = 0;
  }

 private:
  soci::session& sql_;
  std::string head_;
  std::size_t batch_;
  std::string buffer_;
  std::size_t rows_ = 0;
};

const char* kGiven[] = {"Anna", "Bram",  "Charlotte", "Daan", "Eva",  "Finn", "Gijs",   "Hanna",
                        "Isa",  "Jesse", "Kim",       "Lars", "Mila", "Noah", "Olivia", "Pim"};
const char* kFamily[] = {"de Jong",  "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
                         "Janssen",  "Visser", "Smit",     "Meijer",       "de Boer",  "Mulder",
                         "de Groot", "Bos",    "Vos",      "Peters"};

std::string Content(const std::string& kind) {
  if (kind == "probleemanalyse") return R"({"inzetbaarheid":"onzeker"})";
  if (kind == "plan_van_aanpak") return R"({"doel":"Terugkeer in eigen werk"})";
  if (kind == "evaluatie" || kind == "eerstejaarsevaluatie") return R"({"verslag":"Voortgang"})";
  return "{}";
}

struct Generated {
  long long documents = 0;
  long long deadlines = 0;
  double seconds = 0;
};

core::Result<Generated> Generate(const store::sql::DatabaseUrl& url, const Args& args,
                                 core::Date today, long long now_ms) {
  WP_ASSIGN_OR_RETURN(auto session, store::sql::Open(url, store::sql::ConnectionRole::kWriter));
  soci::session& sql = *session;
  const auto start = Clock::now();
  Generated g;
  std::mt19937 rng(args.seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };

  if (url.dialect == store::sql::Dialect::kSqlite) {
    // A bulk load into a scratch file: a large page cache (the random-order indexes) and no
    // fsync while loading; the benchmark connections afterwards use the store's own settings.
    sql << "PRAGMA cache_size = -2000000";
    sql << "PRAGMA synchronous = OFF";
  } else {
    sql << "SET synchronous_commit = off";
  }
  soci::transaction tx(sql);
  const int rics_per_team = 4;
  {
    Bulk teams(sql, "INSERT INTO team (id, name)");
    Bulk users(sql,
               "INSERT INTO app_user (id, username, display_name, role, password_hash,"
               " created_ms)");
    Bulk members(sql, "INSERT INTO team_member (team_id, user_id)");
    for (int t = 1; t <= args.teams; ++t) {
      teams.Add(std::to_string(t) + ", " + Quote("Bench team " + std::to_string(t)));
      for (int k = 0; k < rics_per_team; ++k) {
        const int id = 1000 + t * rics_per_team + k;
        users.Add(std::to_string(id) + ", " + Quote("bench.ric." + std::to_string(id)) + ", " +
                  Quote("RIC " + std::to_string(id)) + ", 'ric', '!', " + std::to_string(now_ms));
      }
    }
    teams.Flush();
    users.Flush();
    for (int t = 1; t <= args.teams; ++t) {
      for (int k = 0; k < rics_per_team; ++k) {
        members.Add(std::to_string(t) + ", " + std::to_string(1000 + t * rics_per_team + k));
      }
    }
    members.Flush();
  }

  Bulk revalidanten(sql,
                    "INSERT INTO revalidant (id, given_names, family_name, search_name,"
                    " date_of_birth, employment_status, team_id, ric_user_id, created_ms,"
                    " updated_ms)");
  Bulk dossiers(sql,
                "INSERT INTO verzuim_dossier (id, revalidant_id, employer, casemanager_user_id,"
                " internal_return_expected, next_due_date, deadlines_rules, created_by,"
                " created_ms, updated_by, updated_ms)");
  Bulk episodes(sql,
                "INSERT INTO verzuim_episode (id, dossier_id, start_date, end_date, percentage,"
                " updated_by, updated_ms)");
  Bulk documents(sql,
                 "INSERT INTO verzuim_document (id, dossier_id, kind, document_date,"
                 " content_json, created_by, created_ms, updated_by, updated_ms)");
  Bulk revisions(sql,
                 "INSERT INTO verzuim_document_revision (document_id, version, document_date,"
                 " content_json, medical_json, by_user, at_ms)");
  Bulk deadlines(sql,
                 "INSERT INTO verzuim_deadline (dossier_id, milestone, sequence, due_date, week,"
                 " parties, revalidant_id, team_id, ric_user_id, casemanager_user_id)");
  long long document_id = 0;
  const std::string now = std::to_string(now_ms);
  for (long long i = 1; i <= args.dossiers; ++i) {
    const int team = static_cast<int>(i % args.teams) + 1;
    const int ric = 1000 + team * rics_per_team + static_cast<int>((i / args.teams) % 4);
    const std::string given = kGiven[i % 16];
    const std::string family = std::string(kFamily[(i / 16) % 16]) + " " + std::to_string(i);
    std::string search = given + " " + family;
    std::transform(search.begin(), search.end(), search.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const core::Date birth = core::AddDays(*core::ParseDate("1960-01-01"), uniform(0, 14000));
    revalidanten.Add(std::to_string(i) + ", " + Quote(given) + ", " + Quote(family) + ", " +
                     Quote(search) + ", " + DateLit(birth) + ", 'loondienst', " +
                     std::to_string(team) + ", " + std::to_string(ric) + ", " + now + ", " + now);

    // The sickness.
    store::DossierRecord rec;
    rec.id = i;
    rec.revalidant_id = core::RevalidantId{i};
    store::EpisodeRecord e;
    e.id = i;
    e.dossier_id = i;
    const bool still_sick = chance(0.25);
    core::Date last = today;
    if (still_sick) {
      e.start = core::AddDays(today, -uniform(0, 104 * 7 - 1));
    } else {
      e.start = core::AddDays(today, -uniform(10, 3 * 365));
      last = std::min(core::AddDays(e.start, uniform(3, 120)), core::AddDays(today, -1),
                      [](core::Date a, core::Date b) { return core::DaysBetween(a, b) > 0; });
      e.end = last;
    }
    e.percentage = chance(0.2) ? 50 : 100;
    rec.episodes.push_back(e);
    const core::Date first = e.start;

    // Steps recorded on time, 3 % missed; only dates up to the last sick day (and today).
    auto week_end = [&](int n) { return core::AddDays(first, 7 * n - 1); };
    auto record = [&](const std::string& kind, core::Date date) {
      if (core::DaysBetween(date, last) < 0 || core::DaysBetween(first, date) < 0) return false;
      if (chance(0.03)) return false;
      store::DocumentRecord d;
      d.id = ++document_id;
      d.dossier_id = i;
      d.kind = kind;
      d.date = date;
      d.content_json = Content(kind);
      rec.documents.push_back(std::move(d));
      return true;
    };
    record("ziekmelding", core::AddDays(first, uniform(0, 5)));
    const core::Date pa = core::AddDays(week_end(6), -uniform(0, 10));
    if (record("probleemanalyse", pa)) {
      const core::Date plan = core::AddDays(pa, uniform(3, 13));
      if (record("plan_van_aanpak", plan)) {
        core::Date ev = plan;
        for (;;) {
          ev = core::AddDays(ev, uniform(28, 41));
          if (core::DaysBetween(ev, last) < 0) break;
          record("evaluatie", ev);
        }
      }
    }
    record("melding_42e_week", core::AddDays(week_end(42), uniform(1, 3)));
    if (record("eerstejaarsevaluatie", core::AddDays(week_end(52), -uniform(0, 14)))) {
      record("spoor_2", core::AddDays(week_end(52), uniform(14, 40)));
    }
    record("actueel_oordeel", core::AddDays(week_end(91), -uniform(0, 10)));
    record("eindevaluatie", core::AddDays(week_end(91), -uniform(0, 10)));
    record("wia_aanvraag", core::AddDays(week_end(93), -uniform(0, 10)));

    WP_ASSIGN_OR_RETURN(std::vector<store::DeadlineRecord> open,
                        service::OpenDeadlines(rec, today));
    std::optional<core::Date> next_due;
    for (const auto& d : open) {
      if (!next_due || core::DaysBetween(d.due, *next_due) > 0) next_due = d.due;
    }
    const std::string ric_text = std::to_string(ric);
    dossiers.Add(std::to_string(i) + ", " + std::to_string(i) + ", " +
                 Quote("Werkgever " + std::to_string(i % 5000)) + ", " + ric_text + ", 0, " +
                 (next_due ? DateLit(*next_due) : std::string("NULL")) + ", " +
                 std::to_string(pw::kRulesVersion) + ", " + ric_text + ", " + now + ", " +
                 ric_text + ", " + now);
    episodes.Add(std::to_string(e.id) + ", " + std::to_string(i) + ", " + DateLit(e.start) + ", " +
                 (e.end ? DateLit(*e.end) : std::string("NULL")) + ", " +
                 std::to_string(e.percentage) + ", " + ric_text + ", " + now);
    for (const auto& d : rec.documents) {
      documents.Add(std::to_string(d.id) + ", " + std::to_string(i) + ", " + Quote(d.kind) + ", " +
                    DateLit(d.date) + ", " + Quote(d.content_json) + ", " + ric_text + ", " + now +
                    ", " + ric_text + ", " + now);
      revisions.Add(std::to_string(d.id) + ", 1, " + DateLit(d.date) + ", " +
                    Quote(d.content_json) + ", '{}', " + ric_text + ", " + now);
      ++g.documents;
    }
    for (const auto& d : open) {
      deadlines.Add(
          std::to_string(i) + ", " + Quote(d.milestone) + ", " + std::to_string(d.sequence) + ", " +
          DateLit(d.due) + ", " + std::to_string(d.week) + ", " + std::to_string(d.parties) + ", " +
          std::to_string(i) + ", " + std::to_string(team) + ", " + ric_text + ", " + ric_text);
      ++g.deadlines;
    }
    if (i % 400 == 0) {
      // Parents before children (foreign keys are checked per statement).
      for (Bulk* b : {&revalidanten, &dossiers, &episodes, &documents, &revisions, &deadlines}) {
        b->Flush();
      }
    }
  }
  revalidanten.Flush();
  dossiers.Flush();
  episodes.Flush();
  documents.Flush();
  revisions.Flush();
  deadlines.Flush();
  if (url.dialect == store::sql::Dialect::kPostgres) {
    // Rows were given explicit ids: move the identity sequences past them.
    for (const char* table : {"team", "app_user", "revalidant", "verzuim_dossier",
                              "verzuim_episode", "verzuim_document"}) {
      sql << "SELECT setval(pg_get_serial_sequence('" << table << "', 'id'), (SELECT MAX(id) FROM "
          << table << "))";
    }
  }
  tx.commit();
  sql << "ANALYZE";  // planner statistics, as a maintained database has them
  g.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return g;
}

struct Timing {
  double median = 0, p95 = 0, max = 0;
};

Timing Summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  Timing t;
  t.median = ms[ms.size() / 2];
  t.p95 = ms[std::min(ms.size() - 1, (ms.size() * 95) / 100)];
  t.max = ms.back();
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--db" && (v = next())) {
      args.db = v;
    } else if (a == "--dossiers" && (v = next())) {
      args.dossiers = std::atoll(v);
    } else if (a == "--queries" && (v = next())) {
      args.queries = std::atoi(v);
    } else if (a == "--teams" && (v = next())) {
      args.teams = std::atoi(v);
    } else if (a == "--seed" && (v = next())) {
      args.seed = static_cast<unsigned>(std::atoll(v));
    } else {
      return Usage();
    }
  }
  if (args.db.empty() || args.dossiers < 1 || args.queries < 1 || args.teams < 1) return Usage();
  auto url = store::sql::ParseDatabaseUrl(args.db);
  if (!url.ok()) return Usage();

  core::SystemClock clock;
  const core::Instant now = clock.Now();
  const core::Date today = core::DutchDate(now);
  auto migrated = store::sql::Migrate(*url, core::ToMillis(now));
  if (!migrated.ok()) {
    std::fprintf(stderr, "migrate: %s\n", migrated.error().message.c_str());
    return 1;
  }
  if (migrated->from_version != 0) {
    std::fprintf(stderr, "the database is not empty (schema version %d)\n", migrated->from_version);
    return 1;
  }
  auto generated = Generate(*url, args, today, core::ToMillis(now));
  if (!generated.ok()) {
    std::fprintf(stderr, "generate: %s\n", generated.error().message.c_str());
    return 1;
  }
  std::printf(
      "BENCH verzuim_generate dossiers=%lld documents=%lld open_deadlines=%lld"
      " seconds=%.1f\n",
      args.dossiers, generated->documents, generated->deadlines, generated->seconds);
  std::fflush(stdout);

  auto db = store::sql::SqlDatabase::Open(*url, {});
  if (!db.ok()) {
    std::fprintf(stderr, "open: %s\n", db.error().message.c_str());
    return 1;
  }
  service::VerzuimService verzuim(**db, clock);

  service::RequestContext ric_ctx = service::SystemContext(now, "bench");
  ric_ctx.actor.system = false;
  ric_ctx.actor.role = domain::identity::Role::kRic;
  ric_ctx.actor.user_id = core::UserId{1000 + 1 * 4 + 0};  // a RIC of team 1
  ric_ctx.actor.username = "bench.ric";
  ric_ctx.actor.team_ids = {core::TeamId{1}};
  const service::RequestContext system_ctx = service::SystemContext(now, "bench");

  struct Case {
    const char* name;
    const service::RequestContext* ctx;
    bool mine;
  };
  const Case cases[] = {
      {"team", &ric_ctx, false}, {"mine", &ric_ctx, true}, {"all", &system_ctx, false}};
  int status = 0;
  for (const Case& c : cases) {
    service::SignalQuery q;
    q.mine = c.mine;
    q.days = 14;
    std::vector<double> ms;
    std::size_t items = 0;
    bool truncated = false;
    for (int round = -2; round < args.queries; ++round) {  // two warm-up rounds
      const auto t0 = Clock::now();
      auto r = verzuim.Signals(*c.ctx, q);
      const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!r.ok()) {
        std::fprintf(stderr, "signals %s: %s\n", c.name, r.error().message.c_str());
        return 1;
      }
      // Correctness: every item is due or overdue within the window, in due-date order.
      for (std::size_t k = 0; k < r->items.size(); ++k) {
        const auto& m = r->items[k].milestone;
        if (core::DaysBetween(today, m.due) > 14 ||
            (k > 0 && core::DaysBetween(r->items[k - 1].milestone.due, m.due) < 0)) {
          std::fprintf(stderr, "signals %s: item %zu out of the window or order\n", c.name, k);
          status = 1;
        }
      }
      items = r->items.size();
      truncated = r->truncated;
      if (round >= 0) ms.push_back(elapsed);
    }
    const Timing t = Summarise(ms);
    std::printf(
        "BENCH verzuim case=%s dossiers=%lld items=%zu truncated=%d median_ms=%.2f"
        " p95_ms=%.2f max_ms=%.2f\n",
        c.name, args.dossiers, items, truncated ? 1 : 0, t.median, t.p95, t.max);
    std::fflush(stdout);
  }

  // The store query alone (what the index does), team scope.
  store::DeadlineQuery dq;
  dq.today = today;
  dq.due_until = core::AddDays(today, 14);
  dq.scope.teams = {core::TeamId{1}};
  dq.scope.ric = ric_ctx.actor.user_id;
  dq.limit = 501;
  std::vector<double> ms;
  std::size_t rows = 0;
  for (int round = -2; round < args.queries; ++round) {
    const auto t0 = Clock::now();
    auto r = (*db)->Read([&](store::Tx& tx) { return tx.verzuim().ListDeadlines(dq); });
    const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!r.ok()) {
      std::fprintf(stderr, "query: %s\n", r.error().message.c_str());
      return 1;
    }
    rows = r->size();
    if (round >= 0) ms.push_back(elapsed);
  }
  const Timing t = Summarise(ms);
  std::printf(
      "BENCH verzuim case=query_team dossiers=%lld rows=%zu median_ms=%.2f p95_ms=%.2f"
      " max_ms=%.2f\n",
      args.dossiers, rows, t.median, t.p95, t.max);
  return status;
}
