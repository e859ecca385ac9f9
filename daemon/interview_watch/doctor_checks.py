"""The real probes behind `doctor` and `init`: each opens the real thing, briefly, read-only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from interview_watch.config import AccountConfig
from interview_watch.doctor import CheckResult, DoctorDeps
from interview_watch.errors import NotifyError


def test_connection(account: AccountConfig) -> str:
    """Log in, find INBOX and Sent, and open both read-only. Raise a MailSourceError subclass."""
    from interview_watch.app import build_source

    with tempfile.TemporaryDirectory() as scratch:
        source = build_source(account, Path(scratch))
        source.connect()
        try:
            folders = source.folders()
            source.examine(folders.inbox)
            source.examine(folders.sent)
        finally:
            source.close()
    return f"TLS verified, logged in, INBOX and Sent ({folders.sent}) found" if not account.is_maildir \
        else f"{account.maildir} readable, INBOX and Sent ({folders.sent}) found"


def check_database(path: Path) -> str:
    from interview_watch.adapters.store import Store

    Store(path).close()
    return f"{path} opens (schema up to date)"


def check_notifications() -> str | CheckResult:
    from interview_watch.adapters.notify import has_desktop_session, linux_backend

    if not has_desktop_session(os.environ):
        return CheckResult("notifications", None, "no desktop session in this environment; events will be logged",
                           "run doctor from your desktop session to check notifications there")
    backend = linux_backend(os.environ)
    if backend is None:
        raise NotifyError("no notification backend found (plyer needs python-dbus or notify-send)")
    return f"desktop session found; backend {backend}"


def check_service() -> str | CheckResult:
    from interview_watch.service_files.manager import execute, plan
    from interview_watch.config import default_config_path

    try:
        text = execute(plan("status", default_config_path()))
    except Exception as exc:  # a missing service manager is a warning, not a failure
        return CheckResult("service", None, f"not installed or not running ({exc})",
                           "run `interview-watch service install` to start it with your session")
    return text.splitlines()[0] if text else "installed"


def real_checks() -> DoctorDeps:
    return DoctorDeps(
        account_checker=test_connection,
        database_checker=check_database,
        notifications_checker=check_notifications,
        service_checker=check_service,
    )
