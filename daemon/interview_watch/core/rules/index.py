"""The prefilter over the phrase rules: which rules can possibly match a text.

Running ~200 regular expressions over every reply is too slow for the throughput target, and
most rules cannot match most replies. Each rule's possible literal starts are derived from its
parsed pattern ("decided", "not", "calendly"); a rule runs only when one of them begins a word
of the text (or occurs anywhere, for a pattern not anchored at a word boundary). Rules whose
start cannot be derived always run. The filter never changes a result, only skips work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
try:  # the stdlib's own pattern parser (private, but stable since 3.11); without it, no filter
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a future Python that moved them
    sre_constants = sre_parser = None  # type: ignore[assignment]

from interview_watch.core.rules import NEGATION, Rule

_KEY = 5  # how many leading characters of a word are used as the index key
_MAX_PREFIXES = 400
_MEMO_LIMIT = 50_000  # distinct words remembered with the rules they may start
_TOKEN = re.compile(r"[a-z0-9]+")


class _Unfilterable(Exception):
    pass


# A prefix is (text, state): state OPEN can still grow, WORD ended at a word's end (white space
# or \b follows), CUT ended for any other reason (the word may continue).
OPEN, WORD, CUT = 0, 1, 2


def _is_space_run(op: object, arg: object) -> bool:
    if op is not sre_constants.MAX_REPEAT and op is not sre_constants.MIN_REPEAT:
        return False
    low, _high, sub = arg  # type: ignore[misc]
    items = list(sub)
    return low >= 1 and len(items) == 1 and items[0][0] is sre_constants.IN and list(
        items[0][1]) == [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]


def _close(acc: set[tuple[str, int]], state: int) -> set[tuple[str, int]]:
    return {(t, state if s == OPEN else s) for t, s in acc}


def _starts(items: list, acc: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Extend the open prefixes in `acc` by the parsed pattern items."""
    for op, arg in items:
        if not any(s == OPEN for _, s in acc):
            return acc
        if op is sre_constants.LITERAL:
            acc = {(t + chr(arg), s) if s == OPEN else (t, s) for t, s in acc}
        elif op is sre_constants.AT:
            if arg is sre_constants.AT_BOUNDARY:
                acc = {(t, WORD) if s == OPEN and t else (t, s) for t, s in acc}
        elif op is sre_constants.SUBPATTERN:
            acc = _starts(list(arg[-1]), acc)
        elif op is sre_constants.BRANCH:
            merged: set[tuple[str, int]] = set()
            for branch in arg[1]:
                merged |= _starts(list(branch), acc)
            acc = merged
        elif _is_space_run(op, arg):
            acc = _close(acc, WORD)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
                    getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            once = _starts(list(sub), acc)
            if high != 1:
                once = _close(once, CUT)
            acc = (acc | once) if low == 0 else once
        elif op in (sre_constants.ASSERT_NOT, sre_constants.ASSERT):
            continue  # zero-width: a look-behind or look-ahead does not move the start
        else:
            acc = _close(acc, CUT)
        if len(acc) > _MAX_PREFIXES:
            raise _Unfilterable
    return acc


def _anchored(items: list) -> bool:
    """True when every way into the pattern starts at a word boundary."""
    if not items:
        return False
    op, arg = items[0]
    if op in (sre_constants.ASSERT_NOT, sre_constants.ASSERT):
        return _anchored(items[1:])
    if op is sre_constants.AT:
        return arg is sre_constants.AT_BOUNDARY
    if op is sre_constants.SUBPATTERN:
        return _anchored(list(arg[-1]))
    if op is sre_constants.BRANCH:
        return all(_anchored(list(b)) for b in arg[1])
    return False


