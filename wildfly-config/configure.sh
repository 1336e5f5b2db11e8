#!/usr/bin/env bash
# Configures an unpacked WildFly for Kojo: installs the PostgreSQL JDBC driver module, then runs
# configure-kojo.cli offline on standalone.xml (the single server) and on standalone-ha.xml, which
# configure-cluster.cli then makes a cluster node (./kojo cluster). Safe to run any number of times.
#   configure.sh WILDFLY_DIR POSTGRESQL_JAR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wildfly=$1
pgjar=$2
if [ ! -f "$wildfly/modules/org/postgresql/main/module.xml" ]; then
    "$wildfly/bin/jboss-cli.sh" --command="module add --name=org.postgresql --resources=$pgjar --dependencies=javax.api,jakarta.transaction.api"
fi
# Expressions are resolved when a resource is added, even offline: give placeholder values here; the
# real ones come from the system properties the server starts with. (The two TLS passwords are only for a
# server configured before they moved into the credential store: it must boot once to be rewritten.)
# WildFly opens a credential store as it is added, even offline: the placeholder home gets an empty one.
placeholder=$(mktemp -d)
trap 'rm -rf "$placeholder"' EXIT
mkdir -p "$placeholder/ca"
log="$(dirname "$wildfly")/configure-kojo.log"
# configure_with CLI_FILE SERVER_CONFIG: the script run against that server configuration file (the scripts
# name standalone.xml / standalone-ha.xml in their embed-server line; configure-kojo.cli serves both).
configure_with() {
    local script="$placeholder/$(basename "$1")"
    sed "s/^embed-server \(.*\)--server-config=[^ ]*/embed-server \1--server-config=$2/" "$1" > "$script"
    if ! "$wildfly/bin/jboss-cli.sh" -Dkojo.home="$placeholder" -Dkojo.credential.store.password=unset -Dkojo.tls.keystore.password=unset -Dkojo.tls.truststore.password=unset -Dkojo.db.url=jdbc:h2:mem:unset --file="$script" >> "$log" 2>&1; then
        cat "$log" >&2
        exit 1
    fi
}
: > "$log"
configure_with "$here/configure-kojo.cli" standalone.xml
configure_with "$here/configure-kojo.cli" standalone-ha.xml
configure_with "$here/configure-cluster.cli" standalone-ha.xml
