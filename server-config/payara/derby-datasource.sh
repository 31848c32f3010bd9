#!/usr/bin/env bash
# The data source of a running Payara domain on embedded Derby, in one asadmin session: the
# connection pool "neptunPool" and the JDBC resource "jdbc/neptun" that the WAR's persistence.xml
# names, plus Derby's own settings. Idempotent: on a new or an already prepared domain alike. The
# Derby driver must be on the domain's class path already (start-domain.sh puts it there).
#
# Environment:
#   PAYARA_HOME      the Payara installation (required)
#   ADMIN_PORT       the domain's admin port (default 4848)
#   NEPTUN_DATA_DIR  where the database lives (default ~/.local/share/neptun); created on first use
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
NEPTUN_DATA_DIR="${NEPTUN_DATA_DIR:-$HOME/.local/share/neptun}"
POOL=neptunPool
. "$(dirname "$0")/asadmin-session.sh"

mkdir -p "$NEPTUN_DATA_DIR/derby"
database="$(cd "$NEPTUN_DATA_DIR/derby" && pwd)/neptun"
existing="$(asadmin_session --port "$ADMIN_PORT" <<<'list-jdbc-connection-pools')"

{
  # Derby reads these when it boots, at the pool's first connection: system properties apply at once.
  # Its own log goes beside the server log. Its page cache is counted in pages, of 4 KB for indexes but
  # 32 KB for tables with a CLOB (imports, files): 4,000 pages are at most 128 MB of Payara's default
  # 512 MB heap. 16,000 filled the heap and the server spent its time in full collections.
  echo 'create-system-properties derby.stream.error.file=${com.sun.aas.instanceRoot}/logs/derby.log:derby.storage.pageCacheSize=4000'
  # The pool may be a PostgreSQL one from an earlier set-up, or name another database: make it anew.
  grep -qx "$POOL" <<<"$existing" && echo "delete-jdbc-connection-pool --cascade $POOL"
  # A connection stays with the thread that freed it, which takes it back without the pool's shared list
  # (a DELETE takes one twice: for its session, then for its transaction). Measured on Derby with
  # bench/run --ab: session checks 15-20% and DELETEs at 4 connections 8-12% faster (docs/benchmark.md).
  # Not on PostgreSQL, where it measured slower: there each connection is a backend process of its own.
  echo "create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource" \
    "--steadypoolsize 8 --maxpoolsize 32 --statementcachesize 64 --isconnectvalidatereq=true --validationmethod auto-commit" \
    "--associatewiththread=true" \
    "--property DatabaseName=$database:createDatabase=create $POOL"
  # No SQL trace listener. Payara's default one (fish.payara.jdbc.SilentSqlTraceListener) does nothing,
  # but while any is set the pool hands out each connection and each statement behind a reflective proxy
  # that reports every JDBC call to it (docs/benchmark.md: what that cost the DELETE). The pool reads
  # "null" as none. Logging every JDBC call (log-jdbc-calls=true) still works: it brings its own listener.
  echo "set resources.jdbc-connection-pool.$POOL.sql-trace-listeners=null"
  echo "create-jdbc-resource --connectionpoolid $POOL jdbc/neptun"
  echo "ping-connection-pool $POOL"
} | asadmin_session --port "$ADMIN_PORT"
echo "Derby database for Neptun: $database"
