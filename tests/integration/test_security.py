"""Security: TLS is verified, STARTTLS never falls back to plaintext, a password never leaks, and a
configuration others can read is warned about. (Report escaping: tests/integration/test_report_escaping.py.)

Every check runs the real command line against the real Dovecot, a FaultProxy, or a small fake
IMAP server that records every byte the client sends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import DaemonRunner, set_account_keys, wait_until
from tests.fixtures.dovecot import dovecot  # noqa: F401
from tests.fixtures.proxy import FaultProxy
from tests.fixtures.scenarios import ME, reply, thank_you

pytestmark = pytest.mark.dovecot


def cli(config: Path, *args: str, env: dict[str, str], verbose: bool = False) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "interview_watch", "--config", str(config)]
    argv += ["--verbose"] if verbose else []
    return subprocess.run(argv + list(args), env=env, capture_output=True, text=True, timeout=60)


def setup_account(server, tmp_path: Path, *, password: str | None = None, **overrides):
    """A user with a thank-you and a reply; return (config, env, user). `password` replaces the real one."""
    from datetime import datetime, timedelta, timezone

    user = server.new_user()
    now = datetime.now(timezone.utc)
    ty = thank_you("jane.doe@acme-corp.com", "Acme", "Backend Engineer", now - timedelta(days=2), "<ty-sec@example.net>")
    server.append(user.name, "Sent", ty.raw, internaldate=ty.at)
    mail = reply("Jane Doe <jane.doe@acme-corp.com>", "Re: Thank you", "Hi Sam,\n\nCould you send two "
                 "references?\n\nJane\n", now - timedelta(days=1), "<r-sec@acme-corp.com>")
    server.append(user.name, "INBOX", mail.raw, internaldate=mail.at)
    var = "IW_PW_" + os.urandom(4).hex()
    account = server.account(user.name, password_env=var, addresses=(ME,), **overrides)
    config = write_config_file(tmp_path, account)
    env = dict(os.environ)
    env.update({var: password if password is not None else user.password, "HOME": str(tmp_path)})
    return config, env, user


def assert_clear_failure(stderr: str, *must_contain: str) -> str:
    """The failure is told in plain words naming the server, with no traceback; return its first line."""
    assert "Traceback" not in stderr and 'File "' not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("hint:")]
    assert lines, "nothing said on stderr"
    for text in must_contain:
        assert all(text in line for line in lines), stderr
    return lines[0]


# ---- TLS -----------------------------------------------------------------------------------------

def test_untrusted_certificate_is_refused_with_a_clear_message(dovecot, tmp_path):  # noqa: F811
    config, env, _ = setup_account(dovecot, tmp_path, ca_file="")  # only the system CAs: the test CA is unknown
    done = cli(config, "poll", "--once", env=env)
    assert done.returncode != 0
    line = assert_clear_failure(done.stderr, f"127.0.0.1:{dovecot.tls_port}")
    assert "certificate" in line.lower() and "not trusted" in line
    assert "examined" not in done.stdout


def test_untrusted_certificate_is_told_in_exactly_one_line(dovecot, tmp_path):  # noqa: F811
    config, env, _ = setup_account(dovecot, tmp_path, ca_file="")
    done = cli(config, "poll", "--once", env=env)
    lines = [line for line in done.stderr.splitlines() if line.strip() and not line.startswith("hint:")]
    assert len(lines) == 1, done.stderr


class FakeImapServer:
    """A plaintext IMAP server that offers (or refuses) STARTTLS as told and records what clients send.

    mode "no-starttls": the capability list lacks STARTTLS; "refuse": STARTTLS is answered NO;
    "garbage": STARTTLS is answered OK and then plaintext follows instead of a TLS handshake."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.received = bytearray()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(5)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "FakeImapServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(10)
                try:
                    self._talk(conn)
                except OSError:
                    pass

    def _talk(self, conn: socket.socket) -> None:
        caps = "IMAP4rev1 AUTH=PLAIN LOGIN IDLE" + ("" if self.mode == "no-starttls" else " STARTTLS")
        conn.sendall(f"* OK [CAPABILITY {caps}] fake server ready\r\n".encode())
        buffer = b""
        while True:
            data = conn.recv(4096)
            if not data:
                return
            self.received += data
            buffer += data
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                tag, _, rest = line.decode("latin-1").partition(" ")
                command = rest.split(" ", 1)[0].upper()
                if command == "CAPABILITY":
                    conn.sendall(f"* CAPABILITY {caps}\r\n{tag} OK done\r\n".encode())
                elif command == "STARTTLS" and self.mode == "refuse":
                    conn.sendall(f"{tag} NO TLS is not available right now\r\n".encode())
                elif command == "STARTTLS":
                    conn.sendall(f"{tag} OK Begin TLS negotiation now\r\n".encode())
                    conn.sendall(b"* this is not a TLS handshake at all\r\n")
                elif command == "LOGOUT":
                    conn.sendall(f"* BYE\r\n{tag} OK bye\r\n".encode())
                    return
                else:  # LOGIN, AUTHENTICATE, anything: accept, so a fallback would go on talking
                    conn.sendall(f"{tag} OK fine\r\n".encode())


