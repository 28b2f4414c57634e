#!/usr/bin/env bash
# What one LLM prompt quotes, in estimated tokens, for tables of 6, 50 and 200 columns under the token budget
# (insightx.llm.prompt-tokens; pass another budget as the first argument). Runs the orchestrator's own PromptData
# in-process; prints the figures; asserts nothing.
set -euo pipefail
source "$(dirname "$0")/bench-lib.sh"
ensure_built orchestrator-service
classes="$bench_root/orchestrator-service/target/classes:$bench_root/orchestrator-service/target/quarkus-app/lib/main/*"
java -cp "$classes" "$bench_root/deploy/bench/PromptSizeBench.java" "$@"
