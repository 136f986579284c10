#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the tests (used by .ci/run; handy locally too).
#   scripts/test-postgres.sh start DIR [PORT] [FSYNC]   prints the DATABASE_URL to use
#     FSYNC is off by default (test data is thrown away); the benchmark passes `on`.
#   scripts/test-postgres.sh stop DIR
# Installs Debian's `postgresql` package when no server binaries are found (needs root and apt).
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
# Trust authentication on loopback only: the cluster holds nothing but test data and is deleted at stop.
set -euo pipefail

command=${1:?usage: $0 start DIR [PORT] | stop DIR}
dir=${2:?usage: $0 start DIR [PORT] | stop DIR}
port=${3:-55432}
fsync=${4:-off}

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "test-postgres: no PostgreSQL server found under /usr/lib/postgresql and not root to install it" >&2
      exit 1
    fi
    echo "test-postgres: installing Debian's postgresql package" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    bin=$(bindir)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=$fsync -c max_connections=200" >&2 ||
      { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    bin=$(bindir)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
