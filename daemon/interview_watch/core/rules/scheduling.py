"""Scheduling evidence: booking links of scheduling tools and ATS pages, meeting-join links, and
a proposed date and time written in the text.

Links are matched on the raw text and HTML (not folded), since URLs are ASCII anyway.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from interview_watch.core.rules import rule

L = "any"

# Booking pages: the candidate picks a slot. Each is "second_interview" evidence.
BOOKING_LINKS = [
    rule("calendly", "second_interview", L, 3, r"\bcalendly\.com/[\w\-/]+", meeting=True),
    rule("goodtime", "second_interview", L, 3, r"goodtime\.io/[\w\-/?=&%]+", meeting=True),
    rule("greenhouse_schedule", "second_interview", L, 3,
         r"\b(?:app\.|boards\.|candidate\.|)greenhouse\.io/[\w\-/?=&%.]*(?:schedul|availab|"
         r"self_schedul|interview)", meeting=True),
    rule("lever_schedule", "second_interview", L, 3,
         r"\b(?:hire|jobs)\.lever\.co/[\w\-/?=&%.]*(?:schedul|interview|availab)", meeting=True),
    rule("ashby_schedule", "second_interview", L, 3,
         r"\b(?:app|jobs)\.ashbyhq\.com/[\w\-/?=&%.]*(?:schedul|interview|availab)", meeting=True),
    rule("google_appointments", "second_interview", L, 3,
         r"\bcalendar\.google\.com/calendar/(?:u/\d+/)?appointments/|\bcalendar\.app\.google/",
         meeting=True),
    rule("microsoft_bookings", "second_interview", L, 3,
         r"\boutlook\.(?:office|office365|live)\.com/(?:owa/calendar/[\w\-@.%]+/bookings|"
         r"book/|bookwithme)|\bbookings\.(?:office|microsoft)\.com/|\bbook\.ms/", meeting=True),
    rule("other_booking_tools", "second_interview", L, 3,
         r"\b(?:cal\.com|savvycal\.com|youcanbook\.me|meetings(?:-\w+)?\.hubspot\.com|zcal\.co|"
         r"doodle\.com/(?:meeting|poll|bp)|chilipiper\.com|tidycal\.com|koalendar\.com|"
         r"schedule\.once\.com|oncehub\.com|acuityscheduling\.com|calendar\.amie\.so|"
         r"x\.ai/|modernloop\.io|prelude\.co|paradox\.ai|smartrecruiters\.com/[\w\-/]*schedul|"
         r"myworkdayjobs\.com/[\w\-/]*schedul|workable\.com/[\w\-/]*schedul|"
         r"recruitee\.com/[\w\-/]*(?:schedul|book)|personio\.\w+/[\w\-/]*(?:schedul|termin)|"
         r"teamtailor\.com/[\w\-/]*(?:schedul|meeting)|join\.com/[\w\-/]*schedul)",
         meeting=True),
]

# A room to join at a fixed time: a meeting is set.
JOIN_LINKS = [
    rule("video_meeting_link", "second_interview", L, 3,
         r"zoom\.us/(?:j|my|w)/|\bteams\.microsoft\.com/l/meetup-join|"
         r"\bteams\.live\.com/meet/|\bmeet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}|"
         r"webex\.com/(?:meet|join|[\w\-]+/j\.php)|\bwhereby\.com/[\w\-]+",
         meeting=True),
]

RULES = BOOKING_LINKS + JOIN_LINKS


# --- a proposed time written in prose -------------------------------------------------------

_MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "marz": 3, "maerz": 3, "mai": 5,
    "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # fr (folded)
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # es (folded)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "setiembre": 9, "septiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len,
                                         reverse=True)) + r")\.?"
_TIME = (r"(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?\s*(?:h\b|uhr\b|hs\b|"
         r"(?P<ampm>a\.?m\.?|p\.?m\.?)|(?=\s|$|[,.;)]))")
_CONNECT = r"[\s,]*(?:\w+[\s,]+){0,2}?(?:at|um|a|à|a las|a la|@|from|von|de|de las|ab)?\s*"
# "October 14(, 2026) at 2:30 pm", "14 October at 10:00", "14. Oktober um 10 Uhr",
# "le 14 octobre à 10h30", "el 14 de octubre a las 10:00"
_PROSE_TIMES = [
    re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>20\d\d))?"
               + _CONNECT + _TIME),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?" + _MONTH
               + r"(?:\s+(?:de\s+)?(?P<year>20\d\d))?" + _CONNECT + _TIME),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<monthnum>[01]?\d)\.(?P<year>20\d\d)?" + _CONNECT
               + _TIME),
]


def find_proposed_time(folded_text: str, received: datetime | None) -> datetime | None:
    """Given folded text and the message's Date, return the first meeting time proposed with both
    a date and a clock time, in the sender's UTC offset; None when there is none or it is
    ambiguous. The year, when missing, is the first one that puts the date on or after receipt.
    """
    for pattern in _PROSE_TIMES:
        for match in pattern.finditer(folded_text):
            when = _to_datetime(match, received)
            if when is not None:
                return when
    return None


def _to_datetime(match: re.Match[str], received: datetime | None) -> datetime | None:
    parts = match.groupdict()
    month = _MONTHS.get(parts.get("month") or "") or int(parts.get("monthnum") or 0)
    day, hour = int(parts["day"]), int(parts["hour"])
    minute = int(parts["minute"] or 0)
    ampm = (parts.get("ampm") or "").replace(".", "")
    if ampm:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif parts["minute"] is None and not re.search(r"(?:h|uhr|hs)\s*$", match.group(0)):
        return None  # a bare number after a date is not reliably a time
    zone: tzinfo = received.tzinfo if received and received.tzinfo else timezone.utc
    base_year = received.year if received else None
    year = int(parts["year"]) if parts.get("year") else base_year
    if not (1 <= month <= 12) or year is None:
        return None
    try:
        when = datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None
    if not parts.get("year") and received and when < received - timedelta(days=2):
        try:
            when = when.replace(year=year + 1)
        except ValueError:
            return None
    return when
