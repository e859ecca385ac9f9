"""Soak: 200 replies arrive while the connection drops about 30 times at random (seeded).

Each reply answers its own interview (200 thank-yous to 200 companies), so each reply moves one
interview's status once and must produce exactly one desktop notification. Afterwards: every
reply stored exactly once and linked to its own company, dunst received exactly the expected
notifications (none missing, none repeated), and the store is consistent (no skipped message,
every event delivered, each folder mark equal to the folder's highest UID).
"""

from __future__ import annotations

import os
import random
import subprocess
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import (DaemonRunner, company_names, folder_marks, query, set_account_keys,
                                   wait_until)
from tests.fixtures.desktop import desktop, desktop_session  # noqa: F401
from tests.fixtures.dovecot import dovecot  # noqa: F401
from tests.fixtures.proxy import FaultProxy
from tests.fixtures.scenarios import ME, message, thank_you

pytestmark = [pytest.mark.dovecot, pytest.mark.desktop, pytest.mark.slow]

REPLIES = 200
DROPS = 30
SEED = 7


def contact(company: str) -> str:
    return f"hiring.manager@{company.lower()}.com"


def ty_id(i: int) -> str:
    return f"<soak-ty-{i}@example.net>"


def reply_id(i: int) -> str:
    return f"<soak-reply-{i}@mail.example.com>"


def reply_raw(i: int, company: str) -> bytes:
    return message(
        frm=f"Hiring Manager <{contact(company)}>", to=ME,
        subject="Re: Thank you - Backend Engineer interview",
        body=(f"Hi Sam,\n\nThank you for your note. We would like to invite you to a second interview "
              f"with the {company} team next week.\n\nBest,\nThe hiring manager\n"),
        at=datetime.now(timezone.utc), mid=reply_id(i), headers={"In-Reply-To": ty_id(i)},
    )


def drop_connections(proxy: FaultProxy, rng: random.Random, count: int, dropped: list[str]) -> None:
    """Drop the daemon's connections `count` times at random moments, each while one is open
    and has had a moment to log in (so every drop bites); record each drop's kind."""
    for _ in range(count):
        wait_until(lambda: proxy.open_connections > 0, 60, interval=0.01, what="a connection to drop")
        time.sleep(rng.uniform(0.2, 0.8))
        if rng.random() < 0.7:
            proxy.reset()
            dropped.append("reset")
        else:
            proxy.drop_all()
            dropped.append("fin")


class ScreenCleaner:
    """Close the notifications on dunst's screen every 0.3 s (they stay counted in its history).

    200 notifications on screen at once make dunst re-render a long stack for each new one, which
    slows every Notify call tenfold; no user keeps 200 on screen."""

    def __init__(self, desktop) -> None:  # noqa: F811
        self._env = desktop.environ()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "ScreenCleaner":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(0.3):
            subprocess.run(["dbus-send", "--session", "--dest=org.freedesktop.Notifications",
                            "--type=method_call", "/org/freedesktop/Notifications",
                            "org.dunstproject.cmd0.NotificationCloseAll"],
                           env=self._env, capture_output=True, timeout=10, check=False)


def highest_uid(server, user: str, folder: str) -> int:
    with server.admin(user) as client:
        client.select_folder(folder, readonly=True)
        return max(client.search("ALL"))


def test_200_replies_through_30_random_drops_each_processed_and_notified_once(
        dovecot, desktop, tmp_path):  # noqa: F811
    rng = random.Random(SEED)
    companies = company_names(REPLIES)
    user = dovecot.new_user()
    sent_at = datetime.now(timezone.utc) - timedelta(days=3)
    with dovecot.admin(user.name) as client:
        for i, company in enumerate(companies):
            ty = thank_you(contact(company), company, "Backend Engineer", sent_at + timedelta(minutes=i), ty_id(i))
            client.append("Sent", ty.raw, msg_time=ty.at)

    with FaultProxy(dovecot.host, dovecot.tls_port) as proxy:
        var = "IW_PW_" + os.urandom(4).hex()
        account = dovecot.account(user.name, password_env=var, addresses=(ME,), port=proxy.port)
        config = write_config_file(tmp_path, account, notifications=True)
        set_account_keys(config, timeout_seconds=3)
        env = desktop.environ(os.environ.copy())
        env.update({var: user.password, "HOME": str(tmp_path)})
        db = tmp_path / "interview-watch.sqlite3"
        runner = DaemonRunner(tmp_path)
        try:
            daemon = runner(config, env)
            wait_until(lambda: query(db, "SELECT COUNT(*) FROM interviews") == [(REPLIES,)]
                       and "INBOX" in folder_marks(db), 60, what="the thank-yous' first sync")
            time.sleep(1.0)
            desktop.clear()
            connections_before = proxy.connections

            dropper_rng = random.Random(rng.random())
            dropped: list[str] = []
            dropper = threading.Thread(target=drop_connections, args=(proxy, dropper_rng, DROPS, dropped),
                                       daemon=True)
            started = time.monotonic()
            with ScreenCleaner(desktop), dovecot.admin(user.name) as client:
                dropper.start()
                for i, company in enumerate(companies):
                    client.append("INBOX", reply_raw(i, company))
                    time.sleep(rng.uniform(0, 0.25))
                dropper.join(timeout=120)
                appended = time.monotonic() - started
                assert len(dropped) == DROPS, f"only {len(dropped)} drops happened"

                wait_until(lambda: query(db, "SELECT COUNT(*) FROM replies") == [(REPLIES,)], 60,
                           interval=0.2, what="every reply to be stored")
                desktop.wait_for(REPLIES, timeout=60)
                time.sleep(2.0)  # anything repeated would arrive now
            got = desktop.received()
            total = time.monotonic() - started
            print(f"soak: {DROPS} drops ({dropped.count('reset')} RST, {dropped.count('fin')} FIN) "
                  f"while appending for {appended:.1f} s; all notified after {total:.1f} s; "
                  f"{proxy.connections - connections_before} connections; "
                  f"{daemon.output().count('reconnecting')} reconnects")
            assert daemon.alive(), daemon.output()[-3000:]
        finally:
            runner.stop_all()
        assert proxy.connections - connections_before > DROPS, "the daemon did not reconnect"

    # Every reply exactly once, each linked to its own company.
    stored = query(db, "SELECT r.message_id, i.company FROM replies r JOIN interviews i ON i.id = r.interview_id")
    assert sorted(stored) == sorted((reply_id(i), c) for i, c in enumerate(companies))

    # No notification missing or repeated: one per company, and exactly the events the store holds.
    summaries = Counter(summary for summary, _body in got)
    assert all(n == 1 for n in summaries.values()), [s for s, n in summaries.items() if n > 1]
    assert len(got) == REPLIES, f"{len(got)} notifications for {REPLIES} replies"
    assert sorted(s.split(":", 1)[0] for s in summaries) == sorted(companies)
    events = query(db, "SELECT title, delivered_at FROM events WHERE kind = 'status'")
    assert sorted(title for title, _ in events) == sorted(summaries)
    assert all(delivered for _, delivered in events)

    # The store is consistent.
    assert query(db, "SELECT COUNT(*) FROM skipped") == [(0,)]
    assert query(db, "SELECT COUNT(*) FROM thank_yous") == [(REPLIES,)]
    marks = folder_marks(db)
    assert marks["INBOX"] == highest_uid(dovecot, user.name, "INBOX")
    assert marks["Sent"] == highest_uid(dovecot, user.name, "Sent")
