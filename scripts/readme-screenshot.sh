#!/usr/bin/env bash
# Regenerate docs/report.png (the README's screenshot) from the demo mailbox with headless Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$ROOT/.venv/bin/interview-watch" demo --dir "$work/demo" >/dev/null
/usr/lib/chromium/chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --disable-quic --user-data-dir="$work/profile" --hide-scrollbars --window-size=1200,2000 \
  --screenshot="$ROOT/docs/report.png" "file://$work/demo/report.html" 2>/dev/null
echo "$ROOT/docs/report.png"
