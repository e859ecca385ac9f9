"""Benchmark 1: IMAP IDLE latency, from a reply's APPEND returning to dunst having the notification.

The real daemon (`interview-watch run`, a child process) watches a throwaway Dovecot; the desktop
is Xvfb + a private D-Bus + a real dunst (tests/fixtures/desktop.py), whose rule script appends a
line per notification to a log. The mailbox has N thank-yous to N companies; the benchmark
appends one threaded "second interview" reply per company, `--spacing` seconds apart, so each is
a new status and notifies once. Measured per reply, on this machine's monotonic clock:
- APPEND returned -> the line in dunst's log (polled every 2 ms): "notification seen by dunst";
- APPEND returned -> the Notify call on the bus (dbus-monitor's own timestamp), for the breakdown.
For comparison, Dovecot's own floor: APPEND returned -> EXISTS pushed to another IDLE connection.

    .venv/bin/python benchmarks/idle_latency.py [--replies 30] [--spacing 1.5]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Row, child_env, median, ms, percentile, print_rows  # noqa: E402
from benchmarks.servers import PASSWORD_VAR, account_for, bench_dovecot, config_file  # noqa: E402

NAME = "1. IDLE latency"


class LineWatcher(threading.Thread):
    """Record (monotonic, wall) time at which each new line appears in `path`."""

    def __init__(self, path: Path, interval: float = 0.002) -> None:
        super().__init__(name="line-watcher", daemon=True)
        self.path, self.interval = path, interval
        self.times: list[tuple[float, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        seen = self.path.read_bytes().count(b"\n") if self.path.exists() else 0
        while not self.stop.is_set():
            now_mono, now_wall = time.monotonic(), time.time()
            try:
                count = self.path.read_bytes().count(b"\n")
            except OSError:
                count = seen
            self.times += [(now_mono, now_wall)] * max(count - seen, 0)
            seen = max(seen, count)
            time.sleep(self.interval)


def dovecot_floor(server, samples: int) -> list[float]:  # noqa: ANN001
    """APPEND returned -> EXISTS seen by another connection in IDLE (Dovecot alone)."""
    from tests.fixtures.scenarios import ME, message

    user = server.new_user("floor")
    delays = []
    with server.admin(user.name) as idler, server.admin(user.name) as writer:
        idler.select_folder("INBOX", readonly=True)
        for i in range(samples):
            idler.idle()
            time.sleep(0.3)
            raw = message(frm="a@example.org", to=ME, subject=f"floor {i}", body="x\n",
                          at=datetime.now(timezone.utc), mid=f"<floor-{i}@example.org>")
            writer.append("INBOX", raw)
            appended = time.monotonic()
            while True:
                responses = idler.idle_check(timeout=5)
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                    delays.append(time.monotonic() - appended)
                    break
                if time.monotonic() - appended > 5:
                    raise RuntimeError("Dovecot never pushed EXISTS")
            idler.idle_done()
    return delays


def _notify_times(path: Path) -> list[float]:
    text = path.read_text(errors="replace") if path.exists() else ""
    return [float(t) for t in re.findall(r"^method call time=(\d+\.\d+) .*member=Notify$", text, re.M)]


def measure(server, workdir: Path, replies: int = 30, spacing: float = 1.5,  # noqa: ANN001
            floor_samples: int = 10) -> list[Row]:
    from tests.fixtures.daemon import DaemonProcess, folder_marks, wait_until
    from tests.fixtures.desktop import DesktopSession
    from tests.fixtures.scenarios import ME, reply, thank_you

    floor = dovecot_floor(server, floor_samples)
    user = server.new_user("idle")
    now = datetime.now(timezone.utc)
    companies = [f"Company{i:02d}" for i in range(replies)]
    for i, company in enumerate(companies):
        ty = thank_you(f"jane.{i}@company{i:02d}-corp.com", company, "Backend Engineer",
                       now - timedelta(days=2, minutes=i), f"<ty-{i}@example.net>")
        server.append(user.name, "Sent", ty.raw, internaldate=ty.at)

    desktop = DesktopSession(workdir / "desktop")
    (workdir / "desktop").mkdir()
    desktop.start()
    monitor = daemon = None
    watcher = LineWatcher(desktop.log_path)
    try:
        monitor_log = workdir / "dbus-monitor.log"
        with open(monitor_log, "wb") as out:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--address", desktop.env["DBUS_SESSION_BUS_ADDRESS"],
                 "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        config = config_file(workdir / "daemon", account_for(server, user), notifications=True)
        env = desktop.environ(child_env(workdir, **{PASSWORD_VAR: server.password(user.name)}))
        daemon = DaemonProcess(config, env, workdir / "daemon.log").start()
        db = workdir / "daemon" / "interview-watch.sqlite3"
        wait_until(lambda: {"INBOX", "Sent"} <= set(folder_marks(db)), 60, what="the first sync")
        time.sleep(2.0)  # the watcher enters IDLE; the catch-up sync finishes
        desktop.clear()
        watcher.start()
        latencies, wall_appends = [], []
        with server.admin(user.name) as client:
            start = time.monotonic()
            for i, company in enumerate(companies):
                mail = reply(f"Jane {i} <jane.{i}@company{i:02d}-corp.com>",
                             "Re: Thank you - Backend Engineer interview",
                             "Hi Sam,\n\nWe'd love to invite you to a second interview with the team next "
                             "week. Please pick a time that suits you.\n\nJane\n",
                             datetime.now(timezone.utc), f"<reply-{i}@company{i:02d}-corp.com>",
                             headers={"In-Reply-To": f"<ty-{i}@example.net>"})
                client.append("INBOX", mail.raw)
                appended, wall = time.monotonic(), time.time()
                wall_appends.append(wall)
                wait_until(lambda: len(watcher.times) > i, 20, interval=0.002,
                           what=f"notification {i + 1} of {replies}")
                latencies.append(watcher.times[i][0] - appended)
                time.sleep(max(start + (i + 1) * spacing - time.monotonic(), 0))
        time.sleep(0.5)
        received = desktop.received()
    finally:
        watcher.stop.set()
        if daemon is not None:
            daemon.stop()
        if monitor is not None:
            monitor.terminate()
            monitor.wait(timeout=5)
        desktop.stop()
    if len(received) != replies or len({s for s, _ in received}) != replies:
        raise RuntimeError(f"expected {replies} distinct notifications, dunst got {received}")
    notify = _notify_times(monitor_log)
    to_bus = [n - a for n, a in zip(notify, wall_appends)] if len(notify) == replies else []
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    rows = [
        Row(NAME, "APPEND → notification in dunst, p50", ms(p50), "", None, f"{replies} replies, {spacing} s apart"),
        Row(NAME, "APPEND → notification in dunst, p95", ms(p95), "≤ 1000 ms", p95 <= 1.0,
            f"max {ms(max(latencies))}"),
        Row(NAME, "Dovecot alone: APPEND → EXISTS in IDLE, p50", ms(median(floor)), "", None,
            f"{len(floor)} samples, max {ms(max(floor))}; the floor"),
        Row(NAME, "daemon's own share (p50 − floor p50)", ms(p50 - median(floor))),
    ]
    if to_bus:
        rows.append(Row(NAME, "APPEND → Notify call on D-Bus, p50 / p95",
                        f"{ms(percentile(to_bus, 50))} / {ms(percentile(to_bus, 95))}", "", None,
                        "dbus-monitor timestamps; after it: dunst runs its rule script, which logs"))
    rows.append(Row(NAME, "load average during the run", f"{os.getloadavg()[0]:.1f}", "", None,
                    f"{os.cpu_count()} cores shared with everything else running"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replies", type=int, default=30)
    parser.add_argument("--spacing", type=float, default=1.5)
    parser.add_argument("--json", metavar="PATH")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the logs (must not exist)")
    args = parser.parse_args()
    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=bool(not args.keep))
        rows = measure(server, work, args.replies, args.spacing)
    print_rows(rows, args.json)


if __name__ == "__main__":
    main()
