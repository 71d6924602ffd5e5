#!/usr/bin/env bash
# Starts a throw-away Postgres server on 127.0.0.1 and a free port, runs the given command
# with TEST_DATABASE_URL pointing at it, then stops the server and removes its data.
set -uo pipefail

bin_dir=""
for candidate in /usr/local/bin /usr/lib/postgresql/*/bin; do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bin_dir=$candidate; break; fi
done
if [ -z "$bin_dir" ]; then
  echo "== installing Debian's PostgreSQL server"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || exit 1
  bin_dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
data=$(mktemp -d /tmp/inbox-pg-XXXXXX)
sock=$(mktemp -d /tmp/inbox-pgsock-XXXXXX)
as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$data" "$sock"
fi

cleanup() {
  as_postgres "$bin_dir/pg_ctl -D $data -m fast stop" >/dev/null 2>&1
  rm -rf "$data" "$sock"
}
trap cleanup EXIT

as_postgres "$bin_dir/initdb -D $data -U postgres --auth=trust -E UTF8" >/dev/null || exit 1
as_postgres "$bin_dir/pg_ctl -D $data -l $data/server.log -o \"-p $port -h 127.0.0.1 -k $sock\" -w start" >/dev/null || {
  cat "$data/server.log" >&2
  exit 1
}

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
