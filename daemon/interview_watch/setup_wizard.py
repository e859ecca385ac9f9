"""`interview-watch init`: write a first configuration, with provider presets.

Interactive by default; every answer can also come from a flag, and `--non-interactive` never
asks. The account is tested (through the connection tester the caller passes in) before anything
is written; the file is written atomically with mode 0600 and is never overwritten without --force.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from interview_watch.errors import ConfigError, InterviewWatchError, UsageError

# The CLI imports this module for `add_init_arguments` whatever the command, so the configuration
# module (and tempfile) are imported by the functions that use them: `--help` stays cheap.
if TYPE_CHECKING:
    from interview_watch.config import AccountConfig, Config


class Preset(NamedTuple):  # a NamedTuple, not a dataclass: `--help` need not import dataclasses
    label: str
    host: str = ""
    port: int = 993
    security: str = "tls"
    sent: str = ""
    oauth2_only: bool = False
    note: str = ""


PRESETS: dict[str, Preset] = {
    "gmail": Preset(
        "Gmail / Google Workspace", "imap.gmail.com", sent="[Gmail]/Sent Mail",
        note="Gmail needs an app password (Google Account > Security > 2-Step Verification > "
             "App passwords), not your normal password; IMAP must be on in Gmail's settings."),
    "outlook": Preset(
        "Microsoft 365 / Outlook.com", "outlook.office365.com", oauth2_only=True,
        note="Microsoft no longer accepts passwords over IMAP: you need OAuth2. Give a command that "
             "prints a fresh access token (for example oama, or mutt_oauth2.py from the mutt "
             "sources, set up once with your account); it is used with XOAUTH2."),
    "fastmail": Preset(
        "Fastmail", "imap.fastmail.com",
        note="Fastmail needs an app password (Settings > Privacy & Security > App passwords)."),
    "icloud": Preset(
        "iCloud Mail", "imap.mail.me.com",
        note="iCloud needs an app-specific password (appleid.apple.com > Sign-In and Security)."),
    "yahoo": Preset(
        "Yahoo Mail", "imap.mail.yahoo.com",
        note="Yahoo needs an app password (Account Security > Generate app password)."),
    "imap": Preset("Any other IMAP server"),
}
CREDENTIAL_FLAGS = {  # config key -> flag
    "password_command": "--password-command",
    "password_env": "--password-env",
    "keyring": "--keyring",
    "oauth2_token_command": "--oauth2-token-command",
}
ConnectionTester: TypeAlias = Callable[["AccountConfig"], None]


def add_init_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `init` flags. Any value given by a flag is not asked for."""
    parser.add_argument("--provider", choices=list(PRESETS),
                        help="mail provider preset: " + ", ".join(f"{k} ({p.label})" for k, p in PRESETS.items()))
    parser.add_argument("--name", help="account name (default: the provider's)")
    parser.add_argument("--host", help="IMAP server (presets fill it in)")
    parser.add_argument("--port", type=int, help="IMAP port (default: 993 for tls, 143 for starttls)")
    parser.add_argument("--security", choices=("tls", "starttls"), help="tls (implicit, default) or starttls")
    parser.add_argument("--username", help="the IMAP login, usually your email address")
    creds = parser.add_mutually_exclusive_group()
    creds.add_argument("--password-command", metavar="CMD", help="a shell command that prints the password")
    creds.add_argument("--password-env", metavar="VAR", help="an environment variable that holds the password")
    creds.add_argument("--keyring", action="store_true", default=None,
                       help="the system keyring (service interview-watch, user = username)")
    creds.add_argument("--oauth2-token-command", metavar="CMD",
                       help="a shell command that prints an OAuth2 access token (Microsoft 365 needs it)")
    parser.add_argument("--sent", metavar="FOLDER", help="your Sent folder (default: found automatically)")
    parser.add_argument("--ca-file", metavar="PEM", help="an extra CA bundle, for a self-hosted server")
    parser.add_argument("--timezone", metavar="ZONE", help="your time zone, e.g. Europe/Berlin (default: this machine's)")
    parser.add_argument("--holidays", metavar="CODE", help='public holidays: a country code like DE or US-NY; "" for none')
    parser.add_argument("--non-interactive", action="store_true", help="never ask; fail if a needed flag is missing")
    parser.add_argument("--force", action="store_true", help="overwrite an existing configuration file")
    parser.add_argument("--no-test", action="store_true", help="save without testing the connection first")


