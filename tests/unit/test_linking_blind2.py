"""Blind set, round 2, for grouping: whole Sent messages run through detect_thank_you and then
linking.find_interview_for_thank_you, as sync does. Written before reading linking.py's rules.

Expectation (the candidate's view): one interview per hiring process, company and role; every
round of it (recruiter screen, hiring manager, panel, final round, each interviewer thanked
separately) joins it. A different role at the same company, or a new application months later,
is a new interview."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from interview_watch.core.models import ThankYouVerdict
from interview_watch.core.matching import company_domain
from interview_watch.core.thankyou import detect_thank_you
from interview_watch.linking import find_interview_for_thank_you
from tests.unit.test_linking_blind import FakeStore
from tests.unit.test_thankyou_blind2 import KNOWN_MISSES, SENT, mail

ME = "pat.candidate@gmail.com"


def sent(day: int, subject: str, body: str, to: tuple[str, ...], cc: tuple[str, ...] = (),
         join: int | None = None):
    """One thank-you `day` days after the first; `join` the index of the earlier one whose
    interview it belongs to, None for a new interview."""
    msg = mail(f"g{day}-{abs(hash(subject)) % 10**6}", subject, body, to, sender=ME, cc=cc)
    return replace(msg, date=SENT + timedelta(days=day)), join


def seq(cid: str, *items, xfail: str = ""):
    xfail = xfail or KNOWN_MISSES.get(cid, "")
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(list(items), id=cid, marks=marks)


def ty(who: str, what: str, when: str = "today") -> str:
    return f"Hi {who},\n\nThank you for {what} {when}. I enjoyed our conversation.\n\nBest,\nPat"


SEQUENCES = [
    seq("recruiter-screen-then-hiring-manager",
        sent(0, "Thank you", ty("Sarah", "the phone screen for the Data Analyst role"), ("sarah@shopwell.com",)),
        sent(7, "Thank you – Data Analyst", ty("Tom", "the interview for the Data Analyst position"),
             ("tom.r@shopwell.com",), join=0)),
    seq("first-round-then-final-round-other-people",
        sent(0, "Thank you", ty("Jane", "the first-round interview for the Backend Engineer role"),
             ("jane@shipfast.dev",)),
        sent(14, "Thank you for the final round", ty("Ravi and Lee", "the final round"),
             ("ravi@shipfast.dev", "lee@shipfast.dev"), cc=("talent@shipfast.dev",), join=0)),
    seq("panel-each-interviewer-thanked-separately",
        sent(0, "Thank you", ty("Anna", "the technical interview"), ("anna@novachem.com",)),
        sent(0, "Thank you", ty("Ben", "the conversation about the team"), ("ben@novachem.com",), join=0),
        sent(0, "Thank you", ty("Carla", "walking me through the process"), ("carla@novachem.com",), join=0)),
    seq("two-companies-same-day",
        sent(0, "Thank you", ty("Anna", "the interview for the QA Engineer role"), ("anna@novachem.com",)),
        sent(0, "Thank you", ty("Kim", "the interview for the QA Engineer role"), ("kim@qualiteo.fr",))),
    seq("same-company-two-different-roles",
        sent(0, "Thank you – Data Analyst", ty("Tom", "the interview for the Data Analyst position"),
             ("tom@bigbank.com",)),
        sent(3, "Thank you – Risk Manager", ty("Eve", "the interview for the Risk Manager position"),
             ("eve@bigbank.com",))),
    seq("same-company-new-application-five-months-later",
        sent(0, "Thank you", ty("Tom", "the interview for the Data Analyst position"), ("tom@bigbank.com",)),
        sent(150, "Thank you", ty("Tom", "the interview for the Senior Data Analyst position"),
             ("tom@bigbank.com",))),
    seq("agency-recruiter-then-client-hiring-manager",
        sent(0, "Today at Globex", ty("Ines", "arranging the interview with Globex", ""),
             ("ines@talentwave-recruiting.com",)),
        sent(1, "Thank you", ty("Marco", "the interview"), ("marco@globex.com",), join=0)),
    seq("company-sister-domain",
        sent(0, "Thank you", ty("Jane", "the interview"), ("jane@acme.com",)),
        sent(5, "Thank you", ty("Bob", "the second interview"), ("bob@acme.co.uk",), join=0)),
    seq("gmail-recruiter-names-company-then-company-address",
        sent(0, "Thank you", ty("Jess", "the interview for the Office Manager position at Pied Piper"),
             ("jess.recruits@gmail.com",)),
        sent(6, "Thank you", ty("Richard", "the final interview"), ("richard@piedpiper.com",), join=0)),
    seq("de-erstgespraech-then-zweitgespraech",
        sent(0, "Vielen Dank", "Sehr geehrte Frau Wagner,\n\nvielen Dank für das Erstgespräch heute."
             "\n\nMit freundlichen Grüßen\nPat", ("wagner@stadtwerke-nord.de",)),
        sent(10, "Vielen Dank", "Sehr geehrter Herr Ott,\n\nvielen Dank für das zweite Gespräch "
             "heute.\n\nMit freundlichen Grüßen\nPat", ("ott@stadtwerke-nord.de",), join=0)),
    seq("two-gmail-interviewers-different-companies-named",
        sent(0, "Thank you", ty("Al", "the interview for the Designer role at Hooli"), ("al.design@gmail.com",)),
        sent(1, "Thank you", ty("Bo", "the interview for the Designer role at Initech"), ("bo.design@gmail.com",))),
    seq("similar-brand-different-companies",
        sent(0, "Thank you", ty("Ann", "the interview"), ("ann@novabank.com",)),
        sent(2, "Thank you", ty("Ned", "the interview"), ("ned@novachem.com",))),
    seq("same-person-second-round-thank-you-again",
        sent(0, "Thank you", ty("Laura", "the interview for the Customer Success Manager role"),
             ("laura.b@lumio.com",)),
        sent(9, "Thank you again", ty("Laura", "having me back for the second round"),
             ("laura.b@lumio.com",), join=0)),
    seq("coffee-chat-then-formal-interview",
        sent(0, "Thanks for the coffee", ty("Sam", "grabbing coffee and telling me about the Staff "
             "Data Engineer opening", "on Friday"), ("sam.ortiz@quarry.ai",)),
        sent(12, "Thank you", ty("Lee", "the technical interview for the Staff Data Engineer role"),
             ("lee@quarry.ai",), join=0)),
    seq("interleaved-three-companies-rounds",
        sent(0, "Thank you", ty("Jane", "the interview"), ("jane@acme.com",)),
        sent(1, "Thank you", ty("Kim", "the interview"), ("kim@globex.com",)),
        sent(2, "Thank you", ty("Lou", "the interview"), ("lou@initech.com",)),
        sent(8, "Thank you", ty("Max", "the final round"), ("max@globex.com",), join=1),
        sent(9, "Thank you", ty("Nia", "the onsite"), ("nia@acme.com",), join=0)),
]


@pytest.mark.parametrize("items", SEQUENCES)
def test_blind2_grouping(items):
    store = FakeStore()
    ids: list[int] = []
    for n, (msg, join) in enumerate(items):
        # as the sync does: the company domains of the interviews already open
        open_at = {company_domain(c) for iv in store.interviews() for c in iv.contacts} - {""}
        verdict = detect_thank_you(msg, (ME,), open_at)
        assert verdict is not None, (n, msg.text)
        recipients = tuple(a for a in msg.to + msg.cc if a != ME)
        iid = find_interview_for_thank_you(store, verdict, recipients, msg.date)
        if join is None:
            assert iid not in ids, (n, verdict, store.rows)
        else:
            assert iid == ids[join], (n, verdict, store.rows)
        ids.append(iid)


@pytest.mark.parametrize("first, second, same", [
    ("Data Analyst", "Senior Data Analyst", True),
    ("Data Analyst", "Risk Manager", False),
    ("Backend Engineer", "", True),
    ("Backend Engineer", "Zoom", True),  # not a job title: no sign of another application
    ("Product Manager", "Head of Product", True),  # not a title's last word: kept together
])
def test_roles_split_only_two_titles_with_nothing_in_common(first, second, same):
    store = FakeStore()
    a = find_interview_for_thank_you(store, ThankYouVerdict("Acme", first, ("t",)), ("jane@acme.com",), SENT)
    b = find_interview_for_thank_you(store, ThankYouVerdict("Acme", second, ("t",)), ("jane@acme.com",),
                                     SENT + timedelta(days=3))
    assert (a == b) is same


def test_a_round_four_months_on_still_joins_but_a_new_application_later_does_not():
    store = FakeStore()
    verdict = ThankYouVerdict("Acme", "Data Analyst", ("t",))
    a = find_interview_for_thank_you(store, verdict, ("jane@acme.com",), SENT)
    assert find_interview_for_thank_you(store, verdict, ("bob@acme.com",), SENT + timedelta(days=110)) == a
    assert find_interview_for_thank_you(store, verdict, ("bob@acme.com",), SENT + timedelta(days=130)) != a
