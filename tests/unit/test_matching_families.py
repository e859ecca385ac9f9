"""Reply matching by family: more members of the families the blind set taught (a company's
other domain, its shop and newsletter mail, automatic careers senders), so each rule is checked
beyond the sentence that found it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interview_watch.core.company_mail import sibling_label
from interview_watch.core.matching import could_be_reply, match_reply_to_interview
from tests.unit.test_matching_blind import OWN, cand, mail

KAUFLAND = cand(11, "Kaufland Digital", ("s.becker@kaufland-digital.de",), ("<ty-k@example.org>",))
WIDE = cand(12, "Wideworldimporters", ("priya@wideworldimporters.com",), ("<ty-w@example.org>",))
BAHN = cand(13, "Deutsche Bahn", ("hr@deutschebahn.com",), ("<ty-db@example.org>",))

FAMILIES = [
    mail("sibling-country-domain", "people@acme.co.uk", subject="Your interview",
         text="Hi Max, the team would like to meet you again.", expect=(1, "domain")),
    mail("sibling-of-own-work-domain-not-linked", "alice@bigcorp.de", subject="Team offsite",
         text="Are you coming to the offsite?", expect=None),
    mail("contact-with-list-unsubscribe-still-links", "jane.doe@acme.com", subject="Re: Thank you",
         headers={"List-Unsubscribe": ("<mailto:u@acme.com>",)}, expect=(1, "contact")),
    mail("automatic-german-careers-sender", "noreply@globex.de", subject="Ihre Bewerbung",
         text="Sehr geehrter Herr Muster, vielen Dank für Ihr Interesse.", expect=(2, "domain")),
    mail("automatic-german-shop-sender", "bestellung@globex.de", subject="Ihre Bestellung 4711",
         text="Vielen Dank für Ihren Einkauf. Ihr Paket ist unterwegs.", expect=None),
    mail("person-at-company-without-hiring-words", "cto@acme.com", subject="Thursday?",
         text="Hi Max, are you free on Thursday to meet me?", expect=(1, "domain")),
    # an ATS names the company its own way
    mail("ats-short-form-of-domain-name", "no-reply@hire.lever.co", name="Kaufland",
         subject="Your application", text="Thanks, the Kaufland team", candidates=(KAUFLAND, WIDE),
         expect=(11, "ats")),
    mail("ats-spaced-form-of-domain-name", "no-reply@ashbyhq.com", name="Wide World Importers",
         subject="Next steps", text="Hi Max", candidates=(KAUFLAND, WIDE), expect=(12, "ats")),
    mail("ats-generic-first-word-is-not-a-short-form", "no-reply@hire.lever.co", name="Deutsche Bank",
         subject="Ihre Bewerbung", text="Vielen Dank", candidates=(BAHN,), expect=None),
    mail("newsletter-from-sibling-domain", "news@acme.io", subject="Acme Weekly",
         text="This week at Acme.", headers={"List-Unsubscribe": ("<mailto:u@acme.io>",)}, expect=None),
]


@pytest.mark.parametrize("msg, candidates, expect", FAMILIES)
def test_families(msg, candidates, expect):
    found = match_reply_to_interview(msg, candidates, OWN)
    assert (None if found is None else (found.interview_id, found.matched_by)) == expect, found
    if expect is not None:
        assert could_be_reply(replace(msg, text="", html=""), candidates, OWN)


def test_prefilter_keeps_automatic_senders_whose_body_is_unknown():
    msg = FAMILIES[4].values[0]  # the shop mail: only its body rules it out
    assert could_be_reply(replace(msg, text=""), FAMILIES[4].values[1], OWN)


@pytest.mark.parametrize(
    "domain, other, label",
    [
        ("acme.io", "acme.com", "acme"),
        ("acme.co.uk", "acme.com", "acme"),
        ("acme.com", "acme.com", ""),
        ("acme.com", "acme-robotics.com", ""),
        ("mail.de", "mail.com", ""),
        ("jobs.de", "jobs.com", ""),
        ("hp.com", "hp.de", ""),
    ],
)
def test_sibling_label(domain, other, label):
    assert sibling_label(domain, other) == label
