#!/usr/bin/env bash
# Throwaway PostgreSQL and Redis for the tests, on loopback, each with its own data directory and a free port.
# Source it, then: start_postgres (exports AES_TEST_POSTGRES), start_redis (exports AES_TEST_REDIS), stop_services.
# Installs Debian's postgresql and redis-server when they are missing.

services_dir=""

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

ensure_services_installed() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "services: installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  ensure_services_installed
  services_dir=${services_dir:-$(mktemp -d)}
  chmod 755 "$services_dir"
  local bin
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  PG_PORT=$(free_port)
  PG_DATA="$services_dir/postgres"
  mkdir -p "$PG_DATA" "$services_dir/pg-socket" "$services_dir/pg-log"
  chown postgres:postgres "$PG_DATA" "$services_dir/pg-socket" "$services_dir/pg-log"
  # initdb refuses root: the cluster is the postgres user's, its socket in the run's own folder.
  runuser -u postgres -- "$bin/initdb" -D "$PG_DATA" -U postgres -A trust --no-sync >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DATA" -w -l "$services_dir/pg-log/postgres.log" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $services_dir/pg-socket -c fsync=off -c max_connections=300" start >/dev/null
  PG_BIN=$bin
  export AES_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true"
  echo "services: PostgreSQL on 127.0.0.1:$PG_PORT"
}

start_redis() {
  ensure_services_installed
  services_dir=${services_dir:-$(mktemp -d)}
  REDIS_PORT=$(free_port)
  mkdir -p "$services_dir/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$services_dir/redis" --daemonize yes \
    --pidfile "$services_dir/redis.pid" --logfile "$services_dir/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export AES_TEST_REDIS="127.0.0.1:$REDIS_PORT"
  echo "services: Redis on $AES_TEST_REDIS"
}

stop_services() {
  if [ -n "${PG_DATA:-}" ] && [ -d "$PG_DATA" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  fi
  if [ -n "${services_dir:-}" ] && [ -f "$services_dir/redis.pid" ]; then
    kill "$(cat "$services_dir/redis.pid")" 2>/dev/null || true
  fi
  [ -n "${services_dir:-}" ] && rm -rf "$services_dir"
}
