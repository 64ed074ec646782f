#!/usr/bin/env bash
# Install everything the tests need, lint with ruff (ruff.toml), then run every test: unit, AppTest and real-browser.
# Used as is by the README and by .ci/run.  Extra arguments go to pytest (e.g. -m "not browser").
# Installs: the pip packages in requirements-dev.txt, and Debian's chromium when it is absent
# (apt-get; with sudo unless already root).  A skipped test fails the run (STRICT_NO_SKIP=1).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-$(command -v python3 || command -v python)}"
"$PYTHON" -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update
    "${SUDO[@]}" apt-get install -y chromium
fi

"$PYTHON" -m ruff check .

export STRICT_NO_SKIP=1
exec "$PYTHON" -m pytest "$@"
