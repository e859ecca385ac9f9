"""One interview as an HTML card: its story from interview to the latest reply, and what to do next.

Every value from the document goes through `esc` and lands in element content only. Attributes
carry just the interview's integer id and class names from fixed lists (see fields.token).
"""

from __future__ import annotations

from html import escape
from typing import Any, Mapping

from interview_watch.report import fields, svg
from interview_watch.report.health import Health, no_reply_note

Item = Mapping[str, Any]


def esc(value: Any) -> str:
    """Escape one value for HTML element content (quotes too), one line."""
    return escape(fields.one_line(value), quote=True)


def esc_block(value: Any) -> str:
    """Escape multi-line text; line breaks survive through CSS `white-space: pre-line`."""
    lines = [" ".join(line.split()) for line in fields.text(value).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return escape("\n".join(lines).strip("\n"), quote=True)


def anchor(item: Item) -> str:
    """The card's element id, built from the integer id only."""
    return f"interview-{fields.as_int(item.get('id'))}"


def status_badge(item: Item) -> str:
    status = fields.status_token(item.get("status"))
    name = fields.label(fields.STATUS_LABELS, item.get("status"))
    return f'<span class="badge s-{status}">{esc(name)}</span>'


def interview_card(item: Item, health: Health) -> str:
    """Return the <article> for one interview."""
    status = fields.status_token(item.get("status"))
    company = esc(item.get("company")) or "Unknown company"
    role = esc(item.get("role"))
    badges = [status_badge(item)]
    if item.get("status_override"):
        badges.append('<span class="badge override">set by hand</span>')
    score = fields.outlook_score(item)
    return "".join((
        f'<article class="interview st-{status}" id="{anchor(item)}">',
        '<header class="card-head"><div class="who">',
        f"<h3>{company}</h3>",
        f'<p class="role">{role}</p>' if role else "",
        '</div><div class="verdict">',
        f'<div class="badges">{"".join(badges)}</div>',
        svg.gauge(score),
        "</div></header>",
        _next_step(item),
        _facts(item),
        '<div class="card-body">',
        _replies(item, health),
        '<div class="side">',
        _outlook(item, score),
        _cues(item.get("cues")),
        _history(item.get("history")),
        "</div></div></article>",
    ))


def _next_step(item: Item) -> str:
    step = esc(item.get("next_step"))
    if not step:
        return ""
    return f'<p class="next-step"><span class="next-label">Next step</span>{step}</p>'


def _facts(item: Item) -> str:
    interview_at = esc(fields.fmt_datetime(item.get("interview_at"))) or '<span class="muted">not recorded</span>'
    thanks = fields.thank_you(item)
    if thanks:
        to = ", ".join(esc(a) for a in fields.texts(thanks.get("to")))
        sent = esc(fields.fmt_datetime(thanks.get("sent_at"))) or "date unknown"
        subject = esc(thanks.get("subject"))
        thanks_html = (sent + (f'<span class="sub">to {to}</span>' if to else "")
                       + (f'<span class="sub">“{subject}”</span>' if subject else ""))
    else:
        thanks_html = '<span class="muted">not found yet</span>'
    speed = fields.speed_token(item.get("response_speed"))
    speed_name = esc(fields.label(fields.SPEED_LABELS, item.get("response_speed")))
    days = esc(fields.fmt_days(item.get("business_days_to_reply")))
    response = f'<span class="speed sp-{speed}">{speed_name}</span>'
    response += f'<span class="sub">{days} to reply</span>' if days else ""
    contacts = "".join(f'<span class="sub">{esc(c)}</span>' for c in fields.texts(item.get("contacts")))
    contacts = contacts or '<span class="muted">none recorded</span>'
    return ('<dl class="facts">'
            f"<div><dt>Interview</dt><dd>{interview_at}</dd></div>"
            f"<div><dt>Thank-you sent</dt><dd>{thanks_html}</dd></div>"
            f"<div><dt>Response</dt><dd>{response}</dd></div>"
            f"<div><dt>Contacts</dt><dd>{contacts}</dd></div>"
            "</dl>")


def _replies(item: Item, health: Health) -> str:
    replies = sorted(fields.replies(item), key=lambda r: fields.parse_time(r.get("received_at"))
                     or fields.parse_time("0001-01-01T00:00:00+00:00"))
    if not replies:
        note = no_reply_note(health)
        caveat = f'<span class="caveat">{esc(note)}</span>' if note else ""
        thanks = fields.thank_you(item)
        sent = fields.fmt_date(thanks.get("sent_at")) if thanks else ""
        waiting = ("No thank-you found yet." if thanks is None
                   else f"No reply since your thank-you on {esc(sent)}." if sent else "No reply yet.")
        return f'<section class="replies"><h4>Replies</h4><p class="no-reply">{waiting}{caveat}</p></section>'
    return ('<section class="replies"><h4>Replies</h4><ol>'
            + "".join(_reply(r) for r in replies) + "</ol></section>")


def _reply(reply: Mapping[str, Any]) -> str:
    category = fields.category_token(reply.get("category"))
    name = esc(fields.label(fields.CATEGORY_LABELS, reply.get("category")))
    confidence = fields.as_float(reply.get("confidence"))
    parts = ['<li class="reply"><div class="reply-head">',
             f'<span class="badge c-{category}">{name}</span>',
             f'<span class="when">{esc(fields.fmt_datetime(reply.get("received_at"))) or "date unknown"}</span>']
    if confidence is not None:
        parts.append(f'<span class="conf">{round(max(0.0, min(1.0, confidence)) * 100)}% sure</span>')
    parts.append("</div>")
    parts.append(f'<p class="reply-from">{esc(fields.sender(reply))}</p>')
    if fields.one_line(reply.get("subject")):
        parts.append(f'<p class="reply-subject">{esc(reply.get("subject"))}</p>')
    excerpt = esc_block(reply.get("excerpt"))
    if excerpt:
        parts.append(f'<blockquote class="excerpt">{excerpt}</blockquote>')
    evidence = fields.texts(reply.get("evidence"))
    if evidence:
        parts.append('<p class="evidence">Why: '
                     + "".join(f'<span class="quote">“{esc(e)}”</span>' for e in evidence) + "</p>")
    meta = []
    if reply.get("matched_by"):
        meta.append(f"matched by {esc(fields.label(fields.MATCH_LABELS, reply.get('matched_by')).lower())}")
    if reply.get("return_date"):
        meta.append(f"back on {esc(fields.fmt_date(reply.get('return_date')))}")
    if reply.get("proposed_time"):
        meta.append(f"proposed time {esc(fields.fmt_datetime(reply.get('proposed_time')))}")
    if meta:
        parts.append(f'<p class="reply-meta">{" · ".join(meta)}</p>')
    return "".join(parts) + "</li>"


def _outlook(item: Item, score: int | None) -> str:
    items = fields.signals(item)
    heading = "<h4>Outlook" + (f" · {score} of 100" if score is not None else "") + "</h4>"
    if not items:
        return f'<section class="outlook">{heading}<p class="muted">No signals yet.</p></section>'
    rows = []
    for signal in items:
        impact = fields.as_float(signal.get("impact")) or 0.0
        sign = "pos" if round(impact) > 0 else "neg" if round(impact) < 0 else "zero"
        sentence = esc(signal.get("sentence")) or esc(signal.get("name"))
        rows.append(f'<li><span class="impact {sign}">{esc(fields.fmt_impact(impact))}</span>'
                    f"<span>{sentence}</span></li>")
    return f'<section class="outlook">{heading}<ul class="signals">{"".join(rows)}</ul></section>'


def _cues(cues: Any) -> str:
    if not isinstance(cues, Mapping):
        return ""
    seen = fields.texts(cues.get("body_language")) + fields.texts(cues.get("engagement"))
    if fields.one_line(cues.get("pace")):
        seen.append(fields.one_line(cues.get("pace")))
    chips = "".join(f'<span class="chip">{esc(fields.label(fields.CUE_LABELS, c).lower())}</span>' for c in seen)
    notes = esc_block(cues.get("notes"))
    if not chips and not notes:
        return ""
    return ('<section class="cues"><h4>What you noticed</h4>'
            + (f'<div class="chips">{chips}</div>' if chips else "")
            + (f'<p class="notes">{notes}</p>' if notes else "") + "</section>")


def _history(history: Any) -> str:
    steps = [h for h in history if isinstance(h, Mapping)] if isinstance(history, list) else []
    if not steps:
        return ""
    rows = []
    for step in steps:
        when = esc(fields.fmt_short_date(step.get("at"))) or "—"
        status = esc(fields.label(fields.STATUS_LABELS, step.get("status")))
        cause = esc(fields.label(fields.CAUSE_LABELS, step.get("cause")).lower()) if step.get("cause") else ""
        rows.append(f'<li><span class="h-when">{when}</span>{status}'
                    + (f' <span class="muted">· {cause}</span>' if cause else "") + "</li>")
    return f'<section class="history"><h4>History</h4><ol>{"".join(rows)}</ol></section>'
