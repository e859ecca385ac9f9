"""The configuration loader: the example loads, and every mistake is listed with its key path."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from interview_watch import config as cfgmod
from interview_watch.config import (
    AccountConfig,
    check_permissions,
    database_path,
    default_config_path,
    default_data_dir,
    load_config,
    report_path,
)
from interview_watch.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config.example.toml"

GOOD_ACCOUNT = """
[[accounts]]
name = "personal"
host = "imap.example.com"
username = "me@example.com"
password_command = "pass show mail"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.path == str(path)
    return caught.value.problems


# --- the example and the schema stay in step --------------------------------------------------


def test_example_file_loads():
    cfg = load_config(EXAMPLE)
    assert [a.name for a in cfg.accounts] == ["personal"]
    assert cfg.accounts[0].password_command == "pass show mail/personal"
    assert cfg.tracking.timezone == "Europe/Berlin"
    assert cfg.tracking.holidays == "DE"
    assert cfg.path == EXAMPLE


def test_example_file_mentions_every_key_of_the_schema():
    text = EXAMPLE.read_text(encoding="utf-8")
    for section, (_cls, kinds) in cfgmod.SCHEMA.items():
        header = f"[[{section}]]" if section == "accounts" else f"[{section}]"
        assert header in text
        for key in kinds:
            assert re.search(rf"^#?\s*{key} = ", text, re.MULTILINE), f"{section}.{key} missing from example"


def test_example_shows_a_maildir_account_and_oauth2():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "# maildir = " in text
    assert "# oauth2_token_command = " in text


@pytest.mark.parametrize("section", list(cfgmod.SCHEMA))
def test_schema_keys_are_exactly_the_dataclass_fields(section):
    cls, kinds = cfgmod.SCHEMA[section]
    assert set(kinds) == {f.name for f in dataclasses.fields(cls)}


def test_minimal_file_gets_the_defaults(tmp_path):
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT))
    account = cfg.accounts[0]
    assert account == AccountConfig(
        name="personal", host="imap.example.com", username="me@example.com", password_command="pass show mail"
    )
    assert cfg.tracking.timezone == "UTC" and cfg.notifications.enabled and cfg.daemon.poll_minutes == 5.0


# --- every problem at once ---------------------------------------------------------------------


def test_three_mistakes_are_all_listed(tmp_path):
    path = write(tmp_path, """
[[accounts]]
name = "personal"
host = "imap.example.com"
port = "abc"
username = "me@example.com"
password_command = "pass show mail"

[[accounts]]
name = "work"
host = "imap.work.example"
username = "me@work.example"
pasword_command = "pass show work"

[tracking]
timezone = "Europe/Berln"
""")
    problems = problems_of(path)
    assert "accounts[0].port: expected an integer from 1 to 65535, got 'abc'" in problems
    assert "tracking.timezone: unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)" in problems
    assert "accounts[1]: unknown key 'pasword_command' (did you mean 'password_command'?)" in problems
    # the misspelt key also leaves the account with no credential source
    assert any(p.startswith("accounts[1]: give exactly one of password_command") for p in problems)
    assert len(problems) == 4


