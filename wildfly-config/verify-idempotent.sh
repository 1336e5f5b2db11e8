#!/usr/bin/env bash
# Runs configure.sh once more on an already configured server and fails if standalone.xml or
# standalone-ha.xml changed:
# the configuration scripts must be idempotent.
#   verify-idempotent.sh WILDFLY_DIR POSTGRESQL_JAR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
configuration="$1/standalone/configuration"
before=$(mktemp -d)
cp "$configuration/standalone.xml" "$configuration/standalone-ha.xml" "$before/"
"$here/configure.sh" "$1" "$2"
for config in standalone.xml standalone-ha.xml; do
    if ! diff -u "$before/$config" "$configuration/$config"; then
        echo "configure-kojo.cli / configure-cluster.cli are not idempotent: a second run changed $config (diff above)" >&2
        exit 1
    fi
done
rm -rf "$before"
echo "configure-kojo.cli and configure-cluster.cli are idempotent: a second run left standalone.xml and standalone-ha.xml unchanged"
