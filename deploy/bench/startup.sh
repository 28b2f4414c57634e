#!/usr/bin/env bash
# The orchestrator's startup: seconds from `java -jar` to ready, then to its optional parts loaded (WordNet and the
# sentence-embeddings model load in the background: the readiness check says "loading" until they have), and its
# resident memory at both points. Starts its own PostgreSQL; prints the figures; asserts nothing.
# Usage: deploy/bench/startup.sh [quarkus-run.jar]  (default: this checkout's orchestrator; RUNS=3 starts)
# Ports: ORCHESTRATOR_PORT (8080) and INSIGHTX_PG_PORT (54320), so that two checkouts can be measured side by side.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
jar=${1:-$bench_root/orchestrator-service/target/quarkus-app/quarkus-run.jar}
port=${ORCHESTRATOR_PORT:-8080}
pg_port=${INSIGHTX_PG_PORT:-54320}
[[ $# -gt 0 ]] || ensure_built orchestrator-service
port_busy "$port" && fail "Port $port is taken (set ORCHESTRATOR_PORT)."
port_busy "$pg_port" && fail "Port $pg_port is taken (set INSIGHTX_PG_PORT)."

launcher="$bench_root/deploy/local/postgres-launcher/target/local-postgres-0.1.0-SNAPSHOT.jar"
[[ -f $launcher ]] || (cd "$bench_root" && mvn -B -q package -DskipTests -pl deploy/local/postgres-launcher) \
    || fail "build of the PostgreSQL launcher failed"
data=$(mktemp -d /tmp/bench-startup.XXXXXX)
java -cp "$launcher:$(dirname "$launcher")/lib/*" io.insightx.launcher.LocalPostgres "$data/postgres" "$pg_port" \
    >"$data/postgres.log" 2>&1 &
pg=$!
orchestrator=''
trap 'kill $orchestrator $pg 2>/dev/null; wait $orchestrator $pg 2>/dev/null; rm -rf "$data"' EXIT
until grep -qs '^READY ' "$data/postgres.log"; do
    kill -0 $pg 2>/dev/null || fail "PostgreSQL did not start: $data/postgres.log"
    sleep 0.2
done

rss_mb() {
    awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

now() {
    date +%s.%N
}

seconds() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'
}

for run in $(seq "${RUNS:-3}"); do
    start=$(now)
    QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/insightx" \
        QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD='' INSIGHTX_AGENTS_MODE=offline \
        INSIGHTX_INTERNAL_TOKEN=bench java -Xmx768m -jar "$jar" >"$data/orchestrator-$run.log" 2>&1 &
    orchestrator=$!
    wait_ready "http://localhost:$port/q/health/ready" 120 "$orchestrator" || fail "not ready: $data/orchestrator-$run.log"
    ready=$(now)
    ready_rss=$(rss_mb "$orchestrator")
    while curl -fsS "http://localhost:$port/q/health/ready" | grep -q '"loading"'; do
        sleep 0.1
    done
    loaded=$(now)
    health=$(curl -fsS "http://localhost:$port/q/health/ready" | python3 -c 'import json, sys
print(json.dumps(next((c.get("data", {}) for c in json.load(sys.stdin)["checks"] if c["name"] == "offline-analyst"), {})))')
    printf 'run %d: ready %s s, RSS %s MB; optional parts loaded %s s, RSS %s MB  %s\n' "$run" \
        "$(seconds "$start" "$ready")" "$ready_rss" "$(seconds "$start" "$loaded")" "$(rss_mb "$orchestrator")" "$health"
    kill "$orchestrator"
    wait "$orchestrator" 2>/dev/null || true
    orchestrator=''
done
