"""The command line: parses arguments, runs one command, and is the one place that speaks errors.

Every error the program raises on purpose becomes one plain message on stderr and an exit code;
nothing reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from interview_watch import __version__
from interview_watch.errors import InterviewWatchError

EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interview-watch",
        description="Watch your mailbox for replies to interview thank-you emails, locally.",
    )
    parser.add_argument("--config", metavar="PATH",
                        help="configuration file (default: $INTERVIEW_WATCH_CONFIG, else the user config folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    parser.add_argument("--version", action="version", version=f"interview-watch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sub.add_parser("run", help="the daemon, in the foreground (IDLE plus a periodic poll)")
    poll = sub.add_parser("poll", help="sync every account")
    poll.add_argument("--once", action="store_true", required=True, help="one full sync, then exit")

    status = sub.add_parser("status", help="every interview with its status, speed and outlook")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    report = sub.add_parser("report", help="write the status report")
    report.add_argument("--format", choices=("html", "md", "json"), default="html")
    report.add_argument("--output", metavar="PATH", help="file to write (default: the report path; '-' for stdout)")

    classify = sub.add_parser("classify", help="classify messages from .eml files")
    classify.add_argument("--json", action="store_true", help="one JSON object per line")
    classify.add_argument("files", nargs="+", metavar="FILE.eml")

    interview = sub.add_parser("interview", help="record interviews, log cues, override a status")
    isub = interview.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = isub.add_parser("add", help="record an interview by hand")
    add.add_argument("--company", required=True)
    add.add_argument("--role", default="")
    add.add_argument("--contact", action="append", default=[], metavar="ADDRESS",
                     help="an interviewer's or recruiter's address (repeatable)")
    add.add_argument("--date", metavar="WHEN", help="when the interview took place (ISO date or date-time)")
    log_ = isub.add_parser("log", help="log how the interview felt")
    log_.add_argument("id", type=int)
    log_.add_argument("--body-language", default="", metavar="CUES",
                      help="comma-separated: eye_contact, smiles, nods, distracted, fidgety, closed_posture")
    log_.add_argument("--engagement", default="", metavar="CUES",
                      help="comma-separated: insightful_questions, follow_up_questions, few_questions, ran_over_time")
    log_.add_argument("--pace", default="", choices=("", "unhurried", "rushed"))
    log_.add_argument("--notes", default="")
    setst = isub.add_parser("set-status", help="override an interview's status by hand")
    setst.add_argument("id", type=int)
    setst.add_argument("status", help="a status, or 'auto' to remove the override")
    isub.add_parser("list", help="list interviews").add_argument("--json", action="store_true")

    config = sub.add_parser("config", help="configuration")
    csub = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    csub.add_parser("check", help="validate the configuration, every problem at once")

    sub.add_parser("doctor", help="check connection, TLS, folders, credentials, notifications, service")
    init = sub.add_parser("init", help="write a configuration, with provider presets")
    from interview_watch.setup_wizard import add_init_arguments

    add_init_arguments(init)

    service = sub.add_parser("service", help="install the systemd user unit or launchd agent")
    service.add_argument("action", choices=("install", "uninstall", "status"))
    service.add_argument("--dry-run", action="store_true", help="print what would be written and run")

    demo = sub.add_parser("demo", help="the whole job on a generated local mailbox, no account needed")
    demo.add_argument("--dir", metavar="PATH", help="where to put the demo mailbox and data (default: a new temp dir)")
    return parser


def configure_logging(verbose: bool) -> None:
    """Log to stderr plainly: journald and launchd add their own timestamps."""
    level = logging.DEBUG if verbose else logging.INFO
    fmt = "%(levelname)s %(name)s: %(message)s" if verbose else "%(levelname)s: %(message)s"
    if os.environ.get("INVOCATION_ID") is None and sys.stderr.isatty():
        fmt = "%(asctime)s " + fmt
    logging.basicConfig(level=level, format=fmt, stream=sys.stderr, force=True)
    for noisy in ("apscheduler", "imapclient", "mailparser", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING if not verbose else logging.INFO)


def handle_error(exc: BaseException) -> int:
    """Given any error, print one plain message (never a traceback) and return the exit code."""
    if isinstance(exc, InterviewWatchError):
        print(f"interview-watch: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        print("interview-watch: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if isinstance(exc, BrokenPipeError):
        return 0
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"interview-watch: {exc.strerror or exc}{where}", file=sys.stderr)
        return 74
    print(f"interview-watch: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
    print("hint: run again with --verbose and report it; your mailbox was not changed", file=sys.stderr)
    return 70


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    from interview_watch import commands

    try:
        return commands.dispatch(args)
    except BaseException as exc:  # the one place that turns every failure into words
        if isinstance(exc, SystemExit):
            raise
        if args.verbose and not isinstance(exc, (InterviewWatchError, KeyboardInterrupt)):
            logging.getLogger(__name__).exception("unexpected error")
        return handle_error(exc)
