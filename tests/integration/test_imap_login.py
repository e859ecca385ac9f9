"""ImapSource against a real Dovecot: TLS and STARTTLS, login, and never a password in the clear."""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import threading
import time

import imapclient
import pytest

from interview_watch.adapters.imap import ImapSource, choose_sent_folder
from interview_watch.config import AccountConfig
from interview_watch.errors import (
    AuthenticationFailed,
    ConnectionFailed,
    FolderNotFound,
    TLSError,
)
from tests.fixtures.dovecot import dovecot, dovecot_user  # noqa: F401
from tests.fixtures.imap_accounts import message, open_source, user  # noqa: F401
from tests.fixtures.proxy import FaultProxy

pytestmark = pytest.mark.dovecot


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

