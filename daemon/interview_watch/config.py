"""Typed configuration from TOML. Unknown keys are errors; every problem is listed at once.

The schema below (`SCHEMA`) is data: each key names its kind, and the same table drives validation
and the test that keeps config.example.toml in step with it. The dataclasses are the contract the
rest of the program reads.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_watch.errors import ConfigError

APP_NAME = "interview-watch"
CONFIG_ENV = "INTERVIEW_WATCH_CONFIG"


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


# --------------------------------------------------------------------------------------------
# Kinds of value. Each turns a raw TOML value into the typed one or raises Invalid(reason).


class Invalid(Exception):
    """One value is wrong; the message completes "key: ..."."""


def _shown(value: Any) -> str:
    return repr(value) if not isinstance(value, bool) else str(value).lower()


@dataclass(frozen=True)
class Text:
    nonempty: bool = False

    def convert(self, value: Any) -> str:
        if not isinstance(value, str) or (self.nonempty and not value.strip()):
            wanted = "a non-empty string" if self.nonempty else "a string"
            raise Invalid(f"expected {wanted}, got {_shown(value)}")
        return value


@dataclass(frozen=True)
class Flag:
    def convert(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise Invalid(f"expected true or false, got {_shown(value)}")
        return value


@dataclass(frozen=True)
class Integer:
    low: int
    high: int | None = None

    def convert(self, value: Any) -> int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and value >= self.low and (self.high is None or value <= self.high):
            return value
        span = f"from {self.low} to {self.high}" if self.high is not None else f"of at least {self.low}"
        raise Invalid(f"expected an integer {span}, got {_shown(value)}")


@dataclass(frozen=True)
class PositiveNumber:
    def convert(self, value: Any) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < float("inf"):
            return float(value)
        raise Invalid(f"expected a number greater than 0, got {_shown(value)}")


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]
    refused: tuple[tuple[str, str], ...] = ()  # (value, why it is refused)

    def convert(self, value: Any) -> str:
        if isinstance(value, str) and value in self.options:
            return value
        for bad, why in self.refused:
            if isinstance(value, str) and value.lower() == bad:
                raise Invalid(f"{value!r} is not allowed: {why}")
        choices = " or ".join(repr(o) for o in self.options)
        raise Invalid(f"expected {choices}, got {_shown(value)}")


@dataclass(frozen=True)
class Addresses:
    def convert(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and "@" in v for v in value):
            raise Invalid(f"expected a list of email addresses, got {_shown(value)}")
        return tuple(value)


@dataclass(frozen=True)
class TimeZoneName:
    def convert(self, value: Any) -> str:
        if not isinstance(value, str) or not value:
            raise Invalid(f"expected a time zone name such as 'Europe/Berlin', got {_shown(value)}")
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise Invalid(f"unknown time zone {value!r}{_did_you_mean(value, zoneinfo.available_timezones())}") from None
        return value


@dataclass(frozen=True)
class HolidayRegion:
    def convert(self, value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(f"expected a country code such as 'DE' or 'US-NY', got {_shown(value)}")
        if value == "":
            return value
        import holidays  # imported here: a few hundred country modules are not needed at start-up

        supported = holidays.list_supported_countries()
        country, _, region = value.partition("-")
        if country not in supported:
            raise Invalid(f"unknown country code {country!r} for public holidays{_did_you_mean(country, supported)}")
        if region and region not in supported[country]:
            known = ", ".join(supported[country]) or "none"
            raise Invalid(f"unknown subdivision {region!r} of {country} (known: {known})")
        return value


def _did_you_mean(word: str, candidates: Any) -> str:
    import difflib  # only a wrong key or value needs it

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


_PLAINTEXT_WHY = "a password must never cross the network unencrypted; use 'tls' (port 993) or 'starttls' (port 143)"

# The schema: section -> (dataclass, {key: kind}). Keys must equal the dataclass's fields.
ACCOUNT_KEYS: dict[str, Any] = {
    "name": Text(nonempty=True),
    "host": Text(),
    "port": Integer(1, 65535),
    "security": Choice(("tls", "starttls"), (("plaintext", _PLAINTEXT_WHY), ("none", _PLAINTEXT_WHY), ("ssl", "write 'tls' (implicit TLS, port 993)"))),
    "username": Text(),
    "password_command": Text(),
    "password_env": Text(),
    "keyring": Flag(),
    "oauth2_token_command": Text(),
    "ca_file": Text(),
    "inbox": Text(nonempty=True),
    "sent": Text(),
    "maildir": Text(),
    "addresses": Addresses(),
    "timeout_seconds": PositiveNumber(),
}
SECTIONS: dict[str, tuple[type, dict[str, Any]]] = {
    "tracking": (TrackingConfig, {
        "timezone": TimeZoneName(),
        "holidays": HolidayRegion(),
        "silence_after_business_days": PositiveNumber(),
        "lookback_days": Integer(1),
    }),
    "notifications": (NotificationsConfig, {"enabled": Flag()}),
    "daemon": (DaemonConfig, {"poll_minutes": PositiveNumber(), "report": Text()}),
    "storage": (StorageConfig, {"database": Text()}),
}
SCHEMA: dict[str, tuple[type, dict[str, Any]]] = {"accounts": (AccountConfig, ACCOUNT_KEYS), **SECTIONS}
CREDENTIAL_KEYS = ("password_command", "password_env", "keyring", "oauth2_token_command")
_NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]*")  # also a file name under $CREDENTIALS_DIRECTORY


# --------------------------------------------------------------------------------------------
# Paths


def default_config_path() -> Path:
    """Return $INTERVIEW_WATCH_CONFIG if set, else <user config dir>/interview-watch/config.toml."""
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def default_data_dir() -> Path:
    """Return the platform's user data folder for interview-watch (not created here)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(cfg: Config) -> Path:
    """Return the SQLite file: storage.database (~ expanded) or <user data dir>/interview-watch.sqlite3."""
    if cfg.storage.database:
        return Path(cfg.storage.database).expanduser()
    return default_data_dir() / "interview-watch.sqlite3"


