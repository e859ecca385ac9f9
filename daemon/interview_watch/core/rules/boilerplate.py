"""What in a reply is boilerplate, not the sender's message: ATS and legal footers.

Real recruiter mail carries sentences no person wrote for this reply: "Please do not reply to
this email", "This email does not constitute an offer of employment", "If you received this in
error ...", "Unsubscribe | Manage preferences", "Powered by Greenhouse", company-register lines
("Amtsgericht Hamburg HRB 123456"), "Ce message a été envoyé automatiquement", "Si no quieres
recibir más notificaciones, date de baja". Their words ("offer", "in error", "unsubscribe") must not
decide a reply, so such sentences are set aside: the phrase rules read the rest, and the set-aside
footer only counts as weak evidence that a mail is a mailing (a job alert, a newsletter).

A whole sentence goes when it contains a marker; the decision sentence of a reply practically
never contains one, and cutting too little is safer than cutting a decision.
"""

from __future__ import annotations

import re
from html import unescape

from interview_watch.core.rules import fold

_MARKER_BRANCHES = "|".join([
    # do not reply, unmonitored, no-reply
    r"\b(?:do not|don't|please do not|please don't) (?:reply|respond)\b",
    r"\b(?:not|isn't|is not) (?:being )?(?:monitored|checked|attended)\b|\bunmonitored\b",
    r"\bno-?reply\b",
    # mailing machinery
    r"\bunsubscribe\b|\bmanage (?:your )?(?:email |data |privacy |notification |communication )?"
    r"(?:preferences|settings|subscriptions?)\b|\bview (?:this email )?in (?:your )?browser\b",
    r"\b(?:you are|you're|you have been) receiving this\b|\ball rights reserved\b|\u00a9",
    r"\bthis (?:e-?mail|message|notification) (?:was|has been|is) (?:sent|generated|created) "
    r"(?:automatically|from an unmonitored|by an automated)",
    r"\b(?:system|automatically|auto)[- ]generated (?:e-?mail|message|notification)\b",
    r"\bpowered by\b|\bsent (?:via|through|using|with) (?:greenhouse|lever|workable|ashby|"
    r"smartrecruiters|teamtailor|personio|workday|icims|bamboohr|recruitee|jobvite|taleo|"
    r"successfactors|breezy|jazzhr|pinpoint|factorial|welcome to the jungle)\b",
    # legal: not an offer, confidentiality, equal opportunity, privacy, company register
    r"\b(?:does not|doesn't|do not|shall not|will not|is not intended to|are not intended to) "
    r"(?:constitute|create|form|amount to)\b|\bnothing in this (?:e-?mail|message|communication)\b",
    r"\bintended (?:solely |only |exclusively )?for the (?:use of the )?(?:addressee|named|"
    r"intended|individual|person|recipient)|\bintended recipient\b|\breceived (?:this|it) "
    r"(?:e-?mail |message |communication )?in error\b|\bconfidential(?:ity)? (?:notice|statement|"
    r"note|warning)\b|^\s*(?:confidential(?:ity)?|disclaimer|legal notice)\s*:|\b(?:may contain|"
    r"contains) (?:confidential|privileged|proprietary)\b",
    r"\bequal (?:employment )?opportunit(?:y|ies) employer\b|\bprivacy (?:policy|notice|statement)\b",
    r"\bregistered (?:in england|office|charity|no\b|number)|\bcompany (?:no|number|"
    r"registration)\b",
    # German
    r"\b(?:antworten sie nicht|bitte nicht (?:direkt )?(?:auf diese (?:e-?mail|nachricht) )?"
    r"antworten|antworten an diese adresse|(?:wird|werden) nicht gelesen|nicht überwacht)",
    r"\b(?:automatisch|maschinell) (?:erstellt|versendet|versandt|generiert)\b",
    r"\b(?:amtsgericht|handelsregister|registergericht|ust-?id|sitz der gesellschaft|"
    r"geschäftsführer(?:in)?:|geschäftsführung:|aufsichtsrat)|\bhrb \d",
    r"\b(?:irrtümlich erhalten|nicht der (?:richtige|vorgesehene|beabsichtigte) (?:adressat|"
    r"empfänger))\b",
    # French
    r"\b(?:ne pas (?:y )?répondre|n'y répondez pas|ne répondez pas)\b",
    r"\b(?:envoyé|généré) automatiquement\b|\bmessage automatique\b",
    r"\b(?:rgpd|données personnelles|droits d'accès)\b|\b(?:désinscri|désabonn)",
    r"\bdestinataire\b|\bconfidentiel(?:le)?s?\b|\bne constitue pas\b|\bsiège social\b|\brcs \w",
    # Spanish
    r"\b(?:no respondas|no responda|no conteste|no contestes|no responder)\b",
    r"\b(?:mensaje|correo) automático\b|\bgenerado automáticamente\b",
    r"\b(?:protección de datos|lopd|política de privacidad)\b",
    r"\b(?:date de baja|darte de baja|darse de baja|cancelar (?:la |tu )?suscripción)\b",
    r"\b(?:confidencial(?:es)?|destinatario)\b|\bno constituye\b|\bregistro mercantil\b",
]).replace("é", "e").replace("è", "e").replace("ü", "u").replace("ó", "o").replace("á", "a") \
    .replace("í", "i").replace("ñ", "n")
