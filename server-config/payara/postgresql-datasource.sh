#!/usr/bin/env bash
# Prepares a running Payara domain for Neptun on PostgreSQL: the driver on the server's classpath,
# the password as a password alias (never in domain.xml, the repo or the WAR), and the pool
# "neptunPool" with the JDBC resource "jdbc/neptun" that persistence.xml names. Idempotent.
#
# Environment (or PG_ENV_FILE, a file that sets them):
#   PAYARA_HOME, ADMIN_PORT (default 4848), POSTGRESQL_LIB (folder with the postgresql jar)
#   PG_HOST, PG_PORT, PG_DATABASE, PG_USER, PG_PASSWORD_FILE (a file holding only the password)
set -euo pipefail

if [ -n "${PG_ENV_FILE:-}" ]; then
  # shellcheck disable=SC1090
  . "$PG_ENV_FILE"
fi
: "${PAYARA_HOME:?}" "${POSTGRESQL_LIB:?}" "${PG_HOST:?}" "${PG_PORT:?}" "${PG_DATABASE:?}" "${PG_USER:?}" "${PG_PASSWORD_FILE:?}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
POOL=neptunPool
RESOURCE=jdbc/neptun
ALIAS=neptun-db-password

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" "$@"; }

installed="$(asadmin list-libraries --type common || true)"
jar="$(ls "$POSTGRESQL_LIB"/postgresql-*.jar | head -n 1)"
if ! grep -qx "$(basename "$jar")" <<<"$installed"; then
  asadmin add-library --type common "$jar"
  # A new library on the common class path is only seen after a restart.
  asadmin restart-domain --timeout 120 "${DOMAIN:-domain1}"
fi

secret="$(mktemp)"
trap 'rm -f "$secret"' EXIT
chmod 600 "$secret"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(cat "$PG_PASSWORD_FILE")" >"$secret"
if asadmin list-password-aliases | grep -qx "$ALIAS"; then
  asadmin --passwordfile "$secret" update-password-alias "$ALIAS"
else
  asadmin --passwordfile "$secret" create-password-alias "$ALIAS"
fi

if asadmin list-jdbc-connection-pools | grep -qx "$POOL"; then
  # The pool may be a Derby one from an earlier set-up: make it anew.
  asadmin delete-jdbc-connection-pool --cascade "$POOL"
fi
asadmin create-jdbc-connection-pool \
  --restype javax.sql.DataSource \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
  --steadypoolsize 8 --maxpoolsize 32 --statementcachesize 64 \
  --isconnectvalidatereq=true --validationmethod table --validationtable pg_catalog.pg_database \
  --property "serverName=$PG_HOST:portNumber=$PG_PORT:databaseName=$PG_DATABASE:user=$PG_USER" \
  "$POOL"
asadmin set "resources.jdbc-connection-pool.$POOL.property.password=\${ALIAS=$ALIAS}"
if ! asadmin list-jdbc-resources | grep -qx "$RESOURCE"; then
  asadmin create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE"
fi
asadmin ping-connection-pool "$POOL"
echo "PostgreSQL database for Neptun: $PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE"
