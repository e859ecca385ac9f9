"""Interview status, history, reminders and next step, by tables.

The calendar: interview Thursday 2026-09-03 10:00 New York, thank-you that evening at 18:00.
Labor Day (Monday 2026-09-07) is a holiday, so the 5-business-day silence deadline falls on
Friday 2026-09-11 at 18:00.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from interview_watch.core.lifecycle import interview_state
from interview_watch.core.models import Interview, InterviewCues, Reply, ThankYou
from interview_watch.core.speed import BusinessClock
from interview_watch.errors import UsageError

NY = ZoneInfo("America/New_York")
CLOCK = BusinessClock("America/New_York", "US-NY")
SILENCE = 5
INTERVIEW_AT = datetime(2026, 9, 3, 10, tzinfo=NY)
TY_AT = datetime(2026, 9, 3, 18, tzinfo=NY)
DEADLINE = datetime(2026, 9, 11, 18, tzinfo=NY)
MINUTE = timedelta(minutes=1)
LATER = datetime(2026, 10, 1, 12, tzinfo=NY)


def sep(day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, 9, day, hour, minute, tzinfo=NY)


def interview(**changes) -> Interview:
    values = dict(id=7, company="Acme", role="Backend Engineer", contacts=("jane@acme.com",),
                  interview_at=INTERVIEW_AT, created_at=INTERVIEW_AT, source="manual")
    values.update(changes)
    return Interview(**values)


def thank_you(at: datetime = TY_AT, mid: str = "<ty1@me>") -> ThankYou:
    return ThankYou(interview_id=7, message_id=mid, sent_at=at, to=("jane@acme.com",),
                    subject="Thank you")


def reply(category: str, at: datetime, mid: str, **changes) -> Reply:
    sender = "mailer-daemon@mx.acme.com" if category == "bounce" else "jane@acme.com"
    values = dict(interview_id=7, message_id=mid, received_at=at, from_addr=sender,
                  from_name="" if category == "bounce" else "Jane Doe", subject="Re: Thank you",
                  category=category, confidence=0.9, evidence=(f"{category} phrase",),
                  matched_by="thread")
    values.update(changes)
    return Reply(**values)


def state(replies=(), thank_yous=(TY_AT,), now=LATER, **interview_changes):
    tys = [thank_you(at, f"<ty{i + 1}@me>") for i, at in enumerate(thank_yous)]
    return interview_state(interview(**interview_changes), tys, list(replies), now, CLOCK, SILENCE)


ACK = reply("acknowledgment", sep(4, 9), "<ack@acme>")
INVITE = reply("second_interview", sep(4, 10), "<inv@acme>")
INFO = reply("info_request", sep(4, 11), "<info@acme>")
OFFER = reply("offer", sep(8, 10), "<offer@acme>")
REJECT = reply("rejection", sep(9, 10), "<rej@acme>")
BOUNCE = reply("bounce", sep(3, 18, 5), "<dsn@mx>", evidence=("5.1.1 user unknown",))
OOO = reply("auto_reply", sep(3, 18, 1), "<ooo@acme>", return_date=date(2026, 9, 14))
OTHER = reply("other", sep(8, 9), "<other@acme>")


@pytest.mark.parametrize(
    "name, replies, thank_yous, now, expected_status, expected_path, expected_next",
    [
        ("no thank-you yet", [], (), sep(3, 12), "thank_you_due", ["thank_you_due"],
         "send your thank-you note"),
        ("thank-you sent", [], (TY_AT,), sep(4, 9), "awaiting_reply",
         ["thank_you_due", "awaiting_reply"], "wait; they usually reply within 3 business days"),
        ("acknowledged", [ACK], (TY_AT,), LATER, "acknowledged",
         ["thank_you_due", "awaiting_reply", "acknowledged"], "wait for their decision"),
        ("info requested", [INFO], (TY_AT,), LATER, "info_requested",
         ["thank_you_due", "awaiting_reply", "info_requested"], "send what they asked for"),
        ("invitation without a time", [INVITE], (TY_AT,), LATER, "second_interview",
         ["thank_you_due", "awaiting_reply", "second_interview"], "reply with your availability"),
        ("invitation with a time",
         [reply("second_interview", sep(4, 10), "<cal@acme>", proposed_time=sep(15, 14))], (TY_AT,),
         LATER, "second_interview", ["thank_you_due", "awaiting_reply", "second_interview"],
         "prepare for round two"),
        ("offer", [OFFER], (TY_AT,), LATER, "offer", ["thank_you_due", "awaiting_reply", "offer"],
         "review the offer"),
        ("rejected", [REJECT], (TY_AT,), LATER, "rejected",
         ["thank_you_due", "awaiting_reply", "rejected"], "thank them and ask for feedback"),
        ("silent", [], (TY_AT,), LATER, "silent", ["thank_you_due", "awaiting_reply", "silent"],
         "send a polite follow-up"),
        ("undelivered", [BOUNCE], (TY_AT,), LATER, "undelivered",
         ["thank_you_due", "awaiting_reply", "undelivered"],
         "check the address and resend your thank-you"),
        # An acknowledgment after an invitation does not downgrade it.
        ("invite then ack", [INVITE, reply("acknowledgment", sep(8, 9), "<ack2@acme>")], (TY_AT,), LATER,
         "second_interview", ["thank_you_due", "awaiting_reply", "second_interview"],
         "reply with your availability"),
        # A rejection after an invitation does.
        ("invite then rejection", [INVITE, REJECT], (TY_AT,), LATER, "rejected",
         ["thank_you_due", "awaiting_reply", "second_interview", "rejected"],
         "thank them and ask for feedback"),
        # The latest decisive reply sets it, in either direction.
        ("info then invitation", [INFO, reply("second_interview", sep(8, 9), "<inv2@acme>")], (TY_AT,),
         LATER, "second_interview", ["thank_you_due", "awaiting_reply", "info_requested",
                                     "second_interview"], "reply with your availability"),
        ("rejection then ack", [REJECT, reply("acknowledgment", sep(10, 9), "<ack3@acme>")], (TY_AT,),
         LATER, "rejected", ["thank_you_due", "awaiting_reply", "rejected"],
         "thank them and ask for feedback"),
        # A bounce, then a human reply clears undelivered.
        ("bounce then ack", [BOUNCE, ACK], (TY_AT,), LATER, "acknowledged",
         ["thank_you_due", "awaiting_reply", "undelivered", "acknowledged"], "wait for their decision"),
        # A bounce after a human reply changes nothing.
        ("ack then bounce", [ACK, reply("bounce", sep(4, 10), "<dsn2@mx>")], (TY_AT,), LATER,
         "acknowledged", ["thank_you_due", "awaiting_reply", "acknowledged"], "wait for their decision"),
        # A resend after a bounce waits again (and goes silent on its own deadline).
        ("bounce then resend", [BOUNCE], (TY_AT, sep(4, 9)), sep(4, 10), "awaiting_reply",
         ["thank_you_due", "awaiting_reply", "undelivered", "awaiting_reply"],
         "wait; they usually reply within 3 business days"),
        # An auto-reply never changes the status.
        ("auto-reply only", [OOO], (TY_AT,), sep(8, 9), "awaiting_reply",
         ["thank_you_due", "awaiting_reply"], "wait; they usually reply within 3 business days"),
        # A human reply the classifier could not place still ends the wait.
        ("other reply", [OTHER], (TY_AT,), LATER, "acknowledged",
         ["thank_you_due", "awaiting_reply", "acknowledged"], "wait for their decision"),
        # Silence, then a late answer: the history keeps the silence.
        ("silence then reply", [reply("acknowledgment", sep(14, 9), "<late@acme>")], (TY_AT,), LATER,
         "acknowledged", ["thank_you_due", "awaiting_reply", "silent", "acknowledged"],
         "wait for their decision"),
        # Silence, then a follow-up sent by the user: waiting again.
        ("silence then follow-up", [], (TY_AT, sep(14, 9)), sep(14, 10), "awaiting_reply",
         ["thank_you_due", "awaiting_reply", "silent", "awaiting_reply"],
         "wait; they usually reply within 3 business days"),
    ],
)
def test_status_rules(name, replies, thank_yous, now, expected_status, expected_path, expected_next):
    result = state(replies, thank_yous, now)
    assert result.status == expected_status
    assert [t.status for t in result.history] == expected_path
    assert result.next_step == expected_next
    assert [t.at for t in result.history] == sorted(t.at for t in result.history)


def test_history_names_message_and_evidence():
    result = state([BOUNCE, ACK])
    causes = [(t.status, t.cause, t.message_id, t.evidence) for t in result.history]
    assert causes == [
        ("thank_you_due", "logged", "", ("interview logged",)),
        ("awaiting_reply", "thank_you", "<ty1@me>", ("thank-you sent to jane@acme.com",)),
        ("undelivered", "bounce", "<dsn@mx>", ("5.1.1 user unknown",)),
        ("acknowledged", "reply", "<ack@acme>", ("acknowledgment phrase",)),
    ]


def test_interview_found_from_its_thank_you_starts_waiting():
    result = state([], (TY_AT,), sep(4, 9), interview_at=None, created_at=sep(3, 19), source="thank_you")
    assert [(t.status, t.cause) for t in result.history] == [("awaiting_reply", "thank_you")]


# -- overrides --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "name, override, override_at, replies, now, expected_status, expected_last_cause",
    [
        ("override wins with no replies", "offer", sep(5, 9), [], sep(6), "offer", "override"),
        ("override wins over an older reply", "rejected", sep(5, 9), [INVITE], sep(6), "rejected",
         "override"),
        ("override holds against silence", "awaiting_reply", sep(4, 9), [], LATER, "awaiting_reply",
         "override"),
        ("override holds against a bounce", "acknowledged", sep(3, 18, 2), [BOUNCE], LATER,
         "acknowledged", "override"),
        ("a newer decisive reply ends it", "rejected", sep(4, 9), [reply("second_interview", sep(8, 9),
                                                                         "<inv3@acme>")],
         LATER, "second_interview", "reply"),
        ("a newer ack lifts a waiting override", "awaiting_reply", sep(4, 8), [ACK], LATER,
         "acknowledged", "reply"),
        ("a newer ack never downgrades an overridden decision", "offer", sep(4, 8), [ACK], LATER,
         "offer", "override"),
        ("a reply at the same instant is older", "offer", sep(4, 9), [ACK], LATER, "offer", "override"),
        ("override to thank_you_due sends no reminder", "thank_you_due", sep(4, 9), [], LATER,
         "thank_you_due", "override"),
    ],
)
def test_overrides(name, override, override_at, replies, now, expected_status, expected_last_cause):
    result = state(replies, (TY_AT,), now, status_override=override, override_at=override_at)
    assert result.status == expected_status
    assert result.history[-1].cause == expected_last_cause
    assert not [e for e in result.events if e.kind != "status"]  # no reminder while overridden
    assert "override" not in {e.kind for e in result.events}


def test_no_event_for_an_override():
    result = state([], (TY_AT,), sep(6), status_override="offer", override_at=sep(5, 9))
    assert result.events == ()


def test_unknown_override_is_refused():
    with pytest.raises(UsageError):
        state([], (TY_AT,), sep(6), status_override="hired", override_at=sep(5, 9))


# -- reminders at their boundaries -------------------------------------------------------------------

@pytest.mark.parametrize(
    "now, expected_keys",
    [
        (INTERVIEW_AT + timedelta(hours=24) - MINUTE, []),
        (INTERVIEW_AT + timedelta(hours=24), ["iv7:thank_you_due"]),
        (INTERVIEW_AT + timedelta(hours=24) + MINUTE, ["iv7:thank_you_due"]),
    ],
)
def test_thank_you_due_reminder_at_24_hours(now, expected_keys):
    result = state([], (), now)
    assert result.status == "thank_you_due"
    assert [e.key for e in result.events] == expected_keys
    for event in result.events:
        assert event.kind == "thank_you_due"
        assert event.title == "Acme: thank-you note due"
        assert event.at == INTERVIEW_AT + timedelta(hours=24)
        assert "Thursday 3 September 2026" in event.body


def test_thank_you_due_reminder_stops_once_the_thank_you_is_sent():
    result = state([], (sep(5, 9),), sep(5, 10))
    assert result.status == "awaiting_reply"
    assert result.events == ()


@pytest.mark.parametrize(
    "now, expected_status, expected_speed, expected_keys",
    [
        (DEADLINE - MINUTE, "awaiting_reply", "pending", []),
        (DEADLINE, "silent", "silent", ["iv7:silence:<ty1@me>"]),
        (DEADLINE + MINUTE, "silent", "silent", ["iv7:silence:<ty1@me>"]),
    ],
)
def test_silence_reminder_at_the_business_day_boundary(now, expected_status, expected_speed,
                                                        expected_keys):
    result = state([], (TY_AT,), now)
    assert (result.status, result.response_speed) == (expected_status, expected_speed)
    assert [e.key for e in result.events] == expected_keys
    for event in result.events:
        assert event.title == "Acme: no reply in 5 business days"
        assert "Thursday 3 September 2026" in event.body
        assert "follow-up" in event.body
        assert event.at == DEADLINE


@pytest.mark.parametrize(
    "now, expected_status",
    [
        # The out-of-office says back Monday 2026-09-14: five business days from that day's start
        # have passed at the end of Friday 2026-09-18.
        (datetime(2026, 9, 18, 23, 59, tzinfo=NY), "awaiting_reply"),
        (datetime(2026, 9, 19, 0, 0, tzinfo=NY), "silent"),
    ],
)
def test_out_of_office_return_date_restarts_the_silence_clock(now, expected_status):
    result = state([OOO], (TY_AT,), now)
    assert result.status == expected_status
    assert DEADLINE < now  # without the restart it would have gone silent long before


def test_silence_reminder_is_withdrawn_once_they_reply():
    late = reply("acknowledgment", DEADLINE + timedelta(days=3), "<late@acme>")
    assert [e.kind for e in state([late], (TY_AT,), LATER).events] == ["status"]


def test_follow_up_gets_its_own_silence_key():
    follow_up = DEADLINE + timedelta(days=3)  # Monday 2026-09-14 18:00
    result = state([], (TY_AT, follow_up), LATER)
    assert result.status == "silent"
    assert [e.key for e in result.events] == ["iv7:silence:<ty2@me>"]
    assert "Monday 14 September 2026" in result.events[0].body


# -- events --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "replies, expected",
    [
        ([INVITE], [("iv7:reply:<inv@acme>:second_interview", "Acme: second interview invitation")]),
        ([OFFER], [("iv7:reply:<offer@acme>:offer", "Acme: offer")]),
        ([REJECT], [("iv7:reply:<rej@acme>:rejected", "Acme: rejection")]),
        ([INFO], [("iv7:reply:<info@acme>:info_requested", "Acme: they asked for information")]),
        ([BOUNCE], [("iv7:reply:<dsn@mx>:undelivered", "Acme: thank-you bounced")]),
        ([ACK], [("iv7:reply:<ack@acme>:acknowledged", "Acme: they replied to your thank-you")]),
        ([OOO], []),
        ([INVITE, reply("acknowledgment", sep(8, 9), "<ack2@acme>")],
         [("iv7:reply:<inv@acme>:second_interview", "Acme: second interview invitation")]),
        ([INVITE, REJECT], [("iv7:reply:<inv@acme>:second_interview", "Acme: second interview invitation"),
                            ("iv7:reply:<rej@acme>:rejected", "Acme: rejection")]),
    ],
)
def test_status_events(replies, expected):
    result = state(replies, (TY_AT,), sep(4, 12))
    assert [(e.key, e.title) for e in result.events] == expected
    for event in result.events:
        assert event.kind == "status"
        assert "\n" not in event.body
        assert event.body.startswith("Backend Engineer · ")


def test_status_event_body_names_sender_and_evidence():
    invite = reply("second_interview", sep(4, 10), "<inv@acme>",
                   evidence=("we'd love you to meet the wider team",))
    (event,) = state([invite], (TY_AT,), sep(4, 12)).events
    assert event.body == "Backend Engineer · Jane Doe <jane@acme.com> · “we'd love you to meet the wider team”"
    assert event.at == sep(4, 10)


def test_bounce_event_body_gives_advice():
    (event,) = state([BOUNCE], (TY_AT,), sep(4, 12)).events
    assert event.body == ("Backend Engineer · “5.1.1 user unknown” · "
                          "check the address and resend your thank-you")


def test_event_keys_are_stable_as_time_passes():
    replies = [BOUNCE, INVITE, REJECT]
    first = state(replies, (TY_AT,), sep(9, 12))
    again = state(list(reversed(replies)), (TY_AT,), sep(9, 12))
    later = state(replies, (TY_AT,), LATER)
    assert first.events == again.events
    assert [e.key for e in first.events] == [e.key for e in later.events]
    assert len({e.key for e in later.events}) == len(later.events)


def test_silence_key_is_stable_as_time_passes():
    keys = [tuple(e.key for e in state([], (TY_AT,), now).events)
            for now in (DEADLINE, DEADLINE + timedelta(days=1), LATER)]
    assert keys == [("iv7:silence:<ty1@me>",)] * 3


def test_company_unknown_uses_the_interview_number():
    (event,) = state([OFFER], (TY_AT,), LATER, company="").events
    assert event.title == "Interview 7: offer"


# -- speed and outlook are filled in ------------------------------------------------------------------

@pytest.mark.parametrize(
    "replies, now, expected_speed, expected_days",
    [
        # Thursday 18:00 to Friday 09:00: 15 hours.
        ([ACK], LATER, "prompt", 15 / 24),
        # Auto-replies and bounces are not an answer; the first human reply is.
        # (The out-of-office named a later return, but they answered before it: Thu 18:00 to
        # Tue 10:00 over Labor Day is 6 + 24 + 10 hours.)
        ([OOO, BOUNCE, OFFER, REJECT], LATER, "normal", 40 / 24),
        # An answer after the stated return is measured from that day's start: Mon 00:00 to 10:00.
        ([OOO, reply("acknowledgment", sep(14, 10), "<back@acme>")], LATER, "prompt", 10 / 24),
        ([], sep(4, 9), "pending", None),
        ([], LATER, "silent", None),
    ],
)
def test_speed_is_measured_to_the_first_human_reply(replies, now, expected_speed, expected_days):
    result = state(replies, (TY_AT,), now)
    assert result.response_speed == expected_speed
    if expected_days is not None:
        assert result.business_days_to_reply == pytest.approx(expected_days)
    if expected_speed in ("pending", "silent"):
        assert result.business_days_to_reply is None


def test_outlook_is_filled_in():
    cues = InterviewCues(body_language=("smiles",), engagement=("insightful_questions",))
    offer = state([OFFER], (TY_AT,), LATER, cues=cues)
    rejected = state([REJECT], (TY_AT,), LATER, cues=cues)
    assert offer.outlook.score >= 95
    assert rejected.outlook.score <= 5
    assert {s.name for s in offer.outlook.signals} >= {"cue:smiles", "decision:offer"}
