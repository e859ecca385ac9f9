"""Benchmark: process start-up, the fixed cost every command pays before it does any work.

Each command runs as a fresh child process `--runs` times (default 15); the fastest and the
median wall times are reported. Measured:
- `python -c "import interview_watch.app"` (what `run` and `poll` load), against a bare `python -c pass`;
- `interview-watch --help`;
- `interview-watch --config X poll --once` on a Maildir account whose INBOX and Sent are empty,
  on a fresh database each run (first sync) and again on the database it left (a later poll);
- the same poll with `holidays = "DE"`, since a country calendar costs its own import;
- `interview-watch --config X run` until it logs its first sync (then SIGTERM): the daemon's start-up.

Two rounds: "no bytecode cache" is how this repo runs under PYTHONDONTWRITEBYTECODE=1 (every
module of the package is compiled from source on every start); "bytecode cached" is how an
installed package runs (pip writes the .pyc files; here they go to a temporary
PYTHONPYCACHEPREFIX, warmed by one run first, so the source tree is left alone).

    .venv/bin/python benchmarks/startup.py [--runs 15] [--mode both|cached|uncached]

To see where the time goes: `.venv/bin/python -X importtime -c "import interview_watch.app"`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import ROOT  # noqa: E402

PYTHON = sys.executable
TARGET_SECONDS = 0.2


def empty_maildir(root: Path) -> Path:
    for folder in (root, root / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    return root


def write_config(directory: Path, maildir: Path, holidays: str = "") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "config.toml"
    path.write_text("\n".join([
        "[[accounts]]", 'name = "local"', f'maildir = "{maildir}"', 'addresses = ["me@example.com"]', "",
        "[tracking]", 'timezone = "UTC"', f'holidays = "{holidays}"', "",
        "[notifications]", "enabled = false", "",
        "[daemon]", f'report = "{directory / "report.html"}"', "",
        "[storage]", f'database = "{directory / "interview-watch.sqlite3"}"', "",
    ]))
    path.chmod(0o600)
    return path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(argv: list[str], env: dict[str, str], before=None) -> tuple[float, float]:  # noqa: ANN001
    """Run `argv` once; return (wall seconds, CPU seconds of the child)."""
    if before is not None:
        before()
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr.decode()}")
    return elapsed, _children_cpu() - cpu


def until_first_sync(argv: list[str], env: dict[str, str]) -> float:
    """Start the daemon; return the wall seconds to its first "examined" log line, then stop it."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if "examined" in line:
                return time.perf_counter() - started
        raise SystemExit(f"{' '.join(argv)} ended before its first sync ({proc.wait()})")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)


def measure(label: str, argv: list[str], env: dict[str, str], runs: int, before=None, target: bool = False) -> None:  # noqa: ANN001
    """Print the fastest and median wall time, and the fastest CPU time (user + system): on a busy
    machine the CPU time is the steadier figure."""
    results = [wall(argv, env, before) for _ in range(runs)]
    times = sorted(w for w, _ in results)
    cpu = min(c for _, c in results)
    verdict = ""
    if target:
        verdict = "  met" if times[0] <= TARGET_SECONDS else "  MISSED"
    print(f"{label:<44} wall min {times[0]:.3f} s  median {statistics.median(times):.3f} s"
          f"  cpu min {cpu:.3f} s{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--mode", choices=("both", "cached", "uncached"), default="both")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    with tempfile.TemporaryDirectory(prefix="iw-startup-") as tmp:
        base = Path(tmp)
        if args.mode in ("both", "uncached"):
            print("-- no bytecode cache (PYTHONDONTWRITEBYTECODE=1)")
            run_all({**env, "PYTHONDONTWRITEBYTECODE": "1"}, base / "uncached", args.runs)
        if args.mode in ("both", "cached"):
            print("-- bytecode cached (as installed)")
            cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cached["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
            run_all(cached, base / "cached", args.runs, warm=True)


def run_all(env: dict[str, str], base: Path, runs: int, warm: bool = False) -> None:
    cli = [PYTHON, "-m", "interview_watch"]
    env["HOME"] = str(base / "home")
    env["XDG_CONFIG_HOME"] = str(base / "home" / ".config")
    env["XDG_DATA_HOME"] = str(base / "home" / ".local" / "share")
    maildir = empty_maildir(base / "Maildir")
    plain = write_config(base / "plain", maildir)
    german = write_config(base / "de", maildir, holidays="DE")

    def fresh_database(directory: Path = plain.parent) -> None:
        for name in os.listdir(directory):
            if name != "config.toml":
                target = directory / name
                shutil.rmtree(target) if target.is_dir() else target.unlink()

    if warm:  # compile every module the commands below load, once
        wall([*cli, "--config", str(german), "poll", "--once"], env)
        wall([*cli, "--help"], env)
    measure("python -c pass", [PYTHON, "-c", "pass"], env, runs)
    measure("python -c 'import interview_watch.app'", [PYTHON, "-c", "import interview_watch.app"],
            env, runs, target=True)
    measure("interview-watch --help", [*cli, "--help"], env, runs)
    poll = [*cli, "--config", str(plain), "poll", "--once"]
    measure("poll --once, empty Maildir, new database", poll, env, runs, before=fresh_database,
            target=True)
    measure("poll --once, empty Maildir, kept database", poll, env, runs, target=True)
    measure('poll --once, holidays = "DE"', [*cli, "--config", str(german), "poll", "--once"], env,
            runs)
    run = [*cli, "--config", str(plain), "run"]
    times = sorted(until_first_sync(run, env) for _ in range(runs))
    print(f"{'run: until the first sync is logged':<44} wall min {times[0]:.3f} s  median {statistics.median(times):.3f} s")


if __name__ == "__main__":
    main()