def test_error_message_lists_each_problem_on_its_own_line(tmp_path):
    path = write(tmp_path, GOOD_ACCOUNT + "[tracking]\nlookback_days = 0\n[daemon]\npoll_minutes = -1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    text = str(caught.value)
    assert "2 problem(s)" in text
    assert "  - tracking.lookback_days: expected an integer of at least 1, got 0" in text
    assert "  - daemon.poll_minutes: expected a number greater than 0, got -1" in text


@pytest.mark.parametrize(
    "extra, expected",
    [
        ('[tracking]\ntimzone = "UTC"\n', "tracking: unknown key 'timzone' (did you mean 'timezone'?)"),
        ('[notification]\nenabled = true\n', "unknown section 'notification' (did you mean 'notifications'?)"),
        ('[daemon]\ncolour = "red"\n', "daemon: unknown key 'colour'"),
        ('[storage]\ndatabase = 5\n', "storage.database: expected a string, got 5"),
        ('[notifications]\nenabled = "yes"\n', "notifications.enabled: expected true or false, got 'yes'"),
        ('[tracking]\nsilence_after_business_days = true\n',
         "tracking.silence_after_business_days: expected a number greater than 0, got true"),
        ('[tracking]\nlookback_days = 1.5\n', "tracking.lookback_days: expected an integer of at least 1, got 1.5"),
        ('[tracking]\nholidays = "XX"\n', "tracking.holidays: unknown country code 'XX' for public holidays"),
        ('tracking = 3\n', "tracking: expected a table [tracking], got 3"),
    ],
)
def test_single_mistakes(tmp_path, extra, expected):
    # top-level keys must come before the [[accounts]] table in TOML
    text = extra + GOOD_ACCOUNT if not extra.startswith("[") else GOOD_ACCOUNT + extra
    assert problems_of(write(tmp_path, text)) == [expected]


@pytest.mark.parametrize("value", ["", "DE", "US-NY", "GB-SCT"])
def test_holiday_regions_accepted(tmp_path, value):
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT + f'[tracking]\nholidays = "{value}"\n'))
    assert cfg.tracking.holidays == value


def test_unknown_holiday_subdivision(tmp_path):
    [problem] = problems_of(write(tmp_path, GOOD_ACCOUNT + '[tracking]\nholidays = "US-ZZ"\n'))
    assert problem.startswith("tracking.holidays: unknown subdivision 'ZZ' of US (known: ")


@pytest.mark.parametrize(
    "lines, expected",
    [
        ('security = "plaintext"', "accounts[0].security: 'plaintext' is not allowed: a password must never cross"),
        ('security = "none"', "accounts[0].security: 'none' is not allowed"),
        ('security = "TLS1"', "accounts[0].security: expected 'tls' or 'starttls', got 'TLS1'"),
        ("port = 0", "accounts[0].port: expected an integer from 1 to 65535, got 0"),
        ("port = 70000", "accounts[0].port: expected an integer from 1 to 65535, got 70000"),
        ('addresses = "me@example.com"', "accounts[0].addresses: expected a list of email addresses"),
        ('ca_file = "missing.pem"', "accounts[0].ca_file: no such file 'missing.pem'"),
        ("timeout_seconds = 0", "accounts[0].timeout_seconds: expected a number greater than 0, got 0"),
        ('inbox = ""', "accounts[0].inbox: expected a non-empty string, got ''"),
        ("keyring = true", "accounts[0]: give exactly one of password_command, password_env, keyring, "
                           "oauth2_token_command (found password_command, keyring)"),
    ],
)
def test_account_mistakes(tmp_path, lines, expected):
    [problem] = problems_of(write(tmp_path, GOOD_ACCOUNT + lines + "\n"))
    assert problem.startswith(expected)


def test_imap_account_needs_host_username_and_one_credential(tmp_path):
    problems = problems_of(write(tmp_path, '[[accounts]]\nname = "a"\n'))
    assert problems == [
        "accounts[0]: missing key 'host' (an IMAP account needs host and username; or set maildir)",
        "accounts[0]: missing key 'username' (an IMAP account needs host and username; or set maildir)",
        "accounts[0]: give exactly one of password_command, password_env, keyring, oauth2_token_command",
    ]


def test_maildir_account_needs_no_host_username_or_password(tmp_path):
    cfg = load_config(write(tmp_path, '[[accounts]]\nname = "local"\nmaildir = "mail"\n'))
    assert cfg.accounts[0].is_maildir
    assert cfg.accounts[0].maildir == str(tmp_path / "mail")  # relative to the config file


def test_maildir_and_host_together_is_a_mistake(tmp_path):
    [problem] = problems_of(write(tmp_path, '[[accounts]]\nname = "x"\nmaildir = "m"\nhost = "h"\n'))
    assert problem == "accounts[0]: give either maildir (a local folder) or host (an IMAP server), not both"


def test_duplicate_and_missing_account_names(tmp_path):
    problems = problems_of(write(tmp_path, GOOD_ACCOUNT + GOOD_ACCOUNT + '[[accounts]]\nmaildir = "m"\n'))
    assert problems == [
        "accounts[1].name: 'personal' is already the name of accounts[0]",
        "accounts[2]: missing key 'name'",
    ]


