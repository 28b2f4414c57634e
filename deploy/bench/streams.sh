#!/usr/bin/env bash
# How many open chat streams one orchestrator holds with heartbeats flowing, and the memory each costs.
# One question waits forever on an LLM that never answers (a local stand-in), and N clients follow its live
# event stream (GET /api/chats/{id}/events); the script reports connections held, heartbeats seen, errors, and the
# orchestrator's resident memory before and after. Starts its own stack; prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
streams=${STREAMS:-10000}
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
curl -fsS -o /dev/null http://localhost:8080/q/health/ready 2>/dev/null && fail "Stop the running stack first (deploy/local/down.sh)."
silent_port=18099
java "$bench_root/deploy/bench/SilentLlm.java" "$silent_port" >/tmp/bench-silent-llm.log 2>&1 &
silent=$!
export INSIGHTX_AGENTS_MODE=llm
export QUARKUS_REST_CLIENT_KEY_MANAGER_URL="http://127.0.0.1:$silent_port"
export INSIGHTX_LIMITS_HEARTBEAT_SECONDS=5
export INSIGHTX_JAVA_OPTS="-Xmx1g"
"$bench_root/deploy/local/up.sh" >/tmp/bench-up.log 2>&1 &
up=$!
trap 'kill $up $silent 2>/dev/null; wait $up 2>/dev/null' EXIT
wait_ready http://localhost:8080/q/health/ready 600 "$up" || fail "the stack did not start: /tmp/bench-up.log"
until [[ -s "$bench_root/deploy/local/.data/demo-session" ]]; do sleep 0.5; done
orchestrator_pid=$(awk '{print $NF}' "$bench_root/deploy/local/.data/pids")
java -Xmx2g "$bench_root/deploy/bench/StreamsBench.java" http://localhost:8080 \
    "$(cat "$bench_root/deploy/local/.data/demo-session")" "$streams" "$orchestrator_pid"
