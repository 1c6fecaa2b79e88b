#!/usr/bin/env bash
# Poortwachter dashboard benchmark (issue 5): "due or overdue in the next 14 days" with
# BENCH_DOSSIERS verzuimdossiers (default 1,000,000), on SQLite and on PostgreSQL 15 (a throwaway
# cluster from tests/scripts/pg_cluster.sh). Target: <= 50 ms on both (docs/performance.md).
#
#   bench/verzuim.sh [--smoke] [BUILD_DIR]      (also run as part 4 of bench/run.sh)
#
# --smoke: 2,000 dossiers and 3 queries per case; checks that the figures are produced and the
# answers are correct (werkpad_bench_verzuim checks window and order), never the target.
# Environment: BENCH_DOSSIERS, BENCH_QUERIES (30), BENCH_TEAMS (50), BENCH_KEEP=1 keeps the work
# directory, BENCH_SQLITE=0 skips SQLite, BENCH_PG=0 skips PostgreSQL, PG_BIN (default
# /usr/lib/postgresql/15/bin), BENCH_REUSE=DIR times the databases a kept work directory DIR
# holds again (DIR/verzuim.db, the cluster in DIR/pg; generated with the same BENCH_DOSSIERS)
# without generating them (--reuse) and keeps DIR.
# Prints the "BENCH verzuim ..." lines and a summary. Exit status 0 ok, 1 failure.
set -euo pipefail

SMOKE=0
BUILD=""
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "verzuim.sh: unknown option $arg" >&2; exit 2 ;;
    *) BUILD="$arg" ;;
  esac
done
BUILD="${BUILD:-${WERKPAD_BUILD:-build/release}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$(cd "$BUILD" && pwd)"
BIN="$BUILD/bench/werkpad_bench_verzuim"
[[ -x "$BIN" ]] || { echo "verzuim.sh: $BIN missing (build target werkpad_bench_verzuim)" >&2; exit 1; }
if [[ $SMOKE == 1 ]]; then
  DOSSIERS="${BENCH_DOSSIERS:-2000}"; QUERIES="${BENCH_QUERIES:-3}"
else
  DOSSIERS="${BENCH_DOSSIERS:-1000000}"; QUERIES="${BENCH_QUERIES:-30}"
fi
TEAMS="${BENCH_TEAMS:-50}"
unset WERKPAD_BIN WERKPAD_BUILD

REUSE=()
if [[ -n "${BENCH_REUSE:-}" ]]; then
  WORK="$(cd "$BENCH_REUSE" && pwd)"
  REUSE=(--reuse)
  BENCH_KEEP=1
else
  mkdir -p "$BUILD/bench"
  WORK="$(mktemp -d "$BUILD/bench/verzuim.XXXXXX")"
fi
chmod 755 "$WORK"  # the PostgreSQL server (user postgres when run as root) works below it
PG_DIR="$WORK/pg"
cleanup() {
  local rc=$?
  # A reused cluster keeps running with its data (pg_cluster.sh stop would delete it).
  if [[ ${#REUSE[@]} == 0 ]]; then
    "$HERE/../tests/scripts/pg_cluster.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
  fi
  if [[ "${BENCH_KEEP:-0}" == 1 || $rc != 0 ]]; then
    echo "verzuim.sh: work directory kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

run() {  # run NAME URL
  echo "--- verzuim dashboard on $1: $DOSSIERS dossiers" >&2
  echo "    load: $(uptime)" >&2
  "$BIN" --db "$2" --dossiers "$DOSSIERS" --queries "$QUERIES" --teams "$TEAMS" ${REUSE[@]+"${REUSE[@]}"} | tee "$WORK/$1.txt" >&2
  echo "    load: $(uptime)" >&2
}

if [[ "${BENCH_SQLITE:-1}" == 1 ]]; then run sqlite "sqlite:$WORK/verzuim.db"; fi
if [[ "${BENCH_PG:-1}" == 1 && -x "${PG_BIN:-/usr/lib/postgresql/15/bin}/initdb" ]]; then
  if [[ ${#REUSE[@]} == 0 ]]; then
    "$HERE/../tests/scripts/pg_cluster.sh" start "$PG_DIR" >&2
  else
    # The kept cluster: started again if it is not running (never re-initialised).
    pg=("${PG_BIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$PG_DIR/data")
    if [[ $(id -u) == 0 ]]; then pg=(runuser -u postgres -- "${pg[@]}"); fi
    "${pg[@]}" status >/dev/null 2>&1 ||
      "${pg[@]}" -l "$PG_DIR/postgres.log" -w -t 60 \
        -o "-c listen_addresses='' -k '$PG_DIR' -c max_connections=200" start >/dev/null
    echo "verzuim.sh: reusing the PostgreSQL cluster in $PG_DIR (stop it with tests/scripts/pg_cluster.sh stop $PG_DIR, which deletes it)" >&2
  fi
  run postgresql "$(cat "$PG_DIR/url")"
else
  echo "verzuim.sh: PostgreSQL skipped (BENCH_PG=0 or no PostgreSQL 15 in ${PG_BIN:-/usr/lib/postgresql/15/bin})" >&2
fi

field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1==k {print $2; exit}'; }
echo
echo "5. Poortwachter dashboard, due or overdue within 14 days, $DOSSIERS verzuimdossiers, $QUERIES queries per case (target <= 50 ms)"
for db in sqlite postgresql; do
  [[ -f "$WORK/$db.txt" ]] || continue
  if gen="$(grep 'verzuim_generate' "$WORK/$db.txt")"; then
    echo "   $db: generated in $(field seconds "$gen") s ($(field documents "$gen") documents, $(field open_deadlines "$gen") open deadlines)"
  else
    echo "   $db: reused the database in $WORK"
  fi
  while read -r line; do
    case_name="$(field case "$line")"
    median="$(field median_ms "$line")"
    if [[ $SMOKE == 1 ]]; then verdict="(smoke)"
    else verdict="$(awk -v v="$median" 'BEGIN {print (v <= 50) ? "PASS" : "MISS"}')"; fi
    printf '   %-11s %-13s items %-5s median %7s ms  p95 %7s ms  max %7s ms  %s\n' "$db" "$case_name" \
      "$(field items "$line")$(field rows "$line")" "$median" "$(field p95_ms "$line")" "$(field max_ms "$line")" "$verdict"
  done < <(grep 'BENCH verzuim case=' "$WORK/$db.txt")
done
