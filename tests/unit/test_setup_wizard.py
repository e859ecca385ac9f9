"""`init`: flags or prompts produce a tested, private, valid configuration, or nothing at all."""

from __future__ import annotations

import argparse
import stat
import subprocess
import sys
import tomllib

import pytest

from interview_watch.config import load_config
from interview_watch.errors import AuthenticationFailed, ConfigError, UsageError
from interview_watch.setup_wizard import add_init_arguments, run_init, toml_string


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="interview-watch init")
    parser.add_argument("--config")
    add_init_arguments(parser)
    return parser.parse_args(list(argv))


class Recorder:
    def __init__(self, fail: Exception | None = None):
        self.accounts = []
        self.fail = fail

    def __call__(self, account):
        self.accounts.append(account)
        if self.fail:
            raise self.fail


def scripted(*answers: str):
    queue = list(answers)
    prompts = []

    def input_fn(prompt: str) -> str:
        prompts.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    input_fn.prompts = prompts
    input_fn.left = queue
    return input_fn


GMAIL_FLAGS = ("--provider", "gmail", "--username", "me@gmail.com", "--password-command", "pass show gmail",
               "--timezone", "Europe/Berlin", "--holidays", "DE", "--non-interactive")


def test_non_interactive_writes_a_valid_private_config(tmp_path):
    path = tmp_path / "sub" / "config.toml"
    tester = Recorder()
    out = []
    written = run_init(parse("--config", str(path), *GMAIL_FLAGS), input_fn=scripted(), print_fn=out.append,
                       connection_tester=tester)
    assert written == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    cfg = load_config(path)
    [account] = cfg.accounts
    assert (account.name, account.host, account.port, account.security) == ("gmail", "imap.gmail.com", 993, "tls")
    assert (account.username, account.password_command, account.sent) == (
        "me@gmail.com", "pass show gmail", "[Gmail]/Sent Mail")
    assert (cfg.tracking.timezone, cfg.tracking.holidays) == ("Europe/Berlin", "DE")
    assert tester.accounts == [account]  # tested before saving, with exactly what was saved
    assert any("app password" in line for line in out)
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no draft left behind


def test_non_interactive_lists_every_missing_flag(tmp_path):
    with pytest.raises(UsageError) as caught:
        run_init(parse("--config", str(tmp_path / "c.toml"), "--non-interactive"), input_fn=scripted(),
                 print_fn=lambda *a: None, connection_tester=Recorder())
    message = str(caught.value)
    for flag in ("--provider", "--host", "--username", "--password-command"):
        assert flag in message
    assert not (tmp_path / "c.toml").exists()


def test_non_interactive_bad_value_is_a_config_error_and_writes_nothing(tmp_path):
    path = tmp_path / "c.toml"
    args = parse("--config", str(path), *GMAIL_FLAGS[:-5], "--timezone", "Mars/Base", "--non-interactive")
    with pytest.raises(ConfigError) as caught:
        run_init(args, print_fn=lambda *a: None, connection_tester=Recorder())
    assert caught.value.problems == ["tracking.timezone: unknown time zone 'Mars/Base'"]
    assert list(tmp_path.iterdir()) == []


def test_connection_failure_writes_nothing(tmp_path):
    path = tmp_path / "config.toml"
    out = []
    tester = Recorder(fail=AuthenticationFailed("gmail", "the server rejected the login"))
    with pytest.raises(AuthenticationFailed):
        run_init(parse("--config", str(path), *GMAIL_FLAGS), print_fn=out.append, connection_tester=tester)
    assert list(tmp_path.iterdir()) == []
    assert any("nothing was written" in line for line in out)


def test_no_test_skips_the_tester(tmp_path):
    tester = Recorder()
    run_init(parse("--config", str(tmp_path / "c.toml"), *GMAIL_FLAGS, "--no-test"), print_fn=lambda *a: None,
             connection_tester=tester)
    assert tester.accounts == []


def test_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("# mine\n")
    with pytest.raises(UsageError, match="already exists; pass --force"):
        run_init(parse("--config", str(path), *GMAIL_FLAGS), print_fn=lambda *a: None, connection_tester=Recorder())
    assert path.read_text() == "# mine\n"
    run_init(parse("--config", str(path), *GMAIL_FLAGS, "--force"), print_fn=lambda *a: None,
             connection_tester=Recorder())
    assert load_config(path).accounts[0].name == "gmail"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_outlook_needs_an_oauth2_token_command(tmp_path):
    base = ("--config", str(tmp_path / "c.toml"), "--provider", "outlook", "--username", "me@outlook.com",
            "--timezone", "UTC", "--holidays", "", "--non-interactive")
    with pytest.raises(UsageError, match="needs --oauth2-token-command"):
        run_init(parse(*base, "--password-command", "x"), print_fn=lambda *a: None, connection_tester=Recorder())
    run_init(parse(*base, "--oauth2-token-command", "oama access me@outlook.com"), print_fn=lambda *a: None,
             connection_tester=Recorder())
    account = load_config(tmp_path / "c.toml").accounts[0]
    assert (account.host, account.oauth2_token_command) == ("outlook.office365.com", "oama access me@outlook.com")


