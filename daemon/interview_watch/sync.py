"""One incremental, read-only sync of one account: Sent first (thank-yous), then the inbox (replies).

The sync sees a MailSource and the Store, never a socket. For each folder it remembers
(UIDVALIDITY, highest UID examined); a batch's effects and the new mark are committed in one
transaction, so a crash re-reads the batch and a restart neither skips nor repeats a message.
Headers come first; a body is fetched only for a message that can matter. A large range is first
narrowed on the server (SEARCH by the interviews' senders and Message-IDs, or by words of thanks),
so a first sync of a big mailbox reads a few hundred header blocks, not every one.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Callable, Iterable

from interview_watch.adapters.parsing import parse_headers, parse_message
from interview_watch.adapters.store import FolderState, Store
from interview_watch.config import AccountConfig, TrackingConfig
from interview_watch.core.classify import classify
from interview_watch.core.matching import company_domain, could_be_reply, is_bulk, match_reply_to_interview
from interview_watch.core.models import Match, MatchCandidate, ParsedMessage, Reply, SearchFilter, ThankYou
from interview_watch.core.prefilter import reply_filter, thank_you_filter
from interview_watch.core.textclean import author_text, first_lines
from interview_watch.core.thankyou import detect_thank_you
from interview_watch.linking import NEW_PROCESS_AFTER, find_interview_for_thank_you
from interview_watch.ports import FetchedHeader, FetchedMessage, Folders, MailSource

log = logging.getLogger(__name__)

BATCH = 200
# A range of more UIDs than this (a first sync, a week away) is narrowed by a server-side search
# (core/prefilter.py) before any header is read; a smaller one is read header by header.
SERVER_SEARCH_ABOVE = 300
Progress = Callable[[str, int, int], None]  # (folder, done, total)


@dataclass
class SyncOutcome:
    account: str
    examined: int = 0
    bodies_fetched: int = 0
    thank_yous: int = 0
    replies: int = 0
    skipped: int = 0
    folders: dict[str, int] = field(default_factory=dict)


def synthetic_message_id(head: ParsedMessage) -> str:
    """A stable stand-in for a missing Message-ID, so de-duplication still works: a digest of the
    header values the message was sent with (not of the raw block, whose form depends on the
    server and on which fields were fetched)."""
    date = head.date.isoformat() if head.date else ""
    parts = (head.from_addr, ",".join(head.to), ",".join(head.cc), head.subject, date,
             " ".join(head.in_reply_to), " ".join(head.references))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"<{digest}@missing-message-id.interview-watch>"


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class SyncCancelled(Exception):
    """Raised between batches when the daemon is stopping; everything committed so far stays."""


class AccountSync:
    """Given a source, the store and the tracking settings, sync one account when called."""

    def __init__(self, store: Store, account: AccountConfig, tracking: TrackingConfig,
                 now: Callable[[], datetime], progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self._store = store
        self._account = account
        self._tracking = tracking
        self._now = now
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self._own = account.own_addresses
        self._linked: list[str] = []  # Message-IDs of the replies linked in the current folder pass
        self._interview_domains: list[tuple[datetime, frozenset[str]]] | None = None

    def run(self, source: MailSource, folders: Folders | None = None) -> SyncOutcome:
        """Sync Sent then the inbox. Raise MailSourceError subclasses on connection trouble."""
        outcome = SyncOutcome(source.account)
        folders = folders or source.folders()
        self._sync_folder(source, folders.sent, "sent", outcome)
        self._sync_folder(source, folders.inbox, "inbox", outcome)
        return outcome

    # -- one folder ---------------------------------------------------------------------------

    def _sync_folder(self, source: MailSource, folder: str, role: str, outcome: SyncOutcome) -> None:
        name = self._account.name
        uidvalidity = source.examine(folder)
        state = self._store.folder_state(name, folder)
        if state is None or state.uidvalidity != uidvalidity:
            if state is not None:
                log.info("%s/%s: UIDVALIDITY changed (%s -> %s); re-reading, duplicates are skipped by Message-ID",
                         name, folder, state.uidvalidity, uidvalidity)
            after = 0
        else:
            after = state.last_uid
        since = None
        if after == 0:
            since = (self._now() - timedelta(days=self._tracking.lookback_days)).date()
        uid_next = source.uid_next()
        narrow = None
        if uid_next is not None and uid_next - 1 - after > SERVER_SEARCH_ABOVE:
            if role == "sent":
                narrow = thank_you_filter()
            else:
                candidates = self._candidates()
                narrow = reply_filter(candidates)
                since = _replies_since(candidates, since)
        if since is _NOTHING:  # no interview yet: no inbox message can be a reply
            uids = []
        else:
            uids = [u for u in source.search_uids(after, since, narrow) if u > after]
        outcome.folders[folder] = len(uids)
        self._linked = []
        mark = self._sync_batches(source, folder, role, uidvalidity, uids, outcome, after)
        if narrow is not None and role == "inbox":
            mark = self._follow_threads(source, folder, uidvalidity, after, since, set(uids), outcome, mark)
        # A narrowed search has looked at every UID below UIDNEXT, matched or not.
        top = max(mark, uid_next - 1) if narrow is not None else mark
        if top > mark or state is None or state.uidvalidity != uidvalidity:
            self._store.set_folder_state(name, folder, FolderState(uidvalidity, top))

    def _sync_batches(self, source: MailSource, folder: str, role: str, uidvalidity: int,
                      uids: list[int], outcome: SyncOutcome, mark: int) -> int:
        """Sync `uids` batch by batch from the folder mark `mark`; return the mark committed last
        (never lower than `mark`: a follow-up may read UIDs below it)."""
        done = 0
        for batch in _chunks(uids, BATCH):
            if self._cancelled():
                raise SyncCancelled()
            mark = max(mark, batch[-1])
            self._sync_batch(source, folder, role, uidvalidity, batch, outcome, mark)
            done += len(batch)
            if self._progress:
                self._progress(folder, done, len(uids))
        return mark

    def _follow_threads(self, source: MailSource, folder: str, uidvalidity: int, after: int,
                        since: date | None, seen: set[int], outcome: SyncOutcome, mark: int) -> int:
        """After a narrowed inbox pass: a message answering a reply linked in this pass, from an
        address none of the search's terms names, was left out. Search for what answers those
        replies (In-Reply-To; only replies not threaded onto the thank-you, since an answer to a
        threaded one carries the thank-you's id in its References too)."""
        while self._linked:
            ids, self._linked = self._linked, []
            follow = SearchFilter(header_contains=tuple(("In-Reply-To", mid.strip("<>")) for mid in ids))
            more = [u for u in source.search_uids(after, since, follow) if u > after and u not in seen]
            if not more:
                break
            seen.update(more)
            mark = self._sync_batches(source, folder, "inbox", uidvalidity, more, outcome, mark)
        return mark

    def _sync_batch(self, source: MailSource, folder: str, role: str, uidvalidity: int,
                    batch: list[int], outcome: SyncOutcome, mark: int) -> None:
        """Read one batch and commit its effects with the folder mark `mark` in one transaction.

        A reply linked here may be what another message of the batch answers (its In-Reply-To
        names the reply, not the thank-you): those are read in a second round, and the mark
        moves only with the last round's transaction."""
        headers = list(source.fetch_headers(batch))
        known = self._store.known_message_ids()
        candidates = self._candidates() if role == "inbox" else []
        heads: dict[int, tuple[FetchedHeader, ParsedMessage]] = {}
        for fetched in headers:
            if not fetched.header.strip():
                continue  # none of the fields the rules read: nothing here can matter
            try:
                head = parse_headers(fetched.header)
            except Exception as exc:  # a hostile header block must not stop the sync
                self._skip(folder, uidvalidity, fetched.uid, "", f"unreadable headers: {exc}")
                outcome.skipped += 1
                continue
            if (head.message_id or synthetic_message_id(head)) not in known:
                heads[fetched.uid] = (fetched, head)
        outcome.examined += len(headers)
        wanted = {uid for uid, (_f, head) in heads.items() if self._wanted(role, head, candidates)}
        pending = sorted(wanted)
        while pending:
            bodies = list(source.fetch_messages(pending))
            outcome.bodies_fetched += len(bodies)
            with self._store.transaction():
                for fetched in bodies:
                    self._take(fetched, heads[fetched.uid], folder, role, uidvalidity, candidates, outcome)
                pending = sorted(uid for uid, (_f, head) in heads.items()
                                 if uid not in wanted and self._wanted(role, head, candidates))
                wanted.update(pending)
                if not pending:
                    self._store.set_folder_state(self._account.name, folder, FolderState(uidvalidity, mark))

    def _wanted(self, role: str, head: ParsedMessage, candidates: list[MatchCandidate]) -> bool:
        if role == "sent":
            return self._could_be_thank_you(head)
        return could_be_reply(head, candidates, self._own)

    def _take(self, fetched: FetchedMessage, header: tuple[FetchedHeader, ParsedMessage], folder: str,
              role: str, uidvalidity: int, candidates: list[MatchCandidate], outcome: SyncOutcome) -> None:
        fetched_header, head = header
        try:
            msg = parse_message(fetched.raw)
            if not msg.message_id:
                msg = _with_message_id(msg, synthetic_message_id(head))
            when = _sent_time(msg, fetched.internaldate or fetched_header.internaldate, self._now())
            if role == "sent":
                outcome.thank_yous += self._take_thank_you(msg, when, folder)
            else:
                outcome.replies += self._take_reply(msg, when, folder, candidates)
        except Exception as exc:  # a hostile message is recorded and skipped, never fatal
            reason = f"{type(exc).__name__}: {exc}"
            log.warning("%s/%s uid %s skipped: %s", self._account.name, folder, fetched.uid, reason)
            self._skip(folder, uidvalidity, fetched.uid, "", reason)
            outcome.skipped += 1

    def _skip(self, folder: str, uidvalidity: int, uid: int, message_id: str, reason: str) -> None:
        self._store.add_skipped(self._account.name, folder, uidvalidity, uid, message_id, reason, self._now())

    # -- thank-yous ---------------------------------------------------------------------------

    def _could_be_thank_you(self, head: ParsedMessage) -> bool:
        external = [a for a in head.to + head.cc if a and a not in self._own]
        return bool(external) and not is_bulk(head)

    def _take_thank_you(self, msg: ParsedMessage, sent_at: datetime, folder: str) -> int:
        verdict = detect_thank_you(msg, self._own, self._open_interview_domains(sent_at))
        if verdict is None:
            return 0
        recipients = tuple(a for a in msg.to + msg.cc if a and a not in self._own)
        interview_id = find_interview_for_thank_you(self._store, verdict, recipients, sent_at)
        ty = ThankYou(interview_id, msg.message_id, sent_at, recipients, msg.subject)
        added = self._store.add_thank_you(ty, self._account.name, folder)
        self._interview_domains = None  # the thank-you may have begun an interview
        if added:
            log.info("thank-you found: %s to %s (interview %s)", msg.subject, ", ".join(recipients), interview_id)
        return int(added)

    def _open_interview_domains(self, sent_at: datetime) -> frozenset[str]:
        """Company domains of the interviews begun up to linking.NEW_PROCESS_AFTER before `sent_at`
        (a later thank-you there joins the same interview, however thin: a second panelist's).
        The interviews are read once and again only after a thank-you was added."""
        if self._interview_domains is None:
            self._interview_domains = [
                (iv.interview_at or iv.created_at, frozenset(filter(None, map(company_domain, iv.contacts))))
                for iv in self._store.interviews()]
        earliest, latest = sent_at - NEW_PROCESS_AFTER, sent_at + timedelta(days=1)
        return frozenset().union(*(domains for began, domains in self._interview_domains
                                   if earliest <= began <= latest))

    # -- replies ------------------------------------------------------------------------------

    def _candidates(self) -> list[MatchCandidate]:
        by_interview: dict[int, list[str]] = {}
        first_ty: dict[int, datetime] = {}
        for ty in self._store.thank_yous():
            by_interview.setdefault(ty.interview_id, []).append(ty.message_id)
            if ty.interview_id not in first_ty or ty.sent_at < first_ty[ty.interview_id]:
                first_ty[ty.interview_id] = ty.sent_at
        for reply in self._store.replies():
            by_interview.setdefault(reply.interview_id, []).append(reply.message_id)
        result = []
        for iv in self._store.interviews():
            start = first_ty.get(iv.id) or iv.interview_at or iv.created_at
            result.append(MatchCandidate(iv.id, iv.company, iv.contacts,
                                         tuple(by_interview.get(iv.id, ())), start))
        return result

    def _take_reply(self, msg: ParsedMessage, received_at: datetime, folder: str,
                    candidates: list[MatchCandidate]) -> int:
        match = match_reply_to_interview(msg, candidates, self._own)
        verdict = classify(msg)
        if verdict.category == "bounce":
            match = self._match_bounce(msg, verdict.bounced_message_id, candidates) or match
        if match is None:
            return 0
        reply = Reply(
            interview_id=match.interview_id, message_id=msg.message_id, received_at=received_at,
            from_addr=msg.from_addr, from_name=msg.from_name, subject=msg.subject,
            category=verdict.category, confidence=round(verdict.confidence, 3),
            evidence=verdict.evidence, matched_by=match.matched_by, return_date=verdict.return_date,
            proposed_time=verdict.proposed_time, excerpt=first_lines(author_text(msg.text)),
        )
        added = self._store.add_reply(reply, self._account.name, folder)
        if added:
            _remember(candidates, match.interview_id, msg.message_id)
            if match.matched_by != "thread":  # a threaded reply's answers name the thank-you too
                self._linked.append(msg.message_id)
            log.info("reply linked to interview %s by %s: %s (%s)", match.interview_id,
                     match.matched_by, verdict.category, msg.subject)
        return int(added)

    def _match_bounce(self, msg: ParsedMessage, original: str,
                      candidates: list[MatchCandidate]) -> Match | None:
        failed = {d.recipient for d in msg.delivery if d.action == "failed"}
        for cand in candidates:
            if original and original in cand.message_ids:
                return Match(cand.interview_id, "bounce", original)
        for cand in candidates:
            if failed & set(cand.contacts):
                return Match(cand.interview_id, "bounce", ", ".join(sorted(failed & set(cand.contacts))))
        return None


_NOTHING = date.max


def _replies_since(candidates: list[MatchCandidate], since: date | None) -> date | None:
    """The earliest arrival date a reply to any of `candidates` can have (two days before the
    first thank-you, for clock skew), or _NOTHING when there is no interview at all."""
    if not candidates:
        return _NOTHING
    starts = [c.first_thank_you_at for c in candidates]
    if any(start is None for start in starts):
        return since
    earliest = (min(starts) - timedelta(days=2)).date()  # type: ignore[type-var]
    return max(since, earliest) if since is not None else earliest


def _remember(candidates: list[MatchCandidate], interview_id: int, message_id: str) -> None:
    """Let later replies in the same batch thread onto this one, without re-reading the store."""
    for i, cand in enumerate(candidates):
        if cand.interview_id == interview_id:
            candidates[i] = replace(cand, message_ids=cand.message_ids + (message_id,))


def _with_message_id(msg: ParsedMessage, message_id: str) -> ParsedMessage:
    return replace(msg, message_id=message_id)


def _sent_time(msg: ParsedMessage, internaldate: datetime | None, now: datetime) -> datetime:
    """The Date header when it is plausible, else the server's arrival time, else now."""
    if msg.date is not None and msg.date <= now + timedelta(days=1):
        return msg.date
    return internaldate or now
