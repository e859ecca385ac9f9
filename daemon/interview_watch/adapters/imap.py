"""The IMAP mail source: the only module that imports imapclient.

Read-only by construction: folders are opened with EXAMINE and messages read with BODY.PEEK, so
no flag is ever set. TLS is always verified (implicit TLS, or STARTTLS that must succeed), and a
login is refused on any socket that is not TLS-wrapped. Every socket has a timeout. Library and
socket errors leave this module only as the errors of `interview_watch.errors`, and no message
carries the password or token.
"""

from __future__ import annotations

import logging
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, Iterable, Iterator

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from ..config import AccountConfig
from ..errors import AuthenticationFailed, ConnectionFailed, FolderNotFound, MailSourceError, TLSError
from ..core.models import SearchFilter
from ..ports import HEADER_FIELDS, FetchedHeader, FetchedMessage, Folders
from . import imap_search
from .imap_plumbing import count_io, keep_alive, readable, reason
from .imap_folders import FolderListing, choose_sent_folder, find_folder

log = logging.getLogger(__name__)

IDLE_MAX_SECONDS = 600.0
SEARCH_TIMEOUT = 300.0  # a narrowed SEARCH over a large folder; the server answers only at the end  # servers drop IDLE well before 29 minutes, some after 10
HEADER_BATCH = 200
BODY_BATCH_BYTES = 8 * 1024 * 1024
BODY_BATCH_MAX = 200
SIZE_BATCH = 1000
_EMPTY_READS_MEANING_DEAD = 3  # readable socket, no data: EOF or RST (imapclient hides both)
_HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]".encode()
_SSL_CLOSED = (ssl.SSLEOFError, ssl.SSLZeroReturnError)  # the peer went away: not a TLS refusal

@dataclass
class ImapStats:
    """What the connection cost: tagged commands sent and bytes read after the greeting."""

    commands: int = 0
    bytes_read: int = 0

    def reset(self) -> None:
        self.commands = self.bytes_read = 0


