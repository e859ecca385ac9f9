"""The phrase rules of the reply classifier, as data, and the registry that compiles them.

Each language module (en and en_requests, de, fr, es) and scheduling.py declare rules with
`rule(...)`; index.py is the prefilter that keeps matching fast. This
module folds the text they run on and builds the registry `RULES`.

How a pattern is written (so the tables read like the prose they match):
- The text is folded before matching: lower case, accents removed one character for one
  character ("é" -> "e", "ü" -> "u", "ß" -> "s"), typographic quotes and dashes made plain.
  Patterns may still be written with accents: "é" matches "e"; "ü", "ä", "ö" also match the
  ASCII spellings "ue", "ae", "oe"; "ß" matches "ss" or "s".
- A literal space matches any run of white space (line breaks included); " ?" matches an
  optional run of white space.
- Do not put accented letters or spaces inside [character classes].
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_watch.core.rules.index import RuleIndex

# Rejection rules at or above this weight decide on their own (see core/classify.py).
DECISIVE = 3.0


@dataclass(frozen=True)
class Rule:
    """One named phrase pattern. `name` is "category/language/what", shown as evidence."""

    name: str
    category: str
    language: str
    pattern: re.Pattern[str]
    weight: float
    # The phrase proposes or moves a meeting (an invitation, a time, a reschedule).
    meeting: bool = False
    # A negation word shortly before the match, in the same clause, cancels the rule.
    negatable: bool = False
    # The rule does not fire when this pattern matches the text right after the phrase.
    unless_after: re.Pattern[str] | None = None


_UMLAUT_ALTERNATIVES = {"ü": "(?:ue|u)", "ä": "(?:ae|a)", "ö": "(?:oe|o)", "ß": "(?:ss|s)"}


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower() if len(base) == 1 else char.lower() if len(char.lower()) == 1 else char


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char and len(folded) == 1:
            table[code] = folded
    table.update({ord("ß"): "s", ord("ẞ"): "s", ord("æ"): "a", ord("œ"): "o", ord("ø"): "o",
                  ord("Œ"): "o", ord("Æ"): "a", ord("Ø"): "o", ord("ı"): "i"})
    for quote in "\u2018\u2019\u201a\u201b\u02bc\u2032\u00b4`":
        table[ord(quote)] = "'"
    for quote in "\u201c\u201d\u201e\u201f\u00ab\u00bb":
        table[ord(quote)] = '"'
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(dash)] = "-"
    for space in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003":
        table[ord(space)] = " "
    table[ord("\u00ad")] = "-"
    return table


FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Return `text` lower-cased and without accents, the same length, character for character,
    so a match in the folded text can be quoted from the original."""
    return text.translate(FOLD_TABLE)


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern written as described in the module docstring."""
    out: list[str] = []
    escaped = False
    skip_next = False
    for index, char in enumerate(pattern):
        if skip_next:
            skip_next = False
        elif escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == " " and pattern[index + 1:index + 2] == "?":
            out.append(r"\s*")
            skip_next = True
        elif char == " ":
            out.append(r"\s+")
        elif char in _UMLAUT_ALTERNATIVES:
            out.append(_UMLAUT_ALTERNATIVES[char])
        elif ord(char) > 0x7F:
            out.append(re.escape(fold(char)))
        else:
            out.append(char)
    return re.compile("".join(out))


def rule(name: str, category: str, language: str, weight: float, pattern: str, *,
         meeting: bool = False, negatable: bool = False, unless_after: str = "") -> Rule:
    """Declare one rule; `name` is the short part ("not_moving_forward")."""
    return Rule(
        name=f"{category}/{language}/{name}",
        category=category,
        language=language,
        pattern=compile_phrase(pattern),
        weight=weight,
        meeting=meeting,
        negatable=negatable,
        unless_after=compile_phrase(unless_after) if unless_after else None,
    )


# Words that, shortly before a phrase in the same clause, turn it around ("won't be extending an
# offer", "nicht ... einladen", "ne ... pas", "no podemos ofrecerte").
NEGATION = {
    "en": compile_phrase(r"\b(?:not|no|never|cannot|unable|neither|nor|without)\b|n't\b"),
    "de": compile_phrase(r"\b(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals|ohne)\b"),
    "fr": compile_phrase(r"\b(?:ne|pas|jamais|aucun|aucune|sans)\b|\bn'"),
    "es": compile_phrase(r"\b(?:no|nunca|ni|sin|tampoco|ningun|ninguna)\b"),
    "any": compile_phrase(r"\b(?:not|no)\b|n't\b"),
}
# Where a clause starts, for the negation look-behind window.
CLAUSE_BREAK = re.compile(r"[.!?;:\n¿¡]|\b(?:but|however|aber|jedoch|mais|pero|sino)\b")
# A comma followed by a new clause's verb or question ends a clause too: in "Der Termin hat leider
# nicht geklappt, können wir auf Donnerstag verschieben?" or "the slot didn't work, could we do
# Friday?" the "not" belongs to the first clause, not to the proposal. (Folded text.)
_COMMA_CLAUSE = re.compile(
    r", ?(?=(?:(?:so|then|and|dann|also|donc|alors|entonces|y) )?(?:can|could|would|will|shall|"
    r"may|might|do|does|is|are|let's|let me|please|how about|what about|we'd|we could|we can|"
    r"i can|i could|konnen|konnten|wurden|wurdest|ware|waren|wollen|sollen|durfen|kann|konnte|"
    r"lass|lasst|passt|geht|ginge|hattest|hatten|wie ware|pourriez|pourrions|pourrait|pourrais|"
    r"pouvez|peux|pouvons|voulez|veux|serait|seriez|est-ce|on peut|podemos|podriamos|podrias|"
    r"podria|puedes|puede|quieres|quiere|te (?:va|viene|parece)|le (?:va|viene|parece)|"
    r"seria|vendria|que tal)\b)")


def clause_before(folded: str, start: int, size: int) -> str:
    """The words of the clause that ends at `start`, at most `size` characters back: what a
    negation or a past-tense lead must share with a phrase to bear on it."""
    window = folded[max(0, start - size):start]
    cut = 0
    for pattern in (CLAUSE_BREAK, _COMMA_CLAUSE):
        for found in pattern.finditer(window):
            cut = max(cut, found.end())
    return window[cut:]

# A meeting that already happened: "enjoyed meeting the team", "thank you for coming in to meet
# the team", "it was great to meet you in person", "fue un placer conocer al equipo"; or one that
# waits on something else ("before we can set up the final round, we need references"). The words
# right before a meeting phrase say so; a pleasantry counts only without a future ("would be
# great to meet you" is an invitation).
_PAST_LEAD = re.compile(
    r"(?:\b(?:enjoyed|enjoy|loved|liked|after|since)(?: (?:our|the|your|my|that))?"
    # praise for work already shown: "bravo pour ton portfolio", "kudos on your case study"
    r"|\b(?:bravo|kudos|compliments?|well done) (?:pour|por|on|for)(?: (?:ton|ta|tes|votre|vos|tu|"
    r"su|tus|your|the))?"
    r"|\b(?:thanks?|thank you|grateful|appreciated?)(?: \w+){0,3} for(?: (?:the|your|our))?"
    r"(?: (?:coming|taking the time|"
    r"making the time|travell?ing|joining us|stopping by|popping|the chance|the opportunity|"
    r"(?:walking (?:us|me|them) through|presenting|sharing|showing (?:us|me))(?: (?:the|your|our|that|this))?)"
    r"(?: (?:in|over|out|by|down|up|back|all the way))?(?: to)?)?"
    r"|\bgracias por(?: venir a| acercarte a| pasarte a)?"
    r"|\bmerci (?:d'etre venue?s?|d'etre passee?s?|d'avoir pris le temps de|pour votre venue,?)"
    r"|\b(?:danke|dank|vielen dank) (?:nochmal |nochmals |noch einmal )?(?:furs|fur das|fur ihr|"
    r"fur dein|fur den|fur die|fur ihren|fur deinen)"
    # "danke, dass Sie sich die Zeit genommen haben, unser Team kennenzulernen"
    r"|\b(?:zeit genommen|gekommen|vorbeigekommen) (?:haben|hast|habt|sind|bist|seid)?,? (?:um )?"
    r"(?:\w+ ){0,3}"
    r"|\b(?:before|until) (?:we|i) (?:can |could |are able to |get to |move on to )?"
    r"|\b(?:appreciate|appreciated|thanks for|thank you for) (?:you |your )?(?:taking|doing|"
    r"completing|finishing|submitting|sending|putting|spending|working on)(?: (?:the|your|our|that|"
    r"this|on))?)\s*$")
_PLEASANTRY = re.compile(
    r"\b(?:great|nice|good|lovely|wonderful|pleasure|fantastic|glad|happy|delighted|placer|"
    r"gusto|encantad[oa]s?) (?:de )?(?:to )?$")
_FUTURE = re.compile(r"\b(?:would|will|could|shall|look(?:ing)? forward|hope|hoping|keen|love|"
                     r"like|sera|gustaria|encantaria)\b|'d\b|'ll\b")


# A proposal that waits on a decision not yet taken: "if the team decides to move forward, I'll
# reach out to schedule the next round", "should you be selected", "falls wir uns für Sie
# entscheiden", "si votre candidature est retenue", "si decidimos avanzar". (Folded text.)
_CONDITION = re.compile(
    r"\b(?:if|should|once|in case|in the event that|assuming|provided that)\b(?! you(?:'re| are)? "
    r"(?:happy|keen|willing|ok|okay|interested|comfortable|able|available|still (?:interested|"
    r"keen|happy|up for))\b)(?: [\w']+){0,3} "
    r"(?:decides?|decided|wants?|wishes|would like|chooses?|agrees?|moves? forward|proceeds?|"
    r"progress(?:es)?|advances?|selected|successful|shortlisted|chosen|fit|match|matches)\b"
    r"|\b(?:falls|wenn|sollten|sofern)\b(?: \w+){0,4} (?:entscheiden|entschieden|weiterkommen|"
    r"ausgewahlt|berucksichtigt|weitergehen|fortsetzen|fortfahren)\b"
    r"|\b(?:si|au cas ou|dans le cas ou)\b(?: [\w']+){0,3} (?:retenue?s?|selectionnee?s?|decidons|"
    r"decide|avancer|avancons|poursuivre|poursuivons|donnons suite)\b"
    r"|\b(?:si|en caso de que)\b(?: \w+){0,3} (?:decidimos|decide|deciden|avanzamos|avanza|"
    r"seleccionad[oa]|elegid[oa]|pasas|continuas|seguimos adelante)\b"
    # "whether we'll invite you back", "ob wir Sie zu einem zweiten Gespräch einladen"
    r"|\bwhether (?:or not )?we(?:'ll| will| can| would| should)?(?:\s+\w+){0,2}\s+(?:invite|move|"
    r"progress|take|bring|ask|proceed|offer|advance)\b|\bob wir\b(?:\s+\w+){0,6}\s+(?:einladen|"
    r"weiterkommen|fortfahren|fortsetzen|anbieten|weitergehen)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
# A call whose purpose is feedback, the offer or the decision is not a further round, whichever
# meeting phrase proposes it: "happy to jump on a call to share the panel's feedback - just let
# me know a time that suits", "für ein Feedbackgespräch ..., wann es Ihnen passt", "un échange
# si vous souhaitez un retour", "te llamo para comentarte el feedback". (Folded text.)
_ABOUT_FEEDBACK = re.compile(
    r"\bfeedback (?:call|chat|session|conversation|meeting|debrief)\b|\b(?:to|and|where (?:i|we) "
    r"(?:can|could)|so (?:i|we) (?:can|could)) (?:share|give|pass on|discuss|go over|go through|"
    r"walk (?:you )?through|talk (?:you )?through|run (?:you )?through|talk about|explain) "
    r"(?:[\w']+ ){0,3}?(?:feedback|the offer|your offer|the package|the details of the offer|"
    r"(?:the|our) decision)\b"
    r"|\bfeedback ?-?(?:gesprach|call|telefonat|termin)|\b(?:feedback|ruckmeldung) (?:zu )?"
    r"(?:geben|besprechen)\b"
    r"|\b(?:vous|te) (?:faire|donner|apporter) (?:un |mon |notre |des |quelques )?(?:retours?|"
    r"feedback)\b|\bretours? (?:plus )?detaille|\bsi (?:vous (?:le )?souhaitez|tu (?:le )?souhaites|"
    r"tu veux|vous voulez) (?:\w+ ){0,2}(?:un |des )?(?:retours?|feedback|debrief)\b"
    r"|\b(?:darte|darle|comentarte|comentarle|compartirte|compartirle|contarte|contarle|dar|"
    r"comentar|compartir) (?:el |la |un |mi |nuestro |nuestra |algo de |algunos )?(?:feedback|"
    r"retroalimentacion|devolucion)\b|\b(?:llamada|reunion|charla) de (?:feedback|"
    r"retroalimentacion|devolucion)\b")


def _sentence(folded: str, start: int, end: int) -> str:
    before = folded[max(0, start - 90):start]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    after = folded[end:end + 90]
    stop = _SENTENCE_END.search(after)
    return before[cut + 1:] + " " + folded[start:end] + " " + (after[:stop.start()] if stop
                                                                else after)


def conditional(folded: str, start: int, end: int) -> bool:
    """True when the sentence around folded[start:end] makes it wait on a decision not taken."""
    return _CONDITION.search(_sentence(folded, start, end)) is not None


def about_feedback(folded: str, start: int, end: int) -> bool:
    """True when the sentence around folded[start:end] proposes a call about feedback, the offer
    or the decision, which is not an invitation to a further round."""
    return _ABOUT_FEEDBACK.search(_sentence(folded, start, end)) is not None


def past_meeting(folded: str, start: int) -> bool:
    """True when the words just before `start` place the meeting there in the past."""
    window = clause_before(folded, start, 60)
    if _PAST_LEAD.search(window):
        return True
    return bool(_PLEASANTRY.search(window)) and not _FUTURE.search(window)


def _load() -> tuple[Rule, ...]:
    from interview_watch.core.rules import closures, de, en, en_requests, es, fr, scheduling

    rules: list[Rule] = []
    for module in (en, en_requests, closures, de, fr, es, scheduling):
        rules.extend(module.RULES)
    names = [r.name for r in rules]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule names: {sorted(duplicates)}")
    return tuple(rules)


RULES: tuple[Rule, ...] = ()
_INDEX: "RuleIndex | None" = None


def all_rules() -> tuple[Rule, ...]:
    """Return every phrase rule, compiled once."""
    global RULES
    if not RULES:
        RULES = _load()
    return RULES


def rule_index() -> "RuleIndex":
    """Return the prefilter over every rule, built once."""
    global _INDEX
    if _INDEX is None:
        from interview_watch.core.rules.index import RuleIndex

        _INDEX = RuleIndex(all_rules())
    return _INDEX