def report_path(cfg: Config) -> Path:
    """Return where `run` rewrites the HTML report: daemon.report (~ expanded) or <user data dir>/report.html."""
    if cfg.daemon.report:
        return Path(cfg.daemon.report).expanduser()
    return default_data_dir() / "report.html"


def check_permissions(path: Path) -> list[str]:
    """Given the config file, return warnings if group or others may read or write it.

    The file may name a password command or hold a token variable's name; others who can write it
    could make the daemon run their command. Warn, never fail.
    """
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return []
    if os.name != "posix" or not mode & (stat.S_IRWXG | stat.S_IRWXO):
        return []
    access = []
    for who, read, write in (("group", stat.S_IRGRP, stat.S_IWGRP), ("others", stat.S_IROTH, stat.S_IWOTH)):
        can = " and ".join(v for v, bit in (("read", read), ("change", write)) if mode & bit)
        if can:
            access.append(f"{who} can {can} it")
    if not access:  # only execute bits: odd, but nothing to read
        return []
    return [f"{path}: {', '.join(access)} (mode {stat.S_IMODE(mode):04o}), and it says how to get "
            f"your password; run `chmod 600 {path}`"]


# --------------------------------------------------------------------------------------------
# Loading


def load_config(path: Path) -> Config:
    """Given a TOML file, return the typed Config.

    Raise ConfigError listing every problem, each prefixed by its key path, if the file is missing,
    unreadable, not TOML, or does not match the schema. Relative paths inside the file are taken
    relative to the file's folder; ~ is expanded.
    """
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        error = ConfigError(str(path), ["the file does not exist"])
        error.hint = "Run `interview-watch init` to create one, or pass --config PATH."
        raise error from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(str(path), [f"cannot read the file: {reason}"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), [f"not valid TOML: {_with_position(str(exc), path)}"]) from None
    problems: list[str] = []
    config = _build_config(raw, path, problems)
    if problems:
        raise ConfigError(str(path), problems)
    return config


