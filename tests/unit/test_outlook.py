"""The outlook score and its signals, by tables and one monotonicity property."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview_watch.core.models import (
    BODY_LANGUAGE_CUES,
    ENGAGEMENT_CUES,
    PACE_CUES,
    SPEEDS,
    STATUSES,
    Interview,
    InterviewCues,
    Reply,
)
from interview_watch.core.outlook import CUE_SIGNALS, compute_outlook

T0 = datetime(2026, 9, 4, 15, tzinfo=timezone.utc)
# Which cues are good signs is the domain's call (the issue), not the implementation's table.
POSITIVE_CUES = ("eye_contact", "smiles", "nods", "insightful_questions", "follow_up_questions",
                 "ran_over_time", "unhurried")
NEGATIVE_CUES = ("distracted", "fidgety", "closed_posture", "few_questions", "rushed")
REPLY_CATEGORIES = ("second_interview", "offer", "rejection", "info_request", "acknowledgment",
                    "auto_reply", "bounce", "other")


def interview(body=(), engagement=(), pace="") -> Interview:
    cues = InterviewCues(body_language=tuple(body), engagement=tuple(engagement), pace=pace)
    return Interview(id=1, company="Acme", role="Engineer", contacts=(), interview_at=T0,
                     created_at=T0, source="manual", cues=cues)


def reply(category: str) -> Reply:
    return Reply(interview_id=1, message_id=f"<{category}@acme>", received_at=T0, from_addr="a@acme.com",
                 from_name="", subject="Re", category=category, confidence=0.9, evidence=(),
                 matched_by="thread")


GOOD_CUES = dict(body=("eye_contact", "smiles", "nods"), engagement=("insightful_questions",
                                                                    "follow_up_questions"),
                 pace="unhurried")
BAD_CUES = dict(body=("distracted", "fidgety", "closed_posture"), engagement=("few_questions",),
                pace="rushed")


def score(cues=None, status="awaiting_reply", speed="pending", days=None, replies=()) -> int:
    return compute_outlook(interview(**(cues or {})), status, speed, days, [reply(c) for c in replies]).score


@pytest.mark.parametrize(
    "cues, status, speed, days, replies, low, high",
    [
        # Nothing known: neutral.
        (None, "awaiting_reply", "pending", None, (), 50, 50),
        (None, "thank_you_due", "pending", None, (), 50, 50),
        # Cues alone move it a little.
        (GOOD_CUES, "awaiting_reply", "pending", None, (), 60, 75),
        (BAD_CUES, "awaiting_reply", "pending", None, (), 30, 40),
        # A prompt acknowledgment is mildly good; silence is bad.
        (None, "acknowledged", "prompt", 0.4, ("acknowledgment",), 60, 70),
        (None, "acknowledged", "slow", 4.2, ("acknowledgment",), 40, 50),
        (None, "silent", "silent", None, (), 30, 40),
        # An information request is good, an invitation better.
        (None, "info_requested", "normal", 2.0, ("info_request",), 60, 70),
        (None, "second_interview", "prompt", 0.5, ("second_interview",), 85, 95),
        # A bounce says nothing either way.
        (None, "undelivered", "silent", None, ("bounce",), 50, 50),
        # Decisions settle it, whatever else was seen.
        (BAD_CUES, "offer", "slow", 8.0, ("offer",), 95, 100),
        (GOOD_CUES, "offer", "prompt", 0.2, ("second_interview", "offer"), 95, 100),
        (GOOD_CUES, "rejected", "prompt", 0.2, ("second_interview", "rejection"), 0, 5),
        (BAD_CUES, "rejected", "slow", 6.0, ("rejection",), 0, 5),
        # An override by hand counts like the reply it stands for.
        (None, "second_interview", "pending", None, (), 75, 85),
        (None, "offer", "pending", None, (), 95, 100),
    ],
)
def test_outlook_table(cues, status, speed, days, replies, low, high):
    outlook = compute_outlook(interview(**(cues or {})), status, speed, days, [reply(c) for c in replies])
    assert low <= outlook.score <= high
    for signal in outlook.signals:
        assert signal.sentence.endswith(".")
        assert signal.sentence.count(". ") == 0  # one sentence each
        assert "\n" not in signal.sentence


def test_emailed_signals_outweigh_cues():
    all_good_cues = score(GOOD_CUES | {"engagement": GOOD_CUES["engagement"] + ("ran_over_time",)})
    all_bad_cues = score(BAD_CUES)
    invitation = score(status="second_interview", replies=("second_interview",))
    silence = score(status="silent", speed="silent")
    assert invitation - 50 > all_good_cues - 50
    assert 50 - silence > 0
    assert score(BAD_CUES, "second_interview", "prompt", 0.5, ("second_interview",)) > 50
    assert score(GOOD_CUES, "silent", "silent") < score(GOOD_CUES)
    assert all_bad_cues < 50 < all_good_cues


def test_invitation_weighs_most():
    by_reply = {c: score(replies=(c,)) for c in ("second_interview", "info_request", "acknowledgment")}
    assert by_reply["second_interview"] > by_reply["info_request"] > by_reply["acknowledgment"] > 50


def test_faster_is_better():
    scores = [score(status="acknowledged", speed=s, days=d, replies=("acknowledgment",))
              for s, d in [("prompt", 0.5), ("normal", 2.0), ("slow", 5.0), ("silent", None)]]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 4


def test_signals_explain_the_score():
    outlook = compute_outlook(interview(**BAD_CUES), "second_interview", "prompt", 0.8,
                              [reply("second_interview")])
    names = [s.name for s in outlook.signals]
    assert names[:2] == ["reply:second_interview", "speed:prompt"]
    assert set(names[2:]) == {f"cue:{c}" for c in ("distracted", "fidgety", "closed_posture",
                                                   "few_questions", "rushed")}
    assert outlook.score == 50 + sum(s.impact for s in outlook.signals)
    assert "0.8 business days" in outlook.signals[1].sentence


@pytest.mark.parametrize(
    "status, replies, name, score_expected",
    [("offer", ("offer",), "decision:offer", 95), ("rejected", ("rejection",), "decision:rejected", 5)],
)
def test_decision_signal_comes_first_and_settles_it(status, replies, name, score_expected):
    outlook = compute_outlook(interview(), status, "normal", 2.0, [reply(c) for c in replies])
    assert outlook.signals[0].name == name
    assert outlook.score == score_expected
    assert outlook.score == 50 + sum(s.impact for s in outlook.signals)


def test_every_cue_has_a_sentence():
    assert set(CUE_SIGNALS) == set(BODY_LANGUAGE_CUES) | set(ENGAGEMENT_CUES) | set(PACE_CUES)
    assert set(POSITIVE_CUES) | set(NEGATIVE_CUES) == set(CUE_SIGNALS)


# -- property: more good signs never lower the score, more bad ones never raise it -------------------

cue_subsets = st.fixed_dictionaries({
    "body": st.lists(st.sampled_from(BODY_LANGUAGE_CUES), unique=True),
    "engagement": st.lists(st.sampled_from(ENGAGEMENT_CUES), unique=True),
    "pace": st.sampled_from(("",) + PACE_CUES),
})
context = st.tuples(
    st.sampled_from(STATUSES),
    st.sampled_from(SPEEDS),
    st.one_of(st.none(), st.floats(min_value=0, max_value=20, allow_nan=False)),
    st.lists(st.sampled_from(REPLY_CATEGORIES), max_size=4),
)


def _with(cues: dict, extra: tuple[str, ...]) -> dict:
    """`cues` plus `extra`, each extra cue put in its group (pace only fills an empty slot)."""
    body = list(cues["body"]) + [c for c in extra if c in BODY_LANGUAGE_CUES and c not in cues["body"]]
    engagement = list(cues["engagement"]) + [c for c in extra if c in ENGAGEMENT_CUES
                                             and c not in cues["engagement"]]
    pace = cues["pace"] or next((c for c in extra if c in PACE_CUES), "")
    return {"body": body, "engagement": engagement, "pace": pace}


@settings(max_examples=300, deadline=None)
@given(cues=cue_subsets, extra=st.lists(st.sampled_from(POSITIVE_CUES), unique=True, min_size=1),
       ctx=context)
def test_more_positive_cues_never_lower_the_score(cues, extra, ctx):
    status, speed, days, replies = ctx
    before = score(cues, status, speed, days, replies)
    after = score(_with(cues, tuple(extra)), status, speed, days, replies)
    assert after >= before
    assert 0 <= before <= 100 and 0 <= after <= 100


@settings(max_examples=300, deadline=None)
@given(cues=cue_subsets, extra=st.lists(st.sampled_from(NEGATIVE_CUES), unique=True, min_size=1),
       ctx=context)
def test_more_negative_cues_never_raise_the_score(cues, extra, ctx):
    status, speed, days, replies = ctx
    before = score(cues, status, speed, days, replies)
    after = score(_with(cues, tuple(extra)), status, speed, days, replies)
    assert after <= before


@settings(max_examples=200, deadline=None)
@given(cues=cue_subsets, ctx=context)
def test_decisions_settle_it(cues, ctx):
    _, speed, days, replies = ctx
    assert score(cues, "offer", speed, days, replies) >= 95
    assert score(cues, "rejected", speed, days, replies) <= 5
