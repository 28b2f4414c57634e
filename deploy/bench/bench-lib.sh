# Shared by the benchmark scripts. Sourced, never run.
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$bench_root/deploy/local/lib.sh"

# The 3-million-row flights file: from ../shared/data when it is there, else from the vega-datasets npm package.
flights_parquet() {
    local shared="$bench_root/../shared/data/flights-3m.parquet"
    if [[ -f $shared ]]; then
        echo "$shared"
        return
    fi
    local cache="$bench_root/deploy/bench/.data"
    if [[ ! -f $cache/package/data/flights-3m.parquet ]]; then
        mkdir -p "$cache"
        (cd "$cache" && npm pack vega-datasets@3.2.1 --silent >/dev/null && tar xzf vega-datasets-3.2.1.tgz)
    fi
    echo "$cache/package/data/flights-3m.parquet"
}

# Builds the jars when missing or stale, like up.sh does.
ensure_built() {
    local service
    for service in "$@"; do
        if needs_build "$bench_root/$service/target/quarkus-app/quarkus-run.jar" "$bench_root/pom.xml" "$bench_root/$service"; then
            (cd "$bench_root" && mvn -B -q package -DskipTests -pl "$service") || fail "build of $service failed"
        fi
    done
}

# Starts a service jar with extra environment (NAME=VALUE…), waits until ready, and stops it when the script exits.
start_service() {
    local service=$1
    shift
    local port
    port=$(service_port "$service")
    port_busy "$port" && fail "Port $port is taken: stop what runs there (deploy/local/down.sh) first."
    env "$@" java -Xmx1g -jar "$bench_root/$service/target/quarkus-app/quarkus-run.jar" >"/tmp/bench-$service.log" 2>&1 &
    local pid=$!
    trap "kill $pid 2>/dev/null; wait $pid 2>/dev/null" EXIT
    wait_ready "http://localhost:$port/q/health/ready" 120 "$pid" || fail "$service did not start: /tmp/bench-$service.log"
}

# Uses the running deploy/local stack, or starts one (stopped when the script exits). Sets started_here and api.
use_local_stack() {
    started_here=false
    api="http://localhost:$(service_port orchestrator-service)"
    curl -fsS -o /dev/null "$api/q/health/ready" 2>/dev/null && return 0
    "$bench_root/deploy/local/up.sh" >/tmp/bench-up.log 2>&1 &
    local up=$!
    started_here=true
    trap "kill $up 2>/dev/null; wait $up 2>/dev/null" EXIT
    wait_ready "$api/q/health/ready" 600 "$up" || fail "the stack did not start: /tmp/bench-up.log"
    until [[ -s "$bench_root/deploy/local/.data/demo-session" ]]; do sleep 0.5; done
}

# wrk, from Debian, for latency measured with a lean HTTP client.
ensure_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null && return 0
    fi
    fail "wrk is needed (Debian: apt-get install wrk)."
}
