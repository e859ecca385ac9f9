"""`doctor` orchestration, with fake probes: what runs, what is skipped, what each line says."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from interview_watch import errors
from interview_watch.doctor import CheckResult, DoctorDeps, exit_code, format_results, run_doctor

SECRET = "hunter2-secret"

CONFIG = """
[[accounts]]
name = "personal"
host = "imap.example.com"
username = "me@example.com"
password_env = "IW_TEST_PW"

[[accounts]]
name = "archive"
maildir = "mail"

[storage]
database = "db.sqlite3"
"""


def write_config(tmp_path: Path, text: str = CONFIG, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(mode)
    return path


class Probes:
    """Fake probes that record their calls; each can be told to fail."""

    def __init__(self, **failures):
        self.failures = failures
        self.calls: list[tuple] = []

    def _maybe_fail(self, what):
        failure = self.failures.get(what)
        if isinstance(failure, BaseException):
            raise failure
        return failure

    def deps(self) -> DoctorDeps:
        def account(a):
            self.calls.append(("account", a.name))
            return self._maybe_fail("account:" + a.name)

        def database(path):
            self.calls.append(("database", path))
            return self._maybe_fail("database")

        def notifications():
            self.calls.append(("notifications",))
            return self._maybe_fail("notifications")

        def service():
            self.calls.append(("service",))
            return self._maybe_fail("service")

        def credential(a):
            self.calls.append(("credential", a.name))
            self._maybe_fail("credential")
            return SECRET

        def resolve(host, port):
            self.calls.append(("resolve", host, port))
            self._maybe_fail("resolve")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

        return DoctorDeps(account_checker=account, database_checker=database, notifications_checker=notifications,
                          service_checker=service, credential_checker=credential, resolve=resolve)


def by_name(results):
    return {r.name: r for r in results}


def test_all_good(tmp_path):
    probes = Probes()
    results = run_doctor(write_config(tmp_path), checks=probes.deps())
    assert [r.name for r in results] == [
        "configuration", "configuration permissions",
        "account personal: name resolution", "account personal: credentials",
        "account personal: TLS, login and folders",
        "account archive: maildir", "database", "notifications", "service",
    ]
    assert all(r.ok is True for r in results)
    assert ("database", tmp_path / "db.sqlite3") in probes.calls
    assert ("resolve", "imap.example.com", 993) in probes.calls
    assert by_name(results)["account personal: credentials"].detail == "obtained from password_env"
    assert exit_code(results) == 0


def test_broken_configuration_still_checks_notifications_and_service(tmp_path):
    path = write_config(tmp_path, '[[accounts]]\nname = "x"\nport = "abc"\n[tracking]\ntimezone = "Nowhere"\n')
    probes = Probes()
    results = run_doctor(path, checks=probes.deps())
    assert [r.name for r in results] == ["configuration", "notifications", "service"]
    config = results[0]
    assert config.ok is False
    assert "accounts[0].port: expected an integer from 1 to 65535, got 'abc'" in config.detail
    assert "tracking.timezone: unknown time zone 'Nowhere'" in config.detail
    assert "config check" in config.advice
    assert exit_code(results) == 1


def test_missing_configuration_advises_init(tmp_path):
    results = run_doctor(tmp_path / "absent.toml", checks=Probes().deps())
    assert results[0].ok is False
    assert "interview-watch init" in results[0].advice


def test_readable_configuration_is_a_warning_not_a_failure(tmp_path):
    path = write_config(tmp_path, mode=0o644)
    results = run_doctor(path, checks=Probes().deps())
    perms = by_name(results)["configuration permissions"]
    assert perms.ok is None and "others can read it" in perms.detail
    assert perms.advice == f"run `chmod 600 {path}`"
    assert exit_code(results) == 0


def test_name_resolution_failure_skips_the_login(tmp_path):
    probes = Probes(resolve=socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    results = by_name(run_doctor(write_config(tmp_path), checks=probes.deps()))
    resolution = results["account personal: name resolution"]
    assert resolution.ok is False
    assert "cannot resolve 'imap.example.com': Name or service not known" in resolution.detail
    assert "check host and port" in resolution.advice
    assert "account personal: TLS, login and folders" not in results
    assert ("account", "personal") not in probes.calls


@pytest.mark.parametrize(
    "error, advice_fragment",
    [
        (errors.TLSError("personal", "certificate verify failed"), "ca_file"),
        (errors.AuthenticationFailed("personal", "login rejected"), "app password"),
        (errors.FolderNotFound("personal", "no Sent folder"), "set inbox or sent"),
        (errors.ConnectionFailed("personal", "connection refused"), "check host and port"),
    ],
)
def test_account_failures_carry_advice(tmp_path, error, advice_fragment):
    probes = Probes(**{"account:personal": error})
    results = run_doctor(write_config(tmp_path), checks=probes.deps())
    login = by_name(results)["account personal: TLS, login and folders"]
    assert login.ok is False
    assert login.detail == str(error)
    assert advice_fragment in login.advice
    assert by_name(results)["account archive: maildir"].ok is True  # other accounts still checked


def test_error_hint_wins_over_the_default_advice(tmp_path):
    error = errors.CredentialError("account 'personal': no password in the system keyring")
    error.hint = "Store it with: keyring set interview-watch me@example.com"
    results = by_name(run_doctor(write_config(tmp_path), checks=Probes(credential=error).deps()))
    credentials = results["account personal: credentials"]
    assert credentials.ok is False and credentials.advice == error.hint
    assert "account personal: TLS, login and folders" not in results


def test_the_secret_never_appears(tmp_path):
    results = run_doctor(write_config(tmp_path), checks=Probes().deps())
    assert SECRET not in format_results(results)


def test_real_credential_check_uses_the_configured_source(tmp_path, monkeypatch):
    monkeypatch.setenv("IW_TEST_PW", SECRET)
    probes = Probes()
    deps = probes.deps()
    deps = DoctorDeps(deps.account_checker, deps.database_checker, deps.notifications_checker,
                      deps.service_checker, resolve=deps.resolve)  # default credential checker
    results = by_name(run_doctor(write_config(tmp_path), checks=deps))
    assert results["account personal: credentials"].ok is True
    monkeypatch.delenv("IW_TEST_PW")
    results = by_name(run_doctor(write_config(tmp_path), checks=deps))
    assert "IW_TEST_PW is not set" in results["account personal: credentials"].detail


def test_probes_may_return_warnings_and_details(tmp_path):
    probes = Probes(service=CheckResult("anything", None, "not installed", "run `interview-watch service install`"),
                    notifications="dunst answered", database=OSError(13, "Permission denied", "/x/db"))
    results = by_name(run_doctor(write_config(tmp_path), checks=probes.deps()))
    assert results["service"] == CheckResult("service", None, "not installed", "run `interview-watch service install`")
    assert results["notifications"].detail == "dunst answered"
    assert results["database"].ok is False and results["database"].detail == "Permission denied: /x/db"


def test_notifications_turned_off_are_not_probed(tmp_path):
    probes = Probes()
    results = by_name(run_doctor(write_config(tmp_path, CONFIG + "[notifications]\nenabled = false\n"),
                                 checks=probes.deps()))
    assert results["notifications"] == CheckResult("notifications", True, "turned off in the configuration")
    assert ("notifications",) not in probes.calls


def test_a_broken_probe_is_reported_not_raised(tmp_path):
    results = by_name(run_doctor(write_config(tmp_path), checks=Probes(notifications=KeyError("x")).deps()))
    assert results["notifications"].ok is False
    assert results["notifications"].detail.startswith("unexpected error: KeyError")


def test_format_results():
    results = [
        CheckResult("configuration", True, "valid"),
        CheckResult("configuration permissions", None, "others can read it", "run `chmod 600 c`"),
        CheckResult("database", False, "cannot open", "check the folder"),
    ]
    assert format_results(results).splitlines() == [
        "✓ configuration: valid",
        "! configuration permissions: others can read it — run `chmod 600 c`",
        "✗ database: cannot open — check the folder",
        "1 passed, 1 warning(s), 1 failed",
    ]
    text = format_results(results, ascii_only=True)
    assert text.isascii() and text.splitlines()[2] == "FAIL database: cannot open -- check the folder"
