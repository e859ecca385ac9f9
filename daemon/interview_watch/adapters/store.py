"""The SQLite store: the only module importing sqlite3.

One file, WAL, a busy timeout, a schema version with forward migrations, and explicit
exclusive transactions: a sync batch's effects (messages, folder mark, skipped records, events to
notify) are committed together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

from interview_watch.core.models import Event, Interview, InterviewCues, Reply, ThankYou
from interview_watch.errors import NotFound, StoreError

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        contacts TEXT NOT NULL DEFAULT '[]',
        interview_at TEXT,
        created_at TEXT NOT NULL,
        source TEXT NOT NULL,
        cues TEXT,
        status_override TEXT NOT NULL DEFAULT '',
        override_at TEXT
    );
    CREATE TABLE thank_yous (
        message_id TEXT PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        sent_at TEXT NOT NULL,
        recipients TEXT NOT NULL,
        subject TEXT NOT NULL,
        account TEXT NOT NULL,
        folder TEXT NOT NULL
    );
    CREATE TABLE replies (
        message_id TEXT PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        received_at TEXT NOT NULL,
        from_addr TEXT NOT NULL,
        from_name TEXT NOT NULL,
        subject TEXT NOT NULL,
        category TEXT NOT NULL,
        confidence REAL NOT NULL,
        evidence TEXT NOT NULL,
        matched_by TEXT NOT NULL,
        return_date TEXT,
        proposed_time TEXT,
        excerpt TEXT NOT NULL DEFAULT '',
        account TEXT NOT NULL,
        folder TEXT NOT NULL
    );
    CREATE INDEX replies_by_interview ON replies(interview_id);
    CREATE INDEX thank_yous_by_interview ON thank_yous(interview_id);
    CREATE TABLE folder_state (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE skipped (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid)
    );
    CREATE TABLE health (
        account TEXT PRIMARY KEY,
        last_success TEXT,
        last_error TEXT,
        last_error_at TEXT,
        messages_seen INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE events (
        key TEXT PRIMARY KEY,
        interview_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        outcome TEXT
    );
    """,
}


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class AccountHealth:
    account: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    messages_seen: int


@dataclass(frozen=True)
class SkippedMessage:
    account: str
    folder: str
    uid: int
    message_id: str
    reason: str
    at: datetime


