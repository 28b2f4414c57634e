#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, and nothing else.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
data=${INSIGHTX_DATA_DIR:-$here/.data}
pids_file="$data/pids"
[[ -s $pids_file ]] || { say "Nothing is running from $data."; exit 0; }
read -r -a pids <"$pids_file"
kill "${pids[@]}" 2>/dev/null || true
for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
rm -f "$pids_file"
say "Stopped."