def run_init(
    args: argparse.Namespace,
    *,
    input_fn: Callable[[str], str] = input,
    print_fn: Callable[..., None] = print,
    connection_tester: ConnectionTester,
) -> Path:
    """Given parsed `init` arguments, write a tested configuration and return its path.

    Raise UsageError if the file exists (without --force) or a needed flag is missing with
    --non-interactive; ConfigError if the answers do not make a valid configuration; and whatever
    InterviewWatchError the connection tester raises (nothing is written then).
    """
    from interview_watch.config import default_config_path

    path = Path(getattr(args, "config", None) or default_config_path()).expanduser()
    if path.exists() and not args.force:
        raise UsageError(f"{path} already exists; pass --force to replace it")
    answers = _Answers(args, input_fn, print_fn)
    account, tracking = answers.account(), answers.tracking()
    if answers.missing:
        raise UsageError("init --non-interactive needs " + ", ".join(answers.missing))
    text = render_config(account, tracking)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    draft = _write_private(path.parent, text)
    try:
        cfg = _load_draft(draft, path)
        if args.no_test:
            print_fn("Not testing the connection (--no-test).")
        else:
            _test(cfg, connection_tester, print_fn)
        _publish(draft, path, replace=args.force)
    finally:
        draft.unlink(missing_ok=True)
    return path


# --- asking --------------------------------------------------------------------------------------


class _Answers:
    """Each answer comes from its flag, else from a prompt (unless --non-interactive)."""

    def __init__(self, args: argparse.Namespace, input_fn: Callable[[str], str], print_fn: Callable[..., None]):
        self.args, self.input_fn, self.print_fn = args, input_fn, print_fn
        self.interactive = not args.non_interactive
        self.missing: list[str] = []

    def account(self) -> dict[str, Any]:
        key = self.args.provider or self._choose_provider()
        preset = PRESETS[key]
        if preset.note:
            self.print_fn(preset.note)
        fields: dict[str, Any] = {"name": self.args.name or (key if key != "imap" else "mail")}
        fields["host"] = self.args.host or preset.host or self._ask("IMAP server", "--host", check=_nonempty)
        security = self.args.security or (preset.security if preset.host else self._ask(
            "Security (tls or starttls)", "--security", default="tls", check=_kind("security")))
        fields["security"] = security
        default_port = preset.port if security == "tls" else 143
        fields["port"] = self.args.port or (default_port if preset.host else int(self._ask(
            "Port", "--port", default=str(default_port), check=_port)))
        fields["username"] = self.args.username or self._ask("Username (usually your email address)", "--username",
                                                             check=_nonempty)
        fields.update(self._credential(preset, fields["username"]))
        if self.args.sent or preset.sent:
            fields["sent"] = self.args.sent or preset.sent
        ca_file = self.args.ca_file
        if ca_file is None and not preset.host and self.interactive:
            ca_file = self._ask("Extra CA bundle (PEM) for a self-hosted server's certificate (blank for none)", "",
                                default="", check=_existing_file_or_blank)
        if ca_file:  # absolute: the file resolves relative paths against its own folder, not ours
            fields["ca_file"] = str(Path(ca_file).expanduser().resolve())
        return fields

    def tracking(self) -> dict[str, Any]:
        from interview_watch import config as cfgmod

        timezone = self.args.timezone or self._ask("Your time zone", "--timezone", default=local_timezone_name(),
                                                   check=_kind("timezone", cfgmod.TimeZoneName()))
        check_region = _kind("holidays", cfgmod.HolidayRegion())
        holidays = self.args.holidays if self.args.holidays is not None else self._ask(
            "Public holidays to skip: a country code like DE or US-NY (blank for none)", "--holidays",
            default="", check=lambda answer: check_region(answer.strip('"')))
        return {"timezone": timezone, "holidays": holidays.strip('"')}

    def _choose_provider(self) -> str:
        if not self.interactive:
            self.missing.append("--provider")
            return "imap"
        keys = list(PRESETS)
        self.print_fn("Which mail provider?")
        for number, key in enumerate(keys, 1):
            self.print_fn(f"  {number}) {PRESETS[key].label}")

        def pick(answer: str) -> str | None:
            if answer in PRESETS:
                return None
            if answer.isdigit() and 1 <= int(answer) <= len(keys):
                return None
            return f"answer a number from 1 to {len(keys)}"

        answer = self._ask("Provider", "--provider", default="1", check=pick)
        return answer if answer in PRESETS else keys[int(answer) - 1]

    def _credential(self, preset: Preset, username: str) -> dict[str, Any]:
        given = {key: getattr(self.args, key) for key in CREDENTIAL_FLAGS if getattr(self.args, key)}
        if preset.oauth2_only and given and "oauth2_token_command" not in given:
            raise UsageError(f"{preset.label} needs --oauth2-token-command: it does not accept passwords over IMAP")
        if given:
            return given
        if preset.oauth2_only:
            return {"oauth2_token_command": self._ask("Command that prints an OAuth2 access token",
                                                      "--oauth2-token-command", check=_nonempty)}
        if not self.interactive:
            self.missing.append("one of " + ", ".join(CREDENTIAL_FLAGS.values()))
            return {}
        self.print_fn("How should interview-watch get the password? It is never stored in the configuration.")
        self.print_fn("  1) a command that prints it (recommended: pass, gpg, secret-tool, a password manager's CLI)")
        self.print_fn("  2) an environment variable")
        self.print_fn("  3) the system keyring")
        choice = self._ask("Choice", "", default="1", check=lambda a: None if a in ("1", "2", "3") else "answer 1, 2 or 3")
        if choice == "1":
            return {"password_command": self._ask("Command", "", check=_nonempty)}
        if choice == "2":
            return {"password_env": self._ask("Variable name", "", check=_nonempty)}
        self.print_fn(f"Store the password first with: keyring set interview-watch {username or 'USERNAME'}")
        return {"keyring": True}

    def _ask(self, question: str, flag: str, *, default: str | None = None,
             check: Callable[[str], str | None] = lambda _a: None) -> str:
        if not self.interactive:
            if default is not None:
                return default
            self.missing.append(flag)
            return ""
        prompt = f"{question} [{default}]: " if default else f"{question}: "
        while True:
            try:
                answer = self.input_fn(prompt).strip()
            except EOFError:
                raise UsageError("input ended before setup was complete; nothing was written") from None
            if not answer and default is not None:
                answer = default
            problem = check(answer)
            if problem is None:
                return answer
            self.print_fn(f"  {problem}")


