#!/usr/bin/env bash
# Asks InsightX a question and streams the answer to the terminal, step by step.
#   deploy/local/ask.sh "average temp_max by weather"          (the demo session up.sh opened)
#   deploy/local/ask.sh "which region is richest?" data.csv    (a new session with that file; its id is printed)
#   INSIGHTX_SESSION=<id> deploy/local/ask.sh "and by year?"    (a follow-up in that session)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
data=${INSIGHTX_DATA_DIR:-$here/.data}
api=${INSIGHTX_URL:-http://localhost:$(service_port orchestrator-service)}
[[ $# -ge 1 ]] || fail "usage: deploy/local/ask.sh \"question\" [file]"
question=$1
if [[ $# -ge 2 ]]; then
    session=$(new_session_with "$api" "$2")
    say "Session $session (ask more in it: INSIGHTX_SESSION=$session deploy/local/ask.sh \"…\")"
elif [[ -n ${INSIGHTX_SESSION:-} ]]; then
    session=$INSIGHTX_SESSION
else
    [[ -s $data/demo-session ]] || fail "No demo session: start InsightX with deploy/local/up.sh first."
    session=$(cat "$data/demo-session")
fi
body=$(python3 -c 'import json, sys; print(json.dumps({"sessionId": sys.argv[1], "message": sys.argv[2]}))' \
    "$session" "$question")
curl -sS -N -H 'Content-Type: application/json' -d "$body" "$api/api/chat/stream" | INSIGHTX_URL="$api" python3 "$here/sse-pretty.py"
