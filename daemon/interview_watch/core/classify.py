"""What a reply to a thank-you says: one category, a confidence and the evidence behind it.

Pure. The pipeline:
1. machine replies (out-of-office, auto-acknowledgments, bounces) are recognised from headers and
   the delivery report first, by core/machine.py;
2. only what the sender wrote is read (core/textclean.py strips the quoted thank-you and the
   signature; rules/boilerplate.py sets ATS and legal footers aside), plus the subject;
3. calendar invitations and scheduling links are meeting evidence;
4. named phrase rules (core/rules/) fire with weights, and explicit precedence decides; a meeting
   or request phrase after "enjoyed", "thanks for coming in to" ... is past, not proposed.

Precedence, and why (a false "second interview!" is cruel, a missed rejection is worse):
- a decisive rejection ("not moving forward", "other candidates", "position filled", "won't be
  extending an offer", "leider ... für einen anderen Kandidaten entschieden", "nous ne donnerons
  pas suite", "continuar con otros candidatos") wins over every warm word, unless it only closes
  one role while a meeting is proposed for another;
- then a clear offer, even when it also proposes a call to talk it through;
- then a proposed meeting (an invitation, a time, a link, a calendar request, a reschedule of a
  further round, even one that opens "we regret ..."), which beats a request for documents;
- otherwise the weighted scores, ties going to the more cautious reading (rejection, then offer,
  info_request, second_interview, acknowledgment); "next round" or "move forward with you"
  without a meeting loses to a request for references; "next steps" alone is an acknowledgment;
  a lone hint ("next round", "congratulations") below a strong rule's weight decides nothing;
- a booking link or "book time with me" under the sign-off (or only in the HTML) is a signature,
  not an invitation, when the reply says something else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Iterator

from interview_watch.core.machine import detect_machine_reply
from interview_watch.core.models import DECISIVE_CATEGORIES, Classification, ParsedMessage
from interview_watch.core.rules import (DECISIVE, NEGATION, Rule, about_feedback, clause_before,
                                        conditional, fold, past_meeting, rule, rule_index)
from interview_watch.core.rules.boilerplate import bare_thanks, split_boilerplate, strip_tags
from interview_watch.core.rules.scheduling import find_proposed_time
from interview_watch.core.textclean import author_text

# Categories the phrase rules can vote for, most cautious first (the order breaks ties).
_TIE_ORDER = ("rejection", "offer", "info_request", "second_interview", "acknowledgment", "other")
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|wg|fw|fwd|tr|rv|r|sv|antw|antwort|ref|réf|rép|rep)\s*(?:\[\d+\])?\s*:\s*)+",
    re.I)
_NEGATION_WINDOW = 45
_SIGNATURE_PHRASE = re.compile(r"\bwith me\b|\bmy (?:calendar|calendly|schedule)\b")
_SUBJECT_WEIGHT = 0.5  # a subject the sender wrote
_REPLY_SUBJECT_WEIGHT = 0.25  # "Re: ..." mostly repeats the candidate's own subject
_MAX_EVIDENCE = 10
_MAX_QUOTE = 70
_HREF = re.compile(r"""href\s*=\s*["']?(https?://[^"'\s>]+)""", re.I)
_MAX_HTML = 200_000
_MAX_TEXT = 20_000  # a reply's own words; longer bodies are forwarded threads or noise
# A calendar invitation (METHOD:REQUEST) is the plainest meeting proposal there is.
_CALENDAR_RULE = rule("request", "second_interview", "calendar", 4.0, r"$^", meeting=True)


@dataclass(frozen=True)
class Hit:
    """One rule that fired, with the phrase it matched and the weight it adds."""

    rule: Rule
    phrase: str
    weight: float
    where: str  # "body", "subject", "html", "calendar"
    start: int = 0  # offset of the phrase in its text

    def label(self) -> str:
        prefix = f"{self.where}: " if self.where in ("subject", "footer") else ""
        return f'{prefix}{self.rule.name}: "{self.phrase}"'


def classify(msg: ParsedMessage) -> Classification:
    """Given a parsed reply, return its category, a confidence in 0..1 and the evidence."""
    machine = detect_machine_reply(msg)
    if machine is None:
        return _classify_words(msg)
    if machine.category == "auto_reply" and not _says_away(machine):
        # Applicant-tracking systems mark their mail Auto-Submitted / X-Autoreply too: a rejection
        # or an invitation sent by a machine is still a rejection or an invitation.
        human = _classify_words(msg)
        if human.category in DECISIVE_CATEGORIES:
            return replace(human, evidence=human.evidence + machine.evidence[:2])
    return machine


def _says_away(machine: Classification) -> bool:
    """True when an auto-reply was recognised by what it says (away, back on ...), not headers alone."""
    return machine.return_date is not None or any(
        e.startswith(("phrase", "subject")) for e in machine.evidence)


def _classify_words(msg: ParsedMessage) -> Classification:
    """Classify by what the sender wrote: phrase rules, scheduling links, calendar invitations."""
    body = author_text(msg.text or "")[:_MAX_TEXT]
    if not body.strip() and msg.html:
        body = author_text(strip_tags(msg.html))[:_MAX_TEXT]
    body, footer = split_boilerplate(body)
    subject, is_reply = _clean_subject(msg.subject or "")
    hits = find_hits(body, "body")
    # ATS and legal footers only hint that a mail is a mailing (a job alert, a newsletter)
    hits += [Hit(h.rule, h.phrase, h.weight / 2, "footer", h.start)
             for h in find_hits(footer, "footer") if h.rule.category == "other"]
    hits += [h for h in find_hits(subject, "subject") if h.rule.language != "any"]
    hits = _scale_subject(hits, _REPLY_SUBJECT_WEIGHT if is_reply else _SUBJECT_WEIGHT)
    hits += _link_hits(msg, hits)
    calendar_hits, proposed = _calendar_hits(msg)
    hits += calendar_hits
    if is_reply and all(h.where == "subject" for h in hits):
        hits = []  # "Re: Thank you ..." alone repeats the candidate's words, not the sender's
    category, confidence, ordered = decide(hits, body)
    if category == "second_interview" and proposed is None:
        proposed = find_proposed_time(fold(body), msg.date)
    evidence = tuple(h.label() for h in ordered[:_MAX_EVIDENCE])
    if not evidence:
        evidence = ("no rule fired",)
    return Classification(
        category=category,
        confidence=confidence,
        evidence=evidence,
        proposed_time=proposed if category == "second_interview" else None,
    )


def find_hits(text: str, where: str) -> list[Hit]:
    """Return one Hit per rule that fires on `text` (its first valid match).

    The same words are counted once per category: when two rules of one category (say the
    English and the German "portfolio", or "next round" and "move forward") match overlapping
    text, only the heavier one stays."""
    if not text:
        return []
    folded = fold(text)
    kept: dict[str, list[tuple[int, int, Hit]]] = defaultdict(list)
    for rule, starts in rule_index().candidates(folded):
        for match in _matches(rule, folded, starts):
            if _cancelled(rule, folded, match):
                continue
            hit = Hit(rule, _quote(text, match), rule.weight, where, match.start())
            spans = kept[rule.category]
            overlapping = [s for s in spans if s[0] < match.end() and match.start() < s[1]]
            if all(hit.weight > s[2].weight for s in overlapping):
                for span in overlapping:
                    spans.remove(span)
                spans.append((match.start(), match.end(), hit))
            break
    hits = [span[2] for spans in kept.values() for span in spans]
    order = rule_index().order
    return sorted(hits, key=lambda h: order.get(h.rule.name, -1))


def _matches(rule: Rule, folded: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """The rule's matches, in order: a scan, or anchored tries at the known word starts."""
    if starts is None:
        yield from rule.pattern.finditer(folded)
        return
    for start in starts:
        match = rule.pattern.match(folded, start)
        if match:
            yield match


def decide(hits: list[Hit], body: str) -> tuple[str, float, list[Hit]]:
    """Apply the precedence described in the module docstring. Return the category, the
    confidence and the hits ordered with the deciding ones first."""
    scores: dict[str, float] = defaultdict(float)
    for hit in hits:
        scores[hit.rule.category] += hit.weight
    decisive_rejection = any(h.rule.category == "rejection" and h.weight >= DECISIVE for h in hits)
    decisive_offer = any(h.rule.category == "offer" and h.weight >= DECISIVE for h in hits)
    meeting_hits = [h for h in hits if h.rule.meeting and h.where != "subject"]
    meeting = sum(h.weight for h in meeting_hits)
    others = max((s for c, s in scores.items() if c != "second_interview"), default=0.0)
    if meeting_hits and others >= 2 and all(_signature_like(h, body) for h in meeting_hits):
        meeting = 0.0  # a "book time with me" link under the sign-off is not an invitation
        scores["second_interview"] -= sum(h.weight for h in meeting_hits)
    other_role = any(h.rule.name.endswith("/other_role") for h in hits)

    if decisive_rejection and not (other_role and meeting >= DECISIVE):
        category = "rejection"
    elif decisive_offer and scores["offer"] >= scores["rejection"]:
        category = "offer"
    elif meeting >= DECISIVE:
        category = "second_interview"
    else:
        category = _best_score(scores)
    if category is None:  # nothing decided: weak hints, if any, are still the evidence
        weak = sorted(hits, key=lambda h: -h.weight)
        return ("acknowledgment", 0.3, weak) if bare_thanks(body) else ("other", 0.2, weak)
    return category, _confidence(category, scores, meeting), _ordered(hits, category)


def _signature_like(hit: Hit, body: str) -> bool:
    """A booking link or "book time with me" in the last lines of a longer reply, or only in
    the HTML: how recruiters' signatures look."""
    if hit.where == "html":
        return True
    nearby = body[hit.start:hit.start + len(hit.phrase) + 20].lower()
    personal = hit.rule.language == "any" or _SIGNATURE_PHRASE.search(nearby)
    return bool(personal) and len(body) > 150 and hit.start >= 0.6 * len(body)


def _best_score(scores: dict[str, float]) -> str | None:
    best, best_score = None, 0.0
    for category in _TIE_ORDER:
        if scores.get(category, 0.0) > best_score + 1e-9:
            best, best_score = category, scores[category]
    if best is None:
        return None
    # A lone hint ("unfortunately", "congratulations", "next round") is not a decision: below a
    # strong rule's weight a decisive category falls back to an acknowledgment when there is one.
    if best in ("rejection", "offer", "second_interview") and best_score < 2 \
            and scores.get("acknowledgment", 0.0) >= 1:
        return "acknowledgment"
    if best in ("offer", "second_interview") and best_score < 2:
        return None  # "next round" or "congratulations" alone is not an invitation or an offer
    return best


def _confidence(category: str, scores: dict[str, float], meeting: float) -> float:
    top = max(scores.get(category, 0.0), meeting if category == "second_interview" else 0.0)
    runner_up = max((s for c, s in scores.items() if c != category), default=0.0)
    if category in ("rejection", "offer") and top >= DECISIVE:
        runner_up = min(runner_up, top / 2)  # decisive by precedence, not by a thin margin
    value = 0.45 + 0.5 * max(top - runner_up, 0.0) / (top + 1.0)
    if top < 2:
        value = min(value, 0.6)
    return round(min(max(value, 0.3), 0.99), 2)


def _ordered(hits: list[Hit], category: str) -> list[Hit]:
    def key(hit: Hit) -> tuple[int, float]:
        return (0 if hit.rule.category == category else 1, -hit.weight)
    return sorted(hits, key=key)


def _cancelled(rule: Rule, folded: str, match: re.Match[str]) -> bool:
    if rule.unless_after is not None and rule.unless_after.match(folded, match.end()):
        return True
    if (rule.meeting or rule.category == "info_request") and past_meeting(folded, match.start()):
        return True
    if rule.category in ("second_interview", "offer") and conditional(folded, match.start(),
                                                                       match.end()):
        return True
    if rule.meeting and about_feedback(folded, match.start(), match.end()):
        return True
    if not rule.negatable:
        return False
    window = clause_before(folded, match.start(), _NEGATION_WINDOW)
    negation = NEGATION.get(rule.language, NEGATION["any"])
    return negation.search(window) is not None


def _quote(text: str, match: re.Match[str]) -> str:
    phrase = " ".join(text[match.start():match.end()].split())
    return phrase if len(phrase) <= _MAX_QUOTE else phrase[:_MAX_QUOTE - 1] + "…"


def _clean_subject(subject: str) -> tuple[str, bool]:
    cleaned = _REPLY_PREFIX.sub("", subject)
    return cleaned.strip(), cleaned != subject


def _scale_subject(hits: list[Hit], factor: float) -> list[Hit]:
    return [Hit(h.rule, h.phrase, h.weight * factor, h.where, h.start) if h.where == "subject"
            else h for h in hits]


def _link_hits(msg: ParsedMessage, body_hits: list[Hit]) -> list[Hit]:
    """Scheduling links the sender wrote are found in the reply text with the phrase rules; this
    adds the targets of links in the HTML part (a "Book a time" button hides its URL). A link
    only in the HTML counts at half weight, since it may be a signature's "book time with me"."""
    if not msg.html or "href" not in msg.html:
        return []
    seen = {h.rule.name for h in body_hits}
    targets = "\n".join(_HREF.findall(msg.html[:_MAX_HTML]))
    hits: list[Hit] = []
    for hit in find_hits(targets, "html"):
        if hit.rule.language == "any" and hit.rule.name not in seen:
            hits.append(Hit(hit.rule, hit.phrase, hit.weight / 2, "html", hit.start))
    return hits


def _calendar_hits(msg: ParsedMessage) -> tuple[list[Hit], datetime | None]:
    for invite in msg.calendar:
        if invite.method.upper() == "REQUEST":
            phrase = (invite.summary or "calendar invitation")[:_MAX_QUOTE]
            return [Hit(_CALENDAR_RULE, phrase, _CALENDAR_RULE.weight, "calendar")], invite.start
    return [], None
