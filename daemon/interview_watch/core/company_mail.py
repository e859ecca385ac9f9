"""Which mail from a company's domain can answer a thank-you, when no contact sent it.

Pure. Interviewing at a company one is also a customer of is common (a shop, a bank, a streaming
service): its order confirmations, newsletters and account notices come from the same domain as
the recruiter. The domain rule links such mail only when it is not a broadcast (List-Unsubscribe)
and, when an automatic address sent it (no-reply, orders, news), only when it speaks of hiring.

A company also writes from its other domains (acme.io beside acme.com, globex.com beside
globex.de): `sibling_label` names the brand label two registrable domains share.
"""

from __future__ import annotations

import re

from interview_watch.core.models import ParsedMessage

# Local parts of addresses no person reads: shops, newsletters, notices.
_AUTOMATIC_LOCAL = re.compile(
    r"no-?reply|do-?not-?reply|notification|notify|newsletter|marketing|auto-?confirm|shipment|"
    r"order|billing|invoice|receipt|deals|promo|bestellung|versand|rechnung|commande|pedido|factura|^news$|^info$|^hello$|^updates?$|^alerts?$|"
    r"^digest$|^support$|^store$|^shop$|^account|^service$|^kundenservice$|^mailer",
    re.I,
)
# Words of a hiring process, in the four languages the thank-you detector reads.
HIRING_WORDS = re.compile(
    r"\b(?:applica\w*|applied|candida\w*|interview\w*|position|role|opening|vacanc\w*|job|hiring|"
    r"recruit\w*|talent|careers?|next\s+steps|offer\s+letter|onsite|references)\b"
    r"|\b(?:bewerb\w*|\w*gespr(?:ä|ae)ch|stelle|einladung|auswahl\w*|personalabteilung)\b"
    r"|\b(?:candidature|entretien\w*|poste|recrutement)\b"
    r"|\b(?:postulaci\w+|entrevista\w*|puesto|vacante|selecci[óo]n)\b",
    re.I,
)
# First labels too generic to say two domains are the same company's.
_GENERIC_LABELS = frozenset(
    """mail email e-mail web www app apps my go get try the jobs job careers career team hr news
    info online cloud group global home shop store portal secure login account""".split()
)


def is_broadcast(msg: ParsedMessage) -> bool:
    """Return whether `msg` is sent to a list of customers: it carries List-Unsubscribe."""
    return bool(msg.header("list-unsubscribe"))


def speaks_of_hiring(msg: ParsedMessage) -> bool:
    """Return whether an automatic sender's message is about an application, not an order or an
    account: a hiring word in its subject or text (always true for a person's address)."""
    local = msg.from_addr.partition("@")[0]
    if not _AUTOMATIC_LOCAL.search(local):
        return True
    return bool(HIRING_WORDS.search(f"{msg.subject}\n{msg.text[:4000]}"))


def sibling_label(domain: str, other: str) -> str:
    """Given two registrable domains, return the brand label they share ("acme.io", "acme.com"
    -> "acme"), or "" when they are the same domain, differ, or the label is too generic."""
    if not domain or not other or domain == other:
        return ""
    label = brand_label(domain)
    return label if label and label == other.split(".")[0] else ""


def brand_label(domain: str) -> str:
    """Return the first label of a registrable domain when it can name a brand ("acme.com" ->
    "acme"), or "" when it is too short or too generic ("mail.com", "hr.de")."""
    label = domain.split(".")[0] if domain else ""
    return "" if len(label) < 3 or label in _GENERIC_LABELS else label