@pytest.mark.parametrize("mode", ["no-starttls", "refuse", "garbage"])
def test_starttls_failure_never_falls_back_to_plaintext(mode, tmp_path):
    password = "pw-never-in-clear-" + os.urandom(6).hex()
    config = tmp_path / "config.toml"
    with FakeImapServer(mode) as server:
        from interview_watch.config import AccountConfig

        account = AccountConfig(name="fake", host="127.0.0.1", port=server.port, security="starttls",
                                username="sam", password_env="IW_FAKE_PW", addresses=(ME,))
        config = write_config_file(tmp_path, account)
        set_account_keys(config, timeout_seconds=5)
        env = dict(os.environ, IW_FAKE_PW=password, HOME=str(tmp_path))
        done = cli(config, "poll", "--once", env=env)
    sent = bytes(server.received)
    assert done.returncode != 0, done.stdout
    assert b"STARTTLS" in sent or mode == "no-starttls"
    assert password.encode() not in sent
    for verb in (b"LOGIN", b"AUTHENTICATE"):
        assert verb not in sent.upper(), f"{verb!r} crossed in the clear: {sent!r}"
    line = assert_clear_failure(done.stderr, f"127.0.0.1:{server.port}")
    assert "TLS" in line, line
    assert password not in done.stderr + done.stdout


def test_starttls_cut_during_the_handshake_sends_no_password_through_the_proxy(dovecot, tmp_path):  # noqa: F811
    with FaultProxy(dovecot.host, dovecot.starttls_port) as proxy:
        config, env, user = setup_account(dovecot, tmp_path, security="starttls", port=proxy.port)
        # Let exactly the server's plaintext part through (greeting, CAPABILITY, STARTTLS OK),
        # then close: the TLS handshake fails. A client that fell back would log in next.
        proxy.cut_after(plaintext_prelude_bytes(dovecot.host, dovecot.starttls_port))
        done = cli(config, "poll", "--once", env=env)
        sent = bytes(proxy.client_bytes)
    assert done.returncode != 0, done.stdout
    assert b"STARTTLS" in sent
    assert user.password.encode() not in sent
    assert b"LOGIN" not in sent.upper() and b"AUTHENTICATE" not in sent.upper()
    line = assert_clear_failure(done.stderr, f"127.0.0.1:{proxy.port}")
    assert "TLS" in line, line


