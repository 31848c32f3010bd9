#!/usr/bin/env bash
# One Payara instance of Neptun on PostgreSQL: its own domain and ports (start-domain.sh with
# NEPTUN_DB=postgresql), the WAR deployed at "/". Run it once per instance with the same database
# settings and the instances share everything that matters: users, sessions, login throttling and
# data all live in the database, and JPA keeps no shared cache (persistence.xml).
#
# Usage: instance.sh DOMAIN PORTBASE WAR     (HTTP port = PORTBASE+80, admin port = PORTBASE+48)
# Environment: PAYARA_HOME, POSTGRESQL_LIB and PG_ENV_FILE (or the PG_* variables) as in
# postgresql-datasource.sh. Stop an instance with: $PAYARA_HOME/bin/asadmin stop-domain DOMAIN
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 DOMAIN PORTBASE WAR" >&2; exit 2; }
domain="$1"
portbase="$2"
war="$3"
here="$(cd "$(dirname "$0")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"

DOMAIN="$domain" PORTBASE="$portbase" NEPTUN_DB=postgresql "$here/start-domain.sh"
admin_port="$(sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p; s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
  "$PAYARA_HOME/glassfish/domains/$domain/config/domain.xml" | head -n 1)"
"$PAYARA_HOME/bin/asadmin" --interactive=false --port "$admin_port" deploy --force=true --name neptun --contextroot / "$war"
echo "Neptun instance $domain: http://localhost:$((portbase + 80))/api/... (admin console http://localhost:$admin_port)"
