#!/usr/bin/env bash
# werkpad platform benchmarks: every figure is printed next to a baseline measured in the same run
# on the same machine, so the ratios mean something on any box (docs/performance.md).
#
#   bench/run.sh [--smoke] [BUILD_DIR]        (BUILD_DIR defaults to $WERKPAD_BUILD or build/release)
#
# 1. Audited read: wrk against GET /api/v1/revalidanten/{id} on `werkpad serve` (staff session,
#    every read audit-logged) and against nginx serving the same bytes as a static file.
# 2. Durable update: revalidant PUTs/s from many concurrent clients (version check + audit entry,
#    answered once durable; werkpad_bench_update_client: one thread, one connection per client)
#    against single-row durable autocommit INSERTs into SQLite WAL
#    (werkpad_bench_baseline_inserts, same pragmas as the store).
# 3. Cold start: exec of `werkpad serve` to the first 200 from /healthz; VmRSS after start and
#    after the read benchmark.
# 4. Alternative-function ranking (issue 4): werkpad_bench_profiles ranks one person profile
#    against 100,000 synthetic functions (top 50) next to a sequential scan of the same bytes.
# 5. Poortwachter dashboard: bench/verzuim.sh (1,000,000 verzuimdossiers on SQLite and on a
#    throwaway PostgreSQL; "due or overdue in 14 days" <= 50 ms). Run it alone for that figure.
#
# --smoke: ~1 s per benchmark, checks only that every figure is produced and the run is correct
# (no errors, every read audited, every update durable, the audit hash chain verifies); never judges the targets. Used by the
# CTest test bench-smoke. Exit status: 0 ok, 1 failure, 77 a required tool is missing (skip).
#
# Environment (all optional): BENCH_DURATION (s, default 10), BENCH_ROUNDS (3), BENCH_CONNECTIONS
# (32), BENCH_WRK_THREADS (1), BENCH_UPDATE_CLIENTS (64), BENCH_COLD_RUNS (5),
# BENCH_NGINX_WORKERS (auto), BENCH_PROFILE_FUNCTIONS (100000), BENCH_PROFILE_RUNS (31), BENCH_USER / BENCH_PASSWORD (arts / werkpad-demo-2026),
# BENCH_PERF=1 (perf record the server during the first werkpad read and update rounds; flat
# profiles to BUILD_DIR/bench/perf-read.txt and perf-update.txt; BENCH_PERF=callers: inclusive
# time per function from DWARF call graphs instead), BENCH_VERZUIM=0 skips section 5, BENCH_KEEP=1 keeps the work directory, BENCH_REPORT (file for the summary; default
# BUILD_DIR/bench/report.txt, report-smoke.txt with --smoke), WERKPAD_BIN (the server binary;
# default BUILD_DIR/src/app/werkpad).
set -euo pipefail

SMOKE=0
BUILD=""
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
    *) BUILD="$arg" ;;
  esac
done
BUILD="${BUILD:-${WERKPAD_BUILD:-build/release}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [[ $SMOKE == 1 ]]; then
  DURATION="${BENCH_DURATION:-1}"; ROUNDS="${BENCH_ROUNDS:-1}"; COLD_RUNS="${BENCH_COLD_RUNS:-2}"
  UPDATE_CLIENTS="${BENCH_UPDATE_CLIENTS:-8}"; WARMUP=0
  PROFILE_FUNCTIONS="${BENCH_PROFILE_FUNCTIONS:-2000}"; PROFILE_RUNS="${BENCH_PROFILE_RUNS:-3}"
else
  DURATION="${BENCH_DURATION:-10}"; ROUNDS="${BENCH_ROUNDS:-3}"; COLD_RUNS="${BENCH_COLD_RUNS:-5}"
  UPDATE_CLIENTS="${BENCH_UPDATE_CLIENTS:-64}"; WARMUP=2
  PROFILE_FUNCTIONS="${BENCH_PROFILE_FUNCTIONS:-100000}"; PROFILE_RUNS="${BENCH_PROFILE_RUNS:-31}"
fi
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
WRK_THREADS="${BENCH_WRK_THREADS:-1}"
NGINX_WORKERS="${BENCH_NGINX_WORKERS:-auto}"
BENCH_USER="${BENCH_USER:-arts}"
BENCH_PASSWORD="${BENCH_PASSWORD:-werkpad-demo-2026}"

die() { echo "run.sh: $*" >&2; exit 1; }
skip() { echo "run.sh: SKIPPED: $*" >&2; exit 77; }
log() { echo "--- $*" >&2; }

