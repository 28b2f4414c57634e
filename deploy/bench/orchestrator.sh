#!/usr/bin/env bash
# The whole stack: time to the first event and to `done` of questions answered by the offline analyst over
# seattle-weather.csv, through POST /api/chat/stream. Uses a running deploy/local stack, or starts one and stops
# it afterwards. Prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
use_local_stack
session=$(new_session_with "$api" "$bench_root/sql-tool-service/src/test/resources/datasets/seattle-weather.csv")
java "$bench_root/deploy/bench/ChatBench.java" "$api" "$session" "${RUNS:-40}"
$started_here && echo "(stack started for the benchmark; stopping it)"
