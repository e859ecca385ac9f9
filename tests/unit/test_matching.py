"""Reply matching: which interview an incoming message answers, and by which rule."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from interview_watch.core.matching import (
    company_domain,
    could_be_reply,
    is_ats_sender,
    is_bulk,
    match_reply_to_interview,
    message_ids,
    registrable_domain,
)
from interview_watch.core.models import Match, MatchCandidate, ParsedMessage

OWN = ("max@example.org", "max.private@gmail.com")
THANKED = datetime(2026, 3, 2, 17, 0, tzinfo=timezone.utc)
LATER = THANKED + timedelta(days=1)


def received(
    from_addr: str,
    subject: str = "Re: Thank you",
    text: str = "Thanks for your note.",
    *,
    from_name: str = "",
    date: datetime | None = LATER,
    in_reply_to=(),
    references=(),
    headers=None,
    content_type: str = "text/plain",
) -> ParsedMessage:
    """An incoming message; `headers` keys are lower-cased like the parser does."""
    return ParsedMessage(
        message_id="<reply-1@mail.example>",
        subject=subject,
        from_addr=from_addr,
        from_name=from_name,
        to=("max@example.org",),
        cc=(),
        date=date,
        in_reply_to=tuple(in_reply_to),
        references=tuple(references),
        headers={k.lower(): tuple(v) for k, v in (headers or {}).items()},
        text=text,
        html="",
        content_type=content_type,
    )


ACME = MatchCandidate(
    interview_id=1,
    company="Acme",
    contacts=("jane@acme.com",),
    message_ids=("<ty-acme@example.org>",),
    first_thank_you_at=THANKED,
)
GLOBEX = MatchCandidate(
    interview_id=2,
    company="Globex Corporation",
    contacts=("hr@mail.globex.co.uk",),
    message_ids=("<ty-globex@example.org>", "<reply-globex@globex.co.uk>"),
    first_thank_you_at=THANKED - timedelta(days=3),
)
FRIENDLY = MatchCandidate(  # a recruiter who writes from Gmail
    interview_id=3,
    company="Initech",
    contacts=("bob.recruits@gmail.com",),
    message_ids=("<ty-initech@example.org>",),
    first_thank_you_at=THANKED,
)
ACME_ROBOTICS = MatchCandidate(
    interview_id=4,
    company="Acme Robotics",
    contacts=("li@acme-robotics.io",),
    message_ids=("<ty-robotics@example.org>",),
    first_thank_you_at=THANKED,
)
X_CORP = MatchCandidate(
    interview_id=5,
    company="X",
    contacts=("sam@x.com",),
    message_ids=(),
    first_thank_you_at=None,
)
ALL = (ACME, GLOBEX, FRIENDLY, ACME_ROBOTICS, X_CORP)
NEWSLETTER = {"List-Id": ["Acme News <news.acme.com>"], "List-Unsubscribe": ["<mailto:u@acme.com>"]}

# (id, message, expected match or None)
CASES = [
    ("thread-in-reply-to", received("someone@elsewhere.net", in_reply_to=["<ty-acme@example.org>"]), Match(1, "thread", "<ty-acme@example.org>")),
    (
        "thread-references-space-separated",
        received("x@y.net", references=["<a@b> <ty-globex@example.org>"]),
        Match(2, "thread", "<ty-globex@example.org>"),
    ),
    (
        "thread-references-comma-separated",
        received("x@y.net", references=["<a@b>,<reply-globex@globex.co.uk>, <c@d>"]),
        Match(2, "thread", "<reply-globex@globex.co.uk>"),
    ),
    (
        "thread-references-without-brackets",
        received("x@y.net", references=["ty-acme@example.org"]),
        Match(1, "thread", "<ty-acme@example.org>"),
    ),
    (
        "thread-wins-over-contact",
        received("jane@acme.com", in_reply_to=["<ty-globex@example.org>"]),
        Match(2, "thread", "<ty-globex@example.org>"),
    ),
    (
        "thread-even-before-thank-you-date",
        received("jane@acme.com", in_reply_to=["<ty-acme@example.org>"], date=THANKED - timedelta(days=5)),
        Match(1, "thread", "<ty-acme@example.org>"),
    ),
    ("contact-exact", received("jane@acme.com"), Match(1, "contact", "jane@acme.com")),
    ("contact-case-insensitive", received("Jane@ACME.com".lower()), Match(1, "contact", "jane@acme.com")),
    (
        "contact-via-reply-to",
        received("noreply@calendly.com", headers={"Reply-To": ["Jane Doe <jane@acme.com>"]}),
        Match(1, "contact", "jane@acme.com"),
    ),
    ("contact-on-gmail", received("bob.recruits@gmail.com"), Match(3, "contact", "bob.recruits@gmail.com")),
    ("domain-colleague", received("cto@acme.com"), Match(1, "domain", "acme.com")),
    ("domain-subdomain-and-co-uk", received("talent@careers.globex.co.uk"), Match(2, "domain", "globex.co.uk")),
    ("friend-on-gmail-not-linked", received("alice.friend@gmail.com", "Re: dinner"), None),
    ("company-newsletter-not-linked", received("news@acme.com", "Acme monthly", headers=NEWSLETTER), None),
    ("precedence-bulk-not-linked", received("marketing@acme.com", headers={"Precedence": ["bulk"]}), None),
    (
        "auto-reply-with-precedence-still-linked",
        received("office@acme.com", "Out of office", headers={"Precedence": ["junk"], "Auto-Submitted": ["auto-replied"]}),
        Match(1, "domain", "acme.com"),
    ),
    (
        "greenhouse-names-company",
        received("no-reply@us.greenhouse-mail.io", "Your application to Acme", "Hi Max, thank you for interviewing with Acme.", from_name="Acme Hiring Team"),
        Match(1, "ats", "Greenhouse"),
    ),
    (
        "greenhouse-names-another-company",
        received("no-reply@greenhouse-mail.io", "Your application to Hooli", "Thank you for your interest in Hooli.", from_name="Hooli"),
        None,
    ),
    (
        "lever-company-in-display-name-only",
        received("no-reply@hire.lever.co", "Next steps", "We'd like to invite you to a final round.", from_name="Globex Corporation"),
        Match(2, "ats", "Lever"),
    ),
    (
        "ats-legal-suffix-dropped",
        received("x@myworkday.com", "Update", "Globex has reviewed your application."),
        Match(2, "ats", "Workday"),
    ),
    (
        "ats-prefers-longest-company",
        received("x@ashbyhq.com", "Acme Robotics – next steps", "Thanks from the Acme Robotics team."),
        Match(4, "ats", "Ashby"),
    ),
    (
        "ats-short-name-not-inside-words",
        received("notifications@smartrecruiters.com", "Xylophone Inc", "Your Xbox application at Box."),
        None,
    ),
    ("ats-short-name-whole-word", received("notifications@smartrecruiters.com", "Update from X", "Hi."), Match(5, "ats", "SmartRecruiters")),
    ("ats-company-in-local-part", received("acme@myworkday.com", "Application update", "Hello"), Match(1, "ats", "Workday")),
    ("reply-older-than-thank-you-not-linked", received("jane@acme.com", date=THANKED - timedelta(hours=1)), None),
    ("domain-older-than-thank-you-not-linked", received("cto@acme.com", date=THANKED - timedelta(days=1)), None),
    ("own-address-never-matches", received("max@example.org", in_reply_to=["<ty-acme@example.org>"]), None),
    ("ats-relay-domain-is-not-a-company-domain", received("other@greenhouse-mail.io", "Hi", "Hi"), None),
    ("stranger", received("someone@unrelated.org"), None),
]


@pytest.mark.parametrize("msg,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_match_rules(msg, expected):
    assert match_reply_to_interview(msg, ALL, OWN) == expected


def test_several_candidates_prefer_most_recent_thank_you_before_the_message():
    older = MatchCandidate(10, "Acme", ("jane@acme.com",), (), THANKED - timedelta(days=30))
    newer = MatchCandidate(11, "Acme", ("jane@acme.com",), (), THANKED)
    future = MatchCandidate(12, "Acme", ("jane@acme.com",), (), LATER + timedelta(days=2))
    assert match_reply_to_interview(received("jane@acme.com"), (older, future, newer), OWN) == Match(11, "contact", "jane@acme.com")


def test_unknown_message_date_does_not_rule_out_candidates():
    assert match_reply_to_interview(received("jane@acme.com", date=None), ALL, OWN) == Match(1, "contact", "jane@acme.com")


def test_domain_rule_never_for_public_mail_domains():
    recruiter = MatchCandidate(20, "Initech", ("bob@gmail.com",), (), THANKED)
    assert match_reply_to_interview(received("carol@gmail.com"), (recruiter,), OWN) is None


def test_domain_rule_never_for_the_users_own_domain():
    cc_self = MatchCandidate(22, "Acme", ("jane@acme.com", "max@initech.com"), (), THANKED)
    own = OWN + ("max@initech.com",)
    assert match_reply_to_interview(received("boss@initech.com"), (cc_self,), own) is None
    assert match_reply_to_interview(received("cto@acme.com"), (cc_self,), own) == Match(22, "domain", "acme.com")


def test_ats_relay_contact_does_not_link_every_ats_mail_by_domain():
    relay = MatchCandidate(21, "Acme", ("acme+reply@greenhouse-mail.io",), (), THANKED)
    msg = received("other-company@greenhouse-mail.io", "Hooli update", "Hooli")
    assert match_reply_to_interview(msg, (relay,), OWN) is None


# --- helpers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "address,domain,company",
    [
        ("jane@acme.com", "acme.com", "acme.com"),
        ("jane@mail.acme.com", "acme.com", "acme.com"),
        ("jobs@careers.acme.co.uk", "acme.co.uk", "acme.co.uk"),
        ("x@empresa.com.mx", "empresa.com.mx", "empresa.com.mx"),
        ("x@gmail.com", "gmail.com", ""),
        ("x@hotmail.co.uk", "hotmail.co.uk", ""),
        ("x@yahoo.fr", "yahoo.fr", ""),
        ("x@gmx.de", "gmx.de", ""),
        ("x@web.de", "web.de", ""),
        ("x@orange.fr", "orange.fr", ""),
        ("x@orange.com", "orange.com", "orange.com"),
        ("x@icloud.com", "icloud.com", ""),
        ("x@proton.me", "proton.me", ""),
        ("x@localhost", "", ""),
        ("", "", ""),
    ],
)
def test_company_domain(address, domain, company):
    assert registrable_domain(address) == domain
    assert company_domain(address) == company


@pytest.mark.parametrize(
    "address,ats",
    [
        ("no-reply@greenhouse.io", "Greenhouse"),
        ("no-reply@us.greenhouse-mail.io", "Greenhouse"),
        ("acme@hire.lever.co", "Lever"),
        ("acme@myworkday.com", "Workday"),
        ("x@ashbyhq.com", "Ashby"),
        ("x@smartrecruiters.com", "SmartRecruiters"),
        ("x@talent.icims.com", "iCIMS"),
        ("x@teamtailor-mail.com", "Teamtailor"),
        ("x@workablemail.com", "Workable"),
        ("x@jobvite.com", "Jobvite"),
        ("x@bamboohr.com", "BambooHR"),
        ("x@recruitee.com", "Recruitee"),
        ("x@personio.de", "Personio"),
        ("x@taleo.net", "Taleo"),
        ("x@successfactors.eu", "SuccessFactors"),
        ("jane@acme.com", ""),
        ("x@gmail.com", ""),
    ],
)
def test_is_ats_sender(address, ats):
    assert is_ats_sender(address) == ats


@pytest.mark.parametrize(
    "headers,bulk",
    [
        ({}, False),
        ({"List-Id": ["<news.acme.com>"]}, True),
        ({"Precedence": ["bulk"]}, True),
        ({"Precedence": ["List"]}, True),
        ({"Precedence": ["junk"]}, True),
        ({"List-Unsubscribe": ["<mailto:u@acme.com>"]}, False),
        ({"List-Unsubscribe": ["<mailto:u@acme.com>"], "Precedence": ["bulk"]}, True),
        ({"Precedence": ["bulk"], "Auto-Submitted": ["auto-replied"]}, False),
        ({"Precedence": ["first-class"]}, False),
    ],
)
def test_is_bulk(headers, bulk):
    assert is_bulk(received("x@acme.com", headers=headers)) is bulk


def test_message_ids_are_split_on_commas_and_spaces():
    assert message_ids(["<a@b>,<c@d> <e@f>", "g@h"]) == ("<a@b>", "<c@d>", "<e@f>", "<g@h>")


# --- header-only pre-filter --------------------------------------------------------------------

def header_only(from_addr: str, **kwargs) -> ParsedMessage:
    return received(from_addr, text="", **kwargs)


PREFILTER = [
    ("thread", header_only("x@y.net", in_reply_to=["<ty-acme@example.org>"]), True),
    ("contact", header_only("jane@acme.com"), True),
    ("domain", header_only("cto@acme.com"), True),
    ("any-ats-sender", header_only("no-reply@greenhouse-mail.io", subject="Hooli"), True),
    ("mailer-daemon", header_only("MAILER-DAEMON@mx.example.org"), True),
    ("postmaster", header_only("postmaster@acme.com", date=THANKED - timedelta(days=9)), True),
    (
        "multipart-report",
        header_only("bounces@mx.example.net", content_type="multipart/report", headers={"Content-Type": ["multipart/report; report-type=delivery-status"]}),
        True,
    ),
    ("friend", header_only("alice.friend@gmail.com"), False),
    ("newsletter", header_only("news@acme.com", headers=NEWSLETTER), False),
    ("older-than-thank-you", header_only("jane@acme.com", date=THANKED - timedelta(days=1)), False),
    ("own-address", header_only("max.private@gmail.com"), False),
    ("stranger", header_only("someone@unrelated.org"), False),
]


@pytest.mark.parametrize("msg,expected", [c[1:] for c in PREFILTER], ids=[c[0] for c in PREFILTER])
def test_could_be_reply(msg, expected):
    assert could_be_reply(msg, ALL, OWN) is expected


@pytest.mark.parametrize("msg,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_prefilter_never_drops_a_message_that_would_match(msg, expected):
    if expected is not None:
        assert could_be_reply(msg, ALL, OWN)
