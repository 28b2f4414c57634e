#!/usr/bin/env bash
# Starts InsightX on this machine: PostgreSQL (embedded unless QUARKUS_DATASOURCE_JDBC_URL is set) and the four
# services, with a generated internal token. A service that dies (an OutOfMemoryError exits its JVM) is restarted,
# and the terminal says so. Ctrl-C, or deploy/local/down.sh, stops everything it started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/lib.sh"

data=${INSIGHTX_DATA_DIR:-$here/.data}
pg_port=${INSIGHTX_PG_PORT:-54320}
mkdir -p "$data/logs" "$data/datasets"
pids_file="$data/pids"

command -v java >/dev/null || fail "Java 17 or newer is needed (Debian: apt-get install openjdk-17-jdk-headless)."
command -v mvn >/dev/null || fail "Maven is needed (Debian: apt-get install maven)."
command -v curl >/dev/null || fail "curl is needed (Debian: apt-get install curl)."
[[ -s $pids_file ]] && fail "InsightX already runs from $data (deploy/local/down.sh stops it)."
for service in "${INSIGHTX_SERVICES[@]}"; do
    port=$(service_port "$service")
    port_busy "$port" && fail "Port $port, needed by $service, is taken."
done
ensure_python_sandbox

launcher_jar="$root/deploy/local/postgres-launcher/target/local-postgres-0.1.0-SNAPSHOT.jar"
stale=false
needs_build "$launcher_jar" "$root/pom.xml" "$root/deploy/local/postgres-launcher" && stale=true
for service in "${INSIGHTX_SERVICES[@]}"; do
    needs_build "$root/$service/target/quarkus-app/quarkus-run.jar" "$root/pom.xml" "$root/$service" && stale=true
done
if $stale; then
    say "Building (mvn package, tests skipped; the first build downloads dependencies)…"
    (cd "$root" && mvn -B -q package -DskipTests) || fail "The build failed."
fi

started=()
stop_all() {
    trap - INT TERM EXIT
    if ((${#started[@]})); then
        say "Stopping…"
        kill "${started[@]}" 2>/dev/null || true
        wait "${started[@]}" 2>/dev/null || true
    fi
    rm -f "$pids_file"
}
trap stop_all INT TERM EXIT

if [[ -z ${QUARKUS_DATASOURCE_JDBC_URL:-} ]]; then
    port_busy "$pg_port" && fail "Port $pg_port, for the embedded PostgreSQL, is taken (set INSIGHTX_PG_PORT)."
    say "Starting PostgreSQL on port $pg_port (data in $data/postgres)…"
    java -cp "$launcher_jar:$(dirname "$launcher_jar")/lib/*" io.insightx.launcher.LocalPostgres \
        "$data/postgres" "$pg_port" >"$data/logs/postgres.log" 2>&1 &
    started+=($!)
    echo "${started[*]}" >"$pids_file"
    deadline=$((SECONDS + 60))
    until grep -qs '^READY ' "$data/logs/postgres.log"; do
        kill -0 "${started[0]}" 2>/dev/null || fail "PostgreSQL did not start: see $data/logs/postgres.log"
        ((SECONDS < deadline)) || fail "PostgreSQL did not start within 60 s: see $data/logs/postgres.log"
        sleep 0.2
    done
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/insightx"
    export QUARKUS_DATASOURCE_USERNAME=postgres
    export QUARKUS_DATASOURCE_PASSWORD=""
fi

export INSIGHTX_INTERNAL_TOKEN=${INSIGHTX_INTERNAL_TOKEN:-$(internal_token "$data/internal-token")}
export INSIGHTX_STORAGE_DIR=${INSIGHTX_STORAGE_DIR:-$data/datasets}
for service in "${INSIGHTX_SERVICES[@]}"; do
    : >"$data/logs/$service.log"
    # shellcheck disable=SC2086 # INSIGHTX_JAVA_OPTS is a list of flags
    # shellcheck disable=SC2046 # service_env prints one NAME=VALUE a line, without spaces
    supervise "$service" "$data/logs/$service.log" env $(service_env "$service") java "${INSIGHTX_JVM_FLAGS[@]}" \
        ${INSIGHTX_JAVA_OPTS:--Xmx768m} -jar "$root/$service/target/quarkus-app/quarkus-run.jar" &
    started+=($!)
    echo "${started[*]}" >"$pids_file"
done

say "Waiting for the services to be ready…"
i=0
for service in "${INSIGHTX_SERVICES[@]}"; do
    pid=${started[$((${#started[@]} - ${#INSIGHTX_SERVICES[@]} + i))]}
    i=$((i + 1))
    port=$(service_port "$service")
    wait_ready "http://localhost:$port/q/health/ready" 120 "$pid" \
        || fail "$service is not ready: see $data/logs/$service.log"
done

api="http://localhost:$(service_port orchestrator-service)"
demo="$root/sql-tool-service/src/test/resources/datasets/seattle-weather.csv"
if [[ ! -s $data/demo-session ]] || ! curl -fsS -o /dev/null "$api/api/sessions/$(cat "$data/demo-session")"; then
    new_session_with "$api" "$demo" >"$data/demo-session"
fi
say "InsightX is running: $api/?session=$(cat "$data/demo-session")"
say "Demo session $(cat "$data/demo-session") holds seattle-weather.csv. Try:"
say "  deploy/local/ask.sh \"average temp_max by weather\""
say "Logs: $data/logs/  ·  API: $api/q/openapi  ·  stop: Ctrl-C or deploy/local/down.sh"
wait
