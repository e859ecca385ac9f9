#!/usr/bin/env bash
# README command 1: install interview-watch in .venv and run the whole job on a generated mailbox.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pip_install -e .
exec .venv/bin/interview-watch demo "$@"
