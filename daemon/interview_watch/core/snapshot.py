"""The status document: what `status --json` prints and every report renders from. Pure."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Sequence

from interview_watch.core.models import Interview, InterviewState, Reply, ThankYou


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _reply(r: Reply) -> dict[str, Any]:
    return {
        "message_id": r.message_id,
        "received_at": _iso(r.received_at),
        "from": r.from_addr,
        "from_name": r.from_name,
        "subject": r.subject,
        "category": r.category,
        "confidence": r.confidence,
        "evidence": list(r.evidence),
        "matched_by": r.matched_by,
        "return_date": _iso(r.return_date),
        "proposed_time": _iso(r.proposed_time),
        "excerpt": r.excerpt,
    }


def interview_document(iv: Interview, thank_yous: Sequence[ThankYou], replies: Sequence[Reply],
                       state: InterviewState) -> dict[str, Any]:
    """Given an interview, its messages and its derived state, return its JSON-ready dict."""
    first = min(thank_yous, key=lambda t: t.sent_at) if thank_yous else None
    cues = None
    if iv.cues is not None:
        cues = {
            "body_language": list(iv.cues.body_language),
            "engagement": list(iv.cues.engagement),
            "pace": iv.cues.pace,
            "notes": iv.cues.notes,
            "logged_at": _iso(iv.cues.logged_at),
        }
    return {
        "id": iv.id,
        "company": iv.company,
        "role": iv.role,
        "contacts": list(iv.contacts),
        "interview_at": _iso(iv.interview_at),
        "status": state.status,
        "status_override": iv.status_override or None,
        "response_speed": state.response_speed,
        "business_days_to_reply": (
            round(state.business_days_to_reply, 2) if state.business_days_to_reply is not None else None
        ),
        "thank_you": (
            {"message_id": first.message_id, "sent_at": _iso(first.sent_at), "to": list(first.to),
             "subject": first.subject}
            if first else None
        ),
        "thank_yous": [
            {"message_id": t.message_id, "sent_at": _iso(t.sent_at), "to": list(t.to), "subject": t.subject}
            for t in sorted(thank_yous, key=lambda t: t.sent_at)
        ],
        "replies": [_reply(r) for r in sorted(replies, key=lambda r: r.received_at)],
        "history": [
            {"at": _iso(t.at), "status": t.status, "cause": t.cause, "message_id": t.message_id,
             "evidence": list(t.evidence)}
            for t in state.history
        ],
        "cues": cues,
        "next_step": state.next_step,
        "outlook": {
            "score": state.outlook.score,
            "signals": [
                {"name": s.name, "impact": s.impact, "sentence": s.sentence} for s in state.outlook.signals
            ],
        },
    }


def status_document(interviews: list[dict[str, Any]], health: dict[str, Any], now: datetime,
                    report_path: str) -> dict[str, Any]:
    """Given the interview dicts and the health dict, return the whole status document."""
    return {
        "generated_at": _iso(now),
        "report_path": report_path,
        "interviews": interviews,
        "health": health,
    }
