"""Hostile and broken mail in a real Dovecot INBOX: the sync completes, never crashes, and keeps
memory bounded.

The test builds its corpus: broken MIME boundaries, unknown and lying charsets, 10,000 MIME parts,
a 20 MB attachment, header lines without a colon, no Date and no Message-ID, binary noise (with
headers, and with none), message/rfc822 nested 200 deep, NUL bytes and a 1 MB header. Each comes
from the interviewer's address and answers the thank-you, so each is a reply candidate whose body
is fetched. Normal replies sit between them and must still be linked. Each hostile message is
either processed (stored as a reply) or recorded in `skipped` with its reason. The whole sync
runs as `poll --once` in a child process, whose peak RSS is measured.
"""

from __future__ import annotations

import base64
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from tests.fixtures.apps import write_config_file
from tests.fixtures.daemon import query
from tests.fixtures.dovecot import dovecot  # noqa: F401
from tests.fixtures.scenarios import ME, reply, thank_you

pytestmark = pytest.mark.dovecot

CONTACT = "jane.doe@acme-corp.com"
TY_ID = "<ty-hostile@example.net>"
PEAK_RSS_LIMIT_MB = 300


def head(name: str, at: datetime, *, mid: bool = True, date: bool = True, extra: str = "") -> bytes:
    lines = [f"From: Jane Doe <{CONTACT}>", f"To: {ME}", f"Subject: hostile-{name}",
             f"In-Reply-To: {TY_ID}"]
    if date:
        lines.append(f"Date: {format_datetime(at)}")
    if mid:
        lines.append(f"Message-ID: <hostile-{name}@acme-corp.com>")
    text = "\r\n".join(lines) + "\r\n" + extra
    return text.encode()


