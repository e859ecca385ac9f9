"""Credentials: each source, and the password never in an error."""

from __future__ import annotations

import sys
import types

import pytest

from interview_watch.adapters import secrets
from interview_watch.adapters.secrets import password_provider, uses_oauth2
from interview_watch.config import AccountConfig
from interview_watch.errors import CredentialError

SECRET = "s3cr3t-Pa55word"


def account(**kwargs) -> AccountConfig:
    base = dict(name="personal", host="imap.example.com", username="me@example.com")
    return AccountConfig(**{**base, **kwargs})


def test_command_gives_its_first_line():
    fetch = password_provider(account(password_command=f"printf '{SECRET}\\nsecond line\\n'"), environ={})
    assert fetch() == SECRET


def test_command_runs_each_time_so_a_rotated_password_is_picked_up(tmp_path):
    store = tmp_path / "pw"
    store.write_text("one\n")
    fetch = password_provider(account(password_command=f"cat {store}"), environ={})
    assert fetch() == "one"
    store.write_text("two\n")
    assert fetch() == "two"


def test_failing_command_names_account_and_status_but_not_its_output():
    command = f"echo {SECRET}; echo 'gpg: decryption failed' >&2; exit 3"
    fetch = password_provider(account(password_command=command), environ={})
    with pytest.raises(CredentialError) as caught:
        fetch()
    message = str(caught.value)
    assert "'personal'" in message
    assert "exit status 3" in message
    assert "gpg: decryption failed" in message  # the helpful part
    assert SECRET not in message
    assert command not in message  # the command may embed the password


def test_failing_command_that_echoes_the_secret_to_stderr_hides_it():
    fetch = password_provider(account(password_command=f"echo {SECRET}; echo {SECRET} >&2; exit 1"), environ={})
    with pytest.raises(CredentialError) as caught:
        fetch()
    assert SECRET not in str(caught.value)


def test_missing_command_and_empty_output():
    with pytest.raises(CredentialError, match=r"exit status 127 \(command not found\)"):
        password_provider(account(password_command="no-such-command-xyz"), environ={})()
    with pytest.raises(CredentialError, match="printed nothing"):
        password_provider(account(password_command="true"), environ={})()


def test_command_timeout(monkeypatch):
    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT_SECONDS", 0.2)
    with pytest.raises(CredentialError, match=r"password_command did not finish within 0\.2 s"):
        password_provider(account(password_command="sleep 5; echo late"), environ={})()


def test_oauth2_token_command():
    acc = account(oauth2_token_command="echo token-abc")
    assert uses_oauth2(acc) and not uses_oauth2(account(password_env="X"))
    assert password_provider(acc, environ={})() == "token-abc"
    with pytest.raises(CredentialError, match="oauth2_token_command failed with exit status 1"):
        password_provider(account(oauth2_token_command="false"), environ={})()


def test_environment_variable():
    assert password_provider(account(password_env="IW_PW"), environ={"IW_PW": SECRET})() == SECRET
    with pytest.raises(CredentialError) as caught:
        password_provider(account(password_env="IW_PW"), environ={})()
    assert "environment variable IW_PW is not set" in str(caught.value)
    assert "'personal'" in str(caught.value)


def test_systemd_credential_comes_first(tmp_path):
    (tmp_path / "personal").write_text(SECRET + "\n")
    env = {"CREDENTIALS_DIRECTORY": str(tmp_path), "IW_PW": "from-env"}
    assert password_provider(account(password_env="IW_PW"), environ=env)() == SECRET
    # another account's credential is not used
    assert password_provider(account(name="work", password_env="IW_PW"), environ=env)() == "from-env"


def test_empty_systemd_credential_is_an_error(tmp_path):
    (tmp_path / "personal").write_text("")
    env = {"CREDENTIALS_DIRECTORY": str(tmp_path)}
    with pytest.raises(CredentialError, match="systemd credential .* is empty"):
        password_provider(account(password_env="X"), environ=env)()


def test_no_source_at_all():
    with pytest.raises(CredentialError, match="no password source"):
        password_provider(account(), environ={})


def fake_keyring(monkeypatch, stored: dict, fail: Exception | None = None):
    errors = types.ModuleType("keyring.errors")

    class KeyringError(Exception):
        pass

    errors.KeyringError = KeyringError
    module = types.ModuleType("keyring")
    module.errors = errors
    calls = []

    def get_password(service, username):
        calls.append((service, username))
        if fail:
            raise KeyringError("backend said no")
        return stored.get((service, username))

    module.get_password = get_password
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setitem(sys.modules, "keyring.errors", errors)
    return calls


def test_keyring(monkeypatch):
    calls = fake_keyring(monkeypatch, {("interview-watch", "me@example.com"): SECRET})
    assert password_provider(account(keyring=True), environ={})() == SECRET
    assert calls == [("interview-watch", "me@example.com")]


def test_keyring_empty_or_unavailable(monkeypatch):
    fake_keyring(monkeypatch, {})
    with pytest.raises(CredentialError) as caught:
        password_provider(account(keyring=True), environ={})()
    assert "no password in the system keyring for service 'interview-watch', user 'me@example.com'" in str(caught.value)
    assert "keyring set interview-watch me@example.com" in caught.value.hint
    fake_keyring(monkeypatch, {}, fail=True)
    with pytest.raises(CredentialError, match="system keyring is not available"):
        password_provider(account(keyring=True), environ={})()


def test_secret_never_logged(caplog, tmp_path):
    caplog.set_level("DEBUG")
    (tmp_path / "personal").write_text(SECRET)
    password_provider(account(password_env="X"), environ={"CREDENTIALS_DIRECTORY": str(tmp_path)})()
    password_provider(account(password_command=f"echo {SECRET}"), environ={})()
    assert caplog.records  # something was logged, and none of it is the secret
    assert SECRET not in caplog.text
