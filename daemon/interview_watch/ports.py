"""The interfaces the sync sees. Adapters implement them; the sync never imports a library.

A MailSource is read-only by contract: it opens folders with EXAMINE (or reads files), fetches
with BODY.PEEK, and never changes a flag, a folder or a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Iterator, Protocol

from interview_watch.core.models import SearchFilter

# The header fields the sync reads before it decides to fetch a body (matching.could_be_reply,
# is_bulk, the thank-you pre-check, de-duplication). An IMAP source fetches only these, not the
# Received/DKIM lines that are most of a header block's bytes.
HEADER_FIELDS = (
    "From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To",
    "References", "List-Id", "List-Unsubscribe", "Precedence", "Auto-Submitted", "X-Autoreply",
    "X-Autorespond", "Content-Type", "MIME-Version",
)


@dataclass(frozen=True)
class Folders:
    """The resolved names of the folders to watch."""

    inbox: str
    sent: str


@dataclass(frozen=True)
class FetchedHeader:
    uid: int
    internaldate: datetime | None  # aware; the server's arrival time
    size: int
    header: bytes  # the raw header fields (at least HEADER_FIELDS), ending with a blank line


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    internaldate: datetime | None
    raw: bytes  # the full message (or its first `limit` bytes when the source truncates)


class MailSource(Protocol):
    """One account's mailbox, read-only."""

    account: str

    def connect(self) -> None:
        """Open the connection and log in. Raise ConnectionFailed, TLSError, AuthenticationFailed."""

    def close(self) -> None:
        """Close the connection; never raises."""

    def folders(self) -> Folders:
        """Return the inbox and Sent folder names (Sent found by SPECIAL-USE unless configured).

        Raise FolderNotFound if either is missing."""

    def examine(self, folder: str) -> int:
        """Open `folder` read-only and return its UIDVALIDITY."""

    def uid_next(self) -> int | None:
        """Return the UIDNEXT of the open folder when it was opened, None when unknown."""

    def search_uids(self, after_uid: int, since: date | None,
                    narrow: SearchFilter | None = None) -> list[int]:
        """Return the UIDs in the open folder strictly greater than `after_uid`, ascending.

        When `since` is given, only messages whose INTERNALDATE is on or after it. When `narrow`
        is given the source may keep only messages matching one of its terms (a server search);
        it may also ignore it, but never drop a message that matches."""

    def fetch_headers(self, uids: Iterable[int]) -> Iterator[FetchedHeader]:
        """Yield header blocks for `uids` (batched internally), without marking anything seen."""

    def fetch_messages(self, uids: Iterable[int]) -> Iterator[FetchedMessage]:
        """Yield whole messages for `uids` (batched internally), without marking anything seen."""

    def wait_for_change(self, folder: str, timeout: float) -> bool:
        """Block up to `timeout` seconds until `folder` may have new mail (IMAP IDLE).

        Return True if something changed, False on timeout. Raise ConnectionFailed when the
        connection is dead (including one that reads as ready but yields no data)."""


class Notifier(Protocol):
    def notify(self, title: str, body: str) -> bool:
        """Show a desktop notification. Return False (and log) when it could not be shown."""
