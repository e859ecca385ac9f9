"""ImapSource against a real Dovecot: IDLE, and faults injected by a TCP proxy or a restart."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from interview_watch.adapters import imap as imap_module
from interview_watch.adapters.imap import ImapSource
from interview_watch.errors import ConnectionFailed
from tests.fixtures.dovecot import dovecot, dovecot_user  # noqa: F401
from tests.fixtures.imap_accounts import (  # noqa: F401
    message,
    open_source,
    proxy,
    run_with_watchdog,
    sent_commands,
    user,
)

pytestmark = pytest.mark.dovecot


# ---- waiting and faults -----------------------------------------------------------------

def test_idle_is_reissued_before_the_cap(open_source, caplog, monkeypatch):
    monkeypatch.setattr(imap_module, "IDLE_MAX_SECONDS", 0.2)  # 600 s in real life
    caplog.set_level(logging.DEBUG, logger="imapclient")
    source = open_source()
    assert source.wait_for_change("INBOX", 1.0) is False
    assert sum(c.startswith("IDLE") for c in sent_commands(caplog)) >= 4


def test_wait_for_change_wakes_up_when_mail_arrives(dovecot, user, open_source):  # noqa: F811
    source = open_source()
    source.examine("INBOX")
    timer = threading.Timer(0.3, dovecot.append, (user.name, "INBOX", message(20)))
    timer.start()
    started = time.monotonic()
    assert source.wait_for_change("INBOX", 10) is True
    assert time.monotonic() - started < 3.0  # Dovecot notifies ~0.5 s after the APPEND
    timer.join()
    assert source.search_uids(4, None) == [5]  # the connection is usable afterwards


def test_wait_for_change_times_out_quietly(open_source):
    source = open_source()
    started = time.monotonic()
    assert source.wait_for_change("INBOX", 0.5) is False
    assert time.monotonic() - started >= 0.5
    source.examine("INBOX")  # still usable


def test_reset_during_idle_raises_connection_failed(dovecot, user, proxy):  # noqa: F811
    source = ImapSource(dovecot.account(user.name, port=proxy.port), lambda: user.password)
    source.connect()
    source.examine("INBOX")
    threading.Timer(0.3, proxy.reset).start()
    outcome = run_with_watchdog(lambda: source.wait_for_change("INBOX", 20), limit=15)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    with pytest.raises(ConnectionFailed):  # marked dead: the caller must reconnect
        source.search_uids(0, None)
    source.close()
    source.connect()  # reconnects through the proxy
    source.examine("INBOX")
    source.close()


def test_a_dead_idle_connection_is_detected_without_spinning(dovecot, user, proxy):  # noqa: F811
    # After a FIN the socket stays readable but yields nothing: imapclient's idle_check returns
    # [] forever. It must count as dead, not as "no news" in a tight loop until the timeout.
    source = ImapSource(dovecot.account(user.name, port=proxy.port), lambda: user.password)
    source.connect()
    source.examine("INBOX")
    threading.Timer(0.3, proxy.drop_all).start()
    outcome = run_with_watchdog(lambda: source.wait_for_change("INBOX", 30), limit=25)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    assert "was closed while waiting for mail" in str(outcome["error"])
    assert outcome["cpu"] < 1.0  # a spin would burn the CPU until the 30 s timeout
    source.close()


def test_a_stall_during_idle_ends_within_the_socket_timeout(dovecot, user, proxy):  # noqa: F811
    account = dovecot.account(user.name, port=proxy.port, timeout_seconds=1.0)
    source = ImapSource(account, lambda: user.password)
    source.connect()
    source.examine("INBOX")
    threading.Timer(0.2, proxy.stall).start()
    # The IDLE wait ends at its 1 s timeout; DONE then gets no answer: the socket timeout ends it.
    outcome = run_with_watchdog(lambda: source.wait_for_change("INBOX", 1.0), limit=15)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    source.close()  # a dead connection closes at once, no LOGOUT round trip
    proxy.pass_through()


def test_a_stall_before_idle_starts_does_not_hang(dovecot, user, proxy):  # noqa: F811
    source = ImapSource(dovecot.account(user.name, port=proxy.port, timeout_seconds=1.0),
                        lambda: user.password)
    source.connect()
    source.examine("INBOX")
    proxy.stall()
    outcome = run_with_watchdog(lambda: source.wait_for_change("INBOX", 60), limit=15)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    source.close()


def test_a_fetch_cut_mid_response_raises_connection_failed(dovecot, user, proxy):  # noqa: F811
    uid = dovecot.append(user.name, "INBOX", message(30, size=200_000))
    source = ImapSource(dovecot.account(user.name, port=proxy.port), lambda: user.password)
    source.connect()
    source.examine("INBOX")
    proxy.cut_after(50_000)
    outcome = run_with_watchdog(lambda: list(source.fetch_messages([uid])), limit=20)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    source.close()


def test_a_server_restart_during_idle_raises_connection_failed(dovecot, user):  # noqa: F811
    source = ImapSource(dovecot.account(user.name), lambda: user.password)
    source.connect()
    source.examine("INBOX")
    restart = threading.Timer(0.3, dovecot.restart)
    restart.start()
    outcome = run_with_watchdog(lambda: source.wait_for_change("INBOX", 30), limit=25)
    assert isinstance(outcome.get("error"), ConnectionFailed), outcome
    source.close()
    restart.join(20)
    assert dovecot.running
    source.connect()  # the restarted server takes us back
    source.close()


def test_not_connected_is_a_connection_failure(dovecot, user):  # noqa: F811
    source = ImapSource(dovecot.account(user.name), lambda: user.password)
    with pytest.raises(ConnectionFailed, match="not connected"):
        source.examine("INBOX")
    source.close()  # closing what never opened is fine


@pytest.mark.parametrize("then_fetch", [False, True], ids=["idle-next", "after-a-fetch"])
def test_mail_arriving_before_idle_starts_is_not_missed(dovecot, user, open_source, then_fetch):  # noqa: F811
    # Dovecot's IDLE does not announce what arrived before it began, and EXISTS may come
    # piggybacked on another command's response: neither must wait for the IDLE timeout.
    source = open_source()
    source.examine("INBOX")
    assert source.search_uids(4, None) == []
    dovecot.append(user.name, "INBOX", message(21))
    if then_fetch:
        list(source.fetch_headers([1]))
    started = time.monotonic()
    assert source.wait_for_change("INBOX", 5) is True
    assert time.monotonic() - started < 2.5  # not at the 5 s timeout
    assert source.search_uids(4, None) == [5]
    assert source.wait_for_change("INBOX", 0.3) is False  # the news was taken once, not again


def test_proxy_refuse_then_pass_and_a_short_stall_resumes_in_order(dovecot, user, proxy):  # noqa: F811
    account = dovecot.account(user.name, port=proxy.port, timeout_seconds=5.0)
    proxy.refuse()
    with pytest.raises(ConnectionFailed):
        ImapSource(account, lambda: user.password).connect()
    proxy.pass_through()
    source = ImapSource(account, lambda: user.password)
    source.connect()
    proxy.stall()
    threading.Timer(0.3, proxy.pass_through).start()
    assert source.examine("INBOX") > 0  # held bytes are delivered, in order, once released
    assert source.search_uids(0, None) == [1, 2, 3, 4]
    source.close()
