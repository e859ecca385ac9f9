"""Blind set for grouping thank-yous into interviews (linking.find_interview_for_thank_you),
written before reading linking.py's rules: a run of thank-yous as one job search produces them,
each row saying which earlier thank-you's interview the next one joins, or none."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from interview_watch.core.models import Interview, ThankYouVerdict
from interview_watch.linking import find_interview_for_thank_you

T0 = datetime(2026, 3, 2, 18, 0, tzinfo=timezone.utc)


class FakeStore:
    """The three Store methods linking uses, in memory."""

    def __init__(self) -> None:
        self.rows: dict[int, Interview] = {}

    def interviews(self) -> list[Interview]:
        return list(self.rows.values())

    def add_interview(self, company, role, contacts, created_at, source, interview_at=None) -> int:
        iid = len(self.rows) + 1
        self.rows[iid] = Interview(iid, company, role, tuple(sorted(set(contacts))), interview_at,
                                   created_at, source)
        return iid

    def update_interview(self, interview_id: int, **fields) -> None:
        self.rows[interview_id] = replace(self.rows[interview_id], **fields)


def ty(company: str, recipients: tuple[str, ...], role: str = "") -> tuple[ThankYouVerdict, tuple[str, ...]]:
    return ThankYouVerdict(company=company, role=role, evidence=("test",)), recipients


# Each row: thank-yous in send order, and for each the index of the earlier thank-you whose
# interview it joins (None: a new interview).
SEQUENCES = [
    pytest.param([ty("Acme", ("jane@acme.com",)), ty("Acme", ("bob@acme.com",))], [None, 0],
                 id="second-interviewer-same-domain-joins"),
    pytest.param([ty("Acme", ("jane@acme.com",)), ty("Acme", ("jane@acme.com", "cto@acme.com"))],
                 [None, 0], id="same-contact-joins"),
    pytest.param([ty("Hooli", ("bob.recruits@gmail.com",)), ty("Hooli", ("gavin@hooli.xyz",))],
                 [None, 0], id="gmail-recruiter-then-hiring-manager-same-company-name-joins"),
    pytest.param([ty("Acme Inc.", ("jane@acme.com",)), ty("ACME", ("ceo@acme-holdings.com",))],
                 [None, 0], id="company-name-with-legal-suffix-joins"),
    pytest.param([ty("Hooli", ("laura@talentbridge-recruiting.com",)),
                  ty("Initech", ("laura@talentbridge-recruiting.com",))],
                 [None, None], id="agency-recruiter-for-two-companies-stays-apart"),
    pytest.param([ty("Hooli", ("laura@talentbridge-recruiting.com",)),
                  ty("Initech", ("mike@talentbridge-recruiting.com",))],
                 [None, None], id="agency-domain-for-two-companies-stays-apart"),
    pytest.param([ty("Hooli", ("laura@talentbridge-recruiting.com",)),
                  ty("Talentbridge Recruiting", ("laura@talentbridge-recruiting.com",))],
                 [None, 0], id="agency-recruiter-second-note-without-client-name-joins"),
    pytest.param([ty("Initech", ("bob.recruits@gmail.com",)), ty("Globex", ("bob.recruits@gmail.com",))],
                 [None, None], id="gmail-recruiter-for-two-companies-stays-apart"),
    # (removed after the first pass: "public-domain-strangers-stay-apart" gave both verdicts the
    # company "Gmail", which the detector never names: company_domain drops public mail domains.)
    pytest.param([ty("", ("a.friend@gmail.com",)), ty("", ("someone.else@gmail.com",))],
                 [None, None], id="no-company-public-domain-stay-apart"),
    pytest.param([ty("Acme", ("jane@acme.com",)), ty("Globex", ("k@globex.de",)), ty("Acme", ("x@acme.com",))],
                 [None, None, 0], id="interleaved-companies"),
    pytest.param([ty("Acme", ("jane@acme.com",)), ty("Acme", ("anna@acme.io",))],
                 [None, 0], id="company-other-tld-same-name-joins"),
]


@pytest.mark.parametrize("sequence, joins", SEQUENCES)
def test_blind_grouping(sequence, joins):
    store = FakeStore()
    ids: list[int] = []
    for n, ((verdict, recipients), join) in enumerate(zip(sequence, joins)):
        iid = find_interview_for_thank_you(store, verdict, recipients, T0 + timedelta(days=n))
        if join is None:
            assert iid not in ids, (n, store.rows)
        else:
            assert iid == ids[join], (n, store.rows)
        ids.append(iid)


def test_agency_interview_takes_the_client_named_later():
    store = FakeStore()
    first = find_interview_for_thank_you(
        store, *ty("Talentbridge Recruiting", ("laura@talentbridge-recruiting.com",)), T0)
    again = find_interview_for_thank_you(
        store, *ty("Hooli", ("laura@talentbridge-recruiting.com",)), T0 + timedelta(days=1))
    assert again == first and store.rows[first].company == "Hooli"
    other = find_interview_for_thank_you(
        store, *ty("Initech", ("laura@talentbridge-recruiting.com",)), T0 + timedelta(days=2))
    assert other != first and store.rows[other].company == "Initech"


def test_joining_keeps_company_and_adds_contacts():
    store = FakeStore()
    first = find_interview_for_thank_you(store, *ty("Acme", ("jane@acme.com",), "Data Engineer"), T0)
    again = find_interview_for_thank_you(store, *ty("Acme", ("bob@acme.com",)), T0 + timedelta(days=1))
    assert again == first
    iv = store.rows[first]
    assert iv.company == "Acme" and iv.role == "Data Engineer"
    assert set(iv.contacts) == {"jane@acme.com", "bob@acme.com"}
