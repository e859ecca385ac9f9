"""The values the whole program passes around. Frozen, no behaviour beyond small derivations.

Times are timezone-aware datetimes everywhere; addresses are lower-case; Message-IDs keep their
angle brackets ("<abc@host>") and are compared exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Mapping

CATEGORIES = (
    "second_interview",
    "offer",
    "rejection",
    "info_request",
    "acknowledgment",
    "auto_reply",
    "bounce",
    "other",
)
# Replies that decide the status; acknowledgment never downgrades them.
DECISIVE_CATEGORIES = ("offer", "rejection", "second_interview", "info_request")
# Replies that do not count as a human answer when measuring speed.
NON_HUMAN_CATEGORIES = ("auto_reply", "bounce")

STATUSES = (
    "thank_you_due",
    "awaiting_reply",
    "acknowledged",
    "info_requested",
    "second_interview",
    "offer",
    "rejected",
    "silent",
    "undelivered",
)
SPEEDS = ("prompt", "normal", "slow", "pending", "silent")

# How a reply was linked to its interview, in the order the rules are tried.
MATCH_RULES = ("thread", "contact", "domain", "ats", "bounce")

BODY_LANGUAGE_CUES = ("eye_contact", "smiles", "nods", "distracted", "fidgety", "closed_posture")
ENGAGEMENT_CUES = ("insightful_questions", "follow_up_questions", "few_questions", "ran_over_time")
PACE_CUES = ("unhurried", "rushed")


@dataclass(frozen=True)
class CalendarInvite:
    """One VEVENT from a text/calendar part."""

    method: str  # "REQUEST", "CANCEL", "PUBLISH", ... upper-case, "" if absent
    summary: str
    start: datetime | None
    organizer: str  # address, lower-case, "" if absent


@dataclass(frozen=True)
class DeliveryReport:
    """One per-recipient block of a message/delivery-status part (RFC 3464)."""

    action: str  # "failed", "delayed", "delivered", "relayed", "expanded" (lower-case)
    status: str  # "5.1.1"
    recipient: str  # lower-case address, "" if unknown
    diagnostic: str


@dataclass(frozen=True)
class ParsedMessage:
    """A message reduced to what the core needs. Built by adapters/parsing.py; never raw bytes."""

    message_id: str  # "<id@host>"; "" when the message has none
    subject: str
    from_addr: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: datetime | None  # the Date header, aware; None if missing or unparseable
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]  # in order; comma- or space-separated on the wire
    headers: Mapping[str, tuple[str, ...]]  # lower-case name -> decoded values, every header
    text: str  # the readable body: text/plain, else the HTML converted to text; decoded
    html: str  # the raw HTML body, "" if none (links such as scheduling pages live here)
    content_type: str  # top-level, lower-case, e.g. "multipart/report"
    calendar: tuple[CalendarInvite, ...] = ()
    delivery: tuple[DeliveryReport, ...] = ()
    # Message-ID of the message a bounce/auto-reply returns (from an attached message/rfc822 or
    # text/rfc822-headers part), "" if none.
    original_message_id: str = ""
    attachments: tuple[str, ...] = ()  # file names
    defects: tuple[str, ...] = ()  # parse problems worth recording, never fatal

    def header(self, name: str) -> str:
        """Return the first value of header `name` (any case), or ""."""
        values = self.headers.get(name.lower(), ())
        return values[0] if values else ""


@dataclass(frozen=True)
class Classification:
    """What a reply says. `evidence` names the rules, phrases or headers that decided it."""

    category: str
    confidence: float  # 0..1
    evidence: tuple[str, ...]
    return_date: date | None = None  # auto_reply: the stated date the person is back
    proposed_time: datetime | None = None  # second_interview: a proposed meeting time
    bounced_message_id: str = ""  # bounce: Message-ID of the returned message, if known


@dataclass(frozen=True)
class ThankYouVerdict:
    """Why a sent message is a thank-you for an interview, and what it names."""

    company: str  # "" if unknown
    role: str  # "" if unknown
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class InterviewCues:
    """What the user saw during the interview itself (`interview log`)."""

    body_language: tuple[str, ...] = ()  # subset of BODY_LANGUAGE_CUES
    engagement: tuple[str, ...] = ()  # subset of ENGAGEMENT_CUES
    pace: str = ""  # one of PACE_CUES or ""
    notes: str = ""
    logged_at: datetime | None = None


@dataclass(frozen=True)
class Interview:
    id: int
    company: str
    role: str
    contacts: tuple[str, ...]  # addresses, lower-case
    interview_at: datetime | None  # when the interview took place, if known
    created_at: datetime
    source: str  # "manual" | "thank_you"
    cues: InterviewCues | None = None
    status_override: str = ""  # "" when none
    override_at: datetime | None = None


@dataclass(frozen=True)
class ThankYou:
    interview_id: int
    message_id: str
    sent_at: datetime
    to: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class Reply:
    interview_id: int
    message_id: str
    received_at: datetime
    from_addr: str
    from_name: str
    subject: str
    category: str
    confidence: float
    evidence: tuple[str, ...]
    matched_by: str  # one of MATCH_RULES
    return_date: date | None = None
    proposed_time: datetime | None = None
    excerpt: str = ""  # the first lines the sender wrote, for the report


@dataclass(frozen=True)
class MatchCandidate:
    """What reply matching knows about one interview."""

    interview_id: int
    company: str
    contacts: tuple[str, ...]
    message_ids: tuple[str, ...]  # its thank-yous' and replies' Message-IDs
    first_thank_you_at: datetime | None


@dataclass(frozen=True)
class SearchFilter:
    """Terms a mail server may narrow a search with: a message matching ANY of them is kept.

    Matching is case-insensitive substring matching, as IMAP SEARCH does it. A source may return
    more than the filter keeps (one that cannot search returns everything) but never less, so the
    filter must keep every message the exact, local rules could accept."""

    from_contains: tuple[str, ...] = ()
    header_contains: tuple[tuple[str, str], ...] = ()  # (header name, substring)
    text_contains: tuple[str, ...] = ()  # anywhere in the header or the decoded body

    def is_empty(self) -> bool:
        return not (self.from_contains or self.header_contains or self.text_contains)


@dataclass(frozen=True)
class Match:
    interview_id: int
    matched_by: str  # one of MATCH_RULES
    detail: str = ""  # e.g. the address, domain or ATS that matched


@dataclass(frozen=True)
class Transition:
    """One change of an interview's status and what caused it."""

    at: datetime
    status: str
    cause: str  # "reply", "override", "bounce", "silence", "thank_you", "logged"
    message_id: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """Something the user should be told about, once ever. `key` is stable across runs."""

    key: str
    interview_id: int
    kind: str  # "status" | "thank_you_due" | "silence"
    title: str
    body: str
    at: datetime


@dataclass(frozen=True)
class Signal:
    name: str
    impact: float  # points added to (or taken from) the neutral outlook
    sentence: str


@dataclass(frozen=True)
class Outlook:
    score: int  # 0..100
    signals: tuple[Signal, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class InterviewState:
    """Everything derived about one interview at a moment `now`."""

    status: str
    response_speed: str
    business_days_to_reply: float | None
    history: tuple[Transition, ...]
    events: tuple[Event, ...]
    next_step: str
    outlook: Outlook
