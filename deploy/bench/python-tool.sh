#!/usr/bin/env bash
# python-tool-service: latency of a small pandas program (groupby on 1,000 rows) and of the same with a PNG chart,
# on a fresh kernel and on a chat's kernel; executions per second from 8 concurrent callers, each on its own kernel
# and with none, against the rate of cold `python3 -c 'import pandas, numpy, matplotlib.pyplot'` in the same run.
# Prints the figures; asserts nothing. PORT picks the port (default 8082).
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built python-tool-service
ensure_python_sandbox
port=${PORT:-8082}
port_busy "$port" && fail "Port $port is taken."
env INSIGHTX_INTERNAL_TOKEN=bench INSIGHTX_SANDBOX_POOL_SIZE=${POOL_SIZE:-4} QUARKUS_HTTP_PORT="$port" \
    java -Xmx1g -jar "$bench_root/python-tool-service/target/quarkus-app/quarkus-run.jar" >/tmp/bench-python-tool.log 2>&1 &
pid=$!
trap "kill $pid 2>/dev/null; wait $pid 2>/dev/null" EXIT
wait_ready "http://localhost:$port/q/health/ready" 120 "$pid" || fail "python-tool did not start: /tmp/bench-python-tool.log"
java "$bench_root/deploy/bench/PythonToolBench.java" "http://localhost:$port" bench
