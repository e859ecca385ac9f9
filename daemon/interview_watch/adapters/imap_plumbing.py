"""Socket-level plumbing of the IMAP source: I/O counting, TCP keepalive, readiness. No imapclient."""

from __future__ import annotations

import select
import socket
import ssl
from types import MethodType
from typing import Any, Callable


def count_io(client: Any, stats: Any) -> None:
    """Count tagged commands and bytes read by wrapping imaplib's primitives: every tagged command
    takes a new tag, whether imaplib or imapclient's raw path (SEARCH, FETCH) sends it."""
    imap = client._imap
    new_tag = imap._new_tag

    def counted_tag(_self: object) -> bytes:
        stats.commands += 1
        return new_tag()

    def counted(read: Callable[..., bytes]) -> MethodType:
        def counted_read(_self: object, *size: int) -> bytes:
            data = read(*size)
            stats.bytes_read += len(data)
            return data
        return MethodType(counted_read, imap)

    imap._new_tag = MethodType(counted_tag, imap)
    imap.readline, imap.read = counted(imap.readline), counted(imap.read)


def reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return " ".join(text.split())[:300]


def keep_alive(sock: socket.socket) -> None:
    """TCP keepalive: a peer gone during sleep or a network change errors the socket in ~2 min,
    which ends an IDLE as a dead connection instead of at its next re-issue."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for option, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        if hasattr(socket, option):  # Linux names; macOS has fewer
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)


def readable(sock: object) -> bool:
    """Whether the socket has something to read now (data, EOF or an error)."""
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    fileno = sock.fileno()  # type: ignore[attr-defined]
    if fileno < 0:
        return True  # closed under us: as dead as it gets
    poller = select.poll()
    poller.register(fileno, select.POLLIN | select.POLLPRI)
    return bool(poller.poll(0))
