"""`run` through a faulty network and a restarting server: reconnect, catch up, nothing twice.

The daemon reaches the shared Dovecot through a FaultProxy (tests/fixtures/proxy.py); the test
appends mail over its own direct connection, so only the daemon's connections suffer the faults.
The safety-net poll stays at 5 minutes: only IDLE and the catch-up sync after a reconnect can
deliver a reply within these tests' waits.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import (DaemonRunner, folder_marks, query, reply_ids, set_account_keys,
                                   wait_until)
from tests.fixtures.desktop import desktop, desktop_session  # noqa: F401
from tests.fixtures.dovecot import dovecot, dovecot_fixture  # noqa: F401
from tests.fixtures.proxy import FaultProxy
from tests.fixtures.scenarios import ME, reply, thank_you

pytestmark = [pytest.mark.dovecot, pytest.mark.desktop]

private_dovecot = dovecot_fixture(scope="function")

COMPANY = "Acme"
CONTACT = "jane.doe@acme-corp.com"
TY_ID = "<ty-faults@example.net>"


@pytest.fixture
def daemons(tmp_path):
    runner = DaemonRunner(tmp_path)
    yield runner
    runner.stop_all()


@pytest.fixture
def proxy(dovecot):  # noqa: F811
    with FaultProxy(dovecot.host, dovecot.tls_port) as fault_proxy:
        yield fault_proxy


def prepare(server, tmp_path: Path, desktop_env: dict[str, str], *, port: int | None = None,  # noqa: F811
            timeout: float = 2.0, idle_seconds: float | None = None):
    """A user with one thank-you to Acme; return (config, env, user). `port` = the proxy's."""
    user = server.new_user()
    ty = thank_you(CONTACT, COMPANY, "Backend Engineer", datetime.now(timezone.utc) - timedelta(days=2), TY_ID)
    server.append(user.name, "Sent", ty.raw, internaldate=ty.at)
    var = "IW_PW_" + os.urandom(4).hex()
    overrides = {"port": port} if port else {}
    account = server.account(user.name, password_env=var, addresses=(ME,), **overrides)
    config = write_config_file(tmp_path, account, notifications=True)
    set_account_keys(config, timeout_seconds=timeout)
    env = dict(desktop_env)
    env[var] = user.password
    env["HOME"] = str(tmp_path)
    if idle_seconds is not None:
        env["INTERVIEW_WATCH_IDLE_SECONDS"] = str(idle_seconds)
    return config, env, user


def a_reply(n: int, text: str = "We would like to invite you to a second interview with the team.") -> tuple[str, bytes]:
    mid = f"<fault-reply-{n}-{os.urandom(3).hex()}@acme-corp.com>"
    mail = reply(f"Jane Doe <{CONTACT}>", "Re: Thank you - Backend Engineer interview",
                 f"Hi Sam,\n\n{text}\n\nJane\n", datetime.now(timezone.utc), mid,
                 headers={"In-Reply-To": TY_ID})
    return mid, mail.raw


def acme_notifications(desktop) -> list[tuple[str, str]]:  # noqa: F811
    return [n for n in desktop.received() if n[0].startswith(COMPANY + ":")]


def last_success(db: Path) -> str:
    rows = query(db, "SELECT last_success FROM health")
    return rows[0][0] or "" if rows else ""


def wait_idle(daemon, db: Path, proxy: FaultProxy | None = None) -> None:
    """Wait until the first sync is committed and the watcher's connection is open (the sync's
    own connection may be kept open between syncs too)."""
    wait_until(lambda: "INBOX" in folder_marks(db) and last_success(db), 30, what="the first sync")
    if proxy is not None:
        wait_until(lambda: proxy.open_connections >= 1, 15, what="the IDLE connection")
    time.sleep(1.0)  # let the watcher enter IDLE
    assert daemon.alive(), daemon.output()


def assert_once(db: Path, desktop, mid: str) -> None:  # noqa: F811
    ids = reply_ids(db)
    assert ids.count(mid) == 1, ids
    got = acme_notifications(desktop)
    assert len(got) == 1, got
    assert "second interview" in got[0][0].lower(), got


def test_reset_while_idle_then_catch_up_delivers_the_reply_once(dovecot, proxy, desktop, tmp_path, daemons):  # noqa: F811
    config, env, user = prepare(dovecot, tmp_path, desktop.environ(os.environ.copy()), port=proxy.port)
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db, proxy)
    desktop.clear()
    before = proxy.connections

    proxy.refuse()  # so the reply surely lands while the daemon has no connection
    proxy.reset()
    mid, raw = a_reply(1)
    dovecot.append(user.name, "INBOX", raw)
    proxy.pass_through()

    wait_until(lambda: mid in reply_ids(db), 30, what="the catch-up sync after reconnecting")
    desktop.wait_for(1)
    assert proxy.connections > before
    assert "reconnecting" in daemon.output()

    # A second drop and catch-up must neither store nor notify the reply again.
    synced = last_success(db)
    proxy.reset()
    wait_until(lambda: last_success(db) > synced, 30, what="the second catch-up sync")
    assert_once(db, desktop, mid)
    assert daemon.alive()
    code, took = daemon.signal(signal.SIGTERM)
    assert code == 0 and took < 5.0