# ---------------------------------------------------------------- tools and binaries
PATH="$PATH:/usr/sbin:/sbin"   # nginx lives in /usr/sbin
for tool in wrk nginx oathtool curl jq sqlite3 awk; do
  command -v "$tool" >/dev/null 2>&1 ||
    skip "$tool is not installed (Debian: wrk nginx-light oathtool curl jq sqlite3; scripts/install-deps.sh)"
done
[[ -d "$BUILD" ]] || die "build directory $BUILD does not exist (build the release preset first: make bench)"
BUILD="$(cd "$BUILD" && pwd)"
WERKPAD="${WERKPAD_BIN:-}"
if [[ -z "$WERKPAD" ]]; then
  for c in "$BUILD/src/app/werkpad" "$BUILD/werkpad" "$BUILD/bin/werkpad"; do
    if [[ -x "$c" ]]; then WERKPAD="$c"; break; fi
  done
fi
[[ -n "$WERKPAD" ]] || die "no werkpad binary under $BUILD (target werkpad)"
# werkpad treats every WERKPAD_* environment variable as a setting and rejects unknown ones:
# keep this script's own inputs away from it (WERKPAD_SERVER_WORKERS etc. still pass through).
unset WERKPAD_BIN WERKPAD_BUILD
PROBE="$BUILD/bench/werkpad_bench_probe"
[[ -x "$BUILD/bench/werkpad_bench_verzuim" ]] ||
  die "bench tool missing: build target werkpad_bench_verzuim in $BUILD"
BASELINE="$BUILD/bench/werkpad_bench_baseline_inserts"
PROFILES="$BUILD/bench/werkpad_bench_profiles"
UPDATER="$BUILD/bench/werkpad_bench_update_client"
[[ -x "$PROBE" && -x "$BASELINE" && -x "$PROFILES" && -x "$UPDATER" ]] ||
  die "bench tools missing: build targets werkpad_bench_probe werkpad_bench_baseline_inserts werkpad_bench_profiles werkpad_bench_update_client in $BUILD"

# The work directory holds the databases: keep it on the build's disk (not a tmpfs /tmp), since
# the durable figures are about fsync.
mkdir -p "$BUILD/bench"
WORK="$(mktemp -d "$BUILD/bench/work.XXXXXX")"
chmod 755 "$WORK"   # nginx workers (user nobody when started as root) read www/ below
DB="$WORK/werkpad.db"
if [[ $SMOKE == 1 ]]; then REPORT="${BENCH_REPORT:-$BUILD/bench/report-smoke.txt}"
else REPORT="${BENCH_REPORT:-$BUILD/bench/report.txt}"; fi

