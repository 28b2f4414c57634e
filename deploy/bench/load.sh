#!/usr/bin/env bash
# N concurrent users on the whole local stack: each opens a session with seattle-weather.csv and asks a mix of
# questions (SQL, chart, dataset) one after another through POST /api/chat/stream, offline analyst. Prints
# throughput, latency percentiles and errors; asserts nothing. USERS (default 20) and QUESTIONS per user (10).
# A stack already running keeps its own per-user stream cap (start it with INSIGHTX_LIMITS_STREAMS_PER_USER).
# INSIGHTX_PORT_BASE and INSIGHTX_PG_PORT put the stack it starts on other ports (deploy/local/up.sh).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
# Without auth every user is the one local user, whom the orchestrator allows 4 streams at once by default.
export INSIGHTX_LIMITS_STREAMS_PER_USER=${INSIGHTX_LIMITS_STREAMS_PER_USER:-${USERS:-20}}
use_local_stack
java "$bench_root/deploy/bench/LoadBench.java" "$api" \
    "$bench_root/sql-tool-service/src/test/resources/datasets/seattle-weather.csv" "${USERS:-20}" "${QUESTIONS:-10}"
$started_here && echo "(stack started for the benchmark; stopping it)"
