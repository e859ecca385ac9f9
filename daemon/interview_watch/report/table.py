"""The terminal table that `status` prints: one line per interview, within a fixed width.

Cells are measured in terminal columns (wide CJK characters count two, combining marks zero) and
cut with "…" when they do not fit. Text from email never carries control characters to the
terminal: escape sequences in a subject could otherwise repaint or retitle the user's terminal.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any, Mapping

from interview_watch.report import fields
from interview_watch.report.health import Health, assess, replies_phrase

GAP = "  "
HEADERS = ("Company", "Role", "Status", "Speed", "Last reply", "Outlook")
NEXT_STEP_PREFIX = "  → "
# Columns that give way when the table is too wide, the narrowest each may become, in the order
# they give way (role first: the company and the status matter most at a glance).
MIN_WIDTHS = {1: 8, 0: 12, 4: 12, 2: 13, 3: 8}
SHORT_STATUS = {"second_interview": "2nd interview"}
SHORT_CATEGORY = {"second_interview": "2nd interview", "info_request": "info request",
                  "acknowledgment": "acknowledged"}
RESET = "\x1b[0m"
STATUS_COLORS = {
    "offer": "\x1b[32m",  # green
    "second_interview": "\x1b[36m",  # cyan
    "info_requested": "\x1b[35m",  # magenta
    "acknowledged": "\x1b[34m",  # blue
    "rejected": "\x1b[31m",  # red
    "undelivered": "\x1b[31m",
    "thank_you_due": "\x1b[33m",  # yellow
    "silent": "\x1b[2m",  # dim
}
LEVEL_COLORS = {"warning": "\x1b[33m", "error": "\x1b[31m"}


def char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(value: str) -> int:
    return sum(char_width(c) for c in value)


def fit(value: str, width: int) -> str:
    """Return `value` cut to at most `width` columns, ending in "…" when cut, padded with spaces."""
    if display_width(value) <= width:
        return value + " " * (width - display_width(value))
    kept, used = [], 0
    for char in value:
        if used + char_width(char) > width - 1:
            break
        kept.append(char)
        used += char_width(char)
    cut = "".join(kept) + ("…" if width > 0 else "")
    return cut + " " * (width - display_width(cut))


def row_cells(interview: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the six column cells for one interview, as plain one-line text."""
    status = SHORT_STATUS.get(interview.get("status")) or fields.label(fields.STATUS_LABELS, interview.get("status"))
    if interview.get("status_override"):
        status += "*"
    speed = fields.label(fields.SPEED_LABELS, interview.get("response_speed")).lower()
    days = fields.as_float(interview.get("business_days_to_reply"))
    if days is not None:
        speed += f" {days:.1f}d"
    latest = fields.latest_reply(interview)
    last = ""
    if latest is not None:
        category = (SHORT_CATEGORY.get(latest.get("category"))
                    or fields.label(fields.CATEGORY_LABELS, latest.get("category")).lower())
        last = f"{fields.fmt_short_date(latest.get('received_at'))} {category}".strip()
    score = fields.outlook_score(interview)
    return (
        fields.one_line(interview.get("company")) or "(unknown company)",
        fields.one_line(interview.get("role")),
        status,
        speed,
        last or "none",
        "" if score is None else str(score),
    )


def column_widths(rows: list[tuple[str, ...]], width: int) -> list[int]:
    """Return widths that fit `width` in total: natural widths, shrunk in MIN_WIDTHS order."""
    widths = [max(display_width(r[c]) for r in rows) for c in range(len(HEADERS))]
    budget = width - len(GAP) * (len(HEADERS) - 1)
    for column, narrowest in MIN_WIDTHS.items():
        excess = sum(widths) - budget
        if excess <= 0:
            break
        widths[column] = max(narrowest, widths[column] - excess)
    return widths


def render_table(doc: Mapping[str, Any], width: int = 100, color: bool = False) -> str:
    """Given the status document, return the `status` table as text no line of which exceeds `width`.

    With `color`, statuses and health warnings get ANSI colours (only the padding-safe parts).
    """
    health = assess(doc)
    items = fields.interviews(doc)
    lines: list[str] = []
    if items:
        rows = [HEADERS] + [row_cells(i) for i in items]
        widths = column_widths(rows, width)
        for number, cells in enumerate(rows):
            parts = [fit(cell, w) for cell, w in zip(cells, widths)]
            parts[-1] = " " * (widths[-1] - display_width(cells[-1])) + cells[-1]  # scores align right
            if color and number > 0:
                tint = STATUS_COLORS.get(items[number - 1].get("status"))
                if tint:
                    parts[2] = tint + parts[2] + RESET
            lines.append(_clip(GAP.join(parts).rstrip(), width, color))
            if number == 0:
                lines.append(_clip(fit("  → Next step", width).rstrip(), width, color))
                lines.append("─" * min(width, sum(widths) + len(GAP) * (len(widths) - 1)))
                continue
            step = fields.one_line(items[number - 1].get("next_step"))
            if step:
                lines.append(fit(NEXT_STEP_PREFIX + step, width).rstrip())
    else:
        lines.append("No interviews yet. Send a thank-you after an interview (it is found in your")
        lines.append("Sent folder), or record one with `interview-watch interview add --company NAME`.")
    lines.append("")
    lines.extend(_footer(items, health, width, color))
    report_path = fields.one_line(doc.get("report_path"))
    if report_path:  # on a line of its own when long, so that it stays whole for copying
        line = f"Report: {report_path}"
        fits = display_width(line) <= width
        chunks = [report_path[n:n + width] for n in range(0, len(report_path), width)]
        lines.extend([line] if fits else ["Report:", *chunks])
    return "\n".join(lines)


def _clip(line: str, width: int, color: bool) -> str:
    """Cut a line that is still too wide (only when the columns cannot shrink any further)."""
    if color or display_width(line) <= width:
        return line
    return fit(line, width).rstrip()


def _footer(items: list[Mapping[str, Any]], health: Health, width: int, color: bool) -> list[str]:
    reply_count = sum(len(fields.replies(i)) for i in items)
    out = _wrap(f"{len(items)} interview{'' if len(items) == 1 else 's'}, "
                f"{replies_phrase(reply_count, health)}.", width)
    if any(i.get("status_override") for i in items):
        out.extend(_wrap("* status set by hand", width))
    for account in health.accounts:
        mark = "!" if account.level != "ok" else " "
        line = f"{mark} Account {account.name}: {account.headline}"
        if account.last_error and account.level == "error":
            line += f" ({account.last_error})"
        for wrapped in _wrap(line, width):
            tint = LEVEL_COLORS.get(account.level) if color else None
            out.append(tint + wrapped + RESET if tint else wrapped)
    if not health.accounts:
        out.extend(_wrap("! No mail account has reported in: nothing is being watched yet.", width))
    if health.skipped:
        count = len(health.skipped)
        out.extend(_wrap(f"! {count} message{'s' if count != 1 else ''} skipped "
                         "(see `interview-watch report` for the reasons).", width))
    return out


def _wrap(line: str, width: int) -> list[str]:
    """Wrap a footer line to `width` columns (long words such as paths are broken, never cut)."""
    wrapped = textwrap.wrap(line, width=width, break_long_words=True, break_on_hyphens=False,
                            subsequent_indent="  ")
    return [w if display_width(w) <= width else fit(w, width).rstrip() for w in wrapped] or [""]
