"""ImapSource against a real Dovecot over TLS, with faults injected by a TCP proxy."""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import threading
import time
from datetime import date, datetime, timedelta, timezone

import imapclient
import pytest

from interview_watch.adapters import imap as imap_module
from interview_watch.adapters.imap import ImapSource, choose_sent_folder
from interview_watch.config import AccountConfig
from interview_watch.errors import (
    AuthenticationFailed,
    ConnectionFailed,
    FolderNotFound,
    TLSError,
)
from tests.fixtures.dovecot import dovecot, dovecot_user  # noqa: F401
from tests.fixtures.proxy import FaultProxy

pytestmark = pytest.mark.dovecot


def message(n: int, size: int = 0) -> bytes:
    body = b"x" * size if size else b"Thanks for the interview.\r\n"
    return (b"From: recruiter@example.com\r\nTo: me@example.com\r\n"
            b"Subject: Re: thank you %d\r\nMessage-ID: <m%d@example.com>\r\n\r\n" % (n, n) + body)


@pytest.fixture
def user(dovecot, dovecot_user):  # noqa: F811
    """A fresh user with three unread messages and one read one in INBOX, and one in Sent."""
    for n in (1, 2, 3):
        dovecot.append(dovecot_user.name, "INBOX", message(n))
    dovecot.append(dovecot_user.name, "INBOX", message(4), flags=(b"\\Seen", b"\\Flagged"))
    dovecot.append(dovecot_user.name, "Sent", message(5))
    return dovecot_user


@pytest.fixture
def open_source(dovecot, user):  # noqa: F811
    """Make connected ImapSources (closed at teardown)."""
    sources: list[ImapSource] = []

    def make(security: str = "tls", **overrides: object) -> ImapSource:
        source = ImapSource(dovecot.account(user.name, security=security, **overrides),
                            lambda: user.password)
        source.connect()
        sources.append(source)
        return source

    yield make
    for source in sources:
        source.close()


@pytest.fixture
def proxy(dovecot):  # noqa: F811
    with FaultProxy(dovecot.host, dovecot.tls_port) as running:
        yield running


