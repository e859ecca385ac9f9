"""What the sender of a reply wrote, without the quoted thread, device lines or signature.

Pure and fast: regular expressions over lines, in English, German, French and Spanish. The rules
are conservative: when unsure whether a line starts quoted text or a signature, keep it, because
cutting a decisive sentence ("we will not be moving forward") is worse than keeping a footer.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "On Mon, 14 Sep 2026 at 10:00, Jane <jane@x.com> wrote:" and its translations. The opener and
# the verb may be on different lines, so the match runs over a few joined lines.
_ATTRIBUTION = re.compile(
    r"^(?:on|am|le|el|il|op)\b.{0,300}?"
    r"\b(?:wrote|a\s+[ée]crit|escribi[óo]|scritto|geschreven)\s*:\s*$"
    r"|^(?:am|on)\b.{0,200}?\bschrieb\b.{0,200}?:\s*$"
    r"|^.{0,200}\bschrieb\s+am\b.{0,120}:\s*$"
    r"|^.{0,200}\b(?:wrote|schrieb|a\s+[ée]crit|escribi[óo])\s*:\s*$"
    r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.{0,200}<[^<>\s]+@[^<>\s]+>:?\s*$",
    re.I | re.S,
)
_ATTRIBUTION_START = re.compile(r"^(?:on|am|le|el|il|op)\s", re.I)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(?:original\s+message|urspr[üu]ngliche\s+nachricht|message\s+d'origine"
    r"|mensaje\s+original|originalnachricht|message\s+original)\s*-{2,}\s*$"
    r"|^\s*_{20,}\s*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(?:from|von|de|da|van)\s*:\*?\s*\S", re.I)
_OUTLOOK_FIELD = re.compile(
    r"^\s*\*?(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoy[ée]|[àa]|objet|date"
    r"|enviado|fecha|para|asunto|inviato|oggetto)\s*:\*?\s*",
    re.I,
)
_DEVICE_LINE = re.compile(
    r"^\s*(?:sent\s+from\s+my\s+\S.{0,40}|sent\s+from\s+(?:outlook|mail|yahoo|gmail)\b.{0,40}"
    r"|get\s+outlook\s+for\s+\w+.{0,20}|sent\s+(?:via|with)\s+\S.{0,40}"
    r"|von\s+meinem\s+\S.{0,40}\s+gesendet|gesendet\s+von\s+(?:meinem\s+)?\S.{0,40}"
    r"|envoy[ée]\s+(?:de|depuis)\s+mon\s+\S.{0,40}|envoy[ée]\s+depuis\s+\S.{0,40}"
    r"|enviado\s+desde\s+(?:mi\s+)?\S.{0,40}|obt[ée]n\s+outlook\s+para\s+\w+.{0,20})\s*$",
    re.I,
)
_SIGNATURE_DASHES = re.compile(r"^--\s?$")
_CLOSING = re.compile(
    r"^\s*(?:best|kind|warm|warmest|many|with\s+best)?\s*(?:regards|wishes)\s*[,.!]?\s*$"
    r"|^\s*(?:best|cheers|thanks|thank\s+you|many\s+thanks|sincerely|yours\s+sincerely"
    r"|yours\s+truly|all\s+the\s+best|respectfully)\s*[,.!]?\s*$"
    r"|^\s*(?:mit\s+freundlichen\s+gr[üu](?:ß|ss)en|freundliche\s+gr[üu](?:ß|ss)e"
    r"|viele\s+gr[üu](?:ß|ss)e|beste\s+gr[üu](?:ß|ss)e|liebe\s+gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e"
    r"|mfg|lg|vg)\s*[,.!]?\s*$"
    r"|^\s*(?:cordialement|bien\s+cordialement|bien\s+[àa]\s+vous|sinc[èe]res\s+salutations"
    r"|meilleures\s+salutations|bonne\s+journ[ée]e|amicalement)\s*[,.!]?\s*$"
    r"|^\s*(?:saludos(?:\s+cordiales)?|un\s+saludo(?:\s+cordial)?|atentamente|cordialmente"
    r"|muchas\s+gracias|gracias|un\s+abrazo)\s*[,.!]?\s*$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^\s*(?:confidentiality\s+notice|this\s+(?:e-?mail|message)\s+(?:and\s+any\s+attachments?"
    r"\s+)?(?:is|are|may\s+contain|contains)\s+(?:confidential|intended)"
    r"|diese\s+e-?mail\s+(?:enth[äa]lt|kann)\s+vertrauliche"
    r"|ce\s+(?:message|courriel)\s+(?:et\s+ses\s+pi[èe]ces\s+jointes\s+)?(?:est|sont|peut)"
    r"\s+(?:confidentiel|contenir)"
    r"|este\s+(?:mensaje|correo)\s+(?:y\s+sus\s+anexos\s+)?(?:es|son|puede)"
    r"\s+(?:confidencial|contener))",
    re.I,
)
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\b", re.I)
_MAX_SIGNATURE_LINES = 10
_BLANK_RUN = re.compile(r"\n{3,}")
_MAX_CHARS = 200_000


def _is_attribution(lines: list[str], index: int) -> bool:
    line = lines[index].replace("\u00a0", " ").strip()
    if not line or len(line) > 400:
        return False
    if _ATTRIBUTION.match(line):
        return True
    if not _ATTRIBUTION_START.match(line):
        return False
    # "On Mon, 14 Sep 2026 at 10:00, Jane Doe <" + "jane@x.com> wrote:" split by the client
    joined = line
    for extra in lines[index + 1:index + 3]:
        extra = extra.replace("\u00a0", " ").strip()
        if not extra or extra.startswith(">"):
            return False
        joined = f"{joined} {extra}"
        if joined.endswith(":") and len(joined) < 500:
            return bool(_ATTRIBUTION.match(joined))
    return False


def _is_outlook_block(lines: list[str], index: int) -> bool:
    if not _OUTLOOK_FROM.match(lines[index]):
        return False
    fields = 0
    for line in lines[index + 1:index + 8]:
        if _OUTLOOK_FIELD.match(line):
            fields += 1
            if fields >= 2:
                return True
        elif line.strip() and not line.startswith((" ", "\t")):
            return False
    return False


def _quote_start(lines: list[str]) -> int:
    """Index of the first line of the quoted thread, or len(lines) when there is none."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        if _SEPARATOR.match(line):
            # a rule of underscores only counts when an Outlook header block follows it
            if stripped.startswith("_") and not any(
                    _is_outlook_block(lines, j) for j in range(index + 1, min(index + 3,
                                                                             len(lines)))):
                continue
            return index
        if _is_outlook_block(lines, index) or _is_attribution(lines, index):
            return index
    return len(lines)


