#!/usr/bin/env bash
# key-manager-service: the latency the gateway adds (p50/p99) and its throughput against a local upstream that
# answers at once, compared with calling that upstream directly, at a fixed request rate. Prints the figures.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built key-manager-service
app="$bench_root/key-manager-service/target/quarkus-app"
java -Xmx1g -cp "$app/lib/main/*" "$bench_root/deploy/bench/GatewayBench.java" "$app/quarkus-run.jar" \
    "${RATE:-500}" "${SECONDS_PER_RUN:-15}"
