"""Turn a SearchFilter into IMAP SEARCH keys (RFC 3501 section 6.4.4). Pure; no imapclient here.

The terms are OR-ed as a balanced tree in prefix form ("OR OR a b OR c d"), so a long list does
not nest deeply, and split into groups that keep each command line short (servers limit it:
Dovecot to 64 KB); the caller runs one SEARCH per group and unites the results.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, TypeVar

from interview_watch.core.models import SearchFilter

MAX_GROUP_BYTES = 8_000
MAX_GROUP_TERMS = 200

Term = list[str]
T = TypeVar("T")


class Unsearchable(ValueError):
    """A term the server cannot be sent (a line break or control character): search unfiltered."""


def filter_terms(narrow: SearchFilter) -> list[Term]:
    """Return one IMAP search key per term of `narrow`. Raise Unsearchable for a term with a
    control character, which no IMAP string can carry."""
    terms: list[Term] = [["FROM", value] for value in narrow.from_contains]
    terms += [["HEADER", name, value] for name, value in narrow.header_contains]
    terms += [["TEXT", value] for value in narrow.text_contains]
    for term in terms:
        if any(ord(ch) < 32 or ord(ch) == 127 for part in term for ch in part):
            raise Unsearchable(f"search term {term[-1]!r} has a control character")
        term[-1] = _sendable(term[-1])
    return terms


def _sendable(value: str) -> str:
    """`value`, or its longest piece without the characters imapclient would send bare and a
    server would read as syntax ("(", ")", "{", "}", "[", "]", "%", "*"). A piece of a substring
    matches wherever the whole does, so the filter stays a superset."""
    pieces = [p for p in _SYNTAX.split(value) if p]
    piece = max(pieces, key=len) if pieces else ""
    if not piece:
        raise Unsearchable(f"empty search term {value!r}")  # it would match everything anyway
    if len(piece) < min(len(value), 4):
        raise Unsearchable(f"search term {value!r} is too short to send without its brackets")
    return piece


_SYNTAX = re.compile(r"[(){}\[\]%*]")


def needs_utf8(terms: list[Term]) -> bool:
    return any(not part.isascii() for term in terms for part in term)


def or_tree(terms: list[Term]) -> list[str]:
    """The keys OR-ed together, flat, in prefix form; `terms` must not be empty."""
    if len(terms) == 1:
        return list(terms[0])
    middle = len(terms) // 2
    return ["OR", *or_tree(terms[:middle]), *or_tree(terms[middle:])]


def groups(terms: list[Term]) -> Iterator[list[Term]]:
    """Split `terms` into runs of at most MAX_GROUP_TERMS terms and about MAX_GROUP_BYTES."""
    return runs(terms, lambda term: sum(len(part.encode()) + 3 for part in term) + 3,
                MAX_GROUP_BYTES, MAX_GROUP_TERMS)


def runs(items: Iterable[T], cost: Callable[[T], int], max_cost: int, max_items: int) -> Iterator[list[T]]:
    """Split `items`, in order, into runs of at most `max_items` whose costs add up to at most
    `max_cost` (a single item costing more makes a run of its own)."""
    run: list[T] = []
    total = 0
    for item in items:
        weight = cost(item)
        if run and (total + weight > max_cost or len(run) >= max_items):
            yield run
            run, total = [], 0
        run.append(item)
        total += weight
    if run:
        yield run
