"""Raw RFC 5322 bytes -> ParsedMessage. The one module that imports mail-parser.

The hot path is the standard library's compat32 parser (several times faster than a full
mail-parser run, which also fingerprints attachments and parses Received chains we never use);
mail-parser contributes its forgiving RFC 5322 date reader for the dates the stdlib rejects
(imported on the first such date: ~35 ms of start-up that most runs never need).

Hostile input is expected: every size, count and depth is bounded, every decode has a fallback,
and what was odd is recorded in `defects`. Only input with nothing usable raises MalformedMessage.
"""

from __future__ import annotations

import email.errors
import re
from email import message_from_bytes
from email.message import Message
from email.parser import BytesHeaderParser, HeaderParser
from email.policy import compat32

from interview_watch.adapters import mime_parts, mime_split
from interview_watch.adapters.mime_decode import (
    decode_bytes,
    decode_header_value,
    normalise_message_id,
    parse_address_list,
    parse_date,
    split_message_ids,
)
from interview_watch.core.models import CalendarInvite, DeliveryReport, ParsedMessage
from interview_watch.errors import InterviewWatchError

MAX_RAW_BYTES = 4 * 1024 * 1024  # beyond this only the first part of the message is read
MAX_PARTS = 500  # MIME leaves walked
MAX_DEPTH = 12  # multipart nesting followed
MAX_TEXT_CHARS = 200_000  # readable body kept
MAX_HTML_CHARS = 400_000
MAX_PART_BYTES = 2 * 1024 * 1024  # decoded bytes read from one body part
MAX_HEADERS = 300
MAX_DEFECTS = 40

_ADDRESS_HEADERS = ("from", "to", "cc")
_KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id", "content-type", "received",
                  "mime-version", "in-reply-to", "references", "return-path", "sender", "cc")


_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}[ \t]*:")
_BOUNDARY_LINE = re.compile(r"^--([^\s]{1,70})[ \t]*\r?$", re.M)


class MalformedMessage(InterviewWatchError):
    """Nothing usable could be read from a message. Callers record it as skipped, with its reason."""

    exit_code = 65  # EX_DATAERR


