"""The one wiring point: builds the adapters from the configuration and runs the job's steps.

Data flows one way: mail source -> parse -> match -> classify -> status -> store (one
transaction) -> notify -> report. Nothing here decides anything; the core does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from interview_watch.errors import (AuthenticationFailed, ConnectionFailed, FolderNotFound,
                                    InterviewWatchError, TLSError)

# Start-up cost: the store, the sync (mail parsing, the classifier) and the lifecycle (holidays)
# are imported by the methods that use them, so `import interview_watch.app` stays cheap.
if TYPE_CHECKING:
    from interview_watch.config import AccountConfig, Config
    from interview_watch.core.models import Interview, InterviewState
    from interview_watch.ports import Folders, MailSource, Notifier
    from interview_watch.sync import Progress, SyncOutcome

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class AccountResult:
    account: str
    outcome: SyncOutcome | None
    error: InterviewWatchError | None

    @property
    def fatal(self) -> bool:
        """A rejected login or an untrusted certificate: retrying will not help."""
        return isinstance(self.error, (AuthenticationFailed, TLSError))


def build_source(account: AccountConfig, state_dir: Path) -> MailSource:
    """Given an account, return its mail source (IMAP, or a local Maildir)."""
    if account.is_maildir:
        from interview_watch.adapters.maildir import MaildirSource

        return MaildirSource(account, state_dir)
    from interview_watch.adapters.imap import ImapSource
    from interview_watch.adapters.secrets import password_provider

    return ImapSource(account, password_provider(account), xoauth2=bool(account.oauth2_token_command))


def build_notifier(config: Config) -> Notifier:
    from interview_watch.adapters.notify import DesktopNotifier

    return DesktopNotifier(enabled=config.notifications.enabled)


class App:
    """Given a configuration (and optionally collaborators for tests), run the job's steps."""

    def __init__(self, config: Config, *, now: Callable[[], datetime] = utc_now,
                 notifier: Notifier | None = None,
                 source_factory: Callable[[AccountConfig], MailSource] | None = None) -> None:
        from interview_watch.adapters.store import Store
        from interview_watch.config import database_path, report_path
        from interview_watch.core.speed import BusinessClock

        self.config = config
        self.now = now
        self.database = database_path(config)
        self.report_file = report_path(config)
        self.store = Store(self.database)
        self._notifier = notifier
        self._state_dir = self.database.parent
        self._source_factory = source_factory or (lambda acc: build_source(acc, self._state_dir))
        self._pool: dict[str, MailSource] = {}
        self._folders: dict[str, Folders] = {}
        self._reused: set[str] = set()
        self.clock = BusinessClock(config.tracking.timezone, config.tracking.holidays)

    def new_source(self, account: AccountConfig) -> MailSource:
        return self._source_factory(account)

    @property
    def notifier(self) -> Notifier:
        if self._notifier is None:
            self._notifier = build_notifier(self.config)
        return self._notifier

    def close(self) -> None:
        for name in list(self._pool):
            self._drop_source(name)
        self.store.close()

    # -- syncing --------------------------------------------------------------------------------

    def _pooled_source(self, account: AccountConfig) -> MailSource:
        """The account's open connection, kept between syncs (a poll then costs two EXAMINEs)."""
        source = self._pool.get(account.name)
        if source is None:
            source = self._source_factory(account)
            source.connect()
            self._pool[account.name] = source
        return source

    def _drop_source(self, name: str) -> None:
        source = self._pool.pop(name, None)
        self._folders.pop(name, None)
        if source is not None:
            source.close()

    def _sync_with_pool(self, account: AccountConfig, progress: Progress | None,
                        cancelled: Callable[[], bool] | None) -> SyncOutcome:
        from interview_watch.sync import AccountSync

        self._reused.discard(account.name)
        if account.name in self._pool:
            self._reused.add(account.name)
        source = self._pooled_source(account)
        if account.name not in self._folders:
            self._folders[account.name] = source.folders()
        return AccountSync(self.store, account, self.config.tracking, self.now, progress,
                           cancelled).run(source, self._folders[account.name])

    def sync_account(self, account: AccountConfig, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> AccountResult:
        """Sync one account; record success or the error in the store's health table."""
        try:
            try:
                outcome = self._sync_with_pool(account, progress, cancelled)
            except (ConnectionFailed, FolderNotFound):
                if account.name not in self._reused:
                    raise
                # A kept connection the server dropped (or whose folders changed under it) while
                # we were idle: once more, afresh.
                self._drop_source(account.name)
                outcome = self._sync_with_pool(account, progress, cancelled)
        except InterviewWatchError as exc:
            self._drop_source(account.name)  # reconnect next time
            log.debug("%s", exc)  # each caller reports it once, in its own words
            self.store.record_error(account.name, str(exc), self.now())
            return AccountResult(account.name, None, exc)
        except BaseException:
            self._drop_source(account.name)
            raise
        self.store.record_success(account.name, self.now(), outcome.examined)
        log.info("%s: examined %d, fetched %d bodies, %d thank-you(s), %d reply(ies), %d skipped",
                 account.name, outcome.examined, outcome.bodies_fetched, outcome.thank_yous,
                 outcome.replies, outcome.skipped)
        return AccountResult(account.name, outcome, None)

    def poll_once(self, progress: Progress | None = None) -> list[AccountResult]:
        """One full sync of every account, then events, notifications and the report."""
        results = [self.sync_account(acc, progress=progress) for acc in self.config.accounts]
        self.after_sync()
        return results

    def after_sync(self) -> None:
        """Effects after commit: queue new events, notify them once, rewrite the report."""
        self.queue_events()
        self.deliver_events()
        self.write_report()

    # -- derived state ---------------------------------------------------------------------------

    def states(self) -> list[tuple[Interview, list, list, InterviewState]]:
        from interview_watch.core.lifecycle import interview_state

        now = self.now()
        thank_yous = self.store.thank_yous()
        replies = self.store.replies()
        result = []
        for iv in self.store.interviews():
            tys = [t for t in thank_yous if t.interview_id == iv.id]
            reps = [r for r in replies if r.interview_id == iv.id]
            state = interview_state(iv, tys, reps, now, self.clock,
                                    self.config.tracking.silence_after_business_days)
            result.append((iv, tys, reps, state))
        return result

    def queue_events(self) -> int:
        events = [ev for *_, state in self.states() for ev in state.events]
        return self.store.queue_events(events, self.now())

    def deliver_events(self) -> int:
        """Notify every queued event once; the store remembers it, so restarts never repeat one."""
        delivered = 0
        for event in self.store.pending_events():
            try:
                shown = self.notifier.notify(event.title, event.body)
            except Exception as exc:  # a broken notification backend must never stop the sync
                log.warning("notification failed for %r: %s", event.title, exc)
                shown = False
            self.store.mark_delivered(event.key, self.now(), "shown" if shown else "logged")
            delivered += 1
        return delivered

    def health(self) -> dict[str, Any]:
        recorded = {h.account: h for h in self.store.health()}
        accounts = []
        for acc in self.config.accounts:
            h = recorded.get(acc.name)
            accounts.append({
                "name": acc.name,
                "last_success": h.last_success.isoformat() if h and h.last_success else None,
                "last_error": h.last_error if h else None,
                "last_error_at": h.last_error_at.isoformat() if h and h.last_error_at else None,
                "messages_seen": h.messages_seen if h else 0,
            })
        skipped = [
            {"account": s.account, "folder": s.folder, "uid": s.uid, "message_id": s.message_id,
             "reason": s.reason, "at": s.at.isoformat()}
            for s in self.store.skipped()
        ]
        return {"accounts": accounts, "skipped": skipped, "database": str(self.database)}

    def snapshot(self) -> dict[str, Any]:
        from interview_watch.core.snapshot import interview_document, status_document

        interviews = [interview_document(iv, tys, reps, state) for iv, tys, reps, state in self.states()]
        return status_document(interviews, self.health(), self.now(), str(self.report_file))

    def write_report(self, path: Path | None = None) -> Path:
        from interview_watch.report import render_html
        from interview_watch.report.files import write_atomically

        target = path or self.report_file
        write_atomically(target, render_html(self.snapshot()))
        return target


def default_state_dir() -> Path:
    from interview_watch.config import default_data_dir

    return default_data_dir()
