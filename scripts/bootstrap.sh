# Sourced by the other scripts: make .venv with the project installed in it.
# Works on a fresh Debian with only Python 3.11: installs python3-venv via apt when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    echo "installing python3-venv (Debian ships venv separately)..." >&2
    apt_install python3-venv python3-pip
    "$PYTHON" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true

# pip into .venv; its WARNING lines are dropped, a failure stops the script with pip's own words.
pip_install() {
  local out
  if ! out="$(.venv/bin/python -m pip install -q --disable-pip-version-check "$@" 2>&1)"; then
    echo "$out" >&2
    echo "pip install $* failed (see above)" >&2
    exit 1
  fi
  if [ -n "$out" ]; then grep -v '^WARNING' <<<"$out" >&2 || true; fi
}
