#!/usr/bin/env bash
# The month-end peak load test (./kojo loadtest, docs/benchmarks.md): builds Kojo and the Gatling simulation
# (Maven profile "load"), then runs the simulation against
#   1. one Kojo server it starts itself on PostgreSQL (port offset KOJO_LOAD_PORT_OFFSET), and
#   2. when ./kojo has the cluster command: the cluster with one node, then with two nodes (./kojo cluster start
#      --nodes N ... ./kojo cluster stop), through its balancer,
# each time with a fresh population of organisations (LoadPopulation: users, certificates from that Kojo's own CA,
# request lines), sampling every node's heap on its management interface while Gatling runs. Writes Gatling's HTML
# reports under ear/target/gatling/ and prints requests per second, 95th percentile, errors and heap for each run.
#
# Options: --organisations N (default 200) --ramp SECONDS (default 120) --only single|cluster
#          --target URL (no server started: the population goes into KOJO_LOAD_HOME / KOJO_LOAD_DB_URL)
# Environment: KOJO_LOAD_PORT_OFFSET (single server, default 650), KOJO_LOAD_DB_URL (single server's database,
# dropped and made anew, default jdbc:postgresql://127.0.0.1:5432/kojo_loadtest), KOJO_DB_USER / KOJO_DB_PASSWORD,
# and the cluster's own (KOJO_CLUSTER_HOME, KOJO_DB_URL, KOJO_CLUSTER_HTTPS_PORT, KOJO_CLUSTER_PORT_OFFSETS).
# The cluster is balanced by least connections here (KOJO_CLUSTER_BALANCE, default leastconn): all virtual users
# come from one address, which the cluster's default (source) would send to one node.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
wildfly="$root/wildfly-config/target/wildfly-39.0.1.Final"
work="$root/ear/target/load"
organisations=200
ramp=120
only=""
target=""
while [ $# -gt 0 ]; do
    case "$1" in
        --organisations) organisations=$2; shift 2 ;;
        --ramp) ramp=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --target) target=$2; shift 2 ;;
        *) echo "usage: ./kojo loadtest [--organisations N] [--ramp SECONDS] [--only single|cluster] [--target URL]" >&2
           exit 2 ;;
    esac
done
db_user=${KOJO_DB_USER:-postgres}
db_password=${KOJO_DB_PASSWORD:-postgres}
summary="$work/summary.txt"

echo "==> Building Kojo and the load test (Maven profiles postgresql, load)"
mvn -B -q -Ppostgresql,load verify -pl ear -am -DskipTests -DskipITs -Dgatling.skip=true
mkdir -p "$work"
classpath="$root/ear/target/test-classes:$(cat "$work/classpath.txt")"
: > "$summary"

# populate HOME DB_URL FOLDER: a fresh population of organisations in that Kojo.
populate() {
    rm -rf "$3"
    java -cp "$classpath" jp.kojo.load.LoadPopulation "$1" "$2" "$db_user" "$db_password" "$organisations" "$3"
}

# sample_heap FILE MANAGEMENT_PORT...: every 5 s, each node's used heap (WildFly's metrics subsystem), until killed.
sample_heap() {
    local file=$1
    shift
    while true; do
        for port in "$@"; do
            local used
            used=$(curl -s --max-time 3 "http://127.0.0.1:$port/metrics" | awk '/^base_memory_usedHeap_bytes/ {print $2}')
            [ -n "$used" ] && echo "$(date +%s) $port $used" >> "$file"
        done
        sleep 5
    done
}

