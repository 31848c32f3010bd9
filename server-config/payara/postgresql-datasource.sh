#!/usr/bin/env bash
# The data source of a running Payara domain on PostgreSQL, in one asadmin session: the password as
# a password alias (never in domain.xml, the repo or the WAR), the pool "neptunPool" and the JDBC
# resource "jdbc/neptun" that persistence.xml names. Idempotent. The PostgreSQL driver must be on
# the domain's class path already (start-domain.sh puts it there).
#
# Environment (or PG_ENV_FILE, a file that sets them):
#   PAYARA_HOME, ADMIN_PORT (default 4848)
#   PG_HOST, PG_PORT, PG_DATABASE, PG_USER, PG_PASSWORD_FILE (a file holding only the password)
set -euo pipefail

if [ -n "${PG_ENV_FILE:-}" ]; then
  # shellcheck disable=SC1090
  . "$PG_ENV_FILE"
fi
: "${PAYARA_HOME:?}" "${PG_HOST:?}" "${PG_PORT:?}" "${PG_DATABASE:?}" "${PG_USER:?}" "${PG_PASSWORD_FILE:?}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
POOL=neptunPool
ALIAS=neptun-db-password
. "$(dirname "$0")/asadmin-session.sh"

secret="$(mktemp)"
trap 'rm -f "$secret"' EXIT
chmod 600 "$secret"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(cat "$PG_PASSWORD_FILE")" >"$secret"
existing="$(asadmin_session --port "$ADMIN_PORT" <<<$'list-password-aliases\nlist-jdbc-connection-pools')"

{
  if grep -qx "$ALIAS" <<<"$existing"; then echo "update-password-alias $ALIAS"; else echo "create-password-alias $ALIAS"; fi
  # The pool may be a Derby one from an earlier set-up: make it anew.
  grep -qx "$POOL" <<<"$existing" && echo "delete-jdbc-connection-pool --cascade $POOL"
  # A connection is checked with a query before it is handed out only when it has not been checked in
  # the last 2 s: checking at every hand-out was a round trip to PostgreSQL per request, half of its CPU
  # time for a session check (docs/benchmark.md). After an outage each connection is checked again within
  # 2 s, and the first that fails closes them all (fail-all-connections): the pool recovers without a restart.
  # Connections are not associated with threads as on Derby: here that measured slower with 32 request
  # threads and, warm with 8, a draw (docs/benchmark.md).
  echo "create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname org.postgresql.ds.PGSimpleDataSource" \
    "--steadypoolsize 8 --maxpoolsize 32 --statementcachesize 64 --isconnectvalidatereq=true --validationmethod table" \
    "--validationtable pg_catalog.pg_database --validateatmostonceperiod 2 --failconnection=true" \
    "--property serverName=$PG_HOST:portNumber=$PG_PORT:databaseName=$PG_DATABASE:user=$PG_USER $POOL"
  echo "set resources.jdbc-connection-pool.$POOL.property.password=\${ALIAS=$ALIAS}"
  # No SQL trace listener, and so no proxy around each connection and statement: see derby-datasource.sh.
  echo "set resources.jdbc-connection-pool.$POOL.sql-trace-listeners=null"
  echo "create-jdbc-resource --connectionpoolid $POOL jdbc/neptun"
  echo "ping-connection-pool $POOL"
} | asadmin_session --port "$ADMIN_PORT" --passwordfile "$secret"
echo "PostgreSQL database for Neptun: $PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE"
