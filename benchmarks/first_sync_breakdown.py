"""Where the first sync's time goes: benchmark 3's mailbox, synced in this process with a timer
around each step (server searches, fetches, parsing, classification, the report), after measuring
the one-time costs of a fresh process (imports, and compiling the classifier's rules).

    .venv/bin/python benchmarks/first_sync_breakdown.py [--messages 20000] [--runs 3]

Each run syncs into a new database; the fastest run is shown. The first run also pays Dovecot's
first look at the searched header fields (they enter its cache), as a user's first sync would.
Steps nest (a search is inside its folder's sync), so the rows do not add up to the total.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks import mailbox  # noqa: E402
from benchmarks.common import child_env  # noqa: E402
from benchmarks.servers import PASSWORD_VAR, account_for, bench_dovecot  # noqa: E402

ONE_TIME = r"""
import time
t0 = time.perf_counter()
import interview_watch.app, interview_watch.sync
t1 = time.perf_counter()
from interview_watch.adapters.parsing import parse_message
from interview_watch.core.classify import classify
classify(parse_message(b"From: a@b.example\r\nSubject: Re\r\n\r\nWe would like to invite you.\r\n"))
t2 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f}")
"""


def one_time_costs(env: dict[str, str]) -> tuple[float, float]:
    """(imports, first classify) in a fresh interpreter with its bytecode cache, best of 3."""
    best = (9e9, 9e9)
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", ONE_TIME], env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        best = min(best, (float(out[0]), float(out[1])), key=sum)
    return best


class Timers:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):  # noqa: ANN002, ANN003
            with self.timing(label):
                result = original(*args, **kwargs)
                if hasattr(result, "__next__"):  # a generator: time it to exhaustion
                    result = list(result)
            return result

        setattr(owner, name, timed)

    @contextmanager
    def timing(self, label: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[label] += time.perf_counter() - started
            self.calls[label] += 1


def instrument(timers: Timers) -> None:
    from interview_watch import app as app_module
    from interview_watch import sync as sync_module
    from interview_watch.adapters.imap import ImapSource

    for name, label in (("search_uids", "server SEARCH (narrowing)"), ("fetch_headers", "FETCH header fields"),
                        ("fetch_messages", "FETCH bodies"), ("connect", "connect: TLS + LOGIN")):
        timers.wrap(ImapSource, name, label)
    for name, label in (("parse_headers", "parse header fields"), ("parse_message", "parse messages"),
                        ("classify", "classify replies"), ("detect_thank_you", "detect thank-yous"),
                        ("match_reply_to_interview", "match replies")):
        timers.wrap(sync_module, name, label)
    timers.wrap(app_module.App, "after_sync", "after the sync: events, report")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from tests.fixtures.apps import make_app

    with bench_dovecot() as server, tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        box = mailbox.build(server, n_inbox=args.messages)
        env = child_env(Path(tmp), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        imports, compile_rules = one_time_costs(env)
        os.environ[PASSWORD_VAR] = server.password(box.user.name)
        runs: list[tuple[float, Timers]] = []
        timers = Timers()
        instrument(timers)
        for k in range(args.runs):
            timers.seconds.clear()
            timers.calls.clear()
            app = make_app(Path(tmp) / f"run-{k}", account_for(server, box.user))
            started = time.perf_counter()
            [result] = app.poll_once()
            total = time.perf_counter() - started
            app.close()
            assert result.error is None, result.error
            runs.append((total, _copy(timers)))
        total, timers = min(runs, key=lambda r: r[0])
        print(f"first sync of {box.inbox:,} + {box.sent:,} messages, in-process, best of {args.runs}: "
              f"{total:.2f} s (runs: {', '.join(f'{t:.2f}' for t, _ in runs)})")
        print(f"  one-time, fresh process: imports {imports:.3f} s, first classify (compiles the rules) "
              f"{compile_rules:.3f} s")
        for label, seconds in sorted(timers.seconds.items(), key=lambda kv: -kv[1]):
            print(f"  {label:34} {seconds:6.3f} s  ({timers.calls[label]} calls)")
    return 0


def _copy(timers: Timers) -> Timers:
    copy = Timers()
    copy.seconds.update(timers.seconds)
    copy.calls.update(timers.calls)
    return copy


if __name__ == "__main__":
    sys.exit(main())