def hostile_corpus(at: datetime) -> dict[str, bytes]:
    rng = random.Random(7)
    corpus: dict[str, bytes] = {}
    corpus["broken-boundary"] = head("broken-boundary", at, extra=(
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="declared"\r\n\r\n')) + (
        b"--other\r\nContent-Type: text/plain\r\n\r\nWe would like to invite you to a second interview.\r\n"
        b"--declared\r\nContent-Type: text/html\r\n\r\n<p>unterminated\r\n--decl")
    corpus["unknown-charset"] = head("unknown-charset", at, extra=(
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-klingon-unknown\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n")) + "Thank you, we are still deciding. \u00e9\u00e8".encode("utf-8")
    corpus["lying-charset"] = head("lying-charset", at, extra=(
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n")) + "Leider m\u00fcssen wir Ihnen absagen. \u00e9t\u00e9".encode("latin-1") + b"\xff\xfe\xc3"
    corpus["lying-ascii"] = head("lying-ascii", at, extra=(
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n")) + b"Caf=C3=A9 =E9 =ZZ broken soft break=\r\n"
    parts = b"".join(b"--p\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(10_000))
    corpus["ten-thousand-parts"] = head("ten-thousand-parts", at, extra=(
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n')) + parts + b"--p--\r\n"
    blob = base64.encodebytes(rng.randbytes(15 * 1024 * 1024))  # ~20 MB encoded
    corpus["twenty-mb-attachment"] = head("twenty-mb-attachment", at, extra=(
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="a"\r\n\r\n')) + (
        b"--a\r\nContent-Type: text/plain\r\n\r\nPlease find our offer attached.\r\n"
        b"--a\r\nContent-Type: application/pdf; name=offer.pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: attachment; filename=offer.pdf\r\n\r\n") + blob + b"--a--\r\n"
    corpus["no-colon-headers"] = head("no-colon-headers", at, extra=(
        "This line has no colon at all\r\nX-After: lost\r\nAnother bare header line\r\n\r\n"
        "Thanks for your note, we will be in touch.\r\n")).replace(b"\r\n", b"\n")
    corpus["no-date-no-id"] = head("no-date-no-id", at, mid=False, date=False, extra=(
        "\r\nWe'd love to have you back for a final round with the team.\r\n"))
    corpus["binary-body"] = head("binary-body", at, extra=(
        "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n")) + rng.randbytes(64 * 1024)
    corpus["nul-bytes"] = head("nul-bytes", at, extra="X-Evil: a\x00b\r\n\r\n") + b"Hello\x00\x00 Sam, thank\x00 you.\r\n"
    corpus["huge-header"] = head("huge-header", at, extra="X-Huge: " + "x" * (1024 * 1024) + "\r\n\r\nShort body.\r\n")
    inner = b"Subject: innermost\r\nContent-Type: text/plain\r\n\r\nWe are pleased to offer you the job.\r\n"
    for depth in range(200):
        inner = (b"Content-Type: message/rfc822\r\nSubject: level %d\r\n\r\n" % depth) + inner
    corpus["nested-200"] = head("nested-200", at, extra="MIME-Version: 1.0\r\n") + inner
    return corpus


NOISE = "pure-noise"  # no header at all: not a candidate, so skipped or simply passed over


def normal_replies(at: datetime) -> dict[str, bytes]:
    texts = {
        "<normal-1@acme-corp.com>": "We would like to invite you to a second interview next week.",
        "<normal-2@acme-corp.com>": "Could you send us two references?",
        "<normal-3@acme-corp.com>": "Thank you for your note; we will be in touch soon.",
    }
    return {mid: reply(f"Jane Doe <{CONTACT}>", "Re: Thank you - Backend Engineer interview",
                       f"Hi Sam,\n\n{text}\n\nJane\n", at, mid, headers={"In-Reply-To": TY_ID}).raw
            for mid, text in texts.items()}


def poll_peak_rss_kb(config, env) -> tuple[subprocess.CompletedProcess, int]:
    """Run `poll --once` as the only child of a fresh interpreter; return it and its peak RSS (KiB)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "sys.stderr.buffer.write(done.stderr)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", wrapper, sys.executable, "-m", "interview_watch", "--config", str(config),
         "poll", "--once"], env=env, capture_output=True, text=True, timeout=300)
    code, peak = done.stdout.split()
    return subprocess.CompletedProcess(done.args, int(code), "", done.stderr), int(peak)


def setup_user(server, tmp_path, name: str):
    user = server.new_user()
    now = datetime.now(timezone.utc)
    ty = thank_you(CONTACT, "Acme", "Backend Engineer", now - timedelta(days=3), TY_ID)
    server.append(user.name, "Sent", ty.raw, internaldate=ty.at)
    var = "IW_PW_" + os.urandom(4).hex()
    folder = tmp_path / name
    folder.mkdir()
    config = write_config_file(folder, server.account(user.name, password_env=var, addresses=(ME,)))
    env = dict(os.environ)
    env.update({var: user.password, "HOME": str(folder)})
    return user, config, env, folder / "interview-watch.sqlite3"


def test_hostile_corpus_is_processed_or_skipped_with_a_reason_and_memory_stays_bounded(dovecot, tmp_path):  # noqa: F811
    at = datetime.now(timezone.utc) - timedelta(days=1)
    # Baseline: the same sync with one normal reply.
    base_user, base_config, base_env, _ = setup_user(dovecot, tmp_path, "baseline")
    dovecot.append(base_user.name, "INBOX", next(iter(normal_replies(at).values())), internaldate=at)
    done, baseline_kb = poll_peak_rss_kb(base_config, base_env)
    assert done.returncode == 0, done.stderr[-2000:]

    user, config, env, db = setup_user(dovecot, tmp_path, "hostile")
    uids: dict[str, int] = {}
    normals = normal_replies(at)
    normal_ids = iter(normals)
    with dovecot.admin(user.name) as client:
        for name, raw in hostile_corpus(at).items():
            uids[name] = _append(client, raw, at)
            mid = next(normal_ids, None)
            if mid:
                _append(client, normals[mid], at)
        uids[NOISE] = _append(client, random.Random(8).randbytes(8192), at)

    done, peak_kb = poll_peak_rss_kb(config, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    growth_mb = (peak_kb - baseline_kb) / 1024
    print(f"poll --once peak RSS: {peak_kb / 1024:.0f} MB with the hostile corpus, "
          f"{baseline_kb / 1024:.0f} MB baseline (growth {growth_mb:.0f} MB)")
    assert peak_kb / 1024 < PEAK_RSS_LIMIT_MB

    stored = {subject: category for subject, category in query(db, "SELECT subject, category FROM replies")}
    ids = {mid for (mid,) in query(db, "SELECT message_id FROM replies")}
    skipped = {uid: reason for uid, reason in query(db, "SELECT uid, reason FROM skipped WHERE folder = 'INBOX'")}
    assert set(normals) <= ids, "the normal replies between the hostile ones must be linked"
    outcomes = {}
    for name, uid in uids.items():
        if uid in skipped:
            assert skipped[uid].strip(), f"{name}: skipped without a reason"
            outcomes[name] = f"skipped: {skipped[uid][:80]}"
        elif f"hostile-{name}" in stored:
            outcomes[name] = f"processed: {stored[f'hostile-{name}']}"
        elif name == NOISE:
            outcomes[name] = "passed over (not a reply candidate)"
        else:
            outcomes[name] = "LOST"
    print("\n".join(f"  {name}: {outcome}" for name, outcome in outcomes.items()))
    assert "LOST" not in outcomes.values(), outcomes
    [(mark,)] = query(db, "SELECT last_uid FROM folder_state WHERE folder = 'INBOX'")
    assert mark >= max(uids.values()), "the sync must get past every hostile message"


def _append(client, raw: bytes, at: datetime) -> int:
    from tests.fixtures.dovecot import _appenduid

    return _appenduid(client.append("INBOX", raw, msg_time=at))
