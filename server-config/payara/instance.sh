#!/usr/bin/env bash
# One Payara instance of Neptun on PostgreSQL: its own domain and ports (start-domain.sh with
# NEPTUN_DB=postgresql), the WAR deployed at "/". Run it once per instance with the same database
# settings and the instances share everything that matters: users, sessions, login throttling and
# data all live in the database, and JPA keeps no shared cache (persistence.xml).
#
# Usage: instance.sh DOMAIN PORTBASE WAR     (HTTP port = PORTBASE+80, admin port = PORTBASE+48;
#        a domain that exists already keeps the ports it was created with)
# Environment: PAYARA_HOME, POSTGRESQL_LIB and PG_ENV_FILE (or the PG_* variables) as in
# postgresql-datasource.sh. Stop an instance with: $PAYARA_HOME/bin/asadmin stop-domain DOMAIN
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 DOMAIN PORTBASE WAR" >&2; exit 2; }
domain="$1"
portbase="$2"
war="$3"
here="$(cd "$(dirname "$0")" && pwd)"
: "${PAYARA_HOME:?PAYARA_HOME must name the Payara installation}"

DOMAIN="$domain" PORTBASE="$portbase" NEPTUN_DB=postgresql NEPTUN_WAR="$war" "$here/start-domain.sh"
echo "Neptun instance $domain: http://localhost:$((portbase + 80))/api/... (admin console http://localhost:$((portbase + 48)))"
