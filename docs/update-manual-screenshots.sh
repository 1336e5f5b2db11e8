#!/usr/bin/env bash
# Copies the screenshots the browser tests took (ear/target/screenshots/) into the manuals
# (web/src/main/webapp/resources/manual/) under the stable names the manual sources use.
# Run after `mvn verify` (or ./kojo test), look at the images, then commit them.
#   docs/update-manual-screenshots.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
from="$root/ear/target/screenshots"
to="$root/web/src/main/webapp/resources/manual"
mkdir -p "$to"

# stable name, then the names the browser tests have used for it, newest first
copy() {
    local target=$1; shift
    for name in "$@"; do
        if [ -f "$from/$name" ]; then
            cp "$from/$name" "$to/$target"
            echo "$target <- $name"
            return
        fi
    done
    echo "$target: no screenshot found (looked for: $*); left as it is" >&2
}

copy login.png          login.png portal-login.png
copy menu.png           menu.png 01-home.png
copy deduction-list.png deduction-list.png 02-list.png
copy batch-jobs.png     batch-jobs.png 05-batch-jobs.png
copy collective-statement.png collective-statement-01.png
