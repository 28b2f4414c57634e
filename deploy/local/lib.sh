# Functions shared by up.sh, down.sh and ask.sh. Sourced, never run.

INSIGHTX_SERVICES=(sql-tool-service python-tool-service key-manager-service orchestrator-service)
# Flags every service's JVM gets, whatever INSIGHTX_JAVA_OPTS says: a JVM out of heap exits (and is restarted by
# supervise) instead of living on as a zombie whose health checks and timers died with the heap.
INSIGHTX_JVM_FLAGS=(-XX:+ExitOnOutOfMemoryError)

say() { printf '\033[1m[insightx]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[insightx] %s\033[0m\n' "$*" >&2; exit 1; }

# A service's port: INSIGHTX_PORT_BASE (default 8080) for the orchestrator and the next three for the others, so
# that two stacks can run on one machine.
service_port() {
    local base=${INSIGHTX_PORT_BASE:-8080}
    case "$1" in
        orchestrator-service) echo "$base" ;;
        sql-tool-service) echo $((base + 1)) ;;
        python-tool-service) echo $((base + 2)) ;;
        key-manager-service) echo $((base + 3)) ;;
        *) return 1 ;;
    esac
}

# The environment (NAME=VALUE lines) that puts a service on its port and the orchestrator's clients on the others'.
service_env() {
    echo "QUARKUS_HTTP_PORT=$(service_port "$1")"
    if [[ $1 == orchestrator-service ]]; then
        echo "QUARKUS_REST_CLIENT_SQL_TOOL_URL=http://localhost:$(service_port sql-tool-service)"
        echo "QUARKUS_REST_CLIENT_PYTHON_TOOL_URL=http://localhost:$(service_port python-tool-service)"
        echo "QUARKUS_REST_CLIENT_KEY_MANAGER_URL=http://localhost:$(service_port key-manager-service)"
    fi
}

# True when JAR is missing or any file under the given directories is newer than it.
needs_build() {
    local jar=$1
    shift
    [[ -f $jar ]] || return 0
    local newer
    newer=$(find "$@" -type f -newer "$jar" -not -path '*/target/*' -not -path '*/.data/*' -print -quit 2>/dev/null)
    [[ -n $newer ]]
}

# True when something already listens on localhost:PORT.
port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits until URL answers 200, or TIMEOUT seconds pass; the process PID dying ends the wait early.
wait_ready() {
    local url=$1 timeout=$2 pid=${3:-}
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 0.3
    done
    return 1
}

# Runs COMMAND with its output appended to LOG, and runs it again, saying so, whenever it dies without being asked
# to stop. A command that dies five times in a row within INSIGHTX_RESTART_WINDOW seconds (30) of starting cannot
# start: supervise gives up, says so, and returns 1. TERM stops the command, then supervise.
supervise() {
    local name=$1 log=$2
    shift 2
    local child='' quick=0 started status
    trap 'if [[ -n $child ]]; then kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; fi; exit 0' TERM
    while true; do
        started=$SECONDS
        "$@" >>"$log" 2>&1 &
        child=$!
        status=0
        wait "$child" || status=$?
        child=''
        if ((SECONDS - started < ${INSIGHTX_RESTART_WINDOW:-30})); then
            quick=$((quick + 1))
        else
            quick=0
        fi
        if ((quick >= 5)); then
            say "$name died $quick times in a row soon after starting (exit $status); not restarting it: see $log"
            return 1
        fi
        say "$name stopped unexpectedly (exit $status); restarting it: see $log"
    done
}

# Installs Debian PACKAGES. Two test runs started at once on a fresh machine (or apt's own daily update) would
# otherwise meet on apt's lock and one would fail at once: our runs queue on a lock of their own, and apt-get waits
# for apt's lock instead of giving up.
apt_install() {
    (
        flock -w 1200 9 || fail "Waited 20 minutes for another installation of Debian packages to finish."
        apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
    ) 9>/var/lock/insightx-apt.lock
}

# Prints what the Python sandbox still lacks on this machine (nothing when all is there).
missing_python_packages() {
    local missing=()
    [[ -x /usr/bin/python3 ]] || missing+=(python3)
    command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
    if [[ -x /usr/bin/python3 ]]; then
        local module
        for module in pandas numpy matplotlib scipy seccomp; do
            /usr/bin/python3 -c "import $module" 2>/dev/null || missing+=("python3-$module")
        done
    fi
    [[ ${#missing[@]} -eq 0 ]] || echo "${missing[*]}"
}

# Installs what the Python sandbox needs when this is Debian and we are root; otherwise says what is missing.
ensure_python_sandbox() {
    local missing
    missing=$(missing_python_packages)
    [[ -z $missing ]] && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "Installing $missing (Debian packages for the Python sandbox)…"
        apt_install python3-pandas python3-numpy python3-matplotlib python3-scipy python3-seccomp bubblewrap
        missing=$(missing_python_packages)
        [[ -z $missing ]] && return 0
    fi
    say "Missing for the Python sandbox: $missing (Debian: apt-get install python3-pandas python3-numpy" \
        "python3-matplotlib python3-scipy python3-seccomp bubblewrap). python-tool-service will report itself not ready."
}

# A random token for the calls between services, kept so that a second run reuses it.
internal_token() {
    local file=$1
    if [[ ! -s $file ]]; then
        (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '/+=\n' >"$file")
    fi
    cat "$file"
}

# One top-level field of the JSON document on stdin (empty when absent or not JSON).
json_field() {
    python3 -c 'import json, sys
try:
    print(json.load(sys.stdin).get(sys.argv[1]) or "")
except ValueError:
    print("")' "$1"
}

# Creates a session, uploads FILE to it, and prints the session id.
new_session_with() {
    local api=$1 file=$2 session
    [[ -f $file ]] || fail "No such file: $file"
    # The session is titled by its first dataset, as the workspace's session list shows it.
    local body
    body=$(python3 -c 'import json, os, sys; print(json.dumps({"title": os.path.basename(sys.argv[1])}))' "$file")
    session=$(curl -fsS -H 'Content-Type: application/json' -d "$body" "$api/api/sessions" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])') || fail "Could not create a session."
    local answer status
    answer=$(curl -sS -w '\n%{http_code}' -F "file=@$file" "$api/api/sessions/$session/datasets") \
        || fail "Could not reach $api to upload $file."
    status=${answer##*$'\n'}
    answer=${answer%$'\n'*}
    # A refusal says why in its problem+json 'detail'; a re-upload says whether it reused or versioned the dataset.
    [[ $status == 20? ]] || fail "$file was refused ($status): $(json_field detail <<<"$answer")"
    local notice
    notice=$(json_field notice <<<"$answer")
    [[ -z $notice ]] || say "$notice" >&2
    echo "$session"
}

# Installs Debian's chromium and chromedriver for the browser tests (and an emoji font, so that the agents' icons
# show in the screenshots) when root on Debian; otherwise says so.
ensure_browser() {
    command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && return 0
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "Installing chromium and chromium-driver (Debian packages for the browser tests)…"
        apt_install chromium chromium-driver fonts-noto-color-emoji
        return 0
    fi
    say "Missing for the browser tests: chromium chromium-driver (Debian: apt-get install chromium chromium-driver)."
}
