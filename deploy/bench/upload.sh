#!/usr/bin/env bash
# Upload + Data DNA of a generated CSV (MB=200 by default) through the orchestrator, which streams it on to
# sql-tool, against sql-tool alone; and the orchestrator's resident memory before, at its peak and after (it must
# not grow with the file). Starts its own PostgreSQL, sql-tool and orchestrator on ports BASE..BASE+2
# (BASE=18580 by default) and stops them afterwards. The orchestrator gets a heap smaller than the file
# (ORCHESTRATOR_HEAP=128m): a whole-file buffer could not fit. Prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built sql-tool-service orchestrator-service
launcher_jar="$bench_root/deploy/local/postgres-launcher/target/local-postgres-0.1.0-SNAPSHOT.jar"
if needs_build "$launcher_jar" "$bench_root/pom.xml" "$bench_root/deploy/local/postgres-launcher"; then
    (cd "$bench_root" && mvn -B -q package -DskipTests -pl deploy/local/postgres-launcher) || fail "launcher build failed"
fi
base=${BASE:-18580}
pg_port=$base sql_port=$((base + 1)) api_port=$((base + 2))
for port in $pg_port $sql_port $api_port; do
    port_busy "$port" && fail "Port $port is taken (set BASE)."
done
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

java -cp "$launcher_jar:$(dirname "$launcher_jar")/lib/*" io.insightx.launcher.LocalPostgres "$work/pg" "$pg_port" \
    >"$work/postgres.log" 2>&1 &
pids+=($!)
until grep -qs '^READY ' "$work/postgres.log"; do
    kill -0 "${pids[0]}" 2>/dev/null || fail "PostgreSQL did not start: $(tail -5 "$work/postgres.log")"
    sleep 0.2
done
token=bench-upload
QUARKUS_HTTP_PORT=$sql_port INSIGHTX_STORAGE_DIR="$work/datasets" INSIGHTX_INTERNAL_TOKEN=$token \
    java -Xmx1g -jar "$bench_root/sql-tool-service/target/quarkus-app/quarkus-run.jar" >"$work/sql-tool.log" 2>&1 &
pids+=($!)
QUARKUS_HTTP_PORT=$api_port INSIGHTX_INTERNAL_TOKEN=$token INSIGHTX_AGENTS_MODE=offline \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/insightx" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_REST_CLIENT_SQL_TOOL_URL="http://localhost:$sql_port" \
    java -Xmx"${ORCHESTRATOR_HEAP:-128m}" -jar "$bench_root/orchestrator-service/target/quarkus-app/quarkus-run.jar" >"$work/orchestrator.log" 2>&1 &
orchestrator=$!
pids+=($orchestrator)
wait_ready "http://localhost:$sql_port/q/health/ready" 120 "${pids[1]}" || fail "sql-tool did not start"
wait_ready "http://localhost:$api_port/q/health/ready" 120 "$orchestrator" || fail "orchestrator did not start: $(tail -5 "$work/orchestrator.log")"
java "$bench_root/deploy/bench/UploadBench.java" "http://localhost:$api_port" "http://localhost:$sql_port" "$token" \
    "$orchestrator" "${MB:-200}" "${RUNS:-3}"
