"""Decoding the pieces of a message that arrive in whatever charset the sender claimed.

Part of the parsing adapter (adapters/parsing.py is its only caller). Nothing here raises on
odd input: each function falls back and, where the caller passes a `defects` list, says so.
"""

from __future__ import annotations

import binascii
import codecs
import re
from datetime import datetime, timezone
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from typing import Callable

# Charsets that senders declare but that mean "I do not know": decode by sniffing instead.
_UNKNOWN_CHARSETS = frozenset({"", "unknown", "unknown-8bit", "x-unknown", "default", "charset",
                               "x-user-defined", "8bit", "binary"})
# What mail clients really mean by these (the WHATWG encoding standard maps them the same way).
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "iso-8859-11": "cp874",
    "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7", "x-sjis": "shift_jis",
}
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([QqBb])\?([^?]{0,2000}?)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_MESSAGE_ID = re.compile(r"<\s*([^<>\s]+)\s*>")
_SPLIT_IDS = re.compile(r"[\s,]+")
_MAX_HEADER_CHARS = 16_384
# The plain shapes of an address header, which getaddresses() reads the same way, only slower:
# "jane@x.com", "Jane Doe <jane@x.com>", "<jane@x.com>", '"Doe, Jane" <jane@x.com>'.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u00a1-\ud7ff\ue000-\uffff]+"
_ADDR_SPEC = (r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
_PLAIN_ADDRESS = re.compile(rf"[ \t]*(?:({_ADDR_SPEC})|(?:({_ATOM}(?:[ \t]+{_ATOM})*)[ \t]*)?"
                            rf"<({_ADDR_SPEC})>)[ \t]*")
_BLANKS = re.compile(r"[ \t]+")
_QUOTED_ADDRESS = re.compile(rf'[ \t]*"([^"\\\r\n]*)"[ \t]*<({_ADDR_SPEC})>[ \t]*')


@lru_cache(maxsize=256)
def _text_codec(charset: str) -> str | None:
    """Return the Python codec name for a declared charset, or None if it is not a text codec."""
    name = charset.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    if name in _UNKNOWN_CHARSETS or len(name) > 40:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    # bytes-to-bytes codecs such as base64 or zlib are not charsets, whatever the header says
    if not getattr(info, "_is_text_encoding", True) or info.name in ("undefined",):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str, defects: list[str] | None = None) -> str:
    """Decode `data` declared as `charset`: strictly as declared; else UTF-8; else Windows-1252;
    else Latin-1 (which cannot fail). A declared charset that was unknown or lied is noted."""
    if not data:
        return ""
    codec = _text_codec(charset) if charset else None
    if codec == "cp1252" and not data.isascii():
        # "us-ascii" or "iso-8859-1" on 8-bit text is most often UTF-8 in disguise; real
        # Latin-1 text is almost never valid UTF-8, so trying UTF-8 first is safe.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass
    if defects is not None and charset and charset.lower() not in _UNKNOWN_CHARSETS:
        reason = "unknown" if codec is None else "wrong"
        defects.append(f"charset {charset[:40]!r} {reason}; decoded by fallback")
    for fallback in ("utf-8", "cp1252"):
        try:
            return data.decode(fallback)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _raw_header_text(value: str) -> str:
    """compat32 keeps 8-bit header bytes as surrogates; turn them into text (UTF-8 first)."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        data = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that are not escaped bytes
        return value.encode("utf-8", "replace").decode("utf-8")
    return decode_bytes(data, "utf-8")


def _decode_word(charset: str, encoding: str, payload: str) -> str | None:
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix: =?utf-8*en?Q?...?=
    try:
        if encoding in "Bb":
            payload = payload.strip()
            data = binascii.a2b_base64(payload + "=" * (-len(payload) % 4))
        else:
            data = binascii.a2b_qp(payload.replace("_", " ").encode("ascii", "replace"))
    except (binascii.Error, ValueError):
        return None
    return decode_bytes(data, charset)


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded-words, dropping the whitespace between two adjacent ones."""
    if "=?" not in value:
        return value
    out: list[str] = []
    last = 0
    previous_was_word = False
    for match in _ENCODED_WORD.finditer(value):
        between = value[last:match.start()]
        decoded = _decode_word(match.group(1), match.group(2), match.group(3))
        if decoded is None:
            out.append(between + match.group(0))
            previous_was_word = False
        else:
            if not (previous_was_word and not between.strip()):
                out.append(between)
            out.append(decoded)
            previous_was_word = True
        last = match.end()
    out.append(value[last:])
    return "".join(out)


