"""The quick paths of adapters/mime_decode.py answer exactly as the general code does: plain
address lists as email.utils.getaddresses, plain header values as the full decode."""

from __future__ import annotations

import random
from email.utils import getaddresses

from hypothesis import given, settings
from hypothesis import strategies as st

from interview_watch.adapters import mime_decode
from interview_watch.adapters.mime_decode import decode_header_value, parse_address_list

PIECES = ["jane", "doe", ".", "@", "acme-corp", "com", " ", "  ", "\t", ",", "<", ">", '"', "(",
          ")", "\\", "é", "\u00a0", "\u2028", "Q.", "O'Brien", "x+tag", "=?utf-8?q?x?=", ":", ";",
          "[", "]", "-", "_", "ü", "1", "\x00", "\r", "\n", "\r\n "]


def _same_as_getaddresses(raw: str) -> None:
    fast = mime_decode._plain_addresses(raw)  # noqa: SLF001
    if fast is not None:
        assert fast == getaddresses([raw]), raw


def test_common_address_shapes_take_the_quick_path_and_match() -> None:
    for raw in ["jane@acme.com", "Jane Doe <jane@acme.com>", "<jane@acme.com>",
                '"Doe, Jane" <jane@acme.com>', "Jane Q. Doe\t<j.doe+x@mail.acme.co.uk>",
                "a@x.com, B  C <b@y.org>,c@z", "Zoë Müller <zoe@beispiel.de>", '"" <a@b>']:
        assert mime_decode._plain_addresses(raw) is not None, raw  # noqa: SLF001
        _same_as_getaddresses(raw)


def test_seeded_random_address_strings_match_getaddresses() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        _same_as_getaddresses("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20))
def test_generated_address_strings_match_getaddresses(pieces: list[str]) -> None:
    _same_as_getaddresses("".join(pieces))


def _slow_decode(value: str) -> str:
    """decode_header_value without its quick path."""
    defects: list[str] = []
    text = mime_decode.decode_words(mime_decode._raw_header_text(mime_decode.unfold(value)))  # noqa: SLF001
    return text.replace("\r", "").replace("\n", " ").replace("\x00", "").strip(), defects


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(" \t\r\nabc=?_:\x00é\udcff") + ["=?utf-8?q?", "?="]),
                max_size=40))
def test_header_values_decode_the_same_with_and_without_the_quick_path(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert decode_header_value(value) == _slow_decode(value)[0]


def test_address_list_results_are_unchanged_for_odd_input() -> None:
    for raw in ['"unterminated <a@b>', "a@b,,c@d", "Jane <a@b> trailing", "(comment) a@b"]:
        assert parse_address_list(raw) == [
            (mime_decode.decode_words(n).strip(), a.strip().strip("<>").lower())
            for n, a in getaddresses([raw]) if a.strip().strip("<>")]
