"""A big range is narrowed by Dovecot's own SEARCH: the right messages come back, and a first sync
of a large mailbox reads only them, while nothing the exact rules would link is lost."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from interview_watch import sync
from interview_watch.adapters.imap import ImapSource
from interview_watch.core.models import SearchFilter
from interview_watch.core.prefilter import thank_you_filter
from tests.fixtures.apps import make_app
from tests.fixtures.dovecot import dovecot, dovecot_user  # noqa: F401 - session-scoped server
from tests.fixtures.scenarios import ME, reply, thank_you

pytestmark = pytest.mark.dovecot

NOW = datetime.now(timezone.utc)


def mail(frm: str, subject: str, body: str, *, headers: dict[str, str] | None = None,
         cte: str | None = None, html: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, ME, subject
    msg["Date"] = format_datetime(NOW - timedelta(days=1))
    msg["Message-ID"] = f"<{os.urandom(6).hex()}@test.example>"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body, subtype="html" if html else "plain", cte=cte)
    return bytes(msg)


def load(dovecot, user, folder: str, raws: list[bytes], at: datetime | None = None) -> None:  # noqa: F811
    with dovecot.admin(user.name) as client:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for raw in raws:
            client.append(folder, raw, msg_time=at or NOW - timedelta(days=1))


@pytest.fixture
def source(dovecot, dovecot_user):  # noqa: F811
    src = ImapSource(dovecot.account(dovecot_user.name), lambda: dovecot_user.password)
    src.connect()
    yield src
    src.close()


def test_the_server_keeps_exactly_the_messages_matching_a_term(dovecot, dovecot_user, source):  # noqa: F811
    load(dovecot, dovecot_user, "INBOX", [
        mail("Jane <Jane.Doe@Acme.com>", "Re: interview", "See you"),                        # 1 contact
        mail("hr@eu.acme.com", "Next steps", "Hello"),                                       # 2 domain
        mail("Shop <news@shop.example>", "Sale", "Buy now"),                                 # 3 no
        mail("x@gmail.com", "Re: thanks", "ok", headers={"References": "<a@b> <ty-1@example.net>"}),  # 4 thread
        mail("Jürgen <jurgen@müller.example>", "Hallo", "Grüße"),                             # 5 utf-8
        mail("friend@gmail.com", "Lunch", "Friday?"),                                        # 6 no
    ])
    assert source.examine("INBOX")
    narrow = SearchFilter(from_contains=("jane.doe@acme.com", "acme.com", "müller.example"),
                          header_contains=(("References", "ty-1@example.net"),))
    assert source.search_uids(0, None, narrow) == [1, 2, 4, 5]
    assert source.search_uids(2, None, narrow) == [4, 5]
    assert source.search_uids(0, None) == [1, 2, 3, 4, 5, 6]


def test_words_of_thanks_are_found_in_encoded_bodies(dovecot, dovecot_user, source):  # noqa: F811
    load(dovecot, dovecot_user, "Sent", [
        mail(ME, "Gespräch", "Vielen Dank für das Gespräch gestern.", cte="base64"),          # 1
        mail(ME, "Entretien", "Je vous remercie pour l'entretien, à bientôt.", cte="quoted-printable"),  # 2
        mail(ME, "Hi", "<p>Thank&nbsp;you for the interview</p>", html=True),                # 3
        mail(ME, "Lunch?", "Are you free on Friday?"),                                       # 4
        mail(ME, "Entrevista", "Le agradezco mucho la entrevista.", cte="base64"),           # 5
    ])
    source.examine("Sent")
    assert source.search_uids(0, None, thank_you_filter()) == [1, 2, 3, 5]


def test_a_thousand_terms_are_searched_in_groups_and_none_is_lost(dovecot, dovecot_user, source):  # noqa: F811
    load(dovecot, dovecot_user, "INBOX", [
        mail("x@elsewhere.org", "Re", "ok", headers={"In-Reply-To": "<id-999@host.example>"}),
        mail("y@elsewhere.org", "Re", "ok", headers={"In-Reply-To": "<id-0@host.example>"}),
        mail("z@elsewhere.org", "Re", "ok", headers={"In-Reply-To": "<id-1000@host.example>"}),
    ])
    source.examine("INBOX")
    narrow = SearchFilter(header_contains=tuple(("In-Reply-To", f"id-{i}@host.example") for i in range(1000)))
    before = source.stats.commands
    assert source.search_uids(0, None, narrow) == [1, 2]  # id-999 in the last group, id-0 in the first
    assert source.stats.commands - before > 1
    narrow = SearchFilter(header_contains=tuple(("In-Reply-To", f"id-{i}@host.example") for i in range(1, 1000)))
    assert source.search_uids(0, None, narrow) == [1]


def test_a_term_with_a_line_break_falls_back_to_every_message(dovecot, dovecot_user, source):  # noqa: F811
    load(dovecot, dovecot_user, "INBOX", [mail("a@b.example", "one", "x"), mail("c@d.example", "two", "y")])
    source.examine("INBOX")
    assert source.search_uids(0, None, SearchFilter(from_contains=("a@b\r\nLOGOUT",))) == [1, 2]


def test_a_large_first_sync_reads_only_what_can_matter_and_loses_no_reply(dovecot, dovecot_user, tmp_path,  # noqa: F811
                                                                         monkeypatch):
    monkeypatch.setenv("IW_PREFILTER_PW", dovecot_user.password)
    monkeypatch.setattr(sync, "SERVER_SEARCH_ABOVE", 100)
    ty_at = NOW - timedelta(days=10)
    ty = thank_you("jane.doe@acme.com", "Acme", "Data Engineer", ty_at, "<ty-acme@example.net>")
    everyday = [mail(ME, f"Re: plans {i}", "See you at eight. " * 40) for i in range(150)]
    load(dovecot, dovecot_user, "Sent", everyday[:75] + [ty.raw] + everyday[75:], at=ty_at)
    noise = [mail(f"News {i} <news@shop{i % 7}.example>", f"Offer {i}", "Buy now. " * 300,
                  headers={"List-Id": f"<list{i}.shop.example>"}) for i in range(400)]
    replies = [
        reply("Jane Doe <jane.doe@acme.com>", "Re: Thank you", "We would like to invite you to a second "
              "interview next week.", NOW - timedelta(days=8), "<r1@acme.com>"),
        reply("Robin <robin@gmail.com>", "Re: Thank you", "Thanks, I'll pass it on to the team.",
              NOW - timedelta(days=7), "<r2@gmail.com>", headers={"In-Reply-To": "<ty-acme@example.net>"}),
        reply("Acme Careers <no-reply@acme.com>", "Your application", "Unfortunately we have decided not "
              "to move forward with your application.", NOW - timedelta(days=2), "<r3@acme.com>"),
    ]
    load(dovecot, dovecot_user, "INBOX", noise[:200] + [r.raw for r in replies] + noise[200:],
         at=NOW - timedelta(days=2))
    total = sum(len(r) for r in noise) + sum(len(r.raw) for r in replies) + sum(len(r) for r in everyday)
    account = dovecot.account(dovecot_user.name, password_env="IW_PREFILTER_PW", addresses=(ME,))
    app = make_app(tmp_path / "data", account)
    try:
        [result] = app.poll_once()
        assert result.error is None, result.error
        outcome = result.outcome
        assert {r.message_id for r in app.store.replies()} == {"<r1@acme.com>", "<r2@gmail.com>", "<r3@acme.com>"}
        assert [t.message_id for t in app.store.thank_yous()] == ["<ty-acme@example.net>"]
        assert outcome.examined == 1 + 3, outcome  # the thank-you and the three replies, no noise
        source = app._pool[account.name]
        assert source.stats.bytes_read < total / 10, (source.stats.bytes_read, total)
        # the marks stand past the noise: a second poll reads nothing, then new mail is seen once
        assert app.store.folder_state(account.name, "INBOX").last_uid == 403
        [again] = app.poll_once()
        assert again.outcome.examined == 0
        load(dovecot, dovecot_user, "INBOX", [reply("jane.doe@acme.com", "Offer", "We are delighted to "
                                                    "offer you the position.", NOW, "<r4@acme.com>").raw])
        [third] = app.poll_once()
        assert third.outcome.examined == 1 and third.outcome.replies == 1
    finally:
        app.close()


def test_a_server_refusing_the_narrowed_search_is_read_unnarrowed(dovecot, dovecot_user, source, monkeypatch):  # noqa: F811
    from interview_watch.adapters import imap_search

    load(dovecot, dovecot_user, "INBOX", [mail("a@b.example", "one", "x"), mail("c@d.example", "two", "y")])
    source.examine("INBOX")
    monkeypatch.setattr(imap_search, "or_tree", lambda terms: ["NOSUCHKEY", "x"])  # Dovecot answers BAD
    assert source.search_uids(0, None, SearchFilter(from_contains=("a@b",))) == [1, 2]
    assert source.examine("INBOX")  # the connection is still usable


@pytest.mark.parametrize("threshold,noise", [(10**9, 250), (10**9, 10), (100, 250)],
                         ids=["read-by-header-later-batch", "read-by-header-same-batch", "narrowed"])
def test_a_message_answering_a_reply_not_the_thank_you_is_linked(dovecot, dovecot_user, tmp_path,  # noqa: F811
                                                                 monkeypatch, threshold, noise):
    """Robin (an address the user never wrote to) answers Jane's reply: In-Reply-To and References
    name only Jane's reply. It is linked whether it shares a batch with that reply, comes in a
    later one, or sits in a range the server narrowed before the reply was known."""
    monkeypatch.setenv("IW_FOLLOW_PW", dovecot_user.password)
    monkeypatch.setattr(sync, "SERVER_SEARCH_ABOVE", threshold)
    ty_at = NOW - timedelta(days=6)
    ty = thank_you("jane.doe@acme.com", "Acme", "Data Engineer", ty_at, "<ty-follow@example.net>")
    r1 = reply("Jane Doe <jane.doe@acme.com>", "Re: Thank you", "Thanks Sam, I have passed this to our "
               "external recruiter, who will be in touch.", NOW - timedelta(days=5), "<r1-follow@acme.com>")
    r2 = reply("Robin <robin@talentbridge.example>", "Re: Thank you", "Hi Sam, we would like to invite you "
               "to a final interview next week.", NOW - timedelta(days=4), "<r2-follow@talentbridge.example>",
               headers={"In-Reply-To": "<r1-follow@acme.com>", "References": "<r1-follow@acme.com>"})
    load(dovecot, dovecot_user, "Sent", [ty.raw], at=ty_at)
    load(dovecot, dovecot_user, "INBOX", [r1.raw] + [mail(f"friend{i}@gmail.com", f"hi {i}", "see you")
                                                      for i in range(noise)] + [r2.raw], at=NOW - timedelta(days=4))
    account = dovecot.account(dovecot_user.name, password_env="IW_FOLLOW_PW", addresses=(ME,))
    app = make_app(tmp_path / "data", account)
    try:
        [result] = app.poll_once()
        assert result.error is None, result.error
        linked = {r.message_id: r.category for r in app.store.replies()}
        assert linked == {"<r1-follow@acme.com>": "acknowledgment",
                          "<r2-follow@talentbridge.example>": "second_interview"}, linked
        assert app.store.folder_state(account.name, "INBOX").last_uid == noise + 2
        [again] = app.poll_once()
        assert again.outcome.examined == 0 and len(app.store.replies()) == 2
    finally:
        app.close()