def unfold(value: str) -> str:
    return _FOLD.sub("", value) if "\n" in value else value


def decode_header_value(value: str, defects: list[str] | None = None) -> str:
    """Return a header value as readable text: unfolded, 8-bit bytes and encoded-words decoded."""
    if len(value) <= _MAX_HEADER_CHARS and value.isascii() and "=?" not in value \
            and "\n" not in value and "\r" not in value and "\x00" not in value:
        return value.strip()  # nothing to unfold, decode or drop: the common case, quickly
    if len(value) > _MAX_HEADER_CHARS:
        if defects is not None:
            defects.append(f"header longer than {_MAX_HEADER_CHARS} characters cut")
        value = value[:_MAX_HEADER_CHARS]
    text = decode_words(_raw_header_text(unfold(value)))
    return text.replace("\r", "").replace("\n", " ").replace("\x00", "").strip()


def parse_address_list(value: str, defects: list[str] | None = None) -> list[tuple[str, str]]:
    """Return (display name, lower-case address) pairs from a raw address header."""
    if not value:
        return []
    raw = _raw_header_text(unfold(value[:_MAX_HEADER_CHARS])).replace("\r", "").replace("\n", " ")
    pairs = _plain_addresses(raw)
    try:
        if pairs is None:
            pairs = getaddresses([raw])
    except (ValueError, IndexError, TypeError, AttributeError) as exc:
        if defects is not None:
            defects.append(f"unparseable address header ({exc.__class__.__name__})")
        return []
    found: list[tuple[str, str]] = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if not addr:
            continue
        found.append((decode_words(name).strip(), addr))
    return found


def _plain_addresses(raw: str) -> list[tuple[str, str]] | None:
    """getaddresses([raw]) for the plain shapes of an address list; None for anything else."""
    if '"' in raw:
        match = _QUOTED_ADDRESS.fullmatch(raw)
        return [(match.group(1), match.group(2))] if match else None
    found = []
    for piece in raw.split(","):
        match = _PLAIN_ADDRESS.fullmatch(piece)
        if match is None:
            return None
        bare, name, routed = match.groups()
        if bare:
            found.append(("", bare))
        else:
            found.append((" ".join(_BLANKS.split(name)) if name else "", routed))
    return found


def normalise_message_id(value: str) -> str:
    """Return the first Message-ID in `value` as "<id>", or "" when there is none."""
    if not value:
        return ""
    value = unfold(str(value)[:2000])
    match = _MESSAGE_ID.search(value)
    if match:
        return f"<{match.group(1)}>"
    token = value.strip().split()[0] if value.strip() else ""
    token = token.strip("<>,;\"'")
    return f"<{token}>" if token and any(c.isalnum() for c in token) else ""


def split_message_ids(value: str) -> tuple[str, ...]:
    """Split References/In-Reply-To into "<id>" values, in order, duplicates removed.

    Accepts "<a> <b>", "<a>,<b>", bare ids separated by spaces or commas, and ignores phrases
    such as 'Your message of "Mon, 14 Sep"'."""
    if not value:
        return ()
    value = value[:_MAX_HEADER_CHARS]
    ids = [f"<{m}>" for m in _MESSAGE_ID.findall(value)]
    if not ids:
        ids = [f"<{t.strip('<>')}>" for t in _SPLIT_IDS.split(value) if "@" in t.strip("<>")]
    return tuple(dict.fromkeys(ids))


def parse_date(value: str, defects: list[str],
               fallback: Callable[[str], object] | None = None) -> datetime | None:
    """Return the Date header as an aware datetime (a missing zone means UTC), or None."""
    text = unfold(value).strip()[:200]
    if not text:
        return None
    result: datetime | None
    try:
        result = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        result = None
    if result is None and fallback is not None:
        result = getattr(fallback(text), "value", None)
    if result is None:
        try:
            result = datetime.fromisoformat(text)
        except ValueError:
            defects.append(f"unparseable Date {text[:60]!r}")
            return None
    if result.tzinfo is None:
        result = result.replace(tzinfo=timezone.utc)
    return result
