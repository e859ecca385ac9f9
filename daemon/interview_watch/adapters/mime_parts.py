"""Reading the special parts of a message: HTML bodies, delivery reports, calendar invitations.

Part of the parsing adapter (adapters/parsing.py is its only caller); the one importer of
icalendar, on the first calendar part (its import costs ~65 ms). Nothing here raises on odd input.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from email.message import Message
from html.parser import HTMLParser

from interview_watch.adapters.mime_decode import decode_bytes, normalise_message_id, unfold
from interview_watch.core.models import CalendarInvite, DeliveryReport

_DROP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "svg",
                        "xml", "o:p"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "tr", "table", "ul", "ol", "li", "h1", "h2", "h3",
                         "h4", "h5", "h6", "hr", "section", "article", "header", "footer",
                         "blockquote", "pre", "dl", "dt", "dd", "center", "form", "address"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_BLANK_RUNS = re.compile(r"\n[ \t]*(\n[ \t]*)+\n")
_STATUS_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_INLINE_MESSAGE_ID = re.compile(r"^[ \t>]*Message-I[dD]:[ \t]*(<[^<>\s]+>)", re.M | re.I)
_MAX_HTML_EVENTS = 200_000


class _TextExtractor(HTMLParser):
    """Collects readable text; blockquotes become "> " lines so quoted text stays recognisable."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.drop = 0
        self.quote = 0
        self.pre = 0
        self.events = 0

    def _newline(self) -> None:
        self.out.append("\n" + "> " * self.quote)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.events += 1
        if tag in _DROP_TAGS:
            self.drop += 1
        elif tag in _BLOCK_TAGS:
            if tag == "blockquote":
                self.quote += 1
            elif tag == "pre":
                self.pre += 1
            self._newline()
            if tag == "li":
                self.out.append("- ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "hr", "p", "div"):
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        self.events += 1
        if tag in _DROP_TAGS:
            self.drop = max(0, self.drop - 1)
        elif tag in _BLOCK_TAGS:
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if self.pre:
            self.out.append(data.replace("\n", "\n" + "> " * self.quote))
        else:
            self.out.append(_SPACES.sub(" ", data))


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML body: no script or style, paragraphs as lines."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, IndexError):  # old HTMLParser versions assert on junk
        pass
    lines = [line.strip() for line in "".join(parser.out).split("\n")]
    text = "\n".join(lines)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def header_blocks(text: str) -> list[dict[str, str]]:
    """Split RFC 822-style field blocks separated by blank lines (a delivery-status body)."""
    blocks: list[dict[str, str]] = []
    for chunk in re.split(r"\r?\n[ \t]*\r?\n", text[:200_000]):
        fields: dict[str, str] = {}
        name = ""
        for line in chunk.splitlines():
            if line[:1] in (" ", "\t") and name:
                fields[name] += " " + line.strip()
            elif ":" in line:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                fields.setdefault(name, value.strip())
        if fields:
            blocks.append(fields)
    return blocks


def _address_field(value: str) -> str:
    """ "rfc822; Jane@Example.com" -> "jane@example.com" """
    value = unfold(value).split(";", 1)[-1].strip().strip("<>").strip()
    return value.lower()[:320]


def delivery_reports(blocks: list[dict[str, str]]) -> list[DeliveryReport]:
    """One DeliveryReport per per-recipient block (those naming a recipient, action or status)."""
    reports: list[DeliveryReport] = []
    for fields in blocks:
        if not any(k in fields for k in ("action", "final-recipient", "original-recipient")):
            continue
        status_match = _STATUS_CODE.search(fields.get("status", ""))
        diagnostic = " ".join(unfold(fields.get("diagnostic-code", "")).split())[:500]
        if not status_match:
            status_match = _STATUS_CODE.search(diagnostic)
        recipient = _address_field(fields.get("original-recipient", "")) or _address_field(
            fields.get("final-recipient", ""))
        reports.append(DeliveryReport(
            action=fields.get("action", "").strip().split(" ", 1)[0].lower()[:20],
            status=".".join(status_match.groups()) if status_match else "",
            recipient=recipient,
            diagnostic=diagnostic,
        ))
    return reports


def _aware(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=timezone.utc)
    return None


def calendar_invites(data: bytes, part: Message, defects: list[str]) -> list[CalendarInvite]:
    """Return each VEVENT of a text/calendar part as a CalendarInvite."""
    if not data:
        return []
    from icalendar import Calendar  # noqa: PLC0415 - only messages with an invitation

    text = decode_bytes(data, part.get_content_charset() or "utf-8")
    try:
        calendar = Calendar.from_ical(text)
        method = str(calendar.get("method", "") or part.get_param("method") or "").upper()
        invites = []
        for event in calendar.walk("VEVENT")[:20]:
            start = event.get("dtstart")
            organizer = str(event.get("organizer", "") or "")
            if organizer.lower().startswith("mailto:"):
                organizer = organizer[7:]
            invites.append(CalendarInvite(
                method=method[:20],
                summary=" ".join(str(event.get("summary", "") or "").split())[:300],
                start=_aware(getattr(start, "dt", None)),
                organizer=organizer.strip().lower()[:320],
            ))
        return invites
    except Exception as exc:  # noqa: BLE001 - icalendar raises many types on broken input
        defects.append(f"unreadable calendar part ({exc.__class__.__name__})")
        return []


def inline_original_message_id(text: str) -> str:
    """The Message-ID of a returned message quoted inline (Exim, qmail and old bounces)."""
    match = _INLINE_MESSAGE_ID.search(text)
    return normalise_message_id(match.group(1)) if match else ""
