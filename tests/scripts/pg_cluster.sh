#!/bin/sh
# pg_cluster.sh start|stop|newdb DIR
#
# A throwaway PostgreSQL 15 cluster for tests (Debian's postgresql-15 package).
#   start: initdb into DIR/data, start the postmaster listening only on a unix socket in DIR,
#          create the database "werkpad" and write its URL (as werkpad --db accepts it) to DIR/url.
#          A cluster left running in DIR by an earlier start is stopped and replaced first.
#   newdb: create another, empty database in the running cluster and print its URL (for tests
#          that need a database of their own, e.g. a werkpad process running `migrate`).
#   stop:  stop the postmaster by the PID in DIR/data/postmaster.pid, wait for it to exit and
#          remove DIR/data. Succeeds when no cluster is running.
# PostgreSQL refuses to run as root: as root, DIR is owned by and the server runs as `postgres`.
set -eu

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DB_NAME=werkpad

usage() {
  echo "usage: $0 start|stop|newdb DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
cmd=$1
dir=$2
case "$dir" in
  /*) ;;
  *) dir="$(pwd)/$dir" ;;
esac

if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

# PID of the postmaster recorded in DIR/data/postmaster.pid, if that process is alive.
running_pid() {
  pidfile="$dir/data/postmaster.pid"
  [ -f "$pidfile" ] || return 1
  pid=$(head -n 1 "$pidfile")
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

stop_cluster() {
  if pid=$(running_pid); then
    # SIGINT = fast shutdown: disconnect clients, checkpoint, exit.
    kill -INT "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null; do
      i=$((i + 1))
      if [ "$i" -eq 300 ]; then  # 30 s
        echo "pg_cluster: postmaster $pid did not stop in 30 s; sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
      fi
      if [ "$i" -gt 350 ]; then
        echo "pg_cluster: postmaster $pid is still running" >&2
        return 1
      fi
      sleep 0.1
    done
  fi
  rm -rf "$dir/data"
}

start_cluster() {
  stop_cluster
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  rm -f "$dir/url" "$dir/postgres.log"
  # The unix socket path (DIR/.s.PGSQL.5432) must fit in sun_path (107 bytes).
  if [ ${#dir} -gt 90 ]; then
    echo "pg_cluster: DIR is too long for a unix socket path: $dir" >&2
    exit 1
  fi
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C \
    --no-instructions >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }
  # -w waits until the server accepts connections; the postmaster writes DIR/data/postmaster.pid.
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses='' -k '$dir' -c max_connections=200" start >/dev/null || {
    cat "$dir/postgres.log" >&2
    exit 1
  }
  as_pg "$PG_BIN/createdb" -h "$dir" -U postgres "$DB_NAME"
  # libpq connection URI (SOCI hands it to libpq unchanged): database, socket directory, user.
  echo "postgresql:///$DB_NAME?host=$dir&user=postgres" >"$dir/url"
  chmod 644 "$dir/url"
  echo "pg_cluster: started $(running_pid) in $dir"
}

new_database() {
  running_pid >/dev/null || {
    echo "pg_cluster: no cluster running in $dir" >&2
    exit 1
  }
  name="werkpad_$$_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
  as_pg "$PG_BIN/createdb" -h "$dir" -U postgres "$name"
  echo "postgresql:///$name?host=$dir&user=postgres"
}

case "$cmd" in
  start) start_cluster ;;
  newdb) new_database ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