def test_account_name_must_be_usable_as_a_file_name(tmp_path):
    [problem] = problems_of(write(tmp_path, GOOD_ACCOUNT.replace('"personal"', '"../x"')))
    assert problem == "accounts[0].name: use letters, digits and . _ @ + - only, got '../x'"


def test_no_accounts_and_accounts_written_as_a_table(tmp_path):
    assert problems_of(write(tmp_path, "[tracking]\n")) == [
        "accounts: no account; add an [[accounts]] table (see config.example.toml)"
    ]
    [problem] = problems_of(write(tmp_path, '[accounts]\nname = "x"\n'))
    assert problem.startswith("accounts: expected an array of tables written [[accounts]]")


def test_starttls_defaults_to_port_143_unless_given(tmp_path):
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT + 'security = "starttls"\n'))
    assert (cfg.accounts[0].security, cfg.accounts[0].port) == ("starttls", 143)
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT + 'security = "starttls"\nport = 1143\n'))
    assert cfg.accounts[0].port == 1143


def test_ca_file_resolved_relative_to_the_config(tmp_path):
    (tmp_path / "ca.pem").write_text("x")
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT + 'ca_file = "ca.pem"\n'))
    assert cfg.accounts[0].ca_file == str(tmp_path / "ca.pem")


# --- file-level failures -------------------------------------------------------------------------


def test_toml_syntax_error_is_one_problem_with_line_and_column(tmp_path):
    [problem] = problems_of(write(tmp_path, GOOD_ACCOUNT + "port = = 3\n"))
    assert problem.startswith("not valid TOML: ")
    assert re.search(r"line \d+, column \d+", problem)


def test_toml_error_at_end_of_document_still_has_a_line(tmp_path):
    [problem] = problems_of(write(tmp_path, GOOD_ACCOUNT + "addresses = [\n"))
    assert problem == "not valid TOML: Invalid value (at end of document, line 8, column 1)"


def test_problems_come_in_file_order(tmp_path):
    problems = problems_of(write(tmp_path, GOOD_ACCOUNT + 'port = 0\n[tracking]\nlookback_days = 0\n'))
    assert [p.split(":")[0] for p in problems] == ["accounts[0].port", "tracking.lookback_days"]


def test_missing_file_suggests_init(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.toml")
    assert caught.value.problems == ["the file does not exist"]
    assert "interview-watch init" in caught.value.hint


def test_not_utf8(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'name = "\xff"\n')
    [problem] = problems_of(path)
    assert problem.startswith("cannot read the file")


# --- paths and permissions -----------------------------------------------------------------------


def test_default_config_path_honours_the_environment(monkeypatch, isolated_home):
    assert default_config_path() == isolated_home / ".config" / "interview-watch" / "config.toml"
    monkeypatch.setenv("INTERVIEW_WATCH_CONFIG", "~/elsewhere.toml")
    assert default_config_path() == isolated_home / "elsewhere.toml"


def test_default_database_and_report_paths(tmp_path, isolated_home):
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT))
    data = isolated_home / ".local" / "share" / "interview-watch"
    assert default_data_dir() == data
    assert database_path(cfg) == data / "interview-watch.sqlite3"
    assert report_path(cfg) == data / "report.html"


def test_configured_database_and_report_paths_expand_home(tmp_path, isolated_home):
    cfg = load_config(write(tmp_path, GOOD_ACCOUNT + '[daemon]\nreport = "~/r.html"\n[storage]\ndatabase = "db.sqlite3"\n'))
    assert report_path(cfg) == isolated_home / "r.html"
    assert database_path(cfg) == tmp_path / "db.sqlite3"


def test_permissions_warning_when_others_can_read(tmp_path):
    path = write(tmp_path, GOOD_ACCOUNT)
    assert check_permissions(path) == []
    path.chmod(0o644)
    [warning] = check_permissions(path)
    assert "group can read it, others can read it (mode 0644)" in warning
    assert f"chmod 600 {path}" in warning
    path.chmod(0o660)
    [warning] = check_permissions(path)
    assert "group can read and change it" in warning
    assert check_permissions(tmp_path / "absent.toml") == []
