"""Crash tests: SIGKILL `run` at ten random (seeded) points of a large first sync.

The mailbox holds 1500 messages: thank-yous to 150 companies and other sent mail, 300 replies of
every kind, and 950 messages that are nobody's reply. An uninterrupted `poll --once` on a fresh
database gives the reference. Then one fresh database lives through ten SIGKILLs: each time `run`
is started, killed at a random point of the sync (a random amount of committed progress plus a
random extra moment, so kills land mid-batch, at start-up and while events are queued), and
restarted. At every kill the stored state is a clean prefix of the reference (each folder mark
covers exactly the messages stored, every stored row equals the reference's: no half-written
batch); after the last restart has finished, the state (interviews, thank-yous, replies with
their categories, skipped messages, event keys, folder marks) equals the reference.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import DaemonRunner, company_names, folder_marks, query, store_state, wait_until
from tests.fixtures.dovecot import _appenduid, dovecot  # noqa: F401
from tests.fixtures.scenarios import ME, message, thank_you

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

SEED = 7
KILLS = 10
COMPANIES = 150
REPLY_TEXTS = (
    "We would like to invite you to a second interview with the team next week.",
    "Unfortunately, we have decided not to move forward with your application at this time.",
    "We are delighted to offer you the position. The formal offer letter follows.",
    "Could you please send us two references and a work sample?",
    "Thank you for your note. We are still reviewing candidates and will be in touch soon.",
)


def build_mailbox(server, user: str) -> dict[str, int]:
    """Append the 1500 messages; return each one's UID by Message-ID."""
    now = datetime.now(timezone.utc)
    companies = company_names(COMPANIES, seed=SEED)
    uids: dict[str, int] = {}
    with server.admin(user) as client:
        for i, company in enumerate(companies):
            at = now - timedelta(days=4, minutes=-i)
            ty = thank_you(f"lead@{company.lower()}.com", company, "Data Engineer", at, f"<crash-ty-{i}@example.net>")
            uids[ty.message_id] = _appenduid(client.append("Sent", ty.raw, msg_time=at))
        for i in range(100):  # sent mail that is not a thank-you
            at = now - timedelta(days=3, minutes=i)
            raw = message(frm=f"Sam <{ME}>", to=f"friend{i}@example.org", subject=f"Lunch on day {i}?",
                          body="Are you free for lunch this week?\n", at=at, mid=f"<crash-sent-{i}@example.net>")
            client.append("Sent", raw, msg_time=at)
        for i in range(300):  # two replies per interview, of every kind
            company = companies[i % COMPANIES]
            at = now - timedelta(days=2, minutes=-i)
            raw = message(frm=f"Lead <lead@{company.lower()}.com>", to=ME,
                          subject="Re: Thank you - Data Engineer interview",
                          body=f"Hi Sam,\n\n{REPLY_TEXTS[i % len(REPLY_TEXTS)]}\n\nBest,\nLead\n", at=at,
                          mid=f"<crash-reply-{i}@example.com>",
                          headers={"In-Reply-To": f"<crash-ty-{i % COMPANIES}@example.net>"})
            uids[f"<crash-reply-{i}@example.com>"] = _appenduid(client.append("INBOX", raw, msg_time=at))
        for i in range(950):  # nobody's reply: newsletters and strangers
            at = now - timedelta(days=1, minutes=i)
            headers = {"List-Id": f"<news.shop{i % 7}.example>", "Precedence": "bulk"} if i % 2 else None
            raw = message(frm=f"Sender {i} <sender{i}@shop{i % 7}.example>", to=ME, subject=f"News {i}",
                          body=f"Message number {i}.\n" * 5, at=at, mid=f"<crash-other-{i}@shop.example>",
                          headers=headers)
            client.append("INBOX", raw, msg_time=at)
    return uids


def config_in(folder: Path, server, user) -> tuple[Path, dict[str, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    var = "IW_PW_" + os.urandom(4).hex()
    account = server.account(user.name, password_env=var, addresses=(ME,))
    config = write_config_file(folder, account, notifications=False)
    env = dict(os.environ)
    env.update({var: user.password, "HOME": str(folder)})
    return config, env


def progress(db: Path) -> int:
    return sum(folder_marks(db).values())


def stored(db: Path) -> int:
    """Thank-yous and replies committed so far: the work of the sync, which the kills sample."""
    counts = [query(db, f"SELECT COUNT(*) FROM {table}") for table in ("thank_yous", "replies")]
    return sum(rows[0][0] for rows in counts if rows)  # no rows: the schema is not there yet


def assert_clean_prefix(state: dict, reference: dict, uids: dict[str, int], kill: int) -> None:
    """The committed state holds exactly the reference rows its folder marks cover."""
    marks = state["folder_marks"]
    covered = {"thank_yous": marks.get("Sent", 0), "replies": marks.get("INBOX", 0)}
    for table, mark in covered.items():
        want = [row for row in reference[table] if uids[row[0]] <= mark]
        assert state[table] == want, f"kill {kill}: {table} stored do not match the mark {mark}"
    assert state["skipped"] == []
    assert set(state["interviews"]) <= set(reference["interviews"])


def test_sigkill_at_ten_random_points_of_a_first_sync_ends_in_the_uninterrupted_state(dovecot, tmp_path):  # noqa: F811
    user = dovecot.new_user()
    uids = build_mailbox(dovecot, user.name)

    config, env = config_in(tmp_path / "reference", dovecot, user)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "interview_watch", "--config", str(config), "poll", "--once"],
                          env=env, capture_output=True, text=True, timeout=120)
    uninterrupted = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    reference = store_state(tmp_path / "reference" / "interview-watch.sqlite3")
    total = 250 + 1250
    assert sum(reference["folder_marks"].values()) == total, reference["folder_marks"]
    assert len(reference["interviews"]) == COMPANIES
    assert len(reference["replies"]) == 300, done.stderr[-3000:]
    assert reference["event_keys"], "the scenario should produce status events"

    rng = random.Random(SEED)
    # Targets are counted in stored rows, not UIDs: the first sync narrows the inbox on the
    # server, so its mark jumps over the 950 messages nobody needs to read.
    work = COMPANIES + 300
    targets = sorted(rng.randrange(work) for _ in range(KILLS))
    config, env = config_in(tmp_path / "killed", dovecot, user)
    db = tmp_path / "killed" / "interview-watch.sqlite3"
    runner = DaemonRunner(tmp_path / "killed")
    mid_sync = 0
    try:
        for kill, target in enumerate(targets):
            daemon = runner(config, env)
            wait_until(lambda: stored(db) >= target, 60, interval=0.01, what=f"progress {target}")
            time.sleep(rng.uniform(0, 0.05))
            code, _ = daemon.signal(signal.SIGKILL)
            assert code == -signal.SIGKILL
            state = store_state(db)
            assert_clean_prefix(state, reference, uids, kill)
            mid_sync += progress(db) < total
            print(f"kill {kill}: target {target}, marks {state['folder_marks']}, "
                  f"{len(state['replies'])} replies, {len(state['event_keys'])} events")

        runner(config, env)  # the last restart, left to finish
        try:
            wait_until(lambda: progress(db) == total and store_state(db) == reference, 60, interval=0.2,
                       what="the state after the last restart to equal the reference")
        except AssertionError:
            assert store_state(db) == reference
            raise
    finally:
        runner.stop_all()
    print(f"uninterrupted poll --once: {uninterrupted:.2f} s; {mid_sync} of {KILLS} kills before the sync was done")
    assert mid_sync >= KILLS // 2, f"only {mid_sync} kills landed before the sync was done"
