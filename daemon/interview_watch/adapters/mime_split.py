"""A faster path to the same Message tree the standard library's compat32 parser builds.

Part of the parsing adapter (adapters/parsing.py is its only caller). The stdlib FeedParser
costs most of a parse: a generator per part, get_content_type() a dozen times per part and,
worst, one re.compile per multipart boundary (~0.4 ms, and every message has a new boundary).
This module follows the FeedParser's steps line for line (email/feedparser.py, Python 3.11) for
well-formed messages only: headers, single parts and nested multiparts. Whenever the FeedParser
would record a defect or take a path not followed here (a message/* part, a delivery report, a
unix From line, a missing boundary, a header line without a colon ...), `parse` returns None and
the caller runs the FeedParser itself. tests/unit/test_mime_split.py checks that the trees are
identical (headers, payloads, preambles, epilogues, defects) on the corpus and on mutated input.
"""

from __future__ import annotations

import re
from email.message import Message
from email.policy import compat32

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # FeedParser's universal-newline lines
_HEADER = re.compile(r"[\041-\071\073-\176]+:")  # a field name and its colon
_EOL = re.compile(r"(\r\n|\r|\n)\Z")
_BLANK = ("\r\n", "\n", "\r")
_MAX_DEPTH = 40  # deeper nesting is left to the FeedParser (and its RecursionError handling)
_header_source_parse = compat32.header_source_parse


class _Fallback(Exception):
    """The FeedParser would do something this module does not copy."""


class _Reader:
    """FeedParser's BufferedSubFile over a list of lines: a line matching one of the open
    multipart boundaries reads as end of input, and is not consumed."""

    __slots__ = ("lines", "pos", "end", "stack")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.pos = 0
        self.end = len(lines)
        self.stack: list[str] = []

    def readline(self) -> str:
        if self.pos >= self.end:
            return ""
        line = self.lines[self.pos]
        if self.stack and line.startswith("--"):
            for separator in self.stack:
                if _boundary(line, separator) is not None:
                    return ""
        self.pos += 1
        return line

    def rest(self) -> list[str]:
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)


def _boundary(line: str, separator: str) -> tuple[bool, str] | None:
    """FeedParser's boundaryre.match: (is the close boundary, its line end) or None."""
    if not line.startswith(separator):
        return None
    rest = line[len(separator):]
    closing = rest.startswith("--")
    if closing:
        rest = rest[2:]
    rest = rest.lstrip(" \t")
    if rest and rest not in _BLANK:
        return None
    return closing, rest


def parse(raw: bytes, headersonly: bool = False) -> Message | None:
    """Return what message_from_bytes(raw, policy=compat32) returns (or, with `headersonly`,
    BytesHeaderParser(policy=compat32).parsebytes(raw)), or None when that needs the FeedParser."""
    text = raw.decode("ascii", "surrogateescape")
    reader = _Reader(_LINE.findall(text))
    try:
        msg = _parse(reader, headersonly, 0)
    except _Fallback:
        return None
    if msg.get_content_maintype() == "multipart" and not msg.is_multipart() and not headersonly:
        return None  # MultipartInvariantViolationDefect
    return msg


def _parse(reader: _Reader, headersonly: bool, depth: int) -> Message:
    if depth > _MAX_DEPTH:
        raise _Fallback
    msg = Message()
    _read_headers(reader, msg)
    if headersonly:
        msg.set_payload("".join(reader.rest()))
        return msg
    maintype = msg.get_content_maintype()
    if maintype == "message":  # message/rfc822, message/delivery-status ...
        raise _Fallback
    if maintype == "multipart":
        _read_multipart(reader, msg, depth)
    else:
        msg.set_payload("".join(reader.rest()))
    return msg


def _read_headers(reader: _Reader, msg: Message) -> None:
    current: list[str] = []
    while True:
        line = reader.readline()
        if not line:
            break
        first = line[0]
        if first in " \t":
            if not current:
                raise _Fallback  # FirstHeaderLineIsContinuationDefect
            current.append(line)
            continue
        if first in "\r\n":
            break  # the blank line between the headers and the body
        if line.startswith("From ") or not _HEADER.match(line):
            raise _Fallback  # a unix From line, an empty name, or a line without a colon
        if current:
            msg.set_raw(*_header_source_parse(current))
        current = [line]
    if current:
        msg.set_raw(*_header_source_parse(current))


def _read_multipart(reader: _Reader, msg: Message, depth: int) -> None:
    if msg.get_content_type() == "multipart/digest":
        raise _Fallback  # its parts default to message/rfc822
    boundary = msg.get_boundary()
    if boundary is None:
        raise _Fallback  # NoBoundaryInMultipartDefect
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        raise _Fallback  # InvalidMultipartContentTransferEncodingDefect
    separator = "--" + boundary
    preamble: list[str] = []
    in_preamble = True
    while True:
        line = reader.readline()
        if not line:
            raise _Fallback  # StartBoundaryNotFoundDefect or CloseBoundaryNotFoundDefect
        found = _boundary(line, separator)
        if found is None:
            if not in_preamble:  # cannot happen: a part's reader stops at the boundary
                raise _Fallback
            preamble.append(line)
            continue
        closing, linesep = found
        if closing:
            if in_preamble:
                raise _Fallback  # StartBoundaryNotFoundDefect
            break
        if in_preamble:
            if preamble:
                match = _EOL.search(preamble[-1])
                if match:
                    preamble[-1] = preamble[-1][:-len(match.group(0))]
                msg.preamble = "".join(preamble)
            in_preamble = False
        # FeedParser swallows repeated boundary lines here; they are rare enough to leave to it.
        following = reader.readline()
        if not following or _boundary(following, separator) is not None:
            raise _Fallback
        reader.pos -= 1  # unread it: the part starts there
        reader.stack.append(separator)
        part = _parse(reader, False, depth + 1)
        reader.stack.pop()
        msg.attach(part)
        _strip_last_eol(part)
    epilogue = [""] if linesep else []
    epilogue.extend(reader.rest())
    if epilogue and epilogue[0][:1] in ("\r", "\n"):
        first = epilogue[0]
        epilogue[0] = first[2:] if first.startswith("\r\n") else first[1:]
    msg.epilogue = "".join(epilogue)


def _strip_last_eol(part: Message) -> None:
    """RFC 2046: the line end before a boundary belongs to the boundary (as FeedParser does)."""
    if part.get_content_maintype() == "multipart":
        epilogue = part.epilogue
        if epilogue == "":
            part.epilogue = None
        elif epilogue is not None:
            match = _EOL.search(epilogue)
            if match:
                part.epilogue = epilogue[:-len(match.group(0))]
        return
    payload = part._payload  # noqa: SLF001 - exactly what FeedParser touches
    if isinstance(payload, str):
        match = _EOL.search(payload)
        if match:
            part._payload = payload[:-len(match.group(0))]  # noqa: SLF001
