"""Property tests: parsing and classifying never raise on any input, except the parser's own
MalformedMessage (nothing usable), which the sync records as a skipped message.

Inputs: arbitrary bytes, header-shaped bytes, and real messages from tests/data mutated (bytes
flipped, inserted, deleted, lines duplicated, cut short). Bounded example counts keep it quick.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_watch.adapters.parsing import MalformedMessage, parse_headers, parse_message
from interview_watch.core.classify import classify
from interview_watch.core.models import ParsedMessage

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = sorted(p.read_bytes() for p in DATA.rglob("*.eml"))[:80]
CATEGORIES = {"second_interview", "offer", "rejection", "info_request", "acknowledgment",
              "auto_reply", "bounce", "other"}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_pipeline(raw: bytes) -> None:
    """parse_message, then classify; only MalformedMessage may escape, and results are sane."""
    try:
        msg = parse_message(raw)
    except MalformedMessage as exc:
        assert str(exc)  # it carries its reason
        return
    assert isinstance(msg, ParsedMessage)
    verdict = classify(msg)
    assert verdict.category in CATEGORIES
    assert 0.0 <= verdict.confidence <= 1.0
    assert all(isinstance(e, str) for e in verdict.evidence)


def check_headers(raw: bytes) -> None:
    try:
        parse_headers(raw)
    except MalformedMessage:
        pass


@st.composite
def mutated_sample(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 12))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup_line", "truncate", "splice"]))
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"\r\n", b"\n\n", b":", b"--", b"=?utf-8?B?", b"\x00",
                                                b"boundary=\"x\"", b"charset=x-unknown", b"\xff\xfe",
                                                b"Content-Type: multipart/mixed; boundary=\"z\"\r\n",
                                                b"Content-Transfer-Encoding: base64\r\n", b"=\r\n"]))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "dup_line":
            end = data.find(b"\n", at)
            line = data[at:end + 1 if end >= 0 else len(data)]
            data[at:at] = line * draw(st.integers(1, 20))
        elif op == "truncate":
            del data[at:]
        else:
            other = draw(st.sampled_from(SAMPLES))
            data[at:at] = other[: draw(st.integers(0, len(other)))]
    return bytes(data)


header_lines = st.lists(
    st.tuples(st.sampled_from(["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To",
                               "References", "Content-Type", "Content-Transfer-Encoding",
                               "Auto-Submitted", "X-Autoreply", "Precedence", "Return-Path", "X"]),
              st.binary(max_size=80)),
    max_size=12,
)


def test_there_are_real_samples_to_mutate():
    assert len(SAMPLES) >= 10


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_crash_parse_or_classify(raw):
    check_pipeline(raw)
    check_headers(raw)


@FUZZ
@given(header_lines, st.binary(max_size=2048))
def test_header_shaped_noise_never_crashes(headers, body):
    raw = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers) + b"\r\n" + body
    check_pipeline(raw)
    check_headers(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_sample())
def test_mutated_real_messages_never_crash_parse_or_classify(raw):
    check_pipeline(raw)
    check_headers(raw.split(b"\r\n\r\n", 1)[0])


@pytest.mark.parametrize("depth", [50, 1000])
def test_deep_multipart_nesting_never_crashes(depth):
    raw = b"From: a@b.example\r\nSubject: deep\r\n"
    for i in range(depth):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
    raw += b"Content-Type: text/plain\r\n\r\nhello\r\n"
    check_pipeline(raw)
