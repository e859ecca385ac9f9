"""Applicant-tracking systems mark their mail as automatic; what it says still decides."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from interview_watch.adapters.parsing import parse_message
from interview_watch.core.classify import classify
from tests.fixtures.scenarios import reply

AT = datetime(2026, 9, 8, 11, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("headers,subject,body,expected", [
    ({"Auto-Submitted": "auto-generated"}, "Your application to Initech",
     "Hi Sam,\n\nThank you for your interest in Initech. Unfortunately we have decided to move forward "
     "with other candidates.\n\nInitech Talent\n", "rejection"),
    ({"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, "Next steps with Initech",
     "Hi Sam,\n\nWe would like to invite you to the next round. Please pick a time that suits you: "
     "https://app.greenhouse.io/schedule/abc\n", "second_interview"),
    ({"X-Autoreply": "yes"}, "Ihre Bewerbung bei Initech",
     "Sehr geehrter Herr Candidate,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen "
     "Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nInitech HR\n", "rejection"),
    ({"Auto-Submitted": "auto-generated"}, "Application received",
     "Thank you for applying to Initech! We have received your application and will review it shortly.\n",
     "auto_reply"),
    ({"Auto-Submitted": "auto-replied"}, "Automatic reply: Thank you",
     "I am out of the office until Monday 14 September with no access to email.\n", "auto_reply"),
])
def test_machine_marked_mail_is_judged_by_its_words(headers, subject, body, expected):
    mail = reply("Initech Hiring <no-reply@greenhouse.io>", subject, body, AT, "<r@greenhouse.io>",
                 headers=headers)
    result = classify(parse_message(mail.raw))
    assert result.category == expected, result.evidence
    if expected != "auto_reply":
        assert any(e.startswith("header ") for e in result.evidence), "the header stays as evidence"
