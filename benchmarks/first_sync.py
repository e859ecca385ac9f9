"""Benchmark 3: the first sync of a 20,000-message mailbox, against fetching everything naively.

Both run as child processes through a FaultProxy (pass mode) that counts bytes on the wire:
- the product: `interview-watch --config X poll --once` on an empty database;
- the naive client (benchmarks/naive_fetch.py): FETCH BODY.PEEK[] of every message of INBOX
  and Sent, 500 per command.
They alternate (`--runs`, default 2) and the fastest of each counts, so a burst of other load on
the machine does not land on one side only.
Peak RSS is the child's ru_maxrss, read by GNU time (see run_child for why not directly).
Dovecot has indexed the mailbox and every file is in the page cache before either runs.

    .venv/bin/python benchmarks/first_sync.py [--messages 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import CLI, ROOT, Row, child_env, kib, print_rows  # noqa: E402
from benchmarks.servers import PASSWORD_VAR, account_for, bench_dovecot, config_file  # noqa: E402

NAME = "3. first sync"


@dataclass
class ChildRun:
    seconds: float
    cpu_seconds: float
    max_rss_kb: int
    returncode: int
    stdout: str
    stderr: str
    wire_bytes: int


def run_child(argv: list[str], env: dict[str, str], proxy, workdir: Path) -> ChildRun:  # noqa: ANN001
    """Run `argv` to completion; return its wall time, peak RSS and the proxy's byte count.

    Peak RSS is taken through GNU time when installed, because Linux charges a child's
    ru_maxrss with the RSS of the process it was forked (or vforked) from before its exec: read
    directly, this large benchmark process would show as the child's peak. GNU time is tiny, so
    the figure it reports (from wait4 on its own child) is the child's alone."""
    out, err, rss = workdir / "child.out", workdir / "child.err", workdir / "child.rss"
    proxy.bytes_to_client = 0
    proxy.client_bytes.clear()
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    wrapped = [gnu_time, "-f", "%U %S %M", "-o", str(rss), *argv] if gnu_time else argv
    with open(out, "wb") as fo, open(err, "wb") as fe:
        started = time.perf_counter()
        proc = subprocess.Popen(wrapped, env=env, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    time.sleep(0.05)  # let the proxy count the last bytes of the LOGOUT
    max_rss, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    if gnu_time:
        fields = rss.read_text().split()
        if len(fields) >= 3 and fields[-1].isdigit():
            cpu, max_rss = float(fields[-3]) + float(fields[-2]), int(fields[-1])
    else:
        print(f"[{NAME}] GNU time not found: peak RSS may include the parent's", file=sys.stderr)
    return ChildRun(seconds, cpu, max_rss, proc.returncode, out.read_text(errors="replace"),
                    err.read_text(errors="replace"), proxy.bytes_to_client + len(proxy.client_bytes))


def measure(server, box, workdir: Path, runs: int = 2) -> tuple[list[Row], Path]:  # noqa: ANN001
    """Alternate `runs` naive fetches and first syncs (each on a new database) and keep the best
    of each, so other load on the machine hurts neither side alone. Return the rows and the
    directory whose database holds the last first sync (its config.toml included)."""
    from tests.fixtures.proxy import FaultProxy

    naive: list[ChildRun] = []
    syncs: list[ChildRun] = []
    with FaultProxy(server.host, server.tls_port) as proxy:
        env = child_env(workdir, **{PASSWORD_VAR: server.password(box.user.name)})
        for k in range(runs):
            run = run_child([sys.executable, str(ROOT / "benchmarks" / "naive_fetch.py"), server.host,
                             str(proxy.port), box.user.name, server.ca_file], env, proxy, workdir)
            if run.returncode != 0:
                raise RuntimeError(f"naive fetch failed:\n{run.stderr[-2000:]}")
            naive.append(run)
            synced = workdir / f"sync-{k}"
            config = config_file(synced, account_for(server, box.user, proxy.port))
            run = run_child([CLI, "--config", str(config), "poll", "--once"], env, proxy, workdir)
            if run.returncode != 0:
                raise RuntimeError(f"poll --once failed ({run.returncode}):\n{run.stderr[-3000:]}")
            syncs.append(run)
            print(f"[{NAME}] run {k + 1}: naive {naive[-1].seconds:.1f} s, sync {run.seconds:.1f} s", file=sys.stderr)
    best = min(naive, key=lambda r: r.seconds)
    sync = min(syncs, key=lambda r: r.seconds)
    fetched = json.loads(best.stdout)
    found = re.search(r"examined (\d+), fetched (\d+) bodies, (\d+) thank-you\(s\), (\d+) reply", sync.stderr)
    examined, bodies, tys, replies = (int(g) for g in found.groups()) if found else (0, 0, 0, 0)
    byte_ratio = best.wire_bytes / max(sync.wire_bytes, 1)
    time_ratio = best.seconds / sync.seconds
    rss_mb = max(r.max_rss_kb for r in syncs) / 1024
    load = os.getloadavg()[0]
    rows = [
        Row(NAME, "mailbox", f"{box.inbox:,} INBOX + {box.sent:,} Sent, {box.total_bytes / 1e6:.0f} MB",
            "", None, f"headers {box.header_bytes / 1e6:.0f} MB of it; {box.thank_yous} thank-yous, "
                      f"{box.linked_replies} linked replies"),
        Row(NAME, "first sync (poll --once): wall time", f"{sync.seconds:.1f} s", "", None,
            f"{sync.cpu_seconds:.1f} CPU s; examined {examined:,}, bodies {bodies:,}, found {tys} "
            f"thank-yous and {replies} replies; best of {runs}"),
        Row(NAME, "first sync: bytes on the wire", kib(sync.wire_bytes)),
        Row(NAME, "naive FETCH BODY.PEEK[] of everything: wall time", f"{best.seconds:.1f} s", "", None,
            f"{best.cpu_seconds:.1f} CPU s; {fetched['messages']:,} messages; best of {runs}"),
        Row(NAME, "naive: bytes on the wire", kib(best.wire_bytes), "", None,
            f"peak RSS {best.max_rss_kb / 1024:.0f} MB"),
        Row(NAME, "bytes: sync / naive", f"1/{byte_ratio:.1f}", "≤ 1/20", byte_ratio >= 20),
        Row(NAME, "time: sync / naive", f"{1 / time_ratio:.2f}× naive" if time_ratio < 1 else f"1/{time_ratio:.1f}",
            "≤ 1/5", time_ratio >= 5, f"CPU {sync.cpu_seconds / max(best.cpu_seconds, 1e-3):.1f}× naive; "
                                      f"load average {load:.1f} at the end"),
        Row(NAME, "first sync: peak RSS", f"{rss_mb:.0f} MB", "≤ 60 MB", rss_mb <= 60,
            f"worst of {runs}, via GNU time"),
    ]
    return rows, workdir / f"sync-{runs - 1}"


def main() -> None:
    from benchmarks import mailbox

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2, help="alternating naive/sync runs; best of each")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()
    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        box = mailbox.build(server, n_inbox=args.messages)
        rows, _synced = measure(server, box, Path(tmp), args.runs)
    print_rows(rows, args.json)


if __name__ == "__main__":
    main()
