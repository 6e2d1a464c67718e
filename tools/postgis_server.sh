#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS server on loopback, for tests and demos.
#   tools/postgis_server.sh start DIR [PORT]   initdb in DIR/data, start on 127.0.0.1:PORT (default 55432),
#                                              create database "dispersion" with the postgis extension
#   tools/postgis_server.sh stop DIR           stop it (the caller removes DIR)
#   tools/postgis_server.sh status DIR
# Authentication is "trust" and the server listens on 127.0.0.1 only: never use it for real data.
# As root, the server runs as user postgres (initdb refuses root): DIR must be reachable by that user.
# DIR/env holds PGHOST/PGPORT/PGUSER/PGDATABASE for clients.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${3:-55432}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|status DIR [PORT]" >&2
  exit 2
fi

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin); install: apt-get install postgresql postgis" >&2
  exit 3
fi

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

psql_run() {
  as_pg "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
      if ! runuser -u postgres -- test -w "$dir"; then
        echo "user postgres cannot write to $dir (a parent folder is not searchable, e.g. mode 700); use a folder under /tmp" >&2
        exit 4
      fi
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 5; }
    fi
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 6; }
    if ! psql_run -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'dispersion'" | grep -q 1; then
      psql_run -d postgres -c "CREATE DATABASE dispersion"
    fi
    psql_run -d dispersion -c "CREATE EXTENSION IF NOT EXISTS postgis" || {
      echo "the postgis extension is missing: apt-get install postgis" >&2; exit 7; }
    printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=postgres\nPGDATABASE=dispersion\n' "$port" >"$dir/env"
    echo "PostGIS running on 127.0.0.1:$port (database dispersion, user postgres); stop with: $0 stop $dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    fi
    ;;
  status)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" status
    ;;
  *)
    echo "unknown command $cmd (start, stop, status)" >&2
    exit 2
    ;;
esac
