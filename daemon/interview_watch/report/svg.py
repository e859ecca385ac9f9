"""The report's pictures, drawn as inline SVG: status counts, reply times, a timeline, a gauge.

Colours come from CSS classes (report.css), never from data. Text from the document appears only
as escaped element content (labels and <title> tooltips), never inside an attribute; attribute
values are numbers we computed or class names from a fixed list.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta
from html import escape
from typing import Any, Mapping

from interview_watch.core.models import STATUSES
from interview_watch.report import fields

Item = Mapping[str, Any]


def esc(value: Any) -> str:
    return escape(fields.one_line(value), quote=True)


def clip(value: Any, limit: int) -> str:
    """One-line text cut to `limit` characters with "…" (before escaping, so entities stay whole)."""
    shown = fields.one_line(value)
    return shown if len(shown) <= limit else shown[: limit - 1].rstrip() + "…"


def _open(name: str, width: float, height: float, label: str) -> str:
    return (f'<svg class="chart chart-{name}" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(label)}">'
            f"<title>{escape(label)}</title>")


def status_chart(items: list[Item]) -> str:
    """Horizontal bars: how many interviews are in each status (zero rows shown, muted)."""
    counts = Counter(fields.status_token(i.get("status")) for i in items)
    rows = list(STATUSES) + (["unknown"] if counts.get("unknown") else [])
    label_w, bar_w, row_h = 132, 220, 24
    width, height = label_w + bar_w + 40, row_h * len(rows) + 6
    top = max(counts.values(), default=0) or 1
    out = [_open("status", width, height, "Interviews by status")]
    for n, status in enumerate(rows):
        y, count = 3 + n * row_h, counts.get(status, 0)
        muted = "" if count else " zero"
        name = fields.STATUS_LABELS.get(status, "Other")
        out.append(f'<text class="axis-label{muted}" x="{label_w - 10}" y="{y + 15}" '
                   f'text-anchor="end">{escape(name)}</text>')
        out.append(f'<rect class="track" x="{label_w}" y="{y + 5}" width="{bar_w}" height="12" rx="6"/>')
        if count:
            out.append(f'<rect class="fill s-{status}" x="{label_w}" y="{y + 5}" '
                       f'width="{max(12, bar_w * count / top):.1f}" height="12" rx="6"/>')
        out.append(f'<text class="value{muted}" x="{label_w + bar_w + 10}" y="{y + 15}">{count}</text>')
    return "".join(out) + "</svg>"


def response_chart(items: list[Item]) -> str:
    """Bars: business days from thank-you to first human reply, against the prompt/normal bands."""
    rows = [i for i in items if fields.thank_you(i) is not None]
    if not rows:
        return '<p class="chart-empty">No thank-you emails found yet, so there is nothing to time.</p>'
    days = {id(i): fields.as_float(i.get("business_days_to_reply")) for i in rows}
    order = {"pending": 1, "silent": 2}
    rows.sort(key=lambda i: (days[id(i)] is None, order.get(i.get("response_speed"), 0), days[id(i)] or 0))
    label_w, plot_w, row_h, top_h = 150, 300, 24, 26
    width, height = label_w + plot_w + 70, top_h + row_h * len(rows) + 8
    scale_max = max([5.0] + [math.ceil(d) for d in days.values() if d is not None])

    def x(value: float) -> float:
        return label_w + plot_w * min(value, scale_max) / scale_max

    out = [_open("response", width, height, "Response time in business days")]
    plot_h = row_h * len(rows) + 4
    for cls, start, end, name in (("prompt", 0, 1, "prompt"), ("normal", 1, 3, "normal"),
                                  ("slow", 3, scale_max, "slow")):
        out.append(f'<rect class="band band-{cls}" x="{x(start):.1f}" y="{top_h - 4}" '
                   f'width="{x(end) - x(start):.1f}" height="{plot_h}"/>')
        out.append(f'<text class="band-label" x="{(x(start) + x(end)) / 2:.1f}" y="{top_h - 10}" '
                   f'text-anchor="middle">{name}</text>')
    for mark in sorted({0.0, 1.0, 3.0, scale_max}):
        out.append(f'<text class="tick" x="{x(mark):.1f}" y="{height - 1}" text-anchor="middle">'
                   f"{mark:g}</text>")
    for n, item in enumerate(rows):
        y, value = top_h + n * row_h, days[id(item)]
        speed = fields.speed_token(item.get("response_speed"))
        out.append(f'<text class="axis-label" x="{label_w - 10}" y="{y + 15}" text-anchor="end">'
                   f"{esc(clip(item.get('company'), 19))}<title>{esc(item.get('company'))}</title></text>")
        if value is None:
            note = "silent: no reply" if speed == "silent" else "no reply yet"
            out.append(f'<text class="value muted" x="{label_w + 8}" y="{y + 15}">{note}</text>')
            continue
        out.append(f'<rect class="fill sp-{speed}" x="{label_w}" y="{y + 5}" '
                   f'width="{max(4.0, x(value) - label_w):.1f}" height="12" rx="3"/>')
        out.append(f'<text class="value" x="{x(value) + 6:.1f}" y="{y + 15}">{value:.1f}</text>')
    return "".join(out) + "</svg>"


def _events(item: Item) -> list[tuple[datetime, str, str]]:
    """(time, kind, tooltip) for an interview's dated moments; kind is a CSS class."""
    company = fields.one_line(item.get("company"))
    events = []
    when = fields.parse_time(item.get("interview_at"))
    if when:
        events.append((when, "m-interview", f"{company}: interview, {fields.fmt_datetime(when)}"))
    thanks = fields.thank_you(item)
    sent = fields.parse_time(thanks.get("sent_at")) if thanks else None
    if sent:
        events.append((sent, "m-thanks", f"{company}: thank-you sent, {fields.fmt_datetime(sent)}"))
    for reply in fields.replies(item):
        got = fields.parse_time(reply.get("received_at"))
        if got:
            category = fields.category_token(reply.get("category"))
            name = fields.label(fields.CATEGORY_LABELS, reply.get("category"))
            events.append((got, f"m-reply c-{category}", f"{company}: {name}, {fields.fmt_datetime(got)}"))
    return sorted(events, key=lambda e: e[0])


