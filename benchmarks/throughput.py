"""Benchmark 4a/4b: classifier throughput on one core, and the CLI's cold start.

- Throughput: parse_message + classify of ~5 KB replies (a few lines of the sender's own words,
  a signature, the quoted thread and an HTML twin, as mail clients write them), in this process
  pinned to one CPU; messages per second, with parse and classify timed apart.
- Cold start: `interview-watch --help` with hyperfine (3 warm-up runs, 20 measured) when it is
  installed (Debian: apt-get install hyperfine), else 20 timed subprocess runs; the median.

    .venv/bin/python benchmarks/throughput.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import CLI, Row, median, ms, print_rows  # noqa: E402

NAME_CLASSIFY = "4a. classifier"
NAME_START = "4b. cold start"


def corpus(n: int = 400, seed: int = 11) -> list[bytes]:
    from benchmarks.mailbox import REPLY_TEXTS, _Writer

    rng = random.Random(seed)
    writer = _Writer(rng)
    now = datetime.now(timezone.utc)
    out = []
    for i in range(n):
        raw, _ = writer.reply(frm=f"Jane Doe <jane.{i}@acme-corp.com>", subject="Re: Thank you - interview",
                              at=now, target=rng.randint(4500, 5500), said=rng.choice(REPLY_TEXTS),
                              quoted_at=now - timedelta(days=1),
                              extra={"In-Reply-To": f"<ty-{i}@example.net>"})
        out.append(raw)
    return out


def classifier_throughput(seconds: float = 5.0) -> list[Row]:
    from interview_watch.adapters.parsing import parse_message
    from interview_watch.core.classify import classify

    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        saved = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {sorted(saved)[0]})
    try:
        return _throughput(parse_message, classify, seconds)
    finally:
        if pinned:
            os.sched_setaffinity(0, saved)


def _throughput(parse_message, classify, seconds: float) -> list[Row]:  # noqa: ANN001
    messages = corpus()
    for raw in messages[:20]:  # warm: rule compilation and first imports are not throughput
        classify(parse_message(raw))
    parse_t = classify_t = 0.0
    done = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for raw in messages:
            t0 = time.perf_counter()
            msg = parse_message(raw)
            t1 = time.perf_counter()
            classify(msg)
            t2 = time.perf_counter()
            parse_t += t1 - t0
            classify_t += t2 - t1
            done += 1
    total = parse_t + classify_t
    size = sum(map(len, messages)) / len(messages)
    return [
        Row(NAME_CLASSIFY, "parse + classify, one core", f"{done / total:,.0f} msgs/s", "", None,
            f"{done:,} messages of {size / 1024:.1f} KB avg; {total / done * 1000:.2f} ms each"),
        Row(NAME_CLASSIFY, "of which parse_message / classify",
            f"{parse_t / done * 1000:.2f} ms / {classify_t / done * 1000:.2f} ms"),
    ]


def corpus_throughput(runs: int = 2000) -> list[Row]:
    """The classifier helper's own figure (benchmarks/classifier.py): the labeled corpus, padded
    to ~5 KB, process CPU time. Empty when that script or its corpus is missing."""
    try:
        from benchmarks import classifier
    except ImportError:
        return []
    corpus = classifier.ROOT / "tests" / "data" / "corpus"
    if not (corpus / "labels.csv").exists():
        return []
    rate, size = classifier.throughput(corpus, classifier.load(corpus, "all"), runs)
    return [Row(NAME_CLASSIFY, "parse + classify, labeled corpus (benchmarks/classifier.py)",
                f"{rate:,.0f} msgs/s", "", None, f"{runs:,} messages of {size / 1024:.1f} KB avg, CPU time")]


def cold_start(runs: int = 20) -> list[Row]:
    argv = [CLI, "--help"]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="")
    if shutil.which("hyperfine"):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "hf.json"
            subprocess.run(["hyperfine", "--warmup", "3", "--runs", str(runs), "--shell=none",
                            "--export-json", str(out), " ".join(argv)],
                           check=True, capture_output=True, env=env)
            result = json.loads(out.read_text())["results"][0]
        times, tool = result["times"], "hyperfine"
        tool += f", CPU {(result['user'] + result['system']) * 1000:.0f} ms a run"
    else:
        for _ in range(3):
            subprocess.run(argv, check=True, capture_output=True, env=env)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
        tool = "subprocess timing"
    p50 = median(times)
    return [Row(NAME_START, "`interview-watch --help`, p50", ms(p50), "≤ 200 ms", p50 <= 0.2,
                f"{tool}, {runs} runs, min {ms(min(times))}, max {ms(max(times))}, "
                f"load average {os.getloadavg()[0]:.1f}")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="classifier measuring time")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args()
    rows = cold_start() + classifier_throughput(args.seconds) + corpus_throughput()
    print_rows(rows, args.json)


if __name__ == "__main__":
    main()