def parse_message(raw: bytes) -> ParsedMessage:
    """Given a whole message as bytes, return what the core needs.

    Never raises on odd input except MalformedMessage, when not one header could be read.
    """
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise MalformedMessage(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    defects: list[str] = []
    if len(raw) > MAX_RAW_BYTES:
        defects.append(f"message of {len(raw)} bytes read only to {MAX_RAW_BYTES} bytes")
        raw = raw[:MAX_RAW_BYTES]
    try:
        msg = mime_split.parse(raw) or message_from_bytes(raw, policy=compat32)
    except RecursionError:
        # The stdlib parser recurses once per nested part; a hostile message can exhaust the
        # stack. Keep the top-level headers and treat the rest as plain text.
        defects.append("MIME nesting too deep to parse; body read as plain text")
        msg = _headers_only(raw)
        split = _BLANK_LINE.split(raw, 1)
        body = split[1] if len(split) > 1 else b""
        del msg["content-type"], msg["content-transfer-encoding"]
        msg["Content-Type"] = "text/plain"
        msg.set_payload(body[:MAX_PART_BYTES].decode("ascii", "surrogateescape"))
    except (ValueError, TypeError, LookupError, email.errors.MessageError) as exc:
        raise MalformedMessage(f"unparseable message: {exc.__class__.__name__}") from exc
    if any(isinstance(d, email.errors.MissingHeaderBodySeparatorDefect) for d in msg.defects):
        repaired = _drop_colonless_header_lines(raw)
        if repaired is not None:
            defects.append("header line without a colon dropped")
            msg = message_from_bytes(repaired, policy=compat32)
    headers = _collect_headers(msg, defects)
    if not _has_usable_header(headers):
        raise MalformedMessage("no recognisable header (binary noise or not an email)")
    _note_email_defects(msg, defects)
    try:
        body = _walk_body(msg, defects)
    except RecursionError:
        defects.append("MIME structure too deep; body skipped")
        body = _Body()
    return _build(msg, headers, body, defects)


def parse_headers(raw_header: bytes) -> ParsedMessage:
    """Given a header block (as IMAP's BODY.PEEK[HEADER] returns it), return a ParsedMessage
    with every header field filled in and an empty body. Raise MalformedMessage as parse_message.
    """
    if not isinstance(raw_header, (bytes, bytearray, memoryview)):
        raise MalformedMessage(f"expected bytes, got {type(raw_header).__name__}")
    raw_header = bytes(raw_header[:MAX_RAW_BYTES])
    defects: list[str] = []
    msg = _headers_only(raw_header)
    headers = _collect_headers(msg, defects)
    if not _has_usable_header(headers):
        raise MalformedMessage("no recognisable header (binary noise or not an email)")
    return _build(msg, headers, _Body(), defects)


def _drop_colonless_header_lines(raw: bytes) -> bytes | None:
    """Return `raw` without the header lines that have no colon, when valid header fields follow
    them (so the line was junk inside the header block, not the start of the body)."""
    split = _BLANK_LINE.split(raw[:256 * 1024], 1)
    lines = split[0].splitlines()
    keep: list[bytes] = []
    dropped = False
    for index, line in enumerate(lines):
        if _HEADER_LINE.match(line) or (line[:1] in (b" ", b"\t") and keep):
            keep.append(line)
        elif any(_HEADER_LINE.match(later) for later in lines[index + 1:]):
            dropped = True
        else:
            return None
    if not dropped:
        return None
    head = b"\r\n".join(keep)
    return head + b"\r\n\r\n" + raw[len(split[0]):].lstrip(b"\r\n")


def _headers_only(raw: bytes) -> Message:
    return mime_split.parse(raw, headersonly=True) or BytesHeaderParser(
        policy=compat32).parsebytes(raw)


def _collect_headers(msg: Message, defects: list[str]) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    items = msg.raw_items()
    for index, (name, value) in enumerate(items):
        key = name.strip().lower()
        if not key:
            continue
        if index >= MAX_HEADERS:
            if index == MAX_HEADERS:
                defects.append(f"more than {MAX_HEADERS} header fields; only known ones kept")
            if key not in _KNOWN_HEADERS or key in collected:
                continue
        if not isinstance(value, str):  # a Header object from a caller-built message
            value = str(value)
        collected.setdefault(key, []).append(decode_header_value(value, defects))
    return {key: tuple(values) for key, values in collected.items()}


def _has_usable_header(headers: dict[str, tuple[str, ...]]) -> bool:
    return any(name in headers for name in _KNOWN_HEADERS)


def _note_email_defects(msg: Message, defects: list[str]) -> None:
    for defect in getattr(msg, "defects", ()):
        defects.append(defect.__class__.__name__)


class _Body:
    """What the walk over the MIME tree gathered."""

    __slots__ = ("text", "html", "calendar", "delivery", "original_message_id", "attachments")

    def __init__(self) -> None:
        self.text: list[str] = []
        self.html: list[str] = []
        self.calendar: list[CalendarInvite] = []
        self.delivery: list[DeliveryReport] = []
        self.original_message_id = ""
        self.attachments: list[str] = []


def _walk_body(msg: Message, defects: list[str]) -> _Body:
    """Walk the MIME tree without recursion, within MAX_PARTS leaves and MAX_DEPTH levels."""
    body = _Body()
    stack: list[tuple[Message, int]] = [(msg, 0)]
    leaves = 0
    while stack:
        part, depth = stack.pop()
        ctype = _content_type(part)
        if ctype.startswith("multipart/") and not part.is_multipart() and depth < MAX_DEPTH:
            recovered = _recover_multipart(part)
            if recovered is not None:
                defects.append(f"{ctype} with a wrong boundary recovered")
                stack.append((recovered, depth + 1))
                continue
        if part.is_multipart() and ctype != "message/delivery-status":
            if ctype in ("message/rfc822", "message/global"):
                _read_attached_message(part, body)
                continue
            if depth >= MAX_DEPTH:
                defects.append(f"MIME nesting deeper than {MAX_DEPTH}; inner parts skipped")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children)
                             if isinstance(child, Message))
            continue
        leaves += 1
        if leaves > MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} MIME parts; the rest skipped")
            break
        _read_leaf(part, ctype, body, defects)
        if part.defects and part is not msg:
            for defect in part.defects:
                defects.append(defect.__class__.__name__)
    return body


