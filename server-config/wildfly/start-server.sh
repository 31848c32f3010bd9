#!/usr/bin/env bash
# Starts a WildFly server ready for Neptun: the first time, writes the JDBC driver module and applies
# server.cli plus derby-datasource.cli (or postgresql-datasource.cli) to the offline configuration;
# then starts standalone.sh in the background unless it is running, and waits until it is up.
# Used by the -Pwildfly test profile; usable by hand the same way.
#
# Environment:
#   JBOSS_HOME       the WildFly installation (required)
#   PORT_OFFSET      added to every port (default 0: HTTP 8080, management 9990)
#   NEPTUN_DATA_DIR  where the Derby database lives (default ~/.local/share/neptun)
#   DERBY_LIB        folder with derby, derbyshared and derbytools jars (Derby)
#   NEPTUN_DB        derby (default) or postgresql; then POSTGRESQL_LIB and, directly or through
#                    PG_ENV_FILE, PG_HOST, PG_PORT, PG_DATABASE, PG_USER, PG_PASSWORD_FILE
#   NEPTUN_BASE_URL  where clients reach the API (default http://localhost:<HTTP port>)
#   NEPTUN_SYSTEM_PROPERTIES  more JVM system properties for the application: "name=value ..." (no spaces in values)
set -euo pipefail

: "${JBOSS_HOME:?JBOSS_HOME must name the WildFly installation}"
PORT_OFFSET="${PORT_OFFSET:-0}"
NEPTUN_DB="${NEPTUN_DB:-derby}"
export NEPTUN_DATA_DIR="${NEPTUN_DATA_DIR:-$HOME/.local/share/neptun}"
CONFIG=standalone-microprofile.xml
here="$(cd "$(dirname "$0")" && pwd)"
management="localhost:$((9990 + PORT_OFFSET))"
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" "$@"; }

# A JBoss module holding the driver jars, so the data source can name it.
write_module() { # name, jar...
  local name="$1" dir resources=""
  shift
  dir="$JBOSS_HOME/modules/${name//.//}/main"
  mkdir -p "$dir"
  for jar in "$@"; do
    cp "$jar" "$dir/"
    resources="$resources<resource-root path=\"$(basename "$jar")\"/>"
  done
  cat >"$dir/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="$name">
    <resources>$resources</resources>
    <dependencies><module name="javax.api"/><module name="jakarta.transaction.api"/></dependencies>
</module>
XML
}

if [ "$NEPTUN_DB" = postgresql ]; then
  if [ -n "${PG_ENV_FILE:-}" ]; then
    # shellcheck disable=SC1090
    . "$PG_ENV_FILE"
  fi
  : "${POSTGRESQL_LIB:?}" "${PG_HOST:?}" "${PG_PORT:?}" "${PG_DATABASE:?}" "${PG_USER:?}" "${PG_PASSWORD_FILE:?}"
  # Read by postgresql-datasource.cli's expressions when the server starts; only this process sees them.
  export NEPTUN_PG_HOST="$PG_HOST" NEPTUN_PG_PORT="$PG_PORT" NEPTUN_PG_DATABASE="$PG_DATABASE" NEPTUN_PG_USER="$PG_USER"
  NEPTUN_PG_PASSWORD="$(cat "$PG_PASSWORD_FILE")"
  export NEPTUN_PG_PASSWORD
fi

# The marker holds a hash of the scripts that configured this copy: a copy configured by other ones (an
# older server.cli) would keep their settings, and what depends on the new ones would fail unexplained.
marker="$JBOSS_HOME/standalone/configuration/.neptun-$NEPTUN_DB"
scripts_hash="$(cat "$here/server.cli" "$here/$NEPTUN_DB-datasource.cli" | sha256sum | cut -d ' ' -f 1)"
if [ -f "$marker" ] && [ "$(cat "$marker")" != "$scripts_hash" ]; then
  echo "$JBOSS_HOME was configured by other versions of server-config/wildfly/*.cli;" \
    "start from a fresh copy of WildFly (for the -Pwildfly tests: mvn clean)" >&2
  exit 1
fi
if [ ! -f "$marker" ]; then
  if [ -n "$(ls "$JBOSS_HOME"/standalone/configuration/.neptun-* 2>/dev/null)" ]; then
    echo "$JBOSS_HOME is configured for another database; start from a fresh copy of WildFly" >&2
    exit 1
  fi
  if [ "$NEPTUN_DB" = postgresql ]; then
    write_module org.postgresql "$POSTGRESQL_LIB"/postgresql-*.jar
  else
    : "${DERBY_LIB:?DERBY_LIB must name the folder with the Derby jars}"
    write_module org.apache.derby "$DERBY_LIB"/derby*.jar
  fi
  script="$(mktemp)"
  trap 'rm -f "$script"' EXIT
  { echo "embed-server --server-config=$CONFIG --std-out=discard"
    cat "$here/server.cli" "$here/$NEPTUN_DB-datasource.cli"
    echo "stop-embedded-server"; } >"$script"
  cli --file="$script"
  echo "$scripts_hash" >"$marker"
fi

if cli --connect --controller="$management" --command=':read-attribute(name=server-state)' >/dev/null 2>&1; then
  echo "WildFly is already running at $management"
  exit 0
fi
mkdir -p "$NEPTUN_DATA_DIR/derby" "$JBOSS_HOME/standalone/log"
properties=("-Dneptun.base-url=${NEPTUN_BASE_URL:-http://localhost:$((8080 + PORT_OFFSET))}")
for property in ${NEPTUN_SYSTEM_PROPERTIES:-}; do
  properties+=("-D$property")
done
nohup "$JBOSS_HOME/bin/standalone.sh" -c "$CONFIG" -Djboss.socket.binding.port-offset="$PORT_OFFSET" "${properties[@]}" \
  >"$JBOSS_HOME/standalone/log/console.log" 2>&1 </dev/null &
for _ in $(seq 1 180); do
  state="$(cli --connect --controller="$management" --command=':read-attribute(name=server-state)' 2>/dev/null || true)"
  if grep -q '"result" => "running"' <<<"$state"; then
    echo "WildFly is running: HTTP port $((8080 + PORT_OFFSET)), management $management"
    exit 0
  fi
  sleep 1
done
echo "WildFly did not start; see $JBOSS_HOME/standalone/log/server.log" >&2
exit 1
