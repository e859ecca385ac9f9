"""The server-side search filters keep everything the exact rules could accept (a superset)."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_watch.adapters.imap_search import (
    MAX_GROUP_TERMS,
    Unsearchable,
    filter_terms,
    groups,
    needs_utf8,
    or_tree,
)
from interview_watch.core.matching import ATS_SENDERS, could_be_reply
from interview_watch.core.models import MatchCandidate, ParsedMessage, SearchFilter
from interview_watch.core.prefilter import THANKS_STEMS, reply_filter, thank_you_filter
from interview_watch.core.thankyou import GRATITUDE

ME = "sam@example.net"
TY_AT = datetime(2026, 3, 2, 10, tzinfo=timezone.utc)
CANDIDATES = [
    MatchCandidate(1, "Acme", ("jane.doe@acme.com",), ("<ty-1@example.net>",), TY_AT),
    MatchCandidate(2, "Globex", ("bob@gmail.com",), ("<ty-2@example.net>", "<r-9@globex.io>"), TY_AT),
]


def imap_keeps(narrow: SearchFilter, headers: dict[str, str], text: str = "") -> bool:
    """What an IMAP server does with the filter: case-insensitive substring matching."""
    low = {k.lower(): v.lower() for k, v in headers.items()}
    whole = "\n".join(f"{k}: {v}" for k, v in low.items()) + "\n" + text.lower()
    return (any(s.lower() in low.get("from", "") for s in narrow.from_contains)
            or any(s.lower() in low.get(h.lower(), "") for h, s in narrow.header_contains)
            or any(s.lower() in whole for s in narrow.text_contains))


def header_msg(headers: dict[str, str]) -> ParsedMessage:
    from_addr = re.search(r"[\w.+-]+@[\w.-]+", headers.get("From", ""))
    return ParsedMessage(
        message_id="<x@y>", date=datetime(2026, 3, 5, tzinfo=timezone.utc),
        from_addr=from_addr.group(0).lower() if from_addr else "", from_name="", to=(ME,), cc=(),
        subject=headers.get("Subject", ""),
        in_reply_to=tuple(v for k, v in headers.items() if k == "In-Reply-To"),
        references=tuple(v for k, v in headers.items() if k == "References"),
        headers={k.lower(): (v,) for k, v in headers.items()}, text="", html="",
        content_type=headers.get("Content-Type", "text/plain").split(";")[0],
    )


REPLIES = [
    ("thread by In-Reply-To, bare id", {"From": "x@elsewhere.org", "In-Reply-To": "ty-1@example.net"}),
    ("thread by References, newest last", {"From": "x@elsewhere.org", "References": "<a@b> <ty-2@example.net>"}),
    ("thread onto an earlier reply", {"From": "x@elsewhere.org", "In-Reply-To": "<r-9@globex.io>"}),
    ("contact, other case", {"From": "Jane <Jane.Doe@ACME.com>"}),
    ("contact as Reply-To", {"From": "noreply@mailer.net", "Reply-To": "bob@gmail.com"}),
    ("company domain, a subdomain", {"From": "hr@eu.acme.com"}),
    ("the company's other domain", {"From": "talent@acme.io"}),
    ("the company's other domain, a subdomain", {"From": "talent@jobs.acme.co.uk"}),
    ("ATS relay", {"From": "Acme via Greenhouse <no-reply@us.greenhouse-mail.io>"}),
    ("ATS with the company as local part", {"From": "acme@myworkday.com"}),
    ("bounce by sender", {"From": "MAILER-DAEMON@mx.example.net"}),
    ("bounce by report type", {"From": "mail@isp.example", "Content-Type": "multipart/report; report-type=delivery-status"}),
]


@pytest.mark.parametrize("case,headers", REPLIES, ids=[c for c, _ in REPLIES])
def test_every_reply_the_rules_accept_is_kept_by_the_reply_filter(case, headers):
    assert could_be_reply(header_msg(headers), CANDIDATES, (ME,)), f"{case}: the rules must accept it"
    assert imap_keeps(reply_filter(CANDIDATES), headers), case


def test_unrelated_mail_is_left_on_the_server():
    narrow = reply_filter(CANDIDATES)
    for headers in ({"From": "news@shop.example", "List-Id": "<news.shop.example>"},
                    {"From": "friend@gmail.com", "In-Reply-To": "<other@example.net>"},
                    {"From": "alerts@bank.example", "Subject": "Your statement"}):
        assert not imap_keeps(narrow, headers), headers


def test_reply_filter_covers_every_ats_domain_and_names_no_public_mail_domain():
    narrow = reply_filter(CANDIDATES)
    for _name, domains in ATS_SENDERS:
        for domain in domains:
            assert any(term in domain for term in narrow.from_contains), domain
    assert not any(term in ("gmail.com", "gmail.") for term in narrow.from_contains)
    assert "bob@gmail.com" in narrow.from_contains  # a contact on a public domain: by address
    assert "acme." in narrow.from_contains and "acme.com" not in narrow.from_contains  # held by "acme."
    assert all(a == b or a not in b for a in narrow.from_contains for b in narrow.from_contains)


def test_reply_filter_with_no_interviews_still_keeps_ats_and_bounces():
    narrow = reply_filter([])
    assert imap_keeps(narrow, {"From": "jobs@lever.co"})
    assert imap_keeps(narrow, {"From": "postmaster@example.org"})
    assert not imap_keeps(narrow, {"From": "jane@acme.com"})


def _not_a_stem_on_its_own(word: str) -> bool:
    # "für ... bedanken": the pattern's look-ahead demands "bedanken", which holds "dank".
    return re.fullmatch(r"f(?:ü|ue)r", word, re.IGNORECASE) is not None


@pytest.mark.parametrize("lang", sorted(GRATITUDE))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_word_of_thanks_the_detector_accepts_holds_a_searched_stem(lang, data):
    word = data.draw(st.from_regex(re.compile(GRATITUDE[lang], re.IGNORECASE), fullmatch=True))
    if _not_a_stem_on_its_own(word):
        return
    assert any(stem in word.lower() for stem in THANKS_STEMS), (lang, word)


def test_thank_you_filter_keeps_thank_yous_in_four_languages_and_drops_other_sent_mail():
    narrow = thank_you_filter()
    for text in ("Thank you for the interview", "Vielen Dank für das Gespräch", "Ich möchte mich für das "
                 "Gespräch bedanken", "Je vous remercie pour l'entretien", "Muchas gracias por la entrevista",
                 "Le agradezco la entrevista", "I really appreciated our conversation"):
        assert imap_keeps(narrow, {"Subject": "Re: hello"}, text), text
    assert not imap_keeps(narrow, {"Subject": "Lunch?"}, "Are you free on Friday?")


def test_terms_become_one_balanced_or_tree_per_group():
    narrow = SearchFilter(from_contains=("a@b", "c.d"), header_contains=(("References", "x@y"),),
                          text_contains=("thank",))
    terms = filter_terms(narrow)
    assert or_tree(terms) == ["OR", "OR", "FROM", "a@b", "FROM", "c.d",
                              "OR", "HEADER", "References", "x@y", "TEXT", "thank"]
    assert or_tree(terms[:1]) == ["FROM", "a@b"]
    assert not needs_utf8(terms)
    assert needs_utf8(filter_terms(SearchFilter(from_contains=("jürgen@müller.de",))))


def test_many_terms_are_split_into_groups_and_none_is_lost():
    narrow = SearchFilter(header_contains=tuple(("References", f"id-{i}@host.example") for i in range(1000)))
    found = list(groups(filter_terms(narrow)))
    assert len(found) > 1
    assert all(len(g) <= MAX_GROUP_TERMS for g in found)
    assert [t for g in found for t in g] == filter_terms(narrow)


@pytest.mark.parametrize("bad", ["a\r\nb", "tab\there", ""])
def test_a_term_no_imap_string_can_carry_is_refused(bad):
    with pytest.raises(Unsearchable):
        filter_terms(SearchFilter(from_contains=(bad,)))


def test_replies_are_searched_from_two_days_before_the_first_thank_you():
    from datetime import date, timedelta

    from interview_watch.sync import _NOTHING, _replies_since

    assert _replies_since([], date(2026, 1, 1)) is _NOTHING  # no interview: nothing can be a reply
    assert _replies_since(CANDIDATES, None) == (TY_AT - timedelta(days=2)).date()
    assert _replies_since(CANDIDATES, date(2026, 1, 1)) == date(2026, 2, 28)
    assert _replies_since(CANDIDATES, date(2026, 3, 1)) == date(2026, 3, 1)  # the lookback is later
    undated = [*CANDIDATES, MatchCandidate(3, "Initech", ("a@initech.com",), (), None)]
    assert _replies_since(undated, date(2026, 1, 1)) == date(2026, 1, 1)


def _wire_headers(msg: ParsedMessage) -> dict[str, str]:
    """The headers a server would search, rebuilt from a parsed message."""
    headers = {k.title(): " ".join(v) for k, v in msg.headers.items()}
    headers["From"] = f"{msg.from_name} <{msg.from_addr}>"
    headers["In-Reply-To"] = " ".join(msg.in_reply_to)
    headers["References"] = " ".join(msg.references)
    headers["Content-Type"] = msg.content_type
    return headers


def _linked_cases():
    from tests.unit import test_matching_blind

    return [c for c in test_matching_blind.CASES if c.values[2] is not None]


@pytest.mark.parametrize("msg, candidates, expect", _linked_cases())
def test_the_reply_filter_keeps_every_message_the_blind_matching_table_links(msg, candidates, expect):
    assert imap_keeps(reply_filter(list(candidates)), _wire_headers(msg), msg.text)


@pytest.mark.parametrize("value,sent", [("abc(1)@host.example", "@host.example"), ("a{3}", None),
                                         ("id{3+}@mail.example", "@mail.example"), ("50%off@x.example", "off@x.example"),
                                         ("plain@host.example", "plain@host.example")])
def test_a_term_with_search_syntax_in_it_is_sent_as_its_longest_plain_piece(value, sent):
    narrow = SearchFilter(header_contains=(("References", value),))
    if sent is None:
        with pytest.raises(Unsearchable):
            filter_terms(narrow)
    else:
        [term] = filter_terms(narrow)
        assert term == ["HEADER", "References", sent] and sent in value


def test_a_stand_in_message_id_depends_on_the_values_not_on_how_the_server_wrote_the_block():
    from interview_watch.adapters.parsing import parse_headers
    from interview_watch.sync import synthetic_message_id

    one = b"From: a@b.example\r\nTo: sam@example.net\r\nSubject: Hi\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n"
    other = (b"Received: from x by y\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\nSubject: Hi\r\n"
             b"TO: sam@example.net\r\nFROM: a@b.example\r\n\r\n")
    later = one.replace(b"10:00:00", b"10:00:01")
    assert synthetic_message_id(parse_headers(one)) == synthetic_message_id(parse_headers(other))
    assert synthetic_message_id(parse_headers(one)) != synthetic_message_id(parse_headers(later))