# run_gatling LABEL BASE_URL POPULATION MANAGEMENT_PORT...: the simulation, the heap sampled meanwhile, the figures.
run_gatling() {
    local label=$1 url=$2 population=$3
    shift 3
    local results="$root/ear/target/gatling/$label" heap="$work/heap-$label.txt"
    rm -f "$heap"
    sample_heap "$heap" "$@" &
    local sampler=$!
    local load_before
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "==> Gatling against $label ($url): $organisations organisations, ramp ${ramp}s"
    local status=0
    mvn -B -Ppostgresql,load verify -pl ear -am -DskipTests -DskipITs -Dexec.skip=true \
        -Dkojo.load.baseUrl="$url" -Dkojo.load.population="$population" -Dkojo.load.label="$label" \
        -Dkojo.load.results="$results" -Dkojo.load.organisations="$organisations" -Dkojo.load.rampSeconds="$ramp" \
        > "$work/gatling-$label.log" 2>&1 || status=$?
    kill $sampler 2>/dev/null || true
    wait $sampler 2>/dev/null || true
    if [ $status -ne 0 ]; then
        echo "Gatling run $label failed (exit $status); see $work/gatling-$label.log" >&2
        tail -40 "$work/gatling-$label.log" >&2
    fi
    python3 "$root/ear/src/load/summarise.py" "$label" "$results" "$heap" | tee -a "$summary"
    echo "    load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$summary"
}

if [ -n "$target" ]; then
    home=${KOJO_LOAD_HOME:?KOJO_LOAD_HOME: the data folder of the Kojo at $target}
    populate "$home" "${KOJO_LOAD_DB_URL:?KOJO_LOAD_DB_URL: its database}" "$work/target-population"
    run_gatling target "$target" "$work/target-population"
    exit 0
fi

if [ "$only" != cluster ]; then
    offset=${KOJO_LOAD_PORT_OFFSET:-650}
    https=$((8443 + offset))
    management=$((9990 + offset))
    url=${KOJO_LOAD_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kojo_loadtest}
    home="$work/single-home"
    server="$work/single-server"
    echo "==> One Kojo server (port offset $offset: HTTPS $https, management $management) on $url"
    java -cp "$classpath" -Dit.https.port=$https -Dit.smtp.port=$((25 + offset + 3000)) jp.kojo.it.PrepareTestServer \
        "$wildfly" "$server" "$home" postgresql "$url" "$db_user" "$db_password"
    cp "$root/ear/target/kojo.ear" "$server/deployments/kojo.ear"
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$wildfly/bin/standalone.sh" -Djboss.server.base.dir="$server" \
        -Djboss.socket.binding.port-offset=$offset --properties="$home/server.properties" \
        > "$server/console.log" 2>&1 < /dev/null &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    until [ -f "$server/deployments/kojo.ear.deployed" ]; do
        if [ -f "$server/deployments/kojo.ear.failed" ] || ! kill -0 $pid 2>/dev/null; then
            echo "The server did not start; see $server/console.log" >&2
            exit 1
        fi
        sleep 2
    done
    populate "$home" "$url" "$work/single-population"
    run_gatling single "https://localhost:$https/kojo" "$work/single-population" $management
    echo "==> Stopping the single server"
    kill $pid
    wait $pid 2>/dev/null || true
    trap - EXIT
fi

if [ "$only" != single ]; then
    if ! grep -q 'cluster_start' "$root/kojo"; then
        echo "==> ./kojo has no cluster command on this branch: the load test ran against the single server only." \
            | tee -a "$summary"
    else
        cluster_home=${KOJO_CLUSTER_HOME:-$root/.kojo-cluster}
        cluster_url=${KOJO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/kojo_cluster}
        https=${KOJO_CLUSTER_HTTPS_PORT:-7443}
        offsets=(${KOJO_CLUSTER_PORT_OFFSETS:-1000 1100})
        export KOJO_CLUSTER_BALANCE=${KOJO_CLUSTER_BALANCE:-leastconn}
        for nodes in 1 2; do
            ports=()
            for ((i = 0; i < nodes; i++)); do ports+=($((9990 + offsets[i]))); done
            "$root/kojo" cluster start --nodes $nodes
            trap '"$root/kojo" cluster stop' EXIT
            populate "$cluster_home" "$cluster_url" "$work/cluster$nodes-population"
            run_gatling "cluster-$nodes-node" "https://localhost:$https/kojo" "$work/cluster$nodes-population" "${ports[@]}"
            "$root/kojo" cluster stop
            trap - EXIT
        done
    fi
fi

echo
echo "=== Month-end peak load test ($organisations organisations, ramp ${ramp}s): $(nproc) cores, $(date -u +%FT%TZ)"
cat "$summary"
