"""Typed configuration from TOML. Unknown keys are errors; every problem is listed at once.

(The loader below the dataclasses is owned by the config work; the shapes are the contract.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class AccountConfig:
    name: str
    host: str = ""  # required for IMAP accounts
    port: int = 993
    security: str = "tls"  # "tls" (implicit) | "starttls"
    username: str = ""
    password_command: str = ""
    password_env: str = ""
    keyring: bool = False
    oauth2_token_command: str = ""  # prints an access token; used with XOAUTH2
    ca_file: str = ""
    inbox: str = "INBOX"
    sent: str = ""  # "" = find by SPECIAL-USE \Sent
    maildir: str = ""  # a local Maildir root instead of IMAP (mbsync/offlineimap users, demo)
    addresses: tuple[str, ...] = ()  # the user's own addresses; default: (username,)
    timeout_seconds: float = 30.0

    @property
    def is_maildir(self) -> bool:
        return bool(self.maildir)

    @property
    def own_addresses(self) -> tuple[str, ...]:
        if self.addresses:
            return tuple(a.lower() for a in self.addresses)
        return (self.username.lower(),) if "@" in self.username else ()


@dataclass(frozen=True)
class TrackingConfig:
    timezone: str = "UTC"
    holidays: str = ""  # ISO country code, optionally "US-NY"; "" = weekends only
    silence_after_business_days: float = 5.0
    lookback_days: int = 90


@dataclass(frozen=True)
class NotificationsConfig:
    enabled: bool = True


@dataclass(frozen=True)
class DaemonConfig:
    poll_minutes: float = 5.0
    report: str = ""  # "" = <user data dir>/report.html


@dataclass(frozen=True)
class StorageConfig:
    database: str = ""  # "" = <user data dir>/interview-watch.sqlite3


@dataclass(frozen=True)
class Config:
    accounts: tuple[AccountConfig, ...] = ()
    tracking: TrackingConfig = field(default_factory=TrackingConfig)
    notifications: NotificationsConfig = field(default_factory=NotificationsConfig)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    path: Path | None = None  # the file it came from