class ImapSource:
    """One IMAP account, read-only (implements ports.MailSource).

    `password_provider` is called once per login and returns the password, or the OAuth2 access
    token when `xoauth2` is True. `max_message_bytes` truncates fetched messages (0 = whole).
    """

    def __init__(self, account: AccountConfig, password_provider: Callable[[], str], *,
                 xoauth2: bool = False, max_message_bytes: int = 0) -> None:
        self.account = account.name
        self.stats = ImapStats()
        self._config = account
        self._password_provider = password_provider
        self._xoauth2 = xoauth2
        self._max_message_bytes = max_message_bytes
        self._where = f"{account.host}:{account.port}"
        self._client: IMAPClient | None = None
        self._broken = False
        self._folder: str | None = None
        self._uidnext_hint: tuple[int, int] | None = None  # (UIDNEXT, commands sent by then)
        self._uidnext: int | None = None
        self._sizes: dict[int, int] = {}

    def __repr__(self) -> str:
        return (f"ImapSource(account={self.account!r}, server={self._where!r}, "
                f"security={self._config.security!r}, user={self._config.username!r})")

    # ---- connection ----------------------------------------------------------------------

    def connect(self) -> None:
        """Open a verified TLS connection and log in.

        Raise ConnectionFailed (unreachable, refused, timeout, reset), TLSError (certificate,
        STARTTLS missing or failed) or AuthenticationFailed (login rejected)."""
        self.close()
        security = self._config.security
        if security not in ("tls", "starttls"):
            raise TLSError(self.account, f"security must be \"tls\" or \"starttls\", not "
                                         f"{security!r}: plaintext IMAP is never used")
        context = self._ssl_context()
        client: IMAPClient | None = None
        try:
            with self._guard("connecting to", handshake=True):
                client = IMAPClient(self._config.host, self._config.port, ssl=security == "tls",
                                    ssl_context=context, timeout=self._config.timeout_seconds)
                count_io(client, self.stats)
                keep_alive(client.socket())
                if security == "starttls":
                    self._start_tls(client, context)
            with self._guard("logging in to"):
                self._login(client)
                client.capabilities()  # cache them now: EXAMINE drops the login's CAPABILITY
                client.normalise_times = False  # aware INTERNALDATEs
        except BaseException:
            if client is not None:
                _quietly_shutdown(client)
            raise
        self._client, self._broken = client, False
        log.debug("connected to %s as %s (%s)", self._where, self._config.username, security)

    def close(self) -> None:
        """Log out (unless the connection is known dead) and close; never raises."""
        client, self._client = self._client, None
        self._folder, self._uidnext_hint, self._uidnext, self._sizes = None, None, None, {}
        if client is not None and not self._broken:
            try:
                client.logout()
                return
            except Exception as exc:  # noqa: BLE001 - closing must never raise
                log.debug("logout from %s failed: %s", self._where, exc)
        if client is not None:
            _quietly_shutdown(client)

    def _ssl_context(self) -> ssl.SSLContext:
        ca_file = self._config.ca_file or None
        try:
            context = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise TLSError(self.account, f"ca_file {ca_file!r} cannot be used ({reason(exc)})") from None
        if ca_file:
            context.load_default_certs()  # the extra CA is added to the system's, not instead
        context.check_hostname = True
        context.verify_mode = ssl.CERT_REQUIRED
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context

    def _start_tls(self, client: IMAPClient, context: ssl.SSLContext) -> None:
        if not client.has_capability("STARTTLS"):
            raise TLSError(self.account, f"{self._where} does not offer STARTTLS; refusing to log "
                                         "in without TLS (use security = \"tls\" and its TLS port)")
        try:
            client.starttls(context)
        except (imap_errors.IMAPClientAbortError, ssl.SSLCertVerificationError):
            raise  # a dropped connection, or a certificate the guard explains
        except (imap_errors.IMAPClientError, ssl.SSLError) as exc:
            raise TLSError(self.account, f"STARTTLS with {self._where} failed ({reason(exc)}); "
                                         "refusing to continue without TLS") from None
        except OSError as exc:  # cut mid-handshake: worth a retry, but say it was the TLS step
            raise ConnectionFailed(self.account, f"the STARTTLS handshake with {self._where} was cut "
                                                 f"({reason(exc)}); nothing was sent without TLS") from None

    def _login(self, client: IMAPClient) -> None:
        sock = client.socket()
        if not isinstance(sock, ssl.SSLSocket) or sock.version() is None:
            raise TLSError(self.account, f"the connection to {self._where} is not encrypted; "
                                         "refusing to send the password")
        user = self._config.username
        secret = self._password_provider()
        try:
            if self._xoauth2:
                client.oauth2_login(user, secret)
            elif secret.isascii() and user.isascii():
                client.login(user, secret)
            else:  # imaplib sends LOGIN as ASCII; AUTHENTICATE PLAIN carries UTF-8
                client.plain_login(user, secret)
        except imap_errors.LoginError as exc:
            said = reason(exc).replace(secret, "***") if secret else reason(exc)
            raise AuthenticationFailed(
                self.account, f"the server rejected the login for user {user} ({said})"
            ) from None

    # ---- folders and searching -----------------------------------------------------------

    def folders(self) -> Folders:
        """Return the inbox and Sent folder names. Raise FolderNotFound if either is missing."""
        client = self._connected()
        with self._guard("listing the folders of"):
            listing = self._list_folders(client)
        names = [name for _flags, _delim, name in listing]
        inbox = find_folder(names, self._config.inbox)
        sent = find_folder(names, self._config.sent) if self._config.sent else choose_sent_folder(listing)
        for wanted, found in ((self._config.inbox, inbox), (self._config.sent, sent)):
            if wanted and found is None:
                raise FolderNotFound(self.account, f"folder {wanted!r} does not exist on {self._where}")
        if inbox is None or sent is None:
            raise FolderNotFound(self.account, f"no Sent folder found on {self._where} (none is "
                                               "flagged \\Sent); name it with sent = \"...\"")
        return Folders(inbox=inbox, sent=sent)

    def _list_folders(self, client: IMAPClient) -> FolderListing:
        if client.has_capability("SPECIAL-USE"):  # (cached at login: no command)
            # LIST "" "*" RETURN (SPECIAL-USE): some servers flag \Sent only when asked (RFC 6154)
            imap = client._imap
            typ, data = imap._simple_command("LIST", b'""', b'"*"', b"RETURN", b"(SPECIAL-USE)")
            if typ == "OK":
                typ, data = imap._untagged_response(typ, data, "LIST")
                return client._proc_folder_list(data)
        if client.has_capability("XLIST"):
            return client.xlist_folders()
        return client.list_folders()

    def examine(self, folder: str) -> int:
        """Open `folder` read-only (EXAMINE) and return its UIDVALIDITY."""
        client = self._connected()
        with self._guard(f"opening folder {folder!r} on"):
            try:
                response = client.select_folder(folder, readonly=True)
            except imap_errors.IMAPClientAbortError:
                raise
            except imap_errors.IMAPClientError as exc:
                self._folder = None  # a failed EXAMINE closes the open folder (RFC 3501)
                raise FolderNotFound(self.account, f"folder {folder!r} cannot be opened on "
                                                   f"{self._where} ({reason(exc)})") from None
            _take_news(client)  # its EXISTS is the state, not news
        self._folder, self._sizes = folder, {}
        uidnext = response.get(b"UIDNEXT")
        self._uidnext = int(uidnext) if uidnext else None
        # UIDNEXT is news only until the next command: remember how many were sent so far.
        self._uidnext_hint = (int(uidnext), self.stats.commands) if uidnext else None
        return int(response.get(b"UIDVALIDITY") or 0)

    def uid_next(self) -> int | None:
        """The UIDNEXT the last EXAMINE reported (None when the server sent none)."""
        return self._uidnext if self._folder is not None else None

    def search_uids(self, after_uid: int, since: date | None,
                    narrow: SearchFilter | None = None) -> list[int]:
        """Return the UIDs above `after_uid` in the open folder (INTERNALDATE >= since), ascending.

        With `narrow`, the server keeps only messages matching one of its terms (one SEARCH per
        group of terms). Gmail matches words, not substrings, so there `narrow` is ignored, as it
        is when a term cannot be sent."""
        client = self._selected()
        after_uid = max(after_uid, 0)
        hint, self._uidnext_hint = self._uidnext_hint, None
        if hint is not None and hint[1] == self.stats.commands and after_uid + 1 >= hint[0]:
            return []  # right after EXAMINE, its UIDNEXT says nothing is newer: spare a command
        base: list[object] = ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            base += ["SINCE", since]
        narrowed = self._narrowed_searches(client, base, narrow)
        uids: set[int] | None = None
        if narrowed:
            try:
                uids = self._search_all(client, narrowed, narrowed=True)
            except ConnectionFailed:
                raise
            except MailSourceError as exc:  # BAD, NO, a line too long: read it unnarrowed
                log.info("%s: the narrowed search was refused (%s); searching without it", self.account, exc)
        if uids is None:
            uids = self._search_all(client, [(base, None)], narrowed=False)
        # `UID n:*` always matches the highest UID, even below n (RFC 3501): drop those.
        return sorted(uid for uid in uids if uid > after_uid)

    def _narrowed_searches(self, client: IMAPClient, base: list[object],
                           narrow: SearchFilter | None) -> list[tuple[list[object], str | None]]:
        """One (criteria, charset) per group of `narrow`'s terms, or [] when not narrowing."""
        if narrow is None or client.has_capability("X-GM-EXT-1"):
            return []
        try:
            terms = imap_search.filter_terms(narrow)
        except imap_search.Unsearchable as exc:
            log.info("%s: searching without a filter: %s", self.account, exc)
            return []
        charset = "UTF-8" if imap_search.needs_utf8(terms) else None
        return [(base + imap_search.or_tree(group), charset) for group in imap_search.groups(terms)]

    def _search_all(self, client: IMAPClient, searches: list[tuple[list[object], str | None]],
                    narrowed: bool) -> set[int]:
        """Run each search and unite the UIDs. A narrowed search makes the server read many
        messages before it answers, so the socket waits up to SEARCH_TIMEOUT for it."""
        uids: set[int] = set()
        sock = client.socket()
        normal = sock.gettimeout()
        if narrowed:
            sock.settimeout(max(normal or 0, SEARCH_TIMEOUT))
        try:
            for criteria, charset in searches:
                with self._guard("searching on"):
                    uids.update(client.search(criteria, charset=charset))
        finally:
            if not self._broken:
                sock.settimeout(normal)
        return uids

    # ---- fetching ------------------------------------------------------------------------

    def fetch_headers(self, uids: Iterable[int]) -> Iterator[FetchedHeader]:
        """Yield the HEADER_FIELDS in UID order, ~200 per FETCH, with BODY.PEEK (nothing marked seen).

        A UID expunged meanwhile is skipped."""
        client = self._selected()
        wanted = sorted(set(uids))
        for start in range(0, len(wanted), HEADER_BATCH):
            batch = wanted[start:start + HEADER_BATCH]
            with self._guard("fetching headers from"):
                response = client.fetch(batch, [_HEADER_ITEM, b"INTERNALDATE", b"RFC822.SIZE"])
            for uid in batch:
                data = response.get(uid) or {}
                header = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), None)
                if header is None:
                    continue
                size = int(data.get(b"RFC822.SIZE") or 0)
                self._sizes[uid] = size
                yield FetchedHeader(uid, _aware(data.get(b"INTERNALDATE")), size, bytes(header or b""))

    def fetch_messages(self, uids: Iterable[int]) -> Iterator[FetchedMessage]:
        """Yield whole messages in UID order, in batches of about 8 MB, with BODY.PEEK[].

        A UID expunged meanwhile is skipped."""
        client = self._selected()
        wanted = sorted(set(uids))
        self._learn_sizes(client, [uid for uid in wanted if uid not in self._sizes])
        limit = self._max_message_bytes
        item = f"BODY.PEEK[]<0.{limit}>".encode() if limit else b"BODY.PEEK[]"
        key = b"BODY[]<0>" if limit else b"BODY[]"
        for batch in self._batches_by_size([uid for uid in wanted if uid in self._sizes]):
            with self._guard("fetching messages from"):
                response = client.fetch(batch, [item, b"INTERNALDATE"])
            for uid in batch:
                data = response.get(uid) or {}
                if key in data:
                    yield FetchedMessage(uid, _aware(data.get(b"INTERNALDATE")), bytes(data[key] or b""))

    def _learn_sizes(self, client: IMAPClient, uids: list[int]) -> None:
        for start in range(0, len(uids), SIZE_BATCH):
            with self._guard("fetching message sizes from"):
                response = client.fetch(uids[start:start + SIZE_BATCH], [b"RFC822.SIZE"])
            for uid, data in response.items():
                if b"RFC822.SIZE" in data:
                    self._sizes[uid] = int(data[b"RFC822.SIZE"])

    def _batches_by_size(self, uids: list[int]) -> Iterator[list[int]]:
        limit = self._max_message_bytes
        return imap_search.runs(uids, lambda uid: min(self._sizes[uid], limit) if limit else self._sizes[uid],
                                BODY_BATCH_BYTES, BODY_BATCH_MAX)

    # ---- waiting for mail ----------------------------------------------------------------

    def wait_for_change(self, folder: str, timeout: float) -> bool:
        """IDLE on `folder` up to `timeout` seconds; True when the server announces new mail.

        Mail that arrived since EXAMINE (announced alongside an earlier command, or pending on
        the server, which IDLE does not repeat) returns True at once. IDLE is re-issued at least
        every 10 minutes. Raise ConnectionFailed when the connection dies, including a socket
        that reads as ready but yields nothing (no CPU spin)."""
        client = self._connected()
        if self._folder != folder:
            self.examine(folder)
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            with self._guard("waiting for mail on"):
                client.noop()
                if _take_news(client):
                    return True
                can_idle = client.has_capability("IDLE")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if not can_idle:  # poll: sleep, then ask once more
                time.sleep(remaining)
                deadline = time.monotonic()
                continue
            if self._idle_once(client, min(remaining, IDLE_MAX_SECONDS)):
                return True

    def _idle_once(self, client: IMAPClient, seconds: float) -> bool:
        with self._guard("waiting for mail on"):
            _start_idle(client)
            changed = _take_news(client) or self._idle_wait(client, seconds)
            _text, responses = client.idle_done()  # bounded by the socket timeout if stalled
            leftover = _take_news(client)
        return changed or leftover or _announces_new_mail(responses)

    def _idle_wait(self, client: IMAPClient, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        empty_reads = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            responses = client.idle_check(timeout=remaining)
            if responses:
                empty_reads = 0
                if any(isinstance(r, tuple) and r[:1] == (b"BYE",) for r in responses):
                    raise ConnectionFailed(self.account, f"{self._where} closed the connection (BYE)")
                if _announces_new_mail(responses):
                    return True
            elif readable(client.socket()):
                empty_reads += 1
                if empty_reads >= _EMPTY_READS_MEANING_DEAD:
                    raise ConnectionFailed(self.account, f"the connection to {self._where} was "
                                                         "closed while waiting for mail")

    # ---- plumbing ------------------------------------------------------------------------

    def _connected(self) -> IMAPClient:
        if self._client is None or self._broken:
            raise ConnectionFailed(self.account, f"not connected to {self._where}")
        return self._client

    def _selected(self) -> IMAPClient:
        client = self._connected()
        if self._folder is None:
            raise MailSourceError(self.account, "no folder is open (examine() one first)")
        return client

    @contextmanager
    def _guard(self, doing: str, handshake: bool = False) -> Iterator[None]:
        """Turn library and socket errors into ours; a dead connection is marked broken."""
        try:
            yield
        except MailSourceError as exc:
            self._broken = self._broken or isinstance(exc, ConnectionFailed)
            raise
        except ssl.SSLCertVerificationError as exc:
            raise TLSError(self.account, f"the certificate of {self._where} is not trusted "
                                         f"({exc.verify_message}); set ca_file for a self-hosted "
                                         "server") from None
        except (OSError, EOFError, imap_errors.IMAPClientAbortError, imap_errors.ProtocolError) as exc:
            if handshake and isinstance(exc, ssl.SSLError) and not isinstance(exc, _SSL_CLOSED):
                raise TLSError(self.account, f"TLS negotiation with {self._where} failed "
                                             f"({reason(exc)})") from None
            self._broken = True
            raise ConnectionFailed(self.account, f"{doing} {self._where} failed ({reason(exc)})") from None
        except imap_errors.IMAPClientError as exc:
            raise MailSourceError(self.account, f"{doing} {self._where} failed: the server "
                                                f"said {reason(exc)}") from None


def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    offset = value.utcoffset()
    return value.replace(tzinfo=timezone(offset) if offset is not None else timezone.utc)


def _announces_new_mail(responses: Iterable[object]) -> bool:
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT")
               for r in responses)


def _start_idle(client: IMAPClient) -> None:
    """Send IDLE and read up to its continuation. (imapclient's idle() fails on an untagged
    response arriving first; those are kept for _take_news instead.)"""
    imap = client._imap
    tag = client._idle_tag = imap._command("IDLE")
    while imap._get_response() is not None:  # None: the "+ idling" continuation
        if imap.tagged_commands.get(tag):
            typ, data = imap.tagged_commands.pop(tag)
            raise imap_errors.IMAPClientError(f"IDLE failed: {typ} {data}")


def _take_news(client: IMAPClient) -> bool:
    """Pop the EXISTS/RECENT that imaplib kept from earlier commands; True if there were any."""
    kept = client._imap.untagged_responses
    exists, _recent = kept.pop("EXISTS", None), kept.pop("RECENT", None)
    return bool(exists)


def _quietly_shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception as exc:  # noqa: BLE001 - closing must never raise
        log.debug("closing the IMAP socket failed: %s", exc)
