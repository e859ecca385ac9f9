"""adapters/mime_split.py builds exactly the Message tree of the stdlib FeedParser (compat32), or
declines (None). Checked on every message in tests/data, on seeded mutations of them, on
hand-written edge cases and on hypothesis input."""

from __future__ import annotations

import random
from email import message_from_bytes
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_watch.adapters import mime_split

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = sorted(p.read_bytes() for p in DATA.rglob("*.eml"))


def tree(msg: Message) -> tuple:
    """Everything a caller can observe of a parsed Message, recursively."""
    payload = msg._payload  # noqa: SLF001
    if isinstance(payload, list):
        payload = tuple(tree(p) if isinstance(p, Message) else repr(p) for p in payload)
    return (type(msg), tuple(msg._headers), payload, msg.preamble, msg.epilogue,  # noqa: SLF001
            msg.get_unixfrom(), msg.get_default_type(), msg._charset,  # noqa: SLF001
            tuple((type(d), str(d)) for d in msg.defects), msg.policy)


def check(raw: bytes) -> bool:
    """Assert the fast parse equals the stdlib's when it answers; return whether it did."""
    answered = False
    for headersonly in (False, True):
        fast = mime_split.parse(raw, headersonly)
        if fast is None:
            continue
        answered = True
        if headersonly:
            slow = BytesHeaderParser(policy=compat32).parsebytes(raw)
        else:
            slow = message_from_bytes(raw, policy=compat32)
        assert tree(fast) == tree(slow), raw[:300]
    return answered


def test_every_corpus_message_parses_identically() -> None:
    answered = sum(check(raw) for raw in SAMPLES)
    assert answered >= 0.9 * len(SAMPLES)  # the fast path really is the common path


def _mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        pos = rng.randrange(len(data))
        choice = rng.randrange(5)
        if choice == 0:
            data[pos] = rng.randrange(256)
        elif choice == 1:
            del data[pos:pos + rng.randint(1, 30)]
        elif choice == 2:
            data = data[:pos]
        else:
            data[pos:pos] = rng.choice([b"\r\n", b"\n", b"\r", b"\r\n\r\n", b"--", b":", b" ",
                                        b"\t", b"From ", b"\r\n--", b"--\r\n", b"\x00", b"\xff"])
    return bytes(data)


def test_mutated_messages_parse_identically_or_fall_back() -> None:
    rng = random.Random(20260304)
    for index in range(3000):
        check(_mutate(SAMPLES[index % len(SAMPLES)], rng))


EDGE_CASES = [
    b"",
    b"\r\n",
    b"Subject: x",
    b"Subject: x\r\n",
    b"Subject: x\rTo: y\r\n\r\nbody\r",
    b"Subject: x\n continued\n\tagain\n\nbody\n",
    b" leading: continuation\r\nSubject: x\r\n\r\n",
    b"From someone Mon Jan 1 00:00:00 2024\r\nSubject: x\r\n\r\nbody",
    b":no name\r\nSubject: x\r\n\r\n",
    b"Subject: x\r\nnot a header\r\n\r\nbody",
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\npre\r\n--b\r\nContent-Type: text/plain'
    b"\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\nepilogue\r\n",
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\none\r\n--b--',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\none\r\n--b-- \t\r\n\r\nx',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n--b\r\n\r\none\r\n--b--\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\none\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\nno boundary at all\r\n',
    b'Content-Type: multipart/mixed\r\n\r\n--b\r\n\r\none\r\n--b--\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    b"--b\r\n\r\none\r\n--b--\r\n",
    b'Content-Type: multipart/mixed; boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/'
    b'alternative; boundary="i"\r\n\r\n--i\r\n\r\nplain\r\n--i\r\nContent-Type: text/html\r\n'
    b"\r\n<p>x</p>\r\n--i--\r\n\r\n--o\r\nContent-Type: text/plain\r\n\r\nlast\r\n--o--\r\n",
    b'Content-Type: multipart/mixed; boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/'
    b'alternative; boundary="i"\r\n\r\n--i\r\n\r\nplain\r\n--o--\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\n--b--\r\n',
    b'Content-Type: multipart/mixed; boundary="b-"\r\n\r\n--b-\r\n\r\nx\r\n--b---\r\n',
    b'Content-Type: multipart/digest; boundary="b"\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n',
    b"Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n",
    b'Content-Type: multipart/report; boundary="b"\r\n\r\n--b\r\nContent-Type: message/'
    b"delivery-status\r\n\r\nAction: failed\r\n\r\nStatus: 5.1.1\r\n--b--\r\n",
    b"Subject: caf\xc3\xa9 \xff\r\nX-A: \x00\r\n\r\n\xfe body",
    b"Subject: x\r\n\r\n--b\r\nnot multipart\r\n",
]


@pytest.mark.parametrize("raw", EDGE_CASES)
def test_edge_cases_parse_identically_or_fall_back(raw: bytes) -> None:
    check(raw)


def test_a_clean_multipart_takes_the_fast_path() -> None:
    assert check(EDGE_CASES[10]) and check(EDGE_CASES[18])


PIECES = st.sampled_from([b"\r\n", b"\n", b"\r", b"--b", b"--b--", b"--i", b"--i--", b" ", b"\t",
                          b":", b"Subject: x", b"Content-Type: text/plain",
                          b'Content-Type: multipart/mixed; boundary="b"',
                          b'Content-Type: multipart/alternative; boundary="i"', b"body", b"From ",
                          b"X", b"\xff", b"=?utf-8?q?x?="])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40))
def test_generated_structures_parse_identically_or_fall_back(pieces: list[bytes]) -> None:
    check(b"".join(pieces))