def plaintext_prelude_bytes(host: str, port: int) -> int:
    """How many bytes the server sends up to and including its STARTTLS OK, with the tags imaplib
    uses (four letters and a number, so the tagged lines have the same length)."""
    received = b""
    with socket.create_connection((host, port), timeout=10) as sock:
        def until(marker: bytes) -> None:
            nonlocal received
            while marker not in received:
                chunk = sock.recv(4096)
                assert chunk, received
                received += chunk

        until(b"\r\n")
        sock.sendall(b"ABCD0 CAPABILITY\r\n")
        until(b"ABCD0 OK")
        while not received.endswith(b"\r\n"):
            received += sock.recv(4096)
        sock.sendall(b"ABCD1 STARTTLS\r\n")
        until(b"ABCD1 OK")
        while not received.endswith(b"\r\n"):
            received += sock.recv(4096)
    return len(received)


def test_starttls_that_works_logs_in_only_inside_tls(dovecot, tmp_path):  # noqa: F811
    """The control case for the tests above: through the same proxy, a working STARTTLS syncs,
    and still no password or LOGIN is visible on the wire."""
    with FaultProxy(dovecot.host, dovecot.starttls_port) as proxy:
        config, env, user = setup_account(dovecot, tmp_path, security="starttls", port=proxy.port)
        done = cli(config, "poll", "--once", env=env)
        sent = bytes(proxy.client_bytes)
    assert done.returncode == 0, done.stderr
    assert b"STARTTLS" in sent
    assert user.password.encode() not in sent
    assert b"LOGIN" not in sent


# ---- the password never leaks ----------------------------------------------------------------------

def test_wrong_password_is_told_clearly_and_leaks_nowhere(dovecot, tmp_path):  # noqa: F811
    wrong = "Wr0ng-" + os.urandom(8).hex()
    config, env, user = setup_account(dovecot, tmp_path, password=wrong)
    done = cli(config, "poll", "--once", env=env, verbose=True)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "rejected the login" in done.stderr and user.name in done.stderr, done.stderr

    # `run` with --verbose: the login is refused, the account is not retried, and the log is clean.
    runner = DaemonRunner(tmp_path)
    try:
        daemon = runner(config, env)
        wait_until(lambda: "not retrying" in daemon.output(), 30, what="the daemon to give up on the login")
        code, took = daemon.signal(signal.SIGTERM)
        assert code == 0 and took < 5.0
    finally:
        runner.stop_all()
    log = daemon.output()

    places = {"stdout": done.stdout, "stderr": done.stderr, "daemon log": log}
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file() and not path.name.endswith(".toml"):
            places[str(path.relative_to(tmp_path))] = path.read_bytes().decode("latin-1")
    assert any(name.startswith("interview-watch.sqlite3") for name in places), places.keys()
    assert "report.html" in places, "the report should have been written"
    for secret in (wrong, user.password):
        leaks = [name for name, text in places.items() if secret in text]
        assert not leaks, f"the password appears in {leaks}"


def test_right_password_leaks_nowhere_after_a_verbose_sync(dovecot, tmp_path):  # noqa: F811
    config, env, user = setup_account(dovecot, tmp_path)
    done = cli(config, "poll", "--once", env=env, verbose=True)
    assert done.returncode == 0, done.stderr
    texts = [done.stdout, done.stderr]
    texts += [p.read_bytes().decode("latin-1") for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".toml"]
    assert not any(user.password in text for text in texts)


# ---- configuration permissions ---------------------------------------------------------------------

def test_configuration_readable_by_others_is_warned_about(tmp_path):
    from interview_watch.config import AccountConfig

    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    account = AccountConfig(name="local", maildir=str(tmp_path / "Maildir"), addresses=(ME,))
    config = write_config_file(tmp_path, account)
    env = dict(os.environ, HOME=str(tmp_path))

    private = cli(config, "config", "check", env=env)
    assert private.returncode == 0, private.stderr
    assert "warning" not in private.stderr.lower()

    config.chmod(0o644)
    shared = cli(config, "config", "check", env=env)
    assert "warning" in shared.stderr.lower() and str(config) in shared.stderr, shared.stderr
    assert "others can read" in shared.stderr and "chmod 600" in shared.stderr
    assert "Traceback" not in shared.stderr
