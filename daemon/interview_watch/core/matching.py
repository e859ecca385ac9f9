"""Link an incoming message to the interview whose thank-you it answers.

Pure: values in, values out. The rules are tried in the order of models.MATCH_RULES ("bounce"
is the caller's, because it needs the classification):

1. thread  - In-Reply-To or any References id is one of the interview's Message-IDs.
2. contact - the From or Reply-To address is one of the interview's contacts.
3. domain  - the From address's registrable domain is a contact's company domain, or the same
             brand under another suffix (acme.io for acme.com; company_mail.sibling_label);
             never a public mail provider, an ATS relay domain or the user's own domain; never
             a broadcast (List-Unsubscribe); from an automatic address (no-reply, orders, news)
             only when it speaks of hiring (company_mail.speaks_of_hiring, body needed).
4. ats     - an applicant-tracking system sent it and its display name, subject or body names the
             interview's company.

Rules 2-4 apply only to messages dated at or after the interview's first thank-you, never to bulk
mail, and never to mail from the user's own addresses.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import getaddresses
from typing import Iterable, Sequence

from interview_watch.core.company_mail import is_broadcast, sibling_label, speaks_of_hiring
from interview_watch.core.models import Match, MatchCandidate, ParsedMessage

# Applicant-tracking systems as data: (name, registrable domains their mail comes from).
ATS_SENDERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Greenhouse", ("greenhouse.io", "greenhouse-mail.io")),
    ("Lever", ("lever.co",)),
    ("Workday", ("myworkday.com", "myworkdayjobs.com", "workday.com")),
    ("Ashby", ("ashbyhq.com",)),
    ("SmartRecruiters", ("smartrecruiters.com", "smartrecruiters-mail.com")),
    ("iCIMS", ("icims.com",)),
    ("Teamtailor", ("teamtailor.com", "teamtailor-mail.com")),
    ("Workable", ("workable.com", "workablemail.com")),
    ("Jobvite", ("jobvite.com",)),
    ("BambooHR", ("bamboohr.com",)),
    ("Recruitee", ("recruitee.com",)),
    ("Personio", ("personio.de", "personio.com")),
    ("JazzHR", ("jazzhr.com", "applytojob.com")),
    ("Breezy HR", ("breezy.hr", "breezyhr.com")),
    ("Pinpoint", ("pinpointhq.com",)),
    ("Rippling", ("rippling.com",)),
    ("SuccessFactors", ("successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu", "sap.com")),
    ("Taleo", ("taleo.net",)),
    ("Oracle Cloud HCM", ("oraclecloud.com", "oracle.com")),
    ("Eightfold", ("eightfold.ai",)),
    ("Gem", ("gem.com",)),
    ("Paradox", ("paradox.ai",)),
    ("Comeet", ("comeet.co", "comeet.com")),
    ("Homerun", ("homerun.co",)),
    ("JOIN", ("join.com",)),
    ("softgarden", ("softgarden.de", "softgarden.io")),
    ("d.vinci", ("dvinci.de", "dvinci-hr.com")),
    ("Freshteam", ("freshteam.com",)),
    ("Zoho Recruit", ("zohorecruit.com", "zohorecruit.eu")),
    ("Avature", ("avature.net",)),
    ("Cornerstone", ("csod.com",)),
    ("UKG", ("ultipro.com",)),
    ("Manatal", ("manatal.com",)),
    ("ClearCompany", ("clearcompany.com",)),
    ("Bullhorn", ("bullhorn.com", "bullhornmail.com")),
)
_ATS_BY_DOMAIN = {domain: name for name, domains in ATS_SENDERS for domain in domains}
# Vendors that are employers too: mail from them may be a human at that company, so the domain
# rule still applies; every other ATS domain is a relay shared by thousands of companies.
_EMPLOYER_ATS_DOMAINS = frozenset(
    {"workday.com", "sap.com", "oracle.com", "rippling.com", "gem.com", "bamboohr.com", "icims.com"}
)

# Mail providers whose addresses say nothing about an employer.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "yahoo.com", "ymail.com", "rocketmail.com", "aol.com", "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "gmx.de", "gmx.net", "gmx.at",
        "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "posteo.de", "posteo.net",
        "mailbox.org", "arcor.de", "online.de", "1und1.de", "email.de", "orange.fr", "wanadoo.fr",
        "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "bbox.fr", "aliceadsl.fr", "yandex.ru",
        "yandex.com", "mail.ru", "zoho.com", "zohomail.com", "fastmail.com", "fastmail.fm",
        "tutanota.com", "tutanota.de", "tuta.io", "tuta.com", "hey.com", "hushmail.com", "qq.com",
        "163.com", "126.com", "libero.it", "virgilio.it", "tiscali.it", "telefonica.net",
        "movistar.es", "terra.es", "btinternet.com", "sky.com", "virginmedia.com", "comcast.net",
        "verizon.net", "att.net", "sbcglobal.net", "bluewin.ch", "seznam.cz", "wp.pl", "o2.pl",
        "interia.pl", "naver.com", "rediffmail.com", "duck.com", "skiff.com", "gmx.fr", "gmx.es",
    }
)
# Provider names that are public under every country domain (hotmail.fr, yahoo.co.uk, ...).
_PUBLIC_MAIL_LABELS = frozenset(
    {"gmail", "googlemail", "hotmail", "outlook", "yahoo", "ymail", "gmx", "icloud", "protonmail", "aol"}
)
# Second-level labels under which a country code registers names (acme.co.uk, acme.com.au).
_SECOND_LEVEL_LABELS = frozenset(
    {"co", "com", "net", "org", "gov", "gob", "ac", "edu", "or", "ne", "go", "ltd", "plc"}
)

_BOUNCE_LOCAL_PARTS = frozenset({"mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster"})
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
_ID_TOKEN = re.compile(r"<[^<>\s]+>")


def registrable_domain(address: str) -> str:
    """Given an address or a host name, return its registrable domain ("mail.acme.co.uk" ->
    "acme.co.uk"), lower-case; "" when there is none (no dot, an IP literal)."""
    host = address.rpartition("@")[2].strip().strip(".").strip(">").lower()
    if not host or "." not in host or host.startswith("["):
        return ""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL_LABELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_public_mail_domain(domain: str) -> bool:
    """Return whether `domain` (registrable) belongs to a mail provider anyone can sign up to."""
    return domain in PUBLIC_MAIL_DOMAINS or domain.split(".")[0] in _PUBLIC_MAIL_LABELS


def company_domain(address: str) -> str:
    """Return the registrable domain of `address` when it can name an employer, else ""
    (public mail providers, malformed addresses)."""
    domain = registrable_domain(address)
    if not domain or is_public_mail_domain(domain):
        return ""
    return domain


def is_ats_sender(address: str) -> str:
    """Return the name of the applicant-tracking system `address` belongs to, or ""."""
    return _ATS_BY_DOMAIN.get(registrable_domain(address), "")


def is_ats_relay_domain(domain: str) -> bool:
    """Return whether `domain` is an ATS domain that relays mail for many companies."""
    return domain in _ATS_BY_DOMAIN and domain not in _EMPLOYER_ATS_DOMAINS


def is_bulk(msg: ParsedMessage) -> bool:
    """Return whether `msg` is list or bulk mail (List-Id, or Precedence bulk/list/junk).

    An automatic reply (Auto-Submitted: auto-replied, X-Autoreply) that sets Precedence to avoid
    mail loops is not bulk: it answers the thank-you."""
    if msg.header("list-id"):
        return True
    if msg.header("precedence").strip().lower() not in _BULK_PRECEDENCE:
        return False
    auto = msg.header("auto-submitted").strip().lower()
    return not (auto.startswith("auto-replied") or msg.header("x-autoreply") or msg.header("x-autorespond"))


def is_bounce_sender(msg: ParsedMessage) -> bool:
    """Return whether the headers look like a delivery report (mailer-daemon, postmaster,
    multipart/report)."""
    if msg.from_addr.partition("@")[0].lower() in _BOUNCE_LOCAL_PARTS:
        return True
    content_type = f"{msg.content_type} {msg.header('content-type')}".lower()
    return "multipart/report" in content_type


def match_reply_to_interview(
    msg: ParsedMessage, candidates: Sequence[MatchCandidate], own_addresses: Sequence[str]
) -> Match | None:
    """Given an incoming message, the interviews it may answer and the user's own addresses,
    return the interview it answers and the rule that linked it, or None."""
    own = {a.lower() for a in own_addresses}
    if msg.from_addr.lower() in own:
        return None
    found = _match_thread(msg, candidates)
    if found is not None:
        return found
    if is_bulk(msg):
        return None
    eligible = [c for c in candidates if _dated_after_thank_you(msg.date, c)]
    found = _match_contact(msg, eligible)
    if found is None and speaks_of_hiring(msg):
        found = _match_domain(msg, eligible, own)
    return found or _match_ats(msg, eligible)


def could_be_reply(
    header_only_msg: ParsedMessage, candidates: Sequence[MatchCandidate], own_addresses: Sequence[str]
) -> bool:
    """Given a message built from its headers alone, return whether its body is worth fetching:
    it links by thread, contact or domain (a sibling domain included; not a broadcast), comes
    from an ATS, or looks like a bounce. Its body is not known, so it never rules out an
    automatic sender that may speak of hiring."""
    msg = header_only_msg
    own = {a.lower() for a in own_addresses}
    if msg.from_addr.lower() in own:
        return False
    if is_bounce_sender(msg) or is_ats_sender(msg.from_addr):
        return True
    if _match_thread(msg, candidates) is not None:
        return True
    if is_bulk(msg):
        return False
    eligible = [c for c in candidates if _dated_after_thank_you(msg.date, c)]
    return _match_contact(msg, eligible) is not None or _match_domain(msg, eligible, own) is not None


def message_ids(values: Iterable[str]) -> tuple[str, ...]:
    """Return the "<id>" tokens in header values, whether separated by spaces or commas; a bare
    "id@host" without brackets gets them added."""
    ids: list[str] = []
    for value in values:
        tokens = _ID_TOKEN.findall(value)
        if not tokens:
            tokens = [f"<{t.strip('<>')}>" for t in re.split(r"[\s,]+", value) if "@" in t]
        ids.extend(tokens)
    return tuple(ids)


def _match_thread(msg: ParsedMessage, candidates: Sequence[MatchCandidate]) -> Match | None:
    # In-Reply-To first, then References newest (last) first: the closest ancestor decides.
    order = message_ids(msg.in_reply_to) + tuple(reversed(message_ids(msg.references)))
    for ref in order:
        owners = [c for c in candidates if ref in c.message_ids]
        if owners:
            return Match(_most_recent(owners, msg.date).interview_id, "thread", ref)
    return None


def _match_contact(msg: ParsedMessage, candidates: Sequence[MatchCandidate]) -> Match | None:
    for address in _sender_addresses(msg):
        owners = [c for c in candidates if address in {a.lower() for a in c.contacts}]
        if owners:
            return Match(_most_recent(owners, msg.date).interview_id, "contact", address)
    return None


def _match_domain(msg: ParsedMessage, candidates: Sequence[MatchCandidate], own: set[str]) -> Match | None:
    domain = company_domain(msg.from_addr)
    # The user's own work domain would link every colleague's mail when they cc'd themselves.
    own_domains = {company_domain(a) for a in own} - {""}
    if not domain or is_ats_relay_domain(domain) or domain in own_domains or is_broadcast(msg):
        return None
    if any(sibling_label(domain, d) for d in own_domains):
        return None
    owners = [c for c in candidates if domain in {company_domain(a) for a in c.contacts}]
    if owners:
        return Match(_most_recent(owners, msg.date).interview_id, "domain", domain)
    siblings = [c for c in candidates if any(sibling_label(domain, d) for d in _contact_domains(c))]
    if not siblings:
        return None
    return Match(_most_recent(siblings, msg.date).interview_id, "domain", domain)


def _contact_domains(candidate: MatchCandidate) -> set[str]:
    domains = {company_domain(a) for a in candidate.contacts} - {""}
    return {d for d in domains if not is_ats_relay_domain(d)}


def _match_ats(msg: ParsedMessage, candidates: Sequence[MatchCandidate]) -> Match | None:
    ats = is_ats_sender(msg.from_addr)
    if not ats:
        return None
    # The local part counts too: Workday writes from "acme@myworkday.com".
    local_part = msg.from_addr.partition("@")[0]
    haystack = "\n".join((msg.from_name, local_part, msg.subject, msg.text or _strip_tags(msg.html)))
    best: list[tuple[int, MatchCandidate]] = []
    for candidate in candidates:
        length = _longest_company_mention(candidate.company, haystack)
        if length:
            best.append((length, candidate))
    if not best:
        return None
    longest = max(length for length, _ in best)
    chosen = _most_recent([c for length, c in best if length == longest], msg.date)
    return Match(chosen.interview_id, "ats", ats)


def _longest_company_mention(company: str, haystack: str) -> int:
    """Return a score for the longest form of `company` named in `haystack` as whole words (twice
    its length), 0 if none. Forms: the name, without its legal form, spaced or not ("Wideworldimporters", a name
    read from a domain, is "Wide World Importers" in the mail), and its distinctive first word
    ("Kaufland Digital" signs as "Kaufland"), which scores a little less than a full name."""
    full = without_legal_suffix(company)
    names = {company.strip(), full}
    first = full.split()[0] if len(full.split()) > 1 else ""
    if len(first) >= 4 and first.lower() not in _GENERIC_FIRST_WORDS:
        names.add(first)
    found = 0
    for name in names:
        if len(name) < 1 or not re.search(r"\w", name):
            continue
        if " " not in name and len(name) >= 8:  # any spacing: "Wide World Importers", "Wide-World"
            body = r"[\s-]?".join(re.escape(ch) for ch in name)
        else:
            body = re.escape(name).replace(r"\ ", r"[\s-]+")
        pattern = r"(?<![\w@.-])" + body + r"(?![\w-]|\.\w)"
        if re.search(pattern, haystack, re.IGNORECASE):
            # a short form loses to another interview's full name of the same length
            found = max(found, 2 * len(name) - (name == first))
    return found


# First words shared by many unrelated companies: never a company's short form on their own.
_GENERIC_FIRST_WORDS = frozenset(
    """the deutsche general united american national international global first royal new bank
    group digital british european north south east west central city mobile smart open data
    software solutions systems tech media health energy capital""".split()
)


_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|se|kg|inc\.?|llc|ltd\.?|limited|plc|corp\.?|corporation|"
    r"s\.?a\.?s?\.?|sarl|s\.?l\.?|b\.?v\.?|n\.?v\.?|oy|ab|aps|s\.?p\.?a\.?|s\.?r\.?l\.?)$",
    re.IGNORECASE,
)


def without_legal_suffix(company: str) -> str:
    """Return `company` without a trailing legal form ("Acme GmbH" -> "Acme", "Globex, Inc." -> "Globex")."""
    return _LEGAL_SUFFIX.sub("", company.strip()).strip()


def _sender_addresses(msg: ParsedMessage) -> list[str]:
    addresses = [msg.from_addr.lower()] if msg.from_addr else []
    for _, address in getaddresses(list(msg.headers.get("reply-to", ()))):
        if address and address.lower() not in addresses:
            addresses.append(address.lower())
    return addresses


def _dated_after_thank_you(date: datetime | None, candidate: MatchCandidate) -> bool:
    # Without either date nothing can be ruled out, so the message stays eligible.
    if date is None or candidate.first_thank_you_at is None:
        return True
    return date >= candidate.first_thank_you_at


def _most_recent(candidates: Sequence[MatchCandidate], date: datetime | None) -> MatchCandidate:
    """Prefer the interview whose thank-you was sent most recently before `date`; then the newest
    interview (highest id). Unknown thank-you times rank last."""

    def key(c: MatchCandidate) -> tuple[int, float, int]:
        sent = c.first_thank_you_at
        usable = sent is not None and (date is None or sent <= date)
        return (1 if usable else 0, sent.timestamp() if usable and sent else 0.0, c.interview_id)

    return max(candidates, key=key)


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
