"""Turn a SearchFilter into IMAP SEARCH keys (RFC 3501 section 6.4.4). Pure; no imapclient here.

The terms are OR-ed as a balanced tree in prefix form ("OR OR a b OR c d"), so a long list does
not nest deeply, and split into groups that keep each command line short (servers limit it:
Dovecot to 64 KB); the caller runs one SEARCH per group and unites the results.
"""

from __future__ import annotations

from typing import Iterator

from interview_watch.core.models import SearchFilter

MAX_GROUP_BYTES = 8_000
MAX_GROUP_TERMS = 200

Term = list[str]


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
        if not term[-1]:
            raise Unsearchable("empty search term")  # it would match everything anyway
    return terms


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
    group: list[Term] = []
    size = 0
    for term in terms:
        cost = sum(len(part.encode()) + 3 for part in term) + 3
        if group and (size + cost > MAX_GROUP_BYTES or len(group) >= MAX_GROUP_TERMS):
            yield group
            group, size = [], 0
        group.append(term)
        size += cost
    if group:
        yield group
