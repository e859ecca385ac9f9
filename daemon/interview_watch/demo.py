"""`demo`: the whole job on a generated local mailbox; no account and no network needed."""

from __future__ import annotations

import logging
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from interview_watch.demo_mailbox import ME, write_demo_mailbox

DEMO_CONFIG = """\
# A configuration for the demo mailbox; try:
#   interview-watch --config {config} status
[[accounts]]
name = "demo"
maildir = "{maildir}"
addresses = ["{me}"]

[tracking]
timezone = "America/New_York"
holidays = "US"
silence_after_business_days = 5
lookback_days = 90

[notifications]
enabled = false

[daemon]
poll_minutes = 5
report = "{report}"

[storage]
database = "{database}"
"""


def write_demo_config(root: Path) -> Path:
    path = root / "config.toml"
    path.write_text(DEMO_CONFIG.format(
        config=path, maildir=root / "Maildir", me=ME, report=root / "report.html",
        database=root / "interview-watch.sqlite3",
    ))
    path.chmod(0o600)
    return path


def run_demo(target: Path | None = None, out=sys.stdout) -> int:
    """Given an (optional) folder, build the demo there, run one sync and print the status table."""
    from interview_watch.app import App
    from interview_watch.config import load_config
    from interview_watch.core.models import InterviewCues
    from interview_watch.report import render_table

    root = target or Path(tempfile.mkdtemp(prefix="interview-watch-demo-"))
    root.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc)
    write_demo_mailbox(root / "Maildir", now)
    config_path = write_demo_config(root)
    logging.getLogger().setLevel(logging.WARNING)
    app = App(load_config(config_path))
    try:
        if not any(iv.company == "Wayne Enterprises" for iv in app.store.interviews()):
            app.store.add_interview("Wayne Enterprises", "Security Engineer", ("lucius@wayne.example",),
                                    created_at=now - timedelta(days=2), source="manual",
                                    interview_at=now - timedelta(days=2))
        results = app.poll_once()
        for iv in app.store.interviews():
            if iv.company == "Northwind" and iv.cues is None:
                app.store.set_cues(iv.id, InterviewCues(
                    body_language=("eye_contact", "smiles", "nods"),
                    engagement=("insightful_questions", "follow_up_questions"),
                    pace="unhurried", notes="Ran 15 minutes over; they asked about my open-source work.",
                    logged_at=now))
        app.write_report()
        doc = app.snapshot()
        events = app.store.delivered_events()
    finally:
        app.close()
    failed = [r for r in results if r.error is not None]
    for r in failed:
        print(f"demo: {r.error}", file=sys.stderr)
    print(f"Demo mailbox: {root / 'Maildir'}", file=out)
    print(f"Events the daemon would show as notifications ({len(events)}):", file=out)
    for _key, title, _outcome in events:
        print(f"  • {title}", file=out)
    print("", file=out)
    print(render_table(doc, color=out.isatty() if hasattr(out, "isatty") else False), file=out)
    print(f"Try:    interview-watch --config {config_path} status", file=out)
    return 1 if failed else 0
