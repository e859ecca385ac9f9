"""Benchmark 4c: the `run` daemon's CPU and memory while nothing happens.

The daemon (a child process) connects to a throwaway Dovecot, finishes its catch-up sync and sits
in IDLE. Over `--idle-minutes` (default 10) nothing arrives; measured from /proc: CPU seconds
(user + system, all threads) / wall seconds, RSS at the end and its peak (VmHWM), and the syncs
the daemon ran meanwhile (the 60 s tick and the poll_minutes = 5 safety-net poll still run).
Standalone it uses a small mailbox; benchmarks/run.py hands it the 20,000-message account that
benchmark 3 synced, so the figures are those of a daemon watching a large mailbox.

    .venv/bin/python benchmarks/idle_daemon.py [--idle-minutes 10]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Row, child_env, print_rows  # noqa: E402
from benchmarks.servers import PASSWORD_VAR, account_for, bench_dovecot, config_file  # noqa: E402

NAME = "4c. idle daemon"


def _status(pid: int) -> dict[str, str]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def _context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            st = _status_path(task / "status")
        except OSError:
            continue
        total += int(st.get("voluntary_ctxt_switches", 0)) + int(st.get("nonvoluntary_ctxt_switches", 0))
    return total


def _status_path(path: Path) -> dict[str, str]:
    return {k: v.strip() for k, _, v in (line.partition(":") for line in path.read_text().splitlines())}


def small_mailbox(server) -> object:  # noqa: ANN001
    """A user with the shared linking scenario (3 thank-yous, their replies, some noise)."""
    from tests.fixtures.scenarios import linking_scenario

    user = server.new_user("idle")
    mails, _expected = linking_scenario()
    for mail in mails:
        server.append(user.name, "Sent" if mail.role == "sent" else "INBOX", mail.raw, internaldate=mail.at)
    return user


def measure(server, user, workdir: Path, minutes: float = 10.0) -> list[Row]:  # noqa: ANN001
    """Run the daemon for `user` with the database in `workdir` (it may already hold a sync)."""
    from tests.fixtures.daemon import DaemonProcess, folder_marks, wait_until

    config = config_file(workdir, account_for(server, user))
    db = workdir / "interview-watch.sqlite3"
    env = child_env(workdir, **{PASSWORD_VAR: server.password(user.name)})
    daemon = DaemonProcess(config, env, workdir / "idle-daemon.log").start()
    try:
        wait_until(lambda: {"INBOX", "Sent"} <= set(folder_marks(db)), 900, what="the daemon's first sync")
        wait_until(lambda: daemon.output().count("examined") >= 2, 120, what="the watcher's catch-up sync")
        time.sleep(5)  # let the catch-up settle
        pid = daemon.proc.pid
        syncs0 = daemon.output().count("examined")
        cpu0, wall0, ctx0 = daemon.cpu_seconds(), time.monotonic(), _context_switches(pid)
        time.sleep(minutes * 60)
        cpu1, wall1, ctx1 = daemon.cpu_seconds(), time.monotonic(), _context_switches(pid)
        status = _status(pid)
        syncs = daemon.output().count("examined") - syncs0
        if not daemon.alive():
            raise RuntimeError(f"the daemon died:\n{daemon.output()[-3000:]}")
    finally:
        daemon.stop()
    wall = wall1 - wall0
    cpu_pct = (cpu1 - cpu0) / wall * 100
    rss = int(status["VmRSS"].split()[0]) / 1024
    hwm = int(status["VmHWM"].split()[0]) / 1024
    return [
        Row(NAME, f"CPU over {minutes:g} idle min", f"{cpu_pct:.3f} %", "≤ 0.1 %", cpu_pct <= 0.1,
            f"{cpu1 - cpu0:.2f} CPU s in {wall:.0f} s; {syncs} sync(s) ran (tick/poll); "
            f"{(ctx1 - ctx0) / wall:.1f} wake-ups/s"),
        Row(NAME, "RSS at the end (peak)", f"{rss:.0f} MB ({hwm:.0f} MB)", "reported", None,
            f"{status.get('Threads', '?')} threads"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--idle-minutes", type=float, default=10.0)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()
    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        user = small_mailbox(server)
        rows = measure(server, user, Path(tmp), args.idle_minutes)
    print_rows(rows, args.json)


if __name__ == "__main__":
    main()