def _recover_multipart(part: Message) -> Message | None:
    """A multipart whose declared boundary never occurs: retry with the first "--boundary" line
    actually in the body."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    match = _BOUNDARY_LINE.search(payload[:65536])
    if not match:
        return None
    boundary = match.group(1).removesuffix("--")
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    try:
        rebuilt = message_from_bytes((head + payload).encode("utf-8", "surrogateescape"),
                                     policy=compat32)
    except (RecursionError, ValueError, LookupError, TypeError, email.errors.MessageError):
        return None
    return rebuilt if rebuilt.is_multipart() else None


def _content_type(part: Message) -> str:
    ctype = part.get_content_type()
    return ctype if len(ctype) < 128 else "application/octet-stream"


def _read_leaf(part: Message, ctype: str, body: _Body, defects: list[str]) -> None:
    filename = _filename(part)
    disposition = (part.get("content-disposition") or "").split(";", 1)[0].strip().lower()
    if filename and len(body.attachments) < 100:
        body.attachments.append(filename)
    if ctype == "message/delivery-status":
        body.delivery.extend(_delivery_reports(part, defects))
        return
    if ctype == "text/rfc822-headers":
        if not body.original_message_id:
            text = _part_text(part, defects)
            headers = HeaderParser(policy=compat32).parsestr(text)
            body.original_message_id = normalise_message_id(headers.get("message-id", ""))
        return
    if ctype in ("message/rfc822", "message/global"):  # a non-multipart view of one
        _read_attached_message(part, body)
        return
    if ctype in ("text/calendar", "application/ics"):
        body.calendar.extend(mime_parts.calendar_invites(_part_bytes(part), part, defects))
        return
    if disposition == "attachment":
        return
    if ctype.startswith("multipart/"):  # its boundary was never found: read it as text
        defects.append(f"{ctype} without parts read as text")
        ctype = "text/plain"
    if ctype == "text/plain" and not filename:
        body.text.append(_part_text(part, defects))
    elif ctype == "text/html" and not filename:
        body.html.append(_part_text(part, defects))


def _read_attached_message(part: Message, body: _Body) -> None:
    if body.original_message_id:
        return
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message):
        body.original_message_id = normalise_message_id(inner.get("message-id", "") or "")
    elif isinstance(payload, str):
        headers = HeaderParser(policy=compat32).parsestr(payload[:65536], headersonly=True)
        body.original_message_id = normalise_message_id(headers.get("message-id", "") or "")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError, AttributeError, IndexError):
        return ""
    if not name:
        return ""
    return decode_header_value(str(name), [])[:255]


def _part_bytes(part: Message) -> bytes:
    try:
        return _decoded_payload(part)
    except (ValueError, LookupError, TypeError):  # e.g. a NUL byte in a charset parameter
        payload = getattr(part, "_payload", "")  # the raw text, without the broken charset lookup
        return payload.encode("utf-8", "replace") if isinstance(payload, str) else b""


def _decoded_payload(part: Message) -> bytes:
    payload = part.get_payload()
    if isinstance(payload, str) and len(payload) > MAX_PART_BYTES * 2:
        part = _trimmed(part, payload[: MAX_PART_BYTES * 2])
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return b""
    return data[:MAX_PART_BYTES]


def _trimmed(part: Message, payload: str) -> Message:
    copy = Message()
    for name, value in part.raw_items():
        if name.lower() in ("content-type", "content-transfer-encoding"):
            copy[name] = value
    copy.set_payload(payload)
    return copy


def _part_text(part: Message, defects: list[str]) -> str:
    try:
        charset = part.get_content_charset() or ""
    except (ValueError, LookupError, TypeError, AttributeError, IndexError):
        charset = ""
    return decode_bytes(_part_bytes(part), charset, defects)


def _delivery_reports(part: Message, defects: list[str]) -> list[DeliveryReport]:
    payload = part.get_payload()
    if isinstance(payload, list) and payload and all(isinstance(p, Message) for p in payload):
        blocks = [dict((k.lower(), str(v)) for k, v in block.raw_items()) for block in payload]
    else:
        blocks = mime_parts.header_blocks(_part_text(part, defects))
    return mime_parts.delivery_reports(blocks)[:50]


def _build(msg: Message, headers: dict[str, tuple[str, ...]], body: _Body,
           defects: list[str]) -> ParsedMessage:
    def first(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    raw_first = {name: (msg.get(name) or "") for name in ("from", "message-id", "date")}
    from_addrs = parse_address_list(str(raw_first["from"]), defects)
    from_name, from_addr = from_addrs[0] if from_addrs else ("", "")
    to = tuple(addr for _, addr in _addresses(msg, "to", defects))
    cc = tuple(addr for _, addr in _addresses(msg, "cc", defects))
    message_id = normalise_message_id(str(raw_first["message-id"]))
    if not message_id:
        defects.append("no Message-ID")
    date = parse_date(str(raw_first["date"]), defects, _mail_date) if raw_first["date"] \
        else None
    if not raw_first["date"]:
        defects.append("no Date")
    text = "\n".join(t for t in body.text if t.strip())
    html = "\n".join(body.html)[:MAX_HTML_CHARS]
    if not text and html:
        text = mime_parts.html_to_text(html)
    if len(text) > MAX_TEXT_CHARS:
        defects.append(f"body text cut to {MAX_TEXT_CHARS} characters")
        text = text[:MAX_TEXT_CHARS]
    original = body.original_message_id or mime_parts.inline_original_message_id(text)
    return ParsedMessage(
        message_id=message_id,
        subject=first("subject"),
        from_addr=from_addr,
        from_name=from_name,
        to=to,
        cc=cc,
        date=date,
        in_reply_to=split_message_ids(" ".join(headers.get("in-reply-to", ()))),
        references=split_message_ids(" ".join(headers.get("references", ()))),
        headers=headers,
        text=text.replace("\x00", ""),
        html=html,
        content_type=_content_type(msg),
        calendar=tuple(body.calendar[:20]),
        delivery=tuple(body.delivery),
        original_message_id=original,
        attachments=tuple(body.attachments),
        defects=tuple(dict.fromkeys(defects))[:MAX_DEFECTS],
    )


def _mail_date(text: str) -> object:
    from mailparser.dates import parse_mail_date  # noqa: PLC0415 - rare path, costly import

    return parse_mail_date(text)


def _addresses(msg: Message, name: str, defects: list[str]) -> list[tuple[str, str]]:
    values = msg.get_all(name) or []
    found: list[tuple[str, str]] = []
    for value in values[:20]:
        found.extend(parse_address_list(str(value), defects))
    return found[:200]
