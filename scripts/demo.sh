#!/usr/bin/env bash
# README command 1: install interview-watch in .venv and run the whole job on a generated mailbox.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
.venv/bin/python -m pip install -q --disable-pip-version-check -e . 2>&1 | grep -v '^WARNING' >&2 || true
exec .venv/bin/interview-watch demo "$@"
