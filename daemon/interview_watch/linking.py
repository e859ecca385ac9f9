"""Which interview a newly found thank-you belongs to: an existing one, or a new one."""

from __future__ import annotations

from datetime import datetime

from interview_watch.adapters.store import Store
from interview_watch.core.matching import company_domain
from interview_watch.core.models import Interview, ThankYouVerdict
from interview_watch.core.thankyou import company_name_from_domain


def _joins(iv: Interview, verdict: ThankYouVerdict, recipients: tuple[str, ...]) -> bool:
    if set(recipients) & set(iv.contacts):
        return True
    their = {company_domain(a) for a in recipients} - {""}
    ours = {company_domain(a) for a in iv.contacts} - {""}
    if their & ours:
        return True
    return bool(verdict.company) and iv.company.casefold() == verdict.company.casefold()


def find_interview_for_thank_you(store: Store, verdict: ThankYouVerdict,
                                 recipients: tuple[str, ...], sent_at: datetime) -> int:
    """Given a thank-you's verdict and recipients, return the interview it joins, creating one.

    A thank-you joins the most recent interview that shares a contact, a company domain or the
    company's name; joining adds its recipients to the contacts and fills a missing role."""
    matches = [iv for iv in store.interviews() if _joins(iv, verdict, recipients)]
    if matches:
        iv = max(matches, key=lambda i: i.created_at)
        contacts = tuple(sorted(set(iv.contacts) | set(recipients)))
        changes: dict[str, object] = {}
        if contacts != iv.contacts:
            changes["contacts"] = contacts
        if not iv.role and verdict.role:
            changes["role"] = verdict.role
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
