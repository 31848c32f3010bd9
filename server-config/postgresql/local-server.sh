#!/usr/bin/env bash
# Test support for `mvn -B verify -Ppostgresql`: a throwaway PostgreSQL server (Debian's postgresql
# package) on 127.0.0.1, on a free port, in a temporary data directory, with a random password.
#   local-server.sh start ENV_FILE   starts it and writes PG_HOST, PG_PORT, PG_DATABASE, PG_USER,
#                                    PG_PASSWORD_FILE and PG_DATA_DIR to ENV_FILE (for postgresql-datasource.sh)
#   local-server.sh stop ENV_FILE    stops it and removes its data
#   local-server.sh pause ENV_FILE   stops it and keeps its data (a database that went away)
#   local-server.sh resume ENV_FILE  starts it again on the same port and data
set -euo pipefail

action="$1"
env_file="$2"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
# PostgreSQL refuses to run as root; as root, run it as the package's own user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
start)
  dir="$(mktemp -d /tmp/neptun-pg.XXXXXX)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  chmod 700 "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U neptun --auth=scram-sha-256 --pwfile="$dir/password" >"$dir/initdb.log"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  PGPASSWORD="$(cat "$dir/password")" "$bin/createdb" -h 127.0.0.1 -p "$port" -U neptun neptun
  mkdir -p "$(dirname "$env_file")"
  cat >"$env_file" <<ENV
PG_HOST=127.0.0.1
PG_PORT=$port
PG_DATABASE=neptun
PG_USER=neptun
PG_PASSWORD_FILE=$dir/password
PG_DATA_DIR=$dir
ENV
  echo "PostgreSQL for the suite on 127.0.0.1:$port, data in $dir"
  ;;
pause|resume)
  # shellcheck disable=SC1090
  . "$env_file"
  if [ "$action" = pause ]; then
    as_pg "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m fast -w stop >/dev/null
  else
    as_pg "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -l "$PG_DATA_DIR/server.log" -w \
      -o "-p $PG_PORT -k $PG_DATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  ;;
stop)
  [ -f "$env_file" ] || exit 0
  # shellcheck disable=SC1090
  . "$env_file"
  as_pg "$bin/pg_ctl" -D "$PG_DATA_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_DATA_DIR" "$env_file"
  ;;
esac
