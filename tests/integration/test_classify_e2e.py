"""End to end on the real Dovecot: each linked reply's category and each interview's response speed.

Dates are anchored on a Monday two to three weeks back (UTC, no holidays), so the business-day
arithmetic is known exactly: Monday 10:00 -> Monday 16:00 is 0.25 days (prompt), -> Wednesday
12:00 is 2.08 (normal), -> next Monday 10:00 is 5.0 (slow).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

from tests.fixtures.apps import make_app
from tests.fixtures.dovecot import dovecot  # noqa: F401
from tests.fixtures.scenarios import ME, message, reply, thank_you

pytestmark = pytest.mark.dovecot


def anchor_monday(now: datetime) -> datetime:
    day = (now - timedelta(days=14)).replace(hour=10, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def bounce_for(ty_mid: str, rcpt: str, at: datetime) -> bytes:
    boundary = "b0unce"
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
        f"To: {ME}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {at.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\nMessage-ID: <bounce-e2e@mx.example.net>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {ME}\r\nTo: {rcpt}\r\nSubject: Thank you\r\nMessage-ID: {ty_mid}\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode()


def test_each_reply_has_its_category_and_each_interview_its_speed(dovecot, tmp_path, monkeypatch):  # noqa: F811
    now = datetime.now(timezone.utc)
    mon = anchor_monday(now)
    user = dovecot.new_user()
    var = "IW_PW_" + os.urandom(4).hex()
    monkeypatch.setenv(var, user.password)
    cases = [
        # company, contact, reply delay, reply body, expected category, expected speed
        ("Northwind", "ann@northwind.com", timedelta(hours=6),
         "Hi Sam,\n\nThe team loved meeting you. We'd like to invite you to a final panel with our CTO. "
         "Could you send me a few times that work next week?\n\nAnn\n", "second_interview", "prompt"),
        ("Initech", "bill@initech.com", timedelta(days=2, hours=2),
         "Hi Sam,\n\nI'm thrilled to let you know we'd like you to join Initech! Your offer letter with "
         "the salary and start date is attached; please review and sign by Friday.\n\nBill\n", "offer", "normal"),
        ("Globex", "cara@globex.com", timedelta(days=7),
         "Dear Sam,\n\nThank you for your time. We were very impressed, however we have decided to pursue "
         "other candidates whose experience more closely matches the role.\n\nCara\n", "rejection", "slow"),
        ("Hooli", "dan@hooli.com", timedelta(hours=6),
         "Hi Sam,\n\nCould you send us the contact details of two references and a recent work sample?\n\n"
         "Dan\n", "info_request", "prompt"),
        ("Umbrella", "eve@umbrella.com", timedelta(days=2, hours=2),
         "Hi Sam,\n\nThanks for your note! We're still interviewing and will be in touch about next steps "
         "in a couple of weeks.\n\nEve\n", "acknowledgment", "normal"),
    ]
    for company, contact, delay, body, _cat, _speed in cases:
        ty = thank_you(contact, company, "Engineer", mon, f"<ty-{company}@example.net>")
        dovecot.append(user.name, "Sent", ty.raw, internaldate=ty.at)
        r = reply(f"{company} <{contact}>", "Re: Thank you - Engineer interview", body, mon + delay,
                  f"<r-{company}@{contact.split('@')[1]}>", headers={"In-Reply-To": ty.message_id})
        dovecot.append(user.name, "INBOX", r.raw, internaldate=r.at)
    # An out-of-office only: no human reply, more than 5 business days ago -> silent.
    ooo_ty = thank_you("fay@stark.com", "Stark", "Engineer", mon, "<ty-Stark@example.net>")
    dovecot.append(user.name, "Sent", ooo_ty.raw, internaldate=ooo_ty.at)
    dovecot.append(user.name, "INBOX", message(
        frm="Fay <fay@stark.com>", to=ME, subject="Automatic reply: Thank you - Engineer interview",
        body="I am currently out of the office with limited access to email and will return soon.\n",
        at=mon + timedelta(minutes=3), mid="<ooo@stark.com>",
        headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<ty-Stark@example.net>"}))
    # A bounce of the thank-you itself.
    bad_ty = thank_you("gus@acme-robotics.com", "Acme Robotics", "Engineer", mon, "<ty-Acme@example.net>")
    dovecot.append(user.name, "Sent", bad_ty.raw, internaldate=bad_ty.at)
    dovecot.append(user.name, "INBOX", bounce_for("<ty-Acme@example.net>", "gus@acme-robotics.com",
                                                  mon + timedelta(minutes=1)))

    app = make_app(tmp_path, dovecot.account(user.name, password_env=var, addresses=(ME,)))
    try:
        [result] = app.poll_once()
        assert result.error is None, result.error
        doc = app.snapshot()
    finally:
        app.close()
    by_company = {iv["company"]: iv for iv in doc["interviews"]}
    for company, _contact, _delay, _body, category, speed in cases:
        iv = by_company[company]
        assert [r["category"] for r in iv["replies"]] == [category], (company, iv["replies"])
        assert iv["replies"][0]["evidence"], company
        assert 0 < iv["replies"][0]["confidence"] <= 1
        assert iv["response_speed"] == speed, (company, iv["business_days_to_reply"])
    assert by_company["Globex"]["business_days_to_reply"] == pytest.approx(5.0, abs=0.01)
    assert by_company["Northwind"]["business_days_to_reply"] == pytest.approx(0.25, abs=0.01)
    stark = by_company["Stark"]
    assert [r["category"] for r in stark["replies"]] == ["auto_reply"]
    assert stark["response_speed"] == "silent" and stark["status"] == "silent"
    acme = by_company["Acme Robotics"]
    assert [(r["category"], r["matched_by"]) for r in acme["replies"]] == [("bounce", "bounce")]
    assert acme["status"] == "undelivered"
    assert {iv["status"] for iv in doc["interviews"]} >= {
        "second_interview", "offer", "rejected", "info_requested", "acknowledged", "silent", "undelivered"}
