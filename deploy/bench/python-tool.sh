#!/usr/bin/env bash
# python-tool-service: latency of a small pandas program (groupby on 1,000 rows) through POST /v1/execute with the
# warm pool, the same with a PNG chart, against a cold `python3 -c` of the same work; and executions per second
# with 8 concurrent callers. Prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built python-tool-service
ensure_python_sandbox
start_service python-tool-service INSIGHTX_INTERNAL_TOKEN=bench INSIGHTX_SANDBOX_POOL_SIZE=${POOL_SIZE:-4}
java "$bench_root/deploy/bench/PythonToolBench.java" http://localhost:8082 bench
