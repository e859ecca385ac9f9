"""DesktopNotifier against a real notification server: Xvfb, a private D-Bus and dunst.

Arrival is asserted on dunst's side (its rule script's log), never by notify()'s return value.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import types
from importlib.util import find_spec

import pytest

from interview_watch.adapters.notify import BODY_MAX, TITLE_MAX, DesktopNotifier, clean_text
from tests.fixtures.desktop import desktop, desktop_session  # noqa: F401  (fixtures)

pytestmark = pytest.mark.desktop

LOGGER = "interview_watch.adapters.notify"


@pytest.fixture
def on_desktop(desktop, monkeypatch):  # noqa: F811
    """This process sees only the test desktop: its DISPLAY and private session bus."""
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for key, value in desktop.env.items():
        monkeypatch.setenv(key, value)
    return desktop


@pytest.fixture
def no_session(monkeypatch, tmp_path):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no bus socket in it


def _bin_dir_with(tmp_path, *names):
    """A PATH holding only `names` (symlinks to the real tools), to take tools away."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in names:
        (bin_dir / name).symlink_to(subprocess.check_output(["which", name], text=True).strip())
    return str(bin_dir)


def test_each_notification_arrives_once_with_its_title_and_body(on_desktop):
    notifier = DesktopNotifier()
    assert notifier.notify("Acme: second interview", "Jane Roe invites you to a final round.")
    assert notifier.notify("Globex: offer", "An offer for Staff Engineer.")
    assert on_desktop.received() == [
        ("Acme: second interview", "Jane Roe invites you to a final round."),
        ("Globex: offer", "An offer for Staff Engineer."),
    ]
    assert {r["appname"] for r in on_desktop.records()} == {"interview-watch"}


def test_an_identical_notification_sent_twice_arrives_twice(on_desktop):
    # Guards the fixture: without stack_duplicates = false dunst would hide the second one,
    # and an "exactly once" assertion could not fail.
    notifier = DesktopNotifier()
    assert notifier.notify("Initech: rejection", "Thanks for your time.")
    assert notifier.notify("Initech: rejection", "Thanks for your time.")
    assert on_desktop.received() == [("Initech: rejection", "Thanks for your time.")] * 2


def test_hostile_text_arrives_cleaned_and_capped(on_desktop):
    notifier = DesktopNotifier()
    assert notifier.notify("-AT&T\x07 <b>offer</b>", "line one\r\nline\x1b[31m two\u202e" + "x" * 900)
    [(summary, body)] = on_desktop.received()
    assert summary == "\u2010AT&T <b>offer</b>"
    assert body.startswith("line one line [31m two") and body.endswith("\u2026")
    assert len(body) == BODY_MAX


def test_a_child_process_given_the_desktop_env_notifies(desktop):  # noqa: F811
    code = (
        "from interview_watch.adapters.notify import DesktopNotifier;"
        "raise SystemExit(0 if DesktopNotifier().notify('Umbrella: info request',"
        " 'Please send two references.') else 1)"
    )
    subprocess.run([sys.executable, "-c", code], env=desktop.environ(), check=True, timeout=30)
    assert desktop.received() == [("Umbrella: info request", "Please send two references.")]


def test_with_dunst_stopped_notify_returns_false_and_logs(on_desktop, caplog):
    on_desktop.stop_dunst()
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert DesktopNotifier().notify("Acme: offer", "An offer.") is False
        assert "org.freedesktop.Notifications has no owner" in caplog.text
        assert "Acme: offer \u2014 An offer." in caplog.text
    finally:
        on_desktop.start_dunst()
    assert on_desktop.received() == []  # nothing queued and shown later either


