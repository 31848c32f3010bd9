#!/usr/bin/env bash
# Starts a Payara domain ready for Neptun: creates it when it does not exist yet (on its own port
# base), puts the JDBC driver on its class path, starts it unless it is running, applies the server
# settings (domain.asadmin) and the data source (derby-datasource.sh, or postgresql-datasource.sh
# with NEPTUN_DB=postgresql), and deploys the WAR if one is given. Used by server-config/run
# (domain1, default ports), the test suite and the benchmark (their own domains and ports).
#
# Environment: PAYARA_HOME; DERBY_LIB and NEPTUN_DATA_DIR as in derby-datasource.sh, or with
# NEPTUN_DB=postgresql what postgresql-datasource.sh needs; plus
#   DOMAIN      the domain name (default domain1)
#   PORTBASE    port base for a domain this script creates (admin = PORTBASE+48, HTTP = PORTBASE+80);
#               an existing domain on other ports is refused
#   NEPTUN_WAR  if set, this WAR is deployed at "/" as application "neptun" once the database is ready
#   NEPTUN_BASE_URL  where clients reach the API (default http://localhost:<the domain's HTTP port>)
#   ADMIN_ADDRESS    the address the admin listener and JMX bind to (default 127.0.0.1: this machine only)
#   DATAGRID_ADDRESS the address the data grid (Hazelcast) binds to (default 127.0.0.1)
#   NEPTUN_SYSTEM_PROPERTIES  more JVM system properties for the application: "name=value ..." (no spaces in values)
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"
export DOMAIN="${DOMAIN:-domain1}"
export NEPTUN_DB="${NEPTUN_DB:-derby}"
here="$(cd "$(dirname "$0")" && pwd)"
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
. "$here/asadmin-session.sh"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }

if [ ! -d "$domain_dir" ]; then
  : "${PORTBASE:?PORTBASE is needed to create domain $DOMAIN}"
  asadmin create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN"
fi
ADMIN_PORT="$(sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p; s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
  "$domain_dir/config/domain.xml" | head -n 1)"
export ADMIN_PORT="${ADMIN_PORT:-4848}"
# A domain created before its caller's port base changed would start on the old ports, where the caller
# never finds it: refuse it, as server-config/wildfly/start-server.sh refuses a stale WildFly.
if [ -n "${PORTBASE:-}" ] && [ "$ADMIN_PORT" != "$((PORTBASE + 48))" ]; then
  echo "Domain $DOMAIN was created with other ports (admin $ADMIN_PORT, not PORTBASE $PORTBASE + 48);" \
    "delete it (asadmin delete-domain $DOMAIN; for the tests and the benchmark: mvn clean) and start again." >&2
  exit 1
fi
HTTP_PORT="$(sed -n 's/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="http-listener-1".*/\1/p' "$domain_dir/config/domain.xml" | head -n 1)"
ADMIN_ADDRESS="${ADMIN_ADDRESS:-127.0.0.1}"
DATAGRID_ADDRESS="${DATAGRID_ADDRESS:-127.0.0.1}"

# The JDBC driver goes into the domain's lib folder (where "add-library --type common" puts it)
# before the server starts: the server reads that folder only at start.
case "$NEPTUN_DB" in
  derby) drivers=("${DERBY_LIB:?DERBY_LIB must name the folder with the Derby jars}"/derby*.jar) ;;
  postgresql) drivers=("${POSTGRESQL_LIB:?POSTGRESQL_LIB must name the folder with the PostgreSQL jar}"/postgresql-*.jar) ;;
  *) echo "NEPTUN_DB must be derby or postgresql" >&2; exit 2 ;;
esac
new_driver=false
for jar in "${drivers[@]}"; do
  if ! cmp -s "$jar" "$domain_dir/lib/$(basename "$jar")"; then
    cp "$jar" "$domain_dir/lib/"
    new_driver=true
  fi
done

if ! asadmin list-domains | grep -q "^$DOMAIN running"; then
  asadmin start-domain --timeout 180 "$DOMAIN"
elif $new_driver; then
  echo "Restarting $DOMAIN: it was running without the JDBC driver it needs now"
  asadmin restart-domain --timeout 180 "$DOMAIN"
fi
# The admin listener and JMX listen where ADMIN_ADDRESS says; a new domain listens everywhere, and
# Payara rebinds them only at a restart, which follows when the address was another before.
rebind=true
grep '<network-listener' "$domain_dir/config/domain.xml" | grep 'name="admin-listener"' | grep -q "address=\"$ADMIN_ADDRESS\"" && rebind=false
# Values escape ":" (create-system-properties separates properties with it) as "\\:", a backslash
# for multimode's reading of the line and one for the command's.
escape() { sed 's/:/\\\\:/g'; }
# set-metrics-configuration marks the domain for a restart even when metrics are off already (Payara
# 6.2025.9), which restarted it at every start (25 s and more): once they are off, its line is left out.
settings="$(cat "$here/domain.asadmin")"
# (awk reads the file itself: "sed | grep -q" under pipefail failed when grep left before sed was done.)
if awk '/<config name="server-config">/ { inside = 1 } inside && /<microprofile-metrics-configuration enabled="false"/ { off = 1 }
    inside && /<\/config>/ { inside = 0 } END { exit !off }' "$domain_dir/config/domain.xml"; then
  settings="$(grep -v '^set-metrics-configuration ' <<<"$settings")"
fi
{
  printf '%s\n' "$settings"
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=$ADMIN_ADDRESS"
  echo "set configs.config.server-config.admin-service.jmx-connector.system.address=$ADMIN_ADDRESS"
  # The data grid (Hazelcast, 4900 and up), which instances of a deployment group share, binds where
  # DATAGRID_ADDRESS says and nowhere else.
  echo "set-hazelcast-configuration --dasbindaddress=$DATAGRID_ADDRESS --interfaces=$DATAGRID_ADDRESS"
  echo "create-system-properties hazelcast.socket.bind.any=false"
  echo "create-system-properties neptun.base-url=$(printf '%s' "${NEPTUN_BASE_URL:-http://localhost:$HTTP_PORT}" | escape)"
  for property in ${NEPTUN_SYSTEM_PROPERTIES:-}; do
    echo "create-system-properties $(printf '%s' "$property" | escape)"
  done
} | asadmin_session --port "$ADMIN_PORT"
# Listener addresses, the broker, IIOP and the data grid change only at a restart; Payara knows whether one is due.
if $rebind || asadmin --port "$ADMIN_PORT" _get-restart-required 2>/dev/null | grep -q '^true'; then
  echo "Restarting $DOMAIN: listener settings changed (admin and JMX on $ADMIN_ADDRESS, data grid on $DATAGRID_ADDRESS)"
  asadmin restart-domain --timeout 180 "$DOMAIN"
fi
"$here/$NEPTUN_DB-datasource.sh"
if [ -n "${NEPTUN_WAR:-}" ]; then
  asadmin --port "$ADMIN_PORT" deploy --force=true --name neptun --contextroot / "$NEPTUN_WAR"
fi
