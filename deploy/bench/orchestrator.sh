#!/usr/bin/env bash
# The whole stack: time to the first event and to `done` of questions answered by the offline analyst over
# seattle-weather.csv, through POST /api/chat/stream. Uses a running deploy/local stack, or starts one and stops
# it afterwards. Prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
started_here=false
if ! curl -fsS -o /dev/null http://localhost:8080/q/health/ready 2>/dev/null; then
    "$bench_root/deploy/local/up.sh" >/tmp/bench-up.log 2>&1 &
    up=$!
    started_here=true
    trap 'kill $up 2>/dev/null; wait $up 2>/dev/null' EXIT
    wait_ready http://localhost:8080/q/health/ready 600 "$up" || fail "the stack did not start: /tmp/bench-up.log"
    until [[ -s "$bench_root/deploy/local/.data/demo-session" ]]; do sleep 0.5; done
fi
session=$(new_session_with http://localhost:8080 "$bench_root/sql-tool-service/src/test/resources/datasets/seattle-weather.csv")
java "$bench_root/deploy/bench/ChatBench.java" http://localhost:8080 "$session" "${RUNS:-40}"
$started_here && echo "(stack started for the benchmark; stopping it)"
