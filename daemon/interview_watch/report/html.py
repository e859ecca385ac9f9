"""The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched).

The page tells the whole search first (tiles, status counts, reply times, timeline, a table at a
glance), then each interview's story, then the health of the mail sync, so that a zero caused by
a sync that never ran cannot pass for silence. A Content-Security-Policy forbids scripts and
every network request, as a second fence behind escaping.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path
from string import Template
from typing import Any, Mapping

from interview_watch.report import fields, svg
from interview_watch.report.cards import anchor, esc, interview_card, status_badge
from interview_watch.report.health import Health, assess, zero_caveat

Item = Mapping[str, Any]
MOVING_FORWARD = ("second_interview", "offer", "info_requested")


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    # The file beside this module; importlib.resources (which imports zipfile, ~10 ms) only when
    # the package is not on a file system (a zip).
    try:
        return Path(__file__).with_name(name).read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        return resources.files("interview_watch.report").joinpath(name).read_text(encoding="utf-8")


def render_html(doc: Mapping[str, Any]) -> str:
    """Given the status document, return the report as one self-contained HTML page."""
    health = assess(doc)
    items = fields.interviews(doc)
    parts = [_head(doc, items), _banner(health)]
    if items:
        parts += [_tiles(items, health), _overview(items, doc), _glance(items),
                  '<section class="interviews"><h2>Interviews</h2>',
                  *(interview_card(item, health) for item in items), "</section>"]
    else:
        parts.append(_empty(health))
    parts += [_health(health), _foot(doc)]
    return Template(_asset("template.html")).substitute(
        title=escape(f"Interview report, {fields.fmt_date(doc.get('generated_at'))}".rstrip(", ")),
        css=_asset("report.css").strip(),
        body="\n".join(p for p in parts if p),
    )


def _head(doc: Mapping[str, Any], items: list[Item]) -> str:
    when = fields.fmt_datetime(doc.get("generated_at"))
    offset = fields.fmt_offset(doc.get("generated_at"))
    title = "How your interviews are going" if items else "Your interview report"
    meta = f"Updated {esc(when)}" + (f" ({esc(offset)})" if offset else "") if when else "Update time unknown"
    return (f'<header class="page-head"><p class="eyebrow">interview-watch</p><h1>{title}</h1>'
            f'<p class="meta">{meta}</p></header>')


def _banner(health: Health) -> str:
    if not health.warnings:
        return ""
    items = "".join(f"<li>{esc(w)}</li>" for w in health.warnings)
    return (f'<section class="banner level-{health.level}" aria-label="Mail sync warnings">'
            "<strong>Mail sync needs attention: what you see here may be incomplete.</strong>"
            f'<ul>{items}</ul><p><a href="#health">See mail health</a></p></section>')


def _tiles(items: list[Item], health: Health) -> str:
    reply_count = sum(len(fields.replies(i)) for i in items)
    forward = sum(1 for i in items if i.get("status") in MOVING_FORWARD)
    days = [d for d in (fields.as_float(i.get("business_days_to_reply")) for i in items) if d is not None]
    typical = ""
    if days:
        import statistics  # ~5 ms to import; only a report with a reply needs it

        typical = fields.fmt_days(statistics.median(days))
    caveat = zero_caveat(health) if not reply_count else ""
    what = f"replies: {caveat}" if caveat else "replies, all quiet" if not reply_count else (
        f'repl{"y" if reply_count == 1 else "ies"}')
    replies_tile = (f'<div class="tile{" tile-warn" if caveat else ""}"><p class="num">{reply_count}</p>'
                    f'<p class="what">{esc(what)}</p></div>')
    count = len(items)
    return ('<section class="tiles" aria-label="Summary">'
            f'<div class="tile"><p class="num">{count}</p><p class="what">interview{"" if count == 1 else "s"}</p></div>'
            f"{replies_tile}"
            f'<div class="tile"><p class="num">{forward}</p><p class="what">moving forward</p></div>'
            f'<div class="tile"><p class="num{" small" if typical else ""}">{esc(typical) or "—"}</p>'
            '<p class="what">typical time to reply</p></div></section>')


def _overview(items: list[Item], doc: Mapping[str, Any]) -> str:
    now = fields.generated_at(doc)
    return ('<section class="overview"><h2>The whole search</h2><div class="chart-grid">'
            f'<figure class="panel"><figcaption>Where things stand</figcaption>{svg.status_chart(items)}</figure>'
            f'<figure class="panel"><figcaption>How fast they replied</figcaption>{svg.response_chart(items)}'
            '<p class="note">Business days from your thank-you to the first human reply '
            "(out-of-office and bounces do not count).</p></figure></div>"
            '<figure class="panel"><figcaption>Timeline</figcaption>'
            f'<div class="scroll">{svg.timeline_chart(items, now)}</div></figure></section>')


def _glance(items: list[Item]) -> str:
    rows = []
    for item in items:
        score = fields.outlook_score(item)
        band = fields.outlook_band(score)
        latest = fields.latest_reply(item)
        last = "—"
        if latest is not None:
            last = (f"{esc(fields.fmt_short_date(latest.get('received_at')))} · "
                    f"{esc(fields.label(fields.CATEGORY_LABELS, latest.get('category')).lower())}")
        speed = fields.speed_token(item.get("response_speed"))
        by_hand = '<div class="role">set by hand</div>' if item.get("status_override") else ""
        rows.append(
            "<tr>"
            f'<td class="company"><a href="#{anchor(item)}">{esc(item.get("company")) or "Unknown company"}</a>'
            f'<div class="role">{esc(item.get("role"))}</div></td>'
            f"<td>{status_badge(item)}{by_hand}</td>"
            f'<td class="hide-phone"><span class="speed sp-{speed}">'
            f'{esc(fields.label(fields.SPEED_LABELS, item.get("response_speed")))}</span></td>'
            f'<td class="hide-narrow last">{last}</td>'
            f'<td class="num score-{band}">{"—" if score is None else score}</td>'
            f'<td class="hide-narrow">{esc(item.get("next_step"))}</td>'
            "</tr>"
        )
    return ('<section class="at-a-glance"><h2>At a glance</h2><div class="scroll"><table class="glance">'
            '<thead><tr><th>Company</th><th>Status</th><th class="hide-phone">Speed</th>'
            '<th class="hide-narrow">Last reply</th><th class="num">Outlook</th>'
            '<th class="hide-narrow">Next step</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _empty(health: Health) -> str:
    synced = ("Your mail has been read and no thank-you email turned up yet."
              if health.ever_synced else
              "Your mail has not been synced yet, so no thank-you email can have been found.")
    return ('<section class="empty"><h2>No interviews yet</h2>'
            f"<p>{esc(synced)} Interviews appear here on their own once interview-watch sees them.</p>"
            "<ol>"
            "<li>After an interview, send your thank-you as usual. interview-watch finds it in your "
            "Sent folder on the next sync.</li>"
            "<li>Or record an interview by hand: <code>interview-watch interview add --company NAME</code>.</li>"
            "<li>Check that mail can be read: <code>interview-watch doctor</code>, then "
            "<code>interview-watch poll --once</code>.</li>"
            "<li>Curious what a full report looks like? <code>interview-watch demo</code> builds one from "
            "a generated mailbox.</li>"
            "</ol></section>")


def _health(health: Health) -> str:
    parts = ['<section class="health" id="health"><h2>Mail health</h2>']
    if not health.accounts:
        parts.append('<div class="accounts"><div class="account level-error"><p class="state">'
                     "No mail account has reported in</p><p class=\"detail\">Nothing is being watched yet. "
                     "Run <code>interview-watch config check</code> and <code>interview-watch doctor</code>."
                     "</p></div></div>")
    else:
        parts.append('<div class="accounts">')
        for a in health.accounts:
            error = esc(a.last_error) or "none"
            if a.last_error and a.last_error_at:
                error += f' <span class="muted">({esc(fields.fmt_datetime(a.last_error_at))})</span>'
            parts.append(
                f'<div class="account level-{a.level}"><p><strong>{esc(a.name)}</strong></p>'
                f'<p class="state">{esc(a.headline)}</p><dl>'
                f"<dt>Last success</dt><dd>{esc(fields.fmt_datetime(a.last_success)) or 'never'}</dd>"
                f"<dt>Last error</dt><dd>{error}</dd>"
                f"<dt>Messages seen</dt><dd>{a.messages_seen}</dd></dl>"
                + (f'<p class="detail">{esc(a.detail)}</p>' if a.detail else "") + "</div>")
        parts.append("</div>")
    parts.append('<h3 class="sub-head">Skipped messages</h3>')
    if health.skipped:
        rows = "".join(
            f"<tr><td>{esc(fields.fmt_datetime(s.at))}</td><td>{esc(s.account)}</td><td>{esc(s.folder)}</td>"
            f"<td>{esc(s.uid)}</td><td>{esc(s.message_id)}</td><td>{esc(s.reason)}</td></tr>"
            for s in health.skipped)
        parts.append('<p class="muted">These messages could not be read and were left out. '
                     'Nothing in your mailbox was changed.</p><div class="scroll"><table class="skipped">'
                     "<thead><tr><th>When</th><th>Account</th><th>Folder</th><th>UID</th>"
                     f"<th>Message-ID</th><th>Reason</th></tr></thead><tbody>{rows}</tbody></table></div>")
    else:
        none = ("None: every message read so far could be understood." if health.ever_synced
                else "None, but nothing has been read yet.")
        parts.append(f'<p class="muted">{none}</p>')
    return "".join(parts) + "</section>"


def _foot(doc: Mapping[str, Any]) -> str:
    raw = doc.get("health") if isinstance(doc.get("health"), Mapping) else {}
    lines = ["<p>Everything here was computed on this computer from your own mailbox; "
             "nothing was sent anywhere.</p>"]
    if fields.one_line(doc.get("report_path")):
        lines.append(f'<p>This report: <span class="path">{esc(doc.get("report_path"))}</span></p>')
    if fields.one_line(raw.get("database")):
        lines.append(f'<p>Database: <span class="path">{esc(raw.get("database"))}</span></p>')
    return f'<footer class="page-foot">{"".join(lines)}</footer>'
