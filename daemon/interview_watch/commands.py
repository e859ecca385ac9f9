"""What each command does. Imports are lazy so `--help` and `classify` start fast."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time
from pathlib import Path

from interview_watch.errors import UsageError


def config_path(args: argparse.Namespace) -> Path:
    from interview_watch.config import default_config_path

    return Path(args.config).expanduser() if args.config else default_config_path()


def load(args: argparse.Namespace):
    from interview_watch.config import load_config

    return load_config(config_path(args))


def open_app(args: argparse.Namespace):
    from interview_watch.app import App

    return App(load(args))


def dispatch(args: argparse.Namespace) -> int:
    handler = {
        "run": cmd_run, "poll": cmd_poll, "status": cmd_status, "report": cmd_report,
        "classify": cmd_classify, "interview": cmd_interview, "config": cmd_config,
        "doctor": cmd_doctor, "init": cmd_init, "service": cmd_service, "demo": cmd_demo,
    }[args.command]
    return handler(args)


def cmd_run(args: argparse.Namespace) -> int:
    from interview_watch.daemon_loop import run_daemon

    app = open_app(args)
    try:
        return run_daemon(app)
    finally:
        app.close()


def progress_printer():
    """A bar on a terminal, plain lines otherwise (journald, pipes)."""
    from interview_watch.progress import Progress

    return Progress(sys.stderr)


def cmd_poll(args: argparse.Namespace) -> int:
    app = open_app(args)
    try:
        results = app.poll_once(progress=progress_printer())
    finally:
        app.close()
    code = 0
    for result in results:
        if result.error is not None:
            print(f"{result.account}: failed: {result.error}", file=sys.stderr)
            code = code or result.error.exit_code
        else:
            o = result.outcome
            print(f"{result.account}: examined {o.examined} message(s), {o.thank_yous} new thank-you(s), "
                  f"{o.replies} new reply(ies), {o.skipped} skipped")
    return code


def cmd_status(args: argparse.Namespace) -> int:
    from interview_watch.report import render_table

    app = open_app(args)
    try:
        doc = app.snapshot()
    finally:
        app.close()
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(render_table(doc, color=sys.stdout.isatty()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from interview_watch.report import render_html, render_json, render_markdown
    from interview_watch.report.files import write_atomically

    app = open_app(args)
    try:
        doc = app.snapshot()
        default = app.report_file
    finally:
        app.close()
    render = {"html": render_html, "md": render_markdown, "json": render_json}[args.format]
    text = render(doc)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    if args.output:
        target = Path(args.output).expanduser()
    elif args.format == "html":
        target = default
    else:
        target = default.with_suffix(".md" if args.format == "md" else ".json")
    write_atomically(target, text)
    print(target)
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from interview_watch.classify_command import classify_files

    results = classify_files([Path(f) for f in args.files])
    for item in results:
        if args.json:
            print(json.dumps(item, ensure_ascii=False))
        else:
            ev = "; ".join(item.get("evidence", [])[:3])
            err = f"  ERROR: {item['error']}" if item.get("error") else ""
            print(f"{item['file']}: {item['category']} ({item['confidence']:.2f}) {ev}{err}")
    return 1 if any(item.get("error") for item in results) else 0


def _parse_when(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"--date: cannot read {value!r}; use 2026-09-04 or 2026-09-04T15:00") from exc
    if len(value) <= 10:
        parsed = datetime.combine(parsed.date(), time(12, 0))
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # the user's local zone
    return parsed


def _cues(text: str, allowed: tuple[str, ...], option: str) -> tuple[str, ...]:
    values = tuple(v.strip().replace("-", "_") for v in text.split(",") if v.strip())
    bad = [v for v in values if v not in allowed]
    if bad:
        raise UsageError(f"{option}: unknown cue(s) {', '.join(bad)}; choose from {', '.join(allowed)}")
    return values


def cmd_interview(args: argparse.Namespace) -> int:
    from interview_watch.core.models import (BODY_LANGUAGE_CUES, ENGAGEMENT_CUES, STATUSES,
                                             InterviewCues)

    app = open_app(args)
    try:
        store = app.store
        if args.action == "add":
            contacts = tuple(c.strip().lower() for c in args.contact if c.strip())
            bad = [c for c in contacts if "@" not in c]
            if bad:
                raise UsageError(f"--contact: {bad[0]!r} is not an email address")
            when = _parse_when(args.date) if args.date else None
            new_id = store.add_interview(args.company, args.role, contacts, app.now(), "manual", when)
            print(f"interview {new_id} added: {args.company} {args.role}".rstrip())
        elif args.action == "log":
            cues = InterviewCues(
                body_language=_cues(args.body_language, BODY_LANGUAGE_CUES, "--body-language"),
                engagement=_cues(args.engagement, ENGAGEMENT_CUES, "--engagement"),
                pace=args.pace, notes=args.notes, logged_at=app.now(),
            )
            store.set_cues(args.id, cues)
            print(f"interview {args.id}: cues logged")
        elif args.action == "set-status":
            if args.status == "auto":
                store.set_override(args.id, "", None)
                print(f"interview {args.id}: override removed")
            elif args.status not in STATUSES:
                raise UsageError(f"unknown status {args.status!r}; choose from {', '.join(STATUSES)} or 'auto'")
            else:
                store.set_override(args.id, args.status, app.now())
                print(f"interview {args.id}: status set to {args.status} (until a newer reply)")
        else:
            doc = app.snapshot()
            if args.json:
                print(json.dumps([{k: iv[k] for k in ("id", "company", "role", "contacts", "status")}
                                  for iv in doc["interviews"]], indent=2, ensure_ascii=False))
            for iv in doc["interviews"] if not args.json else []:
                print(f"{iv['id']:>4}  {iv['company'][:28]:<28} {iv['role'][:30]:<30} {iv['status']}")
        if args.action in ("add", "log", "set-status"):
            app.write_report()
    finally:
        app.close()
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from interview_watch.config import check_permissions

    path = config_path(args)
    cfg = load(args)
    for warning in check_permissions(path):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{path}: OK ({len(cfg.accounts)} account(s))")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from interview_watch.doctor import format_results, run_doctor
    from interview_watch.doctor_checks import real_checks

    results = run_doctor(config_path(args), checks=real_checks())
    print(format_results(results))
    return 0 if all(r.ok is not False for r in results) else 1


def cmd_init(args: argparse.Namespace) -> int:
    from interview_watch.doctor_checks import test_connection
    from interview_watch.setup_wizard import run_init

    path = run_init(args, connection_tester=test_connection)
    print(f"configuration written to {path}")
    print("next: `interview-watch poll --once`, then `interview-watch service install`")
    return 0


def cmd_service(args: argparse.Namespace) -> int:
    from interview_watch.service_files.manager import execute, plan

    the_plan = plan(args.action, config_path(args).resolve())
    if args.dry_run:
        print(the_plan.describe())
        return 0
    print(execute(the_plan))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from interview_watch.demo import run_demo

    return run_demo(Path(args.dir).expanduser() if args.dir else None)