@dataclass
class RuleIndex:
    """Which rules can possibly match a text, found from the words it contains."""

    rules: tuple[Rule, ...]
    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_substring: list[tuple[str, int]] = field(default_factory=list)
    always: list[int] = field(default_factory=list)
    memo: dict[tuple[str, frozenset[str]], tuple[int, ...]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # rule name -> registry position

    def __post_init__(self) -> None:
        for index, one in enumerate(self.rules):
            self._add(index, one)
            self.order[one.name] = index

    def _add(self, index: int, one: Rule) -> None:
        if sre_parser is None:  # pragma: no cover
            self.always.append(index)
            return
        try:
            parsed = sre_parser.parse(one.pattern.pattern, one.pattern.flags)
            items = list(parsed)
            branches = ([list(b) for b in items[0][1][1]]
                        if len(items) == 1 and items[0][0] is sre_constants.BRANCH else [items])
            plan = []
            for branch in branches:
                plan.append((_anchored(branch), _starts(branch, {("", OPEN)})))
        except (_Unfilterable, re.error, IndexError, TypeError):
            self.always.append(index)
            return
        keys: set[str] = set()
        exact: set[str] = set()
        subs: set[str] = set()
        for anchored, starts in plan:
            for start, state in starts:
                word = _TOKEN.match(start)
                if not word or len(start) < 2 and not anchored:
                    self.always.append(index)
                    return
                token = word.group(0)
                if not anchored:
                    subs.add(start)
                elif len(token) < len(start) or state == WORD:
                    exact.add(token)  # the text's word is exactly this one
                else:
                    keys.add(token[:_KEY])
        for key in keys:
            self.by_key.setdefault(key, []).append(index)
        for word in exact:
            self.by_word.setdefault(word, []).append(index)
        self.by_substring.extend((sub, index) for sub in subs)

    def candidates(self, folded: str) -> list[tuple[Rule, list[int] | None]]:
        """Return, in registry order, the rules that may match the folded text (those of the
        languages the text is written in, all of them when unsure, and the language-neutral
        ones) whose literal start occurs in it. Each comes with the positions where a match can
        start (the words that begin with one of its starts), or None when it must scan."""
        positions: dict[str, list[int]] = {}
        for match in _TOKEN.finditer(folded):
            positions.setdefault(match.group(), []).append(match.start())
        languages = detect_languages(positions.keys())
        starts: dict[int, list[int] | None] = {index: None for index in self.always}
        for sub, index in self.by_substring:
            if sub in folded:
                starts[index] = None
        for token, where in positions.items():
            for index in self._rules_for_token(token, languages):
                known = starts.get(index, 0)
                if known == 0:
                    starts[index] = list(where)
                elif known is not None:
                    known.extend(where)  # type: ignore[union-attr]
        chosen = []
        for index in sorted(starts):
            one = self.rules[index]
            if one.language in languages or one.language not in NEGATION:
                where = starts[index]
                if where is not None and len(where) > 1:
                    where = sorted(set(where))
                chosen.append((one, where))
        return chosen

    def _rules_for_token(self, token: str, languages: frozenset[str]) -> tuple[int, ...]:
        key = (token, languages)
        cached = self.memo.get(key)
        if cached is None:
            found: list[int] = [i for i in self.by_word.get(token, ())
                                if self.rules[i].language in languages
                                or self.rules[i].language not in NEGATION]
            for length in range(1, min(len(token), _KEY) + 1):
                found.extend(i for i in self.by_key.get(token[:length], ())
                             if self.rules[i].language in languages
                             or self.rules[i].language not in NEGATION)
            cached = tuple(found)
            if len(self.memo) < _MEMO_LIMIT:
                self.memo[key] = cached
        return cached


# Frequent words that tell the four languages apart (folded; words shared by two languages left
# out). A text is read with the rules of every language scoring at least half the best score;
# with too little to go on, with all of them.
_STOPWORDS = {
    "en": frozenset("the and you your we our for with this that have will thank thanks would "
                    "been are from please best regards hi dear team could about".split()),
    "de": frozenset("und der die das sie ihnen wir ich nicht mit fur ist zu den dem ein eine "
                    "uns dass auf vielen dank bitte gerne hallo ihre ihr dir dich noch".split()),
    "fr": frozenset("le les et vous nous pour est une avec pas je votre merci bien dans sur "
                    "qui bonjour cordialement tu ton ta nos vos".split()),
    "es": frozenset("el los las y para con por tu su nos te gracias muy pero hola saludos "
                    "usted del al tus sus".split()),
}
_ALL_LANGUAGES = frozenset(_STOPWORDS) | {"any"}


def detect_languages(tokens) -> frozenset[str]:
    """Return the languages a text's words (a set-like of tokens) point to, with "any"."""
    scores = {lang: len(words & tokens) for lang, words in _STOPWORDS.items()}
    best = max(scores.values())
    if best < 3:
        return _ALL_LANGUAGES
    return frozenset(lang for lang, score in scores.items() if score * 2 >= best) | {"any"}
