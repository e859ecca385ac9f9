"""Shared pieces of the benchmarks: paths, result rows, the Markdown table, small statistics."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/x.py` puts benchmarks/ first, not the repo
    sys.path.insert(0, str(ROOT))

VENV_BIN = Path(sys.executable).parent
CLI = str(VENV_BIN / "interview-watch")


@dataclass
class Row:
    """One measured figure. `ok` is None when there is no target."""

    benchmark: str
    metric: str
    value: str
    target: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: ""}[self.ok]


def markdown_table(rows: Sequence[Row]) -> str:
    lines = ["| benchmark | metric | measured | target | verdict |", "| --- | --- | --- | --- | --- |"]
    for r in rows:
        value = r.value + (f" ({r.note})" if r.note else "")
        lines.append(f"| {r.benchmark} | {r.metric} | {value} | {r.target} | {r.verdict} |")
    return "\n".join(lines)


def machine_line() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{os.cpu_count()} cores ({cpu}){mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def print_rows(rows: Sequence[Row], json_path: str | None = None) -> None:
    print(markdown_table(rows))
    print(f"\nmachine: {machine_line()}")
    if json_path:
        Path(json_path).write_text(json.dumps([asdict(r) for r in rows], indent=2))


def percentile(values: Iterable[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5 - 1e-9)))
    return ordered[rank - 1]


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def kib(n_bytes: float) -> str:
    if n_bytes >= 10 * 1024 * 1024:
        return f"{n_bytes / 1024 / 1024:.1f} MiB"
    if n_bytes >= 10 * 1024:
        return f"{n_bytes / 1024:.0f} KiB"
    return f"{n_bytes:,.0f} B"


class Stopwatch:
    def __enter__(self) -> "Stopwatch":
        self.start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for an interview-watch child: a private HOME and XDG dirs."""
    env = dict(os.environ)
    # PYTHONDONTWRITEBYTECODE (set in some sandboxes) would recompile every module at each start;
    # an installed package runs from its bytecode, so the children do too.
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "INTERVIEW_WATCH_CONFIG",
                "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    env.update({
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home),
    })
    env.update(extra)
    return env
