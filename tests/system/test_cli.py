"""The command line end to end, as a user (or a script relying on the contract) runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from interview_watch.config import AccountConfig
from tests.fixtures.apps import write_config_file
from tests.fixtures.dovecot import dovecot  # noqa: F401
from tests.fixtures.scenarios import ME, linking_scenario, write_maildir

DATA = Path(__file__).resolve().parent.parent / "data"


def cli(*args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "interview_watch", *args], capture_output=True, text=True,
                          env=env or os.environ.copy(), timeout=120, stdin=subprocess.DEVNULL)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def maildir_config(tmp_path):
    mails, _ = linking_scenario()
    root = write_maildir(tmp_path / "Maildir", mails)
    return write_config_file(tmp_path, AccountConfig(name="local", maildir=str(root), addresses=(ME,)))


def is_iso(value: str) -> bool:
    parsed = datetime.fromisoformat(value)
    return parsed.tzinfo is not None


def test_poll_once_then_status_json_has_the_contract_shape(maildir_config):
    done = cli("--config", str(maildir_config), "poll", "--once")
    assert "examined" in done.stdout
    doc = json.loads(cli("--config", str(maildir_config), "status", "--json").stdout)
    assert set(doc) >= {"interviews", "health"}
    assert len(doc["interviews"]) == 3
    for iv in doc["interviews"]:
        assert set(iv) >= {"id", "company", "role", "contacts", "status", "response_speed",
                           "business_days_to_reply", "thank_you", "replies", "outlook"}
        assert iv["thank_you"] is None or (set(iv["thank_you"]) >= {"message_id", "sent_at", "to"}
                                           and is_iso(iv["thank_you"]["sent_at"]))
        for r in iv["replies"]:
            assert set(r) >= {"message_id", "received_at", "from", "subject", "category", "confidence",
                              "evidence", "matched_by"}
            assert is_iso(r["received_at"]) and 0 <= r["confidence"] <= 1 and isinstance(r["evidence"], list)
        assert 0 <= iv["outlook"]["score"] <= 100 and isinstance(iv["outlook"]["signals"], list)
    [account] = doc["health"]["accounts"]
    assert account["name"] == "local" and is_iso(account["last_success"]) and account["last_error"] is None


def test_status_table_fits_100_columns_and_names_the_report(maildir_config):
    cli("--config", str(maildir_config), "poll", "--once")
    out = cli("--config", str(maildir_config), "status").stdout
    assert "Acme" in out and "Globex" in out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert str(maildir_config.parent / "report.html") in out


def test_report_json_matches_status_json_and_md_is_written(maildir_config, tmp_path):
    cli("--config", str(maildir_config), "poll", "--once")
    status = json.loads(cli("--config", str(maildir_config), "status", "--json").stdout)
    report = json.loads(cli("--config", str(maildir_config), "report", "--format", "json", "--output", "-").stdout)
    for doc in (status, report):
        doc.pop("generated_at")
    assert report == status
    md = tmp_path / "out.md"
    cli("--config", str(maildir_config), "report", "--format", "md", "--output", str(md))
    assert "Globex" in md.read_text()


def test_interview_add_log_set_status_and_list(maildir_config):
    c = ("--config", str(maildir_config))
    out = cli(*c, "interview", "add", "--company", "Wayne", "--role", "SRE", "--contact", "lucius@wayne.com",
              "--date", "2026-11-20").stdout
    new_id = int(out.split()[1])
    cli(*c, "interview", "log", str(new_id), "--body-language", "eye_contact,smiles", "--engagement",
        "insightful_questions", "--pace", "unhurried")
    listed = json.loads(cli(*c, "interview", "list", "--json").stdout)
    assert [i["status"] for i in listed if i["id"] == new_id] == ["thank_you_due"]
    cli(*c, "interview", "set-status", str(new_id), "offer")
    doc = json.loads(cli(*c, "status", "--json").stdout)
    iv = next(i for i in doc["interviews"] if i["id"] == new_id)
    assert iv["status"] == "offer" and iv["cues"]["pace"] == "unhurried"
    bad = cli(*c, "interview", "log", "999", "--pace", "rushed", check=False)
    assert bad.returncode != 0 and "999" in bad.stderr and "Traceback" not in bad.stderr
    bad = cli(*c, "interview", "set-status", str(new_id), "hired", check=False)
    assert bad.returncode == 2 and "unknown status" in bad.stderr


def test_classify_json_one_object_per_line():
    files = sorted((DATA / "formats").glob("*.eml"))[:5]
    assert files, "tests/data/formats holds sample messages"
    done = cli("classify", "--json", *map(str, files), check=False)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [item["file"] for item in lines] == [str(f) for f in files]
    for item in lines:
        assert set(item) >= {"file", "category", "confidence", "evidence"}
        assert 0 <= item["confidence"] <= 1


def test_missing_config_is_one_clear_message(tmp_path):
    done = cli("--config", str(tmp_path / "nope.toml"), "status", check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "nope.toml" in done.stderr and "init" in done.stderr


def test_init_help_doctor_and_service_dry_run(maildir_config):
    help_text = cli("init", "--help").stdout
    assert "--provider" in help_text and "--non-interactive" in help_text
    doctor = cli("--config", str(maildir_config), "doctor", check=False)
    assert "configuration" in doctor.stdout and "database" in doctor.stdout
    assert "maildir" in doctor.stdout.lower() and "Traceback" not in doctor.stderr
    plan = cli("--config", str(maildir_config), "service", "install", "--dry-run").stdout
    assert sys.executable in plan and str(maildir_config.resolve()) in plan
    assert "systemctl --user" in plan
    assert not (Path(os.environ["HOME"]) / ".config/systemd/user/interview-watch.service").exists()


@pytest.mark.dovecot
def test_wrong_password_and_untrusted_certificate_are_plain_messages(dovecot, tmp_path):  # noqa: F811
    user = dovecot.new_user()
    env = os.environ.copy()
    env["IW_BAD_PW"] = "Sup3r-Secret-Wrong-Pass"
    account = dovecot.account(user.name, password_env="IW_BAD_PW", addresses=(ME,))
    config = write_config_file(tmp_path, account)
    done = cli("--config", str(config), "poll", "--once", env=env, check=False)
    assert done.returncode != 0
    assert "Sup3r-Secret-Wrong-Pass" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "login" in done.stderr.lower()
    untrusted = tmp_path / "untrusted"
    untrusted.mkdir()
    env["IW_BAD_PW"] = user.password
    config = write_config_file(untrusted, account.__class__(**{**account.__dict__, "ca_file": ""}))
    done = cli("--config", str(config), "poll", "--once", env=env, check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    failure = [line for line in done.stderr.splitlines() if "certificate" in line.lower()]
    assert failure and "127.0.0.1" in failure[0]
