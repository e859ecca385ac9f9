"""The Markdown report: the same story as the HTML page, for a terminal, a notes app or a gist.

Markdown viewers pass raw HTML through and turn brackets into links, so every value from the
document is escaped: `<` and `>` become entities (no tag can form) and Markdown punctuation is
backslashed (no link, image, emphasis or table cell can form).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from interview_watch.report import fields
from interview_watch.report.health import Health, assess, no_reply_note, replies_phrase

# Inline, only these characters can start markup: links and images need "[", emphasis "*" or
# "_", code "`", strikethrough "~", a table cell "|"; headings and lists need a line start.
_PUNCTUATION = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^(\s*)([-+>#=]|\d+[.)])")


def md(value: Any) -> str:
    """Escape one value for inline Markdown (one line, no HTML, no links, no emphasis)."""
    shown = fields.one_line(value).replace("<", "&lt;").replace(">", "&gt;")
    return _PUNCTUATION.sub(r"\\\1", shown)


def md_block(value: Any) -> list[str]:
    """Escape multi-line text as blockquote lines, so no line can start a list or heading."""
    lines = [fields.text(value).replace("\t", " ")]
    out = []
    for raw in "\n".join(lines).splitlines():
        escaped = md(raw)
        out.append("> " + _LINE_START.sub(r"\1\\\2", escaped) if escaped else ">")
    while out and out[-1] == ">":
        out.pop()
    return out


def render_markdown(doc: Mapping[str, Any]) -> str:
    """Given the status document, return the report as GitHub-flavoured Markdown."""
    health = assess(doc)
    items = fields.interviews(doc)
    reply_count = sum(len(fields.replies(i)) for i in items)
    generated = fields.fmt_datetime(doc.get("generated_at"))
    out = ["# Interview report", ""]
    out.append(f"Generated {md(generated)} {md(fields.fmt_offset(doc.get('generated_at')))} · "
               f"{len(items)} interview{'' if len(items) == 1 else 's'} · "
               f"{md(replies_phrase(reply_count, health))}".replace("  ", " "))
    out.append("")
    if health.warnings:
        out.append("> **Mail sync needs attention**")
        out.append(">")
        out.extend(f"> - {md(w)}" for w in health.warnings)
        out.append("")
    if not items:
        out += ["No interviews yet. interview-watch finds your thank-you emails in the Sent folder on "
                "each sync; you can also record one with `interview-watch interview add --company NAME`.",
                "Try `interview-watch demo` to see a full report from a generated mailbox.", ""]
    else:
        out += _summary(items) + ["## Interviews", ""]
        for item in items:
            out += _interview(item, health)
    out += _health(health)
    return "\n".join(out).rstrip() + "\n"


def _summary(items: list[Mapping[str, Any]]) -> list[str]:
    out = ["## Summary", "", "| Company | Role | Status | Speed | Outlook | Next step |",
           "| --- | --- | --- | --- | ---: | --- |"]
    for item in items:
        score = fields.outlook_score(item)
        speed = fields.label(fields.SPEED_LABELS, item.get("response_speed"))
        days = fields.fmt_days(item.get("business_days_to_reply"))
        out.append(" | ".join((
            f"| {md(item.get('company')) or '(unknown)'}",
            md(item.get("role")),
            md(fields.label(fields.STATUS_LABELS, item.get("status"))),
            md(f"{speed}, {days}" if days else speed),
            "" if score is None else str(score),
            md(item.get("next_step")) + " |",
        )))
    return out + [""]


def _interview(item: Mapping[str, Any], health: Health) -> list[str]:
    company = md(item.get("company")) or "(unknown company)"
    role = md(item.get("role"))
    out = [f"### {company}" + (f" — {role}" if role else ""), ""]
    status = fields.label(fields.STATUS_LABELS, item.get("status"))
    if item.get("status_override"):
        status += " (set by hand)"
    out.append(f"- **Status:** {md(status)}")
    out.append(f"- **Interview:** {md(fields.fmt_datetime(item.get('interview_at'))) or 'not recorded'}")
    thanks = fields.thank_you(item)
    if thanks:
        to = ", ".join(md(a) for a in fields.texts(thanks.get("to")))
        out.append(f"- **Thank-you sent:** {md(fields.fmt_datetime(thanks.get('sent_at')))}"
                   + (f" to {to}" if to else "") + (f" — “{md(thanks.get('subject'))}”" if thanks.get("subject") else ""))
    else:
        out.append("- **Thank-you sent:** not found yet")
    speed = fields.label(fields.SPEED_LABELS, item.get("response_speed"))
    days = fields.fmt_days(item.get("business_days_to_reply"))
    out.append(f"- **Response:** {md(speed)}" + (f", {md(days)}" if days else ""))
    contacts = fields.texts(item.get("contacts"))
    if contacts:
        out.append(f"- **Contacts:** {', '.join(md(c) for c in contacts)}")
    score = fields.outlook_score(item)
    out.append(f"- **Outlook:** {'—' if score is None else f'{score}/100'}")
    for signal in fields.signals(item):
        out.append(f"  - {md(fields.fmt_impact(signal.get('impact')))} {md(signal.get('sentence') or signal.get('name'))}")
    out.append(f"- **Next step:** {md(item.get('next_step')) or '—'}")
    out += _cues(item.get("cues"))
    out += ["", "#### Replies", ""]
    replies = fields.replies(item)
    if not replies:
        note = no_reply_note(health)
        out.append("No reply yet." + (f" {md(note)}" if note else ""))
        out.append("")
    for reply in replies:
        out += _reply(reply)
    return out


def _reply(reply: Mapping[str, Any]) -> list[str]:
    category = fields.label(fields.CATEGORY_LABELS, reply.get("category"))
    confidence = fields.as_float(reply.get("confidence"))
    head = f"- **{md(category)}**"
    if confidence is not None:
        head += f" ({round(confidence * 100)}%)"
    head += f" · {md(fields.fmt_datetime(reply.get('received_at')))} · {md(fields.sender(reply))}"
    out = [head]
    if reply.get("subject"):
        out.append(f"  - Subject: “{md(reply.get('subject'))}”")
    evidence = fields.texts(reply.get("evidence"))
    if evidence:
        out.append("  - Evidence: " + "; ".join(f"“{md(e)}”" for e in evidence))
    if reply.get("return_date"):
        out.append(f"  - Back on {md(fields.fmt_date(reply.get('return_date')))}")
    if reply.get("proposed_time"):
        out.append(f"  - Proposed time: {md(fields.fmt_datetime(reply.get('proposed_time')))}")
    excerpt = md_block(reply.get("excerpt"))
    if excerpt:
        out += [""] + ["  " + line for line in excerpt]
    return out + [""]


def _cues(cues: Any) -> list[str]:
    if not isinstance(cues, Mapping):
        return []
    seen = [fields.label(fields.CUE_LABELS, c) for c in fields.texts(cues.get("body_language"))]
    seen += [fields.label(fields.CUE_LABELS, c) for c in fields.texts(cues.get("engagement"))]
    if cues.get("pace"):
        seen.append(fields.label(fields.CUE_LABELS, cues.get("pace")))
    out = []
    if seen:
        out.append(f"- **What you noticed:** {', '.join(md(s.lower()) for s in seen)}")
    if fields.one_line(cues.get("notes")):
        out.append(f"- **Your notes:** {md(cues.get('notes'))}")
    return out


def _health(health: Health) -> list[str]:
    out = ["## Mail health", ""]
    if health.accounts:
        out += ["| Account | State | Last successful sync | Last error | Messages seen |",
                "| --- | --- | --- | --- | ---: |"]
        for a in health.accounts:
            state = {"ok": "OK", "warning": "⚠ warning", "error": "✖ error"}[a.level]
            error = md(a.last_error) + (f" ({md(fields.fmt_datetime(a.last_error_at))})" if a.last_error_at else "")
            out.append(f"| {md(a.name)} | {state}: {md(a.headline)} | "
                       f"{md(fields.fmt_datetime(a.last_success)) or 'never'} | {error or 'none'} | {a.messages_seen} |")
        out.append("")
        out += [f"- {md(a.name)}: {md(a.detail)}" for a in health.accounts if a.detail]
    else:
        out.append("No mail account has reported in: nothing is being watched yet. "
                   "Run `interview-watch config check` and `interview-watch doctor`.")
    out.append("")
    out += ["### Skipped messages", ""]
    if health.skipped:
        out += ["| When | Account | Folder | UID | Message-ID | Reason |", "| --- | --- | --- | --- | --- | --- |"]
        out += [f"| {md(fields.fmt_datetime(s.at))} | {md(s.account)} | {md(s.folder)} | {md(s.uid)} | "
                f"{md(s.message_id)} | {md(s.reason)} |" for s in health.skipped]
    else:
        out.append("None.")
    if health.database:
        out += ["", f"Database: {md(health.database)}"]
    return out + [""]