def _signature_start(lines: list[str]) -> int:
    """Index where the signature or a closing block begins, or len(lines)."""
    for index, line in enumerate(lines):
        if _SIGNATURE_DASHES.match(line) or _DISCLAIMER.match(line):
            return index
    for index in range(len(lines) - 1, -1, -1):
        if not _CLOSING.match(lines[index]):
            continue
        rest = [r for r in lines[index + 1:] if r.strip()]
        if len(rest) <= _MAX_SIGNATURE_LINES and all(map(_is_signature_line, rest)) \
                and any(line.strip() for line in lines[:index]):
            return index
        break
    return len(lines)


def _is_signature_line(line: str) -> bool:
    """Names, titles, phone numbers and links; never a sentence such as "We chose another
    candidate." (four or more words ending in . ! or ?) and never a postscript."""
    line = line.strip()
    if _POSTSCRIPT.match(line) or len(line) > 100:
        return False
    words = line.split()
    if "@" in line or "http" in line or "www." in line:
        return len(words) <= 12
    if len(words) > 8:
        return False
    last = words[-1] if words else ""
    abbreviation = len(last) <= 6 and last[:1].isupper() and last.endswith(".")  # Inc. Ltd.
    return not (len(words) >= 4 and last[-1:] in ".!?" and not abbreviation)


def author_text(text: str) -> str:
    """Given a reply's readable body, return only what its sender wrote.

    Removes the quoted thread (">" lines, "On ... wrote:" attributions, Outlook header blocks and
    "Original Message" separators in en/de/fr/es), "Sent from my iPhone"-type lines, the
    signature after "-- ", a trailing closing block and a legal disclaimer."""
    if not text:
        return ""
    return _author_text(text)


# One reply's text is cleaned three times in a sync (machine-reply detection, the classifier and
# the excerpt); the result depends on the text alone, so the last few are remembered.
@lru_cache(maxsize=8)
def _author_text(text: str) -> str:
    text = text[:_MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    lines = lines[:_quote_start(lines)]
    lines = [line for line in lines
             if not line.lstrip().startswith(">") and not _DEVICE_LINE.match(line)]
    lines = lines[:_signature_start(lines)]
    cleaned = "\n".join(line.rstrip() for line in lines)
    return _BLANK_RUN.sub("\n\n", cleaned).strip()


def first_lines(text: str, n: int = 3) -> str:
    """Return the first `n` non-empty lines of `text`, each trimmed to 200 characters."""
    picked: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            picked.append(line[:200])
            if len(picked) >= n:
                break
    return "\n".join(picked)
