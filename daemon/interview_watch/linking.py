"""Which interview a newly found thank-you belongs to: an existing one, or a new one."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from interview_watch.adapters.store import Store
from interview_watch.core.matching import company_domain, without_legal_suffix
from interview_watch.core.models import Interview, ThankYouVerdict
from interview_watch.core.thankyou import company_name_from_domain
from interview_watch.core.thankyou_names import is_job_title

# A thank-you this long after an interview began is a new application, not a later round.
NEW_PROCESS_AFTER = timedelta(days=120)
# Words of a title that say its level, not its job: "Senior Data Analyst" is a "Data Analyst".
_LEVEL_WORDS = frozenset(
    """senior sr jr junior lead principal staff head chief associate assistant i ii iii iv of the and
    & / - de des du der die das für en y et und""".split()
)


def _plain(company: str) -> str:
    """"Acme, Inc." -> "acme"; "Wide World Importers" -> "wideworldimporters"."""
    return re.sub(r"\W|_", "", without_legal_suffix(company).casefold())


def _domain_names(addresses: tuple[str, ...]) -> set[str]:
    """The company names the addresses' own domains give ("jane@acme.com" -> "acme")."""
    return {_plain(company_name_from_domain(d)) for d in map(company_domain, addresses) if d}


def _named_in_text(company: str, addresses: tuple[str, ...]) -> bool:
    """Whether `company` is more than the name of the addresses' domain: a client an agency
    recruiter, or a recruiter writing from Gmail, was thanked for."""
    return bool(_plain(company)) and _plain(company) not in _domain_names(addresses)


def _other_role(iv: Interview, verdict: ThankYouVerdict) -> bool:
    """Whether both name a job title and the titles share no word but their level: "Data
    Analyst" and "Risk Manager" are two applications; "Data Analyst" and "Senior Data Analyst",
    or a title and none, are one."""
    if not (is_job_title(iv.role) and is_job_title(verdict.role)):
        return False
    ours, theirs = (set(re.findall(r"[^\W_]+", r.casefold())) - _LEVEL_WORDS for r in (iv.role, verdict.role))
    return bool(ours) and bool(theirs) and not ours & theirs


def _joins(iv: Interview, verdict: ThankYouVerdict, recipients: tuple[str, ...],
           sent_at: datetime) -> bool:
    if _other_role(iv, verdict) or abs(sent_at - iv.created_at) > NEW_PROCESS_AFTER:
        return False
    same_name = bool(_plain(verdict.company)) and _plain(iv.company) == _plain(verdict.company)
    if same_name:
        return True
    # A shared recruiter (an agency's, or one on Gmail) arranges interviews at several companies:
    # two thank-yous that name different companies in their text are two interviews.
    if _named_in_text(verdict.company, recipients) and _named_in_text(iv.company, iv.contacts):
        return False
    if set(recipients) & set(iv.contacts):
        return True
    their = {company_domain(a) for a in recipients} - {""}
    ours = {company_domain(a) for a in iv.contacts} - {""}
    return bool(their & ours)


def find_interview_for_thank_you(store: Store, verdict: ThankYouVerdict,
                                 recipients: tuple[str, ...], sent_at: datetime) -> int:
    """Given a thank-you's verdict and recipients, return the interview it joins, creating one.

    One interview is one hiring process: every round of it (recruiter screen, hiring manager,
    panel, final round, each interviewer thanked on their own) joins it. A thank-you joins the
    most recent interview with the same company name (legal form aside), else one that shares a
    contact or a company domain, unless both name different companies in their text (an agency
    recruiter's clients), both name job titles with no word in common but their level (two
    applications at one company), or it was sent more than NEW_PROCESS_AFTER from the interview's
    start (a new application). Joining adds its recipients to the contacts, fills
    a missing role, and replaces a company known only from the domain with one the text names."""
    matches = [iv for iv in store.interviews() if _joins(iv, verdict, recipients, sent_at)]
    if matches:
        iv = max(matches, key=lambda i: i.created_at)
        contacts = tuple(sorted(set(iv.contacts) | set(recipients)))
        changes: dict[str, object] = {}
        if contacts != iv.contacts:
            changes["contacts"] = contacts
        if not iv.role and verdict.role:
            changes["role"] = verdict.role
        if (_named_in_text(verdict.company, recipients) and not _named_in_text(iv.company, iv.contacts)
                and _plain(iv.company) != _plain(verdict.company)):
            changes["company"] = verdict.company
        if changes:
            store.update_interview(iv.id, **changes)
        return iv.id
    company = verdict.company or _company_from_address(recipients)
    return store.add_interview(company, verdict.role, recipients, created_at=sent_at, source="thank_you")


def _company_from_address(recipients: tuple[str, ...]) -> str:
    for address in recipients:
        domain = company_domain(address)
        if domain:
            return company_name_from_domain(domain)
    return recipients[0] if recipients else "Unknown company"
