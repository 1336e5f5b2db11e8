#!/usr/bin/env bash
# Kojo's two commands.
#   ./kojo run    build, provision and configure WildFly, deploy Kojo with demo data, print the logins; Ctrl-C stops
#   ./kojo test   the whole test suite (unit, Arquillian, browser) against H2; add -Ppostgresql for PostgreSQL
#   ./kojo loadtest   the month-end peak load test (Gatling) against one server and the cluster (docs/benchmarks.md)
# Environment: KOJO_HOME (data folder, default ./.kojo), KOJO_DB=h2|postgresql, KOJO_DB_URL, KOJO_DB_USER,
# KOJO_DB_PASSWORD (PostgreSQL connection for ./kojo run), KOJO_CLOCK_FIXED / KOJO_CLOCK_OFFSET (move Kojo's
# clock, e.g. KOJO_CLOCK_OFFSET=P2D, to try the organisations' screens outside the service hours).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
wildfly_version=39.0.1.Final
wildfly="$root/wildfly-config/target/wildfly-$wildfly_version"

# Debian packages the browser tests use; installed only when missing.
ensure_test_packages() {
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    command -v certutil >/dev/null || missing+=(libnss3-tools)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    # Not grep -q: it would stop reading early, fc-list would die of SIGPIPE and pipefail call the font missing.
    fc-list 2>/dev/null | grep IPAex >/dev/null || missing+=(fonts-ipaexfont)
    if ((${#missing[@]})); then
        echo "Installing from Debian: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

run() {
    local home=${KOJO_HOME:-$root/.kojo}
    local db=${KOJO_DB:-h2}
    local profile=()
    local url user password
    if [ "$db" = postgresql ]; then
        profile=(-Ppostgresql)
        url=${KOJO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kojo}
        user=${KOJO_DB_USER:-postgres}
        password=${KOJO_DB_PASSWORD:-postgres}
    else
        # Embedded only: no AUTO_SERVER, so H2 opens no network port (the tests' own database does, for their SQL).
        url="jdbc:h2:file:$home/db/kojo;MODE=LEGACY"
        user=sa
        password=sa
    fi
    # The data folder holds the database, the CA and server keys, the demo certificates and the reports:
    # everything Kojo creates under it is its owner's only.
    umask 077
    mkdir -p "$home"
    chmod 700 "$home"
    home=$(cd "$home" && pwd)

    echo "==> Building Kojo and provisioning WildFly $wildfly_version (first run takes a few minutes)"
    mvn -B -q "${profile[@]}" install -DskipTests -DskipITs
    echo "==> Key material under $home"
    mvn -B -q -pl ejb exec:java -Dexec.classpathScope=compile -Dexec.mainClass=jp.kojo.certificate.control.KeyMaterialSetup -Dexec.args="$home"

    # The server's own base dir: configuration refreshed from the configured template at every start,
    # data, logs and the demo database kept.
    local server="$home/server"
    rm -rf "$server/configuration"
    mkdir -p "$server/deployments" "$home/interchange/inbox" "$home/interchange/reports"
    cp -r "$wildfly/standalone/configuration" "$server/configuration"
    rm -rf "$server/configuration/standalone_xml_history"
    rm -f "$server/deployments/"kojo.ear.*
    cp "$root/ear/target/kojo.ear" "$server/deployments/kojo.ear"
    # Sample request files for the batch administrator to load (kept if already there).
    cp -n "$root"/docs/samples/* "$home/interchange/inbox/" 2>/dev/null || true

    local management_password_file="$home/management-password.txt"
    if [ ! -f "$management_password_file" ]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$management_password_file")
    fi
    local management_password
    management_password=$(cat "$management_password_file")
    "$wildfly/bin/add-user.sh" -sc "$server/configuration" -u admin -p "$management_password" -s >/dev/null

    {
        cat "$home/kojo.properties"
        echo "kojo.home=$home"
        echo "kojo.db.driver=$db"
        echo "kojo.db.url=$url"
        echo "kojo.db.user=$user"
        echo "kojo.db.password=$password"
        echo "kojo.demo=true"
        # Named in the certificates Kojo issues (CRL distribution point); set the address users reach.
        echo "kojo.crl.url=${KOJO_CRL_URL:-https://localhost:8443/kojo/public/kojo.crl}"
        # To try the organisations' screens outside the service hours (see docs/operations.md).
        [ -n "${KOJO_CLOCK_FIXED:-}" ] && echo "kojo.clock.fixed=$KOJO_CLOCK_FIXED"
        [ -n "${KOJO_CLOCK_OFFSET:-}" ] && echo "kojo.clock.offset=$KOJO_CLOCK_OFFSET"
        true
    } > "$home/server.properties"
    chmod 600 "$home/server.properties"

    echo "==> Starting WildFly"
    # LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh passes our TERM on to the server JVM.
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$wildfly/bin/standalone.sh" -Djboss.server.base.dir="$server" --properties="$home/server.properties" \
        > "$server/console.log" 2>&1 &
    local pid=$!
    trap 'echo; echo "==> Stopping Kojo"; kill $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0' INT TERM

    until [ -f "$server/deployments/kojo.ear.deployed" ] || [ -f "$server/deployments/kojo.ear.failed" ]; do
        if ! kill -0 $pid 2>/dev/null; then
            echo "WildFly stopped; see $server/console.log" >&2
            exit 1
        fi
        sleep 1
    done
    if [ -f "$server/deployments/kojo.ear.failed" ]; then
        echo "Deployment failed:" >&2
        cat "$server/deployments/kojo.ear.failed" >&2
        kill $pid
        exit 1
    fi

    cat <<TXT

============================================================================================
 Kojo is running.   Kojo が起動しました。

 Log in:             https://localhost:8443/kojo/
 Server console:     http://localhost:9990/   (user admin, password $management_password)
 Kojo's CA (trust):  $home/tls/kojo-ca.crt
 Logs:               $server/log/server.log and $server/log/kojo.log
 Database:           $url

 Import a user's certificate file (.p12) into your browser, trust Kojo's CA, then log in with
 that user's login id and password.
TXT
    sed 's/^/ /' "$home/demo/credentials.txt"
    echo "============================================================================================"
    echo " Ctrl-C stops the server."
    wait $pid
}

case "${1:-}" in
    run)
        shift
        run "$@"
        ;;
    loadtest)
        shift
        exec "$root/ear/src/load/run-load-test.sh" "$@"
        ;;
    test)
        shift
        ensure_test_packages
        exec mvn -B verify "$@"
        ;;
    *)
        echo "usage: ./kojo run | ./kojo test [-Ppostgresql] | ./kojo loadtest" >&2
        exit 2
        ;;
esac