SERVER_PID=""
NGINX_PID=""
PERF_PID=""
stop_pid() {  # stop_pid PID SIGNAL: signal our own child and wait for it (at most ~10 s)
  local pid="$1" sig="$2" i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill "-$sig" "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && { echo "run.sh: PID $pid ignored SIG$sig; SIGKILL" >&2; kill -KILL "$pid" 2>/dev/null || true; }
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop_pid "$PERF_PID" INT
  stop_pid "$SERVER_PID" TERM
  stop_pid "$NGINX_PID" QUIT
  if [[ $rc != 0 && $rc != 77 ]]; then
    echo "run.sh: failed; server log tail:" >&2
    tail -n 20 "$WORK/server.log" 2>/dev/null >&2 || true
  fi
  if [[ "${BENCH_KEEP:-0}" == 1 || ($rc != 0 && $rc != 77) ]]; then
    echo "run.sh: work directory kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# field NAME LINE: value of NAME=... in a "BENCH ..." line
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1==k {print $2; exit}'; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) exit 1; if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b<=0) print "n/a"; else printf "%.2f", a/b}'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op==">=") ? (v>=t) : (v<=t); print ok ? "PASS" : "MISS"}'; }
positive() { awk -v v="$1" 'BEGIN {exit !(v+0 > 0)}'; }
cpu_ticks() {  # cpu_ticks PID...: user+system clock ticks used so far by these processes (all threads)
  local total=0 pid t
  for pid in "$@"; do
    t="$(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat" 2>/dev/null || echo 0)"
    total=$((total + t))
  done
  echo "$total"
}
ctx_switches() {  # ctx_switches PID...: voluntary+involuntary context switches so far (all threads)
  local pid
  for pid in "$@"; do cat /proc/"$pid"/task/*/status 2>/dev/null; done |
    awk '/^(voluntary|nonvoluntary)_ctxt_switches:/ {s += $2} END {print s + 0}'
}
per_req() { awk -v a="$1" -v n="$2" 'BEGIN {if (n > 0) printf "%.2f", a / n; else print "n/a"}'; }
nginx_pids() { echo "$NGINX_PID $(ps -o pid= --ppid "$NGINX_PID" | tr '\n' ' ')"; }
us_per() {  # us_per TICKS REQUESTS: CPU microseconds per request
  awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN {if (n > 0) printf "%.0f", t * 1e6 / hz / n; else print 0}'
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

wait_http() {  # wait_http URL PID: until URL answers (any status) or PID dies; 20 s max
  local i
  for i in $(seq 1 400); do
    curl -s -o /dev/null --max-time 1 "$1" && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# ---------------------------------------------------------------- machine
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "werkpad benchmarks $(date -u +%Y-%m-%dT%H:%M:%SZ) $([[ $SMOKE == 1 ]] && echo '(SMOKE: figures only, targets not judged)')"
  echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, kernel $(uname -r)"
  echo "disk for the databases: $(findmnt -n -o FSTYPE,SOURCE -T "$WORK" 2>/dev/null || stat -f -c %T "$WORK")"
  echo "load average before: $LOAD_BEFORE"
  echo "binary: $WERKPAD (built $(date -u -r "$WERKPAD" +%Y-%m-%dT%H:%M:%SZ); source tree at $(git -C "$HERE/.." rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "server settings from the environment: $(env | grep '^WERKPAD_' | tr '\n' ' ' || true)(defaults otherwise)"
  echo "settings: duration ${DURATION}s x $ROUNDS rounds, read connections $CONNECTIONS (wrk -t$WRK_THREADS), update clients $UPDATE_CLIENTS, cold-start runs $COLD_RUNS, nginx workers $NGINX_WORKERS"
} | tee "$WORK/header.txt"

# ---------------------------------------------------------------- 4. profile ranking
# First, while no server runs: a single-threaded CPU benchmark.
log "alternative-function ranking: $PROFILE_FUNCTIONS functions x $PROFILE_RUNS runs"
PROFILE_LINE="$("$PROFILES" --functions "$PROFILE_FUNCTIONS" --runs "$PROFILE_RUNS" --top 50 | tee /dev/stderr | grep '^BENCH profiles_rank ')" ||
  die "werkpad_bench_profiles failed"
PROFILE_MS="$(field rank_median_ms "$PROFILE_LINE")"
PROFILE_CPU_MS="$(field rank_cpu_median_ms "$PROFILE_LINE")"
PROFILE_SCAN_MS="$(field scan_median_ms "$PROFILE_LINE")"
PROFILE_SCAN_CPU_MS="$(field scan_cpu_median_ms "$PROFILE_LINE")"
PROFILE_RATIO="$(field ratio "$PROFILE_LINE")"
PROFILE_CPU_RATIO="$(field cpu_ratio "$PROFILE_LINE")"
PROFILE_RELEVANT="$(field relevant_avg "$PROFILE_LINE")"
PROFILE_BYTES="$(field column_bytes "$PROFILE_LINE")"

# ---------------------------------------------------------------- database
log "fresh database: migrate + demo"
"$WERKPAD" --db "sqlite:$DB" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; die "werkpad migrate failed"; }
"$WERKPAD" --db "sqlite:$DB" demo >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; die "werkpad demo failed"; }

# ---------------------------------------------------------------- 3. cold start
PORT="$("$PROBE" free-port)"
log "cold start x $COLD_RUNS (port $PORT)"
COLD_LINE="$("$PROBE" cold-start --port "$PORT" --runs "$COLD_RUNS" --log "$WORK/cold.log" -- \
  "$WERKPAD" --db "sqlite:$DB" serve --listen "127.0.0.1:$PORT" | tee /dev/stderr | grep '^BENCH cold_start ')" ||
  { tail -n 20 "$WORK/cold.log" >&2; die "cold start failed"; }
COLD_MS="$(field median_ms "$COLD_LINE")"
COLD_FIRST_MS="$(field first_ms "$COLD_LINE")"
COLD_MAX_MS="$(field max_ms "$COLD_LINE")"
COLD_CPU_MS="$(field cpu_ms "$COLD_LINE")"
RSS_COLD_START="$(field rss_start_kib "$COLD_LINE")"
RSS_COLD_IDLE="$(field rss_idle_kib "$COLD_LINE")"

# ---------------------------------------------------------------- server for 1 and 2
PORT="$("$PROBE" free-port)"
BASE="http://127.0.0.1:$PORT"
log "werkpad serve on $BASE"
"$WERKPAD" --db "sqlite:$DB" serve --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_http "$BASE/healthz" "$SERVER_PID" || die "werkpad serve did not answer /healthz"
sleep 0.5
RSS_START="$(rss_kib "$SERVER_PID")"

JAR="$WORK/cookies.txt"
CSRF=""
api() {  # api METHOD PATH [JSON]: body to stdout; HTTP status in $WORK/status
  local args=(-s -o "$WORK/body.json" -w '%{http_code}' -b "$JAR" -c "$JAR" -X "$1" "$BASE$2")
  [[ -n "$CSRF" ]] && args+=(-H "X-CSRF-Token: $CSRF")
  [[ $# -ge 3 ]] && args+=(-H 'Content-Type: application/json' --data-binary "$3")
  curl "${args[@]}" >"$WORK/status" || echo 000 >"$WORK/status"
  cat "$WORK/body.json"
}
status() { cat "$WORK/status"; }
expect() {  # expect CODE WHAT: after api, die unless the status is CODE
  [[ "$(status)" == "$1" ]] || die "$2: HTTP $(status): $(head -c 300 "$WORK/body.json")"
}

log "login as $BENCH_USER (TOTP enrolment with oathtool)"
SESSION="$(api POST /api/v1/session "$(jq -nc --arg u "$BENCH_USER" --arg p "$BENCH_PASSWORD" '{username:$u,password:$p}')")"
expect 200 "login"
CSRF="$(jq -r .csrf_token <<<"$SESSION")"
STATE="$(jq -r .state <<<"$SESSION")"
if [[ "$STATE" == totp_enrolment_required ]]; then
  SECRET="$(api POST /api/v1/session/totp/enrolment '{}' | jq -r .secret)"
  expect 200 "TOTP enrolment"
  CONFIRM="$(api POST /api/v1/session/totp/enrolment/confirm "{\"code\":\"$(oathtool --totp -b "$SECRET")\"}")"
  expect 200 "TOTP enrolment confirm"
  SESSION="$(jq -c .session <<<"$CONFIRM")"
  CSRF="$(jq -r .csrf_token <<<"$SESSION")"
  STATE="$(jq -r .state <<<"$SESSION")"
fi
[[ "$STATE" == active ]] || die "session state is '$STATE', not active (user $BENCH_USER already enrolled? use a fresh database)"
COOKIE_VALUE="$(awk '$6 == "werkpad_session" {print $7}' "$JAR")"
[[ -n "$COOKIE_VALUE" ]] || die "no werkpad_session cookie after login"
export BENCH_WRK_COOKIE="werkpad_session=$COOKIE_VALUE"
export BENCH_WRK_CSRF="$CSRF"

TEAM="$(sqlite3 "file:$DB?mode=ro" "SELECT tm.team_id FROM team_member tm JOIN app_user u ON u.id = tm.user_id WHERE u.username = '$BENCH_USER' ORDER BY tm.team_id LIMIT 1;")"
[[ -n "$TEAM" ]] || die "user $BENCH_USER is in no team; the benchmark needs revalidanten in its scope"

# ---------------------------------------------------------------- 1. audited read
log "audited read: target revalidant"
READ_ID="$(api POST /api/v1/revalidanten "$(jq -nc --argjson team "$TEAM" '{
  given_names: "Johanna Maria", family_name: "van der Voorbeeld", date_of_birth: "1978-06-14",
  bsn: "123456782",
  contact: {email: "j.voorbeeld@voorbeeld.invalid", phone: "06-12345678", street: "Dorpsstraat 12",
            postal_code: "1234 AB", city: "Utrecht"},
  naaste: {name: "P. van der Voorbeeld", relation: "partner", phone: "06-87654321", email: ""},
  employment_status: "loondienst",
  employer: {organisation: "Voorbeeld Logistiek B.V.", contact_name: "A. Jansen",
             contact_phone: "030-1234567", contact_email: "hr@voorbeeld.invalid",
             address: "Industrieweg 4, 3542 AD Utrecht"},
  function_title: "Magazijnmedewerker", hours_per_week: 32,
  bedrijfsarts: {name: "Dr. B. de Vries", organisation: "Arbodienst Midden", phone: "030-7654321",
                 email: "bedrijfsarts@voorbeeld.invalid"},
  team_id: $team, ric_user_id: null}')" | jq -r .id)"
expect 201 "create the read target"
READ_PATH="/api/v1/revalidanten/$READ_ID"

# nginx serves exactly the bytes werkpad answers for this path.
mkdir -p "$WORK/nginx/www$(dirname "$READ_PATH")"
api GET "$READ_PATH" >"$WORK/nginx/www$READ_PATH"
expect 200 "read the target"
BODY_BYTES="$(wc -c <"$WORK/nginx/www$READ_PATH")"
chmod -R a+rX "$WORK/nginx"
NGINX_PORT="$("$PROBE" free-port)"
sed -e "s|@WORK@|$WORK/nginx|g" -e "s|@PORT@|$NGINX_PORT|g" -e "s|@WORKERS@|$NGINX_WORKERS|g" \
  "$HERE/nginx.conf.in" >"$WORK/nginx/nginx.conf"
NGINX_BIN="$(command -v nginx)"
"$NGINX_BIN" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' \
  >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
wait_http "http://127.0.0.1:$NGINX_PORT$READ_PATH" "$NGINX_PID" || { cat "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
curl -s "http://127.0.0.1:$NGINX_PORT$READ_PATH" | cmp -s - "$WORK/nginx/www$READ_PATH" ||
  die "nginx does not serve the same bytes"

run_wrk_read() {  # run_wrk_read URL SECONDS -> BENCH_WRK line
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -s "$HERE/read.lua" "$1" \
    >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; die "wrk failed"; }
  grep '^BENCH_WRK ' "$WORK/wrk.out" || { cat "$WORK/wrk.out" >&2; die "wrk printed no figures"; }
}
perf_start() {  # perf_start NAME: sample the server (flat profile) while the next wrk runs
  [[ "${BENCH_PERF:-0}" == 1 || "${BENCH_PERF:-0}" == callers ]] || return 0
  command -v perf >/dev/null 2>&1 || { echo "run.sh: BENCH_PERF is set but perf is not installed" >&2; return 0; }
  local graph=()
  [[ "$BENCH_PERF" == callers ]] && graph=(--call-graph dwarf,16384)
  perf record -q -F 499 "${graph[@]}" -p "$SERVER_PID" -o "$WORK/perf-$1.data" >/dev/null 2>&1 &
  PERF_PID=$!
}
perf_stop() {  # perf_stop NAME
  [[ -n "$PERF_PID" ]] || return 0
  kill -INT "$PERF_PID" 2>/dev/null || true
  wait "$PERF_PID" 2>/dev/null || true
  PERF_PID=""
  if [[ "$BENCH_PERF" == callers ]]; then  # inclusive time per function (who pays for what)
    perf report -i "$WORK/perf-$1.data" --stdio --children --sort sym -g none --percent-limit 1.5 2>/dev/null |
      grep -v '^#' | grep -v '^$' | head -n 120 >"$BUILD/bench/perf-$1.txt" || true
  else
    perf report -i "$WORK/perf-$1.data" --stdio --no-children --sort dso,sym 2>/dev/null |
      grep -v '^#' | grep -v '^$' | head -n 60 >"$BUILD/bench/perf-$1.txt" || true
  fi
  echo "run.sh: flat profile of the server: $BUILD/bench/perf-$1.txt" >&2
}
metric() { curl -s --max-time 5 "$BASE/metrics" | awk -v k="$1" '$1 == k {printf "%d\n", $2; exit}'; }
metric_ms() { curl -s --max-time 5 "$BASE/metrics" | awk -v k="$1" '$1 == k {printf "%d\n", $2 * 1000; exit}'; }
commits() {
  echo "$(metric werkpad_db_write_units_total) $(metric werkpad_db_write_batches_total)" \
    "$(metric werkpad_db_wal_syncs_total) $(metric werkpad_db_wal_checkpoints_total)" \
    "$(metric_ms werkpad_db_wal_sync_seconds_total) $(metric_ms werkpad_db_wal_checkpoint_seconds_total)"
}
per_commit() {  # per_commit "UNITS0 BATCHES0 SYNCS0 CHECKPOINTS0 SYNC_MS0 CKPT_MS0" "...1"
  awk -v a="$1" -v b="$2" 'BEGIN {split(a, x, " "); split(b, y, " "); u = y[1] - x[1]; n = y[2] - x[2];
    s = y[3] - x[3]; c = y[4] - x[4]; sm = y[5] - x[5]; cm = y[6] - x[6];
    if (n > 0) printf "%d write units in %d commits, %.1f per commit; %d WAL fsyncs by the syncer (%.2f ms each), %d checkpoints (%.2f ms each)", u, n, u / n, s, (s > 0 ? sm / s : 0), c, (c > 0 ? cm / c : 0); else print "n/a"}'
}
audit_rows() { sqlite3 "file:$DB?mode=ro" 'SELECT count(*) FROM audit_log;'; }

if [[ $WARMUP -gt 0 ]]; then
  log "warm-up ${WARMUP}s each"
  run_wrk_read "http://127.0.0.1:$NGINX_PORT$READ_PATH" "$WARMUP" >/dev/null
  run_wrk_read "$BASE$READ_PATH" "$WARMUP" >/dev/null
fi
: >"$WORK/read_nginx.txt"; : >"$WORK/read_werkpad.txt"
READ_REQUESTS=0; READ_AUDITED=0
NGINX_REQUESTS=0; NGINX_TICKS=0; READ_TICKS=0; NGINX_CS=0; READ_CS=0
READ_COMMITS0="$(commits)"
for round in $(seq 1 "$ROUNDS"); do
  log "read round $round/$ROUNDS: nginx"
  T0="$(cpu_ticks $(nginx_pids))"; C0="$(ctx_switches $(nginx_pids))"
  L="$(run_wrk_read "http://127.0.0.1:$NGINX_PORT$READ_PATH" "$DURATION")"; echo "nginx   $L" >&2
  NGINX_TICKS=$((NGINX_TICKS + $(cpu_ticks $(nginx_pids)) - T0))
  NGINX_CS=$((NGINX_CS + $(ctx_switches $(nginx_pids)) - C0))
  NGINX_REQUESTS=$((NGINX_REQUESTS + $(field requests "$L")))
  [[ "$(field non2xx "$L")" == 0 ]] || die "nginx answered non-2xx"
  echo "$L" >>"$WORK/read_nginx.txt"
  log "read round $round/$ROUNDS: werkpad"
  BEFORE="$(audit_rows)"
  [[ $round == 1 ]] && perf_start read
  T0="$(cpu_ticks "$SERVER_PID")"; C0="$(ctx_switches "$SERVER_PID")"
  L="$(run_wrk_read "$BASE$READ_PATH" "$DURATION")"; echo "werkpad $L" >&2
  READ_TICKS=$((READ_TICKS + $(cpu_ticks "$SERVER_PID") - T0))
  READ_CS=$((READ_CS + $(ctx_switches "$SERVER_PID") - C0))
  perf_stop read
  AFTER="$(audit_rows)"
  [[ "$(field non2xx "$L")" == 0 ]] || die "werkpad answered non-2xx to $(field non2xx "$L") reads"
  READ_REQUESTS=$((READ_REQUESTS + $(field requests "$L")))
  READ_AUDITED=$((READ_AUDITED + AFTER - BEFORE))
  echo "$L" >>"$WORK/read_werkpad.txt"
done
RSS_AFTER_READ="$(rss_kib "$SERVER_PID")"
READ_GROUP="$(per_commit "$READ_COMMITS0" "$(commits)")"
# Every answered read must have its audit row (rows for reads still in flight at wrk's stop may
# add a few more).
[[ $READ_AUDITED -ge $READ_REQUESTS ]] ||
  die "only $READ_AUDITED audit rows for $READ_REQUESTS answered reads"
col() { while read -r l; do field "$1" "$l"; done <"$2" | median; }
NGINX_RPS="$(col rps "$WORK/read_nginx.txt")";   NGINX_P99="$(col p99_us "$WORK/read_nginx.txt")"
READ_RPS="$(col rps "$WORK/read_werkpad.txt")";  READ_P99="$(col p99_us "$WORK/read_werkpad.txt")"
READ_P50="$(col p50_us "$WORK/read_werkpad.txt")"
READ_RATIO="$(ratio "$READ_RPS" "$NGINX_RPS")"
stop_pid "$NGINX_PID" QUIT; NGINX_PID=""

# ---------------------------------------------------------------- 2. durable update
log "durable update: $UPDATE_CLIENTS revalidanten, one per client"
IDS=""
for i in $(seq 1 "$UPDATE_CLIENTS"); do
  id="$(api POST /api/v1/revalidanten "{\"given_names\":\"Bench\",\"family_name\":\"Voorbeeld\",\"date_of_birth\":\"1980-04-01\",\"bsn\":null,\"contact\":{\"email\":\"\",\"phone\":\"\",\"street\":\"\",\"postal_code\":\"\",\"city\":\"\"},\"naaste\":null,\"employment_status\":\"loondienst\",\"employer\":null,\"function_title\":\"\",\"hours_per_week\":null,\"bedrijfsarts\":null,\"team_id\":$TEAM,\"ric_user_id\":null}" | jq -r .id)"
  expect 201 "create update target $i"
  IDS="$IDS${IDS:+,}$id"
done
version_sum() { sqlite3 "file:$DB?mode=ro" "SELECT coalesce(sum(version - 1), 0) FROM revalidant WHERE id IN ($IDS);"; }

: >"$WORK/baseline.txt"; : >"$WORK/update.txt"
UPDATES_TOTAL=0; UPD_TICKS=0; UPD_REQUESTS=0; UPD_CS=0
UPD_COMMITS0="$(commits)"
for round in $(seq 1 "$ROUNDS"); do
  log "update round $round/$ROUNDS: baseline (single-row durable INSERTs)"
  rm -f "$WORK/baseline.db" "$WORK/baseline.db-wal" "$WORK/baseline.db-shm"
  L="$("$BASELINE" --db "$WORK/baseline.db" --seconds "$DURATION")" || die "baseline_inserts failed"
  echo "$L" >&2; echo "$L" >>"$WORK/baseline.txt"
  log "update round $round/$ROUNDS: werkpad PUT x $UPDATE_CLIENTS clients"
  [[ $round == 1 ]] && perf_start update
  T0="$(cpu_ticks "$SERVER_PID")"; C0="$(ctx_switches "$SERVER_PID")"
  "$UPDATER" --port "$PORT" --ids "$IDS" --cookie "$BENCH_WRK_COOKIE" --csrf "$BENCH_WRK_CSRF" \
    --team "$TEAM" --seconds "$DURATION" >"$WORK/wrk.out" 2>&1 ||
    { cat "$WORK/wrk.out" >&2; die "werkpad_bench_update_client failed"; }
  UPD_TICKS=$((UPD_TICKS + $(cpu_ticks "$SERVER_PID") - T0))
  UPD_CS=$((UPD_CS + $(ctx_switches "$SERVER_PID") - C0))
  perf_stop update
  L="$(grep '^BENCH_UPDATE ' "$WORK/wrk.out")" || { cat "$WORK/wrk.out" >&2; die "werkpad_bench_update_client printed no figures"; }
  echo "$L" >&2; echo "$L" >>"$WORK/update.txt"
  [[ "$(field errors "$L")" == 0 ]] || { cat "$WORK/wrk.out" >&2; die "updates answered with errors"; }
  UPDATES_TOTAL=$((UPDATES_TOTAL + $(field updates "$L")))
  UPD_REQUESTS=$((UPD_REQUESTS + $(field updates "$L") + $(field rereads "$L")))
done
RSS_AFTER_UPDATE="$(rss_kib "$SERVER_PID")"
UPD_GROUP="$(per_commit "$UPD_COMMITS0" "$(commits)")"
VERSIONS="$(version_sum)"
# Each 200 was answered after its commit, so the stored versions count at least that many updates
# (checked from another process: committed, not merely acknowledged).
[[ $VERSIONS -ge $UPDATES_TOTAL ]] || die "stored versions count $VERSIONS updates, clients saw $UPDATES_TOTAL"
BASE_RPS="$(col rows_per_s "$WORK/baseline.txt")"
UPD_RPS="$(col updates_per_s "$WORK/update.txt")"
UPD_P99="$(col p99_us "$WORK/update.txt")"
UPD_CONFLICTS="$(while read -r l; do field conflicts "$l"; done <"$WORK/update.txt" | awk '{s+=$1} END {print s+0}')"
UPD_RATIO="$(ratio "$UPD_RPS" "$BASE_RPS")"

stop_pid "$SERVER_PID" TERM; SERVER_PID=""
# The hash chain must still verify after all those concurrent group commits.
log "werkpad audit verify"
"$WERKPAD" --db "sqlite:$DB" audit verify >"$WORK/verify.log" 2>&1 ||
  { cat "$WORK/verify.log" >&2; die "werkpad audit verify failed after the benchmarks"; }
AUDIT_VERIFY="$(tail -n 1 "$WORK/verify.log" | cut -c1-160)"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report
for v in "$NGINX_RPS" "$READ_RPS" "$READ_P99" "$BASE_RPS" "$UPD_RPS" "$COLD_MS" "$RSS_START" "$RSS_AFTER_READ" "$PROFILE_MS" "$PROFILE_SCAN_MS"; do
  positive "$v" || die "a figure is missing or zero ($v)"
done
ms() { awk -v us="$1" 'BEGIN {printf "%.2f ms", us/1000}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f MiB", k/1024}'; }
judge() { [[ $SMOKE == 1 ]] && echo "(smoke)" || verdict "$@"; }
{
  cat "$WORK/header.txt"
  echo "load average after: $LOAD_AFTER"
  echo
  printf '%-52s %s\n' "1. audited read, GET $READ_PATH ($BODY_BYTES bytes), $CONNECTIONS connections, medians of $ROUNDS x ${DURATION}s"
  printf '   %-24s %10.0f req/s   p99 %s\n' "nginx static (baseline)" "$NGINX_RPS" "$(ms "$NGINX_P99")"
  printf '   %-24s %10.0f req/s   p50 %s  p99 %s   (%d reads, %d audit rows)\n' "werkpad" "$READ_RPS" "$(ms "$READ_P50")" "$(ms "$READ_P99")" "$READ_REQUESTS" "$READ_AUDITED"
  NGINX_US="$(us_per "$NGINX_TICKS" "$NGINX_REQUESTS")"; READ_US="$(us_per "$READ_TICKS" "$READ_REQUESTS")"
  echo "   server CPU per request (user+system, all threads; load-independent): nginx $NGINX_US us, werkpad $READ_US us (CPU ratio nginx/werkpad $(ratio "$NGINX_US" "$READ_US"))"
  echo "   context switches per request (voluntary+involuntary, all threads): nginx $(per_req "$NGINX_CS" "$NGINX_REQUESTS"), werkpad $(per_req "$READ_CS" "$READ_REQUESTS")"
  echo "   group commit during the werkpad reads (nginx rounds in between write nothing): $READ_GROUP"
  printf '   ratio werkpad/nginx %s (target >= 0.6): %s;  p99 %s (target <= 5 ms): %s\n' "$READ_RATIO" "$(judge "$READ_RATIO" 0.6 '>=')" "$(ms "$READ_P99")" "$(judge "$READ_P99" 5000 '<=')"
  echo
  echo "2. durable update, PUT /api/v1/revalidanten/{id}, $UPDATE_CLIENTS clients, medians of $ROUNDS x ${DURATION}s"
  printf '   %-24s %10.0f rows/s\n' "SQLite single-row INSERT" "$BASE_RPS"
  printf '   %-24s %10.0f updates/s   p99 %s   (%d updates, %d conflicts, stored versions +%d)\n' "werkpad" "$UPD_RPS" "$(ms "$UPD_P99")" "$UPDATES_TOTAL" "$UPD_CONFLICTS" "$VERSIONS"
  echo "   server CPU per update request (load-independent): $(us_per "$UPD_TICKS" "$UPD_REQUESTS") us"
  echo "   context switches per update request (all server threads): $(per_req "$UPD_CS" "$UPD_REQUESTS")"
  echo "   group commit during the updates: $UPD_GROUP"
  printf '   ratio werkpad/baseline %s (target >= 3): %s\n' "$UPD_RATIO" "$(judge "$UPD_RATIO" 3 '>=')"
  echo "   audit log after both benchmarks: werkpad audit verify OK ($AUDIT_VERIFY)"
  echo
  echo "3. cold start and memory"
  printf '   exec -> first 200 /healthz: median %s ms (first %s, max %s; %d runs; server CPU time until then %s ms) (target <= 200 ms): %s\n' "$COLD_MS" "$COLD_FIRST_MS" "$COLD_MAX_MS" "$COLD_RUNS" "$COLD_CPU_MS" "$(judge "$COLD_MS" 200 '<=')"
  printf '   VmRSS: at first 200 %s, idle 0.5 s later %s (cold-start runs); bench server after start %s, after reads %s, after updates %s\n' \
    "$(mib "$RSS_COLD_START")" "$(mib "$RSS_COLD_IDLE")" "$(mib "$RSS_START")" "$(mib "$RSS_AFTER_READ")" "$(mib "$RSS_AFTER_UPDATE")"
  echo
  echo "4. alternative-function ranking: $PROFILE_FUNCTIONS synthetic functions ($PROFILE_RELEVANT relevant items on average), one person profile, top 50, single-threaded, medians of $PROFILE_RUNS runs"
  printf '   %-38s %8s ms   (thread CPU %s ms)\n' "sequential scan of the same $(awk -v b="$PROFILE_BYTES" 'BEGIN {printf "%.1f MB", b/1e6}')" "$PROFILE_SCAN_MS" "$PROFILE_SCAN_CPU_MS"
  printf '   %-38s %8s ms   (thread CPU %s ms)\n' "ranking (werkpad_bench_profiles)" "$PROFILE_MS" "$PROFILE_CPU_MS"
  printf '   ratio ranking/scan %s (CPU %s); ranking %s ms (target <= 5 ms): %s\n' "$PROFILE_RATIO" "$PROFILE_CPU_RATIO" "$PROFILE_MS" "$(judge "$PROFILE_MS" 5 '<=')"
} | tee "$REPORT"
echo "(report written to $REPORT)" >&2

# ---------------------------------------------------------------- 5. Poortwachter dashboard
# bench/verzuim.sh: N verzuimdossiers on SQLite and PostgreSQL (smoke: 2,000), appended to the
# report.
if [[ "${BENCH_VERZUIM:-1}" == 0 ]]; then echo "(section 5 skipped: BENCH_VERZUIM=0)" >&2; exit 0; fi
VERZUIM_ARGS=("$BUILD")
[[ $SMOKE == 1 ]] && VERZUIM_ARGS=(--smoke "$BUILD")
"$HERE/verzuim.sh" "${VERZUIM_ARGS[@]}" | tee -a "$REPORT"
