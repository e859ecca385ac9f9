"""Where an account's password or OAuth2 token comes from. The one importer of `keyring`.

Order: a systemd credential named after the account ($CREDENTIALS_DIRECTORY/<name>, from
LoadCredential=) wins; otherwise the one source the configuration names. The secret is fetched
each time the returned callable is called, so a rotated password or a refreshed token is picked
up on reconnect. No secret, and no output of a password command, ever reaches a log or an error.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from interview_watch.config import AccountConfig
from interview_watch.errors import CredentialError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "interview-watch"
COMMAND_TIMEOUT_SECONDS = 30.0


def password_provider(
    account: AccountConfig, *, environ: Mapping[str, str] | None = None
) -> Callable[[], str]:
    """Given an IMAP account, return a callable that fetches its password (or OAuth2 token).

    The callable raises CredentialError naming the account and the source, never the secret or
    a command's output. Raise CredentialError now if the account has no source at all.
    """
    env = os.environ if environ is None else environ
    configured = _configured_source(account, env)

    def fetch() -> str:
        from_systemd = _systemd_credential(account.name, env)
        if from_systemd is not None:
            log.debug("account %r: using the systemd credential", account.name)
            return from_systemd
        return configured()

    return fetch


def uses_oauth2(account: AccountConfig) -> bool:
    """True when the secret is an OAuth2 access token to be sent with XOAUTH2, not a password."""
    return bool(account.oauth2_token_command)


def _configured_source(account: AccountConfig, env: Mapping[str, str]) -> Callable[[], str]:
    if account.password_command:
        return lambda: _run_secret_command(account.name, "password_command", account.password_command)
    if account.oauth2_token_command:
        return lambda: _run_secret_command(account.name, "oauth2_token_command", account.oauth2_token_command)
    if account.password_env:
        return lambda: _from_environment(account.name, account.password_env, env)
    if account.keyring:
        return lambda: _from_keyring(account.name, account.username)
    missing = CredentialError(
        f"account {account.name!r}: no password source; set one of password_command, password_env, "
        "keyring or oauth2_token_command"
    )
    if _systemd_credential(account.name, env) is None:
        raise missing
    return lambda: _raise(missing)  # only the systemd credential, and it has since gone


def _raise(error: Exception) -> str:
    raise error


def _systemd_credential(name: str, env: Mapping[str, str]) -> str | None:
    directory = env.get("CREDENTIALS_DIRECTORY")
    if not directory or "/" in name or name.startswith("."):
        return None
    path = Path(directory) / name
    try:
        data = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise CredentialError(f"account {name!r}: cannot read the systemd credential {path}: {reason}") from None
    secret = _first_line(data)
    if not secret:
        raise CredentialError(f"account {name!r}: the systemd credential {path} is empty")
    return secret


def _run_secret_command(name: str, key: str, command: str) -> str:
    # The command text itself is left out of messages: some people write `echo <password>`.
    log.debug("account %r: running %s", name, key)
    try:
        done = _run_with_timeout(command)
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"account {name!r}: {key} did not finish within {COMMAND_TIMEOUT_SECONDS:g} s"
        ) from None
    except OSError as exc:
        raise CredentialError(f"account {name!r}: {key} could not be started: {exc.strerror}") from None
    secret = _first_line(done.stdout)
    if done.returncode != 0:
        status = f"exit status {done.returncode}" + (" (command not found)" if done.returncode == 127 else "")
        said = _safe_stderr(done.stderr, secret)
        raise CredentialError(f"account {name!r}: {key} failed with {status}" + (f": {said}" if said else ""))
    if not secret:
        raise CredentialError(f"account {name!r}: {key} printed nothing")
    return secret


def _run_with_timeout(command: str) -> subprocess.CompletedProcess[str]:
    """Run a shell command; on timeout kill its whole process group, so a child left holding the
    output pipe cannot keep us waiting."""
    with subprocess.Popen(
        command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        errors="replace", process_group=0,  # its own group, still on our terminal
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=COMMAND_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.communicate()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _safe_stderr(stderr: str, secret: str) -> str:
    """The last line of a failed command's stderr, without anything it printed on stdout."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1][:200]
    if secret and secret.strip() and secret.strip() in last:
        return "(its error output repeats what it printed, so it is not shown)"
    return last


def _from_environment(name: str, variable: str, env: Mapping[str, str]) -> str:
    value = env.get(variable)
    if not value:
        raise CredentialError(f"account {name!r}: environment variable {variable} is not set (password_env)")
    return _first_line(value) or value


def _from_keyring(name: str, username: str) -> str:
    try:
        import keyring
        import keyring.errors
    except ImportError:
        raise CredentialError(f"account {name!r}: keyring = true, but the keyring package is not installed") from None
    try:
        secret = keyring.get_password(KEYRING_SERVICE, username)
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"account {name!r}: the system keyring is not available ({type(exc).__name__})"
        ) from None
    if not secret:
        error = CredentialError(
            f"account {name!r}: no password in the system keyring for service {KEYRING_SERVICE!r}, user {username!r}"
        )
        error.hint = f"Store it with: keyring set {KEYRING_SERVICE} {username}"
        raise error
    return secret


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] if lines else ""