def _ticks(start: datetime, end: datetime) -> list[datetime]:
    """Midnights (in `start`'s offset) spaced so the axis gets about 5 to 10 labels."""
    span = (end - start).days + 1
    step = next((s for s in (1, 2, 7, 14, 28) if span / s <= 10), 56)
    first = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    if step >= 7:
        first += timedelta(days=(7 - first.weekday()) % 7)  # weeks start on Monday
    ticks, tick = [], first
    while tick <= end:
        ticks.append(tick)
        tick += timedelta(days=step)
    return ticks


def timeline_chart(items: list[Item], now: datetime | None) -> str:
    """One row per interview: interview, thank-you and reply markers on a shared time axis."""
    per_item = [(item, _events(item)) for item in items]
    moments = [e[0] for _, events in per_item for e in events] + ([now] if now else [])
    if not [e for _, events in per_item for e in events]:
        return '<p class="chart-empty">No dated interviews or emails yet.</p>'
    start, end = min(moments), max(moments)
    if end - start < timedelta(days=2):
        end = start + timedelta(days=2)
    pad = (end - start) * 0.03
    start, end = start - pad, end + pad
    tz = (now or start).tzinfo
    label_w, plot_w, row_h, top_h = 170, 760, 26, 30
    width, height = label_w + plot_w + 30, top_h + row_h * len(items) + 44

    def x(moment: datetime) -> float:
        return label_w + 10 + plot_w * (moment - start) / (end - start)

    out = [_open("timeline", width, height, "Timeline of interviews, thank-yous and replies")]
    for n in range(len(items)):
        if n % 2 == 0:
            out.append(f'<rect class="stripe" x="0" y="{top_h + n * row_h}" width="{width}" height="{row_h}"/>')
    for tick in _ticks(start.astimezone(tz), end.astimezone(tz)):
        out.append(f'<line class="grid" x1="{x(tick):.1f}" y1="{top_h - 6}" x2="{x(tick):.1f}" '
                   f'y2="{top_h + row_h * len(items)}"/>')
        out.append(f'<text class="tick" x="{x(tick):.1f}" y="{top_h - 12}" text-anchor="middle">'
                   f"{escape(fields.fmt_short_date(tick))}</text>")
    if now:
        out.append(f'<line class="now" x1="{x(now):.1f}" y1="{top_h - 6}" x2="{x(now):.1f}" '
                   f'y2="{top_h + row_h * len(items)}"/>')
        out.append(f'<text class="now-label" x="{x(now):.1f}" y="{top_h + row_h * len(items) + 14}" '
                   f'text-anchor="middle">now</text>')
    for n, (item, events) in enumerate(per_item):
        mid = top_h + n * row_h + row_h / 2
        status = fields.status_token(item.get("status"))
        out.append(f'<text class="axis-label" x="{label_w - 4}" y="{mid + 4:.1f}" text-anchor="end">'
                   f"{esc(clip(item.get('company'), 21))}<title>{esc(item.get('company'))}</title></text>")
        if not events:
            out.append(f'<text class="value muted" x="{label_w + 10}" y="{mid + 4:.1f}">no dates yet</text>')
            continue
        first, last = events[0][0], events[-1][0]
        out.append(f'<line class="span s-{status}" x1="{x(first):.1f}" y1="{mid}" x2="{x(last):.1f}" y2="{mid}"/>')
        if now and status in ("awaiting_reply", "silent", "thank_you_due") and now > last:
            out.append(f'<line class="waiting s-{status}" x1="{x(last):.1f}" y1="{mid}" '
                       f'x2="{x(now):.1f}" y2="{mid}"/>')
        for moment, kind, tip in events:
            out.append(_marker(kind, x(moment), mid, tip))
    cursor, legend_y = label_w + 10.0, height - 12
    for kind, name in LEGEND:
        out.append(_marker(kind, cursor, legend_y - 4, name))
        out.append(f'<text class="legend" x="{cursor + 9:.1f}" y="{legend_y}">{name}</text>')
        cursor += 24 + 6.4 * len(name)
    return "".join(out) + "</svg>"