def _nonempty(answer: str) -> str | None:
    return None if answer else "an answer is needed"


def _existing_file_or_blank(answer: str) -> str | None:
    return None if not answer or Path(answer).expanduser().is_file() else f"no such file {answer!r}"


def _port(answer: str) -> str | None:
    return _kind("port")(int(answer) if answer.isdigit() else answer)


def _kind(key: str, kind: Any = None) -> Callable[[Any], str | None]:
    from interview_watch import config as cfgmod

    kind = kind or cfgmod.ACCOUNT_KEYS[key]

    def check(answer: Any) -> str | None:
        try:
            kind.convert(answer)
        except cfgmod.Invalid as exc:
            return str(exc)
        return None

    return check


def local_timezone_name() -> str:
    """This machine's IANA time zone name, or "UTC" when it cannot be told."""
    from interview_watch import config as cfgmod

    valid = _kind("timezone", cfgmod.TimeZoneName())
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    try:
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    return next((c for c in candidates if c and valid(c) is None), "UTC")


# --- writing -------------------------------------------------------------------------------------


def toml_string(value: str) -> str:
    """A TOML basic string: quote, backslash and control characters escaped."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\t":
            out.append(ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return toml_string(str(value))


def render_config(account: dict[str, Any], tracking: dict[str, Any]) -> str:
    """Given the account's keys and the tracking keys, return the commented TOML text."""
    from interview_watch import config as cfgmod

    lines = [
        "# interview-watch configuration, written by `interview-watch init`.",
        "# Every key is described in config.example.toml; `interview-watch config check` validates it.",
        "# It says how to get your password, so keep it private (mode 0600).",
        "",
        "[[accounts]]",
    ]
    lines += [f"{key} = {_toml_value(account[key])}" for key in cfgmod.ACCOUNT_KEYS if key in account]
    defaults = cfgmod.TrackingConfig()
    lines += [
        "",
        "[tracking]",
        f"timezone = {toml_string(tracking['timezone'])}",
        f"holidays = {toml_string(tracking['holidays'])}",
        f"silence_after_business_days = {defaults.silence_after_business_days:g}",
        f"lookback_days = {defaults.lookback_days}",
        "",
        "[notifications]",
        "enabled = true",
        "",
        "[daemon]",
        f"poll_minutes = {cfgmod.DaemonConfig().poll_minutes:g}",
        'report = ""                 # "" = the user data folder',
        "",
        "[storage]",
        'database = ""               # "" = the user data folder',
        "",
    ]
    return "\n".join(lines)


def _write_private(folder: Path, text: str) -> Path:
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".config-", suffix=".toml.tmp", dir=folder)  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _load_draft(draft: Path, final: Path) -> Config:
    from interview_watch.config import load_config

    try:
        return load_config(draft)
    except ConfigError as exc:
        raise ConfigError(str(final), exc.problems) from None


def _test(cfg: Config, connection_tester: ConnectionTester, print_fn: Callable[..., None]) -> None:
    account = cfg.accounts[0]
    print_fn(f"Testing {account.username} at {account.host}:{account.port} ...")
    try:
        connection_tester(account)
    except InterviewWatchError:
        print_fn("The connection test failed; nothing was written. Fix the settings and run init again "
                 "(or pass --no-test to save them untested).")
        raise
    print_fn("Connection OK.")


def _publish(draft: Path, path: Path, *, replace: bool) -> None:
    if replace:
        os.replace(draft, path)
    else:
        try:
            os.link(draft, path)  # fails if the file appeared meanwhile: never clobber without --force
        except FileExistsError:
            raise UsageError(f"{path} already exists; pass --force to replace it") from None
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
