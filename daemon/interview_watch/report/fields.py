"""Reading the status document: labels, times, and safe tokens shared by every renderer.

The status document is untrusted at the edges: company, subjects, names and evidence come from
email. Renderers therefore read it only through these helpers, which never fail on a missing or
odd field and never let an unknown value become a CSS class or an attribute.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Mapping

from interview_watch.core.models import CATEGORIES, SPEEDS, STATUSES

STATUS_LABELS = {
    "thank_you_due": "Thank-you due",
    "awaiting_reply": "Awaiting reply",
    "acknowledged": "Acknowledged",
    "info_requested": "Info requested",
    "second_interview": "Second interview",
    "offer": "Offer",
    "rejected": "Rejected",
    "silent": "Silent",
    "undelivered": "Undelivered",
}
CATEGORY_LABELS = {
    "second_interview": "Second interview",
    "offer": "Offer",
    "rejection": "Rejection",
    "info_request": "Info request",
    "acknowledgment": "Acknowledgment",
    "auto_reply": "Auto-reply",
    "bounce": "Bounce",
    "other": "Other",
}
SPEED_LABELS = {
    "prompt": "Prompt",
    "normal": "Normal",
    "slow": "Slow",
    "pending": "Pending",
    "silent": "Silent",
}
MATCH_LABELS = {
    "thread": "same thread",
    "contact": "known contact",
    "domain": "company domain",
    "ats": "hiring system",
    "bounce": "returned thank-you",
}
CUE_LABELS = {
    "eye_contact": "eye contact",
    "smiles": "smiles",
    "nods": "nods",
    "distracted": "distracted",
    "fidgety": "fidgety",
    "closed_posture": "closed posture",
    "insightful_questions": "insightful questions",
    "follow_up_questions": "follow-up questions",
    "few_questions": "few questions",
    "ran_over_time": "ran over time",
    "unhurried": "unhurried",
    "rushed": "rushed",
}
CAUSE_LABELS = {
    "reply": "reply received",
    "override": "set by hand",
    "bounce": "thank-you bounced",
    "silence": "no reply in time",
    "thank_you": "thank-you sent",
    "logged": "interview logged",
}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# C0/C1 controls (except tab and newline) and the bidi embedding/override/isolate characters,
# which can make a hostile subject read differently from what it says.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def text(value: Any) -> str:
    """Given any field value, return it as display text with control characters removed; "" for None."""
    if value is None:
        return ""
    return _INVISIBLE.sub("", str(value))


def one_line(value: Any) -> str:
    """Return `text(value)` with every run of whitespace (newlines included) folded to one space."""
    return " ".join(text(value).split())


def texts(values: Any) -> list[str]:
    """Return a list field as display strings; a missing or non-list field gives []."""
    if not isinstance(values, (list, tuple)):
        return []
    return [one_line(v) for v in values if one_line(v)]


def token(value: Any, allowed: Iterable[str]) -> str:
    """Return `value` when it is one of `allowed` (safe for a CSS class), else "unknown"."""
    return value if isinstance(value, str) and value in tuple(allowed) else "unknown"


def status_token(value: Any) -> str:
    return token(value, STATUSES)


def category_token(value: Any) -> str:
    return token(value, CATEGORIES)


def speed_token(value: Any) -> str:
    return token(value, SPEEDS)


def label(mapping: Mapping[str, str], value: Any) -> str:
    """Return the human label for an enum value; an unknown value is shown as itself, cleaned."""
    if isinstance(value, str) and value in mapping:
        return mapping[value]
    shown = one_line(value).replace("_", " ")
    if len(shown) > 32:  # an unexpected value is shown, but cannot take over the layout
        shown = shown[:31].rstrip() + "…"
    return shown[:1].upper() + shown[1:] if shown else "Unknown"


def as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def as_float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def parse_time(value: Any) -> datetime | None:
    """Return an aware datetime for an ISO 8601 string (naive ones read as UTC), else None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def fmt_date(value: Any) -> str:
    """'Tue 4 Mar 2025' for an ISO string or datetime; "" when absent or unreadable."""
    moment = value if isinstance(value, datetime) else parse_time(value)
    if moment is None:
        return "" if value in (None, "") else one_line(value)
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def fmt_datetime(value: Any) -> str:
    """'Tue 4 Mar 2025, 14:05' in the time's own offset; "" when absent."""
    moment = value if isinstance(value, datetime) else parse_time(value)
    if moment is None:
        return "" if value in (None, "") else one_line(value)
    return f"{fmt_date(moment)}, {moment:%H:%M}"