LEGEND = (("m-interview", "interview"), ("m-thanks", "thank-you"),
          ("m-reply c-acknowledgment", "acknowledged"), ("m-reply c-info_request", "info request"),
          ("m-reply c-second_interview", "2nd interview"), ("m-reply c-offer", "offer"),
          ("m-reply c-rejection", "rejection"), ("m-reply c-bounce", "bounce"),
          ("m-reply c-auto_reply", "auto-reply"))


def _marker(kind: str, cx: float, cy: float, tip: str) -> str:
    title = f"<title>{esc(tip)}</title>"
    if kind == "m-interview":
        d = f"M{cx:.1f} {cy - 6:.1f} L{cx + 6:.1f} {cy:.1f} L{cx:.1f} {cy + 6:.1f} L{cx - 6:.1f} {cy:.1f} Z"
        return f'<path class="marker {kind}" d="{d}">{title}</path>'
    if kind == "m-thanks":
        return (f'<rect class="marker {kind}" x="{cx - 4:.1f}" y="{cy - 4:.1f}" width="8" height="8" '
                f'rx="1.5">{title}</rect>')
    return f'<circle class="marker {kind}" cx="{cx:.1f}" cy="{cy:.1f}" r="5.5">{title}</circle>'


def gauge(score: int | None) -> str:
    """A small ring showing the outlook score out of 100."""
    band = fields.outlook_band(score)
    radius, size = 22.0, 56
    circumference = 2 * math.pi * radius
    filled = circumference * (score or 0) / 100
    shown = "–" if score is None else str(score)
    return (f'<svg class="gauge g-{band}" viewBox="0 0 {size} {size}" width="{size}" height="{size}" '
            f'role="img" aria-label="Outlook {shown} of 100"><title>Outlook {shown} of 100</title>'
            f'<circle class="gauge-track" cx="28" cy="28" r="{radius}"/>'
            f'<circle class="gauge-fill" cx="28" cy="28" r="{radius}" '
            f'stroke-dasharray="{filled:.1f} {circumference:.1f}" transform="rotate(-90 28 28)"/>'
            f'<text class="gauge-value" x="28" y="33" text-anchor="middle">{shown}</text></svg>')
