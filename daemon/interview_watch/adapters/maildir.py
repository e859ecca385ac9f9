"""A local Maildir as a read-only mail source (mbsync/offlineimap users, and the demo).

Maildir has no UIDs, so this source keeps its own map from each file's unique name to a stable
integer UID, in a small JSON file outside the mailbox. The mailbox itself is only ever read.
Both common folder layouts work: Maildir++ (".Sent" beside cur/new/tmp) and mbsync's
sub-folders ("Sent/cur").
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import time
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from interview_watch.config import AccountConfig
from interview_watch.errors import FolderNotFound, MailSourceError
from interview_watch.core.models import SearchFilter
from interview_watch.ports import FetchedHeader, FetchedMessage, Folders

SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "Gesendet",
              "Gesendete Objekte", "Envoyés", "Éléments envoyés", "Enviados", "Elementos enviados")


def _unique_name(filename: str) -> str:
    return filename.split(":", 1)[0]


def _read_header(path: Path) -> bytes:
    lines = []
    with path.open("rb") as fh:
        for line in fh:
            lines.append(line)
            if line in (b"\n", b"\r\n"):
                break
    return b"".join(lines)


class MaildirSource:
    """Given an account with `maildir` set and a folder for the UID map, read that Maildir."""

    def __init__(self, account: AccountConfig, state_dir: Path) -> None:
        self.account = account.name
        self._root = Path(account.maildir).expanduser()
        self._inbox = account.inbox
        self._sent = account.sent
        self._state_path = Path(state_dir) / f"maildir-uids-{account.name}.json"
        self._state: dict = {}
        self._folder = ""
        self._files: dict[int, Path] = {}
        self.stats = {"commands": 0, "bytes_read": 0}

    def connect(self) -> None:
        if not self._root.is_dir():
            raise MailSourceError(self.account, f"the Maildir {self._root} does not exist")

    def _load_state(self) -> dict:
        try:
            return json.loads(self._state_path.read_text()) if self._state_path.exists() else {}
        except (OSError, ValueError):
            return {}

    @contextmanager
    def _locked(self):
        """Serialise UID assignment between the daemon's threads and any other process."""
        self._state_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._state_path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def close(self) -> None:
        self._files = {}

    def _path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            return self._root
        for candidate in (self._root / ("." + folder.replace("/", ".")), self._root / folder):
            if (candidate / "cur").is_dir() or (candidate / "new").is_dir():
                return candidate
        raise FolderNotFound(self.account, f"folder {folder!r} not found in the Maildir {self._root}")

    def folders(self) -> Folders:
        if not ((self._root / "cur").is_dir() or (self._root / "new").is_dir()):
            raise FolderNotFound(self.account, f"{self._root} is not a Maildir (no cur/ or new/)")
        if self._sent:
            self._path(self._sent)
            return Folders(self._inbox, self._sent)
        for name in SENT_NAMES:
            try:
                self._path(name)
            except FolderNotFound:
                continue
            return Folders(self._inbox, name)
        raise FolderNotFound(self.account, f"no Sent folder in the Maildir {self._root}; set `sent`")

    def examine(self, folder: str) -> int:
        path = self._path(folder)
        self.stats["commands"] += 1
        with self._locked():
            self._state = self._load_state()  # another thread or process may have assigned UIDs
            uidvalidity = self._assign_uids(folder, path)
            self._save_state()
        return uidvalidity

    def _assign_uids(self, folder: str, path: Path) -> int:
        entry = self._state.setdefault(folder, {"uidvalidity": int(time.time()), "next": 1, "map": {}})
        files: list[tuple[float, str, Path]] = []
        for sub in ("new", "cur"):
            directory = path / sub
            if not directory.is_dir():
                continue
            for name in os.listdir(directory):
                if name.startswith("."):
                    continue
                full = directory / name
                try:
                    files.append((full.stat().st_mtime, name, full))
                except OSError:
                    continue  # moved by the mail client between listdir and stat
        files.sort()
        mapping: dict[str, int] = entry["map"]
        present: dict[int, Path] = {}
        for _, name, full in files:
            key = _unique_name(name)
            if key not in mapping:
                mapping[key] = entry["next"]
                entry["next"] += 1
            present[mapping[key]] = full
        self._files = present
        self._folder = folder
        return int(entry["uidvalidity"])

    def _save_state(self) -> None:
        fd, tmp = tempfile.mkstemp(dir=self._state_path.parent, prefix=self._state_path.name, suffix=".tmp")
        with os.fdopen(fd, "w") as fh:
            fh.write(json.dumps(self._state))
        os.replace(tmp, self._state_path)

    def _internaldate(self, path: Path) -> datetime | None:
        try:
            return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
        except OSError:
            return None

    def uid_next(self) -> int | None:
        entry = self._state.get(self._folder) if self._folder else None
        return int(entry["next"]) if entry else None

    def search_uids(self, after_uid: int, since: date | None,
                    narrow: SearchFilter | None = None) -> list[int]:
        """Every UID above `after_uid`: a local folder is read by the exact rules, not narrowed."""
        self.stats["commands"] += 1
        uids = []
        for uid, path in sorted(self._files.items()):
            if uid <= after_uid:
                continue
            if since is not None:
                when = self._internaldate(path)
                if when is not None and when.date() < since:
                    continue
            uids.append(uid)
        return uids

    def fetch_headers(self, uids: Iterable[int]) -> Iterator[FetchedHeader]:
        self.stats["commands"] += 1
        for uid in uids:
            path = self._files.get(uid)
            if path is None:
                continue
            try:
                header = _read_header(path)
                size = path.stat().st_size
            except OSError:
                continue
            self.stats["bytes_read"] += len(header)
            yield FetchedHeader(uid, self._internaldate(path), size, header)

    def fetch_messages(self, uids: Iterable[int]) -> Iterator[FetchedMessage]:
        self.stats["commands"] += 1
        for uid in uids:
            path = self._files.get(uid)
            if path is None:
                continue
            try:
                raw = path.read_bytes()
            except OSError:
                continue
            self.stats["bytes_read"] += len(raw)
            yield FetchedMessage(uid, self._internaldate(path), raw)

    def _signature(self, folder: str) -> tuple:
        path = self._path(folder)
        parts = []
        for sub in ("new", "cur"):
            try:
                parts.append((path / sub).stat().st_mtime_ns)
                parts.append(len(os.listdir(path / sub)))
            except OSError:
                parts.append(None)
        return tuple(parts)

    def wait_for_change(self, folder: str, timeout: float) -> bool:
        """Poll the folder's directories once a second (Maildir has no push)."""
        before = self._signature(folder)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            if self._signature(folder) != before:
                return True
        return False
