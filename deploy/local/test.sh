#!/usr/bin/env bash
# Runs every test of every module, after installing what the tests need on a fresh Debian machine
# (the Python sandbox's packages, and chromium with its driver for the browser tests). CI runs exactly this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
ensure_python_sandbox
ensure_browser
cd "$here/../.."
exec mvn -B verify "$@"
