"""`interview-watch doctor`: one line per check, each with a mark and, when it fails, what to do.

Orchestration only: the real probes (IMAP login, database, notifications, service) are callables
the caller passes in through `DoctorDeps`, so this module is tested with fakes. A probe reports
success by returning a short detail (or None), a warning or full control by returning a
CheckResult, and failure by raising an error from errors.py.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_watch import errors
from interview_watch.config import AccountConfig, Config, check_permissions, database_path, load_config


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool | None  # True passed, None warning, False failed
    detail: str
    advice: str = ""


Outcome = str | CheckResult | None


def _fetch_secret(account: AccountConfig) -> object:
    from interview_watch.adapters.secrets import password_provider

    return password_provider(account)()


def _resolve(host: str, port: int) -> object:
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


@dataclass(frozen=True)
class DoctorDeps:
    account_checker: Callable[[AccountConfig], Outcome]  # TLS + login + INBOX and Sent; or the Maildir
    database_checker: Callable[[Path], Outcome]  # can open or create the database at this path
    notifications_checker: Callable[[], Outcome]
    service_checker: Callable[[], Outcome]
    credential_checker: Callable[[AccountConfig], object] = field(default=_fetch_secret)  # result discarded
    resolve: Callable[[str, int], object] = field(default=_resolve)


# The first matching class gives the advice when an error carries no hint of its own.
ADVICE: tuple[tuple[type[BaseException], str], ...] = (
    (errors.TLSError, "the server's certificate is not trusted or TLS failed: for a self-hosted server set "
                      "ca_file to its CA bundle; check security (tls on 993, starttls on 143)"),
    (errors.AuthenticationFailed, "check username and the password source; Gmail, Yahoo, iCloud and Fastmail "
                                  "need an app password, Microsoft 365 needs oauth2_token_command"),
    (errors.FolderNotFound, "set inbox or sent in the account to the folder's exact name"),
    (errors.ConnectionFailed, "check host and port, and that this machine is online"),
    (errors.CredentialError, "run the password command yourself, or check the variable or keyring entry"),
    (errors.StoreError, "check that the database's folder exists, is writable, and the disk has space"),
    (errors.NotifyError, "start a notification service (a desktop session, or dunst), or set "
                         "notifications.enabled = false"),
    (errors.ServiceError, "run `interview-watch service install`"),
    (OSError, "check the path and its permissions"),
)


def run_doctor(config_path: Path, *, checks: DoctorDeps) -> list[CheckResult]:
    """Given the config file and the probes, run every check and return one result per line.

    Never raises for a failed check: a failure is a result. Checks that need the configuration are
    left out when it cannot be loaded; the notification and service checks run regardless.
    """
    results: list[CheckResult] = []
    cfg = _check_configuration(Path(config_path), results)
    if cfg is not None:
        for account in cfg.accounts:
            results.extend(_check_account(account, checks))
        results.append(_run("database", lambda: checks.database_checker(database_path(cfg)),
                            default_detail=f"{database_path(cfg)} opens"))
        if cfg.notifications.enabled:
            results.append(_run("notifications", checks.notifications_checker, default_detail="can be shown"))
        else:
            results.append(CheckResult("notifications", True, "turned off in the configuration"))
    else:
        results.append(_run("notifications", checks.notifications_checker, default_detail="can be shown"))
    results.append(_run("service", checks.service_checker, default_detail="running"))
    return results


def _check_configuration(path: Path, results: list[CheckResult]) -> Config | None:
    try:
        cfg = load_config(path)
    except errors.ConfigError as exc:
        count = len(exc.problems)
        advice = exc.hint or "run `interview-watch config check` and fix each problem listed"
        results.append(CheckResult("configuration", False,
                                   f"{path}: {count} problem(s): " + "; ".join(exc.problems), advice))
        return None
    names = ", ".join(a.name for a in cfg.accounts)
    results.append(CheckResult("configuration", True, f"{path} is valid ({len(cfg.accounts)} account(s): {names})"))
    warnings = check_permissions(path)
    if warnings:
        results.append(CheckResult("configuration permissions", None, " ".join(warnings),
                                   f"run `chmod 600 {path}`"))
    else:
        results.append(CheckResult("configuration permissions", True, "only you can read it"))
    return cfg


def _check_account(account: AccountConfig, checks: DoctorDeps) -> list[CheckResult]:
    prefix = f"account {account.name}"
    if account.is_maildir:
        return [_run(f"{prefix}: maildir", lambda: checks.account_checker(account),
                     default_detail=f"{account.maildir} readable, INBOX and Sent found")]
    resolved = _run(f"{prefix}: name resolution", lambda: _resolve_host(account, checks.resolve),
                    default_detail=f"{account.host} resolves")
    credentials = _run(f"{prefix}: credentials", lambda: _credentials(account, checks.credential_checker),
                       default_detail="obtained")
    results = [resolved, credentials]
    if resolved.ok and credentials.ok:  # otherwise the login could only fail for the reason already shown
        results.append(_run(f"{prefix}: TLS, login and folders", lambda: checks.account_checker(account),
                            default_detail=f"{account.host}:{account.port} TLS verified, logged in, "
                                           "INBOX and Sent found"))
    return results


def _resolve_host(account: AccountConfig, resolve: Callable[[str, int], object]) -> str:
    try:
        resolve(account.host, account.port)
    except socket.gaierror as exc:
        raise errors.ConnectionFailed(account.name, f"cannot resolve {account.host!r}: {exc.strerror}") from None
    return f"{account.host} resolves"


def _credentials(account: AccountConfig, fetch: Callable[[AccountConfig], object]) -> str:
    fetch(account)  # the secret itself is dropped here, never shown
    credentials_dir = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials_dir and (Path(credentials_dir) / account.name).is_file():
        return "obtained from the systemd credential"
    source = next((key for key in ("oauth2_token_command", "password_command", "password_env") if getattr(account, key)),
                  "keyring" if account.keyring else "systemd credential")
    return f"obtained from {source}"


def _run(name: str, probe: Callable[[], Any], *, default_detail: str) -> CheckResult:
    try:
        outcome = probe()
    except (errors.InterviewWatchError, OSError) as exc:
        return CheckResult(name, False, _message(exc), _advice_for(exc))
    except Exception as exc:  # a diagnostic tool reports a broken probe rather than dying on it
        return CheckResult(name, False, f"unexpected error: {type(exc).__name__}: {exc}",
                           "run again with --verbose and report it")
    if isinstance(outcome, CheckResult):
        return outcome if outcome.name == name else CheckResult(name, outcome.ok, outcome.detail, outcome.advice)
    return CheckResult(name, True, outcome or default_detail)


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f": {exc.filename}" if exc.filename else "")
    return str(exc)


def _advice_for(exc: BaseException) -> str:
    hint = getattr(exc, "hint", "")
    if hint:
        return hint
    return next((advice for cls, advice in ADVICE if isinstance(exc, cls)), "")


MARKS = {True: "✓", None: "!", False: "✗"}
ASCII_MARKS = {True: "ok  ", None: "warn", False: "FAIL"}


def format_results(results: Iterable[CheckResult], *, ascii_only: bool = False) -> str:
    """One line per check: mark, name, detail, and the advice after a dash; then a one-line summary."""
    marks = ASCII_MARKS if ascii_only else MARKS
    results = list(results)
    lines = []
    for r in results:
        line = f"{marks[r.ok]} {r.name}: {r.detail}"
        if r.advice and r.ok is not True:
            line += (" -- " if ascii_only else " — ") + r.advice
        lines.append(line)
    failed = sum(r.ok is False for r in results)
    warned = sum(r.ok is None for r in results)
    passed = len(results) - failed - warned
    lines.append(f"{passed} passed, {warned} warning(s), {failed} failed")
    return "\n".join(lines)


def exit_code(results: Iterable[CheckResult]) -> int:
    """0 when nothing failed (warnings allowed), 1 otherwise."""
    return 1 if any(r.ok is False for r in results) else 0
