"""The outlook: one score from 0 to 100 per interview, with the signals behind it. Pure.

Every signal adds or takes points from a neutral 50 and says why in one sentence. The user's own
cues from the interview are worth a few points each; what the mailbox shows (how fast they replied,
what they said) is worth more; a decision (offer, rejection) settles it. Each cue's impact has a
fixed sign, so logging one more good sign can never lower the score.
"""

from __future__ import annotations

import math
from typing import Sequence

from interview_watch.core.models import NON_HUMAN_CATEGORIES, Interview, Outlook, Reply, Signal

NEUTRAL = 50.0
OFFER_FLOOR = 95.0
REJECTION_CEILING = 5.0

# cue -> (points, the one sentence that explains it). Kept small: the mailbox says more.
CUE_SIGNALS: dict[str, tuple[float, str]] = {
    "eye_contact": (3, "The interviewer kept eye contact, a sign of genuine attention."),
    "smiles": (3, "The interviewer smiled, which usually means the conversation felt good."),
    "nods": (2, "The interviewer nodded along, a sign your answers landed."),
    "distracted": (-4, "The interviewer seemed distracted, which can mean low interest or a bad day."),
    "fidgety": (-2, "The interviewer fidgeted, a weak sign of impatience."),
    "closed_posture": (-3, "The interviewer kept a closed posture, a mild sign of reserve."),
    "insightful_questions": (4, "They asked insightful questions, so they were thinking about you in the role."),
    "follow_up_questions": (3, "They asked follow-up questions, which shows they wanted to hear more."),
    "few_questions": (-4, "They asked few questions, which can mean they had already made up their minds."),
    "ran_over_time": (3, "The interview ran over time, usually because they were enjoying it."),
    "unhurried": (3, "They took their time on each question, a sign they were invested."),
    "rushed": (-4, "They rushed through the questions, which can mean they were not convinced."),
}

# What the reply said, short of a decision. The second-interview invitation weighs most.
CONTENT_SIGNALS: dict[str, tuple[float, str]] = {
    "offer": (35, "They made you an offer earlier in the conversation."),
    "second_interview": (30, "They invited you to another round, the strongest sign there is."),
    "info_request": (10, "They asked you for more information, so you are still in the running."),
    "acknowledgment": (3, "They acknowledged your thank-you: polite, but not yet a decision."),
}
# The status a category leads to, so an override by hand counts like the reply it stands for.
_STATUS_CATEGORY = {
    "second_interview": "second_interview",
    "info_requested": "info_request",
    "acknowledged": "acknowledgment",
}

SPEED_POINTS = {"prompt": 12.0, "normal": 4.0, "slow": -8.0, "silent": -15.0, "pending": 0.0}


def compute_outlook(interview: Interview, status: str, response_speed: str,
                    business_days: float | None, replies: Sequence[Reply]) -> Outlook:
    """Given an interview, its status and reply speed, and its replies, return its Outlook.

    The score is 50 plus every signal's impact, kept within 0..100; an offer lifts it to at
    least 95 and a rejection holds it to at most 5. Signals come decision first, then what the
    replies said, then the reply speed, then the user's cues.
    """
    signals: list[Signal] = []
    signals.extend(_content_signals(status, replies))
    speed = _speed_signal(status, response_speed, business_days)
    if speed is not None:
        signals.append(speed)
    signals.extend(_cue_signals(interview))

    raw = NEUTRAL + sum(s.impact for s in signals)
    if status == "offer":
        lift = max(0.0, OFFER_FLOOR - raw)
        signals.insert(0, Signal("decision:offer", lift, "They offered you the job, which settles it."))
        raw += lift
    elif status == "rejected":
        drop = min(0.0, REJECTION_CEILING - raw)
        signals.insert(0, Signal("decision:rejected", drop, "They turned you down, which settles it."))
        raw += drop
    score = int(math.floor(min(100.0, max(0.0, raw)) + 0.5))
    return Outlook(score=score, signals=tuple(signals))


def _content_signals(status: str, replies: Sequence[Reply]) -> list[Signal]:
    said = {r.category for r in replies if r.category not in NON_HUMAN_CATEGORIES}
    if status in _STATUS_CATEGORY:
        said.add(_STATUS_CATEGORY[status])
    if status == "offer":
        said.discard("offer")  # the decision signal speaks for it
    return [
        Signal(f"reply:{category}", points, sentence)
        for category, (points, sentence) in CONTENT_SIGNALS.items()
        if category in said
    ]


def _speed_signal(status: str, speed: str, business_days: float | None) -> Signal | None:
    if status == "undelivered":
        return Signal("speed:undelivered", 0.0,
                      "Your thank-you bounced, so their silence says nothing about the interview.")
    points = SPEED_POINTS.get(speed)
    if points is None:
        return None
    if speed == "pending":
        if status != "awaiting_reply":
            return None
        return Signal("speed:pending", 0.0, "No reply yet, and it is too early to read anything into that.")
    if speed == "silent":
        return Signal("speed:silent", points,
                      "No reply came within the business days you allowed, a hint they may be moving on.")
    took = f"{business_days:.1f} business days" if business_days is not None else "a while"
    sentence = {
        "prompt": f"They replied within {took}, a prompt answer and a good sign.",
        "normal": f"They replied in {took}, an ordinary pace.",
        "slow": f"They took {took} to reply, slower than usual.",
    }[speed]
    return Signal(f"speed:{speed}", points, sentence)


def _cue_signals(interview: Interview) -> list[Signal]:
    cues = interview.cues
    if cues is None:
        return []
    logged = set(cues.body_language) | set(cues.engagement) | ({cues.pace} if cues.pace else set())
    return [
        Signal(f"cue:{cue}", points, sentence)
        for cue, (points, sentence) in CUE_SIGNALS.items()
        if cue in logged
    ]