def _ts(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Store:
    """Given a path, open (creating and migrating) the database. Raise StoreError if it cannot."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
        self._in_tx = False

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the database {self.path} was written by a newer interview-watch "
                f"(schema {version}, this one knows {SCHEMA_VERSION})"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            self._db.execute("BEGIN EXCLUSIVE")
            try:
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={target}")
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one exclusive transaction; nested calls join the outer one."""
        if self._in_tx:
            yield
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the database {self.path}: {exc}") from exc
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write the database {self.path}: {exc}") from exc
        finally:
            self._in_tx = False

    def _write(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        try:
            with self.transaction():
                return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the database {self.path}: {exc}") from exc

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the database {self.path}: {exc}") from exc

    # -- interviews ---------------------------------------------------------------------------

    def add_interview(
        self,
        company: str,
        role: str,
        contacts: tuple[str, ...],
        created_at: datetime,
        source: str,
        interview_at: datetime | None = None,
    ) -> int:
        cur = self._write(
            "INSERT INTO interviews (company, role, contacts, interview_at, created_at, source)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (company, role, json.dumps(sorted(set(contacts))), _ts(interview_at), _ts(created_at), source),
        )
        return int(cur.lastrowid)

    def update_interview(self, interview_id: int, **fields: object) -> None:
        """Change `company`, `role`, `contacts`, `interview_at` of an interview."""
        allowed = {"company", "role", "contacts", "interview_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        self.get_interview(interview_id)
        for name, value in fields.items():
            if name == "contacts":
                value = json.dumps(sorted(set(value)))  # type: ignore[arg-type]
            elif name == "interview_at":
                value = _ts(value)  # type: ignore[arg-type]
            self._write(f"UPDATE interviews SET {name} = ? WHERE id = ?", (value, interview_id))

    def set_cues(self, interview_id: int, cues: InterviewCues) -> None:
        self.get_interview(interview_id)
        payload = {
            "body_language": list(cues.body_language),
            "engagement": list(cues.engagement),
            "pace": cues.pace,
            "notes": cues.notes,
            "logged_at": _ts(cues.logged_at),
        }
        self._write("UPDATE interviews SET cues = ? WHERE id = ?", (json.dumps(payload), interview_id))

    def set_override(self, interview_id: int, status: str, at: datetime | None) -> None:
        self.get_interview(interview_id)
        self._write(
            "UPDATE interviews SET status_override = ?, override_at = ? WHERE id = ?",
            (status, _ts(at), interview_id),
        )

    def get_interview(self, interview_id: int) -> Interview:
        rows = self._read(_INTERVIEW_SELECT + " WHERE id = ?", (interview_id,))
        if not rows:
            raise NotFound(f"no interview with id {interview_id} (see `interview-watch interview list`)")
        return _interview(rows[0])

    def interviews(self) -> list[Interview]:
        return [_interview(r) for r in self._read(_INTERVIEW_SELECT + " ORDER BY id")]

    # -- messages ---------------------------------------------------------------------------

    def add_thank_you(self, ty: ThankYou, account: str, folder: str) -> bool:
        """Record a thank-you; return False if its Message-ID is already known."""
        cur = self._write(
            "INSERT OR IGNORE INTO thank_yous VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ty.message_id, ty.interview_id, _ts(ty.sent_at), json.dumps(list(ty.to)), ty.subject, account, folder),
        )
        return cur.rowcount == 1

    def add_reply(self, reply: Reply, account: str, folder: str) -> bool:
        """Record a reply; return False if its Message-ID is already known."""
        cur = self._write(
            "INSERT OR IGNORE INTO replies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                reply.message_id, reply.interview_id, _ts(reply.received_at), reply.from_addr,
                reply.from_name, reply.subject, reply.category, reply.confidence,
                json.dumps(list(reply.evidence)), reply.matched_by,
                reply.return_date.isoformat() if reply.return_date else None,
                _ts(reply.proposed_time), reply.excerpt, account, folder,
            ),
        )
        return cur.rowcount == 1

    def thank_yous(self) -> list[ThankYou]:
        rows = self._read(
            "SELECT interview_id, message_id, sent_at, recipients, subject FROM thank_yous ORDER BY sent_at"
        )
        return [ThankYou(r[0], r[1], _dt(r[2]), tuple(json.loads(r[3])), r[4]) for r in rows]  # type: ignore[arg-type]

    def replies(self) -> list[Reply]:
        rows = self._read(
            "SELECT interview_id, message_id, received_at, from_addr, from_name, subject, category,"
            " confidence, evidence, matched_by, return_date, proposed_time, excerpt"
            " FROM replies ORDER BY received_at"
        )
        return [
            Reply(
                interview_id=r[0], message_id=r[1], received_at=_dt(r[2]),  # type: ignore[arg-type]
                from_addr=r[3], from_name=r[4], subject=r[5], category=r[6], confidence=r[7],
                evidence=tuple(json.loads(r[8])), matched_by=r[9], return_date=_d(r[10]),
                proposed_time=_dt(r[11]), excerpt=r[12],
            )
            for r in rows
        ]

    def known_message_ids(self) -> set[str]:
        rows = self._read("SELECT message_id FROM thank_yous UNION SELECT message_id FROM replies")
        return {r[0] for r in rows}

    # -- sync state -------------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        rows = self._read(
            "SELECT uidvalidity, last_uid FROM folder_state WHERE account = ? AND folder = ?",
            (account, folder),
        )
        return FolderState(rows[0][0], rows[0][1]) if rows else None

    def set_folder_state(self, account: str, folder: str, state: FolderState) -> None:
        self._write(
            "INSERT INTO folder_state VALUES (?, ?, ?, ?) ON CONFLICT(account, folder)"
            " DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid",
            (account, folder, state.uidvalidity, state.last_uid),
        )

    def add_skipped(self, account: str, folder: str, uidvalidity: int, uid: int,
                    message_id: str, reason: str, at: datetime) -> None:
        self._write(
            "INSERT OR IGNORE INTO skipped VALUES (?, ?, ?, ?, ?, ?, ?)",
            (account, folder, uidvalidity, uid, message_id, reason[:500], _ts(at)),
        )

    def skipped(self, limit: int = 200) -> list[SkippedMessage]:
        rows = self._read(
            "SELECT account, folder, uid, message_id, reason, at FROM skipped ORDER BY at DESC LIMIT ?",
            (limit,),
        )
        return [SkippedMessage(r[0], r[1], r[2], r[3], r[4], _dt(r[5])) for r in rows]  # type: ignore[arg-type]

    def record_success(self, account: str, at: datetime, messages_seen: int) -> None:
        self._write(
            "INSERT INTO health (account, last_success, messages_seen) VALUES (?, ?, ?)"
            " ON CONFLICT(account) DO UPDATE SET last_success = excluded.last_success,"
            " messages_seen = health.messages_seen + excluded.messages_seen",
            (account, _ts(at), messages_seen),
        )

    def record_error(self, account: str, message: str, at: datetime) -> None:
        self._write(
            "INSERT INTO health (account, last_error, last_error_at) VALUES (?, ?, ?)"
            " ON CONFLICT(account) DO UPDATE SET last_error = excluded.last_error,"
            " last_error_at = excluded.last_error_at",
            (account, message[:500], _ts(at)),
        )

    def health(self) -> list[AccountHealth]:
        rows = self._read(
            "SELECT account, last_success, last_error, last_error_at, messages_seen FROM health ORDER BY account"
        )
        return [AccountHealth(r[0], _dt(r[1]), r[2], _dt(r[3]), r[4]) for r in rows]

    # -- events (the notification outbox) -----------------------------------------------------

    def queue_events(self, events: list[Event], now: datetime) -> int:
        """Add events not seen before (by key); return how many were new."""
        added = 0
        with self.transaction():
            for ev in events:
                cur = self._db.execute(
                    "INSERT OR IGNORE INTO events (key, interview_id, kind, title, body, at, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (ev.key, ev.interview_id, ev.kind, ev.title, ev.body, _ts(ev.at), _ts(now)),
                )
                added += cur.rowcount
        return added

    def pending_events(self) -> list[Event]:
        rows = self._read(
            "SELECT key, interview_id, kind, title, body, at FROM events"
            " WHERE delivered_at IS NULL ORDER BY at, key"
        )
        return [Event(r[0], r[1], r[2], r[3], r[4], _dt(r[5])) for r in rows]  # type: ignore[arg-type]

    def mark_delivered(self, key: str, at: datetime, outcome: str) -> None:
        self._write("UPDATE events SET delivered_at = ?, outcome = ? WHERE key = ?", (_ts(at), outcome, key))

    def delivered_events(self) -> list[tuple[str, str, str]]:
        """Return (key, title, outcome) of every delivered event, oldest first."""
        return [
            (r[0], r[1], r[2])
            for r in self._read("SELECT key, title, outcome FROM events WHERE delivered_at IS NOT NULL ORDER BY created_at, key")
        ]


_INTERVIEW_SELECT = (
    "SELECT id, company, role, contacts, interview_at, created_at, source, cues,"
    " status_override, override_at FROM interviews"
)


def _interview(r: tuple) -> Interview:
    cues = None
    if r[7]:
        c = json.loads(r[7])
        cues = InterviewCues(
            body_language=tuple(c.get("body_language", ())),
            engagement=tuple(c.get("engagement", ())),
            pace=c.get("pace", ""),
            notes=c.get("notes", ""),
            logged_at=_dt(c.get("logged_at")),
        )
    return Interview(
        id=r[0], company=r[1], role=r[2], contacts=tuple(json.loads(r[3])),
        interview_at=_dt(r[4]), created_at=_dt(r[5]), source=r[6], cues=cues,  # type: ignore[arg-type]
        status_override=r[8] or "", override_at=_dt(r[9]),
    )