def test_interactive_any_imap_server_with_a_wrong_answer_reasked(tmp_path):
    path = tmp_path / "config.toml"
    input_fn = scripted(
        "6",                    # any other IMAP server
        "mail.example.org",     # host
        "starttls",             # security
        "abc", "",              # port: wrong, then the default (143)
        "me@example.org",       # username
        "2", "MAIL_PW",         # password from an environment variable
        "nope.pem", "",         # extra CA bundle: no such file, then none
        "Europe/Berln", "Europe/Paris",  # time zone: typo, then right
        "FR",                   # holidays
    )
    out = []
    tester = Recorder()
    run_init(parse("--config", str(path)), input_fn=input_fn, print_fn=out.append, connection_tester=tester)
    assert input_fn.left == []
    cfg = load_config(path)
    [account] = cfg.accounts
    assert (account.name, account.host, account.security, account.port) == ("mail", "mail.example.org", "starttls", 143)
    assert (account.username, account.password_env, account.sent) == ("me@example.org", "MAIL_PW", "")
    assert (cfg.tracking.timezone, cfg.tracking.holidays) == ("Europe/Paris", "FR")
    assert "  expected an integer from 1 to 65535, got 'abc'" in out
    assert "  unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)" in out
    assert "  no such file 'nope.pem'" in out
    assert tester.accounts == [account]


def test_interactive_preset_asks_only_what_it_must(tmp_path):
    path = tmp_path / "config.toml"
    input_fn = scripted("icloud", "me@icloud.com", "1", "security find-generic-password -w -s icloud", "", "")
    run_init(parse("--config", str(path)), input_fn=input_fn, print_fn=lambda *a: None,
             connection_tester=Recorder())
    account = load_config(path).accounts[0]
    assert (account.host, account.password_command) == ("imap.mail.me.com", "security find-generic-password -w -s icloud")
    assert len(input_fn.prompts) == 6


def test_interactive_input_ending_early_writes_nothing(tmp_path):
    with pytest.raises(UsageError, match="input ended"):
        run_init(parse("--config", str(tmp_path / "c.toml")), input_fn=scripted("1"), print_fn=lambda *a: None,
                 connection_tester=Recorder())
    assert list(tmp_path.iterdir()) == []


def test_ca_file_from_a_flag_is_written_absolute(tmp_path, monkeypatch):
    (tmp_path / "ca.pem").write_text("x")
    (tmp_path / "conf").mkdir()
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "conf" / "config.toml"
    run_init(parse("--config", str(path), "--provider", "imap", "--host", "mail.example.org", "--ca-file", "ca.pem",
                   *GMAIL_FLAGS[2:]), print_fn=lambda *a: None, connection_tester=Recorder())
    assert load_config(path).accounts[0].ca_file == str(tmp_path / "ca.pem")


@pytest.mark.parametrize("value", ['plain', 'with "quotes"', "back\\slash", "tab\there", "new\nline\x7f\x01", "ünï 😀"])
def test_toml_string_round_trips(value):
    assert tomllib.loads(f"k = {toml_string(value)}")["k"] == value


def test_values_with_quotes_survive_into_the_file(tmp_path):
    path = tmp_path / "c.toml"
    command = """gpg -dq "$HOME/.pw.gpg" | head -1 # it's \\ fine"""
    run_init(parse("--config", str(path), *GMAIL_FLAGS[:4], "--password-command", command, *GMAIL_FLAGS[6:]),
             print_fn=lambda *a: None, connection_tester=Recorder())
    assert load_config(path).accounts[0].password_command == command


def test_help_lists_the_flags(capsys):
    with pytest.raises(SystemExit) as caught:
        parse("--help")
    assert caught.value.code == 0
    text = capsys.readouterr().out
    for flag in ("--provider", "--non-interactive", "--force", "--no-test", "--oauth2-token-command", "gmail"):
        assert flag in text


def test_init_help_through_the_command_line():
    done = subprocess.run([sys.executable, "-m", "interview_watch", "init", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--non-interactive" in done.stdout
