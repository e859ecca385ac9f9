"""A thin thank-you ("thanks for the conversation today", no word about a job) counts when a
recipient works where an interview is already open, and only then: a freelancer thanks a client
in the same words."""

from __future__ import annotations

import pytest

from interview_watch.core.thankyou import detect_thank_you
from tests.unit.test_thankyou_blind2 import mail

THIN = [
    ("thx so much for your time today, great chatting w you! lmk if u need anything else from me",
     "mike@loophq.com", "loophq.com"),
    ("Merci encore pour l'échange d'hier, c'était super intéressant.", "julie@atelier-lumen.fr",
     "atelier-lumen.fr"),
    ("Thank you for the conversation about the team today, Ben.", "ben@novachem.com", "novachem.com"),
    ("Vielen Dank für das nette Gespräch heute!", "kai@mainstadt-werke.de", "mainstadt-werke.de"),
]


@pytest.mark.parametrize("body,to,domain", THIN)
def test_a_thin_thank_you_counts_where_an_interview_is_open(body, to, domain):
    msg = mail("thin-" + domain, "Thank you", body, (to,))
    assert detect_thank_you(msg, (msg.from_addr,)) is None  # alone it could be anyone's thanks
    verdict = detect_thank_you(msg, (msg.from_addr,), {domain, "other.example"})
    assert verdict is not None
    assert f"job_context: interview open at {domain}" in verdict.evidence


@pytest.mark.parametrize("body,to,domain", THIN)
def test_an_interview_open_elsewhere_does_not_make_it_one(body, to, domain):
    msg = mail("thin-elsewhere", "Thank you", body, (to,))
    assert detect_thank_you(msg, (msg.from_addr,), {"acme.com"}) is None


def test_what_is_not_a_thank_you_stays_so_at_a_company_with_an_open_interview():
    for body in ("Thanks for the update, I will bring the contract on Monday.",
                 "Thank you for letting me know. I wish you all the best with the new hire.",
                 "Thanks for sending the job ad, I'll forward it to my friend."):
        msg = mail("not-thin", "Re: your note", body, ("ben@novachem.com",))
        assert detect_thank_you(msg, (msg.from_addr,), {"novachem.com"}) is None, body
