"""Throwaway servers and accounts for the benchmarks, and a tap that counts IMAP traffic.

Dovecot's files go to /dev/shm when it exists: the server is not what is measured, and this
machine's disk takes ~1 ms to create a file, which would make loading 20,000 messages slow. The
daemon's own SQLite database stays on the ordinary disk, in a temp dir.
"""

from __future__ import annotations

import imaplib
import os
import re
import shutil
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from benchmarks.common import ROOT  # noqa: F401 - puts the repo on sys.path

from interview_watch.config import AccountConfig
from tests.fixtures.apps import write_config_file
from tests.fixtures.dovecot import DovecotServer, DovecotUser
from tests.fixtures.scenarios import ME

PASSWORD_VAR = "IW_BENCH_PASSWORD"


@contextmanager
def bench_dovecot() -> Iterator[DovecotServer]:
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    root = tempfile.mkdtemp(prefix="iw-bench-dovecot-", dir=base)
    server = DovecotServer(root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def account_for(server: DovecotServer, user: DovecotUser, port: int | None = None) -> AccountConfig:
    """An account reaching `user` (through `port`, e.g. a proxy), password from PASSWORD_VAR."""
    return server.account(user.name, port=port or server.tls_port, password_env=PASSWORD_VAR,
                          addresses=(ME,), name="bench")


def config_file(directory: Path, account: AccountConfig, notifications: bool = False) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return write_config_file(directory, account, notifications=notifications)


# ---- counting IMAP traffic in this process ---------------------------------------------------

_TAGGED = re.compile(rb"^[A-Z]+\d+ (UID [A-Z]+|[A-Z]+)")


@dataclass
class Traffic:
    sent: int = 0
    received: int = 0
    commands: list[str] = field(default_factory=list)  # "UID FETCH (items...)" etc.
    lines: list[bytes] = field(default_factory=list)

    def reset(self) -> None:
        self.sent = self.received = 0
        self.commands.clear()
        self.lines.clear()


class ImapTap:
    """Count plaintext IMAP bytes both ways and the tagged commands, for every imaplib connection
    in this process, by wrapping imaplib.IMAP4's send/read/readline at the class level.

    Counting happens above TLS: these are IMAP bytes; the proxy counts bytes on the wire."""

    def __init__(self) -> None:
        self.traffic = Traffic()
        self._lock = threading.Lock()
        self._saved: dict[str, object] = {}

    def __enter__(self) -> "ImapTap":
        cls, traffic, lock = imaplib.IMAP4, self.traffic, self._lock
        send, read, readline = cls.send, cls.read, cls.readline
        self._saved = {"send": send, "read": read, "readline": readline}

        def tapped_send(imap, data):  # noqa: ANN001, ANN202
            with lock:
                traffic.sent += len(data)
                for line in bytes(data).split(b"\r\n"):
                    m = _TAGGED.match(line)
                    if m:
                        traffic.commands.append(m.group(1).decode())
                        traffic.lines.append(line[:300])
            return send(imap, data)

        def tapped_read(imap, size):  # noqa: ANN001, ANN202
            data = read(imap, size)
            with lock:
                traffic.received += len(data)
            return data

        def tapped_readline(imap):  # noqa: ANN001, ANN202
            line = readline(imap)
            with lock:
                traffic.received += len(line)
            return line

        cls.send, cls.read, cls.readline = tapped_send, tapped_read, tapped_readline
        return self

    def __exit__(self, *exc: object) -> None:
        for name, fn in self._saved.items():
            setattr(imaplib.IMAP4, name, fn)


def fetches_bodies(lines: list[bytes]) -> bool:
    """Whether any FETCH asked for message content (a body, a section or the full RFC822)."""
    return any(b"FETCH" in line and re.search(rb"BODY(\.PEEK)?\[|RFC822(\.TEXT)?[ )]|RFC822\b(?!\.)", line)
               for line in lines)
