#!/usr/bin/env bash
# Kojo's two commands.
#   ./kojo run    build, provision and configure WildFly, deploy Kojo with demo data, print the logins; Ctrl-C stops
#   ./kojo cluster [start [--nodes 1|2] | stop]   HAProxy and two (or one) Kojo nodes on PostgreSQL, in the
#                 background; prints the URL to open; "stop" stops them (see README and docs/operations.md)
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
        ensure_debian_packages "${missing[@]}"
    fi
}

ensure_debian_packages() {
    echo "Installing from Debian: $*"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# --- Shared by ./kojo run and ./kojo cluster: one data folder, one way to prepare a server ------------------

# prepare_data_folder HOME DB URL USER PASSWORD CRL_URL: the data folder's key material (CA, server key, credential
# store), the sample request files, the management password and the server's start-up properties.
# Sets management_password.
prepare_data_folder() {
    local home=$1 db=$2 url=$3 user=$4 password=$5 crl_url=$6
    echo "==> Key material under $home"
    mvn -B -q -pl ejb exec:java -Dexec.classpathScope=compile -Dexec.mainClass=jp.kojo.certificate.control.KeyMaterialSetup -Dexec.args="$home"
    mkdir -p "$home/interchange/inbox" "$home/interchange/reports"
    # Sample request files for the batch administrator to load (kept if already there).
    cp -n "$root"/docs/samples/* "$home/interchange/inbox/" 2>/dev/null || true
    local management_password_file="$home/management-password.txt"
    if [ ! -f "$management_password_file" ]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$management_password_file")
    fi
    management_password=$(cat "$management_password_file")
    {
        cat "$home/kojo.properties"
        echo "kojo.home=$home"
        echo "kojo.db.driver=$db"
        echo "kojo.db.url=$url"
        echo "kojo.db.user=$user"
        echo "kojo.db.password=$password"
        echo "kojo.demo=true"
        # Named in the certificates Kojo issues (CRL distribution point); set the address users reach.
        echo "kojo.crl.url=$crl_url"
        [ -n "${KOJO_SMTP_HOST:-}" ] && echo "kojo.smtp.host=$KOJO_SMTP_HOST"
        [ -n "${KOJO_SMTP_PORT:-}" ] && echo "kojo.smtp.port=$KOJO_SMTP_PORT"
        # To try the organisations' screens outside the service hours (see docs/operations.md).
        [ -n "${KOJO_CLOCK_FIXED:-}" ] && echo "kojo.clock.fixed=$KOJO_CLOCK_FIXED"
        [ -n "${KOJO_CLOCK_OFFSET:-}" ] && echo "kojo.clock.offset=$KOJO_CLOCK_OFFSET"
        true
    } > "$home/server.properties"
    chmod 600 "$home/server.properties"
}

# prepare_server BASE_DIR: a server base dir with the configured template's configuration (refreshed at every
# start; data, logs and the database kept), Kojo's EAR and the management user.
prepare_server() {
    local server=$1
    rm -rf "$server/configuration"
    mkdir -p "$server/deployments"
    cp -r "$wildfly/standalone/configuration" "$server/configuration"
    rm -rf "$server/configuration/standalone_xml_history"
    rm -f "$server/deployments/"kojo.ear.*
    cp "$root/ear/target/kojo.ear" "$server/deployments/kojo.ear"
    "$wildfly/bin/add-user.sh" -sc "$server/configuration" -u admin -p "$management_password" -s >/dev/null
}

# wait_deployed SERVER_DIR PID: until Kojo is deployed there; fails if the deployment failed or WildFly stopped.
wait_deployed() {
    local server=$1 pid=$2
    until [ -f "$server/deployments/kojo.ear.deployed" ] || [ -f "$server/deployments/kojo.ear.failed" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "WildFly stopped; see $server/console.log" >&2
            return 1
        fi
        sleep 1
    done
    if [ -f "$server/deployments/kojo.ear.failed" ]; then
        echo "Deployment failed:" >&2
        cat "$server/deployments/kojo.ear.failed" >&2
        return 1
    fi
}

# A new data folder is its owner's only: the database, the CA and server keys, the demo certificates, the reports.
make_home() {
    mkdir -p "$1"
    chmod 700 "$1"
    (cd "$1" && pwd)
}

build() {
    if [ "${KOJO_BUILD:-yes}" = no ]; then
        return
    fi
    echo "==> Building Kojo and provisioning WildFly $wildfly_version (first run takes a few minutes)"
    mvn -B -q "$@" install -DskipTests -DskipITs
}

run() {
    local db=${KOJO_DB:-h2}
    local profile=()
    local url user password home
    umask 077
    home=$(make_home "${KOJO_HOME:-$root/.kojo}")
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
    build "${profile[@]}"
    prepare_data_folder "$home" "$db" "$url" "$user" "$password" \
        "${KOJO_CRL_URL:-https://localhost:8443/kojo/public/kojo.crl}"
    local server="$home/server"
    prepare_server "$server"

    echo "==> Starting WildFly"
    # LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh passes our TERM on to the server JVM.
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$wildfly/bin/standalone.sh" -Djboss.server.base.dir="$server" --properties="$home/server.properties" \
        > "$server/console.log" 2>&1 &
    local pid=$!
    trap 'echo; echo "==> Stopping Kojo"; kill $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0' INT TERM
    if ! wait_deployed "$server" $pid; then
        kill $pid 2>/dev/null
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

# --- ./kojo cluster: HAProxy and N WildFly nodes (standalone-ha.xml) on one PostgreSQL, one shared data folder ---
# Environment: KOJO_CLUSTER_HOME (the shared data folder, default ./.kojo-cluster), KOJO_DB_URL / KOJO_DB_USER /
# KOJO_DB_PASSWORD (default jdbc:postgresql://127.0.0.1:5432/kojo_cluster, created when missing),
# KOJO_CLUSTER_HTTPS_PORT (the balancer, default 7443), KOJO_CLUSTER_PORT_OFFSETS (each node's WildFly port
# offset, default "1000 1100"), KOJO_CLUSTER_BALANCE (HAProxy's balance algorithm, default source).
cluster_home() {
    make_home "${KOJO_CLUSTER_HOME:-$root/.kojo-cluster}"
}

cluster_start() {
    local nodes=2
    while [ $# -gt 0 ]; do
        case "$1" in
            --nodes) nodes=$2; shift 2 ;;
            --nodes=*) nodes=${1#--nodes=}; shift ;;
            *) echo "usage: ./kojo cluster start [--nodes 1|2]" >&2; exit 2 ;;
        esac
    done
    local offsets=(${KOJO_CLUSTER_PORT_OFFSETS:-1000 1100})
    if [ "$nodes" -lt 1 ] || [ "$nodes" -gt ${#offsets[@]} ]; then
        echo "--nodes: 1 to ${#offsets[@]} (one port offset each in KOJO_CLUSTER_PORT_OFFSETS)" >&2
        exit 2
    fi
    local packages=()
    command -v haproxy >/dev/null || packages+=(haproxy)
    command -v socat >/dev/null || packages+=(socat)
    ((${#packages[@]} == 0)) || ensure_debian_packages "${packages[@]}"
    local https=${KOJO_CLUSTER_HTTPS_PORT:-7443}
    local url=${KOJO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kojo_cluster}
    local user=${KOJO_DB_USER:-postgres}
    local password=${KOJO_DB_PASSWORD:-postgres}
    local home
    umask 077
    home=$(cluster_home)
    if [ -f "$home/balancer/haproxy.pid" ] && kill -0 "$(cat "$home/balancer/haproxy.pid")" 2>/dev/null; then
        echo "The cluster of $home is running; ./kojo cluster stop first." >&2
        exit 1
    fi
    build -Ppostgresql
    create_database "$url" "$user" "$password"
    # The certificates Kojo issues name the CRL at the address users open: the balancer's.
    prepare_data_folder "$home" postgresql "$url" "$user" "$password" \
        "${KOJO_CRL_URL:-https://localhost:$https/kojo/public/kojo.crl}"

    # Every node knows every member's JGroups TCP port (7600 + its offset): discovery without multicast.
    local members=()
    local i
    for i in "${!offsets[@]}"; do
        members+=("-Dkojo.cluster.member$((i + 1)).port=$((7600 + offsets[i]))")
    done
    start_balancer "$home" "$https" "$nodes" "${offsets[@]}"
    # One node after the other: the first migrates the database and lays out the demo data alone.
    for ((i = 1; i <= nodes; i++)); do
        local server="$home/node$i" offset=${offsets[i - 1]}
        prepare_server "$server"
        echo "==> Starting node $i (port offset $offset: HTTPS $((8443 + offset)), management $((9990 + offset)))"
        JBOSS_PIDFILE="$server/wildfly.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 nohup "$wildfly/bin/standalone.sh" \
            -c standalone-ha.xml -Djboss.server.base.dir="$server" -Djboss.node.name="node$i" -Djboss.tx.node.id="node$i" \
            -Djboss.socket.binding.port-offset="$offset" "${members[@]}" --properties="$home/server.properties" \
            > "$server/console.log" 2>&1 < /dev/null &
        echo $! > "$server/launcher.pid"
        if ! wait_deployed "$server" $!; then
            cluster_stop
            exit 1
        fi
    done
    # Until HAProxy has every node in service (two good health checks): a client's node (by source address) is
    # then the one it keeps.
    echo "==> Waiting for the balancer to put $nodes node(s) in service"
    local tries up=0
    for tries in $(seq 1 60); do
        up=$(echo "show stat" | socat - "UNIX-CONNECT:$home/balancer/admin.sock" \
            | awk -F, '$1 == "kojo_nodes" && $2 ~ /^node/ && $18 == "UP"' | wc -l)
        [ "$up" -ge "$nodes" ] && curl -sk -o /dev/null --max-time 5 "https://localhost:$https/kojo/public/login.xhtml" && break
        sleep 1
    done
    if [ "$up" -lt "$nodes" ]; then
        echo "HAProxy has only $up of $nodes node(s) in service; see $home/balancer/haproxy.log" >&2
        cluster_stop
        exit 1
    fi

    cat <<TXT

============================================================================================
 Kojo's cluster is running: HAProxy and $nodes node(s).   Kojo クラスタが起動しました。

 Log in:             https://localhost:$https/kojo/
TXT
    for ((i = 1; i <= nodes; i++)); do
        echo " Node $i console:     http://localhost:$((9990 + offsets[i - 1]))/   (user admin, password $management_password)"
    done
    cat <<TXT
 Balancer:           $home/balancer/haproxy.cfg, admin socket $home/balancer/admin.sock
 Kojo's CA (trust):  $home/tls/kojo-ca.crt
 Logs:               $home/node*/log/server.log and kojo.log
 Database:           $url

 Import a user's certificate file (.p12) into your browser, trust Kojo's CA, then log in with
 that user's login id and password.
TXT
    sed 's/^/ /' "$home/demo/credentials.txt"
    echo "============================================================================================"
    echo " ./kojo cluster stop stops the balancer and the nodes."
}

# create_database JDBC_URL USER PASSWORD: the cluster's PostgreSQL database, made when missing.
create_database() {
    local hostport=${1#jdbc:postgresql://}
    hostport=${hostport%%/*}
    local name=${1##*/}
    name=${name%%\?*}
    local host=${hostport%%:*} port=5432
    [ "$hostport" != "$host" ] && port=${hostport##*:}
    if ! PGPASSWORD=$3 psql -h "$host" -p "$port" -U "$2" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep 1 >/dev/null; then
        echo "==> Creating database $name"
        PGPASSWORD=$3 psql -h "$host" -p "$port" -U "$2" -d postgres -qc "CREATE DATABASE \"$name\""
    fi
}

# start_balancer HOME HTTPS_PORT NODES OFFSET...: HAProxy in TCP mode, passing TLS through to the nodes (each node
# sees the user's client certificate as it does alone); a client stays on one node (by source address), a node is
# in service while Kojo's readiness (/kojo/health/ready over TLS, no certificate: deployed and its database
# answering) is 200; a suspended WildFly answers 503 to it, so :suspend takes a node out.
start_balancer() {
    local home=$1 https=$2 nodes=$3
    shift 3
    local offsets=("$@")
    local dir="$home/balancer"
    mkdir -p "$dir"
    {
        cat <<CFG
# Written by ./kojo cluster at every start.
global
    stats socket $dir/admin.sock mode 600 level admin
    log stdout format raw local0 info

defaults
    mode tcp
    log global
    option tcplog
    timeout connect 3s
    timeout client 10m
    timeout server 10m
    # A node that refuses the connection: try again, then on another node.
    retries 2
    option redispatch

frontend kojo
    bind :$https
    default_backend kojo_nodes

backend kojo_nodes
    balance ${KOJO_CLUSTER_BALANCE:-source}
    hash-type consistent
    option httpchk GET /kojo/health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2 on-marked-down shutdown-sessions
CFG
        local i
        for ((i = 1; i <= nodes; i++)); do
            echo "    server node$i 127.0.0.1:$((8443 + offsets[i - 1])) check check-ssl verify none"
        done
    } > "$dir/haproxy.cfg"
    haproxy -c -q -f "$dir/haproxy.cfg"
    echo "==> Starting HAProxy on port $https"
    nohup haproxy -f "$dir/haproxy.cfg" > "$dir/haproxy.log" 2>&1 < /dev/null &
    local pid=$!
    echo $pid > "$dir/haproxy.pid"
    sleep 1
    if ! kill -0 $pid 2>/dev/null; then
        cat "$dir/haproxy.log" >&2
        exit 1
    fi
}

# Stops what cluster_start started, from its pid files: the balancer, then every node (TERM, then KILL after 60 s).
cluster_stop() {
    local home pidfile pid
    home=$(cluster_home)
    for pidfile in "$home/balancer/haproxy.pid" "$home"/node*/wildfly.pid "$home"/node*/launcher.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        # Only a process of this cluster (its command line names the cluster's folder): a stale pid file's number
        # may belong to another process by now.
        if kill -0 "$pid" 2>/dev/null && ps -o args= -p "$pid" | grep -F -- "$home" >/dev/null; then
            echo "==> Stopping $(basename "$(dirname "$pidfile")") (pid $pid)"
            kill "$pid" 2>/dev/null || true
            local waited
            for waited in $(seq 1 60); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 1
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$pidfile"
    done
}

case "${1:-}" in
    run)
        shift
        run "$@"
        ;;
    cluster)
        shift
        case "${1:-start}" in
            start) shift || true; cluster_start "$@" ;;
            stop) cluster_stop ;;
            *) echo "usage: ./kojo cluster [start [--nodes 1|2] | stop]" >&2; exit 2 ;;
        esac
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
    bench-import)
        # docs/benchmarks.md §4: the request-file job in a server of its own (PostgreSQL database kojo_bench,
        # dropped and made anew; -Xmx512m; ports offset 700) against COPY. Extra arguments go to Maven, e.g.
        # -Dbench.lines=100000 or other ports.
        shift
        exec mvn -B verify -pl ear -am -Ppostgresql \
            -Dkojo.it.db.url="${KOJO_BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kojo_bench}" \
            -Dit.server.xmx=512m -Dit.port.offset=700 -Dit.https.port=9143 -Dit.management.port=10690 \
            -Dit.smtp.port=3125 -Dit.home="$root/ear/target/bench-home" -Dit.server="$root/ear/target/bench-server" \
            -Dit.test=ImportSpeedBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false \
            -Dfailsafe.failIfNoSpecifiedTests=false "$@"
        ;;
    *)
        echo "usage: ./kojo run | ./kojo cluster [start [--nodes 1|2] | stop] | ./kojo test [-Ppostgresql] | ./kojo bench-import [-Dbench.lines=N] | ./kojo loadtest" >&2
        exit 2
        ;;
esac
