#!/usr/bin/env bash
# Starts (or reuses) a private PostgreSQL cluster for the test suite on 127.0.0.1 and prints the connection
# string to use as LABOURHUB_TEST_POSTGRES. Idempotent: a second call finds the running cluster and reuses it.
# Needs PostgreSQL's server binaries (Debian: postgresql-15; .ci/run installs them when missing).
set -euo pipefail

PGDIR=${LABOURHUB_PG_DIR:-/tmp/labourhub-test-pg}
PORT=${LABOURHUB_PG_PORT:-55432}

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/pg_ctl" ] && bin=$candidate
done
[ -n "$bin" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ ! -s "$PGDIR/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  chmod 700 "$PGDIR"
  run_as_postgres "$bin/initdb" -D "$PGDIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! run_as_postgres "$bin/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
  run_as_postgres "$bin/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
fi

echo "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres;Pooling=true"