def fmt_short_date(value: Any) -> str:
    """'4 Mar' for an ISO string or datetime; "" when absent."""
    moment = value if isinstance(value, datetime) else parse_time(value)
    if moment is None:
        return ""
    return f"{moment.day} {_MONTHS[moment.month - 1]}"


def fmt_offset(value: Any) -> str:
    """'UTC+01:00' for the offset of an ISO time string, "" if unknown."""
    moment = parse_time(value)
    if moment is None or moment.utcoffset() is None:
        return ""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def fmt_days(value: Any) -> str:
    """'0.4 business days' / '1 business day'; "" when None."""
    days = as_float(value)
    if days is None:
        return ""
    shown = f"{days:.1f}".rstrip("0").rstrip(".") if days < 10 else f"{days:.0f}"
    return f"{shown} business day" + ("" if shown == "1" else "s")


def fmt_impact(value: Any) -> str:
    """'+12' / '−8' (a true minus sign) / '0' for a signal's points."""
    impact = as_float(value) or 0.0
    rounded = round(impact)
    if rounded > 0:
        return f"+{rounded}"
    if rounded < 0:
        return f"\u2212{abs(rounded)}"
    return "0"


def fmt_span(then: datetime | None, now: datetime | None) -> str:
    """'5 minutes', '3 days' between two times; "" when either is unknown or `then` is later."""
    if then is None or now is None:
        return ""
    seconds = (now - then).total_seconds()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return ""


def fmt_ago(then: datetime | None, now: datetime | None) -> str:
    """'5 minutes ago', 'just now'; "" when either time is unknown."""
    if then is None or now is None:
        return ""
    span = fmt_span(then, now)
    return f"{span} ago" if span else "just now"


def interviews(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Return the document's interviews, skipping anything that is not an object."""
    items = doc.get("interviews") if isinstance(doc, Mapping) else None
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []


def replies(interview: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = interview.get("replies")
    return [r for r in items if isinstance(r, Mapping)] if isinstance(items, list) else []


def latest_reply(interview: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """Return the most recent reply (by received_at; undated ones count as oldest), or None."""
    dated = [(parse_time(r.get("received_at")) or datetime.min.replace(tzinfo=timezone.utc), n, r)
             for n, r in enumerate(replies(interview))]
    return max(dated, key=lambda item: (item[0], item[1]))[2] if dated else None


def thank_you(interview: Mapping[str, Any]) -> Mapping[str, Any] | None:
    value = interview.get("thank_you")
    return value if isinstance(value, Mapping) else None


def signals(interview: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    outlook = interview.get("outlook")
    items = outlook.get("signals") if isinstance(outlook, Mapping) else None
    return [s for s in items if isinstance(s, Mapping)] if isinstance(items, list) else []


def outlook_score(interview: Mapping[str, Any]) -> int | None:
    """Return the outlook score clamped to 0..100, or None when there is none."""
    outlook = interview.get("outlook")
    score = as_float(outlook.get("score")) if isinstance(outlook, Mapping) else None
    return None if score is None else max(0, min(100, round(score)))


def outlook_band(score: int | None) -> str:
    """'good' (65+), 'fair' (40-64), 'poor' (<40) or 'none' — a CSS token."""
    if score is None:
        return "none"
    return "good" if score >= 65 else "fair" if score >= 40 else "poor"


def sender(reply: Mapping[str, Any]) -> str:
    """'Jane Roe <jane@x.example>', or just the address or name that is known."""
    name, address = one_line(reply.get("from_name")), one_line(reply.get("from"))
    if name and address and name.lower() != address.lower():
        return f"{name} <{address}>"
    return name or address or "unknown sender"


def generated_at(doc: Mapping[str, Any]) -> datetime | None:
    return parse_time(doc.get("generated_at")) if isinstance(doc, Mapping) else None


STALE_AFTER = timedelta(days=1)
