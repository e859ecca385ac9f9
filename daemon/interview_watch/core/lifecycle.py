"""An interview's status, history, reminders and next step, derived from its messages at `now`. Pure.

The messages are replayed in time order (ties: the log entry, then thank-yous, then replies, then
silence, then the user's override) and each may move the status:

- a thank-you: thank_you_due, silent or undelivered -> awaiting_reply (a resend after a bounce or a
  follow-up after silence starts waiting again);
- a decisive reply (offer, rejection, second_interview, info_request) sets the status, whatever it
  was: the latest decision wins, so a rejection after an invitation downgrades it;
- an acknowledgment, or a human reply the classifier could not place, lifts a waiting status to
  acknowledged and never touches a decision;
- a bounce makes it undelivered, but only while no human reply has come;
- an auto-reply never changes the status (its return date restarts the silence and speed clock);
- silence: when a thank-you's silence deadline passes before any human reply and before the
  next thank-you, and the status is still awaiting_reply, it becomes silent;
- an override by hand sets the status (recorded even when unchanged) and holds it against
  thank-yous, bounces and silence until a human reply arrives after it; that reply then applies
  by the rules above.

Events: every status change caused by a reply or bounce; the silence and thank-you-due reminders
only while they are still the current state (advice that no longer applies is never sent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence

from interview_watch.core.models import (
    NON_HUMAN_CATEGORIES,
    STATUSES,
    Event,
    Interview,
    InterviewState,
    Reply,
    ThankYou,
    Transition,
)
from interview_watch.core.outlook import compute_outlook
from interview_watch.core.speed import BusinessClock, response_speed, silence_deadline
from interview_watch.errors import UsageError

THANK_YOU_DUE_AFTER = timedelta(hours=24)

_DECISION_STATUS = {
    "offer": "offer",
    "rejection": "rejected",
    "second_interview": "second_interview",
    "info_request": "info_requested",
}
# Statuses that only say "no answer yet": any human reply lifts them to at least acknowledged.
_WAITING = (None, "thank_you_due", "awaiting_reply", "silent", "undelivered")

NEXT_STEPS = {
    "thank_you_due": "send your thank-you note",
    "awaiting_reply": "wait; they usually reply within 3 business days",
    "acknowledged": "wait for their decision",
    "info_requested": "send what they asked for",
    "second_interview": "reply with your availability",
    "offer": "review the offer",
    "rejected": "thank them and ask for feedback",
    "silent": "send a polite follow-up",
    "undelivered": "check the address and resend your thank-you",
}
_ROUND_TWO_BOOKED = "prepare for round two"

_STATUS_TITLES = {
    "second_interview": "second interview invitation",
    "offer": "offer",
    "rejected": "rejection",
    "info_requested": "they asked for information",
    "undelivered": "thank-you bounced",
    "acknowledged": "they replied to your thank-you",
}

# Replay order for steps at the same instant.
_RANK = {"logged": 0, "thank_you": 1, "reply": 2, "silence": 3, "override": 4}


@dataclass(frozen=True)
class _Step:
    at: datetime
    kind: str  # a key of _RANK
    thank_you: ThankYou | None = None
    reply: Reply | None = None

    def order(self) -> tuple:
        name = self.reply.message_id if self.reply else (self.thank_you.message_id if self.thank_you else "")
        return (self.at, _RANK[self.kind], name)


def interview_state(interview: Interview, thank_yous: Sequence[ThankYou], replies: Sequence[Reply],
                    now: datetime, clock: BusinessClock, silence_after: float) -> InterviewState:
    """Given one interview, its thank-yous and replies, return everything derived about it at `now`.

    Raise UsageError if the interview carries a status override that is not a known status.
    """
    if interview.status_override and interview.status_override not in STATUSES:
        raise UsageError(f"interview {interview.id} has an unknown status override "
                         f"{interview.status_override!r}; set one of: {', '.join(STATUSES)}")
    tys = sorted(thank_yous, key=lambda t: (t.sent_at, t.message_id))
    reps = sorted(replies, key=lambda r: (r.received_at, r.message_id))
    human = [r for r in reps if r.category not in NON_HUMAN_CATEGORIES]
    first_human = human[0] if human else None

    speed, days = _speed(tys, reps, first_human, now, clock, silence_after)
    history = _replay(interview, tys, reps, now, clock, silence_after)
    status = history[-1].status
    events = _events(interview, tys, reps, history, now, clock, silence_after)
    return InterviewState(
        status=status,
        response_speed=speed,
        business_days_to_reply=days,
        history=history,
        events=events,
        next_step=_next_step(status, reps),
        outlook=compute_outlook(interview, status, speed, days, reps),
    )


# -- speed and silence ------------------------------------------------------------------------------

def _restart_at(auto_replies: Sequence[Reply], clock: BusinessClock) -> datetime | None:
    """The start of the latest return date any of these out-of-office replies names."""
    returns = [r.return_date for r in auto_replies if r.category == "auto_reply" and r.return_date]
    return clock.start_of(max(returns)) if returns else None


def _window(reps: Sequence[Reply], tys: Sequence[ThankYou], index: int) -> list[Reply]:
    """The replies that answer thank-you `index`: those before the next thank-you went out."""
    lo = tys[index].sent_at if index > 0 else None
    hi = tys[index + 1].sent_at if index + 1 < len(tys) else None
    return [r for r in reps if (lo is None or r.received_at >= lo) and (hi is None or r.received_at < hi)]


def _speed(tys, reps, first_human, now, clock, silence_after) -> tuple[str, float | None]:
    if not tys:
        return "pending", None
    if first_human is not None:
        # Measured from the first thank-you: a follow-up does not make a slow answer fast.
        before = [r for r in reps if r.received_at < first_human.received_at]
        return response_speed(tys[0].sent_at, first_human.received_at, now, clock, silence_after,
                              _restart_at(before, clock))
    last = len(tys) - 1
    return response_speed(tys[last].sent_at, None, now, clock, silence_after,
                          _restart_at(_window(reps, tys, last), clock))


def _silence_steps(tys, reps, now, clock, silence_after) -> list[_Step]:
    """One step per thank-you whose silence deadline passed before the next one went out."""
    steps = []
    for i, ty in enumerate(tys):
        deadline = silence_deadline(ty.sent_at, clock, silence_after,
                                    _restart_at(_window(reps, tys, i), clock))
        next_sent = tys[i + 1].sent_at if i + 1 < len(tys) else None
        if deadline <= now and (next_sent is None or deadline < next_sent):
            steps.append(_Step(deadline, "silence", thank_you=ty))
    return steps


# -- replay -----------------------------------------------------------------------------------------

def _replay(interview, tys, reps, now, clock, silence_after) -> tuple[Transition, ...]:
    base = interview.interview_at or interview.created_at
    steps = [_Step(t.sent_at, "thank_you", thank_you=t) for t in tys]
    steps += [_Step(r.received_at, "reply", reply=r) for r in reps]
    if not tys or tys[0].sent_at > base:
        steps.append(_Step(base, "logged"))
    steps += _silence_steps(tys, reps, now, clock, silence_after)  # replay checks for human replies
    if interview.status_override:
        steps.append(_Step(interview.override_at or now, "override"))
    steps.sort(key=_Step.order)

    history: list[Transition] = []
    status: str | None = None
    human_seen = False
    held = False  # an override holds until a human reply

    def move(step: _Step, new: str, cause: str, message_id: str, evidence: tuple[str, ...],
             always: bool = False) -> None:
        nonlocal status
        if always or new != status:
            history.append(Transition(step.at, new, cause, message_id, evidence))
            status = new

    for step in steps:
        if step.kind == "logged":
            if status is None:
                move(step, "thank_you_due", "logged", "", ("interview logged",))
        elif step.kind == "thank_you":
            ty = step.thank_you
            if not held and status in (None, "thank_you_due", "silent", "undelivered"):
                move(step, "awaiting_reply", "thank_you", ty.message_id,
                     (f"thank-you sent to {', '.join(ty.to) or 'the interviewer'}",))
        elif step.kind == "silence":
            if not held and not human_seen and status == "awaiting_reply":
                move(step, "silent", "silence", step.thank_you.message_id,
                     (f"no reply within {_days(silence_after)} business days",))
        elif step.kind == "override":
            held = True
            # Recorded even when it keeps the status: from here on the user's word holds it.
            move(step, interview.status_override, "override", "", ("set by hand",), always=True)
        else:
            reply = step.reply
            if reply.category == "auto_reply":
                continue
            if reply.category == "bounce":
                if not held and not human_seen:
                    move(step, "undelivered", "bounce", reply.message_id, reply.evidence)
                continue
            human_seen, held = True, False
            if reply.category in _DECISION_STATUS:
                move(step, _DECISION_STATUS[reply.category], "reply", reply.message_id, reply.evidence)
            elif status in _WAITING:
                move(step, "acknowledged", "reply", reply.message_id, reply.evidence)
    return tuple(history)


# -- events -----------------------------------------------------------------------------------------

def _events(interview, tys, reps, history, now, clock, silence_after) -> tuple[Event, ...]:
    """Status changes caused by mail (every one), and reminders while they still apply."""
    name = interview.company or f"Interview {interview.id}"
    by_id = {r.message_id: r for r in reps}
    events = []
    for t in history:
        if t.cause not in ("reply", "bounce"):
            continue
        reply = by_id.get(t.message_id)
        events.append(Event(
            key=f"iv{interview.id}:reply:{t.message_id}:{t.status}",
            interview_id=interview.id,
            kind="status",
            title=f"{name}: {_STATUS_TITLES.get(t.status, t.status.replace('_', ' '))}",
            body=_status_body(interview, t, reply),
            at=t.at,
        ))
    last = history[-1]
    if last.status == "silent" and last.cause == "silence":
        ty = next(t for t in tys if t.message_id == last.message_id)
        sent_on = _long_date(clock.local(ty.sent_at).date())
        events.append(Event(
            key=f"iv{interview.id}:silence:{ty.message_id}",
            interview_id=interview.id,
            kind="silence",
            title=f"{name}: no reply in {_days(silence_after)} business days",
            body=_line(interview.role, f"your thank-you went out on {sent_on}; "
                                       "a short, polite follow-up is reasonable now"),
            at=last.at,
        ))
    if last.status == "thank_you_due" and last.cause == "logged":
        due = last.at + THANK_YOU_DUE_AFTER
        if now >= due:
            when = _long_date(clock.local(last.at).date())
            what = "interviewed" if interview.interview_at else "added"
            events.append(Event(
                key=f"iv{interview.id}:thank_you_due",
                interview_id=interview.id,
                kind="thank_you_due",
                title=f"{name}: thank-you note due",
                body=_line(interview.role, f"{what} on {when}; a short thank-you note today keeps you in mind"),
                at=due,
            ))
    return tuple(events)


def _status_body(interview: Interview, t: Transition, reply: Reply | None) -> str:
    quote = f"“{_clip(t.evidence[0])}”" if t.evidence else ""
    if t.status == "undelivered":
        return _line(interview.role, quote, NEXT_STEPS["undelivered"])
    sender = ""
    if reply is not None:
        sender = f"{reply.from_name} <{reply.from_addr}>" if reply.from_name else reply.from_addr
    return _line(interview.role, sender, quote or NEXT_STEPS.get(t.status, ""))


def _next_step(status: str, reps: Sequence[Reply]) -> str:
    if status == "second_interview":
        invites = [r for r in reps if r.category == "second_interview"]
        if not invites or invites[-1].proposed_time is not None:
            return _ROUND_TWO_BOOKED  # a time is set (or the user said so by hand)
    return NEXT_STEPS[status]


# -- wording ----------------------------------------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _long_date(d: date) -> str:
    """'Friday 4 September 2026', independent of the process locale."""
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def _days(n: float) -> str:
    return f"{n:g}"


def _clip(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _line(*parts: str) -> str:
    return " · ".join(" ".join(p.split()) for p in parts if p and p.strip())
