"""Desktop notifications end to end: the CLI as real processes, a local Maildir, a real dunst.

Each event must reach dunst exactly once, however often the mailbox is synced and however often
the daemon restarts; with no notification server, syncs still succeed and the events are logged.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from interview_watch.config import AccountConfig
from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import DaemonProcess, wait_until
from tests.fixtures.desktop import desktop, desktop_session  # noqa: F401  (fixtures)
from tests.fixtures.scenarios import ME, reply, thank_you, write_maildir

pytestmark = pytest.mark.desktop

ACME = "Acme: second interview invitation"
GLOBEX = "Globex: offer"
INITECH = "Initech: rejection"


def _ago(days: float) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def make_mailbox(tmp_path: Path) -> tuple[Path, Path]:
    """Three thank-yous, replies for two of them; return (config, maildir root)."""
    root = write_maildir(tmp_path / "Mail", [
        thank_you("jane.doe@acme-corp.com", "Acme", "Backend Engineer", _ago(2), "<ty-acme@example.net>"),
        thank_you("bob.smith@globex.io", "Globex", "Data Analyst", _ago(2), "<ty-globex@example.net>"),
        thank_you("carol@initech.com", "Initech", "Platform Engineer", _ago(2), "<ty-initech@example.net>"),
        reply("Jane Doe <jane.doe@acme-corp.com>", "Re: Thank you - Backend Engineer interview",
              "Hi Sam,\n\nWe'd love to invite you to a second interview with the team next week. "
              "Please pick a time that suits you.\n\nJane\n", _ago(1), "<r-acme@acme-corp.com>",
              headers={"In-Reply-To": "<ty-acme@example.net>"}),
        reply("Bob Smith <bob.smith@globex.io>", "Re: Thank you - Data Analyst interview",
              "Hello Sam,\n\nWe are pleased to offer you the Data Analyst position. Your offer letter "
              "is attached.\n\nBob\n", _ago(1), "<r-globex@globex.io>",
              headers={"In-Reply-To": "<ty-globex@example.net>"}),
    ])
    account = AccountConfig(name="local", maildir=str(root), addresses=(ME,))
    return write_config_file(tmp_path, account, notifications=True), root


def add_initech_rejection(root: Path) -> None:
    write_maildir(root, [reply(
        "Carol <carol@initech.com>", "Re: Thank you - Platform Engineer interview",
        "Hi Sam,\n\nThank you for taking the time to interview with us. After careful "
        "consideration, we have decided not to move forward with your application. We wish you "
        "the best in your search.\n\nCarol\n", _ago(0.01), "<r-initech@initech.com>",
        headers={"In-Reply-To": "<ty-initech@example.net>"})])


def poll_once(config: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "interview_watch", "--config", str(config), "poll", "--once"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def env(desktop, tmp_path):  # noqa: F811
    merged = desktop.environ(os.environ.copy())
    merged["HOME"] = str(tmp_path)
    return merged


@pytest.fixture
def daemons(tmp_path):
    started: list[DaemonProcess] = []

    def start(config: Path, env: dict[str, str]) -> DaemonProcess:
        proc = DaemonProcess(config, env, tmp_path / f"daemon-{len(started)}.log").start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.stop()


def test_each_event_arrives_exactly_once_after_two_polls_and_daemon_restarts(
        desktop, env, tmp_path, daemons):  # noqa: F811
    config, root = make_mailbox(tmp_path)
    poll_once(config, env)
    poll_once(config, env)
    assert Counter(summary for summary, _ in desktop.received()) == {ACME: 1, GLOBEX: 1}

    add_initech_rejection(root)  # arrives while no daemon runs
    first = daemons(config, env)
    try:
        desktop.wait_for(3, timeout=60)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n--- daemon log ---\n{first.output()}") from None
    code, _ = first.signal(signal.SIGTERM)
    assert code == 0, first.output()

    second = daemons(config, env)  # a restart: everything already shown must stay shown once
    try:
        wait_until(lambda: "examined" in second.output(), 60, what="the restarted daemon's first sync")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n--- daemon log ---\n{second.output()}") from None
    code, _ = second.signal(signal.SIGTERM)
    assert code == 0, second.output()
    poll_once(config, env)

    received = desktop.received()
    assert Counter(summary for summary, _ in received) == {ACME: 1, GLOBEX: 1, INITECH: 1}
    assert all(body for _, body in received), received


def test_with_dunst_stopped_the_sync_completes_and_the_events_are_logged(desktop, env, tmp_path):  # noqa: F811
    config, _root = make_mailbox(tmp_path)
    desktop.stop_dunst()
    try:
        done = poll_once(config, env)
    finally:
        desktop.start_dunst()
    assert "no notification server" in done.stderr
    assert ACME in done.stderr and GLOBEX in done.stderr
    poll_once(config, env)
    assert desktop.received() == []  # logged once means handled: never shown late, never twice


def test_without_a_desktop_session_the_events_are_logged(desktop, env, tmp_path):  # noqa: F811
    config, _root = make_mailbox(tmp_path)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(var, None)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    done = poll_once(config, env)
    assert f"no desktop session; would notify: {ACME}" in done.stderr
    assert f"no desktop session; would notify: {GLOBEX}" in done.stderr
    assert desktop.received() == []
