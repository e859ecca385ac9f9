"""`run`: the daemon in the foreground.

Threads only wait and enqueue; the main thread does every sync and every write, so the store
has one writer and signals are handled promptly:
- one watcher per account holds an IDLE on the inbox (re-issued every 9 minutes) and asks for a
  sync when mail arrives, and a catch-up sync after every (re)connect, backing off from 1 s to
  5 minutes with jitter; a rejected login or an untrusted certificate stops that watcher and
  tells the user;
- an APScheduler interval poll is the safety net, and a short tick fires the time-driven
  reminders and notices a wake from sleep (the wall clock jumping ahead of the monotonic one).
SIGTERM/SIGINT stop it within 5 seconds: a sync stops between batches, and anything not yet
committed is simply read again next time.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import threading
import time
from datetime import datetime, timedelta, timezone

from interview_watch.app import App
from interview_watch.backoff import Backoff
from interview_watch.config import AccountConfig
from interview_watch.errors import AuthenticationFailed, ConnectionFailed, InterviewWatchError, TLSError
from interview_watch.sync import SyncCancelled

log = logging.getLogger(__name__)

# Servers drop IDLE well before 29 minutes, some after 10; the variable is for servers (and tests)
# that need it shorter.
IDLE_SECONDS = float(os.environ.get("INTERVIEW_WATCH_IDLE_SECONDS", "540"))
TICK_SECONDS = 60
REMINDER_CHECK_SECONDS = 900  # reminders are business-day boundaries; a 15-minute check is plenty
HARD_STOP_SECONDS = 4.5
ALL = "*"
STOP = "stop"


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.stop = threading.Event()
        self.requests: "queue.Queue[str]" = queue.Queue()
        self.disabled: set[str] = set()
        self._retry: dict[str, Backoff] = {}
        self._threads: list[threading.Thread] = []

    # -- threads that only wait ---------------------------------------------------------------

    def watch(self, account: AccountConfig) -> None:
        """Hold IDLE on the account's inbox; ask for a sync on news and after every reconnect."""
        backoff = Backoff()
        while not self.stop.is_set():
            source = self.app.new_source(account)
            try:
                source.connect()
                inbox = source.folders().inbox
                source.examine(inbox)
                backoff.reset()
                self.requests.put(account.name)  # catch up on whatever came while away
                while not self.stop.is_set():
                    if source.wait_for_change(inbox, IDLE_SECONDS):
                        log.debug("%s: new mail signalled", account.name)
                        self.requests.put(account.name)
            except (AuthenticationFailed, TLSError) as exc:
                log.error("%s; not retrying this account until the daemon restarts", exc)
                self.disabled.add(account.name)
                self.requests.put(f"error:{account.name}:{exc}")
                return
            except InterviewWatchError as exc:
                delay = backoff.next_delay()
                log.warning("%s; reconnecting in %.0f s", exc, delay)
                self.stop.wait(delay)
            finally:
                source.close()

    def tick(self) -> None:
        """Reminders are time-driven; also notice the machine waking from sleep."""
        last_wall, last_mono = time.time(), time.monotonic()
        since_check = 0.0
        while not self.stop.wait(TICK_SECONDS):
            wall, mono = time.time(), time.monotonic()
            since_check += mono - last_mono
            if (wall - last_wall) - (mono - last_mono) > 2 * TICK_SECONDS:
                log.info("woke from sleep; catching up")
                self.requests.put(ALL)
                since_check = 0.0
            elif since_check >= REMINDER_CHECK_SECONDS:
                self.requests.put("tick")
                since_check = 0.0
            last_wall, last_mono = wall, mono

    # -- the main thread does the work --------------------------------------------------------

    def handle(self, first: str) -> None:
        """Serve `first` and everything queued behind it with one sync per account."""
        accounts = {a.name: a for a in self.app.config.accounts}
        requests = [first]
        while True:
            try:
                requests.append(self.requests.get_nowait())
            except queue.Empty:
                break
        names: set[str] = set()
        for request in requests:
            if request.startswith("error:"):
                _, name, message = request.split(":", 2)
                self.app.store.record_error(name, message, self.app.now())
            elif request == ALL:
                names.update(accounts)
            elif request in accounts:
                names.add(request)
        for name in (n for n in accounts if n in names and n not in self.disabled):
            result = self.app.sync_account(accounts[name], cancelled=self.stop.is_set)
            if result.error is None:
                self._retry.pop(name, None)
            elif result.fatal:
                log.error("%s; not retrying this account until the daemon restarts", result.error)
                self.disabled.add(name)
            else:
                log.warning("%s", result.error)
                self._schedule_retry(name)
        self.app.after_sync()

    def _schedule_retry(self, name: str) -> None:
        """A sync that failed on its own connection is tried again soon, not at the next poll."""
        delay = self._retry.setdefault(name, Backoff()).next_delay()
        log.info("%s: sync failed; trying again in %.0f s", name, delay)
        timer = threading.Timer(delay, lambda: self.stop.is_set() or self.requests.put(name))
        timer.daemon = True
        timer.start()

    def start_threads(self) -> None:
        for account in self.app.config.accounts:
            t = threading.Thread(target=self.watch, args=(account,), name=f"watch-{account.name}", daemon=True)
            t.start()
            self._threads.append(t)
        t = threading.Thread(target=self.tick, name="tick", daemon=True)
        t.start()
        self._threads.append(t)

    def request_stop(self, signum: int, _frame: object) -> None:
        log.info("received %s; stopping", signal.Signals(signum).name)
        self.stop.set()
        self.requests.put(STOP)
        # Everything is committed per batch, so a hard exit after a grace period loses nothing.
        timer = threading.Timer(HARD_STOP_SECONDS, lambda: os._exit(0))
        timer.daemon = True
        timer.start()

    def serve(self) -> int:
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        # The safety-net poll fires every poll_minutes counted from now, as always; but APScheduler
        # costs ~0.15 s to import (it reads every installed package's entry points), so it is set
        # up after the first sync, which then starts that much sooner.
        first_poll = datetime.now(timezone.utc) + timedelta(minutes=self.app.config.daemon.poll_minutes)
        scheduler = None
        log.info("interview-watch running: %d account(s), poll every %s min, report at %s",
                 len(self.app.config.accounts), self.app.config.daemon.poll_minutes, self.app.report_file)
        self.requests.put(ALL)
        self.start_threads()
        try:
            while not self.stop.is_set():
                request = self.requests.get()
                if request == STOP:
                    break
                try:
                    self.handle(request)
                except SyncCancelled:
                    break
                except ConnectionFailed as exc:
                    log.warning("%s", exc)
                if scheduler is None:
                    scheduler = self._start_poll_schedule(first_poll)
        finally:
            if scheduler is not None:
                scheduler.shutdown()
        log.info("stopped")
        return 0

    def _start_poll_schedule(self, first_poll: datetime):  # noqa: ANN202 (IntervalScheduler, imported here)
        """Start the interval poll whose first run is `first_poll`; a first run that a long first
        sync has already passed is queued now, as the scheduler would have queued it then."""
        from interview_watch.adapters.scheduler import IntervalScheduler

        scheduler = IntervalScheduler()
        scheduler.every(self.app.config.daemon.poll_minutes, lambda: self.requests.put(ALL), "poll",
                        first=first_poll)
        if datetime.now(timezone.utc) >= first_poll:
            self.requests.put(ALL)
        scheduler.start()
        return scheduler


def run_daemon(app: App) -> int:
    return Daemon(app).serve()
