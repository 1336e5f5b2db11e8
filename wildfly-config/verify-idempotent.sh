#!/usr/bin/env bash
# Runs configure.sh once more on an already configured server and fails if standalone.xml changed:
# the configuration scripts must be idempotent.
#   verify-idempotent.sh WILDFLY_DIR POSTGRESQL_JAR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
config="$1/standalone/configuration/standalone.xml"
before=$(mktemp)
cp "$config" "$before"
"$here/configure.sh" "$1" "$2"
if ! diff -u "$before" "$config"; then
    echo "configure-kojo.cli is not idempotent: a second run changed standalone.xml (diff above)" >&2
    exit 1
fi
rm -f "$before"
echo "configure-kojo.cli is idempotent: a second run left standalone.xml unchanged"
