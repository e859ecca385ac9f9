"""Blind set for reply matching, written before reading core/matching.py.

Incoming mail as a real inbox holds it after a few interviews: replies from ATS relays naming the
company only in the display name, subject or body; a different person at the company; the
company's other domain; the recruiting agency the user thanked; threaded replies whose References
were truncated; scheduling mail from before the thank-you; the company's own newsletters and
shop mail; colleagues' mail when the user works at the company's domain.

Every row that links must also pass `could_be_reply` on its headers alone (the prefilter may
never drop a message the matcher would link).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from interview_watch.core.matching import could_be_reply, match_reply_to_interview
from interview_watch.core.models import MatchCandidate, ParsedMessage

OWN = ("max.muster@example.org", "max.muster@gmail.com", "max.muster@bigcorp.com")
THANKED = datetime(2026, 3, 3, 18, 30, tzinfo=timezone.utc)
LATER = THANKED + timedelta(days=2)
BEFORE = THANKED - timedelta(days=4)


def cand(iid: int, company: str, contacts: tuple[str, ...], mids: tuple[str, ...],
         at: datetime = THANKED) -> MatchCandidate:
    return MatchCandidate(interview_id=iid, company=company, contacts=contacts, message_ids=mids,
                          first_thank_you_at=at)


ACME = cand(1, "Acme", ("jane.doe@acme.com",), ("<ty-acme@example.org>", "<r1-acme@acme.com>"))
GLOBEX = cand(2, "Globex", ("k.schmidt@globex.de", "recruiting@globex.de"), ("<ty-globex@example.org>",))
HOOLI_VIA_AGENCY = cand(3, "Hooli", ("laura.w@talentbridge-recruiting.com",), ("<ty-hooli@example.org>",))
INITECH = cand(4, "Initech", ("bob.recruits@gmail.com",), ("<ty-initech@example.org>",))
UMBRELLA = cand(5, "Umbrella Corporation", ("mark@umbrella-corp.com",), ("<ty-umbrella@example.org>",))
BIGCORP = cand(6, "Bigcorp", ("hr.internal@bigcorp.com",), ("<ty-bigcorp@bigcorp.com>",))
BOX = cand(7, "Box", ("amy@box.com",), ("<ty-box@example.org>",))
AMAZON = cand(8, "Amazon", ("recruiter-jo@amazon.com",), ("<ty-amazon@example.org>",))
CONTOSO = cand(9, "Contoso Ltd.", ("rachel.green@contoso.com",), ("<ty-contoso@example.org>",))
ALL = (ACME, GLOBEX, HOOLI_VIA_AGENCY, INITECH, UMBRELLA, BIGCORP, BOX, AMAZON, CONTOSO)


def mail(cid: str, from_addr: str, subject: str = "Re: Thank you", text: str = "Thanks for your note.",
         *, name: str = "", date: datetime | None = LATER, irt: tuple[str, ...] = (),
         refs: tuple[str, ...] = (), headers: dict[str, tuple[str, ...]] | None = None,
         to: tuple[str, ...] = ("max.muster@example.org",), expect: tuple[int, str] | None = None,
         candidates: tuple[MatchCandidate, ...] = ALL):
    msg = ParsedMessage(
        message_id=f"<{cid}@mail.example>",
        subject=subject,
        from_addr=from_addr,
        from_name=name,
        to=to,
        cc=(),
        date=date,
        in_reply_to=irt,
        references=refs,
        headers={k.lower(): v for k, v in (headers or {}).items()},
        text=text,
        html="",
        content_type="text/plain",
    )
    return pytest.param(msg, candidates, expect, id=cid)


CASES = [
    # -- threads ------------------------------------------------------------------------------
    mail("thread-direct", "jane.doe@acme.com", irt=("<ty-acme@example.org>",), expect=(1, "thread")),
    mail("thread-references-truncated-keeps-earlier-reply", "someone.new@acme.com",
         irt=("<internal-fwd@acme.com>",), refs=("<r1-acme@acme.com>", "<internal-fwd@acme.com>"),
         expect=(1, "thread")),
    mail("thread-reply-from-public-domain-hiring-manager", "paul.private@outlook.com",
         irt=("<ty-globex@example.org>",), expect=(2, "thread")),
    mail("thread-references-truncated-contact-still-links", "k.schmidt@globex.de",
         irt=("<abc@globex.de>",), refs=("<abc@globex.de>",), expect=(2, "contact")),
    mail("thread-refs-comma-and-space-joined-values", "x@unknown.org",
         refs=("<zzz@a.b>, <ty-umbrella@example.org>",), expect=(5, "thread")),
    # -- contacts -----------------------------------------------------------------------------
    mail("contact-plain", "jane.doe@acme.com", expect=(1, "contact")),
    mail("contact-upper-case-address", "Jane.Doe@ACME.com", expect=(1, "contact")),
    mail("contact-gmail-recruiter", "bob.recruits@gmail.com", expect=(4, "contact")),
    mail("contact-agency-recruiter-thanked", "laura.w@talentbridge-recruiting.com",
         subject="Feedback from Hooli", expect=(3, "contact")),
    mail("contact-via-reply-to-calendly", "notifications@calendly.com", name="Jane Doe via Calendly",
         subject="New Event: Max Muster - 45 min", headers={"Reply-To": ("jane.doe@acme.com",)},
         expect=(1, "contact")),
    mail("contact-before-thank-you-is-scheduling", "jane.doe@acme.com", subject="Interview tomorrow",
         text="Looking forward to meeting you tomorrow at 11.", date=BEFORE, expect=None),
    mail("contact-no-date-still-links", "jane.doe@acme.com", date=None, expect=(1, "contact")),
    mail("other-gmail-person-not-linked", "random.person@gmail.com", expect=None),
    mail("own-address-not-linked", "max.muster@example.org", irt=("<ty-acme@example.org>",), expect=None),
    # -- company domains ----------------------------------------------------------------------
    mail("domain-different-person", "tom.hr@acme.com", subject="Next steps",
         text="Hi Max, Jane passed on your note. We'd like to invite you to a second interview.",
         expect=(1, "domain")),
    mail("domain-subdomain-careers", "careers-noreply@careers.acme.com",
         subject="Your application for Data Engineer",
         text="Thank you for your interest in Acme. Unfortunately we will not move forward.",
         expect=(1, "domain")),
    mail("domain-agency-colleague", "mike@talentbridge-recruiting.com", subject="Hooli update",
         text="Hi Max, Laura is out today - Hooli would like to see you again next week.",
         expect=(3, "domain")),
    mail("domain-company-other-tld", "anna.k@acme.io", subject="Your interview with Acme",
         text="Hi Max, thanks for interviewing with us. Could you send two references?",
         expect=(1, "domain")),
    mail("domain-other-tld-of-german-company", "talent@globex.com", subject="Ihre Bewerbung",
         text="Hallo Herr Muster, vielen Dank für das Gespräch.", expect=(2, "domain")),
    mail("domain-newsletter-from-company-not-linked", "news@acme.com", subject="Acme Monthly: March",
         text="What's new at Acme this month. Unsubscribe here.",
         headers={"List-Unsubscribe": ("<mailto:unsub@acme.com>",), "Precedence": ("bulk",)},
         expect=None),
    mail("domain-marketing-list-unsubscribe-only-not-linked", "deals@acme.com",
         subject="Spring sale - 20% off", text="Shop now. Unsubscribe.",
         headers={"List-Unsubscribe": ("<https://acme.com/u/1>",),
                  "List-Unsubscribe-Post": ("List-Unsubscribe=One-Click",)},
         expect=None),
    mail("domain-shop-order-confirmation-not-linked", "auto-confirm@amazon.com",
         subject="Your Amazon.com order #112-3456789 has shipped",
         text="Hello Max, your package will arrive Thursday. Track your package.", expect=None),
    mail("domain-contact-at-shop-company-still-links", "recruiter-jo@amazon.com",
         subject="Re: Thank you", expect=(8, "contact")),
    mail("domain-other-person-at-shop-company-about-interview", "hiring-team@amazon.com",
         subject="Next steps for your Amazon interview",
         text="Hi Max, thank you for interviewing. We would like to schedule a final loop.",
         expect=(8, "domain")),
    mail("domain-colleague-at-own-work-domain-not-linked", "alice@bigcorp.com",
         subject="Lunch?", text="Want to grab lunch?", to=("max.muster@bigcorp.com",), expect=None),
    mail("domain-own-work-domain-contact-links", "hr.internal@bigcorp.com",
         subject="Re: Thank you", to=("max.muster@bigcorp.com",), expect=(6, "contact")),
    mail("domain-box-not-dropbox", "no-reply@dropbox.com", subject="Your Dropbox is almost full",
         text="Upgrade to Dropbox Plus.", expect=None),
    # -- applicant-tracking systems -------------------------------------------------------------
    mail("ats-greenhouse-display-name", "no-reply@us.greenhouse-mail.io", name="Acme via Greenhouse",
         subject="Update on your application", text="Hi Max, thank you for your time. We've decided "
         "to move forward with other candidates.", expect=(1, "ats")),
    mail("ats-lever-company-in-body-only", "no-reply@hire.lever.co", name="",
         subject="Your application", text="Hi Max,\n\nThanks for interviewing with us. We'd love to "
         "invite you to an onsite.\n\nThe Umbrella Corporation Talent Team", expect=(5, "ats")),
    mail("ats-workday-company-in-subject", "globex@myworkday.com", subject="Globex: Status update",
         text="Dear Max, your candidacy has been reviewed.", expect=(2, "ats")),
    mail("ats-company-with-legal-suffix-in-mail", "notifications@smartrecruiters.com",
         name="Contoso Recruiting", subject="Contoso Ltd - your application",
         text="Dear Max, thank you for interviewing with Contoso.", expect=(9, "ats")),
    mail("ats-names-company-without-interview", "no-reply@hire.lever.co", name="Stark Industries",
         subject="Thanks for applying to Stark Industries", text="We received your application.",
         expect=None),
    mail("ats-box-not-inside-dropbox", "no-reply@hire.lever.co", name="Dropbox",
         subject="Your application to Dropbox", text="Thanks for applying to Dropbox.", expect=None),
    mail("ats-job-alert-bulk-not-linked", "jobs-noreply@greenhouse.io", name="Acme via Greenhouse",
         subject="New jobs at Acme", text="New roles at Acme you may like.",
         headers={"List-Id": ("<alerts.greenhouse.io>",)}, expect=None),
    mail("ats-before-thank-you-not-linked", "no-reply@us.greenhouse-mail.io", name="Acme via Greenhouse",
         subject="Interview confirmation", text="Your interview with Acme is confirmed.",
         date=BEFORE, expect=None),
    mail("ats-ashby-company-in-display", "no-reply@ashbyhq.com", name="Globex Hiring Team",
         subject="Following up", text="Hi Max, we'd love to move you to the final round.",
         expect=(2, "ats")),
    mail("ats-personio-german", "noreply@globex.jobs.personio.de", name="Globex GmbH",
         subject="Ihre Bewerbung bei der Globex GmbH",
         text="Sehr geehrter Herr Muster, leider müssen wir Ihnen mitteilen ...", expect=(2, "ats")),
]


@pytest.mark.parametrize("msg, candidates, expect", CASES)
def test_blind_match(msg, candidates, expect):
    found = match_reply_to_interview(msg, candidates, OWN)
    got = None if found is None else (found.interview_id, found.matched_by)
    assert got == expect, found


@pytest.mark.parametrize("msg, candidates, expect", [c for c in CASES if c.values[2] is not None])
def test_blind_prefilter_keeps_every_linked_message(msg, candidates, expect):
    head = replace(msg, text="", html="")
    assert could_be_reply(head, candidates, OWN)
