#!/usr/bin/env bash
# Prepares a running Payara domain for Neptun on embedded Derby: the Derby driver on the server's
# classpath, the connection pool "neptunPool" and the JDBC resource "jdbc/neptun" that the WAR's
# persistence.xml names. Idempotent: run it on a new or an already prepared domain alike.
#
# Environment:
#   PAYARA_HOME      the Payara installation (required)
#   ADMIN_PORT       the domain's admin port (default 4848)
#   DERBY_LIB        folder with derby, derbyshared and derbytools jars (required)
#   NEPTUN_DATA_DIR  where the database lives (default ~/.local/share/neptun); created on first use
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"
: "${DERBY_LIB:?DERBY_LIB must name the folder with the Derby jars}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
NEPTUN_DATA_DIR="${NEPTUN_DATA_DIR:-$HOME/.local/share/neptun}"
POOL=neptunPool
RESOURCE=jdbc/neptun

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$ADMIN_PORT" "$@"; }

mkdir -p "$NEPTUN_DATA_DIR/derby"
database="$(cd "$NEPTUN_DATA_DIR/derby" && pwd)/neptun"

restart=false
installed="$(asadmin list-libraries --type common || true)"
for jar in "$DERBY_LIB"/derby*.jar; do
  if ! grep -qx "$(basename "$jar")" <<<"$installed"; then
    asadmin add-library --type common "$jar"
    restart=true
  fi
done
if ! asadmin list-jvm-options | grep -q -- '-Dderby.stream.error.file'; then
  # Derby's own log goes beside the server log instead of the server's working directory.
  asadmin create-jvm-options '-Dderby.stream.error.file=${com.sun.aas.instanceRoot}/logs/derby.log'
  restart=true
fi
if ! asadmin list-jvm-options | grep -q -- '-Dderby.storage.pageCacheSize'; then
  # Derby's default page cache is 4 MB (1000 pages); 64 MB keeps indexes of large tables in memory.
  asadmin create-jvm-options '-Dderby.storage.pageCacheSize=16000'
  restart=true
fi
if $restart; then
  # A new library on the common class path is only seen after a restart.
  asadmin restart-domain --timeout 120 "${DOMAIN:-domain1}"
fi

if asadmin list-jdbc-connection-pools | grep -qx "$POOL"; then
  asadmin set "resources.jdbc-connection-pool.$POOL.property.DatabaseName=$database"
  asadmin set "resources.jdbc-connection-pool.$POOL.statement-cache-size=64"
else
  asadmin create-jdbc-connection-pool \
    --restype javax.sql.DataSource \
    --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource \
    --steadypoolsize 8 --maxpoolsize 32 --statementcachesize 64 \
    --isconnectvalidatereq=true --validationmethod auto-commit \
    --property "DatabaseName=$database:createDatabase=create" \
    "$POOL"
fi
if ! asadmin list-jdbc-resources | grep -qx "$RESOURCE"; then
  asadmin create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE"
fi
asadmin ping-connection-pool "$POOL"
echo "Derby database for Neptun: $database"
