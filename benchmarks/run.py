"""Run every benchmark and print one Markdown table.

    .venv/bin/python benchmarks/run.py            # the full set (~20 minutes: 10 of them idle)
    .venv/bin/python benchmarks/run.py --quick    # 2,000 messages, 10 replies, 1 idle minute

One throwaway Dovecot serves them all (on /dev/shm when available); the 20,000-message mailbox is
generated (seeded) and loaded once, benchmark 3 syncs it, and benchmarks 2 and 4c reuse that
database and account. Each benchmark also runs alone: benchmarks/idle_latency.py, idle_poll.py,
first_sync.py, throughput.py, idle_daemon.py (and mailbox.py --compare for the loaders).
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

from benchmarks import first_sync, idle_daemon, idle_latency, idle_poll, mailbox, throughput  # noqa: E402
from benchmarks.common import Row, print_rows  # noqa: E402
from benchmarks.servers import bench_dovecot  # noqa: E402


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small and short: a smoke run, not the figures")
    parser.add_argument("--messages", type=int, help="INBOX size (default 20000; --quick 2000)")
    parser.add_argument("--replies", type=int, help="IDLE latency samples (default 30; --quick 10)")
    parser.add_argument("--idle-minutes", type=float, help="idle daemon window (default 10; --quick 1)")
    parser.add_argument("--only", default="1,2,3,4", help="comma-separated benchmark numbers")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args()
    messages = args.messages or (2_000 if args.quick else 20_000)
    replies = args.replies or (10 if args.quick else 30)
    minutes = args.idle_minutes if args.idle_minutes is not None else (1.0 if args.quick else 10.0)
    only = {part.strip() for part in args.only.split(",")}

    rows: list[Row] = []
    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        work = Path(tmp)
        if "1" in only:
            say(f"1. IDLE latency: {replies} replies")
            (work / "latency").mkdir()
            rows += idle_latency.measure(server, work / "latency", replies)
        box = None
        if only & {"2", "3", "4"}:
            say(f"building the {messages:,}-message mailbox")
            box = mailbox.build(server, n_inbox=messages)
            say(f"  loaded in {box.load_seconds:.1f} s ({box.method}), indexed in {box.warm_seconds:.1f} s")
        big = work / "big"
        big.mkdir()
        if "3" in only:
            say("3. first sync vs naive fetch")
            found, big = first_sync.measure(server, box, big, runs=1 if args.quick else 3)
            rows += found
        if "2" in only:
            say("2. idle poll")
            rows += idle_poll.measure(server, box, big, repeats=5 if args.quick else 20)
        if "4" in only:
            say("4. cold start and classifier throughput")
            rows += throughput.cold_start()
            rows += throughput.classifier_throughput(2.0 if args.quick else 10.0)
            rows += throughput.corpus_throughput(500 if args.quick else 2000)
            say(f"4c. idle daemon for {minutes:g} min")
            rows += idle_daemon.measure(server, box.user, big, minutes)
    rows.sort(key=lambda r: r.benchmark.split(".")[0])
    print_rows(rows, args.json)
    missed = [r for r in rows if r.ok is False]
    say(f"{len(missed)} target(s) missed" if missed else "every target met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
