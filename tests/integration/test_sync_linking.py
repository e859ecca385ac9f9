"""The sync on a real Dovecot over TLS and on a local Maildir: the same linking cases for both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_watch import sync
from interview_watch.config import AccountConfig
from tests.fixtures.apps import make_app
from tests.fixtures.dovecot import dovecot  # noqa: F401 - session-scoped server
from tests.fixtures.scenarios import ME, linking_scenario, reply, write_maildir


def load_imap(server, monkeypatch, mails) -> tuple[AccountConfig, str]:
    user = server.new_user()
    var = "IW_TEST_PW_" + os.urandom(4).hex()
    monkeypatch.setenv(var, user.password)
    for mail in mails:
        server.append(user.name, "Sent" if mail.role == "sent" else "INBOX", mail.raw,
                      flags=(b"\\Seen",) if mail.role == "sent" else (), internaldate=mail.at)
    return server.account(user.name, password_env=var, addresses=(ME,)), user.name


@pytest.fixture(params=["imap", "imap-narrowed", "maildir"])
def backend(request, tmp_path, monkeypatch):
    """Yield (kind, account, add_mail) with the linking scenario loaded into that backend.

    "imap-narrowed" lets the server's SEARCH narrow every range first (as a big first sync does),
    so the same cases show the narrowing loses nothing."""
    mails, expected = linking_scenario()
    if request.param == "imap-narrowed":
        monkeypatch.setattr(sync, "SERVER_SEARCH_ABOVE", 0)
    if request.param.startswith("imap"):
        server = request.getfixturevalue("dovecot")
        account, user = load_imap(server, monkeypatch, mails)

        def add(mail):
            server.append(user, "Sent" if mail.role == "sent" else "INBOX", mail.raw, internaldate=mail.at)
    else:
        root = write_maildir(tmp_path / "Maildir", mails)
        account = AccountConfig(name="local", maildir=str(root), addresses=(ME,))

        def add(mail):
            write_maildir(root, [mail])
    return request.param, account, add, expected


def replies_by_id(app) -> dict[str, tuple[str, str]]:
    companies = {iv.id: iv.company for iv in app.store.interviews()}
    return {r.message_id: (companies[r.interview_id], r.matched_by) for r in app.store.replies()}


def test_thank_yous_found_and_replies_linked_by_each_rule(backend, tmp_path):
    kind, account, _add, expected = backend
    app = make_app(tmp_path / "data", account)
    try:
        [result] = app.poll_once()
        assert result.error is None, result.error
        companies = sorted(iv.company for iv in app.store.interviews())
        assert companies == ["Acme", "Globex", "Initech"], f"{kind}: {companies}"
        assert "<ty-friend@example.net>" not in {t.message_id for t in app.store.thank_yous()}
        linked = replies_by_id(app)
        for mid, want in expected.items():
            assert linked.get(mid) == want, f"{kind}: {mid} linked as {linked.get(mid)}, expected {want}"
        doc = app.snapshot()
        acme = next(iv for iv in doc["interviews"] if iv["company"] == "Acme")
        assert acme["thank_you"]["message_id"] == "<ty-acme@example.net>"
        assert acme["replies"][0]["matched_by"] == "thread"
        assert doc["health"]["accounts"][0]["last_success"] is not None
    finally:
        app.close()


def test_second_poll_changes_nothing_and_new_mail_is_processed_once(backend, tmp_path):
    from datetime import datetime, timezone

    kind, account, add, _expected = backend
    app = make_app(tmp_path / "data", account)
    try:
        app.poll_once()
        before = (app.store.replies(), app.store.thank_yous(), app.store.interviews())
        [again] = app.poll_once()
        assert again.outcome.examined == 0 and again.outcome.bodies_fetched == 0, kind
        assert (app.store.replies(), app.store.thank_yous(), app.store.interviews()) == before
        add(reply("Jane Doe <jane.doe@acme-corp.com>", "Offer", "Hi Sam,\n\nWe are delighted to extend "
                  "you an offer for the Backend Engineer role.\n\nJane\n", datetime.now(timezone.utc),
                  "<r-new@acme-corp.com>"))
        [third] = app.poll_once()
        assert third.outcome.replies == 1, kind
        [fourth] = app.poll_once()
        assert fourth.outcome.replies == 0 and fourth.outcome.bodies_fetched == 0
        ids = [r.message_id for r in app.store.replies()]
        assert ids.count("<r-new@acme-corp.com>") == 1
    finally:
        app.close()


@pytest.mark.dovecot
def test_sync_never_changes_flags(dovecot, tmp_path, monkeypatch):  # noqa: F811
    mails, _ = linking_scenario()
    account, user = load_imap(dovecot, monkeypatch, mails)
    dovecot.append(user, "INBOX", reply("Bob Smith <bob.smith@globex.io>", "Flagged", "x\n",
                                        mails[-1].at, "<flagged@globex.io>").raw, flags=(b"\\Flagged",))
    before = {f: dovecot.flags(user, f) for f in ("INBOX", "Sent")}
    assert any(not flags for flags in before["INBOX"].values()), "scenario needs unseen messages"
    app = make_app(tmp_path, account)
    try:
        app.poll_once()
        app.poll_once()
    finally:
        app.close()
    after = {f: dovecot.flags(user, f) for f in ("INBOX", "Sent")}
    assert after == before


@pytest.mark.dovecot
def test_uidvalidity_change_creates_no_duplicates(dovecot, tmp_path, monkeypatch):  # noqa: F811
    mails, _ = linking_scenario()
    account, user = load_imap(dovecot, monkeypatch, mails)
    app = make_app(tmp_path, account)
    try:
        app.poll_once()
        replies, thank_yous = app.store.replies(), app.store.thank_yous()
        old, new = dovecot.delete_and_recreate_folder(user, "INBOX")
        assert old != new
        old_s, new_s = dovecot.delete_and_recreate_folder(user, "Sent")
        assert old_s != new_s
        [result] = app.poll_once()
        assert result.error is None
        assert result.outcome.replies == 0 and result.outcome.thank_yous == 0
        assert app.store.replies() == replies
        assert app.store.thank_yous() == thank_yous
        assert app.store.folder_state(account.name, "INBOX").uidvalidity == new
    finally:
        app.close()


def test_maildir_source_is_read_only(tmp_path):
    mails, _ = linking_scenario()
    root = write_maildir(tmp_path / "Maildir", mails)
    snapshot = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}
    app = make_app(tmp_path / "data", AccountConfig(name="local", maildir=str(root), addresses=(ME,)))
    try:
        app.poll_once()
    finally:
        app.close()
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()} == snapshot
    assert not any(Path(p).name.startswith("maildir-uids") for p in snapshot)


def test_a_thin_note_to_a_second_panelist_joins_the_open_interview(tmp_path):
    from datetime import datetime, timedelta, timezone

    from tests.fixtures.scenarios import Mail, message, thank_you

    now = datetime.now(timezone.utc)
    first = thank_you("anna@novachem.com", "Novachem", "Process Engineer", now - timedelta(days=3), "<ty-anna@x.net>")
    thin_at = now - timedelta(days=3, hours=-1)
    thin = Mail("sent", message(frm=f"Sam <{ME}>", to="ben@novachem.com", subject="Thank you",
                                body="Thank you for the conversation about the team today, Ben.\n\nSam\n",
                                at=thin_at, mid="<ty-ben@x.net>"), thin_at, "<ty-ben@x.net>")
    freelance_at = now - timedelta(days=2)
    freelance = Mail("sent", message(frm=f"Sam <{ME}>", to="lea@clientco.example", subject="Thanks",
                                     body="Thank you for the conversation today, Lea.\n\nSam\n",
                                     at=freelance_at, mid="<client@x.net>"), freelance_at, "<client@x.net>")
    answer = reply("Ben <ben@novachem.com>", "Re: Thank you", "Hi Sam, we'd like to invite you to a final "
                   "round next week.", now - timedelta(days=1), "<r-ben@novachem.com>",
                   headers={"In-Reply-To": "<ty-ben@x.net>"})
    root = write_maildir(tmp_path / "Maildir", [first, thin, freelance, answer])
    app = make_app(tmp_path / "data", AccountConfig(name="local", maildir=str(root), addresses=(ME,)))
    try:
        [result] = app.poll_once()
        assert result.error is None, result.error
        by_id = {t.message_id: t.interview_id for t in app.store.thank_yous()}
        assert set(by_id) == {"<ty-anna@x.net>", "<ty-ben@x.net>"}, by_id  # not the client's note
        assert by_id["<ty-anna@x.net>"] == by_id["<ty-ben@x.net>"]
        [linked] = app.store.replies()
        assert (linked.interview_id, linked.category) == (by_id["<ty-ben@x.net>"], "second_interview")
    finally:
        app.close()