def run_with_watchdog(func, limit: float):  # noqa: ANN001, ANN201
    """Run func() in a thread; fail (instead of hanging the suite) if it outlives `limit` seconds."""
    outcome: dict[str, object] = {}

    def target() -> None:
        started_cpu = time.thread_time()
        try:
            outcome["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed to the test below
            outcome["error"] = exc
        outcome["cpu"] = time.thread_time() - started_cpu

    thread = threading.Thread(target=target, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"still blocked after {limit} s"
    outcome["elapsed"] = time.monotonic() - started
    return outcome


# ---- connecting -------------------------------------------------------------------------

@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_connects_over_tls_and_finds_inbox_and_sent_by_special_use(open_source, security):
    source = open_source(security)
    assert source._client.socket().version().startswith("TLSv1.")
    assert source._client.socket().gettimeout() == 10.0  # every socket has a timeout
    assert source._client.socket().getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
    folders = source.folders()
    assert (folders.inbox, folders.sent) == ("INBOX", "Sent")


def test_a_named_sent_folder_is_used_and_a_missing_one_is_reported(dovecot, user, open_source):  # noqa: F811
    dovecot.create_folder(user.name, "Archive/Sent 2024")
    assert open_source(sent="Archive/Sent 2024").folders().sent == "Archive/Sent 2024"
    uid = dovecot.append(user.name, "Éléments envoyés", message(8))  # modified UTF-7 on the wire
    source = open_source(sent="Éléments envoyés")
    assert source.examine(source.folders().sent) > 0
    assert source.search_uids(0, None) == [uid]
    with pytest.raises(FolderNotFound, match="'Nope' does not exist"):
        open_source(sent="Nope").folders()


@pytest.mark.parametrize(
    "listing, expected",
    [
        ([((b"\\HasNoChildren",), b"/", "INBOX"), ((b"\\Sent",), b"/", "[Gmail]/Sent Mail"),
          ((b"\\HasNoChildren",), b"/", "Sent")], "[Gmail]/Sent Mail"),
        ([((), b".", "INBOX"), ((), b".", "INBOX.Sent")], "INBOX.Sent"),
        ([((), b"/", "INBOX"), ((), b"/", "Gesendete Objekte")], "Gesendete Objekte"),
        ([((), b"/", "INBOX"), ((), b"/", "Éléments envoyés")], "Éléments envoyés"),
        ([((), b"/", "INBOX"), ((), b"/", "sent items")], "sent items"),
        ([((b"\\Noselect", b"\\Sent"), b"/", "[Gmail]"), ((), b"/", "Enviados")], "Enviados"),
        ([((), b"/", "INBOX"), ((), b"/", "Archive")], None),
    ],
)
def test_sent_folder_is_chosen_by_flag_then_by_usual_names(listing, expected):
    assert choose_sent_folder(listing) == expected


def test_untrusted_certificate_is_refused_with_one_clear_line(dovecot, user):  # noqa: F811
    asked = []
    source = ImapSource(dovecot.account(user.name, ca_file=""), lambda: asked.append(1) or user.password)
    with pytest.raises(TLSError) as caught:
        source.connect()
    text = str(caught.value)
    assert "\n" not in text
    assert f"the certificate of 127.0.0.1:{dovecot.tls_port} is not trusted" in text
    assert "set ca_file for a self-hosted server" in text
    assert asked == []  # the password was not even asked for


def test_wrong_password_is_reported_without_the_password(dovecot, user, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    wrong = "Wrong-Pa55-" + user.password[::-1]
    source = ImapSource(dovecot.account(user.name), lambda: wrong)
    with pytest.raises(AuthenticationFailed) as caught:
        source.connect()
    assert f"the server rejected the login for user {user.name}" in str(caught.value)
    assert caplog.text  # imapclient did log the conversation at DEBUG ...
    for text in (str(caught.value), repr(caught.value), caplog.text, repr(source)):
        assert wrong not in text  # ... but never the password


def test_the_password_is_not_logged_on_success_either(open_source, user, caplog):
    caplog.set_level(logging.DEBUG)
    source = open_source()
    source.examine("INBOX")
    assert "LOGIN" in caplog.text
    assert user.password not in caplog.text
    assert user.password not in repr(source)


def test_xoauth2_sends_the_token_with_authenticate(dovecot, user):  # noqa: F811
    # Dovecot checks an XOAUTH2 token against the passdb like a password.
    source = ImapSource(dovecot.account(user.name), lambda: user.password, xoauth2=True)
    source.connect()
    try:
        assert source.examine("INBOX") > 0
    finally:
        source.close()


def test_a_password_that_is_not_ascii_logs_in(dovecot):  # noqa: F811
    name, password = f"umlaut-{os.getpid()}-{time.monotonic_ns()}", "Pässwörd-¿ñ-密码"
    dovecot.add_user(name, password)
    source = ImapSource(dovecot.account(name), lambda: password)
    source.connect()
    try:
        assert source.folders().sent == "Sent"
    finally:
        source.close()


def test_connection_refused_is_a_connection_failure(dovecot, user):  # noqa: F811
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    source = ImapSource(dovecot.account(user.name, port=closed_port), lambda: user.password)
    with pytest.raises(ConnectionFailed, match="refused"):
        source.connect()


# ---- never a password in the clear ------------------------------------------------------

class PlaintextImapServer:
    """Speaks just enough IMAP to offer STARTTLS (or not), then never starts TLS.

    It would accept any LOGIN, and records every byte the client sends."""

    def __init__(self, offer_starttls: bool) -> None:
        caps = b"IMAP4rev1 AUTH=PLAIN LOGIN" + (b" STARTTLS" if offer_starttls else b"")
        self.caps, self.received, self.tls_requested = caps, bytearray(), False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.settimeout(10)
            conn.sendall(b"* OK [CAPABILITY " + self.caps + b"] fake server ready\r\n")
            buffer = b""
            while True:
                try:
                    chunk = conn.recv(4096)
                except OSError:
                    return
                if not chunk:
                    return
                self.received += chunk
                if self.tls_requested:  # the ClientHello: answer in plaintext, as a downgrader would
                    conn.sendall(b"* OK no TLS here\r\n")
                    continue
                buffer += chunk
                while b"\r\n" in buffer:
                    line, buffer = buffer.split(b"\r\n", 1)
                    tag, _, rest = line.partition(b" ")
                    command = rest.split(b" ")[0].upper()
                    if command == b"CAPABILITY":
                        conn.sendall(b"* CAPABILITY " + self.caps + b"\r\n" + tag + b" OK done\r\n")
                    elif command == b"STARTTLS":  # a downgrading middlebox: says yes, speaks plain
                        conn.sendall(tag + b" OK Begin TLS negotiation now\r\n")
                        self.tls_requested = True
                    elif command == b"LOGOUT":
                        conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                        return
                    else:
                        conn.sendall(tag + b" OK whatever you say\r\n")

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


@pytest.mark.parametrize("offer_starttls", [False, True], ids=["not-offered", "fails"])
def test_starttls_failure_never_sends_the_password(offer_starttls):
    server = PlaintextImapServer(offer_starttls)
    account = dataclasses.replace(
        AccountConfig(name="fake", host="127.0.0.1", username="me@example.com"),
        port=server.port, security="starttls", timeout_seconds=5)
    source = ImapSource(account, lambda: "Secret-Pa55word")
    try:
        with pytest.raises(TLSError, match="STARTTLS"):
            source.connect()
    finally:
        source.close()
        server.close()
    assert b"LOGIN" not in bytes(server.received).upper()
    assert b"Secret-Pa55word" not in server.received


def test_client_refuses_to_log_in_when_starttls_silently_did_nothing(dovecot, user, monkeypatch):  # noqa: F811
    # Even if the library's STARTTLS returned without encrypting, the login guard holds.
    monkeypatch.setattr(imapclient.IMAPClient, "starttls", lambda self, ctx=None: b"OK")
    with FaultProxy(dovecot.host, dovecot.starttls_port) as wire:
        source = ImapSource(dovecot.account(user.name, security="starttls", port=wire.port),
                            lambda: user.password)
        with pytest.raises(TLSError, match="not encrypted; refusing to send the password"):
            source.connect()
    assert b"LOGIN" not in bytes(wire.client_bytes).upper()
    assert user.password.encode() not in wire.client_bytes


def test_starttls_with_untrusted_certificate_sends_nothing_secret(dovecot, user):  # noqa: F811
    with FaultProxy(dovecot.host, dovecot.starttls_port) as wire:
        source = ImapSource(dovecot.account(user.name, security="starttls", port=wire.port,
                                            ca_file=""), lambda: user.password)
        with pytest.raises(TLSError, match="is not trusted"):
            source.connect()
    assert b"STARTTLS" in wire.client_bytes.upper()
    assert b"LOGIN" not in bytes(wire.client_bytes).upper()
    assert user.password.encode() not in wire.client_bytes


def test_starttls_login_happens_only_inside_tls(dovecot, user):  # noqa: F811
    with FaultProxy(dovecot.host, dovecot.starttls_port) as wire:
        source = ImapSource(dovecot.account(user.name, security="starttls", port=wire.port),
                            lambda: user.password)
        source.connect()
        source.close()
    assert b"STARTTLS" in wire.client_bytes.upper()
    assert b"LOGIN" not in bytes(wire.client_bytes).upper()  # it went encrypted
    assert user.password.encode() not in wire.client_bytes


# ---- reading ----------------------------------------------------------------------------

def test_search_drops_the_highest_uid_that_n_star_always_returns(open_source):
    source = open_source()
    source.examine("INBOX")
    assert source.search_uids(0, None) == [1, 2, 3, 4]
    assert source.search_uids(4, None) == []  # UID 5:* still matches UID 4 on the server
    assert source.search_uids(2, None) == [3, 4]
    assert source.search_uids(10, None) == []


def test_search_since_uses_internaldate(dovecot, user, open_source):  # noqa: F811
    old = datetime.now(timezone.utc) - timedelta(days=400)
    uid = dovecot.append(user.name, "INBOX", message(9), internaldate=old)
    source = open_source()
    source.examine("INBOX")
    recent = source.search_uids(0, date.today() - timedelta(days=30))
    assert uid not in recent and recent == [1, 2, 3, 4]
    assert uid in source.search_uids(0, None)


def test_fetches_leave_every_flag_unchanged(dovecot, user, open_source):  # noqa: F811
    before = {folder: dovecot.flags(user.name, folder) for folder in ("INBOX", "Sent")}
    assert before["INBOX"][1] == () and b"\\Seen" in before["INBOX"][4]
    source = open_source()
    for folder in ("INBOX", "Sent"):
        source.examine(folder)
        uids = source.search_uids(0, None)
        headers = list(source.fetch_headers(uids))
        messages = list(source.fetch_messages(uids))
        assert [h.uid for h in headers] == [m.uid for m in messages] == uids
        source.wait_for_change(folder, 0.2)
    after = {folder: dovecot.flags(user.name, folder) for folder in ("INBOX", "Sent")}
    assert after == before


def sent_commands(caplog) -> list[str]:
    """The commands imaplib logged as sent ("> b'TAG COMMAND ...'"), tag removed, upper-cased."""
    lines = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    return [line.split(" ", 2)[-1].upper() for line in lines if line.startswith("> b'")]


def test_only_examine_and_body_peek_go_on_the_wire(open_source, caplog):
    # Flags staying put proves little on its own (EXAMINE alone protects them): check the
    # commands themselves, so a SELECT or a FETCH of BODY[]/RFC822 cannot slip in.
    caplog.set_level(logging.DEBUG, logger="imapclient")
    source = open_source()
    folders = source.folders()
    for folder in (folders.inbox, folders.sent):
        source.examine(folder)
        uids = source.search_uids(0, date.today() - timedelta(days=1))
        list(source.fetch_headers(uids))
        list(source.fetch_messages(uids))
        source.wait_for_change(folder, 0.1)
    commands = sent_commands(caplog)
    fetches = [c for c in commands if c.startswith("UID FETCH")]
    assert sum(c.startswith("EXAMINE") for c in commands) == 2 and len(fetches) >= 4
    assert not [c for c in commands if c.startswith(("SELECT", "STORE", "UID STORE", "EXPUNGE"))]
    for fetch in fetches:
        items = fetch.replace("BODY.PEEK[", "")
        assert "BODY[" not in items and "RFC822 " not in items and "RFC822)" not in items, fetch


def test_idle_is_reissued_before_the_cap(open_source, caplog, monkeypatch):
    monkeypatch.setattr(imap_module, "IDLE_MAX_SECONDS", 0.2)  # 600 s in real life
    caplog.set_level(logging.DEBUG, logger="imapclient")
    source = open_source()
    assert source.wait_for_change("INBOX", 1.0) is False
    assert sum(c.startswith("IDLE") for c in sent_commands(caplog)) >= 4


def test_fetch_returns_headers_sizes_dates_and_whole_messages(dovecot, user, open_source):  # noqa: F811
    when = datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    uid = dovecot.append(user.name, "INBOX", message(7, size=300_000), internaldate=when)
    source = open_source()
    source.examine("INBOX")
    [header] = source.fetch_headers([uid, 999])  # an unknown UID is skipped
    assert header.header.endswith(b"\r\n\r\n") and b"Subject: Re: thank you 7" in header.header
    assert header.size == len(message(7, size=300_000))
    assert header.internaldate == when and header.internaldate.utcoffset() is not None
    [whole] = source.fetch_messages([uid])
    assert whole.raw == message(7, size=300_000) and whole.internaldate == when


def test_messages_are_fetched_in_batches_bounded_by_bytes(dovecot, user, open_source, monkeypatch):  # noqa: F811
    monkeypatch.setattr(imap_module, "BODY_BATCH_BYTES", 250_000)
    uids = [dovecot.append(user.name, "INBOX", message(10 + n, size=100_000)) for n in range(5)]
    source = open_source()
    source.examine("INBOX")
    list(source.fetch_headers(uids))  # sizes are learnt here
    before = source.stats.commands
    assert [m.uid for m in source.fetch_messages(uids)] == uids
    assert source.stats.commands - before == 3  # 2 + 2 + 1 messages of ~100 KB
    assert source.stats.bytes_read > 500_000


def test_an_idle_poll_costs_one_examine(open_source):
    source = open_source()
    source.examine("INBOX")
    highest = source.search_uids(0, None)[-1]
    before = (source.stats.commands, source.stats.bytes_read)
    source.examine("INBOX")
    assert source.search_uids(highest, date.today()) == []
    commands, read = source.stats.commands - before[0], source.stats.bytes_read - before[1]
    assert commands == 1 and 0 < read < 2048


def test_uidvalidity_changes_when_the_folder_is_recreated(dovecot, user, open_source):  # noqa: F811
    source = open_source()
    first = source.examine("Sent")
    source.close()
    dovecot.delete_and_recreate_folder(user.name, "Sent")
    source = open_source()
    assert source.examine("Sent") != first
    assert len(source.search_uids(0, None)) == 1


# ---- waiting and faults -----------------------------------------------------------------

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
