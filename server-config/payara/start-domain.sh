#!/usr/bin/env bash
# Starts a Payara domain ready for Neptun: creates it when it does not exist yet (on its own port
# base), starts it unless it is running, and applies derby-datasource.sh. Used by server-config/run
# (domain1, default ports) and by the test suite (its own domain and ports, see pom.xml).
#
# Environment: PAYARA_HOME, DERBY_LIB, NEPTUN_DATA_DIR as in derby-datasource.sh (or, with
# NEPTUN_DB=postgresql, what postgresql-datasource.sh needs), plus
#   DOMAIN    the domain name (default domain1)
#   PORTBASE  port base for a domain this script creates (admin = PORTBASE+48, HTTP = PORTBASE+80)
#   NEPTUN_WAR  if set, this WAR is deployed at "/" as application "neptun" once the database is ready
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"
export DOMAIN="${DOMAIN:-domain1}"
here="$(cd "$(dirname "$0")" && pwd)"
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }

if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
  : "${PORTBASE:?PORTBASE is needed to create domain $DOMAIN}"
  asadmin create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN"
fi
ADMIN_PORT="$(sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p; s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
  "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml" | head -n 1)"
export ADMIN_PORT="${ADMIN_PORT:-4848}"

if ! asadmin list-domains | grep -q "^$DOMAIN running"; then
  asadmin start-domain --timeout 180 "$DOMAIN"
fi
# Requests block on the database; Payara's default of 5 request threads queues them behind each other.
asadmin --port "$ADMIN_PORT" set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32 >/dev/null
asadmin --port "$ADMIN_PORT" set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8 >/dev/null
# No product name and version in every response.
for listener in http-listener-1 http-listener-2; do
  asadmin --port "$ADMIN_PORT" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" >/dev/null
  asadmin --port "$ADMIN_PORT" set "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" >/dev/null
done
# The database: embedded Derby by default, PostgreSQL with NEPTUN_DB=postgresql (see postgresql-datasource.sh).
if [ "${NEPTUN_DB:-derby}" = postgresql ]; then
  "$here/postgresql-datasource.sh"
else
  "$here/derby-datasource.sh"
fi
if [ -n "${NEPTUN_WAR:-}" ]; then
  asadmin --port "$ADMIN_PORT" deploy --force=true --name neptun --contextroot / "$NEPTUN_WAR"
fi
