#!/usr/bin/env bash
# README command 2: install everything the tests need (Python packages; via apt Dovecot, the
# notification stack, systemd-analyze, Chromium) and run the whole test suite.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
need=()
command -v dovecot >/dev/null || need+=(dovecot-imapd)
command -v openssl >/dev/null || need+=(openssl)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v dbus-daemon >/dev/null || need+=(dbus)
command -v dunst >/dev/null || need+=(dunst)
command -v notify-send >/dev/null || need+=(libnotify-bin)
command -v systemd-analyze >/dev/null || need+=(systemd)
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  apt_install "${need[@]}"
fi
pip_install -e '.[test]'
exec .venv/bin/python -m pytest "$@"
