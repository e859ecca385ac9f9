"""detect_machine_reply and classify on the families blind batch 13 taught: a leaver's mailbox,
delay warnings under other subjects, full mailboxes, and an ATS rejection that says its mailbox is
not monitored (still a rejection)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interview_watch.core.classify import classify
from interview_watch.core.machine import detect_machine_reply
from tests.unit.test_machine import make


def test_leavers_mailbox_without_headers_is_auto_reply():
    text = ("Hi, I've now left Brightwell. Please direct any recruitment queries to "
            "careers@brightwell.example. This mailbox is no longer monitored.")
    result = detect_machine_reply(make(text=text))
    assert result is not None and result.category == "auto_reply"


def test_person_who_left_a_note_is_not_an_auto_reply():
    text = "Thanks Alex - I've left the panel a note and they'll decide by Friday."
    assert detect_machine_reply(make(text=text)) is None


@pytest.mark.parametrize("subject", ["Warning: message delayed", "Mail delayed: Thank you"])
def test_delay_warning_subjects_are_not_bounces(subject):
    text = ("This is a warning message only. Your message has not yet been delivered to "
            "jane@acme.example. The mail system will continue trying for 4 more days.")
    result = detect_machine_reply(make(subject=subject, text=text, from_addr="noreply@mx.example"))
    assert result is not None and result.category == "other"


def test_mailbox_full_without_a_code_is_a_bounce():
    text = "Message not delivered to jane@acme.example: the recipient's mailbox is full."
    result = detect_machine_reply(make(subject="Mail delivery failed", text=text,
                                       from_addr="mailer-daemon@mx.example"))
    assert result is not None and result.category == "bounce"


def test_ats_rejection_saying_mailbox_not_monitored_stays_a_rejection():
    text = ("Hi Sam,\n\nThank you for interviewing for the Analyst role. Unfortunately we will "
            "not be moving forward with your application.\n\nThis mailbox is not monitored.")
    msg = make(subject="Your application", text=text, headers={"Auto-Submitted": "auto-generated"})
    assert classify(msg).category == "rejection"
    ack = replace(msg, text="Your message has been received. This inbox is not monitored.")
    assert classify(ack).category == "auto_reply"
