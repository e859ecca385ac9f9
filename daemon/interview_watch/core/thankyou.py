"""Recognise the user's interview thank-you emails among sent messages, and what they name.

Pure. A sent message is a thank-you when, in the subject or the text the user wrote (quotes and
signature removed), a word of thanks is followed in the same sentence by an interview word
("thank you for the interview", "vielen Dank für das Vorstellungsgespräch", "merci pour
l'entretien", "gracias por la entrevista"), or by a meeting word ("our conversation", "Ihre Zeit",
"notre échange", "su tiempo") while the message is about a job (a role, a position, your team, an
interview, a hiring stage). Thanks for sending a job ad, for a newsletter, for a mock interview,
for a talk at an event, or an application's "thank you for your time and consideration" do not
count; nor do thanks for the invitation to an interview or for scheduling it, unless the text
looks back on the meeting and confirms no date ahead. A vacation reply the server filed in Sent
and a forward's subject (the original's) are never the user's thanks. The phrase tables
(thankyou_phrases) are data; each rule's name and the phrase it found become the evidence; the
company and role come from thankyou_names.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Collection, Sequence

from interview_watch.core.machine_phrases import AUTO_SUBJECTS
from interview_watch.core.matching import company_domain, is_bulk
from interview_watch.core.models import ParsedMessage, ThankYouVerdict
from interview_watch.core.textclean import author_text
from interview_watch.core.thankyou_names import (
    company_for,
    company_name_from_domain,
    role_for,
    title_in_subject,
)
from interview_watch.core.thankyou_phrases import (
    CONTEXT_RE,
    GRATITUDE,
    GRATITUDE_RE,
    AND_FOR_RE,
    BEFORE_RE,
    INTERVIEW_RE,
    LOOKS_AHEAD_RE,
    LOOKS_BACK_RE,
    NEWS_RE,
    NOT_A_THANK_YOU_RE,
    MEETING_RE,
    PLEASURE_RE,
    VETO_RE,
    WEAK_CONTEXT_RE,
    EVENT_RE,
)

_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bHr)(?<!\bFr)(?<!\bSr)\.|[!?;¡¿\n]"
)
_CLAUSE_CHARS = 160
_MAX_CHARS = 20_000  # a thank-you is short; a huge body is read only this far

__all__ = ["GRATITUDE", "author_body", "company_for", "company_name_from_domain", "detect_thank_you",
           "html_to_text", "role_for"]


def detect_thank_you(msg: ParsedMessage, own_addresses: Sequence[str],
                     interview_domains: Collection[str] = ()) -> ThankYouVerdict | None:
    """Given a message from the Sent folder, the user's own addresses and the company domains of
    the interviews already open, return why it is an interview thank-you and the company and role
    it names, or None when it is not one.

    Thanks for a conversation need a word about a job ("the role", "your team"), because a
    freelancer thanks a client the same way, unless a recipient works where an interview is open:
    a note to the second panelist says only "thank you for the conversation today"."""
    own = {a.lower() for a in own_addresses}
    recipients = [a.lower() for a in (*msg.to, *msg.cc) if a and a.lower() not in own]
    if not recipients or is_bulk(msg) or _is_automatic(msg):
        return None
    # A forwarded message's subject is the original's: only what the user wrote above it counts.
    subject = "" if _FORWARDED.match(msg.subject) else msg.subject
    body = author_body(msg)[:_MAX_CHARS]
    open_at = next((d for d in map(company_domain, recipients) if d and d in interview_domains), "")
    evidence = _thanks_evidence(f"{subject}\n\n{body}", title_in_subject(subject), open_at)
    if not evidence or NOT_A_THANK_YOU_RE.search(body):
        return None
    company, company_evidence = company_for(body, subject, recipients)
    role, role_evidence = role_for(subject, body, company)
    return ThankYouVerdict(
        company=company, role=role, evidence=tuple(evidence + company_evidence + role_evidence)
    )


_FORWARDED = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|i)\s*:", re.I)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply")


def _is_automatic(msg: ParsedMessage) -> bool:
    """Return whether the user's mail system, not the user, wrote `msg` (a vacation reply that
    the server filed in Sent): RFC 3834 Auto-Submitted, vendor headers, or its subject."""
    submitted = msg.header("auto-submitted").strip().lower()
    if submitted and not submitted.startswith("no"):
        return True
    if any(msg.header(h).strip().lower() not in ("", "no", "false", "0") for h in _AUTO_HEADERS):
        return True
    return any(pattern.match(msg.subject) for _lang, pattern in AUTO_SUBJECTS)


def author_body(msg: ParsedMessage) -> str:
    """Return what the user wrote in `msg`, as paragraphs with each one's lines joined."""
    text = msg.text
    if not text.strip() and msg.html:
        text = html_to_text(msg.html)
    elif re.search(r"<(?:p|br|div|span|b|strong|html|body)\b[^>]*>", text, re.I):
        text = html_to_text(text)
    cleaned = author_text(text)
    if not cleaned.strip():  # all of it looked quoted or signed: read it line by line instead
        cleaned = _local_author_text(text)
    paragraphs = re.split(r"\n\s*\n", cleaned)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML body: quoted blocks, styles and scripts dropped."""
    html = re.sub(r"(?is)<(style|script|head|blockquote)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</(?:p|div|li|tr|h\d)\s*>", "\n", html)
    html = re.sub(r"(?i)<(?:p|div)\b[^>]*>", "\n\n", html)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


_QUOTE_START = re.compile(
    r"^\s*(?:(?:on|am|le|el)\b.{0,300}\b(?:wrote|schrieb|a\s+[ée]crit|escribi[óo])\b.{0,40}:\s*$"
    r"|-{2,}\s*(?:original\s+message|urspr[üu]ngliche\s+nachricht|message\s+d'origine|"
    r"mensaje\s+original|forwarded\s+message|weitergeleitete\s+nachricht)\s*-{2,})",
    re.I,
)


def _local_author_text(text: str) -> str:
    """Fallback when textclean leaves nothing: drop ">" lines and everything from an attribution line,
    and the signature after "-- "."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _QUOTE_START.match(line) or line.rstrip() in ("--", "-- "):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def _thanks_evidence(text: str, subject_title: str = "", open_interview_at: str = "") -> list[str]:
    """Return the rule names and phrases showing `text` thanks someone for an interview; a job
    title that is the subject's own segment ("Thank you - Senior Backend Engineer"), or a
    recipient at a company with an open interview, is a sign of a job as well."""
    text = text[:_MAX_CHARS]
    contexts = [(m.start(), m.end(), m.group(0)) for m in CONTEXT_RE.finditer(text)]
    if subject_title:
        contexts.insert(0, (-2, -1, f"title in subject: {subject_title}"))
    if open_interview_at:
        contexts.insert(0, (-4, -3, f"interview open at {open_interview_at}"))
    for lang, gratitude in GRATITUDE_RE.items():
        for thanks in gratitude.finditer(text):
            clause = _clause_after(text, thanks.end())
            if EVENT_RE.search(clause):
                continue
            # "for considering me and for the chat": each thing thanked for is judged on its own
            cuts = list(AND_FOR_RE.finditer(clause))
            starts = [0] + [m.end() for m in cuts]
            ends = [m.start() for m in cuts] + [len(clause)]
            for n, (a, b) in enumerate(zip(starts, ends)):
                if n and not LOOKS_BACK_RE.search(text):
                    break  # "for considering my application and for your time": still ahead
                found = _evidence_in_part(text, lang, thanks, clause[a:b], thanks.end() + a, contexts)
                if found:
                    return found
    pleasure = PLEASURE_RE.search(text)
    if pleasure and _thanks_for_more_than_news(text) and not EVENT_RE.search(text):
        context = _job_context(contexts, pleasure.start(), pleasure.end())
        if context:
            return [f"pleasure_meeting: {pleasure.group(0)}", f"job_context: {context}"]
    return []