def _with_position(message: str, path: Path) -> str:
    """tomllib says "(at end of document)" without a line; give one, as for every other error."""
    if "(at end of document)" not in message:
        return message
    lines = path.read_bytes().decode("utf-8").split("\n")
    return message.replace("(at end of document)",
                           f"(at end of document, line {len(lines)}, column {len(lines[-1]) + 1})")


def _build_config(raw: dict[str, Any], path: Path, problems: list[str]) -> Config:
    base = path.parent
    for key in raw:
        if key not in SCHEMA:
            problems.append(f"unknown section {key!r}{_did_you_mean(key, SCHEMA)}")
    accounts = _build_accounts(raw.get("accounts"), base, problems)  # first, as in the file
    sections: dict[str, Any] = {}
    for name, (cls, kinds) in SECTIONS.items():
        table = raw.get(name, {})
        if not isinstance(table, dict):
            problems.append(f"{name}: expected a table [{name}], got {_shown(table)}")
            table = {}
        sections[name] = cls(**_convert_table(name, table, kinds, problems))
    sections["daemon"] = dataclasses.replace(sections["daemon"], report=_resolve(sections["daemon"].report, base))
    sections["storage"] = dataclasses.replace(sections["storage"], database=_resolve(sections["storage"].database, base))
    return Config(accounts=accounts, path=path, **sections)


def _convert_table(where: str, table: dict[str, Any], kinds: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = kinds.get(key)
        if kind is None:
            problems.append(f"{where}: unknown key {key!r}{_did_you_mean(key, kinds)}")
            continue
        try:
            values[key] = kind.convert(value)
        except Invalid as exc:
            problems.append(f"{where}.{key}: {exc}")
    return values


def _build_accounts(raw: Any, base: Path, problems: list[str]) -> tuple[AccountConfig, ...]:
    if raw is None:
        problems.append("accounts: no account; add an [[accounts]] table (see config.example.toml)")
        return ()
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        problems.append("accounts: expected an array of tables written [[accounts]], got a single value or table")
        return ()
    accounts: list[AccountConfig] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(raw):
        where = f"accounts[{index}]"
        values = _convert_table(where, table, ACCOUNT_KEYS, problems)
        name = values.get("name")
        if "name" not in table:
            problems.append(f"{where}: missing key 'name'")
        elif name is not None:
            if not _NAME_PATTERN.fullmatch(name):
                problems.append(f"{where}.name: use letters, digits and . _ @ + - only, got {name!r}")
            if name in seen:
                problems.append(f"{where}.name: {name!r} is already the name of accounts[{seen[name]}]")
            seen.setdefault(name, index)
        problems.extend(_account_rules(where, table, values, base))
        if values.get("security") == "starttls" and "port" not in table:
            values["port"] = 143
        for key in ("ca_file", "maildir"):
            if values.get(key):
                values[key] = _resolve(values[key], base)
        values.setdefault("name", name or f"account{index}")
        accounts.append(AccountConfig(**values))
    return tuple(accounts)


def _account_rules(where: str, table: dict[str, Any], values: dict[str, Any], base: Path) -> list[str]:
    """Rules across keys of one account (each key's own type is already checked)."""
    problems: list[str] = []
    if table.get("maildir"):
        if table.get("host"):
            problems.append(f"{where}: give either maildir (a local folder) or host (an IMAP server), not both")
        return problems
    for key in ("host", "username"):
        if not table.get(key):
            problems.append(f"{where}: missing key {key!r} (an IMAP account needs host and username; or set maildir)")
    given = [k for k in CREDENTIAL_KEYS if table.get(k)]
    if len(given) != 1:
        got = f" (found {', '.join(given)})" if given else ""
        problems.append(f"{where}: give exactly one of {', '.join(CREDENTIAL_KEYS)}{got}")
    ca_file = values.get("ca_file")
    if ca_file and not Path(_resolve(ca_file, base)).is_file():
        problems.append(f"{where}.ca_file: no such file {ca_file!r}")
    return problems


def _resolve(value: str, base: Path) -> str:
    if not value:
        return value
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else (base / path))
