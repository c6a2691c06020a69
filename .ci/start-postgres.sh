# Starts a throwaway PostgreSQL cluster for tests; meant to be sourced (bash).
#
#   source .ci/start-postgres.sh   # starts it, exports TEST_DATABASE_URL and TEST_PG_DIR
#   npx vitest run test/contract   # PostgreSQL copies of the contract suites now run
#   stop_test_postgres             # stops it and deletes its directory
#
# The cluster lives in a fresh temp dir on a free loopback port, trusts local connections and
# runs with fsync=off: it holds only test data that is thrown away, so durability is not
# wanted and fsync only slows the suites down. As root the server runs as the `postgres` user
# (PostgreSQL refuses to run as root); otherwise as the current user. TEST_PG_OPTIONS adds
# server options after these (the last of a repeated -c wins): the fault tests restart their
# own cluster with `-m immediate` and want `-c synchronous_commit=on`, so that a commit it
# acknowledged survives the server's crash (the machine does not crash, so fsync stays off).

_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && echo "$dir" # the newest version sorts last and wins
  done | tail -n 1
}

_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  local bin port
  bin="$(_pg_bin)"
  if [ -z "$bin" ]; then
    echo "start-postgres: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
    return 1
  fi
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  TEST_PG_DIR="$(mktemp -d /tmp/consentry-pg.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres: "$TEST_PG_DIR"
  _pg_as_owner "$bin/initdb" -D "$TEST_PG_DIR/data" -A trust -U postgres --no-sync >"$TEST_PG_DIR/initdb.log" 2>&1 || {
    cat "$TEST_PG_DIR/initdb.log" >&2
    return 1
  }
  _pg_as_owner "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 30 \
    -o "-p $port -k $TEST_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${TEST_PG_OPTIONS:-}" \
    start >/dev/null || {
    cat "$TEST_PG_DIR/server.log" >&2
    return 1
  }
  # pg_ctl -w already waits for startup; pg_isready double-checks the TCP listener tests use.
  local i
  for i in $(seq 1 50); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
    sleep 0.2
  done
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || {
    echo "start-postgres: server on port $port does not accept connections" >&2
    cat "$TEST_PG_DIR/server.log" >&2
    return 1
  }
  TEST_PG_BIN="$bin"
  export TEST_PG_DIR TEST_PG_BIN
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "start-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL (data in $TEST_PG_DIR)"
}

stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] && [ -d "$TEST_PG_DIR/data" ] || return 0
  _pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$TEST_PG_DIR"
  unset TEST_PG_DIR TEST_DATABASE_URL
}

start_test_postgres