def test_without_gdbus_the_check_uses_dbus_send(on_desktop, monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("PATH", _bin_dir_with(tmp_path, "notify-send", "dbus-send"))
    assert DesktopNotifier().notify("Hooli: acknowledged", "Still deciding.")
    on_desktop.stop_dunst()
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert DesktopNotifier().notify("Hooli: silent", "Follow up?") is False
        assert "has no owner" in caplog.text
    finally:
        on_desktop.start_dunst()
    assert on_desktop.received() == [("Hooli: acknowledged", "Still deciding.")]


def test_a_server_the_bus_can_start_counts_as_available(on_desktop, monkeypatch, tmp_path):
    # A minimal desktop often starts its notification server on demand (D-Bus activation):
    # no owner yet, but listed as activatable. A stand-in gdbus answers like that.
    bin_path = _bin_dir_with(tmp_path, "notify-send")
    fake = tmp_path / "bin" / "gdbus"
    fake.write_text(
        "#!/bin/sh\n"
        'case "$*" in *NameHasOwner*) echo "(false,)";; '
        "*) echo \"(['org.freedesktop.DBus', 'org.freedesktop.Notifications'],)\";; esac\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", bin_path)
    assert DesktopNotifier().notify("Acme: offer", "An offer.")
    assert on_desktop.received() == [("Acme: offer", "An offer.")]


def test_without_any_bus_tool_plyer_is_trusted(on_desktop, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", _bin_dir_with(tmp_path, "notify-send"))
    assert DesktopNotifier().notify("Acme: offer", "An offer.")
    assert on_desktop.received() == [("Acme: offer", "An offer.")]


def test_an_unreachable_session_bus_returns_false_and_logs(on_desktop, monkeypatch, caplog):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/iw-test-bus")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert DesktopNotifier().notify("Acme: offer", "An offer.") is False
    assert "session bus cannot be reached" in caplog.text
    assert on_desktop.received() == []


@pytest.mark.skipif(find_spec("dbus") is not None, reason="plyer would use python-dbus")
def test_without_notify_send_notify_returns_false_and_logs(on_desktop, monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("PATH", _bin_dir_with(tmp_path, "gdbus"))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert DesktopNotifier().notify("Acme: offer", "An offer.") is False
    assert "notify-send not found" in caplog.text
    assert on_desktop.received() == []


def test_a_backend_that_raises_returns_false_and_logs(on_desktop, monkeypatch, caplog):
    def broken(**kwargs):
        raise OSError("backend exploded")

    fake = types.ModuleType("plyer")
    fake.notification = types.SimpleNamespace(notify=broken)
    monkeypatch.setitem(sys.modules, "plyer", fake)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert DesktopNotifier().notify("Acme: offer", "An offer.") is False
    assert "OSError: backend exploded" in caplog.text
    assert "Acme: offer" in caplog.text


def test_no_desktop_session_logs_the_event(desktop, no_session, caplog):  # noqa: F811
    with caplog.at_level(logging.INFO, logger=LOGGER):
        assert DesktopNotifier().notify("Acme: second interview", "Pick a time.") is False
    assert "no desktop session; would notify: Acme: second interview \u2014 Pick a time." in caplog.text
    assert desktop.received() == []


def test_disabled_notifications_log_the_event(on_desktop, caplog):
    with caplog.at_level(logging.INFO, logger=LOGGER):
        assert DesktopNotifier(enabled=False).notify("Acme: offer", "An offer.") is False
    assert "notifications are off; event: Acme: offer \u2014 An offer." in caplog.text
    assert on_desktop.received() == []


def test_on_other_platforms_the_session_check_is_skipped_and_failures_are_caught(monkeypatch, caplog):
    def unsupported(**kwargs):
        raise NotImplementedError("No usable implementation found!")

    fake = types.ModuleType("plyer")
    fake.notification = types.SimpleNamespace(notify=unsupported)
    monkeypatch.setitem(sys.modules, "plyer", fake)
    monkeypatch.delenv("DISPLAY", raising=False)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert DesktopNotifier(platform="darwin").notify("Acme: offer", "An offer.") is False
    assert "NotImplementedError" in caplog.text


@pytest.mark.parametrize(
    ("raw", "limit", "expected"),
    [
        ("Acme: offer", 50, "Acme: offer"),
        ("  tabs\tand\nnew\r\nlines  ", 50, "tabs and new lines"),
        ("bell\x07 nul\x00 del\x7f c1\x85", 50, "bell nul del c1"),
        ("abc\u202edef\u2066", 50, "abcdef"),
        ("--verbose", 50, "\u2010-verbose"),
        ("x" * 20, 10, "x" * 9 + "\u2026"),
        ("emoji \U0001F468\u200d\U0001F4BB stays", 50, "emoji \U0001F468\u200d\U0001F4BB stays"),
        ("", 50, ""),
    ],
)
def test_clean_text(raw, limit, expected):
    assert clean_text(raw, limit) == expected


def test_an_empty_title_becomes_the_app_name(on_desktop):
    assert DesktopNotifier().notify("\x00\x01", "body")
    assert on_desktop.received() == [("interview-watch", "body")]


def test_a_long_title_is_capped(on_desktop):
    assert DesktopNotifier().notify("T" * 500, "body")
    [(summary, _)] = on_desktop.received()
    assert len(summary) == TITLE_MAX and summary.endswith("\u2026")