# One look-behind for the word start instead of a \b per branch: the regex engine then skips
# quickly to the possible first letters, which keeps this scan at ~20 µs for a reply.
_MARKERS = re.compile(r"(?<![a-z0-9])(?:" + _MARKER_BRANCHES.replace(r"|\b", "|").removeprefix(r"\b")
                      + ")", re.M)
# A sentence: up to a run of . ! ? followed by space or the end, or to a line break.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?=[^\s.!?]))*(?:[.!?]+|\n|$)")


# A line break inside a sentence (plain text hard-wrapped at ~72 columns): the line does not end
# a sentence and the next one starts in lower case.
_SOFT_WRAP = re.compile(r"(?<=[^\s.!?:])[ \t]*\n[ \t]*(?=[a-z\u00df-\u00f6\u00f8-\u00ff])")


def split_boilerplate(text: str) -> tuple[str, str]:
    """Given a reply's own text, return (message, footer): the sentences without boilerplate
    markers, and those with them. Hard-wrapped lines are joined first, so a wrapped disclaimer
    ("... shall be construed as / an offer of employment.") goes as one sentence."""
    text = _SOFT_WRAP.sub(" ", text)
    folded = fold(text)
    if not _MARKERS.search(folded):
        return text, ""
    kept: list[str] = []
    footer: list[str] = []
    for match in _SENTENCE.finditer(folded):
        if not match.group(0):
            continue
        sentence = text[match.start():match.end()]
        (footer if _MARKERS.search(match.group(0)) else kept).append(sentence)
    return "".join(kept), " ".join(s.strip() for s in footer)


_TABLE = re.compile(r"(?is)<table\b.*?</table>")
_ROW = re.compile(r"(?is)<tr\b.*?</tr>")
_CELL = re.compile(r"(?is)<t([dh])\b[^>]*>(.*?)</t[dh]>")
_MAX_TABLE = 20_000  # a layout table wrapping the whole mail is not a status table


def strip_tags(html: str) -> str:
    """HTML to rough text: scripts and styles dropped, paragraph and line breaks kept, and a
    small table read the way an applicant-tracking status mail means it: one line a row, a
    two-cell row as "Application status: Rejected", a row under a header row as
    "Status: Not selected"."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    text = _TABLE.sub(_table_text, text)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h[1-6]>", "\n", text)
    # entities last: "won&#39;t", "invitaci&oacute;n", "10&nbsp;h" read as written
    return unescape(re.sub(r"<[^>]+>", " ", text))


def _table_text(table: re.Match[str]) -> str:
    if len(table.group(0)) > _MAX_TABLE or re.search(r"(?i)<table\b", table.group(0)[6:]):
        return table.group(0)  # nested or layout tables: leave to the plain stripping
    rows = []
    for row in _ROW.findall(table.group(0)):
        cells = [(kind.lower(), " ".join(re.sub(r"<[^>]+>", " ", cell).split()).rstrip(" :"))
                 for kind, cell in _CELL.findall(row)]
        rows.append([c for c in cells if c[1]])
    header = rows[0] if rows and len(rows[0]) >= 2 and all(k == "h" for k, _ in rows[0]) else None
    lines = []
    for row in rows:
        if header is not None and row is not rows[0] and len(row) == len(header):
            lines.append(". ".join(f"{h}: {c}" for (_, h), (_, c) in zip(header, row)))
        elif len(row) == 2:
            lines.append(f"{row[0][1]}: {row[1][1]}")
        else:
            lines.append(" | ".join(c for _, c in row))
    return "\n" + "\n".join(lines) + "\n"


def bare_thanks(body: str) -> bool:
    """A short reply that thanks and says nothing else decisive."""
    folded = fold(body)
    return len(folded) < 400 and re.search(
        r"\b(?:thanks?|thank you|danke?|merci|gracias|cheers)\b", folded) is not None
