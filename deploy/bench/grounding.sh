#!/usr/bin/env bash
# The cost of grounding an answer: every number in it checked against the result tables (target: at most 5 ms per
# answer). Runs the orchestrator's own Grounding class in-process, on results of 3, 50 and 1,000 rows; prints the
# figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built orchestrator-service
classes="$bench_root/orchestrator-service/target/classes:$bench_root/orchestrator-service/target/quarkus-app/lib/main/*"
java -cp "$classes" "$bench_root/deploy/bench/GroundingBench.java"
