"""ImapSource against a real Dovecot: searching and fetching, read-only and in bounded batches."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone

import pytest

from interview_watch.adapters import imap as imap_module
from tests.fixtures.dovecot import dovecot, dovecot_user  # noqa: F401
from tests.fixtures.imap_accounts import message, open_source, sent_commands, user  # noqa: F401

pytestmark = pytest.mark.dovecot


# ---- reading ----------------------------------------------------------------------------

def test_search_drops_the_highest_uid_that_n_star_always_returns(open_source):
    source = open_source()
    source.examine("INBOX")
    assert source.search_uids(0, None) == [1, 2, 3, 4]
    assert source.search_uids(4, None) == []  # UID 5:* still matches UID 4 on the server
    assert source.search_uids(2, None) == [3, 4]
    assert source.search_uids(10, None) == []


def test_search_since_uses_internaldate(dovecot, user, open_source):  # noqa: F811
    old = datetime.now(timezone.utc) - timedelta(days=400)
    uid = dovecot.append(user.name, "INBOX", message(9), internaldate=old)
    source = open_source()
    source.examine("INBOX")
    recent = source.search_uids(0, date.today() - timedelta(days=30))
    assert uid not in recent and recent == [1, 2, 3, 4]
    assert uid in source.search_uids(0, None)


def test_fetches_leave_every_flag_unchanged(dovecot, user, open_source):  # noqa: F811
    before = {folder: dovecot.flags(user.name, folder) for folder in ("INBOX", "Sent")}
    assert before["INBOX"][1] == () and b"\\Seen" in before["INBOX"][4]
    source = open_source()
    for folder in ("INBOX", "Sent"):
        source.examine(folder)
        uids = source.search_uids(0, None)
        headers = list(source.fetch_headers(uids))
        messages = list(source.fetch_messages(uids))
        assert [h.uid for h in headers] == [m.uid for m in messages] == uids
        source.wait_for_change(folder, 0.2)
    after = {folder: dovecot.flags(user.name, folder) for folder in ("INBOX", "Sent")}
    assert after == before


def test_only_examine_and_body_peek_go_on_the_wire(open_source, caplog):
    # Flags staying put proves little on its own (EXAMINE alone protects them): check the
    # commands themselves, so a SELECT or a FETCH of BODY[]/RFC822 cannot slip in.
    caplog.set_level(logging.DEBUG, logger="imapclient")
    source = open_source()
    folders = source.folders()
    for folder in (folders.inbox, folders.sent):
        source.examine(folder)
        uids = source.search_uids(0, date.today() - timedelta(days=1))
        list(source.fetch_headers(uids))
        list(source.fetch_messages(uids))
        source.wait_for_change(folder, 0.1)
    commands = sent_commands(caplog)
    fetches = [c for c in commands if c.startswith("UID FETCH")]
    assert sum(c.startswith("EXAMINE") for c in commands) == 2 and len(fetches) >= 4
    assert not [c for c in commands if c.startswith(("SELECT", "STORE", "UID STORE", "EXPUNGE"))]
    for fetch in fetches:
        items = fetch.replace("BODY.PEEK[", "")
        assert "BODY[" not in items and "RFC822 " not in items and "RFC822)" not in items, fetch


def test_fetch_returns_headers_sizes_dates_and_whole_messages(dovecot, user, open_source):  # noqa: F811
    when = datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    uid = dovecot.append(user.name, "INBOX", message(7, size=300_000), internaldate=when)
    source = open_source()
    source.examine("INBOX")
    [header] = source.fetch_headers([uid, 999])  # an unknown UID is skipped
    assert header.header.endswith(b"\r\n\r\n") and b"Subject: Re: thank you 7" in header.header
    assert header.size == len(message(7, size=300_000))
    assert header.internaldate == when and header.internaldate.utcoffset() is not None
    [whole] = source.fetch_messages([uid])
    assert whole.raw == message(7, size=300_000) and whole.internaldate == when


def test_messages_are_fetched_in_batches_bounded_by_bytes(dovecot, user, open_source, monkeypatch):  # noqa: F811
    monkeypatch.setattr(imap_module, "BODY_BATCH_BYTES", 250_000)
    uids = [dovecot.append(user.name, "INBOX", message(10 + n, size=100_000)) for n in range(5)]
    source = open_source()
    source.examine("INBOX")
    list(source.fetch_headers(uids))  # sizes are learnt here
    before = source.stats.commands
    assert [m.uid for m in source.fetch_messages(uids)] == uids
    assert source.stats.commands - before == 3  # 2 + 2 + 1 messages of ~100 KB
    assert source.stats.bytes_read > 500_000


def test_an_idle_poll_costs_one_examine(open_source):
    source = open_source()
    source.examine("INBOX")
    highest = source.search_uids(0, None)[-1]
    before = (source.stats.commands, source.stats.bytes_read)
    source.examine("INBOX")
    assert source.search_uids(highest, date.today()) == []
    commands, read = source.stats.commands - before[0], source.stats.bytes_read - before[1]
    assert commands == 1 and 0 < read < 2048


def test_uidvalidity_changes_when_the_folder_is_recreated(dovecot, user, open_source):  # noqa: F811
    source = open_source()
    first = source.examine("Sent")
    source.close()
    dovecot.delete_and_recreate_folder(user.name, "Sent")
    source = open_source()
    assert source.examine("Sent") != first
    assert len(source.search_uids(0, None)) == 1