def _thanks_for_more_than_news(text: str) -> bool:
    """Return whether `text` thanks for something besides news: "Thank you for letting me know.
    I enjoyed meeting the team" answers a decision and thanks for no interview."""
    return any(not NEWS_RE.match(_clause_after(text, thanks.end()))
               for gratitude in GRATITUDE_RE.values() for thanks in gratitude.finditer(text))


def _evidence_in_part(text: str, lang: str, thanks: re.Match[str], part: str, at: int,
                      contexts: list[tuple[int, int, str]]) -> list[str]:
    """The evidence one thing thanked for (`part`, starting at `at` in `text`) gives, or []."""
    veto = VETO_RE.search(part)
    limit = veto.start() if veto else len(part)
    noun = INTERVIEW_RE.search(part, 0, limit)
    if noun and _still_to_come(text, part, noun):
        return []
    if noun:
        return [f"thanks_for_interview/{lang}: {_phrase(thanks.group(0), part, noun)}"]
    noun = MEETING_RE.search(part, 0, limit)
    if noun and not _still_to_come(text, part, noun):
        start = at + noun.start()
        context = _job_context(contexts, start, start + len(noun.group(0)))
        if context:
            phrase = _phrase(thanks.group(0), part, noun)
            return [f"thanks_for_conversation/{lang}: {phrase}", f"job_context: {context}"]
    return []


def _still_to_come(text: str, clause: str, noun: re.Match[str]) -> bool:
    """Return whether the thanks is for an interview still ahead: for the invitation to it or for
    scheduling it, while the text confirms a date ahead or never looks back on a meeting."""
    if not BEFORE_RE.search(clause, 0, noun.end()):
        return False
    return bool(LOOKS_AHEAD_RE.search(text)) or not LOOKS_BACK_RE.search(text)


def _phrase(thanks: str, clause: str, noun: re.Match[str]) -> str:
    return " ".join(f"{thanks}{clause[: noun.end()]}".split())


def _clause_after(text: str, start: int) -> str:
    """Return the rest of the sentence that begins at `start`, at most _CLAUSE_CHARS long."""
    window = text[start : start + _CLAUSE_CHARS]
    end = _CLAUSE_END.search(window)
    return window[: end.start()] if end else window


def _job_context(contexts: list[tuple[int, int, str]], skip_start: int, skip_end: int) -> str:
    """Return the first job word outside the span [skip_start, skip_end) (the meeting word itself,
    so "thanks for the opportunity" is not its own context), or "". A word business mail uses as
    well ("opportunity", "your team") counts only beside a second, different one."""
    weak: list[str] = []
    for start, end, word in contexts:
        if end <= skip_start or start >= skip_end:
            if not WEAK_CONTEXT_RE.fullmatch(word):
                return word
            if weak and " ".join(word.lower().split()) not in weak:
                return f"{weak[0]} + {word}"
            weak.append(" ".join(word.lower().split()))
    return ""