def test_stalled_connection_is_detected_by_timeout_and_caught_up(dovecot, proxy, desktop, tmp_path, daemons):  # noqa: F811
    config, env, user = prepare(dovecot, tmp_path, desktop.environ(os.environ.copy()), port=proxy.port,
                                timeout=2.0, idle_seconds=2.0)
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db, proxy)
    desktop.clear()
    logged = len(daemon.output())

    proxy.stall()  # connections stay open but nothing crosses: a dead link, not a closed one
    mid, raw = a_reply(2)
    dovecot.append(user.name, "INBOX", raw)
    # The daemon must notice by itself (IDLE re-issue + socket timeout), while still stalled.
    wait_until(lambda: "reconnecting" in daemon.output()[logged:], 20,
               what="the daemon to notice the stalled connection")
    assert mid not in reply_ids(db)
    proxy.pass_through()

    wait_until(lambda: mid in reply_ids(db), 30, what="the catch-up after the stall")
    desktop.wait_for(1)
    time.sleep(1.0)  # held data was released into dead connections: nothing more may come of it
    assert_once(db, desktop, mid)
    assert daemon.alive()


def test_no_cpu_spin_while_the_server_is_gone(dovecot, proxy, desktop, tmp_path, daemons):  # noqa: F811
    config, env, user = prepare(dovecot, tmp_path, desktop.environ(os.environ.copy()), port=proxy.port)
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db, proxy)
    desktop.clear()

    proxy.refuse()
    proxy.drop_all()  # a clean FIN on the IDLE connection: the case where idle_check() can spin
    start = daemon.cpu_seconds()
    time.sleep(5.0)
    spent = daemon.cpu_seconds() - start
    print(f"CPU while the server was gone: {spent:.3f} s over 5 s")
    assert spent < 0.5, f"the daemon used {spent:.2f} s of CPU in 5 s with the server gone"
    assert daemon.alive()

    mid, raw = a_reply(3)
    dovecot.append(user.name, "INBOX", raw)
    proxy.pass_through()
    wait_until(lambda: mid in reply_ids(db), 30, what="the catch-up once the server is back")
    desktop.wait_for(1)
    assert_once(db, desktop, mid)


def test_reset_in_the_middle_of_a_fetch_loses_nothing(dovecot, proxy, desktop, tmp_path, daemons):  # noqa: F811
    config, env, user = prepare(dovecot, tmp_path, desktop.environ(os.environ.copy()), port=proxy.port)
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db, proxy)
    desktop.clear()

    mid, raw = a_reply(4)
    big = raw + b"\n" + (b"Attached: our office handbook. " * 40 + b"\n") * 2500  # ~3 MB body
    seen = proxy.bytes_to_client
    dovecot.append(user.name, "INBOX", big)
    wait_until(lambda: proxy.bytes_to_client - seen > 300_000, 20, interval=0.001,
               what="the FETCH of the large reply to be under way")
    proxy.reset()
    assert mid not in reply_ids(db), "the FETCH finished before the reset; make the message larger"

    wait_until(lambda: mid in reply_ids(db), 30, what="the catch-up after the reset")
    desktop.wait_for(1)
    assert_once(db, desktop, mid)


def test_sync_connection_cut_mid_fetch_is_retried_without_waiting_for_the_poll(
        dovecot, proxy, desktop, tmp_path, daemons):  # noqa: F811
    """A catch-up sync on a fresh connection is cut inside its FETCH while the watcher's new IDLE
    connection stays up: the daemon must try the sync again itself, not wait for the 5-minute poll."""
    config, env, user = prepare(dovecot, tmp_path, desktop.environ(os.environ.copy()), port=proxy.port)
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db, proxy)
    desktop.clear()

    proxy.refuse()
    proxy.reset()  # every connection gone, so the next sync cannot reuse a kept one
    mid, raw = a_reply(5)
    big = raw + b"\n" + (b"Attached: our office handbook. " * 40 + b"\n") * 2500  # ~3 MB body
    dovecot.append(user.name, "INBOX", big)
    # The watcher's reconnect and the sync's login take a few KB: the cut lands inside the
    # sync's body FETCH, on the sync's connection only (cut_after also ends the refusal).
    proxy.cut_after(400_000)
    wait_until(lambda: "fetching messages from" in daemon.output(), 20, what="the cut FETCH")
    assert mid not in reply_ids(db)
    wait_until(lambda: mid in reply_ids(db), 15, what="a retry of the failed sync")
    desktop.wait_for(1)
    assert_once(db, desktop, mid)


def test_dovecot_restart_during_run_reconnects_and_catches_up(private_dovecot, desktop, tmp_path, daemons):  # noqa: F811
    server = private_dovecot
    config, env, user = prepare(server, tmp_path, desktop.environ(os.environ.copy()))
    db = tmp_path / "interview-watch.sqlite3"
    daemon = daemons(config, env)
    wait_idle(daemon, db)
    desktop.clear()
    logged = len(daemon.output())

    server.stop()
    mid, raw = a_reply(6)
    deliver_while_down(server, user.name, raw)  # arrives while the server is down
    time.sleep(1.5)  # the daemon sees the server gone and retries against a closed port
    server.restart()

    wait_until(lambda: mid in reply_ids(db), 30, what="the catch-up after the restart")
    desktop.wait_for(1)
    assert "reconnecting" in daemon.output()[logged:]
    assert_once(db, desktop, mid)
    assert daemon.alive()
    code, took = daemon.signal(signal.SIGTERM)
    assert code == 0 and took < 5.0


def deliver_while_down(server, user: str, raw: bytes) -> None:
    """Put a message into the user's Maildir `new/` as a delivery agent would; Dovecot finds it."""
    maildir = server.root / "home" / user / "Maildir"
    owner = maildir.stat()
    name = f"{time.time_ns()}.iwtest{os.getpid()}.localhost"
    tmp = maildir / "tmp" / name
    tmp.write_bytes(raw)
    os.chown(tmp, owner.st_uid, owner.st_gid)
    tmp.rename(maildir / "new" / name)
