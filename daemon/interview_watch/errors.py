"""The one error hierarchy. Library code raises these; only cli.py turns them into words and exit codes.

Every message must be safe to show the user: it names the key, the file or the server, and never
contains a password or a token.
"""

from __future__ import annotations


class InterviewWatchError(Exception):
    """Base of every error this program raises on purpose."""

    exit_code = 1
    hint = ""  # one short sentence saying what to do about it, shown after the message


class ConfigError(InterviewWatchError):
    """The configuration file is missing, unreadable or invalid.

    `problems` lists every problem at once, each as "key.path: what is wrong".
    """

    exit_code = 78  # EX_CONFIG

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} problem(s) in the configuration\n{lines}")


class CredentialError(InterviewWatchError):
    """A password or token could not be obtained (command failed, variable unset, keyring empty)."""

    exit_code = 77  # EX_NOPERM


class MailSourceError(InterviewWatchError):
    """Reading a mailbox failed. Subclasses say why."""

    exit_code = 69  # EX_UNAVAILABLE

    def __init__(self, account: str, message: str) -> None:
        self.account = account
        super().__init__(f"account {account!r}: {message}")


class ConnectionFailed(MailSourceError):
    """The server could not be reached or the connection dropped; worth retrying."""


class TLSError(MailSourceError):
    """The server's certificate or TLS negotiation was refused; retrying will not help."""


class AuthenticationFailed(MailSourceError):
    """The server rejected the login; retrying will not help until the user fixes it."""

    exit_code = 77


class FolderNotFound(MailSourceError):
    """A configured or required folder (INBOX, Sent) does not exist."""


class StoreError(InterviewWatchError):
    """The local database could not be opened, migrated or written."""

    exit_code = 74  # EX_IOERR


class NotFound(InterviewWatchError):
    """A thing the user named (an interview id, a file) does not exist."""

    exit_code = 2


class UsageError(InterviewWatchError):
    """The command line asks for something that cannot be done as asked."""

    exit_code = 2


class ServiceError(InterviewWatchError):
    """Installing or controlling the systemd unit / launchd agent failed."""


class NotifyError(InterviewWatchError):
    """A desktop notification could not be shown. Never fatal: callers log it."""
