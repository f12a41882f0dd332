#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the central server's tests and benchmarks.
#
#   bash packaging/postgres.sh [start] [DIR]   create (once) and start a cluster in DIR
#                                              (default: a new temporary directory)
#   bash packaging/postgres.sh stop DIR        stop it (add --remove to delete DIR as well)
#
# Idempotent: a DIR that already holds a cluster is reused, a running one is left running.
# The cluster listens on a unix socket in DIR/sock and on 127.0.0.1 at a free port, with
# trust authentication (nothing but this machine can reach it), and has a database
# `desk_central`. Output, one fact per line, for machines:
#
#   postgres: dir /tmp/desk-pg.XXXX
#   postgres: url postgresql+psycopg://postgres@127.0.0.1:PORT/desk_central
#
# or, when no cluster can be had (no binaries, no unprivileged user, ...), exit status 0 and
#
#   postgres: unavailable: <reason>
#
# initdb and postgres refuse to run as root: as root the cluster runs as the `postgres`
# system user (created by Debian's postgresql package), else as `nobody`.
# Environment: PG_BIN (directory holding initdb/pg_ctl), PG_PORT (fixed port).
set -uo pipefail

DB=desk_central
SUPERUSER=postgres

unavailable() { echo "postgres: unavailable: $*"; exit 0; }

find_bin() {
  local d
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && { echo "$PG_BIN"; return 0; }
    return 1
  fi
  # Debian/Ubuntu keep the server binaries off the PATH, one directory per major version.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  d="$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")"
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  return 1
}

# Run a command as the unprivileged cluster owner (directly when we are not root).
as_owner() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  if command -v runuser >/dev/null; then
    runuser -u "$OWNER" -- "$@"
  else
    su -s /bin/sh "$OWNER" -c "$(printf '%q ' "$@")"
  fi
}

free_port() {
  if [ -n "${PG_PORT:-}" ]; then echo "$PG_PORT"; return 0; fi
  local py
  for py in python3 python; do
    if command -v "$py" >/dev/null; then
      "$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
      return 0
    fi
  done
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 30000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  return 1
}

mode="start"
case "${1:-}" in
  start|stop) mode="$1"; shift ;;
  -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
esac
dir="${1:-}"

BIN="$(find_bin)" || BIN=""

if [ "$mode" = "stop" ]; then
  [ -n "$dir" ] || { echo "usage: bash packaging/postgres.sh stop DIR [--remove]" >&2; exit 2; }
  if [ -n "$BIN" ] && [ -f "$dir/data/postmaster.pid" ]; then
    OWNER="$(stat -c %U "$dir/data")"
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  [ "${2:-}" = "--remove" ] && rm -rf -- "$dir"
  echo "postgres: stopped $dir"
  exit 0
fi

[ -n "$BIN" ] || unavailable "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package"

if [ "$(id -u)" -eq 0 ]; then
  if id -u postgres >/dev/null 2>&1; then OWNER=postgres
  elif id -u nobody >/dev/null 2>&1; then OWNER=nobody
  else unavailable "running as root and there is no postgres or nobody user for initdb"; fi
else
  OWNER="$(id -un)"
fi

if [ -z "$dir" ]; then
  dir="$(mktemp -d "${TMPDIR:-/tmp}/desk-pg.XXXXXX")" || unavailable "cannot create a temporary directory"
fi
mkdir -p "$dir" || unavailable "cannot create $dir"
dir="$(cd "$dir" && pwd)"
if [ "$(id -u)" -eq 0 ]; then
  chown "$OWNER" "$dir" || unavailable "cannot hand $dir to user $OWNER"
fi
chmod 700 "$dir"
as_owner test -w "$dir" -a -x "$dir" \
  || unavailable "$dir is not writable by user $OWNER (a parent directory is closed to it?)"
echo "postgres: dir $dir"

data="$dir/data"
sock="$dir/sock"
log="$dir/postgres.log"

if [ ! -f "$data/PG_VERSION" ]; then
  rm -rf -- "$data"
  as_owner mkdir -p "$sock"
  if ! as_owner "$BIN/initdb" -D "$data" -U "$SUPERUSER" -A trust -E UTF8 --no-locale --no-sync \
        >"$dir/initdb.log" 2>&1; then
    unavailable "initdb failed: $(tail -n 1 "$dir/initdb.log")"
  fi
  # A test cluster: no durability beyond the OS (as fast as the machine allows), small.
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- desk_app throwaway test cluster (packaging/postgres.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF
fi

if as_owner "$BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port="$(cat "$dir/port" 2>/dev/null)"
else
  port="$(free_port)" || unavailable "no free TCP port on 127.0.0.1"
  echo "$port" | as_owner tee "$dir/port" >/dev/null
  if ! as_owner "$BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "-p $port" start >/dev/null 2>&1; then
    unavailable "the server did not start: $(tail -n 1 "$log" 2>/dev/null)"
  fi
fi

PSQL="$BIN/psql"
[ -x "$PSQL" ] || PSQL="$(command -v psql)" || unavailable "psql not found"
psql() { as_owner "$PSQL" -h "$sock" -p "$port" -U "$SUPERUSER" -X -q -A -t "$@"; }
if [ "$(psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" 2>/dev/null)" != "1" ]; then
  psql -d postgres -c "CREATE DATABASE $DB" >/dev/null 2>&1 \
    || unavailable "cannot create database $DB (see $log)"
fi
echo "postgres: url postgresql+psycopg://$SUPERUSER@127.0.0.1:$port/$DB"
