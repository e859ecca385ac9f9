"""What a mail server can be asked to search for, so a large sync reads only what can matter.

Pure. Each filter is a superset of what the exact, local rules accept; the sync still applies
those rules to every message the server returns:

- Sent: a thank-you always contains a word of thanks (thankyou.GRATITUDE, in every language it
  knows), so the server keeps messages whose header or text contains one of their stems.
- Inbox: `matching.could_be_reply` accepts a message from a bounce sender or an applicant-tracking
  system, one whose In-Reply-To/References names an interview's message, one whose From or
  Reply-To is a contact, and one from a contact's company domain or one of its other domains
  (company_mail.sibling_label: acme.io beside acme.com). Each becomes a term.

A thread-follow-up that names only a reply's Message-ID and none of the thank-you's, from an
address the user never wrote to, is the one kind these terms can miss; References keeps the
thread's root (the thank-you, or a message before it) in every common mail client, and reply ids
known from earlier syncs are terms too.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from interview_watch.core.company_mail import brand_label
from interview_watch.core.matching import ATS_SENDERS, company_domain
from interview_watch.core.models import MatchCandidate, SearchFilter

# Substrings of every word of thanks thankyou.GRATITUDE accepts, each also the start of the word
# (servers with a full-text index match word prefixes, not substrings: "bedanken" needs "bedank",
# "remercie" needs "remerci", "agradezco" needs "agradez").
THANKS_STEMS = (
    "thank", "thx", "thnx", "thanx", "grateful", "appreciat",
    "dank", "bedank",
    "merci", "remerci", "reconnaissant",
    "gracias", "agradec", "agradez",
)
# From-address parts of delivery reports (matching._BOUNCE_LOCAL_PARTS), and their media type.
BOUNCE_SENDERS = ("mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster")
REPORT_TYPE = ("Content-Type", "report")


def thank_you_filter() -> SearchFilter:
    """The Sent-folder filter: messages with a word of thanks somewhere."""
    return SearchFilter(text_contains=THANKS_STEMS)


def reply_filter(candidates: Sequence[MatchCandidate]) -> SearchFilter:
    """Given the interviews (their contacts and Message-IDs), the inbox filter."""
    senders: list[str] = [domain for _name, domains in ATS_SENDERS for domain in domains]
    senders += BOUNCE_SENDERS
    headers: list[tuple[str, str]] = [REPORT_TYPE]
    for cand in candidates:
        for contact in cand.contacts:
            address = contact.strip().lower()
            if not address:
                continue
            senders.append(address)
            headers.append(("Reply-To", address))
            domain = company_domain(address)
            if domain:
                senders.append(domain)
                label = brand_label(domain)
                if label:  # the company's other domains: acme.io, acme.co.uk beside acme.com
                    senders.append(f"{label}.")
        for message_id in cand.message_ids:
            token = message_id.strip().strip("<>").strip()
            if token:  # bare, so "id@host" written without brackets matches too
                headers += [("In-Reply-To", token), ("References", token)]
    return SearchFilter(from_contains=_shortest(senders), header_contains=_unique(headers))


def _unique(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def _shortest(substrings: Iterable[str]) -> tuple[str, ...]:
    """Drop every substring that holds another one: "acme." already keeps all that "acme.com" and
    "jane@acme.com" would. Each term costs the server a pass over the folder."""
    unique = sorted(_unique(s.lower() for s in substrings), key=len)
    kept: list[str] = []
    for candidate in unique:
        if not any(shorter in candidate for shorter in kept):
            kept.append(candidate)
    return tuple(kept)
